"""Task 4's detached local server: its state file (`.local/serving/endpoint.json`), starting it
(`python -m <package>.local.server` in its own session) and stopping whatever processes the state
file names, even when the server itself died and left its model server running."""

import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from .serving import ServingError
from .workspace import LocalWorkspace

log = logging.getLogger(__name__)

START_TIMEOUT_SECONDS = 120.0
SERVER_MODULE = f"{__package__}.server"


def serving_folder() -> Path:
    return LocalWorkspace.current().root / "serving"


def stop_group(pid: int, timeout_seconds: float) -> bool:
    """SIGTERM to the process group led by `pid`, then SIGKILL to what is left of the group once
    its leader ends or the timeout passes; whether the group existed."""
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return False
    deadline = time.monotonic() + timeout_seconds
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    # A member that outlives its leader (uvicorn under a killed `mlflow models serve`).
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)
    return True


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
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """An exited process no parent has reaped (an orphan, where init does not reap) is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] == "Z"
    except (OSError, IndexError):
        return False  # no /proc (macOS): kill(pid, 0) decides


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


def load_state() -> ServerState | None:
    """What the state file says, whether or not its processes still run."""
    path = state_file()
    if not path.is_file():
        return None
    try:
        return ServerState(**json.loads(path.read_text()))
    except (ValueError, TypeError) as error:
        # A crash mid-write or a hand edit: the file cannot name a process to stop.
        log.warning("ignoring unreadable server state %s (%s); removing it", path, error)
        path.unlink()
        return None


def write_state(state: ServerState) -> None:
    # Written aside and renamed: a reader never sees half a file.
    path = state_file()
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    partial.write_text(json.dumps(asdict(state), indent=2))
    os.replace(partial, path)


def read_state() -> ServerState | None:
    """The detached server task 4 left running, if its process is still alive."""
    state = load_state()
    return state if state is not None and _alive(state.pid) else None


def _runs(pid: int, marker: str) -> bool:
    """Whether process `pid` exists and its command line holds `marker`: a state file outlives
    its processes, and their pids may since belong to others."""
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.parent.is_dir():
        try:
            return marker in cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            return False
    shown = subprocess.run(["ps", "-o", "command=", "-p", str(pid)], capture_output=True, text=True)
    return shown.returncode == 0 and marker in shown.stdout


def _stop_if_ours(pid: int, marker: str, timeout_seconds: float) -> bool:
    """Stop the process group `pid` leads if it is the one the state file recorded: its leader
    runs `marker`, or the leader is gone but the group lives on (POSIX does not reuse a pid while
    a process group of that id exists: XBD 3.4.2, "Process ID Reuse"). Whether it stopped one."""
    if _alive(pid) and not _runs(pid, marker):
        return False
    return stop_group(pid, timeout_seconds)


def stop_server(state: ServerState, timeout_seconds: float = 15) -> list[str]:
    """Stop the proxy and its model server, each only if still running; what was stopped."""
    stopped = []
    if _stop_if_ours(state.pid, SERVER_MODULE, timeout_seconds):
        stopped.append(f"the server (pid {state.pid})")
    # A proxy that died without cleaning up leaves its model server holding its port.
    if _stop_if_ours(state.model_server_pid, state.model_uri, timeout_seconds):
        stopped.append(f"its model server (pid {state.model_server_pid})")
    return stopped


def stop_detached() -> tuple[ServerState | None, list[str]]:
    """Stop whatever processes the state file names, and remove it: (the state, what stopped)."""
    state = load_state()
    stopped = stop_server(state) if state is not None else []
    state_file().unlink(missing_ok=True)
    return state, stopped


def start_detached(model_uri: str, served_entity: str, port: int = 0) -> ServerState:
    """Start a server that outlives this process; return its state once it answers."""
    folder = serving_folder()
    folder.mkdir(parents=True, exist_ok=True)
    ready = folder / f"starting-{uuid.uuid4().hex}.json"
    command = [
        sys.executable,
        "-m",
        SERVER_MODULE,
        "--model-uri",
        model_uri,
        "--served-entity",
        served_entity,
        "--ready-file",
        str(ready),
        "--port",
        str(port),
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
            stop_group(process.pid, 10)
            raise ServingError(f"the local server of {model_uri} did not start: see server.log")
        time.sleep(0.2)
    state = ServerState(**json.loads(ready.read_text()))
    ready.unlink()
    return state
