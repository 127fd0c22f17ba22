"""Task 4: serve the version that passed evaluation, smoke test it, and only then call it champion.

Workspace targets use the raw Databricks SDK (not `databricks-agents`, see docs/deployment.md):

1. the version under the promote alias must carry `evaluation_status=passed` (set by task 3);
2. a missing endpoint is created with the version at 100% of traffic; an existing one first gets
   the version staged beside the current entities at 0% of traffic, so nobody is answered by it
   before it passed the smoke test, and a timeout never leaves it half-routed;
3. wait (bounded) until the update is done, then ask every question of the minimal evaluation
   set through the served entity; any failure restores the previous served entities and traffic
   and fails the task;
4. switch all traffic to the version, keeping the newest few previous entities at 0% (fast manual
   rollback) and pruning the rest; then alias it champion and grant the read group CAN_QUERY.

The local target serves the version with MLflow's model server behind a validating, logging proxy
(`local_serving`), with the same checks and the same smoke test.
"""

import dataclasses
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .bundle import required_parameters
from .rag_chain import EVALUATION_STATUS_TAG
from .smoke_test import SmokeReport, request_for, run_smoke_test, smoke_questions
from .tracking import CHAMPION_ALIAS, configure_mlflow, is_local, registered_model_name

PASSED = "passed"
# Model Serving resolves these references itself; a literal value would be readable by anyone who
# can read the endpoint's configuration.
SECRET_REFERENCE = re.compile(r"^\{\{secrets/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+\}\}$")
ENVIRONMENT_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
ENDPOINT_NAME = re.compile(r"^[A-Za-z0-9_-]{1,63}$")
# Previous versions kept at 0% of traffic after a switch: a rollback by hand is a traffic change,
# not a rebuild. An endpoint holds at most 15 served entities; older ones are pruned.
KEEP_PREVIOUS_ENTITIES = 2
EXAMPLE_QUESTION = "How many days of paid annual leave do full-time employees get?"


class DeploymentError(RuntimeError):
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

    @property
    def registered_model(self) -> str:
        return registered_model_name(self.target, self.catalog, self.schema, self.model_name)


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


def served_entity_name(model_name: str, version: str) -> str:
    """`<model>-<version>`: unique per version, within the 63 characters a name may have."""
    suffix = f"-{version}"
    short = re.sub(r"[^A-Za-z0-9_-]", "-", model_name.rsplit(".", 1)[-1])
    return short[: 63 - len(suffix)] + suffix


def _as_input(entity):
    """A served entity as read from the endpoint, in the shape update_config takes back."""
    from databricks.sdk.service.serving import ServedEntityInput

    accepted = {field.name for field in dataclasses.fields(ServedEntityInput)}
    return ServedEntityInput.from_dict(
        {key: value for key, value in entity.as_dict().items() if key in accepted}
    )


def _version_number(entity) -> int:
    return int(entity.entity_version) if (entity.entity_version or "").isdigit() else -1


@dataclass(frozen=True)
class PreviousConfig:
    """What the endpoint served before this deployment: what a rollback restores."""

    entities: list
    routes: list

    @property
    def versions(self) -> list[str]:
        return [str(entity.entity_version) for entity in self.entities]


@dataclass(frozen=True)
class EndpointDeployment:
    endpoint_name: str
    entity_name: str
    version: str
    created: bool
    smoke: SmokeReport
    pruned: tuple[str, ...]


