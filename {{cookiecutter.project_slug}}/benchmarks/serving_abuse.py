"""Local endpoint under abuse: load, bad requests, idle connections, a killed model server.

The trivial agent behind the project's proxy on 127.0.0.1 (nothing else is contacted), with a
2 s idle timeout and a scratch inference log rotated at 256 KB. Bounded: `--requests` good
requests at concurrency 8, one of each bad request, 3 x the connection limit of idle connections,
one kill of the model server; every wait has a deadline. Run from the project root:
`python -m benchmarks.serving_abuse`. The figures also go to .local/bench/serving_abuse.json. It is
a report: the exit code is 0 even when a check fails.
"""

import argparse
import http.client
import json
import os
import signal
import socket
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import mlflow

from {{ cookiecutter.package_name }}.local.inference_log import InferenceLog, log_files
from {{ cookiecutter.package_name }}.local.server import LocalEndpoint
from {{ cookiecutter.package_name }}.local.serving import MAX_BODY_BYTES, MAX_CONNECTIONS
from {{ cookiecutter.package_name }}.local.workspace import find_project_root

from . import write_figures

TRIVIAL_AGENT = Path(__file__).with_name("trivial_agent.py")
IDLE_TIMEOUT_SECONDS = 2.0
CONCURRENCY = 8
DEADLINE_SECONDS = 120.0
GOOD = json.dumps({"input": [{"role": "user", "content": "How many days of leave?"}]}).encode()
# (name, method, path, body, headers, expected status)
BAD_REQUESTS = [
    ("10 KB of nested JSON", "POST", "/invocations", b"[" * 5000 + b"]" * 5000, {}, 400),
    ("5000-digit integer", "POST", "/invocations", b'{"input": ' + b"9" * 5000 + b"}", {}, 400),
    ("non-numeric Content-Length", "POST", "/invocations", GOOD, {"Content-Length": "ten"}, 400),
    ("no Content-Length", "POST", "/invocations", b"", {}, 411),
    ("oversized body", "POST", "/invocations", b"x" * (MAX_BODY_BYTES + 1), {}, 413),
    ("not JSON", "POST", "/invocations", b"{not json", {}, 400),
    ("PUT", "PUT", "/invocations", b"", {}, 405),
    ("DELETE", "DELETE", "/invocations", b"", {}, 405),
    ("PATCH", "PATCH", "/invocations", b"", {}, 405),
    ("OPTIONS", "OPTIONS", "/invocations", b"", {}, 405),
    ("HEAD", "HEAD", "/invocations", b"", {}, 405),
    ("unknown method", "BREW", "/invocations", b"", {}, 501),
    ("unknown path", "POST", "/predict", GOOD, {}, 404),
    ("query string", "POST", "/invocations?x=1", GOOD, {}, 200),
]


