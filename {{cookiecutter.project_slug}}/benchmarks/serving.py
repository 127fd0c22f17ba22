"""Local serving latency and throughput: the chatbot against MLflow's server running a trivial
model (the serving overhead floor), both measured in the same run.

Rows: the trivial agent straight on `mlflow models serve`, the trivial agent behind the project's
validating, logging proxy, and the chatbot (`models:/<model_name>@champion` from the local
registry, as `make job` leaves it) behind the proxy, with the offline answerer. Each at
concurrency 1 and 4. Run from the project root after `make job`: `make bench`. The figures also
go to .local/bench/serving.json. It is a report: the exit code is 0 even when a goal fails.
"""

import argparse
import json
import statistics
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import mlflow

from {{ cookiecutter.package_name }}.backend.local import LocalBackend
from {{ cookiecutter.package_name }}.deployment.smoke_test import smoke_questions
from {{ cookiecutter.package_name }}.local.bundle import load_job
from {{ cookiecutter.package_name }}.local.server import LocalEndpoint, ModelServer
from {{ cookiecutter.package_name }}.local.serving import free_port
from {{ cookiecutter.package_name }}.local.workspace import find_project_root
from {{ cookiecutter.package_name }}.names import CHAMPION_ALIAS, served_entity_name
from {{ cookiecutter.package_name }}.responses import request_for

from . import write_figures

TRIVIAL_AGENT = Path(__file__).with_name("trivial_agent.py")
GOAL_RATIO = 3.0
CONCURRENCY = (1, 4)
WARM_UP = 5


def post(url: str, body: bytes) -> None:
    request = urllib.request.Request(
        f"{url}/invocations", data=body, headers={"Content-Type": "application/json"}
    )
    # urlopen raises for any answer but 2xx: a refused request stops the benchmark.
    with urllib.request.urlopen(request, timeout=60) as answer:
        answer.read()


def measure(url: str, questions: list[str], requests: int, concurrency: int) -> dict:
    bodies = [
        json.dumps(request_for(questions[i % len(questions)])).encode() for i in range(requests)
    ]
    for body in bodies[:WARM_UP]:
        post(url, body)

    def timed(body: bytes) -> float:
        started = time.perf_counter()
        post(url, body)
        return (time.perf_counter() - started) * 1000

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        latencies = sorted(pool.map(timed, bodies))
    wall = time.perf_counter() - started
    quantiles = statistics.quantiles(latencies, n=100, method="inclusive")
    return {
        "requests": requests,
        "concurrency": concurrency,
        "p50_ms": round(statistics.median(latencies), 2),
        "p95_ms": round(quantiles[94], 2),
        "p99_ms": round(quantiles[98], 2),
        "throughput_rps": round(requests / wall, 1),
    }


def rows_for(name: str, url: str, questions: list[str], requests: int) -> list[dict]:
    return [
        {"server": name, **measure(url, questions, requests, concurrency)}
        for concurrency in CONCURRENCY
    ]


def benchmark(root: Path, requests: int) -> dict:
    parameters = load_job(root).parameters
    questions = smoke_questions(Path(parameters["eval_dataset"]))
    rows, notes = [], []
    with tempfile.TemporaryDirectory(prefix="bench-serving-") as scratch:
        folder = Path(scratch)
        trivial_path = folder / "trivial_agent"
        mlflow.pyfunc.save_model(path=str(trivial_path), python_model=str(TRIVIAL_AGENT))
        direct = ModelServer(str(trivial_path), free_port(), folder / "trivial.log")
        direct.start()
        try:
            rows += rows_for(
                "trivial agent, MLflow server (floor)", direct.url, questions, requests
            )
        finally:
            direct.stop()
        proxied = LocalEndpoint(str(trivial_path), "trivial-1", folder / "trivial-proxy").start()
        proxied.serve_in_thread()
        try:
            rows += rows_for("trivial agent, behind the proxy", proxied.url, questions, requests)
        finally:
            proxied.stop()

        backend = LocalBackend()
        backend.configure_mlflow()
        name = backend.registered_model_name(
            parameters["catalog"], parameters["schema"], parameters["model_name"]
        )
        try:
            version = mlflow.MlflowClient().get_model_version_by_alias(name, CHAMPION_ALIAS)
        except mlflow.exceptions.MlflowException:
            version = None
            notes.append(f"no version of {name} is @{CHAMPION_ALIAS}: run `make job` first")
        if version is not None:
            chatbot = LocalEndpoint(
                f"models:/{name}/{version.version}",
                served_entity_name(name, version.version),
                folder / "chat",
            ).start()
            chatbot.serve_in_thread()
            try:
                rows += rows_for(
                    f"chatbot v{version.version} (offline answerer), behind the proxy",
                    chatbot.url,
                    questions,
                    requests,
                )
            finally:
                chatbot.stop()
    floor = rows[0]["p50_ms"]
    chat = next(
        (r for r in rows if r["server"].startswith("chatbot") and r["concurrency"] == 1), None
    )
    goals = []
    if chat is not None:
        ratio = chat["p50_ms"] / floor
        goals.append(
            {
                "goal": f"chatbot p50 within {GOAL_RATIO:g} x the floor's p50",
                "value": round(ratio, 2),
                "passed": ratio <= GOAL_RATIO,
            }
        )
    return {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "rows": rows,
        "goals": goals,
        "notes": notes,
    }


def report(figures: dict) -> str:
    header = f"{'server':<52} {'conc':>4} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'req/s':>7}"
    lines = ["Local serving latency and throughput", header, "-" * len(header)]
    for row in figures["rows"]:
        lines.append(
            f"{row['server']:<52} {row['concurrency']:>4} {row['p50_ms']:>8.2f} "
            f"{row['p95_ms']:>8.2f} {row['p99_ms']:>8.2f} {row['throughput_rps']:>7.1f}"
        )
    lines.append("")
    for goal in figures["goals"]:
        verdict = "PASS" if goal["passed"] else "FAIL"
        lines.append(f"{verdict}  {goal['goal']}: {goal['value']:.2f} x")
    lines += [f"note: {note}" for note in figures["notes"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="per row (default 200)")
    args = parser.parse_args(argv)
    if args.requests < 2:
        parser.error("--requests must be at least 2 (the figures are percentiles)")
    root = find_project_root()
    if root is None:
        parser.error("run this inside the project folder (where databricks.yml is)")
    figures = benchmark(root, args.requests)
    print(report(figures))
    print(f"\nFigures written to {write_figures('serving', figures)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
