"""Smoke test of a served chatbot: every question of the minimal evaluation set gets an answer.

Shared by the workspace deployment (Model Serving) and local serving (HTTP): both pass a function
that sends one ResponsesAgent request and returns the decoded JSON response.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..evaluation.data import load_evaluation_set
from ..responses import request_for, response_text


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


def run_smoke_test(send: Callable[[dict], dict], questions: list[str]) -> SmokeReport:
    """Ask every question; a failed request is a failed result, not an exception."""
    results = []
    for question in questions:
        started = time.perf_counter()
        try:
            answer, error = response_text(send(request_for(question))), ""
        except Exception as failure:  # any failure of one request is that question's verdict
            answer, error = "", f"{type(failure).__name__}: {failure}"
        latency = (time.perf_counter() - started) * 1000
        results.append(SmokeResult(question, answer, round(latency, 1), error))
    return SmokeReport(tuple(results))
