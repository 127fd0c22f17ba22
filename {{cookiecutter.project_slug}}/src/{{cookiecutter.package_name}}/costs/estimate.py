"""The per-request cost estimate from tokens, the fixed costs, and a monthly projection.

Per answered request: the question's tokens at the embedding endpoint's input price, the chat
model's prompt (the endpoint's input plus the retrieved passages it is given) at the chat
endpoint's input price, the answer at its output price. Tokens are `text.count_tokens` estimates
(or the logged counts), not the endpoints' tokenizers. Fixed per day: the serving endpoint's DBUs
for the hours it is up, and the Vector Search endpoint's units, at the cloud's dollars per DBU.
A figure the price table leaves unknown makes its line unpriced (reported, never counted as 0).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
from pydantic import TypeAdapter

from ..parameters import TrueOrFalse
from ..text import count_tokens
from .prices import Figure, PriceTable, PriceTableError

DAYS_PER_MONTH = 30
PER_REQUEST, PER_DAY = "per request", "per day"


@dataclass(frozen=True)
class Endpoints:
    """What the job parameters say the project runs (resources/model_resources.yml)."""

    embedding_endpoint: str
    llm_endpoint: str
    serving_workload_size: str
    serving_scale_to_zero: bool

    @classmethod
    def from_parameters(cls, get: Callable[[str], Any]) -> "Endpoints":
        """From the job parameters of these names: `get` returns a job's declared values (text)
        or a parsed parameters object's (`serving_scale_to_zero` already a bool)."""
        return cls(
            embedding_endpoint=get("embedding_endpoint"),
            llm_endpoint=get("llm_endpoint"),
            serving_workload_size=get("serving_workload_size"),
            serving_scale_to_zero=TypeAdapter(TrueOrFalse).validate_python(
                get("serving_scale_to_zero")
            ),
        )


@dataclass(frozen=True)
class Line:
    component: str
    basis: str  # PER_REQUEST or PER_DAY
    quantity: float
    unit: str
    unit_price: float | None
    note: str = ""

    @property
    def cost(self) -> float | None:
        return None if self.unit_price is None else self.quantity * self.unit_price


@dataclass(frozen=True)
class Estimate:
    requests: int
    days_observed: int
    requests_per_day: float
    rate_source: str  # "observed" or "given"
    lines: tuple[Line, ...]

    def _sum(self, basis: str) -> float:
        return sum(line.cost or 0.0 for line in self.lines if line.basis == basis)

    @property
    def per_request(self) -> float:
        return self._sum(PER_REQUEST)

    @property
    def fixed_per_day(self) -> float:
        return self._sum(PER_DAY)

    @property
    def per_day(self) -> float:
        return self.requests_per_day * self.per_request + self.fixed_per_day

    @property
    def monthly(self) -> float:
        return DAYS_PER_MONTH * self.per_day

    def monthly_of(self, line: Line) -> float | None:
        if line.cost is None:
            return None
        daily = line.cost * (self.requests_per_day if line.basis == PER_REQUEST else 1.0)
        return DAYS_PER_MONTH * daily

    @property
    def unpriced(self) -> list[Line]:
        return [line for line in self.lines if line.unit_price is None]


def request_tokens(parsed: pd.DataFrame) -> pd.DataFrame:
    """Per answered request (status 200): embedding, chat input and chat output tokens."""
    answered = parsed[(parsed["malformed"].isna()) & (parsed["status"] == 200)]
    passages = [
        sum(count_tokens(s.get("text") or "") for s in (sources or []))
        for sources in answered["sources"]
    ]
    return pd.DataFrame(
        {
            "embedding_tokens": [count_tokens(q or "") for q in answered["question"]],
            "chat_input_tokens": answered["input_tokens"].to_numpy() + passages,
            "chat_output_tokens": answered["output_tokens"].to_numpy(),
        },
        index=answered.index,
    )


