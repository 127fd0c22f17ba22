"""Local serving: MLflow's model server behind a validating, logging proxy, on loopback only.

`mlflow models serve --env-manager local` runs the registered version in this environment, but it
has no request log and no hook to check a request before the model sees it. A small standard
library proxy in front of it (ThreadingHTTPServer) adds both, the way Model Serving's AI Gateway
does on Databricks:

- a bad request (not JSON, no `input` list of {role, content} messages, last message not the
  user's, empty or oversized question, oversized body) gets a 4xx JSON error naming the problem,
  and the server keeps answering;
- every request, good or bad (health checks aside), is appended to the inference log
  (`local.inference_log`, rotated by size) with the columns of the AI Gateway inference table
  plus estimated token counts, so monitoring code reads the same shape here and there;
- a connection silent for IDLE_TIMEOUT_SECONDS is closed, and at most MAX_CONNECTIONS are served
  at once: the next ones get 503 with Retry-After (docs/development.md, "The local endpoint").

`local.server` runs the model server and this proxy as processes.
"""

import json
import socket
import threading
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from ..errors import ProjectError
from ..responses import (
    EXAMPLE_QUESTION,
    ChatRequestError,
    RequestLimits,
    request_for,
    response_text,
    validate_messages,
)
from .inference_log import InferenceLog

HOST = "127.0.0.1"
MAX_BODY_BYTES = 64 * 1024
MODEL_TIMEOUT_SECONDS = 60.0
# A connection silent this long is closed: an idle keep-alive, or a client stalled mid-request.
IDLE_TIMEOUT_SECONDS = 15.0
# Connections served at once (a thread each); the next ones get 503 with Retry-After.
MAX_CONNECTIONS = 64
# How long a connection beyond the limit may take to send the request its 503 answers.
OVERFLOW_TIMEOUT_SECONDS = 2.0
RETRY_AFTER_SECONDS = 1


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


