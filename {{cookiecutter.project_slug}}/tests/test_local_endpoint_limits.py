"""The local endpoint under abuse and failure: idle and stalled connections, more connections
than it serves, a log that keeps growing, a model server that dies, a server killed without
cleaning up. Timing bounds are generous: they catch a hang, not a slow machine."""

import json
import os
import signal
import socket
import threading
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from {{ cookiecutter.package_name }}.cli import main
from {{ cookiecutter.package_name }}.local.detached import start_detached, state_file, write_state
from {{ cookiecutter.package_name }}.local.inference_log import InferenceLog, log_files
from {{ cookiecutter.package_name }}.local.server import LocalEndpoint
from {{ cookiecutter.package_name }}.local.serving import ServingProxy

from tests.conftest import PROJECT_ROOT
from tests.test_local_serving import ask, post, register_echo

GENEROUS_SECONDS = 30


@pytest.fixture
def proxy(tmp_path):
    """A proxy with a short idle timeout and room for three connections, in front of no model."""
    no_model = SimpleNamespace(url="http://127.0.0.1:9", available=True)
    log = InferenceLog(tmp_path / "inference_log.jsonl")
    server = ServingProxy(no_model, log, "limits-1", idle_timeout=1.0, max_connections=3)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def connect(server: ServingProxy) -> socket.socket:
    return socket.create_connection(server.server_address, timeout=GENEROUS_SECONDS)


def until_closed(connection: socket.socket) -> bytes:
    """All the server sends until it closes the connection (a timeout error if it never does)."""
    received = b""
    while chunk := connection.recv(4096):
        received += chunk
    return received


def test_idle_and_stalled_connections_are_closed_after_the_timeout(proxy):
    idle = connect(proxy)
    stalled = connect(proxy)
    stalled.sendall(b"POST /invocations HTTP/1.1\r\nHost: x\r\n")  # headers never end
    half_body = connect(proxy)
    half_body.sendall(b"POST /invocations HTTP/1.1\r\nContent-Length: 100\r\n\r\n{")
    started = time.monotonic()
    assert until_closed(idle) == until_closed(stalled) == b""
    answer = until_closed(half_body)  # the short body is answered 408 before the close
    assert answer.startswith(b"HTTP/1.1 408") and b"did not arrive within 1s" in answer
    assert time.monotonic() - started < GENEROUS_SECONDS
    for connection in (idle, stalled, half_body):
        connection.close()


def test_connections_beyond_the_limit_get_503_with_retry_after(proxy):
    held = [connect(proxy) for _ in range(3)]
    time.sleep(0.2)  # let the server accept them before the fourth connects
    extra = connect(proxy)
    extra.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
    answer = until_closed(extra).decode()
    head, _, body = answer.partition("\r\n\r\n")
    assert head.startswith("HTTP/1.1 503") and "Retry-After: 1" in head
    assert "limit of 3 open connections" in json.loads(body)["message"]
    rows = [json.loads(line) for line in proxy.log.path.read_text().splitlines()]
    assert rows[-1]["status_code"] == 503

    for connection in [*held, extra]:
        connection.close()
    deadline = time.monotonic() + GENEROUS_SECONDS
    while time.monotonic() < deadline:  # the slots come back as the server sees the closes
        status, _ = post(proxy.url, b"{not json")
        if status == 400:
            break
        time.sleep(0.1)
    assert status == 400


def log_row(log: InferenceLog, number: int) -> dict:
    return log.append(
        started=datetime.now(UTC),
        status=200,
        duration_ms=1.0,
        request=json.dumps({"input": [{"role": "user", "content": f"question {number}"}]}),
        response="{}",
        payload=None,
        answer="",
        served_entity="rotation-1",
        client_request_id=str(number),
    )


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for file in log_files(path) for line in file.read_text().splitlines()]


