"""Verdicts of config/monitoring.yml's thresholds on the metrics rows of the judged window.

Each threshold judges every row of `thresholds.window` with at least `min_requests` requests:
`breach` when the metric is outside its bound, `pass` when inside, `no data` when the window has
no value for it (no answered request to score, say): reported, never a breach, as the error-rate
threshold already speaks for a window of failures.

`max_daily_cost_usd` judges the estimated `cost_usd` of every `day` window, that is of every day
with at least one logged request (a day without any has no window; `min_requests` does not
apply): `breach` above it, `pass` at or below, `unpriced` when the price table leaves a figure
unknown (the cost is not computed, so it is not judged: reported, never a pass or a breach).
`unjudged_cost_warning` says so loudly when that holds for every day.
"""

import math
from dataclasses import dataclass

import pandas as pd

from ..errors import ProjectError
from ..text import format_number
from .metrics import utc
from .settings import Thresholds

PASS, BREACH, NO_DATA, UNPRICED = "pass", "breach", "no data", "unpriced, not judged"
DAILY_COST = "cost_usd"


class ThresholdBreachError(ProjectError):
    """A monitored metric is outside its threshold; the message lists each breach."""


@dataclass(frozen=True)
class Verdict:
    metric: str
    window_start: str
    value: float | None
    bound: str
    status: str

    def line(self) -> str:
        shown = "n/a" if self.value is None else format_number(self.value)
        return f"{self.metric} = {shown} ({self.bound}) in the window from {self.window_start}"


def _value(row: pd.Series, metric: str) -> float | None:
    value = row.get(metric)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)


def judge(metrics: pd.DataFrame, thresholds: Thresholds) -> list[Verdict]:
    """A verdict per threshold and judged window, in window order."""
    verdicts = _metric_verdicts(metrics, thresholds)
    if thresholds.max_daily_cost_usd is not None:
        verdicts += _daily_cost_verdicts(metrics, thresholds.max_daily_cost_usd)
    return sorted(verdicts, key=lambda v: v.window_start)


def _daily_cost_verdicts(metrics: pd.DataFrame, limit: float) -> list[Verdict]:
    verdicts = []
    for _, row in metrics[metrics["window"] == "day"].sort_values("window_start").iterrows():
        value = _value(row, DAILY_COST)
        status = UNPRICED if value is None else BREACH if value > limit else PASS
        start = utc(row["window_start"]).isoformat()
        verdicts.append(Verdict(DAILY_COST, start, value, f"max {limit:g} per day", status))
    return verdicts


def _metric_verdicts(metrics: pd.DataFrame, thresholds: Thresholds) -> list[Verdict]:
    judged = metrics[
        (metrics["window"] == thresholds.window) & (metrics["requests"] >= thresholds.min_requests)
    ].sort_values("window_start")
    verdicts = []
    for _, row in judged.iterrows():
        start = utc(row["window_start"]).isoformat()
        for metric, bound in thresholds.metrics.items():
            value = _value(row, metric)
            limits = [f"min {bound.min:g}"] if bound.min is not None else []
            limits += [f"max {bound.max:g}"] if bound.max is not None else []
            if value is None:
                status = NO_DATA
            elif (bound.min is not None and value < bound.min) or (
                bound.max is not None and value > bound.max
            ):
                status = BREACH
            else:
                status = PASS
            verdicts.append(Verdict(metric, start, value, ", ".join(limits), status))
    return verdicts


def unjudged_cost_warning(thresholds: Thresholds, unpriced: tuple[str, ...]) -> str | None:
    """A warning when `max_daily_cost_usd` is set but no day's cost can be computed: the price
    table leaves figures null (`unpriced`: "<figure>: <note>", costs/window.py), so `cost_usd` is
    null in every window and neither the threshold nor the SQL cost alert can fire."""
    if thresholds.max_daily_cost_usd is None or not unpriced:
        return None
    figures = "; ".join(sorted({entry.split(": ", 1)[0] for entry in unpriced}))
    return (
        f"WARNING: thresholds.max_daily_cost_usd ({thresholds.max_daily_cost_usd:g}) judges "
        f"nothing: config/costs.yml has no value for {figures}, so every day's cost_usd is null. "
        'Fill in those figures (docs/cost-analysis.md, "Updating it") or set '
        "max_daily_cost_usd to null."
    )


def breaches(verdicts: list[Verdict]) -> list[Verdict]:
    return [v for v in verdicts if v.status == BREACH]


def raise_on_breach(verdicts: list[Verdict]) -> None:
    """Fail (the job's run, and so its notifications) when any threshold is breached."""
    broken = breaches(verdicts)
    if broken:
        listed = "\n".join(f"- {v.line()}" for v in broken)
        raise ThresholdBreachError(f"{len(broken)} monitoring threshold(s) breached:\n{listed}")