def per_token_price(figure: Figure) -> float | None:
    return None if figure.value is None else figure.value / 1_000_000


def _why(figure: Figure) -> str:
    return "" if figure.value is not None else figure.note


def _dollars(dbu: Figure, dollars: Figure) -> float | None:
    if dbu.value is None or dollars.value is None:
        return None
    return dbu.value * dollars.value


def fixed_lines(prices: PriceTable, endpoints: Endpoints) -> list[Line]:
    serving = prices.fixed.serving_endpoint
    size = endpoints.serving_workload_size
    if size not in serving.dbu_per_hour:
        raise PriceTableError(
            f"config/costs.yml: fixed.serving_endpoint.dbu_per_hour.{size} is missing: the "
            "endpoint is deployed with this serving_workload_size"
        )
    hours = (
        serving.hours_per_day_scale_to_zero
        if endpoints.serving_scale_to_zero
        else serving.hours_per_day_always_on
    )
    serving_dbu = serving.dbu_per_hour[size]
    serving_rate = getattr(prices.dollars_per_dbu.model_serving, prices.cloud)
    vector = prices.fixed.vector_search_endpoint
    vector_rate = getattr(prices.dollars_per_dbu.vector_search, prices.cloud)
    mode = "scale to zero" if endpoints.serving_scale_to_zero else "always on"
    return [
        Line(
            f"serving endpoint ({size}, {mode})",
            PER_DAY,
            hours,
            "hours",
            _dollars(serving_dbu, serving_rate),
            _why(serving_dbu) or _why(serving_rate),
        ),
        Line(
            f"Vector Search endpoint ({vector.units} unit(s))",
            PER_DAY,
            24.0 * vector.units,
            "unit-hours",
            _dollars(vector.dbu_per_unit_hour, vector_rate),
            _why(vector.dbu_per_unit_hour) or _why(vector_rate),
        ),
    ]


def observed_rate(parsed: pd.DataFrame) -> tuple[float, int]:
    """(requests per day, days): the well-formed requests over the calendar days (UTC) that had
    any, so a burst of a few dozen in one afternoon counts as one day's traffic."""
    good = parsed[parsed["malformed"].isna()]
    days = int(good["time"].dt.floor("D").nunique()) if len(good) else 0
    return (len(good) / days if days else 0.0), days


def estimate(
    parsed: pd.DataFrame,
    prices: PriceTable,
    endpoints: Endpoints,
    requests_per_day: float | None = None,
) -> Estimate:
    """The estimate of the parsed inference rows (monitoring/rows.parse_rows)."""
    embedding = prices.tokens(endpoints.embedding_endpoint)
    chat = prices.tokens(endpoints.llm_endpoint)
    tokens = request_tokens(parsed)
    mean = {name: float(tokens[name].mean()) if len(tokens) else 0.0 for name in tokens.columns}
    lines = [
        Line(
            f"embedding of the question ({endpoints.embedding_endpoint})",
            PER_REQUEST,
            mean["embedding_tokens"],
            "tokens",
            per_token_price(embedding.input_per_million),
            _why(embedding.input_per_million),
        ),
        Line(
            f"chat prompt with passages ({endpoints.llm_endpoint})",
            PER_REQUEST,
            mean["chat_input_tokens"],
            "tokens",
            per_token_price(chat.input_per_million),
            _why(chat.input_per_million),
        ),
        Line(
            f"chat answer ({endpoints.llm_endpoint})",
            PER_REQUEST,
            mean["chat_output_tokens"],
            "tokens",
            per_token_price(chat.output_per_million),
            _why(chat.output_per_million),
        ),
        *fixed_lines(prices, endpoints),
    ]
    observed, days = observed_rate(parsed)
    given = requests_per_day is not None
    return Estimate(
        requests=len(tokens),
        days_observed=days,
        requests_per_day=float(requests_per_day) if given else observed,
        rate_source="given" if given else "observed",
        lines=tuple(lines),
    )