def test_the_inference_log_rotates_by_size_and_keeps_the_newest_files(tmp_path):
    log = InferenceLog(tmp_path / "inference_log.jsonl", max_bytes=2000, keep=3)
    for number in range(60):
        log_row(log, number)
    files = log_files(log.path)
    assert len(files) == 4 and files[-1] == log.path
    assert all(file.stat().st_size <= 2000 for file in files)
    assert all(file.name.startswith("inference_log.") for file in files)
    numbers = [int(row["client_request_id"]) for row in read_rows(log.path)]
    assert numbers == list(range(numbers[0], 60))  # oldest first, newest kept, none in between lost


def test_two_processes_rotating_one_log_lose_no_row(tmp_path):
    # Two InferenceLog objects on one path share no lock, as two server processes would not.
    path = tmp_path / "inference_log.jsonl"
    logs = [InferenceLog(path, max_bytes=3000, keep=1000) for _ in range(2)]

    def write(log: InferenceLog, first: int) -> None:
        for number in range(first, first + 300):
            log_row(log, number)

    writers = [
        threading.Thread(target=write, args=(log, first))
        for log, first in zip(logs, (0, 1000), strict=True)
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(GENEROUS_SECONDS)
    numbers = sorted(int(row["client_request_id"]) for row in read_rows(path))
    assert numbers == list(range(300)) + list(range(1000, 1300))


@pytest.fixture
def echo_endpoint(tmp_path):
    version = register_echo("echo_supervised")
    served = LocalEndpoint(f"models:/echo_supervised/{version}", "echo_supervised-1", tmp_path)
    served.start()
    served.serve_in_thread()
    yield served
    served.stop()


def answers(url: str) -> int:
    try:
        return post(url, ask("Are you back?"))[0]
    except (urllib.error.URLError, OSError):
        return 0


def test_a_killed_model_server_is_restarted_and_the_proxy_answers_503_until_then(echo_endpoint):
    restarted = []
    supervisor = threading.Thread(
        target=echo_endpoint.supervise,
        kwargs={"delays": (0.5,), "poll_seconds": 0.1, "on_restart": restarted.append},
        daemon=True,
    )
    supervisor.start()
    killed = echo_endpoint.model.process.pid
    os.killpg(killed, signal.SIGKILL)
    deadline = time.monotonic() + 120
    seen = set()
    while time.monotonic() < deadline and not restarted:
        seen.add(answers(echo_endpoint.url))
        time.sleep(0.05)
    assert restarted and echo_endpoint.model.process.pid != killed
    # 502 only for a request the kill cut short; then 503 (Retry-After) until it is back.
    assert 503 in seen and seen <= {200, 502, 503}
    assert answers(echo_endpoint.url) == 200


def test_a_model_server_that_keeps_exiting_makes_the_supervisor_give_up(echo_endpoint):
    os.killpg(echo_endpoint.model.process.pid, signal.SIGKILL)
    reason = echo_endpoint.supervise(delays=(), poll_seconds=0.1)
    assert "exited (code -9) 1 times in a row: giving up" in reason
    assert str(echo_endpoint.model.log_path) in reason
    assert answers(echo_endpoint.url) == 503


def running(pid: int) -> bool:
    """Whether `pid` runs: an exited orphan may stay a zombie where init does not reap it."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False


def test_serve_stop_stops_the_model_server_of_a_killed_server(monkeypatch, capsys):
    from {{ cookiecutter.package_name }}.backend.local import LocalBackend

    LocalBackend().configure_mlflow()  # the store the detached server's model server reads
    version = register_echo("echo_orphaned")
    state = start_detached(f"models:/echo_orphaned/{version}", "echo_orphaned-1")
    write_state(state)
    os.kill(state.pid, signal.SIGKILL)
    os.waitpid(state.pid, 0)
    assert running(state.model_server_pid)  # the model server outlived its server

    monkeypatch.chdir(PROJECT_ROOT)
    assert main(["serve", "--stop"]) == 0
    printed = capsys.readouterr().out
    assert f"stopped its model server (pid {state.model_server_pid})" in printed
    assert not running(state.model_server_pid)
    assert not state_file().exists()
    assert main(["serve", "--stop"]) == 0
    assert "no server" in capsys.readouterr().out
