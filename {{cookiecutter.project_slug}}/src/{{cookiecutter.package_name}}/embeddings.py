"""Embedders: a Databricks Foundation Model endpoint in workspace targets, an offline one locally.

`EmbedderSpec` is a small picklable description; Spark ships it to executors, which build the
embedder there (clients and vectorizers are created where they are used, not pickled).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

OFFLINE = "offline"
DATABRICKS = "databricks"
# Foundation Model embedding endpoints accept at most about 150 inputs per request.
MAX_ENDPOINT_BATCH = 150


class EmbeddingError(RuntimeError):
    pass


class Embedder(Protocol):
    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass(frozen=True)
class EmbedderSpec:
    kind: str
    endpoint: str = ""
    dimension: int = 512
    batch_size: int = 64

    def create(self) -> Embedder:
        if self.kind == OFFLINE:
            return OfflineHashingEmbedder(self.dimension)
        if self.kind == DATABRICKS:
            return DatabricksEndpointEmbedder(self.endpoint, self.batch_size)
        raise ValueError(f"unknown embedder kind {self.kind!r}: use {OFFLINE!r} or {DATABRICKS!r}")


class OfflineHashingEmbedder:
    """Hashed word and word-pair counts, L2-normalised: a lexical embedding for offline runs.

    It needs neither model weights nor network, is deterministic across processes and machines
    (scikit-learn's murmurhash with a fixed seed) and is stateless, so every executor embeds alike.
    """

    def __init__(self, dimension: int = 512) -> None:
        from sklearn.feature_extraction.text import HashingVectorizer

        self.name = f"offline-hashing-{dimension}"
        self.dimension = dimension
        self._vectorizer = HashingVectorizer(
            n_features=dimension,
            ngram_range=(1, 2),
            stop_words="english",
            strip_accents="unicode",
            norm="l2",
            dtype=np.float32,
        )

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return self._vectorizer.transform(list(texts)).toarray()


class DatabricksEndpointEmbedder:
    """Batched calls to a Foundation Model embedding endpoint through the Databricks SDK."""

    def __init__(self, endpoint: str, batch_size: int = 64, client=None) -> None:
        if not 1 <= batch_size <= MAX_ENDPOINT_BATCH:
            raise ValueError(f"batch_size must be between 1 and {MAX_ENDPOINT_BATCH}")
        self.name = endpoint
        self.endpoint = endpoint
        self.batch_size = batch_size
        self._client = client

    @property
    def client(self):
        if self._client is None:
            from databricks.sdk import WorkspaceClient

            self._client = WorkspaceClient()
        return self._client

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        vectors = []
        for start in range(0, len(texts), self.batch_size):
            batch = list(texts[start : start + self.batch_size])
            response = self.client.serving_endpoints.query(name=self.endpoint, input=batch)
            data = sorted(response.data or [], key=lambda item: item.index)
            if len(data) != len(batch):
                raise EmbeddingError(
                    f"endpoint {self.endpoint!r} returned {len(data)} embeddings for "
                    f"{len(batch)} inputs: is it an embedding endpoint?"
                )
            vectors.extend(item.embedding for item in data)
        if not vectors:
            return np.zeros((0, 0), dtype=np.float32)
        return np.asarray(vectors, dtype=np.float32)


def require_serving_endpoint(client, name: str, variable: str) -> None:
    """Fail at task start, with the fix, when a configured endpoint does not exist."""
    from databricks.sdk.errors import NotFound

    try:
        client.serving_endpoints.get(name)
    except NotFound as error:
        available = sorted(endpoint.name for endpoint in client.serving_endpoints.list())
        raise EmbeddingError(
            f"serving endpoint {name!r} does not exist in {client.config.host} ({error}). "
            f"Set the bundle variable {variable!r} to one of: {', '.join(available) or 'none'}"
        ) from error
