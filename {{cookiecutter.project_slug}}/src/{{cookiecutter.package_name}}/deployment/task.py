"""Task 4: serve the version that passed evaluation, smoke test it, and only then call it
champion; then summarise the job run.

The target's backend deploys: a Model Serving endpoint (`endpoint`) in workspace targets, MLflow's
model server behind a validating, logging proxy (`local.deploy`) locally, with the same checks
and the same smoke test.
"""

from ..backend.targets import Backend, backend_for
from ..parameters import DeploymentParameters
from ..text import format_number
from .release import DeploymentResult


def deploy(
    task: DeploymentParameters, project: str, backend: Backend | None = None
) -> DeploymentResult:
    """Task 4 for the task's target."""
    import mlflow

    backend = backend or backend_for(task.target)
    backend.configure_mlflow(task.experiment_name)
    return backend.deploy(task, mlflow.MlflowClient(), project)


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
        lines += [f"  {metric:<28} {format_number(value)}" for metric, value in metrics.items()]
        lines.append("gates:")
        for gate in evaluation["gates"]:
            verdict = "pass" if gate["passed"] else "FAIL"
            limit = "" if gate["limit"] is None else f" {format_number(gate['limit'])}"
            lines.append(f"  {verdict:<5}{gate['metric']} {gate['rule']}{limit}: {gate['detail']}")
    else:
        lines.append("evaluation: no metrics found in the experiment for this version")
    lines += [result.summary(), "=" * 72]
    return "\n".join(lines)
