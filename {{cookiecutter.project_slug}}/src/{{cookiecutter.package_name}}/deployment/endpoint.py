"""Task 4 on a workspace: one Model Serving endpoint through the raw Databricks SDK.

1. the version under the promote alias must carry `evaluation_status=passed` (set by task 3);
2. a missing endpoint is created with the version at 100% of traffic; an existing one first gets
   the version staged beside the current entities at 0% of traffic, so nobody is answered by it
   before it passed the smoke test, and a timeout never leaves it half-routed. An update already
   in progress is waited out first; an endpoint whose creation failed (no active config) gets
   the version alone at 100%, as a new one would; a version that already has traffic (an
   unchanged re-run) is checked where it serves, or given its settings and all the traffic in
   one update if they changed (`_already_serving`);
3. wait until the update is done, then ask every question of the minimal evaluation set through
   the served entity; any failure restores the previous served entities and traffic and fails
   the task. The waits of one deployment share serving_ready_timeout_seconds; a rollback gets as
   much again, so task 4's timeout must hold both (tests/test_bundle_checks.py checks it);
4. switch all traffic to the version, keeping the previous serving entity at 0% and scaled to
   zero (a manual rollback is a traffic change) and pruning the rest;
5. the latency run (`latency`) through the endpoint as users reach it; a breach of the monitoring
   thresholds rolls back as a failed smoke test does; then alias it champion and grant the read
   group CAN_QUERY (`access`).
The AI Gateway gets the inference table; usage tracking and a rate limit only on request and never
at the cost of the deployment (`gateway`). (`databricks-agents` is not used: docs/deployment.md.)
"""

from dataclasses import dataclass

from ..deadlines import Deadline
from ..monitoring.settings import read_monitoring_config
from ..names import CHAMPION_ALIAS, served_entity_name, unity_catalog_name
from ..parameters import DeploymentParameters
from .access import curl_example, grant_query
from .endpoint_state import EndpointState
from .entities import (
    PreviousConfig,
    kept_and_pruned,
    serves_as,
    traces_experiment,
    tracing_environment,
)
from .gateway import configure_gateway, inference_table
from .latency import LatencyRun, run_latency
from .release import (
    UNRELEASED,
    DeploymentError,
    DeploymentResult,
    DeploymentTimeoutError,
    approved_version,
)
from .smoke_test import SmokeReport, run_smoke_test, smoke_questions


@dataclass(frozen=True)
class EndpointDeployment:
    endpoint_name: str
    entity_name: str
    version: str
    created: bool
    smoke: SmokeReport
    pruned: tuple[str, ...]
    warnings: tuple[str, ...]
    latency: LatencyRun


