"""What task 4 releases and how it reports: the approved version and the result both deployers
return."""

from dataclasses import dataclass

from ..errors import ProjectError
from ..names import CHAMPION_ALIAS, EVALUATION_STATUS_TAG, PASSED
from .latency import LatencyRun
from .smoke_test import SmokeReport

# What a failed first deployment leaves: the endpoint serves the version, nobody else may ask it.
UNRELEASED = "the version is not aliased champion and no group may query it"


class DeploymentError(ProjectError, RuntimeError):
    """The deployment was refused or failed; the message says what the endpoint serves now."""


class DeploymentTimeoutError(DeploymentError):
    pass


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
    # What went wrong without failing the deployment (an AI Gateway feature refused, ...).
    warnings: tuple[str, ...]
    # The latency run after the switch (latency.py).
    latency: LatencyRun

    def summary(self) -> str:
        lines = [
            f"served {self.model_name} version {self.version} (now @{CHAMPION_ALIAS}) on "
            f"{self.endpoint_name}",
            self.smoke.summary(),
            self.latency.summary(),
            f"endpoint: {self.url}",
            "try it:",
            f"  {self.curl}",
        ]
        lines += [f"warning: {warning}" for warning in self.warnings]
        return "\n".join(lines)
