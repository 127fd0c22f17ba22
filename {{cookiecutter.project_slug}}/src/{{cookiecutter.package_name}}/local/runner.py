"""Run the bundle's job on this machine: the same notebooks, parameters and task order.

Notebooks in Databricks source format are plain Python (magics are comments), so each task's
notebook is executed as a script with a small stand-in for `dbutils`. The `%pip install` cell
that installs the package in an interactive session is such a comment; the package is importable
here, so the cells around it neither install nor restart anything.

The local target runs against this machine. A workspace target (dev) runs from the Databricks
Connect environment (`make connect`): the notebooks still run here, with the parameters the
target's deployed job has, while their Spark session, tables, endpoints, index and MLflow are
the workspace's (`connect_workspace`).
"""

import json
import os
import runpy
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..backend import client
from ..errors import ProjectError
from ..names import LOCAL_TARGET, MAIN_JOB
from ..spark_session import databricks_connect_installed
from .bundle import BundleError, Job, load_bundle, load_job, workspace_job_parameters
from .dbutils import LocalDbutils, NotebookExit, job_task_dbutils
from .workspace import LOCAL_HOME_VARIABLE

# What serverless compute Databricks Connect uses when the configuration names no cluster
# (DATABRICKS_SERVERLESS_COMPUTE_ID=auto: databricks/connect/session.py, databricks-connect 18.3).
SERVERLESS_VARIABLE = "DATABRICKS_SERVERLESS_COMPUTE_ID"


class ConnectEnvironmentError(ProjectError):
    pass


@dataclass(frozen=True)
class WorkspaceTarget:
    """A workspace target whose tasks run on this machine, as `user` (a userName) deploys it."""

    name: str
    user: str


@dataclass(frozen=True)
class TaskOutcome:
    key: str
    status: str
    seconds: float
    error: str = ""
    # The value given to dbutils.notebook.exit, as `jobs get-run-output` reports it.
    output: str = ""


@dataclass(frozen=True)
class JobRun:
    job: Job
    outcomes: tuple[TaskOutcome, ...]
    task_values: dict[str, dict]

    @property
    def succeeded(self) -> bool:
        return all(o.status == "succeeded" for o in self.outcomes)


def run_notebook(notebook: Path, dbutils: LocalDbutils, echo: Callable[[str], None] = print) -> str:
    """Run a notebook as a script with `dbutils`; the value it gave `dbutils.notebook.exit`."""
    try:
        runpy.run_path(
            str(notebook), init_globals={"dbutils": dbutils, "display": echo}, run_name="__main__"
        )
    except NotebookExit as exit_:
        return exit_.value
    return ""


def connect_workspace(root: Path, target: str, job_key: str | None = None) -> WorkspaceTarget:
    """Sign in to `target`'s workspace (databricks.yml's targets.<target>.workspace.host) and
    point Databricks Connect at the job's compute: the cluster the SDK's configuration names,
    else serverless compute for a job on serverless environments."""
    if not databricks_connect_installed():
        raise ConnectEnvironmentError(
            f"target {target!r} runs against its workspace: from this machine in the Databricks "
            f"Connect environment (`make connect`, then `.venv-connect/bin/python -m "
            f"{__package__.rpartition('.')[0]} job --target {target}`), or deployed "
            f"(`databricks bundle deploy -t {target} && databricks bundle run -t {target} "
            f"{job_key or MAIN_JOB}`)"
        )
    config, _ = load_bundle(root)
    targets = config.get("targets") or {}
    if target not in targets:
        raise BundleError(f"no target {target!r} in databricks.yml; targets: {sorted(targets)}")
    host = ((targets[target] or {}).get("workspace") or {}).get("host")
    if not host:
        raise BundleError(
            f"databricks.yml: targets.{target}.workspace.host is not set: name the workspace "
            "the target deploys to"
        )
    user, cluster_id = client.sign_in(host)
    job = load_job(root, job_key)
    if not cluster_id:
        if config["resources"]["jobs"][job.key].get("job_clusters"):
            raise ConnectEnvironmentError(
                f"job {job.key!r} runs on job clusters, which exist only during a job run: set "
                "DATABRICKS_CLUSTER_ID (or cluster_id in your profile) to a cluster of yours "
                "that runs the job's Databricks Runtime"
            )
        os.environ.setdefault(SERVERLESS_VARIABLE, "auto")
    return WorkspaceTarget(target, user)


