"""The monitoring dashboard and SQL alerts (resources/monitoring_dashboard.yml) against what the
monitoring job writes: the metrics table's columns and config/monitoring.yml's thresholds."""

import json
import re

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
        assert f"WHERE requests >= {least} AND {column} IS NOT NULL" in alert["query_text"]
        assert "`window` = 'day' ORDER BY window_start DESC LIMIT 1" in alert["query_text"]


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
