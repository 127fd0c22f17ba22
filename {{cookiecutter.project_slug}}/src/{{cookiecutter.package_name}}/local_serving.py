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

Task 4 starts the server detached (`python -m <package>.local_serving`) and records it in
`.local/serving/endpoint.json`; `python -m <package> serve` runs one in the foreground.
"""

import argparse
import contextlib
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .chain import ChatRequestError, RequestLimits, validate_messages
from .chunking import count_tokens
from .local_workspace import LocalWorkspace
from .model_deployment import (
    EXAMPLE_QUESTION,
    DeploymentError,
    DeploymentResult,
    DeployTaskConfig,
    approved_version,
    served_entity_name,
)
from .smoke_test import request_for, response_text, run_smoke_test, smoke_questions
from .tracking import CHAMPION_ALIAS

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
MAX_BODY_BYTES = 64 * 1024
START_TIMEOUT_SECONDS = 120.0
MODEL_TIMEOUT_SECONDS = 60.0


class ServingError(RuntimeError):
    pass


class RequestError(ValueError):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def serving_folder() -> Path:
    return LocalWorkspace.current().root / "serving"


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


class ModelServer:
    """`mlflow models serve` of one model URI as a child process in its own process group."""

    def __init__(self, model_uri: str, port: int, log_path: Path) -> None:
        self.model_uri = model_uri
        self.port = port
        self.log_path = log_path
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self, timeout_seconds: float = START_TIMEOUT_SECONDS) -> None:
        env = dict(os.environ)
        # MLflow execs uvicorn by name: this environment's bin must come first on PATH.
        env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "mlflow",
                    "models",
                    "serve",
                    "-m",
                    self.model_uri,
                    "--env-manager",
                    "local",
                    "-h",
                    HOST,
                    "-p",
                    str(self.port),
                ],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                # Its own group: Ctrl-C reaches the proxy, which then stops the server cleanly.
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout_seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                tail = self.log_path.read_text(errors="replace")[-2000:]
                raise ServingError(
                    f"MLflow's model server for {self.model_uri} exited with code "
                    f"{self.process.returncode}; its log ({self.log_path}) ends with:\n{tail}"
                )
            try:
                with urllib.request.urlopen(f"{self.url}/ping", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        raise ServingError(
            f"MLflow's model server for {self.model_uri} did not answer /ping within "
            f"{timeout_seconds:.0f}s: see {self.log_path}"
        )

    def stop(self, timeout_seconds: float = 10) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        _stop_group(self.process.pid, timeout_seconds)
        self.process.wait(timeout=timeout_seconds)


def _stop_group(pid: int, timeout_seconds: float) -> None:
    """SIGTERM to the process group led by `pid`, SIGKILL if it outlives the timeout."""
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout_seconds
    while time.monotonic() < deadline:
        if not _alive(pid):
            return
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        finished, _ = os.waitpid(pid, os.WNOHANG)
        if finished == pid:
            return False
    except ChildProcessError:
        pass  # not our child: ask the kernel whether it still exists
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


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
        model: ModelServer,
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


class LocalEndpoint:
    """The model server and its proxy, started and stopped together."""

    def __init__(self, model_uri: str, served_entity: str, folder: Path, port: int = 0) -> None:
        self.folder = folder
        self.model = ModelServer(model_uri, free_port(), folder / "model_server.log")
        self.log = InferenceLog(folder / "inference_log.jsonl")
        self.served_entity = served_entity
        self.port = port
        self.proxy: ServingProxy | None = None

    @property
    def url(self) -> str:
        return self.proxy.url

    def start(self, timeout_seconds: float = START_TIMEOUT_SECONDS) -> "LocalEndpoint":
        limits = request_limits(self.model.model_uri)
        # Bind the proxy first: a taken port fails at once, before the model is loaded.
        try:
            self.proxy = ServingProxy(self.model, self.log, self.served_entity, self.port, limits)
        except OSError as error:
            raise ServingError(
                f"cannot listen on {HOST}:{self.port} ({error.strerror or error}): "
                "pick another --port, or leave it out for a free one"
            ) from None
        try:
            self.model.start(timeout_seconds)
        except BaseException:
            self.proxy.server_close()
            raise
        return self

    def serve_in_thread(self) -> threading.Thread:
        thread = threading.Thread(target=self.proxy.serve_forever, daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        if self.proxy is not None:
            self.proxy.shutdown()
            self.proxy.server_close()
        self.model.stop()


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


# --- one server in the foreground (the serve command and the detached child) -----------------
def run_server(
    model_uri: str,
    served_entity: str,
    port: int = 0,
    ready_file: Path | None = None,
    echo=print,
) -> int:
    """Serve until Ctrl-C or SIGTERM, then stop the model server and return 0."""
    endpoint = LocalEndpoint(model_uri, served_entity, serving_folder(), port)

    def stop(signum, frame):
        raise KeyboardInterrupt

    # SIGINT too: a shell starts background jobs with it ignored, and `kill -INT` must still work.
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        endpoint.start()
        state = {
            "pid": os.getpid(),
            "model_server_pid": endpoint.model.process.pid,
            "url": endpoint.url,
            "model_uri": model_uri,
            "served_entity": served_entity,
            "inference_log": str(endpoint.log.path),
            "started": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        if ready_file is not None:
            ready_file.write_text(json.dumps(state))
        echo(f"serving {model_uri} at {endpoint.url} (Ctrl-C stops it)")
        echo(f"requests are logged to {endpoint.log.path}")
        echo(curl_example(endpoint.url))
        endpoint.proxy.serve_forever()
    except KeyboardInterrupt:
        echo("stopping")
    finally:
        endpoint.model.stop()
        if endpoint.proxy is not None:
            endpoint.proxy.server_close()
    return 0


# --- the detached server of task 4 -----------------------------------------------------------
@dataclass(frozen=True)
class ServerState:
    pid: int
    model_server_pid: int
    url: str
    model_uri: str
    served_entity: str
    inference_log: str
    started: str


def state_file() -> Path:
    return serving_folder() / "endpoint.json"


def read_state() -> ServerState | None:
    """The detached server task 4 left running, if its process is still alive."""
    path = state_file()
    if not path.is_file():
        return None
    try:
        state = ServerState(**json.loads(path.read_text()))
    except (ValueError, TypeError) as error:
        # A crash mid-write or a hand edit: the file cannot name a process to stop.
        log.warning("ignoring unreadable server state %s (%s); removing it", path, error)
        path.unlink()
        return None
    return state if _alive(state.pid) else None


def stop_server(state: ServerState, timeout_seconds: float = 15) -> None:
    _stop_group(state.pid, timeout_seconds)
    # If the proxy died without cleaning up, its model server would hold its port forever.
    if _alive(state.model_server_pid):
        _stop_group(state.model_server_pid, timeout_seconds)


def stop_detached() -> ServerState | None:
    state = read_state()
    if state is not None:
        stop_server(state)
    state_file().unlink(missing_ok=True)
    return state


def start_detached(model_uri: str, served_entity: str) -> ServerState:
    """Start a server that outlives this process; return its state once it answers."""
    folder = serving_folder()
    folder.mkdir(parents=True, exist_ok=True)
    ready = folder / f"starting-{uuid.uuid4().hex}.json"
    command = [
        sys.executable,
        "-m",
        f"{__package__}.local_serving",
        "--model-uri",
        model_uri,
        "--served-entity",
        served_entity,
        "--ready-file",
        str(ready),
    ]
    with (folder / "server.log").open("ab") as log:
        process = subprocess.Popen(
            command,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    deadline = time.monotonic() + START_TIMEOUT_SECONDS + 10
    while not ready.is_file():
        if process.poll() is not None:
            tail = (folder / "server.log").read_text(errors="replace")[-2000:]
            raise ServingError(
                f"the local server of {model_uri} exited with code {process.returncode}; "
                f"{folder / 'server.log'} ends with:\n{tail}"
            )
        if time.monotonic() >= deadline:
            _stop_group(process.pid, 10)
            raise ServingError(f"the local server of {model_uri} did not start: see server.log")
        time.sleep(0.2)
    state = ServerState(**json.loads(ready.read_text()))
    ready.unlink()
    return state


def check_health(url: str) -> dict:
    with urllib.request.urlopen(f"{url}/health", timeout=10) as answer:
        return json.loads(answer.read())


def deploy_locally(task: DeployTaskConfig, mlflow_client) -> DeploymentResult:
    """Task 4 locally: serve the approved version beside the current one, smoke test it over
    HTTP, then replace the current one and alias the version champion. A failure stops the new
    server and leaves the previous one (if any) serving."""
    name = task.registered_model
    version = approved_version(mlflow_client, name, task.promote_alias)
    questions = smoke_questions(task.eval_dataset)
    entity = served_entity_name(name, version)
    candidate = start_detached(f"models:/{name}/{version}", entity)
    try:
        health = check_health(candidate.url)
        smoke = run_smoke_test(http_sender(candidate.url), questions)
    except BaseException:
        stop_server(candidate)
        raise
    previous = read_state()
    if not smoke.passed:
        stop_server(candidate)
        still = f"the previous server keeps serving at {previous.url}" if previous else ""
        raise DeploymentError(
            f"version {version} failed its local smoke test: {'; '.join(smoke.failures())}. "
            + (still or "no local server is running")
        )
    state_file().write_text(json.dumps(asdict(candidate), indent=2))
    if previous is not None and previous.pid != candidate.pid:
        stop_server(previous)
    mlflow_client.set_registered_model_alias(name, CHAMPION_ALIAS, version)
    return DeploymentResult(
        task.target,
        name,
        version,
        "local",
        f"{candidate.url}/invocations",
        curl_example(candidate.url),
        smoke,
        {
            "health": health,
            "pid": candidate.pid,
            "inference_log": candidate.inference_log,
            "stop_with": f"python -m {__package__} serve --stop",
        },
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="one local server (started by task 4)")
    parser.add_argument("--model-uri", required=True)
    parser.add_argument("--served-entity", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--ready-file", type=Path)
    args = parser.parse_args(argv)
    return run_server(args.model_uri, args.served_entity, args.port, args.ready_file)


if __name__ == "__main__":
    raise SystemExit(main())
