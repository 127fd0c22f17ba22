# Databricks notebook source
# MAGIC %md
# MAGIC # Task 4: serve the evaluated version, smoke test it, make it the champion
# MAGIC
# MAGIC Serves the version under `promote_alias` (only if task 3 tagged it
# MAGIC `evaluation_status=passed`) on `serving_endpoint_name`: staged beside the current version
# MAGIC at 0% of traffic, smoke tested with the questions of `eval_dataset`, then given all traffic;
# MAGIC any failure restores the previous configuration and fails the task. Locally, MLflow's model
# MAGIC server behind a logging proxy on 127.0.0.1. The logic lives in
# MAGIC `{{ cookiecutter.package_name }}.deployment` and `.local.deploy`.

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
from {{ cookiecutter.package_name }}.deployment.task import deploy, evaluation_of, job_summary
from {{ cookiecutter.package_name }}.interactive import declare_parameters
from {{ cookiecutter.package_name }}.parameters import DeploymentParameters

declare_parameters(dbutils, DeploymentParameters)
config = DeploymentParameters.from_parameters(dbutils.widgets.get)
result = deploy(config, "{{ cookiecutter.project_slug }}", backend_for(config.target))

# COMMAND ----------

# A value task 1 did not set shows as "?" (taskValues.get takes no default of None); so does
# each of them outside a job, where taskValues.get returns debugValue and fails without one.
ingestion = {
    key: dbutils.jobs.taskValues.get("pdf_chunks_embeddings", key, default="?", debugValue="?")
    for key in ("documents", "failed_documents", "chunks", "index_rows")
}
print(job_summary(ingestion, evaluation_of(result.model_name, result.version), result))

dbutils.jobs.taskValues.set("model_version", result.version)
dbutils.jobs.taskValues.set("endpoint_url", result.url)
dbutils.jobs.taskValues.set("smoke_latencies_ms", result.smoke.latencies_ms)
dbutils.jobs.taskValues.set("latency_run", result.latency.as_dict())
# What CI reads back (jobs get-run-output) for its job summary: the smoke test and its latencies,
# the latency run after the switch.
dbutils.notebook.exit(
    json.dumps(
        {
            "model_version": result.version,
            "endpoint_name": result.endpoint_name,
            "endpoint_url": result.url,
            "smoke_test": {
                "passed": result.smoke.passed,
                "results": [
                    {
                        "question": row.question,
                        "latency_ms": row.latency_ms,
                        "passed": row.passed,
                        "error": row.error,
                    }
                    for row in result.smoke.results
                ],
            },
            "latency_run": result.latency.as_dict(),
            "warnings": list(result.warnings),
        }
    )
)
