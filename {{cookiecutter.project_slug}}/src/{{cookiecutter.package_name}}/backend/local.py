"""The local target: everything on this machine, offline, under the local home (`.local/`).

Spark tables and the deployer are imported where they are used: a served model imports this module
and has neither pyspark nor the local server at hand.
"""

import json
import os
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

from ..chain.retriever import traced_retriever
from ..local.workspace import LocalWorkspace
from ..names import LOCAL_TARGET
from ..retrieval.embeddings import Embedder
from ..retrieval.local_index import LocalChunkIndex, LocalVectorIndex
from .experiments import use_experiment
from .kinds import LOCAL_INDEX, OFFLINE_CHAT, OFFLINE_EMBEDDER, EmbedderSpec

# Installed where the offline embedder runs (local serving); Databricks embeds with an endpoint.
OFFLINE_ONLY_REQUIREMENTS = ("scikit-learn",)


class LocalBackend:
    target = LOCAL_TARGET
    # Databricks' judges need Databricks-managed MLflow: locally only the code scorers run.
    judges = False
    # MLflow's scheduled production scorers run on Databricks only (monitoring/production.py).
    production_monitoring = False
    model_extra_requirements = OFFLINE_ONLY_REQUIREMENTS

    @cached_property
    def home(self) -> LocalWorkspace:
        return LocalWorkspace.current()

    # --- ingestion ---------------------------------------------------------------------------
    def tables(self, spark, catalog: str, schema: str):
        from ..ingestion.tables import LocalTables

        return LocalTables(spark, self.home.tables, catalog, schema)

    def source_files(self, spark, source_path: str) -> list:
        """The PDFs below a folder of this machine (or a URL local Spark reads)."""
        from ..ingestion.sources import list_source_files

        return list_source_files(spark, source_path)

    def embedder_spec(self, embedding_endpoint: str) -> EmbedderSpec:
        return EmbedderSpec(OFFLINE_EMBEDDER)

    def embedder(self, embedding_endpoint: str) -> Embedder:
        return self.embedder_spec(embedding_endpoint).create()

    def register_embedding_function(self, spark) -> None:
        """`ai_query` for this session: a function of the same name and arguments that embeds
        with the offline embedder (local Spark has no AI Functions)."""
        from ..ingestion.embedding import AI_QUERY, offline_ai_query

        spark.udf.register(AI_QUERY, offline_ai_query(self.embedder_spec("")))

    def check_endpoints(self, **endpoints: str) -> None:
        """Nothing to check offline: no endpoint is called."""

    def index_folder(self, index_full_name: str) -> Path:
        """Where this target keeps the index a workspace target would name `index_full_name`."""
        return self.home.vector_indexes / index_full_name

    def chunk_index(
        self, index_full_name: str, vector_search_endpoint: str, embedding_endpoint: str, **_
    ) -> LocalChunkIndex:
        return LocalChunkIndex(
            self.index_folder(index_full_name), self.embedder(embedding_endpoint)
        )

    # --- monitoring --------------------------------------------------------------------------
    def inference_rows(self, spark, catalog: str, schema: str, model_name: str):
        """The local endpoint's inference log (every rotated file) as a Spark DataFrame of text
        columns; its unreadable lines are left out (`monitor` reports their count)."""
        from ..monitoring.local_log import default_log, read_log
        from ..monitoring.task import spark_rows

        return spark_rows(spark, read_log(default_log()).rows)

    # --- the chain ---------------------------------------------------------------------------
    def chain_parts(
        self, chain_config: dict, index_full_name: str, vector_search_endpoint: str, **_
    ) -> dict:
        """The configuration entries the local chain runs with: the offline embedder, the local
        index, and the extractive answerer standing in for every configured chat model."""
        return {
            "embedder": self.embedder_spec("").as_config(),
            "index": {"kind": LOCAL_INDEX, "folder": str(self.index_folder(index_full_name))},
            "chat_model": {**chain_config.get("chat_model", {}), "kind": OFFLINE_CHAT},
        }

    def searcher(self, settings) -> Callable:
        folder = Path(settings.index["folder"])
        return LocalChunkIndex(folder, settings.embedder.create()).searcher(settings.retrieval)

    def retriever(self, settings) -> Callable[[str], list]:
        """The chain's retriever, traced as an MLflow RETRIEVER span."""
        return traced_retriever(self.searcher(settings), settings.k, "local_index_search")

    def chat_model(self, settings):
        from .chat_models import chat_model

        return chat_model(settings)

    def model_resources(self, config: dict) -> list:
        """Nothing to declare: no Databricks resource is called."""
        return []

    def index_version(self, config: dict) -> str:
        """The local index's manifest (the chunk-table version it mirrors, its rows, its
        embedder): a served model loads the index once, so a new index needs a new version."""
        manifest = LocalVectorIndex.manifest_of(Path(config["index"]["folder"]))
        return json.dumps(manifest, sort_keys=True) if manifest else ""

    # --- MLflow ------------------------------------------------------------------------------
    @property
    def tracking_uri(self) -> str:
        return f"sqlite:///{self.home.root / 'mlflow' / 'mlflow.db'}"

    def configure_mlflow(self, experiment_name: str | None = None) -> str | None:
        """Tracking and registry share one sqlite database under the local home, so
        `models:/<name>@<alias>` resolves offline exactly as it does against Unity Catalog."""
        import mlflow

        (self.home.root / "mlflow").mkdir(parents=True, exist_ok=True)
        mlflow.set_tracking_uri(self.tracking_uri)
        mlflow.set_registry_uri(self.tracking_uri)
        # Served models and CLI commands started from here must find the same store.
        os.environ["MLFLOW_TRACKING_URI"] = self.tracking_uri
        os.environ["MLFLOW_REGISTRY_URI"] = self.tracking_uri
        artifacts = (self.home.root / "mlflow" / "artifacts").as_uri()
        return use_experiment(experiment_name, artifacts)

    def registered_model_name(self, catalog: str, schema: str, model_name: str) -> str:
        return model_name

    def run_link(self, run_id: str) -> str:
        return f"{self.tracking_uri} run {run_id}"

    def evaluation_folder(self, version: str) -> Path | None:
        """Each local evaluation keeps its results under the local home."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        return self.home.root / "evaluation" / f"{stamp}-v{version}"

    # --- deployment --------------------------------------------------------------------------
    def deploy(self, task, mlflow_client, project: str):
        from ..local.deploy import deploy_locally

        name = self.registered_model_name(task.catalog, task.schema, task.model_name)
        return deploy_locally(task, mlflow_client, name)
