"""The kinds of embedder, chunk index and chat model a logged chain configuration names."""

from dataclasses import dataclass

from ..retrieval.embeddings import DatabricksEndpointEmbedder, Embedder, OfflineHashingEmbedder
from .client import workspace_client

OFFLINE_EMBEDDER = "offline"
ENDPOINT_EMBEDDER = "databricks"
LOCAL_INDEX = "local"
VECTOR_SEARCH_INDEX = "databricks"
DATABRICKS_CHAT = "databricks"
OPENAI_COMPATIBLE = "openai_compatible"
OFFLINE_CHAT = "offline"
CHAT_KINDS = (DATABRICKS_CHAT, OPENAI_COMPATIBLE, OFFLINE_CHAT)
INDEX_KINDS = (LOCAL_INDEX, VECTOR_SEARCH_INDEX)


@dataclass(frozen=True)
class EmbedderSpec:
    """A small picklable description of an embedder: Spark ships it to executors, which build
    the embedder there (clients and vectorizers are created where they are used, not pickled)."""

    kind: str
    endpoint: str = ""
    dimension: int = 512
    batch_size: int = 64

    def create(self, client=None) -> Embedder:
        if self.kind == OFFLINE_EMBEDDER:
            return OfflineHashingEmbedder(self.dimension)
        if self.kind == ENDPOINT_EMBEDDER:
            return DatabricksEndpointEmbedder(
                self.endpoint, self.batch_size, client or workspace_client()
            )
        raise ValueError(
            f"unknown embedder kind {self.kind!r}: use {OFFLINE_EMBEDDER!r} or "
            f"{ENDPOINT_EMBEDDER!r}"
        )

    def as_config(self) -> dict:
        """The chain configuration's `embedder` entry."""
        return (
            {"kind": self.kind, "endpoint": self.endpoint} if self.endpoint else {"kind": self.kind}
        )
