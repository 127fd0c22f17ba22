"""The cost columns of the monitoring metrics (tokens x config/costs.yml plus the fixed hourly
costs), the daily-cost threshold, and a metrics table created before them gaining them."""

import json
import re
from dataclasses import replace

import pandas as pd
import pytest
import yaml

from {{ cookiecutter.package_name }}.backend.local import LocalBackend
from {{ cookiecutter.package_name }}.cli import main
from {{ cookiecutter.package_name }}.costs.estimate import Endpoints
from {{ cookiecutter.package_name }}.costs.prices import read_price_table
from {{ cookiecutter.package_name }}.costs.window import WindowPrices
from {{ cookiecutter.package_name }}.local.bundle import load_job
from {{ cookiecutter.package_name }}.monitoring import monitor as monitor_module
from {{ cookiecutter.package_name }}.monitoring.local_log import default_log
from {{ cookiecutter.package_name }}.monitoring.metrics import MetricSettings, compute_windows
from {{ cookiecutter.package_name }}.monitoring.report import ReportInputs, summary_markdown
from {{ cookiecutter.package_name }}.monitoring.rows import parse_rows
from {{ cookiecutter.package_name }}.monitoring.schema import METRIC_KEY
from {{ cookiecutter.package_name }}.monitoring.settings import (
    MonitoringConfigError,
    read_monitoring_config,
)
from {{ cookiecutter.package_name }}.monitoring.task import run, window_prices
from {{ cookiecutter.package_name }}.monitoring.thresholds import BREACH, PASS, UNPRICED, judge
from {{ cookiecutter.package_name }}.parameters import MonitoringParameters
from {{ cookiecutter.package_name }}.text import count_tokens

from tests.conftest import PROJECT_ROOT
from tests.metrics_tables import EARLIER_DAY, metrics_table_without
from tests.monitoring_rows import PASSAGE, QUESTION, START, row
from tests.test_costs import ENDPOINTS, ROUND_PRICES, fully_priced, priced_table, unpriced_table

CONFIG = PROJECT_ROOT / "config" / "monitoring.yml"
# $0.10, $0.50 and $1.50 per million tokens; $2 an hour of fixed costs.
PRICED = WindowPrices(0.1e-6, 0.5e-6, 1.5e-6, fixed_per_hour=2.0, unpriced=())
# Per answered request of monitoring_rows.row(tokens=(12, 30)): the question embedded, the
# endpoint's input with the passage it retrieved, the answer.
PER_ANSWER = (count_tokens(QUESTION) * 0.1 + (12 + count_tokens(PASSAGE)) * 0.5 + 30 * 1.5) / 1e6


@pytest.fixture
def config():
    return read_monitoring_config(CONFIG)


def windows(rows: list[dict], config, prices: WindowPrices) -> dict[str, dict]:
    metrics = compute_windows(
        pd.DataFrame(rows), ["hour", "day"], MetricSettings.from_config(config, prices)
    )
    return {w: metrics[metrics["window"] == w].iloc[0].to_dict() for w in ("hour", "day")}


def test_window_prices_come_from_the_price_table(tmp_path):
    prices = read_price_table(priced_table(tmp_path, **ROUND_PRICES))
    window = WindowPrices.from_table(prices, ENDPOINTS)
    rates = (window.embedding_per_token, window.chat_input_per_token, window.chat_output_per_token)
    assert rates == pytest.approx((0.1e-6, 0.5e-6, 1.5e-6))
    # Small always on, 1 DBU/h at $1, and one Vector Search unit at 1 DBU/h and $1: $48 a day.
    assert window.fixed_per_hour == pytest.approx(2.0)
    assert window.unpriced == ()


