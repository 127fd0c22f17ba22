"""Local serving: MLflow's model server behind a validating, logging proxy, on loopback only.

`mlflow models serve --env-manager local` runs the registered version in this environment, but it
has no request log and no hook to check a request before the model sees it. A small standard
library proxy in front of it (ThreadingHTTPServer) adds both, the way Model Serving's AI Gateway
does on Databricks:

- a bad request (not JSON, no `input` list of {role, content} messages, last message not the
  user's, empty or oversized question, oversized body) gets a 4xx JSON error naming the problem,
  and the server keeps answering;
- every request, good or bad, is appended to `.local/serving/inference_log.jsonl` with the
  columns of the AI Gateway inference table plus estimated token counts, so monitoring code reads
  the same shape here and there.

`local.server` runs the model server and this proxy as processes.
"""

import json
import socket
import threading
import time
import urllib.error
import urllib.request
import uuid
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..errors import ProjectError
from ..responses import (
    EXAMPLE_QUESTION,
    ChatRequestError,
    RequestLimits,
    request_for,
    response_text,
    validate_messages,
)
from ..text import count_tokens

HOST = "127.0.0.1"
MAX_BODY_BYTES = 64 * 1024
MODEL_TIMEOUT_SECONDS = 60.0


class ServingError(ProjectError, RuntimeError):
    pass


class RequestError(ValueError):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def validate_request(body: bytes, limits: RequestLimits) -> dict:
    """The request as JSON if it is a well-formed ResponsesAgent request; RequestError if not."""
    if len(body) > MAX_BODY_BYTES:
        raise RequestError(
            413, f"the request body is larger than the limit of {MAX_BODY_BYTES} bytes"
        )
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RequestError(400, f"the request body is not JSON: {error}") from None
    if not isinstance(payload, dict) or "input" not in payload:
        example = '{"input": [{"role": "user", "content": "your question"}]}'
        raise RequestError(400, f"missing field 'input': send {example}")
    try:
        validate_messages(payload["input"], limits)
    except ChatRequestError as error:
        raise RequestError(400, str(error)) from None
    return payload


def request_limits(model_uri: str) -> RequestLimits:
    """The limits the served version was logged with, so the proxy refuses what its model
    would; a model logged without the chain's configuration (a test double) gets the defaults."""
    import mlflow

    config = mlflow.models.Model.load(model_uri).flavors.get("python_function", {})
    request = (config.get("config") or {}).get("request")
    return RequestLimits.from_config(request) if request else RequestLimits()


def _input_text(payload: dict | None) -> str:
    if not payload:
        return ""
    return "\n".join(
        m["content"] if isinstance(m.get("content"), str) else json.dumps(m.get("content"))
        for m in payload.get("input", [])
        if isinstance(m, dict)
    )


