"""config/monitoring.yml read into a typed model: every key required, no other key, and a
refusal that names the file and the key (config_files.py)."""

from pathlib import Path
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from ..config_files import ConfigFileError, read_mapping, validate
from .schema import JUDGED_METRICS, WINDOWS

Window = Literal[WINDOWS]
Metric = Literal[JUDGED_METRICS]
Share = Annotated[float, Field(ge=0.0, le=1.0)]
Phrase = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# The built-in judges a production trace can be scored by: correctness needs expectations,
# which live traffic has none of (mlflow/genai/scorers/builtin_scorers.py).
PRODUCTION_JUDGES = {
    "safety": "Safety",
    "relevance_to_query": "RelevanceToQuery",
    "retrieval_groundedness": "RetrievalGroundedness",
    "retrieval_relevance": "RetrievalRelevance",
    "retrieval_sufficiency": "RetrievalSufficiency",
}
CODE_SCORERS = ("groundedness", "answer_length", "retrieval_relevance")


class MonitoringConfigError(ConfigFileError):
    pass


class _Strict(BaseModel):
    # `max: "0.1"` is a mistake to point at, not a value to convert.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Bound(_Strict):
    min: float | None = None
    max: float | None = None

    @model_validator(mode="after")
    def _one_bound(self) -> Self:
        if self.min is None and self.max is None:
            raise ValueError("give min, max or both")
        return self


class QualitySample(_Strict):
    sample_rate: Annotated[float, Field(gt=0.0, le=1.0)]
    max_rows: Annotated[int, Field(ge=1)]
    seed: int


class Thresholds(_Strict):
    window: Window
    min_requests: Annotated[int, Field(ge=1)]
    metrics: dict[Metric, Bound]
    # Judged on every `day` window (every day with a logged request), min_requests aside.
    max_daily_cost_usd: Annotated[float, Field(gt=0.0)] | None


class Production(_Strict):
    code_scorers: list[Literal[CODE_SCORERS]]
    code_scorer_sample_rate: Share
    judges: list[Literal[tuple(PRODUCTION_JUDGES)]]
    judge_sample_rate: Share
    filter_string: str


class PostDeployment(_Strict):
    """Task 4's latency run after the traffic switch (deployment/latency.py)."""

    requests: Annotated[int, Field(ge=1)]
    timeout_seconds: Annotated[int, Field(ge=1)]


class MonitoringConfig(_Strict):
    """config/monitoring.yml as written."""

    windows: Annotated[list[Window], Field(min_length=1)]
    no_answer_phrases: Annotated[list[Phrase], Field(min_length=1)]
    quality_sample: QualitySample
    thresholds: Thresholds
    production: Production
    post_deployment: PostDeployment

    @model_validator(mode="after")
    def _judged_window_is_computed(self) -> Self:
        if self.thresholds.window not in self.windows:
            raise ValueError(
                f"thresholds.window {self.thresholds.window!r} is not one of windows "
                f"{self.windows}: the thresholds would judge nothing"
            )
        if self.thresholds.max_daily_cost_usd is not None and "day" not in self.windows:
            raise ValueError(
                "thresholds.max_daily_cost_usd judges day windows: add day to windows, or set "
                "it to null"
            )
        return self


def read_monitoring_config(path: Path) -> MonitoringConfig:
    """config/monitoring.yml, checked key by key."""
    return validate(
        MonitoringConfig, read_mapping(path, MonitoringConfigError), path, MonitoringConfigError
    )
