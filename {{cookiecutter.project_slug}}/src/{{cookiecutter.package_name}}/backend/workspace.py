"""Workspace targets (dev, test, staging, prod): Unity Catalog, Foundation Model endpoints,
Vector Search, Databricks-managed MLflow and Model Serving.

Spark tables and the deployer are imported where they are used: the served model imports this
module, and Model Serving installs no pyspark.
"""

import logging
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from ..chain.retriever import traced_retriever
from ..names import unity_catalog_name
from ..retrieval.embeddings import (
    DatabricksEndpointEmbedder,
    Embedder,
    require_serving_endpoint,
)
from ..retrieval.vector_search import VectorSearchChunkIndex
from .client import workspace_client
from .experiments import use_experiment
from .kinds import ENDPOINT_EMBEDDER, OFFLINE_CHAT, VECTOR_SEARCH_INDEX, EmbedderSpec

log = logging.getLogger(__name__)


class WorkspaceBackend:
    judges = True
    production_monitoring = True
    model_extra_requirements = ()

    def __init__(self, target: str, client=None) -> None:
        self.target = target
        self._client = client

    @cached_property
    def workspace_client(self):
        """One client per backend, created on first use (a local run never needs one)."""
        return self._client or workspace_client()

    # --- ingestion ---------------------------------------------------------------------------
    def tables(self, spark, catalog: str, schema: str):
        from ..ingestion.tables import UnityCatalogTables

        return UnityCatalogTables(spark, catalog, schema)

    def source_files(self, spark, source_path: str) -> list:
        """The PDFs below a volume folder or a URL. Databricks compute mounts volumes at
        /Volumes, walked as a folder; elsewhere (`job --target dev` through Databricks Connect)
        the volume is listed through the Files API. Spark lists a URL either way; the PDFs
        themselves are read by Spark on the workspace's compute in both places."""
        from ..ingestion.sources import is_url, list_source_files, list_volume_files
        from ..spark_session import on_databricks_runtime

        if on_databricks_runtime() or is_url(source_path):
            return list_source_files(spark, source_path)
        return list_volume_files(self.workspace_client, source_path)

    def embedder_spec(self, embedding_endpoint: str) -> EmbedderSpec:
        return EmbedderSpec(ENDPOINT_EMBEDDER, endpoint=embedding_endpoint)

    def embedder(self, embedding_endpoint: str) -> Embedder:
        return DatabricksEndpointEmbedder(embedding_endpoint, client=self.workspace_client)

    def register_embedding_function(self, spark) -> None:
        """Nothing to register: `ai_query` is a Databricks AI Function. The job's principal needs
        CAN QUERY on the embedding endpoint (Foundation Model endpoints allow it by default)."""

    def check_endpoints(self, **endpoints: str) -> None:
        """Fail at task start, with the fix, when a configured serving endpoint is missing;
        each keyword names the bundle variable that sets the endpoint."""
        for variable, name in endpoints.items():
            require_serving_endpoint(self.workspace_client, name, variable)

    def chunk_index(
        self,
        index_full_name: str,
        vector_search_endpoint: str,
        embedding_endpoint: str,
        sync_timeout_seconds: float = 3600,
    ) -> VectorSearchChunkIndex:
        return VectorSearchChunkIndex(
            self.workspace_client,
            vector_search_endpoint,
            index_full_name,
            self.embedder(embedding_endpoint),
            sync_timeout_seconds,
        )

    # --- the chain ---------------------------------------------------------------------------
    def inference_rows(self, spark, catalog: str, schema: str, model_name: str):
        """The serving endpoint's inference table, <model_name>_payload in the model's schema
        (deployment/gateway.py `inference_table` names its prefix); no rows while it does not
        exist: the scheduled monitoring job may run before task 4 first deploys the endpoint."""
        import pandas as pd

        from ..monitoring.schema import INFERENCE_COLUMNS
        from ..monitoring.task import spark_rows

        table = unity_catalog_name(catalog, schema, f"{model_name}_payload")
        if spark.catalog.tableExists(table):
            return spark.table(table)
        log.warning(
            "inference table %s does not exist yet: task 4 of the RAG job creates it with the "
            "serving endpoint; nothing to monitor until the endpoint has answered a request",
            table,
        )
        return spark_rows(spark, pd.DataFrame(columns=list(INFERENCE_COLUMNS)))

    def chain_parts(
        self,
        chain_config: dict,
        index_full_name: str,
        vector_search_endpoint: str,
        embedding_endpoint: str = "",
        **_,
    ) -> dict:
        """The embedder and index the served chain calls; the chat model is config's own."""
        return {
            "embedder": self.embedder_spec(embedding_endpoint).as_config(),
            "index": {
                "kind": VECTOR_SEARCH_INDEX,
                "name": index_full_name,
                "endpoint": vector_search_endpoint,
            },
        }

    def searcher(self, settings) -> Callable:
        return self.chunk_index(
            settings.index["name"], settings.index["endpoint"], settings.embedder.endpoint
        ).searcher(settings.retrieval)

    def retriever(self, settings) -> Callable[[str], list]:
        """The chain's retriever, traced as an MLflow RETRIEVER span."""
        return traced_retriever(self.searcher(settings), settings.k, "vector_search")

    def chat_model(self, settings, transport=None):
        from .chat_models import chat_model

        return chat_model(settings, self.workspace_client, transport)

    def model_resources(self, config: dict) -> list:
        """What the served model calls, so Model Serving gives it credentials for exactly these."""
        from mlflow.models.resources import DatabricksServingEndpoint, DatabricksVectorSearchIndex

        declared = [
            DatabricksServingEndpoint(endpoint_name=config["embedder"]["endpoint"]),
            DatabricksVectorSearchIndex(index_name=config["index"]["name"]),
        ]
        if config["chat_model"]["kind"] != OFFLINE_CHAT and config.get("llm_endpoint"):
            declared.append(DatabricksServingEndpoint(endpoint_name=config["llm_endpoint"]))
        return declared

    def index_version(self, config: dict) -> str:
        """Nothing: the served model queries the live Vector Search index, so what a version
        serves does not depend on what the index held when it was registered."""
        return ""

    # --- MLflow ------------------------------------------------------------------------------
    def configure_mlflow(self, experiment_name: str | None = None) -> str | None:
        import mlflow

        mlflow.set_tracking_uri("databricks")
        mlflow.set_registry_uri("databricks-uc")
        return use_experiment(experiment_name, None)

    def registered_model_name(self, catalog: str, schema: str, model_name: str) -> str:
        return unity_catalog_name(catalog, schema, model_name)

    def run_link(self, run_id: str) -> str:
        import mlflow

        run = mlflow.get_run(run_id)
        host = self.workspace_client.config.host.rstrip("/")
        return f"{host}/ml/experiments/{run.info.experiment_id}/runs/{run_id}"

    def evaluation_folder(self, version: str) -> Path | None:
        """Results stay in the MLflow run: a job's local disk is gone when it ends."""
        return None

    # --- deployment --------------------------------------------------------------------------
    def deploy(self, task, mlflow_client, project: str):
        from ..deployment.endpoint import deploy_to_workspace

        return deploy_to_workspace(task, self.workspace_client, mlflow_client, project)