class InferenceLog:
    """Append-only JSON Lines with the AI Gateway inference table's columns (one row a request).

    `input_token_count`/`output_token_count` are what system.serving.endpoint_usage reports on
    Databricks; here they are estimates (no tokenizer download offline).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()

    def append(
        self,
        *,
        started: datetime,
        status: int,
        duration_ms: float,
        request: str,
        response: str,
        payload: dict | None,
        answer: str,
        served_entity: str,
        client_request_id: str | None,
    ) -> dict:
        row = {
            "request_date": started.date().isoformat(),
            "databricks_request_id": str(uuid.uuid4()),
            "client_request_id": client_request_id,
            "request_time": started.isoformat(timespec="milliseconds"),
            "status_code": status,
            "sampling_fraction": 1.0,
            "execution_duration_ms": round(duration_ms),
            "request": request,
            "response": response,
            "served_entity_id": served_entity,
            "logging_error_codes": [],
            "requester": "local",
            "input_token_count": count_tokens(_input_text(payload)),
            "output_token_count": count_tokens(answer),
        }
        line = json.dumps(row) + "\n"
        with self._lock, self.path.open("a", encoding="utf-8") as out:
            out.write(line)
        return row


class _ProxyHandler(BaseHTTPRequestHandler):
    server: "ServingProxy"
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args) -> None:
        """Requests go to the inference log; the default stderr line per request is noise."""

    def _reply(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path not in ("/ping", "/health"):
            self._reply(404, _error("NOT_FOUND", f"no route {self.path}: use /health"))
            return
        try:
            with urllib.request.urlopen(f"{self.server.model.url}/ping", timeout=5):
                pass
        except OSError as error:
            self._reply(503, _error("MODEL_UNAVAILABLE", f"model server: {error}"))
            return
        status = {"status": "ready", "served_entity": self.server.served_entity}
        self._reply(200, json.dumps(status).encode())

    def do_POST(self) -> None:
        if self.path != "/invocations":
            self._reply(404, _error("NOT_FOUND", f"no route {self.path}: POST to /invocations"))
            return
        started = datetime.now(UTC)
        clock = time.perf_counter()
        length = int(self.headers.get("Content-Length") or 0)
        # Never read more than the limit; the rest of an oversized body ends the connection.
        body = self.rfile.read(min(length, MAX_BODY_BYTES + 1)) if length > 0 else b""
        if length > MAX_BODY_BYTES:
            self.close_connection = True
        payload, answer = None, ""
        try:
            payload = validate_request(body, self.server.limits)
            status, response = self.server.forward(payload)
            if status == 200:
                answer = response_text(json.loads(response))
        except RequestError as refused:
            status, response = refused.status, _error("BAD_REQUEST", str(refused))
        client_id = payload.get("client_request_id") if payload else None
        # Logged before the answer goes out: a client that got its answer finds its row.
        self.server.log.append(
            started=started,
            status=status,
            duration_ms=(time.perf_counter() - clock) * 1000,
            request=body.decode("utf-8", errors="replace"),
            response=response.decode("utf-8", errors="replace"),
            payload=payload,
            answer=answer,
            served_entity=self.server.served_entity,
            client_request_id=client_id if isinstance(client_id, str) else None,
        )
        self._reply(status, response)


def _error(code: str, message: str) -> bytes:
    # Databricks' error shape, so clients handle both alike.
    return json.dumps({"error_code": code, "message": message}).encode()


class ServingProxy(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        model,
        log: InferenceLog,
        served_entity: str,
        port: int = 0,
        limits: RequestLimits | None = None,
    ) -> None:
        super().__init__((HOST, port), _ProxyHandler)
        self.model = model
        self.log = log
        self.served_entity = served_entity
        self.limits = limits or RequestLimits()

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}"

    def forward(self, payload: dict) -> tuple[int, bytes]:
        # Databricks strips client_request_id before the model sees it; so does this proxy.
        body = {key: value for key, value in payload.items() if key != "client_request_id"}
        request = urllib.request.Request(
            f"{self.model.url}/invocations",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=MODEL_TIMEOUT_SECONDS) as answer:
                return answer.status, answer.read()
        except urllib.error.HTTPError as refused:
            return refused.code, refused.read()
        except OSError as error:
            return 502, _error("MODEL_UNAVAILABLE", f"the model server did not answer: {error}")


def http_sender(url: str, timeout_seconds: float = MODEL_TIMEOUT_SECONDS):
    """A smoke-test sender: POST one request to <url>/invocations, raise on a non-200 answer."""

    def send(body: dict) -> dict:
        request = urllib.request.Request(
            f"{url}/invocations",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=timeout_seconds) as answer:
            return json.loads(answer.read())

    return send


def curl_example(url: str) -> str:
    body = json.dumps(request_for(EXAMPLE_QUESTION))
    return f"curl -s {url}/invocations -H 'Content-Type: application/json' -d '{body}'"


def check_health(url: str) -> dict:
    with urllib.request.urlopen(f"{url}/health", timeout=10) as answer:
        return json.loads(answer.read())
