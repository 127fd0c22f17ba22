"""The monitoring job's task (notebook 05): the inference table's recent windows, computed with
Spark by the same pandas function as locally, merged into the metrics table, then judged.

The table is read and filtered to the lookback first (whole days, so every day window is
complete), grouped by window and start, and each group goes through `metrics.window_frame` with
`applyInPandas`. Rows merge into the metrics table on their window and start, so a re-run (or the
next day's run over a day still open) replaces a window's row instead of adding a second one.
"""

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial, reduce

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import StructType

from ..costs.estimate import Endpoints
from ..costs.prices import read_price_table
from ..costs.window import WindowPrices
from ..ingestion.tables import ACTION, UPSERT, add_missing_columns
from ..parameters import MonitoringParameters
from ..text import format_number
from .metrics import MetricSettings, window_frame
from .production import ScorerOutcome, ensure_scorers
from .report import cost_notes
from .schema import INFERENCE_COLUMNS, METRIC_KEY, METRIC_NAMES, spark_ddl
from .settings import read_monitoring_config
from .thresholds import Verdict, breaches, judge, unjudged_cost_warning

log = logging.getLogger(__name__)

# The windows are UTC hours and days (the SQL alerts compare them with a UTC current_date()), and
# date_trunc and the timestamps' conversion to and from pandas follow the session time zone.
# Serverless starts sessions in Etc/UTC and lets a notebook set it; a cluster's Spark config may
# set another zone (https://docs.databricks.com/compute/serverless/limitations).
SESSION_TIME_ZONE = ("spark.sql.session.timeZone", "UTC")


@dataclass
class MonitoringResult:
    metrics: pd.DataFrame
    verdicts: list[Verdict]
    scorers: list[ScorerOutcome] = field(default_factory=list)
    # Shown first (thresholds.unjudged_cost_warning).
    warnings: list[str] = field(default_factory=list)

    @property
    def breached(self) -> bool:
        return bool(breaches(self.verdicts))

    def summary_markdown(self) -> str:
        lines = [*self.warnings, f"Windows computed: {len(self.metrics)}.", ""]
        if self.verdicts:
            lines += ["| metric | window | value | bound | verdict |", "|---|---|---:|---|---|"]
            lines += [
                f"| {v.metric} | {v.window_start} | "
                f"{'n/a' if v.value is None else format_number(v.value)} | {v.bound} | {v.status} |"
                for v in self.verdicts
            ]
        else:
            lines.append("No window had enough requests to be judged.")
        for outcome in self.scorers:
            lines.append(
                f"- production scorer {outcome.name}: {outcome.action}, "
                f"sample rate {outcome.sample_rate:g}"
            )
        if len(self.metrics):
            lines += cost_notes(self.metrics)
        return "\n".join(lines)


def text_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """The inference columns of local log rows as text (None where missing): one Spark schema
    whatever a malformed row holds."""
    return pd.DataFrame(
        {
            name: [None if pd.isna(v) else str(v) for v in rows[name]]
            if name in rows.columns
            else [None] * len(rows)
            for name in INFERENCE_COLUMNS
        },
        columns=list(INFERENCE_COLUMNS),
    )


def spark_rows(spark: SparkSession, rows: pd.DataFrame) -> DataFrame:
    schema = ", ".join(f"`{name}` string" for name in INFERENCE_COLUMNS)
    return spark.createDataFrame(text_rows(rows), schema=schema)


def metrics_of(
    rows: DataFrame, windows: list[str], settings: MetricSettings, since: datetime
) -> DataFrame:
    """Every window's metrics of the inference rows from `since` on (Spark, applyInPandas)."""
    selected = rows.select(
        *[
            F.col(name) if name in rows.columns else F.lit(None).cast("string").alias(name)
            for name in INFERENCE_COLUMNS
        ]
    ).withColumn("_time", F.col("request_time").cast("timestamp"))
    # Aware: PySpark converts a naive datetime with time.mktime, in the driver's own zone
    # (pyspark/sql/types.py, TimestampType.toInternal and DatetimeConverter).
    recent = selected.where(F.col("_time") >= F.lit(since.astimezone(UTC)))
    per_window = [
        recent.withColumn("window", F.lit(window)).withColumn(
            "window_start", F.date_trunc(window, F.col("_time"))
        )
        for window in windows
    ]
    grouped = reduce(DataFrame.unionByName, per_window).drop("_time")
    return grouped.groupBy("window", "window_start").applyInPandas(
        partial(window_frame, settings=settings), schema=spark_ddl()
    )


def lookback_start(now: datetime, hours: int) -> datetime:
    """`hours` before now, back to the start of that day (UTC)."""
    start = (now - timedelta(hours=hours)).astimezone(UTC)
    return start.replace(hour=0, minute=0, second=0, microsecond=0)


def window_prices(task: MonitoringParameters) -> WindowPrices:
    endpoints = Endpoints.from_parameters(lambda name: getattr(task, name))
    return WindowPrices.from_table(read_price_table(task.cost_config), endpoints)


def run(
    task: MonitoringParameters, backend, spark: SparkSession, now: datetime | None = None
) -> MonitoringResult:
    config = read_monitoring_config(task.monitoring_config)
    prices = window_prices(task)
    settings = MetricSettings.from_config(config, prices)
    warnings = [w for w in [unjudged_cost_warning(config.thresholds, prices.unpriced)] if w]
    for warning in warnings:
        log.warning(warning)
    since = lookback_start(now or datetime.now(UTC), task.lookback_hours)
    spark.conf.set(*SESSION_TIME_ZONE)
    rows = backend.inference_rows(spark, task.catalog, task.schema, task.model_name)
    metrics = metrics_of(rows, config.windows, settings, since).toPandas()
    metrics = metrics.sort_values(["window", "window_start"], ignore_index=True)
    keyed = metrics.assign(
        **{
            METRIC_KEY: metrics["window"] + "/" + metrics["window_start"].astype(str),
            ACTION: UPSERT,
        }
    )[[METRIC_KEY, *METRIC_NAMES, ACTION]]
    table_ddl = f"`{METRIC_KEY}` string, {spark_ddl()}"
    tables = backend.tables(spark, task.catalog, task.schema)
    tables.ensure(task.metrics_table, StructType.fromDDL(table_ddl))
    add_missing_columns(tables, task.metrics_table, StructType.fromDDL(table_ddl))
    if len(keyed):
        changes = spark.createDataFrame(keyed, schema=f"{table_ddl}, `{ACTION}` string")
        tables.apply_changes(task.metrics_table, changes, METRIC_KEY)
    log.info("%d window(s) merged into %s", len(keyed), tables.full_name(task.metrics_table))
    scorers = []
    if backend.production_monitoring:
        experiment_id = backend.configure_mlflow(task.experiment_name)
        scorers = ensure_scorers(config.production, experiment_id)
    return MonitoringResult(metrics, judge(metrics, config.thresholds), scorers, warnings)
