"""The estimated cost of one monitoring window, with the figures `cost` uses (estimate.py).

Tokens: every answered request of the window at the per-token prices of the embedding and chat
endpoints (`request_tokens`: the question embedded, the prompt with its passages, the answer).
Fixed: the serving and Vector Search endpoints' cost per day (`fixed_lines`), spread evenly over
the day's hours, for the window's hours. A figure the price table leaves unknown (`value: null`)
makes its part unknown: the window's cost is then None and `cost_unpriced` names the missing
figures, never a 0 that would look like a price.
"""

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..local.bundle import load_job
from .estimate import Endpoints, fixed_lines, per_token_price, request_tokens
from .prices import PriceTable, read_price_table


@dataclass(frozen=True)
class WindowPrices:
    """Dollars per token of each priced call and the fixed dollars per hour (None where unknown),
    and the unknown figures with the price table's note. Picklable: Spark ships it to workers."""

    embedding_per_token: float | None
    chat_input_per_token: float | None
    chat_output_per_token: float | None
    fixed_per_hour: float | None
    unpriced: tuple[str, ...]

    @classmethod
    def from_table(cls, prices: PriceTable, endpoints: Endpoints) -> "WindowPrices":
        embedding = prices.tokens(endpoints.embedding_endpoint)
        chat = prices.tokens(endpoints.llm_endpoint)
        per_token = {
            f"embedding input ({endpoints.embedding_endpoint})": embedding.input_per_million,
            f"chat input ({endpoints.llm_endpoint})": chat.input_per_million,
            f"chat output ({endpoints.llm_endpoint})": chat.output_per_million,
        }
        fixed = fixed_lines(prices, endpoints)
        unpriced = [f"{name}: {f.note}" for name, f in per_token.items() if f.value is None]
        unpriced += [f"{line.component}: {line.note}" for line in fixed if line.cost is None]
        rates = [per_token_price(figure) for figure in per_token.values()]
        known_fixed = all(line.cost is not None for line in fixed)
        return cls(
            *rates,
            fixed_per_hour=sum(line.cost for line in fixed) / 24 if known_fixed else None,
            unpriced=tuple(unpriced),
        )


def window_cost(parsed: pd.DataFrame, hours: float, prices: WindowPrices) -> dict:
    """The cost columns of a window from its parsed, well-formed rows (monitoring/rows.py):
    token_cost_usd, fixed_cost_usd, cost_usd (their sum), cost_per_request_usd (cost_usd over
    every request of the window, failed ones included) and cost_unpriced (JSON list)."""
    tokens = request_tokens(parsed)
    rates = {
        "embedding_tokens": prices.embedding_per_token,
        "chat_input_tokens": prices.chat_input_per_token,
        "chat_output_tokens": prices.chat_output_per_token,
    }
    token_cost = (
        None
        if None in rates.values()
        else float(sum(int(tokens[name].sum()) * rate for name, rate in rates.items()))
    )
    fixed = None if prices.fixed_per_hour is None else prices.fixed_per_hour * hours
    total = None if token_cost is None or fixed is None else token_cost + fixed
    requests = len(parsed)
    return {
        "token_cost_usd": token_cost,
        "fixed_cost_usd": fixed,
        "cost_usd": total,
        "cost_per_request_usd": total / requests if total is not None and requests else None,
        "cost_unpriced": json.dumps(list(prices.unpriced)),
    }


def project_window_prices(root: Path) -> WindowPrices:
    """The local project's prices: config/costs.yml for the endpoints of the bundle's job."""
    endpoints = Endpoints.from_parameters(load_job(root).parameters.__getitem__)
    return WindowPrices.from_table(read_price_table(root / "config" / "costs.yml"), endpoints)