def test_recorded_rows_give_the_cost_columns(config):
    rows = [row(minute=m, tokens=(12, 30)) for m in range(4)] + [row(minute=5, status=500)]
    hour, day = windows(rows, config, PRICED).values()

    assert hour["token_cost_usd"] == pytest.approx(4 * PER_ANSWER)  # the failed one is not priced
    assert (hour["fixed_cost_usd"], day["fixed_cost_usd"]) == pytest.approx((2.0, 48.0))
    assert day["cost_usd"] == pytest.approx(48.0 + 4 * PER_ANSWER)
    # Over every request of the window, the failed one included.
    assert day["cost_per_request_usd"] == pytest.approx((48.0 + 4 * PER_ANSWER) / 5)
    assert json.loads(day["cost_unpriced"]) == []


def test_an_unknown_price_is_reported_and_the_daily_cost_is_not_judged(config):
    unknown = replace(
        PRICED, fixed_per_hour=None, unpriced=("serving endpoint (Small, always on): not found",)
    )
    rows = [row(minute=m) for m in range(12)]
    metrics = compute_windows(
        pd.DataFrame(rows), ["hour", "day"], MetricSettings.from_config(config, unknown)
    )
    day = metrics[metrics["window"] == "day"].iloc[0]

    assert day["token_cost_usd"] == pytest.approx(12 * PER_ANSWER)
    assert pd.isna(day["fixed_cost_usd"]) and pd.isna(day["cost_usd"])
    assert pd.isna(day["cost_per_request_usd"])
    [verdict] = [v for v in judge(metrics, config.thresholds) if v.metric == "cost_usd"]
    assert (verdict.status, verdict.value) == (UNPRICED, None)
    summary = summary_markdown(
        ReportInputs(metrics, parse_rows(pd.DataFrame(rows)), [verdict], "log", 0, 0)
    )
    assert "| cost_usd | 2026-11-20T00:00:00+00:00 | n/a | max 50 per day | unpriced" in summary
    assert "- serving endpoint (Small, always on): not found" in summary
    assert "`max_daily_cost_usd` is not judged" in summary


def test_the_daily_cost_threshold_judges_every_day_whatever_its_requests(config):
    rows = [row(minute=0)]  # under min_requests: the other thresholds skip this day
    metrics = compute_windows(
        pd.DataFrame(rows), ["hour", "day"], MetricSettings.from_config(config, PRICED)
    )
    expensive = config.thresholds.model_copy(update={"max_daily_cost_usd": 10.0})

    assert [(v.metric, v.status) for v in judge(metrics, config.thresholds)] == [("cost_usd", PASS)]
    assert [(v.metric, v.status) for v in judge(metrics, expensive)] == [("cost_usd", BREACH)]
    unjudged = config.thresholds.model_copy(update={"max_daily_cost_usd": None})
    assert judge(metrics, unjudged) == []


def test_a_daily_cost_threshold_needs_day_windows(tmp_path):
    data = yaml.safe_load(CONFIG.read_text())
    data.update(windows=["hour"])
    data["thresholds"]["window"] = "hour"
    path = tmp_path / "monitoring.yml"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(MonitoringConfigError, match="max_daily_cost_usd judges day windows"):
        read_monitoring_config(path)


def write_log(rows: list[dict]) -> None:
    log = default_log()
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text("".join(json.dumps(r) + "\n" for r in rows))


