"""The local endpoint's processes: MLflow's model server behind the proxy of `local.serving`.

Task 4 starts one detached (`python -m <package>.local.server`) and records it in
`.local/serving/endpoint.json`; `python -m <package> serve` runs one in the foreground.
"""

import argparse
import functools
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from .detached import (
    START_TIMEOUT_SECONDS,
    load_state,
    serving_folder,
    stop_group,
    write_state,
)
from .inference_log import InferenceLog
from .serving import (
    HOST,
    ServingError,
    ServingProxy,
    curl_example,
    free_port,
    port_is_free,
    request_limits,
)

# The waits before each restart of a model server that exited; after the last, the server gives
# up and exits. A model server that stays up STABLE_SECONDS starts the count again.
RESTART_DELAYS_SECONDS = (1.0, 2.0, 4.0, 8.0, 16.0)
STABLE_SECONDS = 300.0
# The top-level package: this module sits in its `local` sub-package.
PACKAGE = __package__.rpartition(".")[0]


class ModelServer:
    """`mlflow models serve` of one model URI as a child process in its own process group."""

    def __init__(self, model_uri: str, port: int, log_path: Path) -> None:
        self.model_uri = model_uri
        self.port = port
        self.log_path = log_path
        self.process: subprocess.Popen | None = None
        # False until /ping answers, and again once it exits: the proxy then answers 503.
        self.ready = False

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def exited(self) -> bool:
        return self.process is not None and self.process.poll() is not None

    @property
    def available(self) -> bool:
        """Whether requests may reach it: started, and not exited since."""
        return self.ready and not self.exited

    def start(self, timeout_seconds: float = START_TIMEOUT_SECONDS) -> None:
        self.ready = False
        if self.process is not None and not port_is_free(self.port):
            self.port = free_port()  # a restart: its old port was taken meanwhile
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
                        self.ready = True
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
        self.ready = False
        if self.process is None or self.process.poll() is not None:
            return
        stop_group(self.process.pid, timeout_seconds)
        self.process.wait(timeout=timeout_seconds)


class LocalEndpoint:
    """The model server and its proxy, started and stopped together."""

    def __init__(self, model_uri: str, served_entity: str, folder: Path, port: int = 0) -> None:
        self.folder = folder
        self.model = ModelServer(model_uri, free_port(), folder / "model_server.log")
        self.log = InferenceLog(folder / "inference_log.jsonl")
        self.served_entity = served_entity
        self.port = port
        self.proxy: ServingProxy | None = None
        self._stopping = threading.Event()
        # Held while the model server starts or stops: a stop never races a restart.
        self._model_lock = threading.Lock()

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

    def supervise(
        self,
        delays: tuple[float, ...] = RESTART_DELAYS_SECONDS,
        poll_seconds: float = 0.5,
        echo=print,
        on_restart=None,
    ) -> str | None:
        """Restart the model server each time it exits, `delays[n]` seconds after it exits for
        the n-th time in a row; return why it gave up once they are spent (None once stopped).
        Meanwhile the proxy answers 503 with Retry-After."""
        model, in_a_row, up_since = self.model, 0, time.monotonic()
        while not self._stopping.wait(poll_seconds):
            if not model.exited:
                if in_a_row and time.monotonic() - up_since >= STABLE_SECONDS:
                    in_a_row = 0
                continue
            model.ready = False
            code = model.process.returncode
            if in_a_row >= len(delays):
                return (
                    f"MLflow's model server for {model.model_uri} exited (code {code}) "
                    f"{in_a_row + 1} times in a row: giving up; see {model.log_path}"
                )
            echo(
                f"the model server exited with code {code}: restarting it in {delays[in_a_row]:g}s"
            )
            if self._stopping.wait(delays[in_a_row]):
                return None
            in_a_row += 1
            with self._model_lock:
                if self._stopping.is_set():
                    return None
                try:
                    model.start()
                except ServingError as error:
                    echo(str(error))
                    continue
            up_since = time.monotonic()
            echo(f"the model server is back (pid {model.process.pid}, port {model.port})")
            if on_restart is not None:
                on_restart(model)
        return None

    def stop_model(self) -> None:
        self._stopping.set()
        with self._model_lock:
            self.model.stop()

    def stop(self) -> None:
        """Stop a proxy serving in a thread (`serve_in_thread`) and the model server."""
        self._stopping.set()
        if self.proxy is not None:
            self.proxy.shutdown()
            self.proxy.server_close()
        self.stop_model()


# --- one server in the foreground (the serve command and the detached child) -----------------
def run_server(
    model_uri: str,
    served_entity: str,
    port: int = 0,
    ready_file: Path | None = None,
    echo=None,
) -> int:
    """Serve until Ctrl-C or SIGTERM, then stop the model server and return 0; return 1 if the
    model server kept exiting and the restarts were spent."""
    # Flushed at once: a detached server's output goes to a file, read while it runs.
    echo = echo or functools.partial(print, flush=True)
    endpoint = LocalEndpoint(model_uri, served_entity, serving_folder(), port)
    gave_up: list[str] = []

    def supervise() -> None:
        reason = endpoint.supervise(echo=echo, on_restart=_record_restart)
        if reason is not None:
            gave_up.append(reason)
            endpoint.proxy.shutdown()

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
        threading.Thread(target=supervise, daemon=True).start()
        endpoint.proxy.serve_forever()
    except KeyboardInterrupt:
        echo("stopping")
    finally:
        endpoint.stop_model()
        if endpoint.proxy is not None:
            endpoint.proxy.server_close()
    if gave_up:
        echo(f"error: {gave_up[0]}; the server at {endpoint.url} has stopped")
        return 1
    return 0


def _record_restart(model: ModelServer) -> None:
    """The state file names the new model server, if it is this process's (for `serve --stop`)."""
    state = load_state()
    if state is not None and state.pid == os.getpid():
        write_state(replace(state, model_server_pid=model.process.pid))


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
