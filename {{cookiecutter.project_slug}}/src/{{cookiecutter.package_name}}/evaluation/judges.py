"""Databricks' built-in LLM judges of the offline evaluation: built by name, checked before they
run, and their errors raised as soon as the evaluation returns.

`mlflow.genai.evaluate` never raises for a judge that fails: it records the exception on that
row's assessment (`Feedback.error`, mlflow/genai/evaluation/harness.py `_compute_eval_scores`),
leaves the judge out of the aggregated metrics, and only logs a warning. The judge's gate would
then fail with "metric not computed", far from the cause; here the task fails at once instead,
with the judge's own error.
"""

import importlib.util

from mlflow.genai import scorers
from mlflow.genai.judges.utils import get_default_model

from ..errors import ProjectError
from .gates import JUDGES

# The judge model of a Databricks tracking URI, which every built-in judge calls through
# databricks-agents (mlflow/genai/judges/utils/__init__.py `get_default_model`;
# mlflow/genai/judges/builtin.py: model "databricks" imports databricks.agents.evals.judges).
DATABRICKS_JUDGE_MODEL = "databricks"
AGENTS_MODULE = "databricks.agents"
AGENTS_PACKAGE = "databricks-agents"


class JudgeError(ProjectError, RuntimeError):
    """A configured judge cannot run, or failed on some row of the evaluation set."""


def build_judges(names: tuple[str, ...]) -> list:
    """The built-in judges named in config/evaluation.yml (`gates.JUDGES`), as MLflow scorers."""
    return [getattr(scorers, JUDGES[name])() for name in names]


def check_judges_can_run(names: tuple[str, ...]) -> None:
    """Raise JudgeError if the judges' model needs databricks-agents and it is not installed:
    every row of every judge would fail with the same ImportError."""
    if not names or get_default_model() != DATABRICKS_JUDGE_MODEL:
        return
    if importlib.util.find_spec(AGENTS_MODULE) is None:
        raise JudgeError(
            f"the judges {', '.join(names)} need the {AGENTS_PACKAGE} package, which this "
            f"environment lacks (module {AGENTS_MODULE} not found): the job installs it from "
            "requirements/job.txt; elsewhere, install it next to the project"
        )


def raise_judge_errors(result, names: tuple[str, ...]) -> None:
    """Raise JudgeError naming each judge that failed on any row of `result` (what
    mlflow.genai.evaluate returned), with its first error.

    A judge's mean over the rows it did score would gate on part of the set, so one failed row
    fails the evaluation (a row a judge cannot score, such as correctness without an expected
    response, fails too). The per-row errors are the result table's `<judge>/error_message`
    column (mlflow/genai/utils/trace_utils.py `_get_assessment_values`); a judge without a
    metric and without a recorded error still fails, as the table can be missing.
    """
    table = result.result_df
    problems = []
    for name in names:
        column = f"{name}/error_message"
        errors = [] if table is None or column not in table else table[column].dropna().tolist()
        if errors:
            problems.append(f"{name} failed on {len(errors)} of {len(table)} rows: {errors[0]}")
        elif f"{name}/mean" not in result.metrics:
            problems.append(f"{name} returned no value and no error (see the run's traces)")
    if problems:
        listed = "\n".join(f"- {problem}" for problem in problems)
        raise JudgeError(f"judges failed, so the evaluation has no verdict:\n{listed}")
