# Databricks notebook source
# MAGIC %md
# MAGIC # Monitoring: the serving endpoint's metrics and thresholds
# MAGIC
# MAGIC Reads the endpoint's inference table (the local endpoint's log on the local target),
# MAGIC computes the metrics of each hour and day of the last `lookback_hours`, merges them into
# MAGIC `metrics_table`, registers the production scorers of `monitoring_config` on the
# MAGIC experiment (workspace targets), and fails when a threshold is breached. The logic lives in
# MAGIC `{{ cookiecutter.package_name }}.monitoring.task`; docs/monitoring.md explains each metric.

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
from {{ cookiecutter.package_name }}.interactive import declare_parameters
from {{ cookiecutter.package_name }}.monitoring.task import run
from {{ cookiecutter.package_name }}.monitoring.thresholds import raise_on_breach
from {{ cookiecutter.package_name }}.parameters import MonitoringParameters
from {{ cookiecutter.package_name }}.spark_session import get_spark

declare_parameters(dbutils, MonitoringParameters, job_key="monitoring")
config = MonitoringParameters.from_parameters(dbutils.widgets.get)
result = run(config, backend_for(config.target), get_spark())
print(result.summary_markdown())

# COMMAND ----------

# A breached threshold fails the run, and the job's failure notifications alert the team.
raise_on_breach(result.verdicts)
dbutils.notebook.exit(
    json.dumps({"windows": len(result.metrics), "summary_markdown": result.summary_markdown()})
)
