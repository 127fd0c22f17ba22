# Databricks notebook source
# MAGIC %md
# MAGIC # Task 2: the RAG chain, logged and registered with MLflow
# MAGIC
# MAGIC Builds the chain's configuration for this target from `config/rag_chain.yml` and the job
# MAGIC parameters, logs it as models-from-code, registers it and aliases the new version
# MAGIC `candidate`. The logic lives in `{{ cookiecutter.package_name }}.chain.registration`.

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

from {{ cookiecutter.package_name }}.backend.targets import backend_for
from {{ cookiecutter.package_name }}.chain.registration import run
from {{ cookiecutter.package_name }}.interactive import declare_parameters
from {{ cookiecutter.package_name }}.parameters import ChainParameters

declare_parameters(dbutils, ChainParameters)
config = ChainParameters.from_parameters(dbutils.widgets.get)
registered = run(config, backend_for(config.target))
print(registered.summary())

# COMMAND ----------

dbutils.jobs.taskValues.set("model_name", registered.name)
dbutils.jobs.taskValues.set("model_version", registered.version)
dbutils.jobs.taskValues.set("run_id", registered.run_id)
