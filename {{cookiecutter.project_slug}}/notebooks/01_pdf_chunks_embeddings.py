# Databricks notebook source
# MAGIC %md
# MAGIC # Task 1: PDFs to chunks, embeddings and a vector index
# MAGIC
# MAGIC Parses the PDFs under `source_path`, chunks and embeds the new or changed ones, merges them
# MAGIC into the chunk table and refreshes the index. The logic lives in
# MAGIC `{{ cookiecutter.package_name }}.ingestion`; this notebook only reads the job parameters.

# COMMAND ----------

from {{ cookiecutter.package_name }}.backend.targets import backend_for
from {{ cookiecutter.package_name }}.ingestion.task import run
from {{ cookiecutter.package_name }}.parameters import IngestionParameters
from {{ cookiecutter.package_name }}.spark_session import get_spark

config = IngestionParameters.from_parameters(dbutils.widgets.get)
result = run(get_spark(), config, backend_for(config.target))
print(result.summary())

# COMMAND ----------

dbutils.jobs.taskValues.set("documents", result.documents)
dbutils.jobs.taskValues.set("failed_documents", len(result.failures))
dbutils.jobs.taskValues.set("chunks", result.chunks)
dbutils.jobs.taskValues.set("index_rows", result.index_rows)
