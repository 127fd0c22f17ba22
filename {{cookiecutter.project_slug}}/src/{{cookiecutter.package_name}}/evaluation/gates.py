"""The gates of config/evaluation.yml, loaded into a typed model, and their verdicts.

Every key of the file is required: the shipped file is the one place its values are written.
"""

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError

from ..errors import ConfigError

JUDGES = {
    "correctness": "Correctness",
    "retrieval_groundedness": "RetrievalGroundedness",
    "relevance_to_query": "RelevanceToQuery",
    "safety": "Safety",
    "retrieval_relevance": "RetrievalRelevance",
    "retrieval_sufficiency": "RetrievalSufficiency",
}
GATE_KEYS = ("max", "max_drop", "max_increase_ratio", "min")
Rule = Literal["min", "max", "max_drop", "max_increase_ratio"]


class EvaluationConfigError(ConfigError):
    pass


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _whole_number(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"must be a whole number >= 1, got {value!r}")
    return value


def _gate(rules: Any) -> dict[str, float]:
    if (
        not isinstance(rules, dict)
        or not rules
        or set(rules) - set(GATE_KEYS)
        or not all(_is_number(limit) for limit in rules.values())
    ):
        raise ValueError(f"must map some of {', '.join(GATE_KEYS)} to numbers, got {rules!r}")
    return rules


WholeNumber = Annotated[int, BeforeValidator(_whole_number)]
Gate = Annotated[dict[Rule, float], BeforeValidator(_gate)]


class EvaluationFile(BaseModel):
    """config/evaluation.yml as written."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    retrieval_k: WholeNumber
    # Questions evaluated at once where a remote chat endpoint does the work.
    parallel_requests: WholeNumber
    gates: dict[str, Gate]
    judges: list[str]
    judge_gates: dict[str, Gate]


def _message(error: dict) -> str:
    where = [str(part) for part in error["loc"]]
    text = error["msg"].removeprefix("Value error, ")
    if error["type"] == "missing":
        return f"{where[0]} is missing: every key of the shipped file is required"
    if error["type"] == "extra_forbidden":
        return f"unknown key {where[0]!r}: use {', '.join(EvaluationFile.model_fields)}"
    if len(where) >= 2 and where[0] in ("gates", "judge_gates"):
        return f"gate {where[1]!r} {text}"
    return f"{'.'.join(where)} {text}"


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
        if not path.is_file():
            raise EvaluationConfigError(f"evaluation configuration {path} does not exist")
        try:
            config = yaml.safe_load(path.read_text()) or {}
        except yaml.YAMLError as error:
            raise EvaluationConfigError(f"{path} is not valid YAML: {error}") from error
        if not isinstance(config, dict):
            raise EvaluationConfigError(
                f"{path} must be a mapping ({', '.join(EvaluationFile.model_fields)}), "
                f"not a {type(config).__name__}"
            )
        problems = []
        unknown = [name for name in config.get("judges") or () if name not in JUDGES]
        if with_judges and unknown:
            problems.append(f"unknown judges {', '.join(unknown)}; known: {', '.join(JUDGES)}")
        try:
            loaded = EvaluationFile.model_validate(config)
        except ValidationError as error:
            problems += [_message(detail) for detail in error.errors()]
        if problems:
            raise EvaluationConfigError(f"{path}: {'; '.join(problems)}")
        judges = tuple(loaded.judges) if with_judges else ()
        gates = dict(loaded.gates)
        gates.update(
            {name: loaded.judge_gates[name] for name in judges if name in loaded.judge_gates}
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


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.0f}" if abs(value) >= 1000 else f"{value:.4g}"


def check_gates(
    candidate: dict[str, float], serving: dict[str, float] | None, gates: dict[str, dict]
) -> list[GateResult]:
    """Every gate's verdict: thresholds on the candidate, regressions against the serving one."""
    results = []
    for metric, rules in gates.items():
        value = candidate.get(metric)
        baseline = None if serving is None else serving.get(metric)
        for rule, limit in rules.items():
            if rule in ("max_drop", "max_increase_ratio") and baseline is None:
                results.append(
                    GateResult(metric, rule, value, None, True, "no serving version to compare")
                )
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