class EndpointDeployer(EndpointState):
    """Create or update one serving endpoint through the SDK, with rollback and timeouts."""

    def __init__(
        self,
        client,
        task: DeploymentParameters,
        project: str,
        experiment_id: str,
        poll_seconds: float = 15,
    ) -> None:
        self.client = client
        self.task = task
        self.experiment_id = experiment_id
        # Read before any change: a bad file fails the task with nothing deployed.
        self.monitoring = read_monitoring_config(task.monitoring_config)
        self.registered_model = unity_catalog_name(task.catalog, task.schema, task.model_name)
        self.project = project
        self.name = task.serving_endpoint_name
        self.poll_seconds = poll_seconds
        self.warnings: list[str] = []

    # --- what the endpoint should look like -------------------------------------------------
    def entity(self, version: str):
        from databricks.sdk.service.serving import ServedEntityInput

        return ServedEntityInput(
            name=served_entity_name(self.task.model_name, version),
            entity_name=self.registered_model,
            entity_version=version,
            workload_size=self.task.serving_workload_size,
            scale_to_zero_enabled=self.task.serving_scale_to_zero,
            # The project's variables cannot switch tracing off or point it elsewhere.
            environment_vars={
                **self.task.serving_environment_vars,
                **tracing_environment(self.experiment_id),
            },
        )

    def tags(self, version: str) -> list:
        from databricks.sdk.service.serving import EndpointTag

        values = {
            "project": self.project,
            "target": self.task.target,
            "model": self.registered_model,
            "model_version": version,
        }
        return [EndpointTag(key=key, value=value) for key, value in values.items()]

    def budget(self) -> Deadline:
        return Deadline(self.task.serving_ready_timeout_seconds, "serving_ready_timeout_seconds")

    # --- changing the endpoint ---------------------------------------------------------------
    def _update(self, entities: list, routes: list) -> None:
        from databricks.sdk.service.serving import TrafficConfig

        self.client.serving_endpoints.update_config(
            self.name, served_entities=entities, traffic_config=TrafficConfig(routes=routes)
        )

    def rollback(self, previous: PreviousConfig, reason: str) -> DeploymentError:
        """Restore the previous entities and traffic; return the error the task fails with.

        The rollback gets a budget of its own: the deployment may have spent all of its own.
        """
        try:
            self._update(previous.entities, previous.routes)
            self.wait_until_ready(None, "rollback", self.budget())
        except DeploymentError as failed:
            return DeploymentError(
                f"{reason}; the rollback to versions {', '.join(previous.versions)} failed too: "
                f"{failed}. Check the endpoint {self.name} in the Serving UI"
            )
        return DeploymentError(
            f"{reason}; endpoint {self.name} was rolled back to its previous configuration "
            f"(versions {', '.join(previous.versions)})"
        )

    def _configure_gateway(self, inference_table_in_place: bool) -> None:
        warning = configure_gateway(self.client, self.name, self.task, inference_table_in_place)
        if warning:
            self.warnings.append(warning)

    def _gateway_and_tags(self, version: str) -> None:
        """Before any serving change: if they are refused, nothing about serving changed."""
        self._configure_gateway(inference_table_in_place=False)
        self.client.serving_endpoints.patch(self.name, add_tags=self.tags(version))

    def deploy(self, version: str, questions: list[str]) -> EndpointDeployment:
        from databricks.sdk.service.serving import (
            AiGatewayConfig,
            EndpointCoreConfigInput,
            Route,
            TrafficConfig,
        )

        entity = self.entity(version)
        deadline = self.budget()
        existing = self.settled(self.describe(), deadline)
        if existing is None:
            route = Route(served_entity_name=entity.name, traffic_percentage=100)
            self.client.serving_endpoints.create(
                self.name,
                config=EndpointCoreConfigInput(
                    name=self.name,
                    served_entities=[entity],
                    traffic_config=TrafficConfig(routes=[route]),
                ),
                # Only what an agent endpoint accepts: the extras are asked for once it is ready.
                ai_gateway=AiGatewayConfig(inference_table_config=inference_table(self.task)),
                tags=self.tags(version),
            )
            return self._first_config(entity, version, questions, deadline, created=True)
        if existing.config is None:
            # A creation that failed leaves a pending config only (UPDATE_FAILED): nothing serves
            # and nothing can be rolled back to, so the version gets all the traffic, as on a
            # new endpoint. An update, not a delete and re-create, keeps the endpoint's id and
            # permissions; update_config waits only for an update in progress to "complete or
            # fail" (its docstring), which settled() did.
            self._gateway_and_tags(version)
            self._update([entity], [Route(served_entity_name=entity.name, traffic_percentage=100)])
            return self._first_config(entity, version, questions, deadline, created=False)

        previous = PreviousConfig.of(existing.config)
        self._gateway_and_tags(version)
        if previous.traffic(entity.name):
            return self._already_serving(entity, version, questions, previous, deadline)
        others = [e for e in previous.entities if e.name != entity.name]
        staged_routes = [r for r in previous.routes if r.served_entity_name != entity.name]
        self._update(
            [*others, entity],
            [*staged_routes, Route(served_entity_name=entity.name, traffic_percentage=0)],
        )
        try:
            self.wait_until_ready(entity.name, f"staging of version {version}", deadline)
        except DeploymentTimeoutError as timed_out:
            raise DeploymentTimeoutError(
                f"{timed_out}. The version is staged at 0% of traffic: users are still answered "
                f"by versions {', '.join(previous.versions)}"
            ) from None
        except DeploymentError as failed:
            raise self._still_serving(failed, previous) from None

        smoke = self._smoke_test_or_roll_back(entity, version, questions, previous)
        pruned = self._switch(entity, previous)
        try:
            self.wait_until_ready(entity.name, f"traffic switch to version {version}", deadline)
        except DeploymentTimeoutError as timed_out:
            raise DeploymentTimeoutError(
                f"{timed_out}. Version {version} passed its smoke test; traffic moves to it "
                "when the update completes, but it is not aliased champion yet"
            ) from None
        except DeploymentError as failed:
            raise self.rollback(previous, str(failed)) from None
        latency = self.latency_run(version, questions, previous)
        return self._deployed(entity, version, smoke, latency, pruned=pruned)

    def _still_serving(self, failed: DeploymentError, previous: PreviousConfig) -> DeploymentError:
        """A failed update leaves the previous configuration serving: nothing to undo."""
        return DeploymentError(
            f"{failed}; endpoint {self.name} still serves versions {', '.join(previous.versions)}"
        )

    def _smoke_test_or_roll_back(
        self, entity, version: str, questions: list[str], previous: PreviousConfig
    ) -> SmokeReport:
        """The smoke test through the version's entity; a failure restores `previous`."""
        smoke = run_smoke_test(self.query(entity.name), questions, version)
        if not smoke.passed:
            raise self.rollback(
                previous,
                f"version {version} failed its smoke test: {'; '.join(smoke.failures())}",
            )
        return smoke

    def _switch(self, entity, previous: PreviousConfig) -> list:
        """Give `entity` all the traffic; of the previous entities, the one kept stays at 0% scaled
        to zero (`kept_and_pruned`). Returns those pruned."""
        from databricks.sdk.service.serving import Route

        others = [e for e in previous.entities if e.name != entity.name]
        kept, pruned = kept_and_pruned(previous, others)
        self._update(
            [entity, *kept],
            [Route(served_entity_name=entity.name, traffic_percentage=100)]
            + [Route(served_entity_name=e.name, traffic_percentage=0) for e in kept],
        )
        return pruned

    def _already_serving(
        self,
        entity,
        version: str,
        questions: list[str],
        previous: PreviousConfig,
        deadline: Deadline,
    ) -> EndpointDeployment:
        """The version already answers users: an unchanged job re-run (task 2 reuses the version),
        or a rollback to it by hand. It cannot be staged beside itself (its entity's name is its
        version's), and staging it at 0% would leave routes that add up to less than 100%.

        With all the traffic and the settings asked for, it is checked where it serves and
        nothing changes. Otherwise it gets those settings and all the traffic in one update (the
        active config serves until the new one is ready), then is checked; a failure restores
        the previous configuration.
        """
        if previous.traffic(entity.name) == 100 and serves_as(previous.entity(entity.name), entity):
            serving = f"version {version}, already serving all traffic of endpoint {self.name},"
            smoke = run_smoke_test(self.query(entity.name), questions, version)
            if not smoke.passed:
                raise DeploymentError(
                    f"{serving} failed its smoke test: {'; '.join(smoke.failures())}. "
                    "Nothing was changed"
                )
            latency = run_latency(self.query(None), questions, self.monitoring, version)
            if not latency.passed:
                raise DeploymentError(
                    f"{serving} failed its latency run: {'; '.join(latency.failures())}. "
                    "Nothing was changed"
                )
            return self._deployed(entity, version, smoke, latency)
        pruned = self._switch(entity, previous)
        try:
            self.wait_until_ready(entity.name, f"update of version {version}", deadline)
        except DeploymentTimeoutError as timed_out:
            raise DeploymentTimeoutError(
                f"{timed_out}. Version {version} gets all the traffic when the update completes, "
                "but it is not aliased champion yet"
            ) from None
        except DeploymentError as failed:
            raise self._still_serving(failed, previous) from None
        smoke = self._smoke_test_or_roll_back(entity, version, questions, previous)
        latency = self.latency_run(version, questions, previous)
        return self._deployed(entity, version, smoke, latency, pruned=pruned)

    def _first_config(
        self, entity, version: str, questions: list[str], deadline: Deadline, created: bool
    ) -> EndpointDeployment:
        """Wait for the endpoint's first served config, then smoke test it through the endpoint."""
        self.wait_until_ready(
            entity.name, "creation" if created else "first configuration", deadline
        )
        if created:
            self._configure_gateway(inference_table_in_place=True)
        smoke = run_smoke_test(self.query(None), questions, version)
        if not smoke.passed:
            raise DeploymentError(
                f"version {version} failed its smoke test on the endpoint {self.name}, which "
                f"served no other version: {'; '.join(smoke.failures())}. There is no previous "
                f"configuration to return to: {UNRELEASED}"
            )
        latency = self.latency_run(version, questions, None)
        return self._deployed(entity, version, smoke, latency, created=created)

    def _deployed(
        self, entity, version: str, smoke, latency, created: bool = False, pruned=()
    ) -> EndpointDeployment:
        return EndpointDeployment(
            self.name,
            entity.name,
            version,
            created,
            smoke,
            tuple(e.name for e in pruned),
            tuple(self.warnings),
            latency,
        )

    def latency_run(
        self, version: str, questions: list[str], previous: PreviousConfig | None
    ) -> LatencyRun:
        """After the switch, through the endpoint as its users reach it. A failed run undoes the
        deployment as a failed smoke test does: the version reached every user, so a breach now
        is a breach of the monitoring thresholds within the day."""
        run = run_latency(self.query(None), questions, self.monitoring, version)
        if run.passed:
            return run
        reason = f"version {version} failed its latency run: {'; '.join(run.failures())}"
        if previous is None:
            raise DeploymentError(
                f"{reason}. There is no previous configuration to return to: {UNRELEASED}"
            )
        raise self.rollback(previous, reason)


def deploy_to_workspace(
    task: DeploymentParameters,
    workspace_client,
    mlflow_client,
    project: str,
    poll_seconds: float = 15,
) -> DeploymentResult:
    name = unity_catalog_name(task.catalog, task.schema, task.model_name)
    version = approved_version(mlflow_client, name, task.promote_alias)
    experiment_id = traces_experiment(mlflow_client, task.experiment_name)
    deployer = EndpointDeployer(workspace_client, task, project, experiment_id, poll_seconds)
    questions = smoke_questions(task.eval_dataset)
    deployment = deployer.deploy(version, questions)
    mlflow_client.set_registered_model_alias(name, CHAMPION_ALIAS, version)
    grant_query(workspace_client, task.serving_endpoint_name, task.read_access_group)
    host = workspace_client.config.host.rstrip("/")
    return DeploymentResult(
        task.target,
        name,
        version,
        task.serving_endpoint_name,
        f"{host}/serving-endpoints/{task.serving_endpoint_name}/invocations",
        curl_example(task.serving_endpoint_name),
        deployment.smoke,
        {
            "created": deployment.created,
            "served_entity": deployment.entity_name,
            "pruned_entities": list(deployment.pruned),
        },
        deployment.warnings,
        deployment.latency,
    )
