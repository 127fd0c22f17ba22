"""`python -m <package> cost`: the local inference log's cost estimate and monthly projection."""

from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from ..local.bundle import load_job
from ..monitoring.local_log import default_log, read_log
from ..monitoring.monitor import parse_since
from ..monitoring.rows import parse_rows, user_rows
from .estimate import Endpoints, Estimate, estimate
from .prices import read_price_table
from .report import write_report


def default_output() -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return default_log().parent.parent / "costs" / stamp


def cost(
    root: Path,
    requests_per_day: float | None,
    since: str | None,
    output: Path | None,
    log_path: Path | None,
) -> tuple[Estimate, Path]:
    """Write the report; (the estimate, the summary's path)."""
    prices = read_price_table(root / "config" / "costs.yml")
    log = read_log(log_path or default_log(), parse_since(since) if since else None)
    # Users' requests only, as in the monitoring metrics: task 4's deployment checks are a cost of
    # each deployment, not of the traffic the projection scales.
    parsed = user_rows(parse_rows(log.rows) if len(log.rows) else parse_rows(pd.DataFrame()))
    endpoints = Endpoints.from_parameters(load_job(root).parameters.__getitem__)
    result = estimate(parsed, prices, endpoints, requests_per_day)
    source = ", ".join(str(f) for f in log.files) or f"{log_path or default_log()} (no file)"
    return result, write_report(result, prices, source, output or default_output())
