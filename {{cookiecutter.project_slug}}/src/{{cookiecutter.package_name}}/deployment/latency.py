"""Task 4's latency run: after the traffic switch, `post_deployment.requests` questions of the
minimal evaluation set (cycled) sent one after another to the endpoint as its users reach it,
judged by the monitoring thresholds of config/monitoring.yml.

The verdicts are the monitoring job's (`monitoring.thresholds.judge`) on one row holding the
run's error rate and latency percentiles, so a version that passes here passes the same bounds
the daily monitoring will hold it to. A run that cannot send every request within
`post_deployment.timeout_seconds` is a failed run: with the defaults (20 requests in 600 s), its
requests took longer on average than the p95 bound (30 s) allows. Each request is marked as a
deployment check (smoke_test.check_request), so the monitoring leaves the run out of the users'
latency and error rate.
"""

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import cycle, islice

import numpy as np
import pandas as pd

from ..deadlines import Deadline
from ..monitoring.settings import MonitoringConfig, Thresholds
from ..monitoring.thresholds import Verdict, breaches, judge
from ..responses import response_text
from .smoke_test import LATENCY_RUN, check_request

# What one run measures; each is judged if config/monitoring.yml bounds it.
RUN_METRICS = ("error_rate", "latency_p50_ms", "latency_p95_ms")


@dataclass(frozen=True)
class LatencyRun:
    planned: int
    latencies_ms: tuple[float, ...]
    errors: tuple[str, ...]
    verdicts: tuple[Verdict, ...]
    budget: str

    @property
    def sent(self) -> int:
        return len(self.latencies_ms)

    @property
    def complete(self) -> bool:
        return self.sent == self.planned

    @property
    def passed(self) -> bool:
        return self.complete and not breaches(list(self.verdicts))

    def figures(self) -> dict:
        """The run's error rate and latency percentiles (None before any request)."""
        return run_figures(self.latencies_ms, self.errors)

    def failures(self) -> list[str]:
        found = [
            f"threshold breached: {verdict.line()}" for verdict in breaches(list(self.verdicts))
        ]
        if not self.complete:
            found.append(f"only {self.sent} of {self.planned} requests sent within {self.budget}")
        return found

    def summary(self) -> str:
        figures = self.figures()

        def shown(value: float | None, unit: str = " ms") -> str:
            return "-" if value is None else f"{value:.0f}{unit}"

        rate = figures["error_rate"]
        return (
            f"latency run: {'PASSED' if self.passed else 'FAILED'}, {self.sent}/{self.planned} "
            f"requests, {len(self.errors)} errors (error rate "
            f"{'-' if rate is None else f'{rate:.2%}'}), p50 {shown(figures['latency_p50_ms'])}, "
            f"p95 {shown(figures['latency_p95_ms'])}"
        )

    def as_dict(self) -> dict:
        """What the task's output carries to CI (the notebook's exit value)."""
        return {
            "passed": self.passed,
            "planned": self.planned,
            "sent": self.sent,
            "errors": len(self.errors),
            **self.figures(),
            "verdicts": [
                {"metric": v.metric, "value": v.value, "bound": v.bound, "status": v.status}
                for v in self.verdicts
            ],
            "failures": self.failures(),
        }


def run_figures(latencies_ms: Sequence[float], errors: Sequence[str]) -> dict:
    """A run's error rate and latency percentiles (in ms, to 0.1 ms like each request's), or
    None before any request: the figures both reported and judged."""
    if not latencies_ms:
        return dict.fromkeys(RUN_METRICS)
    latencies = np.array(latencies_ms, dtype=float)
    return {
        "error_rate": len(errors) / len(latencies_ms),
        "latency_p50_ms": round(float(np.percentile(latencies, 50)), 1),
        "latency_p95_ms": round(float(np.percentile(latencies, 95)), 1),
    }


def run_thresholds(thresholds: Thresholds) -> Thresholds:
    """The thresholds a latency run is judged by: the bounds of the metrics it measures, on a
    window of one run, however few requests it sent."""
    bounds = {m: b for m, b in thresholds.metrics.items() if m in RUN_METRICS}
    return thresholds.model_copy(update={"min_requests": 1, "metrics": bounds})


def judge_run(
    latencies_ms: list[float], errors: list[str], started: datetime, thresholds: Thresholds
) -> list[Verdict]:
    row = {"window": thresholds.window, "window_start": started, "requests": len(latencies_ms)}
    if latencies_ms:
        row.update(run_figures(latencies_ms, errors))
    verdicts = judge(pd.DataFrame([row]), run_thresholds(thresholds))
    # judge also speaks for the window's cost, which a run of a few requests does not measure.
    return [verdict for verdict in verdicts if verdict.metric in RUN_METRICS]


def run_latency(
    send: Callable[[dict], dict], questions: list[str], config: MonitoringConfig, version: str
) -> LatencyRun:
    """Send the run's requests one after another until they are all sent or its budget is
    spent; a failed request (an exception or an empty answer) is an error, never fatal."""
    settings = config.post_deployment
    deadline = Deadline(settings.timeout_seconds, "post_deployment.timeout_seconds")
    started = datetime.now(UTC)
    latencies: list[float] = []
    errors: list[str] = []
    for number, question in enumerate(islice(cycle(questions), settings.requests), start=1):
        if deadline.expired:
            break
        began = time.perf_counter()
        try:
            body = check_request(question, version, LATENCY_RUN, number)
            answered = bool(response_text(send(body)))
            failure = "" if answered else "empty answer"
        except Exception as error:  # any failure of one request counts as that request's error
            failure = f"{type(error).__name__}: {error}"
        latencies.append(round((time.perf_counter() - began) * 1000, 1))
        if failure:
            errors.append(failure)
    return LatencyRun(
        settings.requests,
        tuple(latencies),
        tuple(errors),
        tuple(judge_run(latencies, errors, started, config.thresholds)),
        f"post_deployment.timeout_seconds ({settings.timeout_seconds}s, config/monitoring.yml)",
    )