class EndpointDeployer:
    """Create or update one serving endpoint through the SDK, with rollback and timeouts."""

    def __init__(
        self, client, task: DeployTaskConfig, project: str, poll_seconds: float = 15
    ) -> None:
        self.client = client
        self.task = task
        self.project = project
        self.name = task.serving_endpoint_name
        self.poll_seconds = poll_seconds

    # --- what the endpoint should look like -------------------------------------------------
    def entity(self, version: str):
        from databricks.sdk.service.serving import ServedEntityInput

        return ServedEntityInput(
            name=served_entity_name(self.task.model_name, version),
            entity_name=self.task.registered_model,
            entity_version=version,
            workload_size=self.task.serving_workload_size,
            scale_to_zero_enabled=self.task.serving_scale_to_zero,
            environment_vars=self.task.serving_environment_vars or None,
        )

    def ai_gateway_settings(self) -> dict:
        """Keyword arguments of put_ai_gateway (and fields of AiGatewayConfig at creation)."""
        from databricks.sdk.service.serving import (
            AiGatewayInferenceTableConfig,
            AiGatewayRateLimit,
            AiGatewayRateLimitKey,
            AiGatewayRateLimitRenewalPeriod,
            AiGatewayUsageTrackingConfig,
        )

        limit = self.task.serving_rate_limit_per_minute
        return {
            # Requests and responses land in <catalog>.<schema>.<model_name>_payload.
            "inference_table_config": AiGatewayInferenceTableConfig(
                enabled=True,
                catalog_name=self.task.catalog,
                schema_name=self.task.schema,
                table_name_prefix=self.task.model_name,
            ),
            "usage_tracking_config": AiGatewayUsageTrackingConfig(enabled=True),
            # Per user, so one runaway client cannot starve everyone else.
            "rate_limits": [
                AiGatewayRateLimit(
                    calls=limit,
                    key=AiGatewayRateLimitKey.USER,
                    renewal_period=AiGatewayRateLimitRenewalPeriod.MINUTE,
                )
            ]
            if limit
            else [],
        }

    def tags(self, version: str) -> list:
        from databricks.sdk.service.serving import EndpointTag

        values = {
            "project": self.project,
            "target": self.task.target,
            "model": self.task.registered_model,
            "model_version": version,
        }
        return [EndpointTag(key=key, value=value) for key, value in values.items()]

    # --- reading the endpoint ----------------------------------------------------------------
    def describe(self):
        from databricks.sdk.errors import NotFound

        try:
            return self.client.serving_endpoints.get(self.name)
        except NotFound:
            return None

    def wait_until_ready(self, entity_name: str | None, what: str):
        """Poll until the config update is done and the endpoint is ready.

        Raises DeploymentError if the update failed or was cancelled, DeploymentTimeoutError when
        serving_ready_timeout_seconds pass first.
        """
        from databricks.sdk.service.serving import EndpointStateConfigUpdate, EndpointStateReady

        timeout = self.task.serving_ready_timeout_seconds
        deadline = time.monotonic() + timeout
        while True:
            endpoint = self.client.serving_endpoints.get(self.name)
            state = endpoint.state
            update = state.config_update if state else None
            if update in (
                EndpointStateConfigUpdate.UPDATE_FAILED,
                EndpointStateConfigUpdate.UPDATE_CANCELED,
            ):
                raise DeploymentError(
                    f"{what} of endpoint {self.name} ended {update.value}: "
                    f"{self._entity_messages(endpoint)}"
                )
            served = (
                {e.name for e in (endpoint.config.served_entities or [])}
                if endpoint.config
                else set()
            )
            if (
                update == EndpointStateConfigUpdate.NOT_UPDATING
                and state.ready == EndpointStateReady.READY
                and (entity_name is None or entity_name in served)
            ):
                return endpoint
            if time.monotonic() >= deadline:
                raise DeploymentTimeoutError(
                    f"{what} of endpoint {self.name} not done after {timeout:.0f}s "
                    f"(config update {update.value if update else 'unknown'}, ready "
                    f"{state.ready.value if state and state.ready else 'unknown'}): raise the job "
                    "parameter serving_ready_timeout_seconds or read the served entity's build "
                    "logs in the Serving UI"
                )
            time.sleep(self.poll_seconds)

    @staticmethod
    def _entity_messages(endpoint) -> str:
        config = endpoint.pending_config or endpoint.config
        messages = [
            f"{entity.name}: {entity.state.deployment_state_message}"
            for entity in (config.served_entities if config else None) or []
            if entity.state and entity.state.deployment_state_message
        ]
        return "; ".join(messages) or "no message from the served entities"

    def query(self, entity_name: str | None) -> Callable[[dict], dict]:
        """Send one request to the endpoint, or to one served entity whatever its traffic."""
        path = f"/serving-endpoints/{self.name}"
        if entity_name:
            path += f"/served-models/{entity_name}"

        def send(body: dict) -> dict:
            return self.client.api_client.do("POST", path + "/invocations", body=body)

        return send

    # --- changing the endpoint ---------------------------------------------------------------
    def _update(self, entities: list, routes: list) -> None:
        from databricks.sdk.service.serving import TrafficConfig

        self.client.serving_endpoints.update_config(
            self.name, served_entities=entities, traffic_config=TrafficConfig(routes=routes)
        )

    def rollback(self, previous: PreviousConfig, reason: str) -> DeploymentError:
        """Restore the previous entities and traffic; return the error the task fails with."""
        try:
            self._update(previous.entities, previous.routes)
            self.wait_until_ready(None, "rollback")
        except DeploymentError as failed:
            return DeploymentError(
                f"{reason}; the rollback to versions {', '.join(previous.versions)} failed too: "
                f"{failed}. Check the endpoint {self.name} in the Serving UI"
            )
        return DeploymentError(
            f"{reason}; endpoint {self.name} was rolled back to its previous configuration "
            f"(versions {', '.join(previous.versions)})"
        )

    def deploy(self, version: str, questions: list[str]) -> EndpointDeployment:
        from databricks.sdk.service.serving import (
            AiGatewayConfig,
            EndpointCoreConfigInput,
            Route,
            TrafficConfig,
        )

        entity = self.entity(version)
        existing = self.describe()
        if existing is None:
            route = Route(served_entity_name=entity.name, traffic_percentage=100)
            self.client.serving_endpoints.create(
                self.name,
                config=EndpointCoreConfigInput(
                    name=self.name,
                    served_entities=[entity],
                    traffic_config=TrafficConfig(routes=[route]),
                ),
                ai_gateway=AiGatewayConfig(**self.ai_gateway_settings()),
                tags=self.tags(version),
            )
            self.wait_until_ready(entity.name, "creation")
            smoke = run_smoke_test(self.query(None), questions)
            if not smoke.passed:
                raise DeploymentError(
                    f"version {version} failed its smoke test on the new endpoint {self.name}: "
                    f"{'; '.join(smoke.failures())}. There is no previous configuration to "
                    "return to: the version is not aliased champion and no group may query it"
                )
            return EndpointDeployment(self.name, entity.name, version, True, smoke, ())

        old_routes = existing.config.traffic_config.routes if existing.config.traffic_config else []
        previous = PreviousConfig(
            [_as_input(e) for e in existing.config.served_entities or []],
            # Routes as update_config takes them: by served entity name, never the legacy field.
            [
                Route(
                    served_entity_name=r.served_entity_name or r.served_model_name,
                    traffic_percentage=r.traffic_percentage,
                )
                for r in old_routes or []
            ],
        )
        # The AI Gateway and tags first: if they are refused, nothing about serving changed.
        self.client.serving_endpoints.put_ai_gateway(self.name, **self.ai_gateway_settings())
        self.client.serving_endpoints.patch(self.name, add_tags=self.tags(version))
        others = [e for e in previous.entities if e.name != entity.name]
        staged_routes = [r for r in previous.routes if r.served_entity_name != entity.name]
        self._update(
            [*others, entity],
            [*staged_routes, Route(served_entity_name=entity.name, traffic_percentage=0)],
        )
        try:
            self.wait_until_ready(entity.name, f"staging of version {version}")
        except DeploymentTimeoutError as timed_out:
            raise DeploymentTimeoutError(
                f"{timed_out}. The version is staged at 0% of traffic: users are still answered "
                f"by versions {', '.join(previous.versions)}"
            ) from None
        except DeploymentError as failed:
            # A failed update leaves the previous configuration serving; nothing to undo.
            raise DeploymentError(
                f"{failed}; endpoint {self.name} still serves versions "
                f"{', '.join(previous.versions)}"
            ) from None

        smoke = run_smoke_test(self.query(entity.name), questions)
        if not smoke.passed:
            raise self.rollback(
                previous,
                f"version {version} failed its smoke test: {'; '.join(smoke.failures())}",
            )

        ranked = sorted(others, key=_version_number, reverse=True)
        kept, pruned = ranked[:KEEP_PREVIOUS_ENTITIES], ranked[KEEP_PREVIOUS_ENTITIES:]
        self._update(
            [entity, *kept],
            [Route(served_entity_name=entity.name, traffic_percentage=100)]
            + [Route(served_entity_name=e.name, traffic_percentage=0) for e in kept],
        )
        try:
            self.wait_until_ready(entity.name, f"traffic switch to version {version}")
        except DeploymentTimeoutError as timed_out:
            raise DeploymentTimeoutError(
                f"{timed_out}. Version {version} passed its smoke test; traffic moves to it "
                "when the update completes, but it is not aliased champion yet"
            ) from None
        except DeploymentError as failed:
            raise self.rollback(previous, str(failed)) from None
        return EndpointDeployment(
            self.name,
            entity.name,
            version,
            False,
            smoke,
            tuple(e.name for e in pruned),
        )

    def grant_query(self, group: str) -> None:
        """CAN_QUERY for the group, added to (not replacing) the endpoint's permissions."""
        from databricks.sdk.service.serving import (
            ServingEndpointAccessControlRequest,
            ServingEndpointPermissionLevel,
        )

        endpoint_id = self.client.serving_endpoints.get(self.name).id
        self.client.serving_endpoints.update_permissions(
            endpoint_id,
            access_control_list=[
                ServingEndpointAccessControlRequest(
                    group_name=group, permission_level=ServingEndpointPermissionLevel.CAN_QUERY
                )
            ],
        )

    def curl_example(self) -> str:
        body = json.dumps(request_for(EXAMPLE_QUESTION))
        return (
            f'curl -s "$DATABRICKS_HOST/serving-endpoints/{self.name}/invocations" '
            '-H "Authorization: Bearer $DATABRICKS_TOKEN" '
            f"-H 'Content-Type: application/json' -d '{body}'"
        )


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