def test_monitor_exits_non_zero_when_a_day_costs_more_than_the_threshold(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.chdir(PROJECT_ROOT)
    write_log([row(minute=m) for m in range(12)])
    monkeypatch.setattr(monitor_module, "project_window_prices", lambda root: PRICED)

    assert main(["monitor", "--output", str(tmp_path / "cheap")]) == 0  # $48 and change
    # $10 an hour: $240 a day, over the shipped $50.
    monkeypatch.setattr(
        monitor_module, "project_window_prices", lambda root: replace(PRICED, fixed_per_hour=10.0)
    )
    assert main(["monitor", "--output", str(tmp_path / "dear")]) == 1

    summary = (tmp_path / "dear" / "summary.md").read_text()
    assert "| cost_usd | 2026-11-20T00:00:00+00:00 | 240 | max 50 per day | **BREACH** |" in summary
    assert "cost_per_request_usd" in summary and "threshold is breached" in capsys.readouterr().err


def test_the_cost_command_and_the_job_price_the_same_endpoints():
    # One reading of the parameters: the bundle job's declared text, and the parsed parameters.
    parameters = load_job(PROJECT_ROOT, "monitoring").parameters
    declared = Endpoints.from_parameters(parameters.__getitem__)
    assert declared.serving_scale_to_zero is True  # var.serving_scale_to_zero
    task = MonitoringParameters.from_parameters(parameters.get)
    assert Endpoints.from_parameters(lambda name: getattr(task, name)) == declared
    table = read_price_table(PROJECT_ROOT / "config" / "costs.yml")
    assert window_prices(task) == WindowPrices.from_table(table, declared)


def test_monitor_warns_loudly_when_the_daily_cost_cannot_be_judged(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(PROJECT_ROOT)
    write_log([row(minute=m) for m in range(12)])
    endpoints = Endpoints.from_parameters(load_job(PROJECT_ROOT).parameters.__getitem__)
    unknown = WindowPrices.from_table(read_price_table(unpriced_table(tmp_path)), endpoints)
    monkeypatch.setattr(monitor_module, "project_window_prices", lambda root: unknown)
    assert main(["monitor", "--output", str(tmp_path / "unpriced")]) == 0
    out = capsys.readouterr().out
    warning = "**WARNING: thresholds.max_daily_cost_usd (50) judges nothing: config/costs.yml"
    assert warning in out
    assert "embedding input (" in out and "serving endpoint" in out

    monkeypatch.setattr(monitor_module, "project_window_prices", lambda root: PRICED)
    assert main(["monitor", "--output", str(tmp_path / "priced")]) == 0
    assert "WARNING" not in capsys.readouterr().out


@fully_priced
def test_the_shipped_price_table_judges_the_daily_cost(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(PROJECT_ROOT)
    write_log([row(minute=m) for m in range(12)])
    assert main(["monitor", "--output", str(tmp_path / "shipped")]) == 0
    assert "WARNING" not in capsys.readouterr().out
    # The job's endpoint scales to zero: Small's 4 DBU for 8 hours, and one Vector Search unit's
    # 4 DBU for 24 hours, at $0.07 a DBU ($8.96), plus the 12 requests' tokens.
    summary = (tmp_path / "shipped" / "summary.md").read_text()
    [cost] = re.findall(
        r"\| cost_usd \| 2026-11-20T00:00:00\+00:00 \| ([0-9.]+) \| max 50 per day \| pass \|",
        summary,
    )
    assert float(cost) == pytest.approx(8.96, abs=0.01)


@pytest.mark.spark
def test_the_job_adds_the_cost_columns_to_a_metrics_table_created_without_them(spark, local_home):
    parameters = load_job(PROJECT_ROOT, "monitoring").parameters
    task = MonitoringParameters.from_parameters(parameters.get)
    cost_columns = {"token_cost_usd", "fixed_cost_usd", "cost_usd", "cost_per_request_usd"}
    tables = metrics_table_without(
        spark, parameters, task.metrics_table, cost_columns | {"cost_unpriced"}
    )
    write_log([row(minute=m) for m in range(12)])

    run(task, LocalBackend(), spark, now=START.replace(hour=23))

    stored = tables.read(task.metrics_table).toPandas().set_index(METRIC_KEY)
    assert cost_columns | {"cost_unpriced"} <= set(stored.columns)
    assert stored.loc[EARLIER_DAY, "requests"] == 3  # kept, its cost unknown
    assert pd.isna(stored.loc[EARLIER_DAY, "cost_unpriced"])
    assert stored.loc["day/2026-11-20 00:00:00", "cost_unpriced"] is not None
