# Databricks notebook source
# MAGIC %md
# MAGIC # Task 1: PDFs to chunks, embeddings and a vector index
# MAGIC
# MAGIC Parses the PDFs under `source_path`, chunks and embeds the new or changed ones, merges them
# MAGIC into the chunk table and refreshes the index. The logic lives in
# MAGIC `{{ cookiecutter.package_name }}.ingestion`; this notebook only reads the job parameters.

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
from {{ cookiecutter.package_name }}.ingestion.task import run
from {{ cookiecutter.package_name }}.interactive import declare_parameters
from {{ cookiecutter.package_name }}.parameters import IngestionParameters
from {{ cookiecutter.package_name }}.spark_session import get_spark

declare_parameters(dbutils, IngestionParameters)
config = IngestionParameters.from_parameters(dbutils.widgets.get)
result = run(get_spark(), config, backend_for(config.target))
print(result.summary())

# COMMAND ----------

dbutils.jobs.taskValues.set("documents", result.documents)
dbutils.jobs.taskValues.set("failed_documents", len(result.failures))
dbutils.jobs.taskValues.set("chunks", result.chunks)
dbutils.jobs.taskValues.set("index_rows", result.index_rows)
