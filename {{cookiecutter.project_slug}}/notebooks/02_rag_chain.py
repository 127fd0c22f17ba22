# Databricks notebook source
# MAGIC %md
# MAGIC # Task 2: the RAG chain, logged and registered with MLflow
# MAGIC
# MAGIC Builds the chain's configuration for this target from `config/rag_chain.yml` and the job
# MAGIC parameters, logs it as models-from-code, registers it and aliases the new version
# MAGIC `candidate`. The logic lives in `{{ cookiecutter.package_name }}.rag_chain`.

# COMMAND ----------

from {{ cookiecutter.package_name }}.rag_chain import RagChainTaskConfig, run

config = RagChainTaskConfig.from_parameters(dbutils.widgets.get)  # noqa: F821 - provided by the runtime
registered = run(config)
print(registered.summary())

# COMMAND ----------

dbutils.jobs.taskValues.set("model_name", registered.name)  # noqa: F821
dbutils.jobs.taskValues.set("model_version", registered.version)  # noqa: F821
dbutils.jobs.taskValues.set("run_id", registered.run_id)  # noqa: F821
