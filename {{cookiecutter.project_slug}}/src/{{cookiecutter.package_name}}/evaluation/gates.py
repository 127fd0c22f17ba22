"""The gates of config/evaluation.yml, loaded into a typed model, and their verdicts.

Every key of the file is required: the shipped file is the one place its values are written.
"""

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..config_files import ConfigFileError, read_mapping, validate
from ..text import format_number
from .scores import METRICS

JUDGES = {
    "correctness": "Correctness",
    "retrieval_groundedness": "RetrievalGroundedness",
    "relevance_to_query": "RelevanceToQuery",
    "safety": "Safety",
    "retrieval_relevance": "RetrievalRelevance",
    "retrieval_sufficiency": "RetrievalSufficiency",
}
Judge = Literal[tuple(JUDGES)]
# A misspelt metric would otherwise fail every evaluation as "metric not computed".
Metric = Literal[METRICS]


class EvaluationConfigError(ConfigFileError):
    pass


class _Strict(BaseModel):
    # `min: "0.4"` or `retrieval_k: true` is a mistake to point at, not a value to convert.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Gate(_Strict):
    """The rules on one metric; at least one."""

    min: float | None = None
    max: float | None = None
    max_drop: float | None = None
    max_increase_ratio: float | None = None

    @model_validator(mode="after")
    def _some_rule(self) -> "Gate":
        if not self.rules():
            raise ValueError(f"a gate needs at least one of {', '.join(Gate.model_fields)}")
        return self

    def rules(self) -> dict[str, float]:
        return self.model_dump(exclude_none=True)


WholeNumber = Annotated[int, Field(ge=1)]


class EvaluationFile(_Strict):
    """config/evaluation.yml as written. `gates: {}` (no gate at all) must be written out."""

    retrieval_k: WholeNumber
    # Questions evaluated at once where a remote chat endpoint does the work.
    parallel_requests: WholeNumber
    gates: dict[Metric, Gate]
    judges: list[Judge]
    judge_gates: dict[Judge, Gate]


@dataclass(frozen=True)
class EvaluationSettings:
    retrieval_k: int
    gates: dict[str, dict]
    judges: tuple[str, ...]
    parallel_requests: int

    @classmethod
    def load(cls, path: Path, with_judges: bool) -> "EvaluationSettings":
        """The settings of `path`; judges (and their gates) only `with_judges`, and questions one
        at a time without them (the offline chain is CPU-bound: threads only slow each other)."""
        data = read_mapping(path, EvaluationConfigError)
        loaded = validate(EvaluationFile, data, path, EvaluationConfigError)
        judges = tuple(loaded.judges) if with_judges else ()
        gates = {metric: gate.rules() for metric, gate in loaded.gates.items()}
        gates.update(
            {
                name: loaded.judge_gates[name].rules()
                for name in judges
                if name in loaded.judge_gates
            }
        )
        return cls(
            loaded.retrieval_k,
            gates,
            judges,
            loaded.parallel_requests if with_judges else 1,
        )


@dataclass(frozen=True)
class GateResult:
    metric: str
    rule: str
    value: float | None
    limit: float | None
    passed: bool
    detail: str


NO_SERVING_VERSION = "no serving version to compare"
# The full evaluation and an unchanged re-run evaluate the version that already serves.
CANDIDATE_SERVES = "the candidate is the serving version: nothing to compare"


def check_gates(
    candidate: dict[str, float],
    serving: dict[str, float] | None,
    gates: dict[str, dict],
    no_baseline: str = NO_SERVING_VERSION,
) -> list[GateResult]:
    """Every gate's verdict: thresholds on the candidate, regressions against the serving one
    (passed with `no_baseline` as their detail when there is none to compare with)."""
    results = []
    for metric, rules in gates.items():
        value = candidate.get(metric)
        baseline = None if serving is None else serving.get(metric)
        for rule, limit in rules.items():
            if rule in ("max_drop", "max_increase_ratio") and baseline is None:
                results.append(GateResult(metric, rule, value, None, True, no_baseline))
                continue
            if value is None or (isinstance(value, float) and math.isnan(value)):
                results.append(GateResult(metric, rule, None, limit, False, "metric not computed"))
                continue
            if rule == "min":
                bound, passed = limit, value >= limit
            elif rule == "max":
                bound, passed = limit, value <= limit
            elif rule == "max_drop":
                bound = baseline - limit
                passed = value >= bound
            else:
                bound = baseline * limit
                passed = value <= bound
            detail = "ok" if passed else f"off by {format_number(abs(value - bound))}"
            if rule in ("max_drop", "max_increase_ratio"):
                detail += f" (serving: {format_number(baseline)})"
            results.append(GateResult(metric, rule, value, bound, passed, detail))
    return results
