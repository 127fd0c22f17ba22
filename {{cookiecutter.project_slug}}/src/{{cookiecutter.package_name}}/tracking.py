"""Where MLflow runs and models go: Databricks (Unity Catalog registry) or local sqlite files.

Locally, tracking and registry share one sqlite database under the local home (`.local/mlflow`),
so `models:/<name>@<alias>` resolves offline exactly as it does against Unity Catalog.
"""

import os
from pathlib import Path

from .local_workspace import LocalWorkspace

LOCAL_TARGET = "local"
CANDIDATE_ALIAS = "candidate"
CHAMPION_ALIAS = "champion"


def is_local(target: str) -> bool:
    return target == LOCAL_TARGET


def local_mlflow_folder() -> Path:
    return LocalWorkspace.current().root / "mlflow"


def local_tracking_uri() -> str:
    return f"sqlite:///{local_mlflow_folder() / 'mlflow.db'}"


def configure_mlflow(target: str, experiment_name: str | None = None) -> str | None:
    """Point MLflow at this target's tracking server and registry; return the experiment id."""
    import mlflow

    if is_local(target):
        folder = local_mlflow_folder()
        folder.mkdir(parents=True, exist_ok=True)
        mlflow.set_tracking_uri(local_tracking_uri())
        mlflow.set_registry_uri(local_tracking_uri())
        # Served models and CLI commands started from here must find the same store.
        os.environ["MLFLOW_TRACKING_URI"] = local_tracking_uri()
        os.environ["MLFLOW_REGISTRY_URI"] = local_tracking_uri()
    else:
        mlflow.set_tracking_uri("databricks")
        mlflow.set_registry_uri("databricks-uc")
    if not experiment_name:
        return None
    experiment = mlflow.get_experiment_by_name(experiment_name)
    if experiment is None:
        artifacts = (local_mlflow_folder() / "artifacts").as_uri() if is_local(target) else None
        experiment_id = mlflow.create_experiment(experiment_name, artifact_location=artifacts)
    else:
        experiment_id = experiment.experiment_id
    mlflow.set_experiment(experiment_id=experiment_id)
    return experiment_id


def registered_model_name(target: str, catalog: str, schema: str, model_name: str) -> str:
    """Unity Catalog's three-level name in workspace targets; the bare name locally."""
    return model_name if is_local(target) else f"{catalog}.{schema}.{model_name}"
