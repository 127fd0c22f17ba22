"""Task 4 on a workspace: one Model Serving endpoint through the raw Databricks SDK.

1. the version under the promote alias must carry `evaluation_status=passed` (set by task 3);
2. a missing endpoint is created with the version at 100% of traffic; an existing one first gets
   the version staged beside the current entities at 0% of traffic, so nobody is answered by it
   before it passed the smoke test, and a timeout never leaves it half-routed;
3. wait (bounded) until the update is done, then ask every question of the minimal evaluation
   set through the served entity; any failure restores the previous served entities and traffic
   and fails the task;
4. switch all traffic to the version, keeping the newest few previous entities at 0% (fast manual
   rollback) and pruning the rest; then alias it champion and grant the read group CAN_QUERY.
(`databricks-agents` is not used: see docs/deployment.md.)
"""

import dataclasses
import json
import time
from collections.abc import Callable
from dataclasses import dataclass

from ..names import CHAMPION_ALIAS, served_entity_name, unity_catalog_name
from ..parameters import DeploymentParameters
from ..responses import EXAMPLE_QUESTION, request_for
from .release import (
    DeploymentError,
    DeploymentResult,
    DeploymentTimeoutError,
    approved_version,
)
from .smoke_test import SmokeReport, run_smoke_test, smoke_questions

# Previous versions kept at 0% of traffic after a switch: a rollback by hand is a traffic change,
# not a rebuild. An endpoint holds at most 15 served entities; older ones are pruned.
KEEP_PREVIOUS_ENTITIES = 2


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
        self, client, task: DeploymentParameters, project: str, poll_seconds: float = 15
    ) -> None:
        self.client = client
        self.task = task
        self.registered_model = unity_catalog_name(task.catalog, task.schema, task.model_name)
        self.project = project
        self.name = task.serving_endpoint_name
        self.poll_seconds = poll_seconds

    # --- what the endpoint should look like -------------------------------------------------
    def entity(self, version: str):
        from databricks.sdk.service.serving import ServedEntityInput

        return ServedEntityInput(
            name=served_entity_name(self.task.model_name, version),
            entity_name=self.registered_model,
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
            "model": self.registered_model,
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


def deploy_to_workspace(
    task: DeploymentParameters,
    workspace_client,
    mlflow_client,
    project: str,
    poll_seconds: float = 15,
) -> DeploymentResult:
    deployer = EndpointDeployer(workspace_client, task, project, poll_seconds)
    name = deployer.registered_model
    version = approved_version(mlflow_client, name, task.promote_alias)
    questions = smoke_questions(task.eval_dataset)
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
