"""Task 4's latency run (deployment/latency.py) against a fake endpoint: the requests it sends,
the figures it computes and the monitoring thresholds that judge them."""

import time
from datetime import UTC, datetime

import pytest
import yaml

from {{ cookiecutter.package_name }}.deployment.latency import LatencyRun, judge_run, run_latency
from {{ cookiecutter.package_name }}.deployment.release import DeploymentResult
from {{ cookiecutter.package_name }}.monitoring.settings import (
    Bound,
    MonitoringConfigError,
    read_monitoring_config,
)

from tests.conftest import PROJECT_ROOT


def answer(text: str) -> dict:
    return {
        "object": "response",
        "output": [
            {
                "type": "message",
                "role": "assistant",
                "id": "m1",
                "content": [{"type": "output_text", "text": text, "annotations": []}],
            }
        ],
    }


def config(**changes):
    """The project's config/monitoring.yml with other post_deployment settings or bounds."""
    project = read_monitoring_config(PROJECT_ROOT / "config" / "monitoring.yml")
    post_deployment = project.post_deployment.model_copy(update=changes.pop("post", {}))
    metrics = {**project.thresholds.metrics, **changes.pop("bounds", {})}
    thresholds = project.thresholds.model_copy(update={"metrics": metrics})
    return project.model_copy(update={"post_deployment": post_deployment, "thresholds": thresholds})


class Endpoint:
    """Answers every question; `failing` requests (by number, from 0) raise, `empty` ones get
    an empty answer; each request takes `seconds` on the fake clock and `pause` of real time."""

    def __init__(self, clock=None, seconds=0.0, failing=(), empty=(), pause=0.0):
        self.clock, self.seconds, self.pause = clock, seconds, pause
        self.failing, self.empty = set(failing), set(empty)
        self.asked: list[str] = []
        self.ids: list[str] = []

    def __call__(self, body: dict) -> dict:
        number = len(self.asked)
        self.asked.append(body["input"][0]["content"])
        self.ids.append(body["client_request_id"])
        if self.clock:
            self.clock.sleep(self.seconds)
        time.sleep(self.pause)
        if number in self.failing:
            raise RuntimeError("503 Service Unavailable")
        return answer("" if number in self.empty else "An answer [1].")


def test_the_questions_are_cycled_and_a_clean_run_passes():
    endpoint = Endpoint()
    run = run_latency(endpoint, ["a?", "b?"], config(post={"requests": 5}), "7")

    assert endpoint.asked == ["a?", "b?", "a?", "b?", "a?"]
    # Marked as deployment checks of the version: the monitoring leaves them out of users' figures.
    assert endpoint.ids == [f"deployment-check:7:latency-{n}" for n in range(1, 6)]
    assert run.passed and run.complete and run.sent == 5
    assert run.figures()["error_rate"] == 0
    # The project's config bounds error_rate and latency_p95_ms, which a run measures.
    assert {(v.metric, v.status) for v in run.verdicts} == {
        ("error_rate", "pass"),
        ("latency_p95_ms", "pass"),
    }
    assert run.summary().startswith("latency run: PASSED, 5/5 requests, 0 errors")


def test_failed_and_empty_answers_are_errors_judged_by_the_error_rate_bound():
    endpoint = Endpoint(failing={1}, empty={3})
    run = run_latency(endpoint, ["a?"], config(post={"requests": 10}), "7")

    assert run.sent == 10 and run.errors[0] == "RuntimeError: 503 Service Unavailable"
    assert run.errors[1] == "empty answer"
    assert not run.passed
    assert run.failures() == [
        "threshold breached: error_rate = 0.2 (max 0.05) in the window from "
        + next(v.window_start for v in run.verdicts)
    ]
    summary = run.as_dict()
    assert (summary["passed"], summary["errors"], summary["error_rate"]) == (False, 2, 0.2)


def test_slow_answers_breach_the_p95_bound():
    slow = config(post={"requests": 4}, bounds={"latency_p95_ms": Bound(max=0.0)})

    run = run_latency(Endpoint(pause=0.01), ["a?"], slow, "7")

    breached = [v.metric for v in run.verdicts if v.status == "breach"]
    # Each request takes at least 10 ms of real time: above a bound of 0 ms.
    assert breached == ["latency_p95_ms"] and not run.passed


def test_a_run_that_outlasts_its_budget_stops_and_fails(fake_clock):
    # Each request takes 40 s of the 100 s budget: three start, the rest are never sent.
    endpoint = Endpoint(fake_clock, seconds=40.0)
    run = run_latency(endpoint, ["a?"], config(post={"requests": 20, "timeout_seconds": 100}), "7")

    assert run.sent == 3 and not run.complete and not run.passed
    assert run.failures()[-1] == (
        "only 3 of 20 requests sent within post_deployment.timeout_seconds (100s, "
        "config/monitoring.yml)"
    )


def test_only_the_metrics_a_run_measures_are_judged():
    bounds = {"groundedness": Bound(min=0.99), "latency_p50_ms": Bound(max=60000.0)}
    run = run_latency(Endpoint(), ["a?"], config(post={"requests": 2}, bounds=bounds), "7")

    assert {v.metric for v in run.verdicts} == {"error_rate", "latency_p50_ms", "latency_p95_ms"}
    assert run.passed


def test_the_verdicts_judge_the_figures_the_run_reports():
    # p95 of 10.0 and 10.04 ms is 10.038 ms, reported as 10.0 ms: within a bound of 10 ms.
    latencies, bounds = (10.0, 10.04), {"latency_p95_ms": Bound(max=10.0)}
    thresholds = config(bounds=bounds).thresholds
    verdicts = judge_run(list(latencies), [], datetime(2026, 1, 1, tzinfo=UTC), thresholds)
    run = LatencyRun(2, latencies, (), tuple(verdicts), "budget")

    assert {v.metric: v.value for v in run.verdicts} == {
        metric: run.figures()[metric] for metric in ("error_rate", "latency_p95_ms")
    }
    assert run.figures()["latency_p95_ms"] == 10.0 and run.passed


def test_a_deployment_result_carries_its_latency_run():
    # Both deployers run one (deployment/endpoint.py, local/deploy.py); the notebook reports it.
    with pytest.raises(TypeError, match="latency"):
        DeploymentResult("dev", "m", "1", "e", "url", "curl", None, {}, ())


@pytest.mark.parametrize(
    ("key", "value", "message"), [("requests", 0, "requests"), ("timeout_seconds", "1", "timeout")]
)
def test_bad_post_deployment_settings_are_named(tmp_path, key, value, message):
    raw = yaml.safe_load((PROJECT_ROOT / "config" / "monitoring.yml").read_text())
    raw["post_deployment"][key] = value
    path = tmp_path / "monitoring.yml"
    path.write_text(yaml.safe_dump(raw))
    with pytest.raises(MonitoringConfigError, match=f"post_deployment.{message}"):
        read_monitoring_config(path)
