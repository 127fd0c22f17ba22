"""The monitoring dashboard and SQL alerts (resources/monitoring_dashboard.yml) against what the
monitoring job writes: the metrics table's columns and config/monitoring.yml's thresholds."""

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
import yaml

from {{ cookiecutter.package_name }}.monitoring.schema import METRIC_NAMES
from {{ cookiecutter.package_name }}.monitoring.settings import read_monitoring_config

from tests.conftest import PROJECT_ROOT

RESOURCE = yaml.safe_load((PROJECT_ROOT / "resources" / "monitoring_dashboard.yml").read_text())
DASHBOARD = json.loads((PROJECT_ROOT / "dashboards" / "monitoring.lvdash.json").read_text())
THRESHOLDS = read_monitoring_config(PROJECT_ROOT / "config" / "monitoring.yml").thresholds
SELECT = re.compile(r"^SELECT (?P<columns>.*?)\s+FROM monitoring_metrics\s", re.DOTALL)


def test_the_dashboard_and_alerts_are_declared_in_staging_and_prod_only():
    assert set(RESOURCE) == {"targets"}
    assert set(RESOURCE["targets"]) == {"staging", "prod"}


@pytest.mark.parametrize("target", ["staging", "prod"])
def test_each_alert_mirrors_its_threshold(target):
    alerts = RESOURCE["targets"][target]["resources"]["alerts"]
    bounds = {
        "error_rate": (THRESHOLDS.metrics["error_rate"].max, THRESHOLDS.min_requests),
        "latency_p95_ms": (THRESHOLDS.metrics["latency_p95_ms"].max, THRESHOLDS.min_requests),
        # A day's cost is judged whatever its requests (thresholds.py).
        "cost_usd": (THRESHOLDS.max_daily_cost_usd, 1),
    }
    assert set(alerts) == {f"monitoring_{column}" for column in bounds}
    for column, (bound, least) in bounds.items():
        alert = alerts[f"monitoring_{column}"]
        evaluation = alert["evaluation"]
        assert evaluation["source"]["name"] == column
        assert evaluation["comparison_operator"] == "GREATER_THAN"
        assert evaluation["threshold"]["value"]["double_value"] == bound, column
        assert f"AND requests >= {least} AND {column} IS NOT NULL" in alert["query_text"]


def test_the_datasets_take_the_targets_catalog_and_the_billing_query_matches_exactly():
    # No dataset names a catalog or schema: dataset_catalog/dataset_schema set the target's.
    for dataset in DASHBOARD["datasets"]:
        assert not {"catalog", "schema"} & set(dataset), dataset["name"]
    billing = "".join(
        next(d for d in DASHBOARD["datasets"] if d["name"] == "billing_daily")["queryLines"]
    )
    endpoint = yaml.safe_load((PROJECT_ROOT / "databricks.yml").read_text())["variables"][
        "vector_search_endpoint"
    ]["default"]
    assert f"u.usage_metadata.endpoint_name = '{endpoint}'" in billing
    assert "startswith" not in billing
    assert "l.currency_code" in billing and "GROUP BY ALL" in billing


def metrics_view(spark, name: str, now: datetime) -> None:
    """A metrics table as the job leaves it at 05:30 UTC: yesterday's day window whole (over
    every bound) and today's partial day window (too few requests to judge), with hour windows."""
    today = now.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    yesterday = today - timedelta(days=1)
    rows = [
        ("day", yesterday, 240, 0.2, 60000.0, 80.0),
        ("hour", yesterday + timedelta(hours=23), 10, 0.0, 100.0, 3.0),
        ("day", today, 4, 0.0, 100.0, 5.0),
        ("hour", today + timedelta(hours=5), 4, 0.0, 100.0, 5.0),
    ]
    schema = "window string, window_start timestamp, requests bigint, error_rate double, "
    schema += "latency_p95_ms double, cost_usd double"
    spark.createDataFrame(rows, schema=schema).createOrReplaceTempView(name)


@pytest.mark.spark
@pytest.mark.parametrize("target", ["staging", "prod"])
def test_each_alert_judges_the_last_finished_day_not_todays_partial_one(spark, target):
    # spark_session.local_spark sets the session time zone to UTC, as on a SQL warehouse by default.
    now = datetime.now(UTC)
    metrics_view(spark, "alert_metrics", now)
    for name, alert in RESOURCE["targets"][target]["resources"]["alerts"].items():
        query = re.sub(r"\S+\.monitoring_metrics\b", "alert_metrics", alert["query_text"])
        rows = spark.sql(query).collect()
        column = alert["evaluation"]["source"]["name"]
        # Yesterday's value, over the bound: the alert fires.
        assert [row[column] for row in rows] == [
            {"error_rate": 0.2, "latency_p95_ms": 60000.0, "cost_usd": 80.0}[column]
        ], name
        assert rows[0][column] > alert["evaluation"]["threshold"]["value"]["double_value"]


def test_the_dashboard_reads_only_columns_the_metrics_table_has():
    datasets = {d["name"]: "".join(d["queryLines"]) for d in DASHBOARD["datasets"]}
    selected = {}
    for name, query in datasets.items():
        match = SELECT.match(query)
        if match:
            selected[name] = {c.strip() for c in match.group("columns").split(",")}
    assert set(selected) == {"metrics_hourly", "metrics_daily"}
    for name, columns in selected.items():
        assert columns <= set(METRIC_NAMES), name
    for page in DASHBOARD["pages"]:
        for item in page["layout"]:
            for query in item["widget"].get("queries", []):
                dataset = query["query"]["datasetName"]
                fields = {f["name"] for f in query["query"]["fields"]}
                assert dataset in datasets
                if dataset in selected:
                    assert fields <= selected[dataset], item["widget"]["name"]
