"""config/costs.yml read into a typed model: every figure with its date and source, and a
refusal that names the file and the key (config_files.py)."""

from datetime import date
from pathlib import Path
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..config_files import ConfigFileError, read_mapping, validate

Cloud = Literal["aws", "azure", "gcp"]
WorkloadSize = Literal["Small", "Medium", "Large"]


class PriceTableError(ConfigFileError):
    pass


class _Strict(BaseModel):
    # `value: "0.5"` is a mistake to point at, not a price to convert.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Figure(_Strict):
    """One price: its value (None where no source gave one), when and where it was read."""

    value: Annotated[float, Field(ge=0.0)] | None
    date: date
    source: Annotated[str, Field(pattern=r"^https://")]
    note: str = ""

    @model_validator(mode="after")
    def _unknown_says_why(self) -> Self:
        if self.value is None and not self.note.strip():
            raise ValueError("a figure without a value needs a note saying why")
        return self


class PerCloud(_Strict):
    aws: Figure
    azure: Figure
    gcp: Figure


class DollarsPerDbu(_Strict):
    model_serving: PerCloud
    vector_search: PerCloud


class TokenPrice(_Strict):
    input_per_million: Figure
    output_per_million: Figure


class ServingFixed(_Strict):
    dbu_per_hour: dict[WorkloadSize, Figure]
    hours_per_day_always_on: Annotated[float, Field(ge=0.0, le=24.0)]
    hours_per_day_scale_to_zero: Annotated[float, Field(ge=0.0, le=24.0)]


class VectorSearchFixed(_Strict):
    units: Annotated[int, Field(ge=1)]
    dbu_per_unit_hour: Figure


class Fixed(_Strict):
    serving_endpoint: ServingFixed
    vector_search_endpoint: VectorSearchFixed


class PriceTable(_Strict):
    """config/costs.yml as written."""

    cloud: Cloud
    dollars_per_dbu: DollarsPerDbu
    token_prices: dict[str, TokenPrice]
    fixed: Fixed

    def tokens(self, endpoint: str, path: Path | str = "config/costs.yml") -> TokenPrice:
        """The prices of a configured endpoint; an endpoint without an entry is refused."""
        if endpoint not in self.token_prices:
            raise PriceTableError(
                f"{path}: token_prices.{endpoint} is missing: the job calls this endpoint, so "
                f"the table needs its prices (known: {', '.join(self.token_prices) or 'none'})"
            )
        return self.token_prices[endpoint]


def read_price_table(path: Path) -> PriceTable:
    """config/costs.yml, checked key by key."""
    return validate(PriceTable, read_mapping(path, PriceTableError), path, PriceTableError)
