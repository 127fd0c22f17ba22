# Databricks notebook source
# MAGIC %md
# MAGIC # Task 3: offline evaluation that gates promotion
# MAGIC
# MAGIC Evaluates the version under `model_alias` on `eval_dataset` with MLflow, compares it with
# MAGIC the serving version, and moves `promote_alias` to it only if every gate of
# MAGIC `evaluation_config` passes; otherwise the task fails with the table of gates. The logic
# MAGIC lives in `{{ cookiecutter.package_name }}.evaluation.task`.

# COMMAND ----------

# Run by hand in the workspace (docs/development.md), the package is not installed: %pip installs
# the project from the bundle's files, the folder above this notebook's (its working directory),
# at the versions the job installs. A job's environment, and the local runner, have it already.
import importlib.util

install = importlib.util.find_spec("{{ cookiecutter.package_name }}") is None
# Nothing to install: pip accepts an empty requirements file.
pip_arguments = (
    "--quiet -c ../requirements/constraints.txt -r ../requirements/job.txt .."
    if install
    else "--quiet -r /dev/null"
)

# COMMAND ----------

# MAGIC %pip install $pip_arguments

# COMMAND ----------

if install:
    dbutils.library.restartPython()

# COMMAND ----------

import json

from {{ cookiecutter.package_name }}.backend.targets import backend_for
from {{ cookiecutter.package_name }}.evaluation.task import evaluate
from {{ cookiecutter.package_name }}.interactive import declare_parameters
from {{ cookiecutter.package_name }}.parameters import EvaluationParameters

declare_parameters(dbutils, EvaluationParameters)
config = EvaluationParameters.from_parameters(dbutils.widgets.get)
report = evaluate(config, backend=backend_for(config.target))
print(report.summary_markdown())

# COMMAND ----------

dbutils.jobs.taskValues.set("model_version", report.candidate.version)
dbutils.jobs.taskValues.set("passed", report.passed)
dbutils.jobs.taskValues.set("promoted_to", report.promoted_to)
# What CI reads back (jobs get-run-output) for its job summary.
dbutils.notebook.exit(
    json.dumps(
        {
            "passed": report.passed,
            "model_version": report.candidate.version,
            "summary_markdown": report.summary_markdown(),
            "metrics": report.candidate.metrics,
            "run_url": next(iter(report.run_links.values())),
        }
    )
)
