"""Smoke test of a served chatbot: every question of the minimal evaluation set gets an answer.

Shared by the workspace deployment (Model Serving) and local serving (HTTP): both pass a function
that sends one ResponsesAgent request and returns the decoded JSON response.

Every request task 4 sends (here and in the latency run) carries a `client_request_id` marking it
as a deployment check (`check_request`): the endpoint's inference table and the local inference
log record it, and the monitoring metrics leave those rows out of the users' figures
(monitoring/schema.py). Model Serving logs the id from the request body ("client_request_id" in
https://learn.microsoft.com/azure/databricks/machine-learning/model-serving/inference-tables);
should it reach the model, MLflow's scoring server ignores a key outside the model's signature
(it warns "Found extra inputs ... These inputs will be ignored"); the local proxy drops it
(local/serving.py).
"""

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..evaluation.data import load_evaluation_set
from ..monitoring.schema import deployment_check_id
from ..responses import request_for, response_text

SMOKE_TEST, LATENCY_RUN = "smoke", "latency"


@dataclass(frozen=True)
class SmokeResult:
    question: str
    answer: str
    latency_ms: float
    error: str = ""

    @property
    def passed(self) -> bool:
        return not self.error and bool(self.answer)


@dataclass(frozen=True)
class SmokeReport:
    results: tuple[SmokeResult, ...]

    @property
    def passed(self) -> bool:
        return bool(self.results) and all(result.passed for result in self.results)

    @property
    def latencies_ms(self) -> list[float]:
        return [result.latency_ms for result in self.results]

    def failures(self) -> list[str]:
        return [
            f"{r.question!r}: {r.error or 'empty answer'}" for r in self.results if not r.passed
        ]

    def summary(self) -> str:
        latencies = sorted(self.latencies_ms)
        worst = f"{latencies[-1]:.0f}" if latencies else "-"
        median = f"{latencies[len(latencies) // 2]:.0f}" if latencies else "-"
        passed = sum(result.passed for result in self.results)
        return (
            f"smoke test: {passed}/{len(self.results)} questions answered "
            f"(latency median {median} ms, max {worst} ms)"
        )


def smoke_questions(eval_dataset: Path) -> list[str]:
    return [row["inputs"]["question"] for row in load_evaluation_set(eval_dataset)]


def check_request(question: str, version: str, check: str, number: int) -> dict:
    """The ResponsesAgent request of task 4's `number`th request (from 1) of `check`, marked as
    a deployment check of `version`."""
    return {
        **request_for(question),
        "client_request_id": deployment_check_id(version, check, number),
    }


def run_smoke_test(send: Callable[[dict], dict], questions: list[str], version: str) -> SmokeReport:
    """Ask every question; a failed request is a failed result, not an exception."""
    results = []
    for number, question in enumerate(questions, start=1):
        started = time.perf_counter()
        try:
            body = check_request(question, version, SMOKE_TEST, number)
            answer, error = response_text(send(body)), ""
        except Exception as failure:  # any failure of one request is that question's verdict
            answer, error = "", f"{type(failure).__name__}: {failure}"
        latency = (time.perf_counter() - started) * 1000
        results.append(SmokeResult(question, answer, round(latency, 1), error))
    return SmokeReport(tuple(results))
