"""The monitoring job: its resource and parameters, and a local run of it over the local
endpoint's log (Spark's applyInPandas running the same computation as `monitor`)."""

import json
from contextlib import contextmanager
from datetime import UTC, datetime
from unittest.mock import patch

import pandas as pd
import pytest

from {{ cookiecutter.package_name }}.backend.local import LocalBackend
from {{ cookiecutter.package_name }}.ingestion.tables import LocalTables
from {{ cookiecutter.package_name }}.local.bundle import load_bundle, load_job
from {{ cookiecutter.package_name }}.local.runner import run_job
from {{ cookiecutter.package_name }}.monitoring import task as monitoring_task
from {{ cookiecutter.package_name }}.monitoring.local_log import default_log
from {{ cookiecutter.package_name }}.monitoring.metrics import MetricSettings, compute_windows
from {{ cookiecutter.package_name }}.monitoring.rows import parse_rows
from {{ cookiecutter.package_name }}.monitoring.settings import read_monitoring_config
from {{ cookiecutter.package_name }}.monitoring.task import lookback_start, run
from {{ cookiecutter.package_name }}.monitoring.thresholds import UNPRICED, breaches
from {{ cookiecutter.package_name }}.parameters import MonitoringParameters

from tests.conftest import PROJECT_ROOT
from tests.monitoring_rows import START, row
from tests.test_costs import ENDPOINTS_WITHOUT_PRICE

RESOURCE = PROJECT_ROOT / "resources" / "monitoring_resources.yml"


def test_the_monitoring_job_has_its_own_resource_file_and_a_daily_schedule():
    config, origins = load_bundle(PROJECT_ROOT)
    job = config["resources"]["jobs"]["monitoring"]

    assert origins[("jobs", "monitoring")] == RESOURCE
    assert job["schedule"]["quartz_cron_expression"] == "0 30 5 * * ?"  # every day, 05:30 UTC
    # Development mode pauses only a schedule without pause_status (tests/test_bundle_checks.py).
    assert "pause_status" not in job["schedule"]
    assert job["email_notifications"]["on_failure"] == "${var.failure_notification_emails}"
    [task] = job["tasks"]
    assert task["notebook_task"]["notebook_path"] == "../notebooks/05_monitoring.py"
    assert task["max_retries"] == 0  # a breach is a verdict, not a transient failure


def test_the_job_parameters_read_as_the_monitoring_task_reads_them():
    parameters = load_job(PROJECT_ROOT, "monitoring").parameters
    task = MonitoringParameters.from_parameters(parameters.get)

    assert task.monitoring_config == PROJECT_ROOT / "config" / "monitoring.yml"
    assert task.metrics_table == "monitoring_metrics"
    assert task.lookback_hours == 48


def test_the_lookback_starts_at_midnight():
    now = datetime(2026, 11, 22, 5, 30, tzinfo=UTC)
    assert lookback_start(now, 48) == datetime(2026, 11, 20, tzinfo=UTC)


@contextmanager
def freeze_lookback(now: datetime):
    """The notebook's run, with `now` for the lookback: the recorded rows are from 2026-11-20."""
    with patch.object(
        monitoring_task, "lookback_start", lambda _, hours: lookback_start(now, hours)
    ):
        yield


def write_log(rows):
    log = default_log()
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text("".join(json.dumps(r) + "\n" for r in rows) + "{a truncated line\n")


def stored_metrics(spark, parameters) -> pd.DataFrame:
    tables = LocalTables(
        spark, LocalBackend().home.tables, parameters["catalog"], parameters["schema"]
    )
    return tables.read("monitoring_metrics").toPandas()


def test_token_counts_carried_as_text_are_read_as_counts():
    # The job's local path hands Spark every log value as text; a row without counts makes
    # pandas read the columns as floats ("40.0").
    rows = pd.DataFrame([row(tokens=(40, 7)), row(minute=1, tokens=None)])
    parsed = parse_rows(monitoring_task.text_rows(rows))
    assert (parsed.at[0, "input_tokens"], parsed.at[0, "output_tokens"]) == (40, 7)
    assert list(parsed["token_source"]) == list(parse_rows(rows)["token_source"])


@pytest.mark.spark
def test_the_job_merges_the_same_metrics_as_monitor_and_fails_on_a_breach(spark, local_home):
    good = [row(minute=m, duration_ms=100 + m) for m in range(12)]
    old = [row(minute=-60 * 24 * 30)]  # outside the lookback
    write_log(good + old + [row(minute=30, response="{not json")])
    parameters = load_job(PROJECT_ROOT, "monitoring").parameters
    task = MonitoringParameters.from_parameters(parameters.get)
    now = START.replace(hour=23)

    result = run(task, LocalBackend(), spark, now=now)
    run(task, LocalBackend(), spark, now=now)  # a re-run replaces the windows' rows

    stored = stored_metrics(spark, parameters).sort_values(["window", "window_start"])
    assert list(stored["metric_id"]) == ["day/2026-11-20 00:00:00", "hour/2026-11-20 09:00:00"]
    config = read_monitoring_config(task.monitoring_config)
    local = compute_windows(
        pd.DataFrame([*good, row(minute=30, response="{not json")]),
        config.windows,
        MetricSettings.from_config(config, monitoring_task.window_prices(task)),
    ).sort_values(["window", "window_start"])
    for name in (
        "requests",
        "malformed_rows",
        "latency_p95_ms",
        "groundedness",
        "status_counts",
        "input_tokens",
        "output_tokens",
        "token_source",
    ):
        assert list(stored[name]) == list(local[name]), name
        assert list(result.metrics[name]) == list(local[name]), name
    # One malformed row in 13 is over the 1% the shipped thresholds allow.
    assert [v.metric for v in breaches(result.verdicts)] == ["malformed_share"]
    assert (
        "| malformed_share | 2026-11-20T00:00:00+00:00 | 0.07692 | max 0.01 | breach |"
        in result.summary_markdown()
    )
    assert result.scorers == []  # production scorers run on Databricks only
    # The shipped price table prices the day unless the template had no price for an endpoint;
    # then the job's output opens with the warning (test_monitoring_costs.py tests its text).
    [cost] = [v for v in result.verdicts if v.metric == "cost_usd"]
    assert (cost.status == UNPRICED) == bool(ENDPOINTS_WITHOUT_PRICE)
    assert result.summary_markdown().startswith("WARNING") == bool(ENDPOINTS_WITHOUT_PRICE)

    write_log(good + [row(minute=40 + m, status=500) for m in range(3)])
    with freeze_lookback(now):
        job_run = run_job(PROJECT_ROOT, "monitoring", echo=lambda _: None)
    [outcome] = job_run.outcomes
    assert outcome.status != "succeeded"
    assert "server_error_rate = 0.2" in outcome.error
