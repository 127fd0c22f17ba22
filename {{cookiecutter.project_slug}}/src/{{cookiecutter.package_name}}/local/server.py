"""The local endpoint's processes: MLflow's model server behind the proxy of `local.serving`.

Task 4 starts one detached (`python -m <package>.local.server`) and records it in
`.local/serving/endpoint.json`; `python -m <package> serve` runs one in the foreground.
"""

import argparse
import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .serving import (
    HOST,
    InferenceLog,
    ServingError,
    ServingProxy,
    curl_example,
    free_port,
    request_limits,
)
from .workspace import LocalWorkspace

log = logging.getLogger(__name__)

START_TIMEOUT_SECONDS = 120.0
# The top-level package: this module sits in its `local` sub-package.
PACKAGE = __package__.rpartition(".")[0]


def serving_folder() -> Path:
    return LocalWorkspace.current().root / "serving"


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
        f"{__package__}.server",
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