def _check_overrides(job: Job, defaults: dict, overrides: dict, target: str) -> None:
    unknown = set(overrides) - set(defaults)
    if unknown:
        raise BundleError(
            f"job {job.key!r} has no parameter {', '.join(sorted(unknown))}; "
            f"parameters: {', '.join(defaults)}"
        )
    # The tasks pick their tables, endpoints and MLflow by the `target` parameter: another value
    # than the run's own would send a local run to a workspace it never signed in to.
    if overrides.get("target", target) != target:
        raise BundleError(
            f"--param target={overrides['target']} differs from the run's target {target!r}: "
            "choose the target with --target, which sets the parameter"
        )


def run_job(
    root: Path,
    job_key: str | None = None,
    tasks: list[str] | None = None,
    overrides: dict[str, str] | None = None,
    echo: Callable[[str], None] = print,
    workspace: WorkspaceTarget | None = None,
) -> JobRun:
    """Run the job's tasks (all, or those named) here; on the local target, or on the workspace
    target `connect_workspace` signed in to, with the parameters its deployed job has."""
    job = load_job(root, job_key)
    defaults = job.parameters
    if workspace is not None:
        defaults = workspace_job_parameters(root, workspace.name, workspace.user, job.key)
    target = LOCAL_TARGET if workspace is None else workspace.name
    _check_overrides(job, defaults, overrides or {}, target)
    selected = [t for t in job.tasks if not tasks or t.key in tasks]
    missing = set(tasks or []) - {t.key for t in job.tasks}
    if missing:
        raise BundleError(
            f"no task {', '.join(sorted(missing))}; tasks: {', '.join(t.key for t in job.tasks)}"
        )
    parameters = {**defaults, **(overrides or {})}
    if workspace is None:
        os.environ.setdefault(LOCAL_HOME_VARIABLE, str(root / ".local"))
    echo(f"job {job.name} ({job.key}), target {target}, {len(selected)} task(s)")
    store: dict[str, dict] = {}
    outcomes, failed = [], None
    for number, task in enumerate(selected, start=1):
        if failed:
            outcomes.append(TaskOutcome(task.key, f"skipped: {failed} failed", 0.0))
            continue
        echo(f"[{number}/{len(selected)}] {task.key}: {task.notebook.relative_to(root)}")
        dbutils = job_task_dbutils(parameters, store, task.key)
        started = time.monotonic()
        try:
            output = run_notebook(task.notebook, dbutils, echo)
        except Exception as error:
            seconds = time.monotonic() - started
            failed = task.key
            outcomes.append(
                TaskOutcome(task.key, "failed", seconds, f"{type(error).__name__}: {error}")
            )
            echo(f"[{number}/{len(selected)}] {task.key} FAILED after {seconds:.1f}s")
            # The project's own errors say what to do; a traceback is for the unexpected.
            if isinstance(error, ProjectError):
                echo(f"error: {error}")
            else:
                echo("".join(traceback.format_exception(error, limit=-3)).rstrip())
            continue
        seconds = time.monotonic() - started
        outcomes.append(TaskOutcome(task.key, "succeeded", seconds, output=output))
        echo(
            f"[{number}/{len(selected)}] {task.key} succeeded in {seconds:.1f}s "
            f"{json.dumps(store.get(task.key, {}))}"
        )
    run = JobRun(job, tuple(outcomes), store)
    echo("summary:")
    for outcome in run.outcomes:
        echo(f"  {outcome.key:<28} {outcome.status:<10} {outcome.seconds:6.1f}s {outcome.error}")
    return run
