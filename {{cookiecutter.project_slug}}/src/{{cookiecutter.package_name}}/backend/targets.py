"""Which backend serves a target: the only test of the target in the package."""

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from ..names import LOCAL_TARGET
from ..retrieval.embeddings import Embedder
from ..retrieval.index import ChunkIndex
from .kinds import EmbedderSpec
from .local import LocalBackend
from .workspace import WorkspaceBackend


class Backend(Protocol):
    """What a task asks of its target."""

    target: str
    # Whether the evaluation runs Databricks' built-in judges beside the code scorers.
    judges: bool
    # Whether MLflow's scheduled production scorers can run (a Databricks tracking URI).
    production_monitoring: bool
    # Packages the served model needs beyond the project's runtime dependencies.
    model_extra_requirements: tuple[str, ...]

    def tables(self, spark, catalog: str, schema: str): ...

    def source_files(self, spark, source_path: str) -> list: ...

    def inference_rows(self, spark, catalog: str, schema: str, model_name: str): ...

    def embedder_spec(self, embedding_endpoint: str) -> EmbedderSpec: ...

    def embedder(self, embedding_endpoint: str) -> Embedder: ...

    def register_embedding_function(self, spark) -> None: ...

    def check_endpoints(self, **endpoints: str) -> None: ...

    def chunk_index(
        self,
        index_full_name: str,
        vector_search_endpoint: str,
        embedding_endpoint: str,
        sync_timeout_seconds: float = ...,
    ) -> ChunkIndex: ...

    def chain_parts(
        self,
        chain_config: dict,
        index_full_name: str,
        vector_search_endpoint: str,
        embedding_endpoint: str = ...,
    ) -> dict: ...

    def retriever(self, settings) -> Callable[[str], list]: ...

    def chat_model(self, settings): ...

    def model_resources(self, config: dict) -> list: ...

    def index_version(self, config: dict) -> str: ...

    def configure_mlflow(self, experiment_name: str | None = None) -> str | None: ...

    def registered_model_name(self, catalog: str, schema: str, model_name: str) -> str: ...

    def run_link(self, run_id: str) -> str: ...

    def evaluation_folder(self, version: str) -> Path | None: ...

    def deploy(self, task, mlflow_client, project: str): ...


def backend_for(target: str) -> Backend:
    if runs_on_this_machine(target):
        return LocalBackend()
    return WorkspaceBackend(target)


def runs_on_this_machine(target: str) -> bool:
    """Only the local target runs without a workspace; the others deploy as a bundle."""
    return target == LOCAL_TARGET
