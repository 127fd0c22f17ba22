# Databricks notebook source
# MAGIC %md
# MAGIC # Task 2: the RAG chain, logged and registered with MLflow
# MAGIC
# MAGIC Builds the chain's configuration for this target from `config/rag_chain.yml` and the job
# MAGIC parameters, logs it as models-from-code, registers it and aliases the new version
# MAGIC `candidate`. The logic lives in `{{ cookiecutter.package_name }}.chain.registration`.

# COMMAND ----------

from {{ cookiecutter.package_name }}.backend.targets import backend_for
from {{ cookiecutter.package_name }}.chain.registration import run
from {{ cookiecutter.package_name }}.parameters import ChainParameters

config = ChainParameters.from_parameters(dbutils.widgets.get)
registered = run(config, backend_for(config.target))
print(registered.summary())

# COMMAND ----------

dbutils.jobs.taskValues.set("model_name", registered.name)
dbutils.jobs.taskValues.set("model_version", registered.version)
dbutils.jobs.taskValues.set("run_id", registered.run_id)
