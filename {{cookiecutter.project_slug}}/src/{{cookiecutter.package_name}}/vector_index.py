"""The chunk index: Databricks Vector Search in workspace targets, a local index on a laptop.

Both are built from the chunk table, so the local index mirrors what a Delta Sync index holds.
"""

import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .local_workspace import LocalWorkspace

INDEX_COLUMNS = ["chunk_id", "document_path", "page_number", "chunk_text"]


class VectorIndexError(RuntimeError):
    pass


def index_full_name(catalog: str, schema: str, index: str) -> str:
    return f"{catalog}.{schema}.{index}"


def local_index_folder(full_name: str) -> Path:
    """Where the local target keeps the index a workspace target would name `full_name`."""
    return LocalWorkspace.current().vector_indexes / full_name


@dataclass(frozen=True)
class SearchHit:
    chunk_id: str
    document_path: str
    page_number: int
    chunk_text: str
    score: float


# A query with at most this share of non-zero dimensions is scored from those columns only.
# Beyond it, gathering the columns costs more than one pass over the whole matrix.
SPARSE_QUERY_SHARE = 1 / 8


class LocalVectorIndex:
    """Exact cosine search over L2-normalised vectors held in memory.

    The vectors are held column-major (each dimension contiguous). A question embedded by the
    offline hashing embedder has a dozen or so non-zero dimensions of 512, and only those columns
    can change its scores, so it is scored exactly from them: at 100k chunks that reads a few MB
    instead of the 200 MB a full pass reads. Dense queries take the full pass, which BLAS also
    runs faster over column-major data.
    """

    def __init__(self, vectors: np.ndarray, metadata: pd.DataFrame, manifest: dict) -> None:
        if len(vectors) != len(metadata):
            raise VectorIndexError(f"{len(vectors)} vectors for {len(metadata)} rows")
        # Indexes saved row-major (before this layout) are converted on every load until rebuilt.
        self.vectors = np.asfortranarray(vectors, dtype=np.float32)
        self.metadata = metadata.reset_index(drop=True)
        self.manifest = manifest
        # Plain arrays: building hits through pandas row access costs more than the search.
        self._columns = [self.metadata[column].to_numpy() for column in INDEX_COLUMNS]

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, **manifest) -> "LocalVectorIndex":
        vectors = (
            np.vstack(frame["embedding"].to_numpy()).astype(np.float32)
            if len(frame)
            else np.zeros((0, 0), dtype=np.float32)
        )
        norms = np.linalg.norm(vectors, axis=1, keepdims=True) if len(frame) else None
        if norms is not None:
            vectors /= np.where(norms == 0, 1, norms)
        manifest = {
            **manifest,
            "rows": len(frame),
            "dimension": int(vectors.shape[1]) if len(frame) else 0,
        }
        return cls(vectors, frame[INDEX_COLUMNS].copy(), manifest)

    def __len__(self) -> int:
        return len(self.metadata)

    def search(self, query: np.ndarray, k: int = 5) -> list[SearchHit]:
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        if not len(self):
            return []
        query = np.asarray(query, dtype=np.float32).ravel()
        if query.shape[0] != self.vectors.shape[1]:
            raise VectorIndexError(
                f"query has {query.shape[0]} dimensions, the index {self.vectors.shape[1]}: "
                "embed questions with the embedder that built the index"
            )
        norm = np.linalg.norm(query)
        if norm:
            query = query / norm
        nonzero = np.flatnonzero(query)
        if len(nonzero) <= SPARSE_QUERY_SHARE * len(query):
            scores = self.vectors[:, nonzero] @ query[nonzero]
        else:
            scores = self.vectors @ query
        k = min(k, len(scores))
        top = np.argpartition(scores, len(scores) - k)[-k:]
        top = top[np.argsort(-scores[top])]
        chunk_ids, paths, pages, texts = (column[top] for column in self._columns)
        return [
            SearchHit(str(chunk_id), str(path), int(page), str(text), float(score))
            for chunk_id, path, page, text, score in zip(
                chunk_ids, paths, pages, texts, scores[top], strict=True
            )
        ]

    def save(self, folder: Path) -> None:
        """Write beside the old copy, then swap, so a reader never sees half an index."""
        staging = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        np.save(staging / "vectors.npy", self.vectors)
        self.metadata.to_parquet(staging / "metadata.parquet", index=False)
        (staging / "manifest.json").write_text(json.dumps(self.manifest, indent=2))
        previous = folder.with_name(folder.name + ".old")
        shutil.rmtree(previous, ignore_errors=True)
        if folder.exists():
            folder.rename(previous)
        staging.rename(folder)
        shutil.rmtree(previous, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path) -> "LocalVectorIndex":
        manifest_file = folder / "manifest.json"
        if not manifest_file.is_file():
            raise VectorIndexError(
                f"no local index at {folder}: run the job (`make job`) or `ingest` first"
            )
        return cls(
            np.load(folder / "vectors.npy"),
            pd.read_parquet(folder / "metadata.parquet"),
            json.loads(manifest_file.read_text()),
        )

    @staticmethod
    def manifest_of(folder: Path) -> dict | None:
        manifest_file = folder / "manifest.json"
        return json.loads(manifest_file.read_text()) if manifest_file.is_file() else None


