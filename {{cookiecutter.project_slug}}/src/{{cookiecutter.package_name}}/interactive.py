"""A task's notebook run by hand in the workspace ("Run all"), not as a task of the job.

A job run gives the notebook the job's parameters as widgets; a notebook opened in the workspace
has none, and its first `dbutils.widgets.get` fails. `declare_parameters` declares the widgets
a task reads, with the values the bundle's job has on the dev target, as deployed by the current
user. In a job run every widget exists already and nothing is declared, so the job's parameters
win (they would anyway: a widget's default only applies to a parameter the job does not pass,
databricks-sdk jobs.NotebookTask.base_parameters).
"""

import dataclasses
from collections.abc import Callable
from pathlib import Path

from .backend import client
from .errors import ProjectError
from .local.bundle import workspace_job_parameters

# The target a developer's notebooks are deployed to (`databricks bundle deploy`, its default).
INTERACTIVE_TARGET = "dev"


def workspace_user() -> str:
    """The userName of whoever runs the notebook: the SDK authenticates with the notebook's
    context on Databricks (backend/client.py)."""
    return client.workspace_client().current_user.me().user_name


def bundle_files_root() -> Path:
    """The deployed bundle's files: the folder above notebooks/, the working directory of a
    notebook on Databricks Runtime 14 and above
    (https://docs.databricks.com/files/cwd-dbr-14.html)."""
    return Path.cwd().parent


def _has_widget(dbutils, name: str) -> bool:
    try:
        dbutils.widgets.get(name)
    except Exception:  # dbutils raises its own types for a missing widget
        return False
    return True


def declare_parameters(
    dbutils,
    parameters: type,
    target: str = INTERACTIVE_TARGET,
    root: Callable[[], Path] = bundle_files_root,
    user: Callable[[], str] = workspace_user,
    job_key: str | None = None,
) -> dict[str, str]:
    """Declare a text widget for each field of `parameters` that has none, with its value in the
    bundle's job on `target` (`job_key`, or the main job); the widgets declared, with their
    values.

    The bundle is read (and the workspace asked who the user is) only when a widget is missing.
    """
    names = [field.name for field in dataclasses.fields(parameters)]
    missing = [name for name in names if not _has_widget(dbutils, name)]
    if not missing:
        return {}
    values = workspace_job_parameters(root(), target, user(), job_key)
    undeclared = sorted(set(missing) - set(values))
    if undeclared:
        raise ProjectError(f"the job on target {target!r} has no parameter {undeclared}")
    for name in missing:
        dbutils.widgets.text(name, values[name])
    return {name: values[name] for name in missing}
