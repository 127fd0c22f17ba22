"""The monitoring job over the workspace's inference table, its columns typed as the AI Gateway
creates them, in a Spark session or a driver whose time zone is not UTC: the windows stay UTC
hours and days (the SQL alerts look a day window up by a UTC date)."""

import os
import time
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest

from {{ cookiecutter.package_name }}.backend.local import LocalBackend
from {{ cookiecutter.package_name }}.backend.workspace import WorkspaceBackend
from {{ cookiecutter.package_name }}.local.bundle import load_job
from {{ cookiecutter.package_name }}.monitoring.schema import INFERENCE_COLUMNS
from {{ cookiecutter.package_name }}.monitoring.task import run
from {{ cookiecutter.package_name }}.parameters import MonitoringParameters

from tests.conftest import PROJECT_ROOT
from tests.monitoring_rows import START, row
from tests.test_monitoring_job import stored_metrics

# "AI Gateway-enabled inference table schema",
# https://docs.databricks.com/aws/en/ai-gateway/inference-tables: request_time is a TIMESTAMP,
# status_code an INT, execution_duration_ms a BIGINT, and there are no token count columns.
INFERENCE_TABLE = (
    "request_date date, databricks_request_id string, client_request_id string, "
    "request_time timestamp, status_code int, sampling_fraction double, "
    "execution_duration_ms bigint, request string, response string, served_entity_id string, "
    "logging_error_codes array<string>, requester string"
)
# 02:00 UTC on 2026-11-20 is still 2026-11-19 in New York.
EARLY = START.replace(hour=2)


class InferenceTableBackend(LocalBackend):
    """The local tables, with the endpoint's inference table as the workspace holds it."""

    def __init__(self, rows: list[dict]) -> None:
        super().__init__()
        self.rows = rows

    def inference_rows(self, spark, catalog: str, schema: str, model_name: str):
        names = [field.split()[0] for field in INFERENCE_TABLE.split(", ")]
        typed = [
            {
                **r,
                "request_date": datetime.fromisoformat(r["request_time"]).date(),
                "request_time": datetime.fromisoformat(r["request_time"]),
            }
            for r in self.rows
        ]
        return spark.createDataFrame([tuple(r[n] for n in names) for r in typed], INFERENCE_TABLE)


def rows_at(*moments: datetime) -> list[dict]:
    return [row(minute=(m - START) / timedelta(minutes=1), tokens=None) for m in moments]


@contextmanager
def session_time_zone(spark, zone: str):
    before = spark.conf.get("spark.sql.session.timeZone")
    spark.conf.set("spark.sql.session.timeZone", zone)
    try:
        yield
    finally:
        spark.conf.set("spark.sql.session.timeZone", before)


@contextmanager
def driver_time_zone(zone: str):
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ")
        else:
            os.environ["TZ"] = before
        time.tzset()


def monitoring_task() -> MonitoringParameters:
    return MonitoringParameters.from_parameters(load_job(PROJECT_ROOT, "monitoring").parameters.get)


def stored_ids(spark) -> dict[str, int]:
    parameters = load_job(PROJECT_ROOT, "monitoring").parameters
    with session_time_zone(spark, "UTC"):
        stored = stored_metrics(spark, parameters)
    return dict(zip(stored["metric_id"], stored["requests"], strict=True))


@pytest.mark.spark
def test_the_windows_are_utc_whatever_the_session_time_zone(spark, local_home):
    backend = InferenceTableBackend(rows_at(EARLY, START))

    with session_time_zone(spark, "America/New_York"):
        result = run(monitoring_task(), backend, spark, now=START.replace(hour=23))

    assert stored_ids(spark) == {
        "day/2026-11-20 00:00:00": 2,
        "hour/2026-11-20 02:00:00": 1,
        "hour/2026-11-20 09:00:00": 1,
    }
    day = result.metrics[result.metrics["window"] == "day"].iloc[0]
    # The workspace table has no token columns: the counts are estimated.
    assert (day["requests"], day["malformed_rows"], day["token_source"]) == (2, 0, "estimate")


@pytest.mark.spark
def test_the_lookback_starts_at_utc_midnight_whatever_the_driver_time_zone(spark, local_home):
    # A run at 23:00 on 2026-11-20 looks back to 00:00 UTC on 2026-11-18 (48 hours, whole days),
    # which is 19:00 on 2026-11-17 in New York.
    backend = InferenceTableBackend(rows_at(datetime(2026, 11, 18, 2, tzinfo=UTC)))

    with driver_time_zone("America/New_York"):
        run(monitoring_task(), backend, spark, now=datetime(2026, 11, 20, 23, tzinfo=UTC))

    assert stored_ids(spark) == {"day/2026-11-18 00:00:00": 1, "hour/2026-11-18 02:00:00": 1}


@pytest.mark.spark
def test_the_inference_table_before_the_first_deployment_holds_no_rows(spark, caplog):
    """The scheduled job may run before task 4 has created the endpoint and its table: no rows
    and a warning naming the table, not TABLE_OR_VIEW_NOT_FOUND; once it exists it is read."""
    backend = WorkspaceBackend("staging", client=object())
    spark.sql("CREATE DATABASE IF NOT EXISTS monitored")
    spark.sql("DROP TABLE IF EXISTS monitored.rag_chain_payload")

    with caplog.at_level("WARNING"):
        missing = backend.inference_rows(spark, "spark_catalog", "monitored", "rag_chain")
    assert missing.count() == 0
    assert set(missing.columns) == set(INFERENCE_COLUMNS)
    assert "spark_catalog.monitored.rag_chain_payload does not exist yet" in caplog.text

    spark.createDataFrame([], INFERENCE_TABLE).write.saveAsTable("monitored.rag_chain_payload")
    found = backend.inference_rows(spark, "spark_catalog", "monitored", "rag_chain")
    assert dict(found.dtypes)["request_time"] == "timestamp"
