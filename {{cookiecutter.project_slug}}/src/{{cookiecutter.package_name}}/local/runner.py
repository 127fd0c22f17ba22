"""Run the bundle's job on this machine: the same notebooks, parameters and task order.

Notebooks in Databricks source format are plain Python (magics are comments), so each task's
notebook is executed as a script with a small stand-in for `dbutils`. The `%pip install` cell
that installs the package in an interactive session is such a comment; the package is importable
here, so the cells around it neither install nor restart anything.
"""

import json
import os
import runpy
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .bundle import BundleError, Job, load_job
from .dbutils import LocalDbutils, NotebookExit, job_task_dbutils
from .workspace import LOCAL_HOME_VARIABLE


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


def run_job(
    root: Path,
    job_key: str | None = None,
    tasks: list[str] | None = None,
    overrides: dict[str, str] | None = None,
    echo: Callable[[str], None] = print,
) -> JobRun:
    job = load_job(root, job_key)
    unknown = set(overrides or {}) - set(job.parameters)
    if unknown:
        raise BundleError(
            f"job {job.key!r} has no parameter {', '.join(sorted(unknown))}; "
            f"parameters: {', '.join(job.parameters)}"
        )
    selected = [t for t in job.tasks if not tasks or t.key in tasks]
    missing = set(tasks or []) - {t.key for t in job.tasks}
    if missing:
        raise BundleError(
            f"no task {', '.join(sorted(missing))}; tasks: {', '.join(t.key for t in job.tasks)}"
        )
    parameters = {**job.parameters, **(overrides or {})}
    os.environ.setdefault(LOCAL_HOME_VARIABLE, str(root / ".local"))

    echo(f"job {job.name} ({job.key}), target local, {len(selected)} task(s)")
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