def deploy_to_workspace(
    task: DeployTaskConfig, workspace_client, mlflow_client, project: str, poll_seconds: float = 15
) -> DeploymentResult:
    name = task.registered_model
    version = approved_version(mlflow_client, name, task.promote_alias)
    questions = smoke_questions(task.eval_dataset)
    deployer = EndpointDeployer(workspace_client, task, project, poll_seconds)
    deployment = deployer.deploy(version, questions)
    mlflow_client.set_registered_model_alias(name, CHAMPION_ALIAS, version)
    deployer.grant_query(task.read_access_group)
    host = workspace_client.config.host.rstrip("/")
    return DeploymentResult(
        task.target,
        name,
        version,
        task.serving_endpoint_name,
        f"{host}/serving-endpoints/{task.serving_endpoint_name}/invocations",
        deployer.curl_example(),
        deployment.smoke,
        {
            "created": deployment.created,
            "served_entity": deployment.entity_name,
            "pruned_entities": list(deployment.pruned),
        },
    )


def deploy(task: DeployTaskConfig, project: str) -> DeploymentResult:
    """Task 4 for the task's target: a Databricks endpoint, or the local server."""
    import mlflow

    configure_mlflow(task.target, task.experiment_name)
    if is_local(task.target):
        from .local_serving import deploy_locally

        return deploy_locally(task, mlflow.MlflowClient())
    from databricks.sdk import WorkspaceClient

    return deploy_to_workspace(task, WorkspaceClient(), mlflow.MlflowClient(), project)


