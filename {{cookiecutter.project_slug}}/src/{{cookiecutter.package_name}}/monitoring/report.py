"""The local monitoring report: a Markdown summary with the thresholds' verdicts, and PNG plots.

Plots (matplotlib, drawn off-screen): requests and errors per hour, the latency distribution and
its percentiles per hour, tokens per request, and the quality scores per hour.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..text import format_number
from .schema import DEPLOYMENT_CHECK_PREFIX
from .thresholds import BREACH, Verdict

PLOTS = {
    "requests_errors.png": "Requests and errors per hour",
    "latency.png": "Latency: distribution and percentiles per hour",
    "tokens.png": "Tokens per request",
    "quality.png": "Quality scores per hour",
}


@dataclass(frozen=True)
class ReportInputs:
    metrics: pd.DataFrame
    # Every well-formed request of users, parsed (rows.parse_rows, rows.user_rows): what the
    # distributions are drawn from.
    requests: pd.DataFrame
    verdicts: list[Verdict]
    source: str
    unreadable_lines: int
    unplaced_rows: int
    # Shown first, in bold (thresholds.unjudged_cost_warning).
    warnings: list[str] = field(default_factory=list)


def _table(frame: pd.DataFrame, columns: list[str]) -> list[str]:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for _, row in frame.iterrows():
        cells = []
        for name in columns:
            value = row[name]
            if isinstance(value, float):
                cells.append("n/a" if pd.isna(value) else f"{value:.3g}")
            elif isinstance(value, pd.Timestamp):
                cells.append(value.strftime("%Y-%m-%d %H:%M"))
            else:
                cells.append(str(value))
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _total(days: pd.DataFrame, column: str) -> int:
    return int(days[column].sum()) if len(days) else 0


def summary_markdown(inputs: ReportInputs) -> str:
    broken = [v for v in inputs.verdicts if v.status == BREACH]
    verdict = (
        f"**{len(broken)} threshold(s) breached**"
        if broken
        else ("**every threshold passes**" if inputs.verdicts else "**nothing judged**")
    )
    days = inputs.metrics[inputs.metrics["window"] == "day"]
    lines = [
        "# Monitoring report",
        "",
        f"Source: `{inputs.source}`. Verdict: {verdict}.",
        "",
        *[f"**{warning}**\n" for warning in inputs.warnings],
        f"Requests: {_total(days, 'requests')}; malformed rows: "
        f"{_total(days, 'malformed_rows')} in windows, "
        f"{inputs.unplaced_rows} without a readable time, {inputs.unreadable_lines} unreadable "
        "lines (each counted, none fatal).",
        "",
        f"Deployment checks: {_total(days, 'deployment_check_requests')} requests of task 4's "
        "smoke tests and latency runs (`client_request_id` starting with "
        f"`{DEPLOYMENT_CHECK_PREFIX}`), left out of every other figure.",
        "",
        "## Thresholds",
        "",
    ]
    if inputs.verdicts:
        lines += ["| metric | window | value | bound | verdict |", "|---|---|---:|---|---|"]
        for v in inputs.verdicts:
            shown = "n/a" if v.value is None else format_number(v.value)
            mark = "**BREACH**" if v.status == BREACH else v.status
            lines.append(f"| {v.metric} | {v.window_start} | {shown} | {v.bound} | {mark} |")
    else:
        lines.append("No window had enough requests to be judged (`thresholds.min_requests`).")
    lines += ["", "## Days", ""]
    lines += _table(
        days,
        [
            "window_start",
            "requests",
            "deployment_check_requests",
            "error_rate",
            "latency_p50_ms",
            "latency_p95_ms",
            "latency_p99_ms",
            "input_tokens_per_request",
            "output_tokens_per_request",
            "no_sources_share",
            "no_answer_share",
            "groundedness",
            "retrieval_relevance",
            "cost_usd",
            "cost_per_request_usd",
            "malformed_rows",
        ],
    )
    if len(days):
        sources = ", ".join(sorted(set(days["token_source"]) - {""}))
        lines += ["", f"Token counts from: {sources or 'no request'} (docs/monitoring.md)."]
    lines += cost_notes(inputs.metrics)
    lines += ["", "## Plots", ""]
    lines += [f"![{title}]({name})" for name, title in PLOTS.items()]
    return "\n".join(lines) + "\n"


def cost_notes(metrics: pd.DataFrame) -> list[str]:
    """What the cost columns are, and every figure the price table leaves unknown: a window
    whose cost needs one shows n/a, and its daily-cost threshold is not judged."""
    lines = [
        "",
        "Cost: estimated from each window's tokens at the prices of config/costs.yml plus the "
        "endpoints' fixed cost for the window's hours (docs/cost-analysis.md); cost per request "
        "is the window's cost over its requests.",
    ]
    unpriced = sorted({note for text in metrics["cost_unpriced"] for note in json.loads(text)})
    if unpriced:
        lines += [
            "",
            "**Unpriced**: the price table has no value for the figures below, so `cost_usd` is "
            "n/a and `max_daily_cost_usd` is not judged (never counted as 0):",
            "",
        ]
        lines += [f"- {note}" for note in unpriced]
    return lines


def _hours(metrics: pd.DataFrame) -> pd.DataFrame:
    return metrics[metrics["window"] == "hour"].sort_values("window_start")


def _time_axis(ax, hours: pd.DataFrame) -> None:
    """Half an hour of margin around the hours shown: matplotlib's default around a single
    point spans years."""
    from matplotlib import dates

    if len(hours):
        margin = pd.Timedelta(minutes=30)
        ax.set_xlim(hours["window_start"].min() - margin, hours["window_start"].max() + margin)
    ax.xaxis.set_major_formatter(dates.DateFormatter("%m-%d %H:%M"))


def _plot_requests(ax, hours: pd.DataFrame) -> None:
    width = pd.Timedelta(minutes=40)
    ax.bar(hours["window_start"], hours["requests"], width=width, align="edge", label="requests")
    ax.bar(
        hours["window_start"],
        hours["errors"],
        width=width,
        align="edge",
        color="tab:red",
        label="errors",
    )
    ax.set_ylabel("requests per hour")
    _time_axis(ax, hours)
    ax.legend()


def _plot_latency(axes, hours: pd.DataFrame, requests: pd.DataFrame) -> None:
    left, right = axes
    left.hist(requests["duration_ms"], bins=30, color="tab:blue")
    left.set_xlabel("execution_duration_ms")
    left.set_ylabel("requests")
    for name, style in (("latency_p50_ms", "-"), ("latency_p95_ms", "--"), ("latency_p99_ms", ":")):
        right.plot(hours["window_start"], hours[name], style, marker="o", label=name)
    right.set_ylabel("ms")
    _time_axis(right, hours)
    right.legend()


def _plot_tokens(ax, requests: pd.DataFrame) -> None:
    ax.hist(
        [requests["input_tokens"], requests["output_tokens"]],
        bins=30,
        label=["input tokens", "output tokens"],
    )
    ax.set_xlabel("tokens per request")
    ax.set_ylabel("requests")
    ax.legend()


def _plot_quality(ax, hours: pd.DataFrame) -> None:
    for name in ("groundedness", "retrieval_relevance", "no_answer_share", "no_sources_share"):
        ax.plot(hours["window_start"], hours[name], marker="o", label=name)
    ax.set_ylim(-0.05, 1.05)
    ax.set_ylabel("share / score")
    _time_axis(ax, hours)
    ax.legend()


def write_plots(inputs: ReportInputs, output: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")  # files only: no display on servers and CI
    from matplotlib import pyplot as plt

    hours = _hours(inputs.metrics)
    written = []
    drawers = {
        "requests_errors.png": (1, lambda axes: _plot_requests(axes, hours)),
        "latency.png": (2, lambda axes: _plot_latency(axes, hours, inputs.requests)),
        "tokens.png": (1, lambda axes: _plot_tokens(axes, inputs.requests)),
        "quality.png": (1, lambda axes: _plot_quality(axes, hours)),
    }
    for name, (panels, draw) in drawers.items():
        figure, axes = plt.subplots(1, panels, figsize=(6 * panels, 4))
        draw(axes)
        figure.suptitle(PLOTS[name])
        figure.autofmt_xdate()
        figure.tight_layout()
        figure.savefig(output / name, dpi=80)
        plt.close(figure)
        written.append(output / name)
    return written


def write_report(inputs: ReportInputs, output: Path) -> Path:
    """summary.md and the plots in `output`; the summary's path."""
    output.mkdir(parents=True, exist_ok=True)
    write_plots(inputs, output)
    inputs.metrics.to_csv(output / "metrics.csv", index=False)
    summary = output / "summary.md"
    summary.write_text(summary_markdown(inputs))
    return summary
