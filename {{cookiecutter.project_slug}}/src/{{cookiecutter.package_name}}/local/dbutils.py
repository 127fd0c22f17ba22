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
class JobsUtilities:
    taskValues: TaskValues  # noqa: N815 - the dbutils name


@dataclass
class LocalDbutils:
    widgets: Widgets
    jobs: JobsUtilities
    secrets: Secrets = field(default_factory=Secrets)
    notebook: Notebook = field(default_factory=Notebook)
