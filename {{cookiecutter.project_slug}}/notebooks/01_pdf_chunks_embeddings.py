# Databricks notebook source
# MAGIC %md
# MAGIC # Task 1: PDFs to chunks, embeddings and a vector index
# MAGIC
# MAGIC Parses the PDFs under `source_path`, chunks and embeds the new or changed ones, merges them
# MAGIC into the chunk table and syncs the index. The logic lives in
# MAGIC `{{ cookiecutter.package_name }}.pdf_chunks_embeddings`; this notebook only reads the job parameters.

# COMMAND ----------

from {{ cookiecutter.package_name }}.pdf_chunks_embeddings import IngestionConfig, run
from {{ cookiecutter.package_name }}.spark_session import get_spark

config = IngestionConfig.from_parameters(dbutils.widgets.get)  # noqa: F821 - provided by the runtime
result = run(get_spark(), config)
print(result.summary())

# COMMAND ----------

dbutils.jobs.taskValues.set("documents", result.documents)  # noqa: F821
dbutils.jobs.taskValues.set("failed_documents", len(result.failures))  # noqa: F821
dbutils.jobs.taskValues.set("chunks", result.chunks)  # noqa: F821
dbutils.jobs.taskValues.set("index_rows", result.index_rows)  # noqa: F821
