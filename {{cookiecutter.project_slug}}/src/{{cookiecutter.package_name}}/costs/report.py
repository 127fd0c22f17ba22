"""The cost report: a Markdown table and a PNG chart of the monthly projection by component."""

from pathlib import Path

from .estimate import DAYS_PER_MONTH, Estimate
from .prices import PriceTable

CHART = "cost_projection.png"


def _money(value: float | None) -> str:
    return "unpriced" if value is None else f"${value:,.6f}" if value < 0.01 else f"${value:,.2f}"


def _unit_price(price: float | None, unit: str) -> str:
    if price is None:
        return "unpriced"
    if unit == "tokens":
        return f"${price * 1_000_000:.3g}/1M tokens"
    return f"${price:.3g}/{unit.removesuffix('s')}"


def summary_markdown(estimate: Estimate, prices: PriceTable, source: str) -> str:
    rate = f"{estimate.requests_per_day:,.1f} requests/day ({estimate.rate_source}" + (
        f": {estimate.requests} answered requests over {estimate.days_observed} day(s))"
        if estimate.rate_source == "observed"
        else ")"
    )
    lines = [
        "# Cost estimate",
        "",
        f"Source: `{source}`. Prices: config/costs.yml (cloud {prices.cloud}). Rate: {rate}.",
        "",
        "| component | basis | quantity | unit price | cost | per month |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for line in estimate.lines:
        price = _unit_price(line.unit_price, line.unit)
        lines.append(
            f"| {line.component} | {line.basis} | {line.quantity:,.1f} {line.unit} | {price} | "
            f"{_money(line.cost)} | {_money(estimate.monthly_of(line))} |"
        )
    lines += [
        "",
        f"- Cost per request (priced parts): {_money(estimate.per_request)}",
        f"- Fixed costs per day (priced parts): {_money(estimate.fixed_per_day)}",
        f"- Monthly projection ({DAYS_PER_MONTH} days): {_money(estimate.monthly)}",
    ]
    if estimate.unpriced:
        lines += ["", "Unpriced (left out of the totals above; see docs/cost-analysis.md):", ""]
        lines += [f"- {line.component}: {line.note}" for line in estimate.unpriced]
    lines += ["", f"![Monthly projection by component]({CHART})", ""]
    return "\n".join(lines)


def write_chart(estimate: Estimate, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [line.component for line in estimate.lines]
    values = [estimate.monthly_of(line) or 0.0 for line in estimate.lines]
    colors = ["#bbbbbb" if line.cost is None else "#3b75af" for line in estimate.lines]
    figure, axes = plt.subplots(figsize=(10, 0.6 * len(names) + 1.8))
    bars = axes.barh(names, values, color=colors)
    # Per-request lines are cents next to the fixed costs' dollars: each bar says its amount.
    axes.bar_label(
        bars,
        labels=[_money(estimate.monthly_of(line)) for line in estimate.lines],
        padding=3,
        fontsize=8,
    )
    axes.margins(x=0.2)
    axes.invert_yaxis()
    axes.set_xlabel(f"dollars per month ({estimate.requests_per_day:,.1f} requests/day)")
    axes.set_title("Monthly cost by component (grey: unpriced)", loc="left")
    priced_parts = " (priced parts)" if estimate.unpriced else ""
    figure.suptitle(
        f"Projection: {_money(estimate.monthly)} a month{priced_parts}", x=0.01, ha="left"
    )
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


def write_report(estimate: Estimate, prices: PriceTable, source: str, output: Path) -> Path:
    output.mkdir(parents=True, exist_ok=True)
    write_chart(estimate, output / CHART)
    summary = output / "cost.md"
    summary.write_text(summary_markdown(estimate, prices, source))
    return summary