def evaluation_of(name: str, version: str) -> dict | None:
    """The metrics.json task 3 logged for this version, if it can be found in the experiment."""
    import mlflow

    runs = mlflow.search_runs(
        filter_string=f"tags.model_name = '{name}' AND tags.model_version = '{version}'",
        order_by=["start_time DESC"],
        output_format="list",
    )
    for run in runs:
        try:
            return mlflow.artifacts.load_dict(f"runs:/{run.info.run_id}/evaluation/metrics.json")
        except Exception:  # the serving version's runs carry no metrics.json: try the next one
            continue
    return None


def job_summary(ingestion: dict, evaluation: dict | None, result: DeploymentResult) -> str:
    """The end of a job run: what was ingested, how the version scored, where to ask it."""
    lines = ["", "=" * 72, "RAG job summary", "=" * 72]
    lines.append(
        f"documents: {ingestion.get('documents', '?')} "
        f"({ingestion.get('failed_documents', 0)} failed), chunks: "
        f"{ingestion.get('chunks', '?')}, index rows: {ingestion.get('index_rows', '?')}"
    )
    if evaluation:
        metrics = evaluation["candidate"]["metrics"]
        lines.append(
            f"evaluation of version {evaluation['candidate']['version']}: "
            + ("PASSED" if evaluation["passed"] else "FAILED")
        )
        lines += [f"  {metric:<28} {value:.4g}" for metric, value in metrics.items()]
        lines.append("gates:")
        for gate in evaluation["gates"]:
            verdict = "pass" if gate["passed"] else "FAIL"
            limit = "" if gate["limit"] is None else f" {gate['limit']:.4g}"
            lines.append(f"  {verdict:<5}{gate['metric']} {gate['rule']}{limit}: {gate['detail']}")
    else:
        lines.append("evaluation: no metrics found in the experiment for this version")
    lines += [result.summary(), "=" * 72]
    return "\n".join(lines)