def exchange(port: int, method: str, path: str, body: bytes = b"", headers=None) -> int:
    """The status of one exchange; 0 when the connection closed without an answer."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.putrequest(method, path, skip_accept_encoding=True)
        sent = {"Content-Length": str(len(body))} if body else {}
        for name, value in (sent | (headers or {})).items():
            connection.putheader(name, value)
        connection.endheaders(body or None)
        answer = connection.getresponse()
        answer.read()
        return answer.status
    except (OSError, http.client.HTTPException):
        return 0
    finally:
        connection.close()


def rows_in(log: InferenceLog) -> int:
    return sum(len(file.read_text().splitlines()) for file in log_files(log.path))


def load(endpoint: LocalEndpoint, requests: int) -> dict:
    port = endpoint.proxy.server_address[1]
    before = rows_in(endpoint.log)
    started = time.perf_counter()
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        statuses = list(
            pool.map(lambda _: exchange(port, "POST", "/invocations", GOOD), range(requests))
        )
    wall = time.perf_counter() - started
    return {
        "requests": requests,
        "concurrency": CONCURRENCY,
        "errors": sum(status != 200 for status in statuses),
        "throughput_rps": round(requests / wall, 1),
        "rows_logged": rows_in(endpoint.log) - before,
    }


def bad_requests(endpoint: LocalEndpoint) -> list[dict]:
    port = endpoint.proxy.server_address[1]
    results = []
    for name, method, path, body, headers, expected in BAD_REQUESTS:
        before = rows_in(endpoint.log)
        status = exchange(port, method, path, body, headers)
        results.append(
            {
                "request": name,
                "expected": expected,
                "status": status,
                "logged": rows_in(endpoint.log) - before,
                "next_good_request": exchange(port, "POST", "/invocations", GOOD),
            }
        )
    return results


def idle_connections(endpoint: LocalEndpoint) -> dict:
    address = endpoint.proxy.server_address
    threads_before = threading.active_count()
    started = time.monotonic()
    held = [socket.create_connection(address, timeout=30) for _ in range(3 * MAX_CONNECTIONS)]
    most = 0
    while time.monotonic() - started < DEADLINE_SECONDS:
        threads = threading.active_count() - threads_before
        most = max(most, threads)
        if threads <= 0 and time.monotonic() - started > IDLE_TIMEOUT_SECONDS / 2:
            break
        time.sleep(0.05)
    for connection in held:
        connection.close()
    return {
        "idle_connections": len(held),
        "most_threads_at_once": most,
        "connection_limit": MAX_CONNECTIONS,
        "seconds_until_all_closed": round(time.monotonic() - started, 1),
        "idle_timeout_seconds": IDLE_TIMEOUT_SECONDS,
    }


def killed_model_server(endpoint: LocalEndpoint) -> dict:
    port = endpoint.proxy.server_address[1]
    supervisor = threading.Thread(
        target=endpoint.supervise, kwargs={"poll_seconds": 0.2}, daemon=True
    )
    supervisor.start()
    killed = endpoint.model.process.pid
    os.killpg(killed, signal.SIGKILL)
    started = time.monotonic()
    seen: dict[int, int] = {}
    while time.monotonic() - started < DEADLINE_SECONDS:
        status = exchange(port, "POST", "/invocations", GOOD)
        seen[status] = seen.get(status, 0) + 1
        if status == 200 and endpoint.model.process.pid != killed:
            break
        time.sleep(0.1)
    return {
        "answers_until_back": {str(status): count for status, count in sorted(seen.items())},
        "seconds_until_back": round(time.monotonic() - started, 1),
    }


def benchmark(requests: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-abuse-") as scratch:
        folder = Path(scratch)
        trivial = folder / "trivial_agent"
        mlflow.pyfunc.save_model(path=str(trivial), python_model=str(TRIVIAL_AGENT))
        endpoint = LocalEndpoint(str(trivial), "trivial-1", folder / "serving")
        endpoint.log = InferenceLog(endpoint.log.path, max_bytes=256 * 1024, keep=1000)
        endpoint.start()
        endpoint.proxy.idle_timeout = IDLE_TIMEOUT_SECONDS
        endpoint.serve_in_thread()
        try:
            figures = {
                "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "load": load(endpoint, requests),
                "bad_requests": bad_requests(endpoint),
                "idle": idle_connections(endpoint),
                "killed_model_server": killed_model_server(endpoint),
            }
            figures["log"] = {
                "files": len(log_files(endpoint.log.path)),
                "rows": rows_in(endpoint.log),
            }
        finally:
            endpoint.stop()
    return figures


def report(figures: dict) -> str:
    load_row, idle = figures["load"], figures["idle"]
    lines = [
        f"load: {load_row['requests']} requests at concurrency {load_row['concurrency']}: "
        f"{load_row['errors']} errors, {load_row['throughput_rps']} req/s, "
        f"{load_row['rows_logged']} rows logged",
        "bad requests (expected / got / rows logged / next good request):",
    ]
    for row in figures["bad_requests"]:
        verdict = "ok  " if row["status"] == row["expected"] and row["logged"] == 1 else "FAIL"
        lines.append(
            f"  {verdict} {row['request']:<28} {row['expected']} / {row['status']} / "
            f"{row['logged']} / {row['next_good_request']}"
        )
    lines += [
        f"idle: {idle['idle_connections']} idle connections took at most "
        f"{idle['most_threads_at_once']} threads (limit {idle['connection_limit']}); all "
        f"closed after {idle['seconds_until_all_closed']}s (idle timeout "
        f"{idle['idle_timeout_seconds']:g}s)",
        f"killed model server: back after {figures['killed_model_server']['seconds_until_back']}s"
        f", answers meanwhile {figures['killed_model_server']['answers_until_back']}",
        f"inference log: {figures['log']['rows']} rows in {figures['log']['files']} files",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="good requests (default 2000)")
    args = parser.parse_args(argv)
    if find_project_root() is None:
        parser.error("run this inside the project folder (where databricks.yml is)")
    figures = benchmark(max(args.requests, 1))
    print(report(figures))
    print(f"\nFigures written to {write_figures('serving_abuse', figures)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
