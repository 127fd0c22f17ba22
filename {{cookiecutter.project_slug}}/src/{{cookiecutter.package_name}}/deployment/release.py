"""What task 4 releases and how it reports: the task's parameters, the approved version, the
result both deployers return."""

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import ProjectError
from ..names import CHAMPION_ALIAS, EVALUATION_STATUS_TAG, PASSED
from ..parameters import required_parameters
from .smoke_test import SmokeReport

# Model Serving resolves these references itself; a literal value would be readable by anyone who
# can read the endpoint's configuration.
SECRET_REFERENCE = re.compile(r"^\{\{secrets/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+\}\}$")
ENVIRONMENT_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
ENDPOINT_NAME = re.compile(r"^[A-Za-z0-9_-]{1,63}$")


class DeploymentError(ProjectError, RuntimeError):
    """The deployment was refused or failed; the message says what the endpoint serves now."""


class DeploymentTimeoutError(DeploymentError):
    pass


@dataclass(frozen=True)
class DeployTaskConfig:
    target: str
    catalog: str
    schema: str
    model_name: str
    experiment_name: str
    promote_alias: str
    eval_dataset: Path
    serving_endpoint_name: str
    read_access_group: str
    serving_workload_size: str
    serving_scale_to_zero: bool
    serving_rate_limit_per_minute: int
    serving_environment_vars: dict[str, str]
    serving_ready_timeout_seconds: float

    @classmethod
    def from_parameters(cls, get: Callable[[str], str]) -> "DeployTaskConfig":
        values = required_parameters(get, cls.__dataclass_fields__, DeploymentError)
        if not ENDPOINT_NAME.match(values["serving_endpoint_name"]):
            raise DeploymentError(
                f"serving_endpoint_name {values['serving_endpoint_name']!r}: use at most 63 "
                "letters, digits, '-' or '_'"
            )
        scale_to_zero = values["serving_scale_to_zero"].lower()
        if scale_to_zero not in ("true", "false"):
            raise DeploymentError(
                f"serving_scale_to_zero is {values['serving_scale_to_zero']!r}: use true or false"
            )
        try:
            rate_limit = int(values["serving_rate_limit_per_minute"])
            timeout = float(values["serving_ready_timeout_seconds"])
        except ValueError as error:
            raise DeploymentError(
                f"serving_rate_limit_per_minute and serving_ready_timeout_seconds must be "
                f"numbers: {error}"
            ) from None
        if rate_limit < 0 or timeout <= 0:
            raise DeploymentError(
                "serving_rate_limit_per_minute must be >= 0 (0: no limit) and "
                "serving_ready_timeout_seconds > 0"
            )
        values.update(
            eval_dataset=Path(values["eval_dataset"]),
            serving_scale_to_zero=scale_to_zero == "true",
            serving_rate_limit_per_minute=rate_limit,
            serving_environment_vars=parse_environment_vars(values["serving_environment_vars"]),
            serving_ready_timeout_seconds=timeout,
        )
        return cls(**values)


def parse_environment_vars(text: str) -> dict[str, str]:
    """The served model's environment: a JSON object whose values are all secret references."""
    try:
        variables = json.loads(text)
    except json.JSONDecodeError as error:
        raise DeploymentError(f"serving_environment_vars is not JSON: {error.msg}") from None
    if not isinstance(variables, dict):
        raise DeploymentError('serving_environment_vars must be a JSON object, e.g. {"A": "..."}')
    for name, value in variables.items():
        if not ENVIRONMENT_NAME.match(name):
            raise DeploymentError(f"serving_environment_vars: {name!r} is not a variable name")
        if not isinstance(value, str) or not SECRET_REFERENCE.match(value):
            raise DeploymentError(
                f"serving_environment_vars: {name} must be a secret reference "
                "{{secrets/<scope>/<key>}}, never a literal value"
            )
    return variables


def approved_version(mlflow_client, name: str, alias: str) -> str:
    """The version under `alias`, refused unless task 3 tagged it evaluation_status=passed."""
    from mlflow.exceptions import MlflowException

    try:
        version = mlflow_client.get_model_version_by_alias(name, alias)
    except MlflowException:
        raise DeploymentError(
            f"model {name} has no version aliased {alias!r}: the offline_evaluation task sets "
            "it on a version that passed every gate; run that task first"
        ) from None
    status = (version.tags or {}).get(EVALUATION_STATUS_TAG)
    if status != PASSED:
        raise DeploymentError(
            f"version {version.version} of {name} is aliased {alias!r} but its tag "
            f"{EVALUATION_STATUS_TAG} is {status!r}, not {PASSED!r}: only versions that passed "
            "offline evaluation are served"
        )
    return str(version.version)


@dataclass(frozen=True)
class DeploymentResult:
    target: str
    model_name: str
    version: str
    endpoint_name: str
    url: str
    curl: str
    smoke: SmokeReport
    details: dict

    def summary(self) -> str:
        lines = [
            f"served {self.model_name} version {self.version} (now @{CHAMPION_ALIAS}) on "
            f"{self.endpoint_name}",
            self.smoke.summary(),
            f"endpoint: {self.url}",
            "try it:",
            f"  {self.curl}",
        ]
        return "\n".join(lines)
