"""The billing queries (costs/sql/billing_by_day.sql and the dashboard's billing dataset) run by
Spark over stand-ins of the system tables they read, with the documented columns: the project's
serverless job usage counts, though serverless usage carries no job tags.

Columns: system.billing.usage and system.billing.list_prices,
https://docs.databricks.com/aws/en/admin/system-tables/billing and
https://docs.databricks.com/en/admin/system-tables/pricing.html; serverless usage carries in
custom_tags only a serverless budget policy's tags,
https://docs.databricks.com/aws/en/admin/system-tables/serverless-billing; system.lakeflow.jobs
holds a row per change of a job, with its tags,
https://docs.databricks.com/aws/en/admin/system-tables/jobs.
"""

import json
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
import yaml

from tests.conftest import PROJECT_ROOT

SQL = PROJECT_ROOT / "src" / "{{ cookiecutter.package_name }}" / "costs" / "sql"
DASHBOARD = PROJECT_ROOT / "dashboards" / "monitoring.lvdash.json"
SYSTEM_TABLES = {
    "system.billing.usage": (
        "usage_date date, workspace_id string, sku_name string, cloud string, "
        "usage_unit string, usage_quantity decimal(38, 18), usage_end_time timestamp, "
        "custom_tags map<string, string>, usage_metadata struct<endpoint_name: string, "
        "job_id: string>, billing_origin_product string"
    ),
    "system.billing.list_prices": (
        "price_start_time timestamp, price_end_time timestamp, sku_name string, cloud string, "
        "currency_code string, usage_unit string, "
        "pricing struct<effective_list: struct<default: string>>"
    ),
    "system.lakeflow.jobs": (
        "workspace_id string, job_id string, tags map<string, string>, change_time timestamp"
    ),
}
TODAY = date.today()
NOW = datetime.combine(TODAY, datetime.min.time())
SERVING, JOBS = "SERVERLESS_REAL_TIME_INFERENCE", "JOBS_SERVERLESS_COMPUTE"
PRICES = {SERVING: "0.07", JOBS: "0.35"}


def project_tags() -> dict[str, str]:
    presets = yaml.safe_load((PROJECT_ROOT / "databricks.yml").read_text())["presets"]["tags"]
    return {"project": presets["project"], "target": "staging"}


def usage(sku: str, quantity: str, product: str, tags: dict, endpoint=None, job=None, ws="w1"):
    return (
        TODAY,
        ws,
        sku,
        "AWS",
        "DBU",
        Decimal(quantity),
        NOW - timedelta(hours=1),
        tags,
        (endpoint, job),
        product,
    )


def system_views(spark) -> dict[str, str]:
    tags = project_tags()
    rows = {
        "system.billing.usage": [
            usage(SERVING, "10", "MODEL_SERVING", tags, endpoint="chatbot-endpoint"),
            # The project's serverless job: a budget policy's tag only, none of the job's.
            usage(JOBS, "2", "JOBS", {"budget-policy-id": "p1"}, job="11"),
            # Another project's job, and a job of the same id in another workspace.
            usage(JOBS, "5", "JOBS", {}, job="12"),
            usage(JOBS, "7", "JOBS", {}, job="11", ws="w2"),
        ],
        "system.billing.list_prices": [
            (NOW - timedelta(days=400), None, sku, "AWS", "USD", "DBU", ((price,),))
            for sku, price in PRICES.items()
        ],
        "system.lakeflow.jobs": [
            # Two versions of the project's job: counted once, with its latest tags.
            ("w1", "11", {**tags, "owner": "a"}, NOW - timedelta(days=30)),
            ("w1", "11", tags, NOW - timedelta(days=2)),
            ("w1", "12", {"project": "another", "target": "staging"}, NOW - timedelta(days=2)),
            ("w2", "11", {"project": "another", "target": "staging"}, NOW - timedelta(days=2)),
        ],
    }
    views = {}
    for table, schema in SYSTEM_TABLES.items():
        view = table.replace(".", "_")
        spark.createDataFrame(rows[table], schema).createOrReplaceTempView(view)
        views[table] = view
    return views


def run_sql(spark, text: str, args: dict | None = None) -> dict:
    for table, view in system_views(spark).items():
        text = text.replace(table, view)
    rows = spark.sql(text, args=args or {}).collect()
    return {r["billing_origin_product"]: r for r in rows}


@pytest.mark.spark
def test_the_billing_query_counts_the_projects_serverless_job_usage(spark):
    tags = project_tags()
    args = {
        **tags,
        "days": 30,
        "serving_endpoint": "chatbot-endpoint",
        "vector_search_endpoint": "chatbot-vs",
    }

    by_product = run_sql(spark, (SQL / "billing_by_day.sql").read_text(), args)

    assert set(by_product) == {"MODEL_SERVING", "JOBS"}
    assert by_product["JOBS"]["usage_quantity"] == Decimal(2)
    assert float(by_product["JOBS"]["list_cost"]) == pytest.approx(0.7)
    assert float(by_product["MODEL_SERVING"]["list_cost"]) == pytest.approx(0.7)


@pytest.mark.spark
def test_the_dashboards_billing_dataset_counts_it_under_its_target(spark):
    dataset = next(
        d for d in json.loads(DASHBOARD.read_text())["datasets"] if d["name"] == "billing_daily"
    )

    by_product = run_sql(spark, "".join(dataset["queryLines"]))

    assert set(by_product) == {"MODEL_SERVING", "JOBS"}
    assert by_product["JOBS"]["target"] == "staging"
    assert float(by_product["JOBS"]["list_cost"]) == pytest.approx(0.7)
