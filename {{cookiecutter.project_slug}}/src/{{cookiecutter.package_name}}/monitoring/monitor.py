"""`python -m <package> monitor`: the local inference log's metrics, verdicts and report."""

import re
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from ..costs.window import project_window_prices
from ..errors import ConfigError
from .local_log import default_log, read_log
from .metrics import MetricSettings, compute_windows, unplaced
from .report import ReportInputs, write_report
from .rows import parse_rows, user_rows
from .settings import read_monitoring_config
from .thresholds import breaches, judge, unjudged_cost_warning

_AGO = re.compile(r"^(\d+)([mhd])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def parse_since(text: str, now: datetime | None = None) -> pd.Timestamp:
    """`90m`, `24h`, `7d` before now, or an ISO date or time (UTC unless it says otherwise)."""
    ago = _AGO.match(text.strip())
    if ago:
        now = pd.Timestamp(now or datetime.now(UTC))
        return now - pd.Timedelta(**{_UNITS[ago.group(2)]: int(ago.group(1))})
    try:
        moment = pd.Timestamp(text.strip())
    except ValueError:
        raise ConfigError(
            f"--since {text!r}: use a duration such as 90m, 24h or 7d, or an ISO date or time"
        ) from None
    return moment.tz_localize(UTC) if moment.tzinfo is None else moment.tz_convert(UTC)


def default_output() -> Path:
    # Beside the serving folder, in the local home: `make clean` removes both.
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return default_log().parent.parent / "monitoring" / stamp


def monitor(
    root: Path, log_path: Path | None, since: str | None, output: Path | None
) -> tuple[int, Path]:
    """The report of the project at `root` (its config/monitoring.yml and config/costs.yml);
    (exit code: 1 on a breached threshold, else 0; the summary's path)."""
    config = read_monitoring_config(root / "config" / "monitoring.yml")
    log = read_log(log_path or default_log(), parse_since(since) if since else None)
    prices = project_window_prices(root)
    settings = MetricSettings.from_config(config, prices)
    metrics = compute_windows(log.rows, config.windows, settings)
    if "hour" not in config.windows:  # the plots are drawn per hour
        hourly = compute_windows(log.rows, ["hour"], settings)
        metrics = pd.concat([metrics, hourly], ignore_index=True)
    parsed = parse_rows(log.rows) if len(log.rows) else parse_rows(pd.DataFrame())
    verdicts = judge(metrics, config.thresholds)
    inputs = ReportInputs(
        metrics=metrics,
        requests=user_rows(parsed[parsed["malformed"].isna()]),
        verdicts=verdicts,
        source=", ".join(str(f) for f in log.files) or f"{log_path or default_log()} (no file)",
        unreadable_lines=log.unreadable_lines,
        unplaced_rows=unplaced(log.rows) if len(log.rows) else 0,
        warnings=[w for w in [unjudged_cost_warning(config.thresholds, prices.unpriced)] if w],
    )
    summary = write_report(inputs, output or default_output())
    return (1 if breaches(verdicts) else 0), summary