# Vector Search reports progress in status.detailed_state, which the SDK's dataclass drops; the
# raw REST answer is read for it.
_SYNCED_STATES = ("ONLINE_NO_PENDING_UPDATE",)
_FAILED_MARKERS = ("FAILED", "OFFLINE")


class DatabricksVectorSearch:
    """Create-if-missing, sync and wait for a Delta Sync index with self-managed embeddings."""

    def __init__(
        self, client, endpoint_name: str, index_name: str, poll_seconds: float = 10
    ) -> None:
        self.client = client
        self.endpoint_name = endpoint_name
        self.index_name = index_name
        self.poll_seconds = poll_seconds

    def ensure_endpoint(self, timeout_seconds: float) -> None:
        from datetime import timedelta

        from databricks.sdk.errors import NotFound
        from databricks.sdk.service.vectorsearch import EndpointType

        try:
            self.client.vector_search_endpoints.get_endpoint(self.endpoint_name)
        except NotFound:
            self.client.vector_search_endpoints.create_endpoint(
                name=self.endpoint_name, endpoint_type=EndpointType.STANDARD
            )
        self.client.vector_search_endpoints.wait_get_endpoint_vector_search_endpoint_online(
            self.endpoint_name, timeout=timedelta(seconds=timeout_seconds)
        )

    def describe(self) -> dict | None:
        from databricks.sdk.errors import NotFound

        try:
            return self.client.api_client.do(
                "GET", f"/api/2.0/vector-search/indexes/{self.index_name}"
            )
        except NotFound:
            return None

    def ensure_index(self, source_table: str, embedding_dimension: int) -> bool:
        """Create the index if it does not exist; return whether it was created."""
        from databricks.sdk.service.vectorsearch import (
            DeltaSyncVectorIndexSpecRequest,
            EmbeddingVectorColumn,
            PipelineType,
            VectorIndexType,
        )

        existing = self.describe()
        if existing is not None:
            spec = existing.get("delta_sync_index_spec", {})
            columns = spec.get("embedding_vector_columns") or [{}]
            dimension = columns[0].get("embedding_dimension")
            if spec.get("source_table") not in (None, source_table):
                raise VectorIndexError(
                    f"index {self.index_name} syncs from {spec['source_table']}, "
                    f"not {source_table}: "
                    "delete it or set the job parameter vector_search_index to a new name"
                )
            if dimension not in (None, embedding_dimension):
                raise VectorIndexError(
                    f"index {self.index_name} holds {dimension}-dimensional vectors but the chunks "
                    f"have {embedding_dimension} (was the embedding endpoint changed?): delete the "
                    "index or set vector_search_index to a new name"
                )
            return False
        self.client.vector_search_indexes.create_index(
            name=self.index_name,
            endpoint_name=self.endpoint_name,
            primary_key="chunk_id",
            index_type=VectorIndexType.DELTA_SYNC,
            delta_sync_index_spec=DeltaSyncVectorIndexSpecRequest(
                source_table=source_table,
                pipeline_type=PipelineType.TRIGGERED,
                embedding_vector_columns=[
                    EmbeddingVectorColumn(name="embedding", embedding_dimension=embedding_dimension)
                ],
                columns_to_sync=INDEX_COLUMNS,
            ),
        )
        return True

    def sync(self, timeout_seconds: float) -> None:
        """Trigger a sync; if one is running, wait for it first (a second one is refused)."""
        from databricks.sdk.errors import BadRequest, ResourceConflict

        try:
            self.client.vector_search_indexes.sync_index(self.index_name)
        except (BadRequest, ResourceConflict):
            self.wait_until_synced(None, timeout_seconds)
            self.client.vector_search_indexes.sync_index(self.index_name)

    def wait_until_synced(self, expected_rows: int | None, timeout_seconds: float) -> dict:
        deadline = time.monotonic() + timeout_seconds
        while True:
            status = (self.describe() or {}).get("status", {})
            state, rows = status.get("detailed_state", "UNKNOWN"), status.get("indexed_row_count")
            if any(marker in state for marker in _FAILED_MARKERS):
                raise VectorIndexError(
                    f"index {self.index_name} is {state}: {status.get('message', '')}. Open the "
                    "index's sync pipeline in the workspace for the cause"
                )
            if state in _SYNCED_STATES and (expected_rows is None or rows == expected_rows):
                return status
            if time.monotonic() >= deadline:
                raise VectorIndexError(
                    f"index {self.index_name} not synced after {timeout_seconds:.0f}s (state "
                    f"{state}, {rows} of {expected_rows} rows indexed): raise the job parameter "
                    "index_sync_timeout_seconds or check the endpoint's capacity"
                )
            time.sleep(self.poll_seconds)
