"""Each task's job parameters, declared once with their types and ranges.

A notebook reads its task's parameters with `<Model>.from_parameters(dbutils.widgets.get)`.
The job definitions (resources/*.yml) give every parameter its default; nothing here has one, so
the two cannot drift apart. Every bad value raises ParameterError naming the parameter.
"""

import dataclasses
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Self

from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)
from pydantic.dataclasses import dataclass
from pydantic_core import ErrorDetails

from .errors import ConfigError
from .ingestion.chunking import ChunkingSettings
from .names import index_full_name

# Model Serving resolves these references itself; a literal value would be readable by anyone who
# can read the endpoint's configuration.
SECRET_REFERENCE = re.compile(r"^\{\{secrets/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+\}\}$")
ENVIRONMENT_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
ENDPOINT_NAME = re.compile(r"^[A-Za-z0-9_-]{1,63}$")


class ParameterError(ConfigError):
    """A job parameter is missing or wrong; the message names it and says what it takes."""


def _endpoint_name(value: str) -> str:
    if not ENDPOINT_NAME.match(value):
        raise ValueError("use at most 63 letters, digits, '-' or '_'")
    return value


def _true_or_false(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise ValueError("use true or false")


def parse_environment_vars(text: str | dict) -> dict[str, str]:
    """The served model's environment: a JSON object whose values are all secret references."""
    try:
        variables = json.loads(text) if isinstance(text, str) else text
    except json.JSONDecodeError as error:
        raise ValueError(f"is not JSON: {error.msg}") from None
    if not isinstance(variables, dict):
        raise ValueError('must be a JSON object, e.g. {"A": "..."}')
    for name, value in variables.items():
        if not ENVIRONMENT_NAME.match(name):
            raise ValueError(f"{name!r} is not a variable name")
        if not isinstance(value, str) or not SECRET_REFERENCE.match(value):
            raise ValueError(
                f"{name} must be a secret reference "
                "{{secrets/<scope>/<key>}}, never a literal value"
            )
    return variables


# A parameter that must hold something; surrounding spaces never count.
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
OptionalText = Annotated[str, StringConstraints(strip_whitespace=True)]
File = Annotated[Path, BeforeValidator(lambda value: str(value).strip() or None)]
EndpointName = Annotated[Text, AfterValidator(_endpoint_name)]
TrueOrFalse = Annotated[bool, BeforeValidator(_true_or_false)]
EnvironmentVariables = Annotated[dict[str, str], BeforeValidator(parse_environment_vars)]


def _describe(error: ErrorDetails, raw: dict[str, Any]) -> str:
    if not error["loc"]:  # a rule across parameters says which ones itself
        return str(error.get("ctx", {}).get("error") or error["msg"])
    name = str(error["loc"][0])
    value = raw.get(name)
    context = error.get("ctx") or {}
    kind = error["type"]
    if kind in ("string_too_short", "path_type", "none_required") or (
        kind.endswith("_type") and not str(value or "").strip()
    ):
        return f"job parameter {name!r} is empty: give it a value (resources/*.yml sets each one)"
    if kind in ("int_parsing", "int_from_float"):
        return f"job parameter {name!r} must be a whole number, got {value!r}"
    if kind == "float_parsing":
        return f"job parameter {name!r} must be a number, got {value!r}"
    bounds = {
        "greater_than_equal": ("at least", "ge"),
        "greater_than": ("more than", "gt"),
        "less_than_equal": ("at most", "le"),
        "less_than": ("less than", "lt"),
    }
    if kind in bounds:
        words, key = bounds[kind]
        return f"job parameter {name!r} must be {words} {context[key]}, got {value!r}"
    if kind == "value_error":
        return f"job parameter {name!r}: {context['error']}"
    return f"job parameter {name!r} is {value!r}: {error['msg']}"


class TaskParameters:
    """The one reader of job parameters: every field is read, then all are checked at once."""

    @classmethod
    def from_parameters(cls, get: Callable[[str], str]) -> Self:
        raw = {}
        for field in dataclasses.fields(cls):
            try:
                raw[field.name] = get(field.name)
            except Exception as error:  # dbutils raises its own types for a missing widget
                raise ParameterError(
                    f"job parameter {field.name!r} is missing: run this notebook as a task of "
                    "the bundle's job (it defines every parameter) or create the widget"
                ) from error
        try:
            return cls(**raw)
        except ValidationError as error:
            problems = [_describe(detail, raw) for detail in error.errors()]
            raise ParameterError("; ".join(problems)) from None


# Frozen, and no field may be added by mistake.
_STRICT = ConfigDict(extra="forbid")


@dataclass(frozen=True, config=_STRICT)
class IngestionParameters(TaskParameters):
    """Task 1 (notebook 01)."""

    target: Text
    catalog: Text
    schema: Text
    source_path: Text
    chunk_table: Text
    documents_table: Text
    embedding_endpoint: EndpointName
    vector_search_endpoint: EndpointName
    vector_search_index: Text
    chunk_size_tokens: Annotated[int, Field(ge=16, le=8192)]
    chunk_overlap_tokens: Annotated[int, Field(ge=0, le=4096)]
    max_failure_ratio: Annotated[float, Field(ge=0.0, le=1.0)]
    index_sync_timeout_seconds: Annotated[int, Field(ge=1, le=86400)]

    @model_validator(mode="after")
    def _chunking_fits(self) -> Self:
        self.chunking  # noqa: B018 - raises ValueError when the overlap does not fit the size
        return self

    @property
    def chunking(self) -> ChunkingSettings:
        return ChunkingSettings(self.chunk_size_tokens, self.chunk_overlap_tokens)

    @property
    def staging_table(self) -> str:
        """Each run's parsed documents and chunks, without vectors, go to a table named from
        this (ingestion/scratch.py)."""
        return f"{self.chunk_table}_staging"

    @property
    def new_chunks_table(self) -> str:
        """Each run's added or re-embedded chunks, with their vectors, go to a table named from
        this (ingestion/scratch.py)."""
        return f"{self.chunk_table}_new"

    @property
    def index_full_name(self) -> str:
        return index_full_name(self.catalog, self.schema, self.vector_search_index)


@dataclass(frozen=True, config=_STRICT)
class ChainParameters(TaskParameters):
    """Task 2 (notebook 02)."""

    target: Text
    catalog: Text
    schema: Text
    model_name: Text
    experiment_name: Text
    chain_config: File
    embedding_endpoint: EndpointName
    llm_endpoint: EndpointName
    vector_search_endpoint: EndpointName
    vector_search_index: Text

    @property
    def index_full_name(self) -> str:
        return index_full_name(self.catalog, self.schema, self.vector_search_index)


@dataclass(frozen=True, config=_STRICT)
class EvaluationParameters(TaskParameters):
    """Task 3 (notebook 03), in the RAG job and in the full evaluation job."""

    target: Text
    catalog: Text
    schema: Text
    model_name: Text
    experiment_name: Text
    eval_dataset: File
    evaluation_config: File
    model_alias: Text
    # A version evaluated instead of the one under model_alias (CI passes the version its staging
    # run promoted, so a later promotion cannot change what is evaluated); empty: model_alias's.
    model_version: OptionalText
    # Empty: report only (the full evaluation job); a failed gate still fails the task.
    promote_alias: OptionalText


@dataclass(frozen=True, config=_STRICT)
class DeploymentParameters(TaskParameters):
    """Task 4 (notebook 04)."""

    target: Text
    catalog: Text
    schema: Text
    model_name: Text
    experiment_name: Text
    promote_alias: Text
    eval_dataset: File
    serving_endpoint_name: EndpointName
    read_access_group: Text
    serving_workload_size: Text
    serving_scale_to_zero: TrueOrFalse
    serving_rate_limit_per_minute: Annotated[int, Field(ge=0)]
    serving_environment_vars: EnvironmentVariables
    serving_ready_timeout_seconds: Annotated[float, Field(gt=0)]
    # Its post_deployment settings and thresholds judge the latency run after the switch.
    monitoring_config: File


@dataclass(frozen=True, config=_STRICT)
class MonitoringParameters(TaskParameters):
    """The monitoring job (notebook 05)."""

    target: Text
    catalog: Text
    schema: Text
    model_name: Text
    experiment_name: Text
    monitoring_config: File
    metrics_table: Text
    # How far back each run recomputes windows, extended to the start of that day.
    lookback_hours: Annotated[int, Field(ge=1, le=24 * 90)]
    # The cost columns: config/costs.yml's prices of what the deploy job runs.
    cost_config: File
    embedding_endpoint: EndpointName
    llm_endpoint: EndpointName
    serving_workload_size: Text
    serving_scale_to_zero: TrueOrFalse
