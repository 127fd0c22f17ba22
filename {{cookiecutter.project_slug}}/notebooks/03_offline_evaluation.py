# Databricks notebook source
# MAGIC %md
# MAGIC # Task 3: offline evaluation that gates promotion
# MAGIC
# MAGIC Evaluates the version under `model_alias` on `eval_dataset` with MLflow, compares it with
# MAGIC the serving version, and moves `promote_alias` to it only if every gate of
# MAGIC `evaluation_config` passes; otherwise the task fails with the table of gates. The logic
# MAGIC lives in `{{ cookiecutter.package_name }}.offline_evaluation`.

# COMMAND ----------

import json

from {{ cookiecutter.package_name }}.offline_evaluation import EvaluationTaskConfig, evaluate

config = EvaluationTaskConfig.from_parameters(dbutils.widgets.get)  # noqa: F821 - provided by the runtime
report = evaluate(config)
print(report.summary_markdown())

# COMMAND ----------

dbutils.jobs.taskValues.set("model_version", report.candidate.version)  # noqa: F821
dbutils.jobs.taskValues.set("passed", report.passed)  # noqa: F821
dbutils.jobs.taskValues.set("promoted_to", report.promoted_to)  # noqa: F821
# What CI reads back (jobs get-run-output) for its job summary.
dbutils.notebook.exit(  # noqa: F821
    json.dumps(
        {
            "passed": report.passed,
            "summary_markdown": report.summary_markdown(),
            "metrics": report.candidate.metrics,
            "run_url": next(iter(report.run_links.values())),
        }
    )
)
