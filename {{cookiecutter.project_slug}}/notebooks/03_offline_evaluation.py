# Databricks notebook source
# MAGIC %md
# MAGIC # Task 3: offline evaluation that gates promotion
# MAGIC
# MAGIC Evaluates the version under `model_alias` on `eval_dataset` with MLflow, compares it with
# MAGIC the serving version, and moves `promote_alias` to it only if every gate of
# MAGIC `evaluation_config` passes; otherwise the task fails with the table of gates. The logic
# MAGIC lives in `{{ cookiecutter.package_name }}.evaluation.task`.

# COMMAND ----------

import json

from {{ cookiecutter.package_name }}.backend.targets import backend_for
from {{ cookiecutter.package_name }}.evaluation.task import evaluate
from {{ cookiecutter.package_name }}.parameters import EvaluationParameters

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
            "summary_markdown": report.summary_markdown(),
            "metrics": report.candidate.metrics,
            "run_url": next(iter(report.run_links.values())),
        }
    )
)
