"""Task 4's own requests (smoke test, latency run) in the inference rows: marked by their
client_request_id, left out of every user metric and counted apart, by the pandas computation
(`monitor`) and by the monitoring job's Spark path, whose metrics table gains the column."""

import pandas as pd
import pytest

from {{ cookiecutter.package_name }}.backend.local import LocalBackend
from {{ cookiecutter.package_name }}.cli import main
from {{ cookiecutter.package_name }}.costs.window import project_window_prices
from {{ cookiecutter.package_name }}.local.bundle import load_job
from {{ cookiecutter.package_name }}.monitoring import monitor as monitor_module
from {{ cookiecutter.package_name }}.monitoring.metrics import MetricSettings, compute_windows
from {{ cookiecutter.package_name }}.monitoring.schema import (
    METRIC_COLUMNS,
    METRIC_KEY,
    deployment_check_id,
)
from {{ cookiecutter.package_name }}.monitoring.settings import read_monitoring_config
from {{ cookiecutter.package_name }}.monitoring.task import run
from {{ cookiecutter.package_name }}.parameters import MonitoringParameters

from tests.conftest import PROJECT_ROOT
from tests.metrics_tables import EARLIER_DAY, metrics_table_without
from tests.monitoring_rows import START, row
from tests.test_monitoring_job import write_log

# What a user's figure is made of; `computed_at` differs between two computations.
USER_METRICS = [
    name for name, _ in METRIC_COLUMNS if name not in {"deployment_check_requests", "computed_at"}
]


def users() -> list[dict]:
    # The demo traffic (monitoring/traffic.py) has a client_request_id of its own: a user's.
    return [row(minute=m, duration_ms=100 + m) for m in range(11)] + [
        row(minute=11, client_request_id="traffic-1-0")
    ]


def checks(version: str = "3") -> list[dict]:
    """A deployment whose smoke test failed: slow, refused and malformed rows of its own."""

    def check(name: str, number: int, **changes) -> dict:
        return row(client_request_id=deployment_check_id(version, name, number), **changes)

    return [
        check("smoke", 1, minute=20, duration_ms=90_000),
        check("smoke", 2, minute=21, status=500),
        check("latency", 1, minute=22, response="{not json"),
    ]


@pytest.fixture
def settings():
    config = read_monitoring_config(PROJECT_ROOT / "config" / "monitoring.yml")
    return MetricSettings.from_config(config, project_window_prices(PROJECT_ROOT))


def test_deployment_checks_are_left_out_of_every_user_metric_and_counted_apart(settings):
    mixed = compute_windows(pd.DataFrame(users() + checks()), ["hour", "day"], settings)
    alone = compute_windows(pd.DataFrame(users()), ["hour", "day"], settings)

    assert list(mixed["deployment_check_requests"]) == [3, 3]
    assert list(alone["deployment_check_requests"]) == [0, 0]
    pd.testing.assert_frame_equal(mixed[USER_METRICS], alone[USER_METRICS])
    hour = mixed.iloc[0]
    assert (hour["requests"], hour["errors"], hour["malformed_rows"]) == (12, 0, 0)
    assert hour["latency_p99_ms"] < 1_000  # the 90 s smoke request sets no tail


def test_a_window_of_checks_alone_has_no_user_figure(settings):
    [hour] = compute_windows(pd.DataFrame(checks()), ["hour"], settings).to_dict("records")

    assert (hour["requests"], hour["deployment_check_requests"]) == (0, 3)
    assert hour["error_rate"] is None and hour["latency_p99_ms"] is None


def test_monitor_reports_the_checks_and_judges_the_users_alone(tmp_path, monkeypatch):
    monkeypatch.chdir(PROJECT_ROOT)
    # Counted as users', the failed smoke test would breach error_rate and latency_p95_ms.
    write_log(users() + checks())

    drawn = []
    draw = monitor_module.write_report
    monkeypatch.setattr(
        monitor_module,
        "write_report",
        lambda inputs, output: drawn.append(inputs) or draw(inputs, output),
    )

    assert main(["monitor", "--output", str(tmp_path)]) == 0

    # The plots' rows (latency distribution, tokens per request) are the users' too.
    [inputs] = drawn
    assert len(inputs.requests) == 12 and inputs.requests["duration_ms"].max() < 1_000
    summary = (tmp_path / "summary.md").read_text()
    assert "Requests: 12;" in summary
    assert "Deployment checks: 3 requests" in summary
    assert "| window_start | requests | deployment_check_requests |" in summary


@pytest.mark.spark
def test_the_job_counts_checks_apart_in_a_metrics_table_created_without_the_column(
    spark, local_home, settings
):
    parameters = load_job(PROJECT_ROOT, "monitoring").parameters
    task = MonitoringParameters.from_parameters(parameters.get)
    tables = metrics_table_without(
        spark, parameters, task.metrics_table, {"deployment_check_requests"}
    )
    write_log(users() + checks())

    result = run(task, LocalBackend(), spark, now=START.replace(hour=23))

    stored = tables.read(task.metrics_table).toPandas().set_index(METRIC_KEY)
    assert pd.isna(stored.loc[EARLIER_DAY, "deployment_check_requests"])
    day = stored.loc["day/2026-11-20 00:00:00"]
    assert (day["requests"], day["deployment_check_requests"]) == (12, 3)
    assert (day["errors"], day["malformed_rows"]) == (0, 0)
    local = compute_windows(pd.DataFrame(users()), ["day"], settings).iloc[0]
    for name in ("latency_p95_ms", "latency_p99_ms", "answers", "quality_sampled"):
        assert day[name] == local[name], name
    assert not result.breached
