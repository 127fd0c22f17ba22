"""The MLflow experiment of a task's runs, created where it is missing."""


def use_experiment(experiment_name: str | None, artifact_location: str | None) -> str | None:
    """Make `experiment_name` the active experiment (creating it if missing); return its id."""
    import mlflow

    if not experiment_name:
        return None
    experiment = mlflow.get_experiment_by_name(experiment_name)
    if experiment is None:
        experiment_id = mlflow.create_experiment(
            experiment_name, artifact_location=artifact_location
        )
    else:
        experiment_id = experiment.experiment_id
    mlflow.set_experiment(experiment_id=experiment_id)
    return experiment_id
