"""Served entities as task 4 sends them to update_config: what it read back from the endpoint,
and which previous version stays beside the new one.

References: databricks-sdk 0.156 `databricks/sdk/service/serving.py` (`ServedEntityInput`,
`ServedEntityOutput`); https://docs.databricks.com/aws/en/machine-learning/model-serving/glossary
(scale to zero).
"""

import dataclasses
from dataclasses import dataclass

from .release import DeploymentError

# A rollback by hand is a traffic change to this entity, not a rebuild. Kept entities are scaled
# to zero (`ServedEntityInput.workload_size`: "If scale-to-zero is enabled, the lower bound of the
# provisioned concurrency for each workload size is 0"), so at 0% of traffic they cost nothing;
# the first requests after a manual rollback wait for a cold start.
KEEP_PREVIOUS_ENTITIES = 1

# `ServedEntityInput`: workload_size "Do not use if min_provisioned_concurrency and
# max_provisioned_concurrency are specified", and these two "Do not use if workload_size is
# specified". A GET may return both styles; an update must carry one.
CONCURRENCY_FIELDS = ("min_provisioned_concurrency", "max_provisioned_concurrency")


def tracing_environment(experiment_id: str) -> dict[str, str]:
    """The served model's environment that sends its traces to the job's experiment, where the
    production scorers (monitoring/production.py) read them.

    In Model Serving, MLflow traces only when ENABLE_MLFLOW_TRACING is "true"
    (`is_mlflow_tracing_enabled_in_model_serving`, mlflow 3.17 mlflow/utils/databricks_utils.py);
    each finished trace goes to the inference table's buffer and, when MLFLOW_EXPERIMENT_ID is
    set, is also logged to that experiment through a `TracingClient("databricks")`
    (mlflow/tracing/export/inference_table.py, mlflow/tracing/provider.py). That client takes
    the serving container's Databricks credentials (docs/deployment.md, "Production traces").
    Custom CPU Model Serving is one of the documented ways to trace in production:
    https://docs.databricks.com/aws/en/mlflow3/genai/tracing/prod-tracing
    """
    return {"ENABLE_MLFLOW_TRACING": "true", "MLFLOW_EXPERIMENT_ID": experiment_id}


def traces_experiment(mlflow_client, experiment_name: str) -> str:
    """The id of the job's experiment, which must exist: task 4 creates it before deploying
    (deployment/task.py, `configure_mlflow`)."""
    experiment = mlflow_client.get_experiment_by_name(experiment_name)
    if experiment is None:
        raise DeploymentError(
            f"experiment {experiment_name} does not exist: the served model's traces go there"
        )
    return experiment.experiment_id


def entity_messages(endpoint) -> str:
    """What the served entities of an endpoint's pending (or active) config say of their state."""
    config = endpoint.pending_config or endpoint.config
    messages = [
        f"{entity.name}: {entity.state.deployment_state_message}"
        for entity in (config.served_entities if config else None) or []
        if entity.state and entity.state.deployment_state_message
    ]
    return "; ".join(messages) or "no message from the served entities"


def as_input(entity):
    """A served entity as read from the endpoint, in the shape update_config takes back: the
    input fields only, sized the way it was configured (its workload size if it has one, else
    its provisioned concurrency)."""
    from databricks.sdk.service.serving import ServedEntityInput

    accepted = {field.name for field in dataclasses.fields(ServedEntityInput)}
    values = {key: value for key, value in entity.as_dict().items() if key in accepted}
    if values.get("workload_size"):
        for key in CONCURRENCY_FIELDS:
            values.pop(key, None)
    return ServedEntityInput.from_dict(values)


def version_number(entity) -> int:
    return int(entity.entity_version) if (entity.entity_version or "").isdigit() else -1


@dataclass(frozen=True)
class PreviousConfig:
    """What the endpoint served before this deployment: what a rollback restores."""

    entities: list
    routes: list

    @classmethod
    def of(cls, config) -> "PreviousConfig":
        """The active config of an endpoint (`ServingEndpointDetailed.config`)."""
        from databricks.sdk.service.serving import Route

        routes = config.traffic_config.routes if config.traffic_config else None
        return cls(
            [as_input(entity) for entity in config.served_entities or []],
            # Routes as update_config takes them: by served entity name, never the legacy field.
            [
                Route(
                    served_entity_name=route.served_entity_name or route.served_model_name,
                    traffic_percentage=route.traffic_percentage,
                )
                for route in routes or []
            ],
        )

    @property
    def versions(self) -> list[str]:
        return [str(entity.entity_version) for entity in self.entities]

    def traffic(self, entity_name: str) -> int:
        return sum(
            route.traffic_percentage or 0
            for route in self.routes
            if route.served_entity_name == entity_name
        )

    def entity(self, entity_name: str):
        """The served entity of that name, as update_config takes it, or None."""
        return next((e for e in self.entities if e.name == entity_name), None)


def serves_as(current, wanted) -> bool:
    """Whether a served entity read from the endpoint already has every setting task 4 gives
    `wanted` (its model, version, size, scaling and environment)."""
    if current is None:
        return False
    return all(
        getattr(current, field.name) == value
        for field in dataclasses.fields(wanted)
        if (value := getattr(wanted, field.name)) is not None
    )


def kept_and_pruned(previous: PreviousConfig, others: list) -> tuple[list, list]:
    """The previous entities that stay at 0% of traffic (scaled to zero) and those removed.

    The one that served the most traffic is kept (the newest version on a tie): after a manual
    rollback to an older version, that older version is the one to return to.
    """
    ranked = sorted(
        others,
        key=lambda entity: (previous.traffic(entity.name), version_number(entity)),
        reverse=True,
    )
    kept = [
        dataclasses.replace(entity, scale_to_zero_enabled=True)
        for entity in ranked[:KEEP_PREVIOUS_ENTITIES]
    ]
    return kept, ranked[KEEP_PREVIOUS_ENTITIES:]
