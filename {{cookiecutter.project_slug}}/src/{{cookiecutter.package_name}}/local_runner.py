"""Run the bundle's job on this machine: the same notebooks, parameters and task order.

Notebooks in Databricks source format are plain Python (magics are comments), so each task's
notebook is executed as a script with a small stand-in for `dbutils`.
"""

import json
import os
import re
import runpy
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .bundle import Job, load_job
from .local_workspace import LOCAL_HOME_VARIABLE


class WidgetNotDefinedError(KeyError):
    def __str__(self) -> str:
        return f"no widget or job parameter named {self.args[0]!r}"


class Widgets:
    def __init__(self, values: dict[str, str]) -> None:
        self._values = dict(values)

    def text(self, name: str, default_value: str = "", label: str | None = None) -> None:
        self._values.setdefault(name, default_value)

    def get(self, name: str) -> str:
        if name not in self._values:
            raise WidgetNotDefinedError(name)
        return self._values[name]

    def getAll(self) -> dict[str, str]:  # noqa: N802 - the dbutils name
        return dict(self._values)


class TaskValues:
    def __init__(self, store: dict[str, dict], task_key: str) -> None:
        self._store = store
        self._task_key = task_key

    def set(self, key: str, value) -> None:
        json.dumps(value)  # Databricks accepts JSON-serialisable values only; fail alike
        self._store.setdefault(self._task_key, {})[key] = value

    def get(self, taskKey: str, key: str, default=None, debugValue=None):  # noqa: N803
        values = self._store.get(taskKey, {})
        if key in values:
            return values[key]
        if default is None:
            raise ValueError(f"task {taskKey!r} set no value {key!r} and no default was given")
        return default


class Secrets:
    """Secrets come from environment variables: scope `s`, key `k` -> RAG_SECRET_S_K."""

    @staticmethod
    def variable(scope: str, key: str) -> str:
        return "RAG_SECRET_" + re.sub(r"[^A-Za-z0-9]", "_", f"{scope}_{key}").upper()

    def get(self, scope: str, key: str) -> str:
        name = self.variable(scope, key)
        if name not in os.environ:
            raise KeyError(f"secret {scope}/{key} is not set locally: export {name}")
        return os.environ[name]


class NotebookExit(Exception):  # noqa: N818 - it ends a notebook, it is not an error
    """`dbutils.notebook.exit` ends the notebook successfully with a value, as on Databricks."""

    def __init__(self, value: str) -> None:
        super().__init__(value)
        self.value = value


class Notebook:
    def exit(self, value: str = "") -> None:
        raise NotebookExit(str(value))


@dataclass
class _Jobs:
    taskValues: TaskValues  # noqa: N815 - the dbutils name


@dataclass
class LocalDbutils:
    widgets: Widgets
    jobs: _Jobs
    secrets: Secrets = field(default_factory=Secrets)
    notebook: Notebook = field(default_factory=Notebook)


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
        raise ValueError(
            f"job {job.key!r} has no parameter {', '.join(sorted(unknown))}; "
            f"parameters: {', '.join(job.parameters)}"
        )
    selected = [t for t in job.tasks if not tasks or t.key in tasks]
    missing = set(tasks or []) - {t.key for t in job.tasks}
    if missing:
        raise ValueError(
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
        dbutils = LocalDbutils(Widgets(parameters), _Jobs(TaskValues(store, task.key)))
        started = time.monotonic()
        output = ""
        try:
            runpy.run_path(
                str(task.notebook),
                init_globals={"dbutils": dbutils, "display": echo},
                run_name="__main__",
            )
        except NotebookExit as exit_:
            output = exit_.value
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
