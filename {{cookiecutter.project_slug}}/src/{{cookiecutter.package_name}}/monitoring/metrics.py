"""The one computation: metrics of one time window from its inference rows (pure pandas).

Locally `compute_windows` groups the log's rows by window in-process; the monitoring job groups
the inference table with Spark and calls `window_metrics` per group through `applyInPandas`
(task.py), so both run this same function.
"""

import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
import pandas as pd

from ..costs.window import WindowPrices, window_cost
from ..evaluation.scores import answer_length, groundedness
from .quality import retrieval_relevance
from .rows import parse_rows, user_rows
from .schema import METRIC_NAMES
from .settings import MonitoringConfig

# pandas offsets of each window: the start is the time floored to it.
FLOORS = {"hour": "h", "day": "D"}
SPANS = {"hour": pd.Timedelta(hours=1), "day": pd.Timedelta(days=1)}


@dataclass(frozen=True)
class MetricSettings:
    """What the computation needs of config/monitoring.yml and config/costs.yml (picklable:
    Spark ships it)."""

    no_answer_phrases: tuple[str, ...]
    sample_rate: float
    max_rows: int
    seed: int
    prices: WindowPrices

    @classmethod
    def from_config(cls, config: MonitoringConfig, prices: WindowPrices) -> "MetricSettings":
        return cls(
            tuple(p.casefold() for p in config.no_answer_phrases),
            config.quality_sample.sample_rate,
            config.quality_sample.max_rows,
            config.quality_sample.seed,
            prices,
        )


def utc(moment) -> pd.Timestamp:
    """A timestamp in UTC; a naive one is taken to be UTC already (Spark's session zone)."""
    moment = pd.Timestamp(moment)
    return moment.tz_localize(UTC) if moment.tzinfo is None else moment.tz_convert(UTC)


def window_start(times: pd.Series, window: str) -> pd.Series:
    return times.dt.floor(FLOORS[window])


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _mean(values) -> float | None:
    values = [v for v in values if v is not None]
    return float(np.mean(values)) if values else None


def quality_sample(answered: pd.DataFrame, start: pd.Timestamp, settings: MetricSettings):
    """A seeded sample of a window's answered rows: each kept with probability sample_rate, at
    most max_rows. The seed and the window's start fix the draw, and rows are taken in time
    order, so pandas and Spark (whatever order a group arrives in) pick the same rows."""
    ordered = answered.sort_values(["time", "request_id"], kind="stable")
    rng = np.random.default_rng([settings.seed, int(start.timestamp())])
    kept = ordered[rng.random(len(ordered)) < settings.sample_rate]
    return kept.head(settings.max_rows)


def window_metrics(
    rows: pd.DataFrame, window: str, start: pd.Timestamp, settings: MetricSettings
) -> dict:
    """The metrics of one window's raw inference rows (every row's time within the window).
    Every figure is of users' requests: task 4's deployment checks (rows.user_rows) are only
    counted, in deployment_check_requests, so a deployment's smoke test and latency run set
    neither the window's latency tail nor its error rate."""
    everything = parse_rows(rows)
    parsed = user_rows(everything)
    malformed = parsed[parsed["malformed"].notna()]
    good = parsed[parsed["malformed"].isna()]
    requests = len(good)
    status = good["status"].astype(int)
    errors = int((status >= 400).sum())
    latency = good["duration_ms"].to_numpy(dtype=float)
    answered = good[good["status"] == 200]
    answers = [a for a in answered["answer"] if a is not None]
    without_sources = sum(1 for s in answered["sources"] if not s)
    no_answer = sum(
        1 for a in answers if any(p in a.casefold() for p in settings.no_answer_phrases)
    )
    sample = quality_sample(answered, start, settings)
    outputs = [
        {"answer": a or "", "sources": s or []}
        for a, s in zip(sample["answer"], sample["sources"], strict=True)
    ]

    def percentile(q: float) -> float | None:
        return float(np.percentile(latency, q)) if requests else None

    metrics = {
        "window": window,
        "window_start": start.to_pydatetime(),
        "window_end": (start + SPANS[window]).to_pydatetime(),
        "requests": requests,
        "deployment_check_requests": len(everything) - len(parsed),
        "errors": errors,
        "error_rate": _share(errors, requests),
        "server_error_rate": _share(int((status >= 500).sum()), requests),
        "status_counts": json.dumps(
            {str(code): count for code, count in sorted(Counter(status.tolist()).items())}
        ),
        "latency_p50_ms": percentile(50),
        "latency_p95_ms": percentile(95),
        "latency_p99_ms": percentile(99),
        "latency_mean_ms": float(latency.mean()) if requests else None,
        "input_tokens": int(good["input_tokens"].sum()),
        "output_tokens": int(good["output_tokens"].sum()),
        "input_tokens_per_request": _share(int(good["input_tokens"].sum()), requests),
        "output_tokens_per_request": _share(int(good["output_tokens"].sum()), requests),
        "token_source": "+".join(sorted(set(good["token_source"]))),
        "answers": len(answers),
        "answer_length": _mean([answer_length({"answer": a}) for a in answers]),
        "no_sources_share": _share(without_sources, len(answered)),
        "no_answer_share": _share(no_answer, len(answers)),
        "quality_sampled": len(outputs),
        "groundedness": _mean([groundedness(o) for o in outputs]),
        "retrieval_relevance": _mean(
            [
                retrieval_relevance(q, o["sources"])
                for q, o in zip(sample["question"], outputs, strict=True)
            ]
        ),
        **window_cost(good, SPANS[window] / pd.Timedelta(hours=1), settings.prices),
        "malformed_rows": len(malformed),
        "malformed_share": _share(len(malformed), len(parsed)),
        "malformed_reasons": json.dumps(dict(Counter(malformed["malformed"]))),
        "computed_at": datetime.now(UTC),
    }
    assert tuple(metrics) == METRIC_NAMES
    return metrics


def window_frame(group: pd.DataFrame, settings: MetricSettings) -> pd.DataFrame:
    """applyInPandas' function: a group's rows (with its `window` and `window_start` columns)
    to its one metrics row."""
    window = str(group["window"].iloc[0])
    metrics = window_metrics(group, window, utc(group["window_start"].iloc[0]), settings)
    frame = pd.DataFrame([metrics], columns=list(METRIC_NAMES))
    # Spark takes naive datetimes as UTC here: the job sets the session to UTC (task.py).
    for name in ("window_start", "window_end", "computed_at"):
        frame[name] = pd.to_datetime(frame[name], utc=True).dt.tz_localize(None)
    return frame


def compute_windows(
    rows: pd.DataFrame, windows: tuple[str, ...] | list[str], settings: MetricSettings
) -> pd.DataFrame:
    """Every window's metrics of the rows, in-process: the local path of the same computation.
    Rows without a readable request_time fit no window: count them with `unplaced`."""
    times = pd.to_datetime(rows.get("request_time"), utc=True, errors="coerce", format="ISO8601")
    placed = rows[times.notna().to_numpy()] if len(rows) else rows
    times = times[times.notna()]
    frames = []
    for window in windows:
        starts = window_start(times, window)
        for start, group in placed.groupby(starts.to_numpy(), sort=True):
            frames.append(window_metrics(group, window, utc(start), settings))
    return pd.DataFrame(frames, columns=list(METRIC_NAMES))


def unplaced(rows: pd.DataFrame) -> int:
    """Rows whose request_time is missing or unreadable: they belong to no window."""
    if "request_time" not in rows.columns:
        return len(rows)
    times = pd.to_datetime(rows["request_time"], utc=True, errors="coerce", format="ISO8601")
    return int(times.isna().sum())