def port_is_free(port: int) -> bool:
    """Whether the proxy could listen on `port` now: bound as http.server binds (SO_REUSEADDR),
    so connections of a server just stopped (TIME_WAIT) do not count as taking it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
    return True


def validate_request(body: bytes, limits: RequestLimits) -> dict:
    """The request as JSON if it is a well-formed ResponsesAgent request; RequestError if not."""
    if len(body) > MAX_BODY_BYTES:
        raise RequestError(
            413, f"the request body is larger than the limit of {MAX_BODY_BYTES} bytes"
        )
    try:
        payload = json.loads(body)
    except RecursionError:
        raise RequestError(400, "the request body is JSON nested too deeply") from None
    except ValueError as error:  # not UTF-8, not JSON, or an integer of over 4300 digits
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


# Each path and the one method it answers; any other method gets 405 with `Allow`.
ROUTES = {"/invocations": "POST", "/health": "GET", "/ping": "GET"}


class _ProxyHandler(BaseHTTPRequestHandler):
    server: "ServingProxy"
    protocol_version = "HTTP/1.1"

    @property
    def timeout(self) -> float:
        """The socket timeout StreamRequestHandler.setup sets: a connection silent this long
        (idle between requests, or stalled in its headers or body) is closed."""
        return self.server.connection_timeout(self.request)

    def log_message(self, format, *args) -> None:
        """Requests go to the inference log; the default stderr line per request is noise."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None):
        """What http.server itself refuses (malformed request line, headers too long or too many,
        unknown method) gets the JSON error shape too, logged like any refused request."""
        self.close_connection = True
        text = message or HTTPStatus(code).phrase
        self._refuse(code, "BAD_REQUEST", f"{text}{': ' + explain if explain else ''}")

    def _reply(self, status: int, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        if status == 503:
            self.send_header("Retry-After", str(RETRY_AFTER_SECONDS))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _refuse(self, status: int, code: str, message: str, headers: dict | None = None) -> None:
        """Answer and log a request refused before its body was read."""
        response = _error(code, message)
        self._log(datetime.now(UTC), time.perf_counter(), status, b"", response)
        self._reply(status, response, headers)

    def _log(self, started, clock, status, body, response, payload=None, answer="") -> None:
        client_id = payload.get("client_request_id") if payload else None
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

    def _dispatch(self) -> None:
        if self.server.is_overflow(self.request):
            self.close_connection = True
            self._refuse(
                503,
                "TEMPORARILY_UNAVAILABLE",
                f"the local endpoint is at its limit of {self.server.max_connections} open "
                f"connections: retry after {RETRY_AFTER_SECONDS}s",
            )
            return
        # A query string changes nothing: /invocations?x=1 is /invocations.
        path = urlsplit(self.path).path
        method = ROUTES.get(path)
        if self.command == method:
            self._invoke() if method == "POST" else self._health()
            return
        if self.headers.get("Content-Length", "0") != "0" or self.headers.get("Transfer-Encoding"):
            # Refused unread: the body must not be read as the connection's next request.
            self.close_connection = True
        if method is None:
            self._refuse(404, "NOT_FOUND", f"no route {path}: POST to /invocations, GET /health")
        else:
            self._refuse(
                405,
                "METHOD_NOT_ALLOWED",
                f"{path} takes {method}, not {self.command}",
                headers={"Allow": method},
            )

    def _health(self) -> None:
        try:
            with urllib.request.urlopen(f"{self.server.model.url}/ping", timeout=5):
                pass
        except OSError as error:
            self._reply(503, _error("MODEL_UNAVAILABLE", f"model server: {error}"))
            return
        status = {"status": "ready", "served_entity": self.server.served_entity}
        self._reply(200, json.dumps(status).encode())

    def _read_body(self) -> bytes:
        """The request body; RequestError (and the connection closed after the answer) when its
        length is missing, not a number, over the limit, or it does not arrive in time."""
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            raise RequestError(411, "send the body with a Content-Length, not chunked")
        raw = self.headers.get("Content-Length")
        if raw is None:
            raise RequestError(411, "the request has no Content-Length header")
        if not raw.strip().isdigit():
            self.close_connection = True  # where the body ends is unknown
            raise RequestError(400, f"Content-Length {raw[:40]!r} is not a number of bytes")
        length = int(raw)
        if length > MAX_BODY_BYTES:
            # Never read more than the limit; the rest of the body ends the connection.
            self.close_connection = True
            raise RequestError(
                413, f"the request body is larger than the limit of {MAX_BODY_BYTES} bytes"
            )
        try:
            return self.rfile.read(length)
        except TimeoutError:
            self.close_connection = True
            raise RequestError(408, f"the body did not arrive within {self.timeout:.0f}s") from None

    def _invoke(self) -> None:
        started = datetime.now(UTC)
        clock = time.perf_counter()
        body, payload, answer = b"", None, ""
        try:
            body = self._read_body()
            payload = validate_request(body, self.server.limits)
            status, response = self.server.forward(payload)
            if status == 200:
                answer = response_text(json.loads(response))
        except RequestError as refused:
            status, response = refused.status, _error("BAD_REQUEST", str(refused))
        except Exception as error:  # any failure is an answer, never a dropped connection
            status, response = 500, _error("INTERNAL_ERROR", f"{type(error).__name__}: {error}")
        # Logged before the answer goes out: a client that got its answer finds its row.
        self._log(started, clock, status, body, response, payload, answer)
        self._reply(status, response)


# http.server calls do_<METHOD>: the methods of RFC 9110 and PATCH all reach the router (which
# answers 405 where a route does not take them); any other method gets its 501, as JSON.
for _method in ("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"):
    setattr(_ProxyHandler, f"do_{_method}", _ProxyHandler._dispatch)


def _error(code: str, message: str) -> bytes:
    # Databricks' error shape, so clients handle both alike.
    return json.dumps({"error_code": code, "message": message}).encode()


class ServingProxy(ThreadingHTTPServer):
    """The proxy's HTTP server: a thread per connection, at most `max_connections` of them.

    socketserver has no connection limit, so `process_request` keeps one: a connection beyond it
    is still read (briefly: `overflow_timeout`) and answered 503 with Retry-After, so the client
    learns why; beyond twice the limit a new connection is closed unanswered.
    """

    daemon_threads = True
    # The listen backlog (socketserver's default is 5): a burst of connections beyond it waits
    # for TCP's SYN retransmission, a second or more, before the server even sees it.
    request_queue_size = 2 * MAX_CONNECTIONS

    def __init__(
        self,
        model,
        log: InferenceLog,
        served_entity: str,
        port: int = 0,
        limits: RequestLimits | None = None,
        idle_timeout: float = IDLE_TIMEOUT_SECONDS,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        super().__init__((HOST, port), _ProxyHandler)
        self.model = model
        self.log = log
        self.served_entity = served_entity
        self.limits = limits or RequestLimits()
        self.idle_timeout = idle_timeout
        self.overflow_timeout = min(idle_timeout, OVERFLOW_TIMEOUT_SECONDS)
        self.max_connections = max_connections
        self._slots = threading.BoundedSemaphore(max_connections)
        self._overflow_slots = threading.BoundedSemaphore(max_connections)
        self._overflow: set = set()

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}"

    def is_overflow(self, connection) -> bool:
        return connection in self._overflow

    def connection_timeout(self, connection) -> float:
        return self.overflow_timeout if self.is_overflow(connection) else self.idle_timeout

    def process_request(self, request, client_address) -> None:
        if self._slots.acquire(blocking=False):
            pass
        elif self._overflow_slots.acquire(blocking=False):
            self._overflow.add(request)
        else:
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._release(request)
            raise

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._release(request)

    def _release(self, request) -> None:
        if request in self._overflow:
            self._overflow.discard(request)
            self._overflow_slots.release()
        else:
            self._slots.release()

    def forward(self, payload: dict) -> tuple[int, bytes]:
        # client_request_id is the log's, not the model's: the model never needs it.
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
            # Not listening (exited, or not yet restarted): the client may retry shortly.
            refused = isinstance(getattr(error, "reason", error), ConnectionRefusedError)
            if refused or not self.model.available:
                return 503, _error("MODEL_UNAVAILABLE", "the model server is restarting")
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
