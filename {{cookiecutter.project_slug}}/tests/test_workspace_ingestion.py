"""Task 1's workspace path needs no Databricks credentials on Spark executors.

Executors get none from the SDK (the runtime's token lives in the driver's notebook context, and
job environment variables do not reach UDFs), so any code of this project that authenticates on
a worker fails on Databricks. The workspace ingestion path runs here on local Spark, in a process
whose environment holds no DATABRICKS_* variable and whose Python workers refuse to build a
Databricks client; only what exists solely in a workspace is replaced: Delta tables by local
ones, Vector Search by the local index, and the platform's `ai_query` by a stand-in of the same
name (on Databricks that function calls the endpoint with the platform's own credentials).
"""

import json
import os
import subprocess
import sys
import textwrap

import pytest

from tests import pdf_factory
from tests.test_pdf_chunks_embeddings import PARAMETERS

# Imported first by every Python process of the run (Spark's workers included, through
# PYTHONPATH): building a Databricks client or its configuration fails there.
GUARD = """
import databricks.sdk
import databricks.sdk.config


def refuse(*args, **kwargs):
    raise RuntimeError("code on a Spark worker tried to authenticate to Databricks")


databricks.sdk.WorkspaceClient.__init__ = refuse
databricks.sdk.config.Config.__init__ = refuse
"""

RUN = """
import json
import sys
from pathlib import Path

from {{ cookiecutter.package_name }}.backend.kinds import OFFLINE_EMBEDDER, EmbedderSpec
from {{ cookiecutter.package_name }}.backend.workspace import WorkspaceBackend
from {{ cookiecutter.package_name }}.ingestion.embedding import AI_QUERY, offline_ai_query
from {{ cookiecutter.package_name }}.ingestion.sources import list_source_files
from {{ cookiecutter.package_name }}.ingestion.tables import LocalTables
from {{ cookiecutter.package_name }}.ingestion.task import run
from {{ cookiecutter.package_name }}.parameters import IngestionParameters
from {{ cookiecutter.package_name }}.retrieval.embeddings import OfflineHashingEmbedder
from {{ cookiecutter.package_name }}.retrieval.local_index import LocalChunkIndex
from {{ cookiecutter.package_name }}.spark_session import local_spark

home = Path(sys.argv[1])


class DriverClient:
    # The driver's client, given to the backend: the endpoint check finds the endpoint.
    class serving_endpoints:
        @staticmethod
        def get(name):
            return {"name": name}


class WorkspacePathOnLocalSpark(WorkspaceBackend):
    def tables(self, spark, catalog, schema):
        return LocalTables(spark, home / "tables", catalog, schema)

    def source_files(self, spark, source_path):
        # As Databricks compute lists a volume: a folder mounted on the driver.
        return list_source_files(spark, source_path)

    def register_embedding_function(self, spark):
        spark.udf.register(AI_QUERY, offline_ai_query(EmbedderSpec(OFFLINE_EMBEDDER)))

    def chunk_index(self, index_full_name, *args, **kwargs):
        return LocalChunkIndex(home / "index", OfflineHashingEmbedder())


def authenticate(_):
    from databricks.sdk import WorkspaceClient

    WorkspaceClient(host="https://example.cloud.databricks.com", token="dapi-x")


spark = local_spark(warehouse=str(home / "warehouse"))
try:
    spark.sparkContext.parallelize([0], 1).map(authenticate).collect()
    sys.exit("the guard is not active on the workers")
except Exception as refused:
    assert "tried to authenticate" in str(refused), refused

parameters = IngestionParameters.from_parameters(json.loads(sys.argv[2]).get)
result = run(spark, parameters, WorkspacePathOnLocalSpark("staging", client=DriverClient()))
print(result.summary())
assert result.chunks_added > 0 and result.index_rows == result.chunks, result.summary()
"""


@pytest.mark.spark
def test_the_workspace_ingestion_path_authenticates_nowhere_on_the_workers(tmp_path):
    pdfs = tmp_path / "pdfs"
    pdfs.mkdir()
    (pdfs / "leave.pdf").write_bytes(pdf_factory.text_pdf(["Annual leave is 27 days. " * 30]))
    (pdfs / "vacuum.pdf").write_bytes(pdf_factory.text_pdf(["The battery lasts 150 min. " * 30]))
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD)
    environment = {
        name: value for name, value in os.environ.items() if not name.startswith("DATABRICKS_")
    }
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(guard), environment.get("PYTHONPATH", "")])
    )
    environment["PYSPARK_PYTHON"] = sys.executable
    # Task 1's test parameters, on a workspace target.
    parameters = {**PARAMETERS, "target": "staging", "catalog": "main", "source_path": str(pdfs)}
    completed = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(RUN), str(tmp_path), json.dumps(parameters)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-6000:]
    assert "2 documents (2 processed" in completed.stdout
