"""A stand-in for the `dbutils` of Databricks notebooks: widgets (job parameters), task values,
secrets and `notebook.exit`, with the same names and failure modes."""

import json
import os
import re
from dataclasses import dataclass, field


class WidgetNotDefinedError(KeyError):
    def __str__(self) -> str:
        return f"no widget or job parameter named {self.args[0]!r}"


class Widgets:
    def __init__(self, values: dict[str, str]) -> None:
        self._values = dict(values)

    def text(self, name: str, defaultValue: str, label: str | None = None) -> None:  # noqa: N803
        # A job's parameter wins over the widget's default: "If the notebook takes a parameter
        # that is not specified in the job's base_parameters or the run-now override parameters,
        # the default value from the notebook is used" (databricks-sdk jobs.NotebookTask).
        self._values.setdefault(name, defaultValue)

    def get(self, name: str) -> str:
        if name not in self._values:
            raise WidgetNotDefinedError(name)
        return self._values[name]

    def getAll(self) -> dict[str, str]:  # noqa: N802 - the dbutils name
        return dict(self._values)


class TaskValues:
    """Task values of a job run, or, with no `task_key`, of a notebook run outside any job.

    Outside a job, `get` returns `debugValue` and fails without one, and `set` keeps nothing: the
    behaviour of the SDK's own stand-in (databricks/sdk/dbutils.py, _TaskValuesUtil, raising
    "Must pass debugValue when calling get outside of a job context") and of the docs
    (https://docs.databricks.com/workflows/jobs/how-to-share-task-values.html).
    """

    def __init__(self, store: dict[str, dict], task_key: str | None) -> None:
        self._store = store
        self._task_key = task_key

    def set(self, key: str, value) -> None:
        json.dumps(value)  # Databricks accepts JSON-serialisable values only; fail alike
        if self._task_key is not None:
            self._store.setdefault(self._task_key, {})[key] = value

    def get(self, taskKey: str, key: str, default=None, debugValue=None):  # noqa: N803
        if self._task_key is None:
            if debugValue is None:
                raise TypeError(
                    "Must pass debugValue when calling get outside of a job context. "
                    "debugValue cannot be None."
                )
            return debugValue
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
class JobsUtilities:
    taskValues: TaskValues  # noqa: N815 - the dbutils name


@dataclass
class LocalDbutils:
    widgets: Widgets
    jobs: JobsUtilities
    secrets: Secrets = field(default_factory=Secrets)
    notebook: Notebook = field(default_factory=Notebook)


def job_task_dbutils(
    parameters: dict[str, str], store: dict[str, dict], task_key: str
) -> LocalDbutils:
    """`dbutils` of a job's task: the job's parameters as widgets, the run's task values."""
    return LocalDbutils(Widgets(parameters), JobsUtilities(TaskValues(store, task_key)))


def interactive_dbutils() -> LocalDbutils:
    """`dbutils` of a notebook run by hand, outside any job: no widget, no task value."""
    return LocalDbutils(Widgets({}), JobsUtilities(TaskValues({}, None)))
