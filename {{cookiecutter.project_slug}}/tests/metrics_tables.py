"""A monitoring metrics table as an earlier version of the project left it: some of today's
columns missing and one day's row in it, for the tests of the job adding the columns it lacks."""

from datetime import datetime

import pandas as pd
from pyspark.sql import SparkSession
from pyspark.sql.types import StructType

from {{ cookiecutter.package_name }}.backend.local import LocalBackend
from {{ cookiecutter.package_name }}.ingestion.tables import ACTION, UPSERT, LocalTables
from {{ cookiecutter.package_name }}.monitoring.schema import METRIC_COLUMNS, METRIC_KEY

EARLIER_DAY = "day/2026-10-01 00:00:00"


def metrics_table_without(
    spark: SparkSession, parameters: dict, table: str, missing: set[str]
) -> LocalTables:
    """The local tables, `table` among them created without the `missing` columns and holding
    one day (EARLIER_DAY, 3 requests) written before those columns existed."""
    tables = LocalTables(
        spark, LocalBackend().home.tables, parameters["catalog"], parameters["schema"]
    )
    old = [(name, kind) for name, kind in METRIC_COLUMNS if name not in missing]
    old_ddl = ", ".join([f"`{METRIC_KEY}` string", *(f"`{n}` {t}" for n, t in old)])
    tables.ensure(table, StructType.fromDDL(old_ddl))
    earlier = {name: None for name, _ in old} | {
        METRIC_KEY: EARLIER_DAY,
        "window": "day",
        "window_start": datetime(2026, 10, 1),
        "requests": 3,
    }
    changes = spark.createDataFrame(
        pd.DataFrame(
            [earlier | {ACTION: UPSERT}], columns=[METRIC_KEY, *(n for n, _ in old), ACTION]
        ),
        schema=f"{old_ddl}, `{ACTION}` string",
    )
    tables.apply_changes(table, changes, METRIC_KEY)
    return tables
