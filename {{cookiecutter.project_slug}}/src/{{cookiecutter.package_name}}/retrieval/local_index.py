"""The local target's chunk index: exact cosine search over vectors, and BM25 over the same
chunks' texts, in one folder.

Both are rebuilt together from the chunk table whenever the table's version moves (the change set
of an ingestion run), so they mirror what a Delta Sync index holds on Databricks: a changed or
removed document's old chunks leave both at once.
"""

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from ..names import INDEX_COLUMNS
from .embeddings import Embedder
from .fusion import reciprocal_rank_fusion
from .index import DENSE, HYBRID, KEYWORD, RetrievalSettings, SearchHit, VectorIndexError
from .keyword_index import KEYWORD_FORMAT, KeywordIndex
from .rerank import rerank

# A query with at most this share of non-zero dimensions is scored from those columns only.
# Beyond it, gathering the columns costs more than one pass over the whole matrix.
SPARSE_QUERY_SHARE = 1 / 8
KEYWORD_FOLDER = "keyword"


class LocalVectorIndex:
    """Exact cosine search over L2-normalised vectors held in memory, beside a keyword index
    (retrieval/keyword_index.py) over the same rows' texts; `keywords` is None in a folder
    written before keyword search existed.

    The vectors are held column-major (each dimension contiguous). A question embedded by the
    offline hashing embedder has a dozen or so non-zero dimensions of 512, and only those columns
    can change its scores, so it is scored exactly from them: at 100k chunks that reads a few MB
    instead of the 200 MB a full pass reads. Dense queries take the full pass, which BLAS also
    runs faster over column-major data.
    """

    def __init__(
        self,
        vectors: np.ndarray,
        metadata: pd.DataFrame,
        manifest: dict,
        keywords: KeywordIndex | None,
    ) -> None:
        if len(vectors) != len(metadata):
            raise VectorIndexError(f"{len(vectors)} vectors for {len(metadata)} rows")
        if keywords is not None and len(keywords) != len(metadata):
            raise VectorIndexError(f"{len(keywords)} keyword rows for {len(metadata)} rows")
        self.keywords = keywords
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
            "keyword_index": KEYWORD_FORMAT,
        }
        keywords = KeywordIndex.build(frame["chunk_text"].astype(str).tolist())
        return cls(vectors, frame[INDEX_COLUMNS].copy(), manifest, keywords)

    def __len__(self) -> int:
        return len(self.metadata)

    def search(self, query: np.ndarray, k: int = 5) -> list[SearchHit]:
        """The k chunks closest to the query vector."""
        return self.hits(*self.nearest(query, k))

    def keyword_search(self, query: str, k: int = 5) -> list[SearchHit]:
        """The k chunks that score best for the query's terms under BM25 (only chunks that
        share a term with it)."""
        return self.hits(*self.require_keywords().top(query, k))

    def hybrid_search(
        self, vector: np.ndarray, text: str, k: int, retrieval: RetrievalSettings
    ) -> list[SearchHit]:
        """The k best chunks of both searches fused by reciprocal rank, then re-ranked by their
        best sentences when retrieval.rerank_weight is not 0; a hit's score is the last stage's
        score."""
        depth = max(k, retrieval.candidates)
        keywords = self.require_keywords()
        dense_rows = self.nearest(vector, depth)[0]
        keyword_rows = keywords.top(text, depth)[0]
        fused = reciprocal_rank_fusion(
            [dense_rows.tolist(), keyword_rows.tolist()],
            [1 - retrieval.keyword_weight, retrieval.keyword_weight],
            retrieval.rrf_constant,
            max(k, retrieval.rerank_candidates) if retrieval.rerank_weight else k,
        )
        if retrieval.rerank_weight:
            texts = self._columns[INDEX_COLUMNS.index("chunk_text")]
            fused = rerank(
                text, fused, texts, keywords, retrieval.rerank_weight, retrieval.rerank_window
            )[:k]
        rows = np.array([row for row, _ in fused], dtype=np.int64)
        return self.hits(rows, np.array([score for _, score in fused], dtype=np.float32))

    def require_keywords(self) -> KeywordIndex:
        if self.keywords is None:
            raise VectorIndexError(
                "this local index has no keyword index (it was built before keyword search): "
                "run the job (`make job`) or `ingest` again, or set retrieval.mode: dense"
            )
        return self.keywords

    def nearest(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The rows of the k vectors closest to `query`, closest first, and their cosines."""
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        if not len(self):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
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
        return top, scores[top]

    def hits(self, rows: np.ndarray, scores: np.ndarray) -> list[SearchHit]:
        chunk_ids, paths, pages, texts = (column[rows] for column in self._columns)
        return [
            SearchHit(str(chunk_id), str(path), int(page), str(text), float(score))
            for chunk_id, path, page, text, score in zip(
                chunk_ids, paths, pages, texts, scores, strict=True
            )
        ]

    def save(self, folder: Path) -> None:
        """Write beside the old copy, then swap, so a reader never sees half an index."""
        staging = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        np.save(staging / "vectors.npy", self.vectors)
        self.metadata.to_parquet(staging / "metadata.parquet", index=False)
        if self.keywords is not None:
            self.keywords.save(staging / KEYWORD_FOLDER)
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
        manifest = json.loads(manifest_file.read_text())
        keywords = (
            KeywordIndex.load(folder / KEYWORD_FOLDER)
            if manifest.get("keyword_index") == KEYWORD_FORMAT
            else None
        )
        return cls(
            np.load(folder / "vectors.npy"),
            pd.read_parquet(folder / "metadata.parquet"),
            manifest,
            keywords,
        )

    @staticmethod
    def manifest_of(folder: Path) -> dict | None:
        manifest_file = folder / "manifest.json"
        return json.loads(manifest_file.read_text()) if manifest_file.is_file() else None


class LocalChunkIndex:
    """A LocalVectorIndex in `folder`, built from the chunk table and searched with `embedder`
    (the one that embedded the chunks) and the keyword index, as the retrieval mode says."""

    def __init__(self, folder: Path, embedder: Embedder) -> None:
        self.folder = folder
        self.embedder = embedder
        self.location = str(folder)

    def refresh(self, tables, chunk_table: str, rows: int, changed: bool) -> int:
        version = tables.version(chunk_table)
        manifest = LocalVectorIndex.manifest_of(self.folder)
        if (
            manifest
            and manifest.get("source_version") == version
            and manifest.get("keyword_index") == KEYWORD_FORMAT
        ):
            return manifest["rows"]
        frame = tables.read(chunk_table).select("embedding", *INDEX_COLUMNS).toPandas()
        index = LocalVectorIndex.from_frame(
            frame,
            source_table=tables.full_name(chunk_table),
            source_version=version,
            embedder=self.embedder.name,
        )
        index.save(self.folder)
        return len(index)

    def searcher(self, retrieval: RetrievalSettings) -> Callable[[str, int], list[SearchHit]]:
        index = LocalVectorIndex.load(self.folder)
        built_with = index.manifest.get("embedder")
        if built_with and built_with != self.embedder.name:
            raise VectorIndexError(
                f"the index at {self.folder} was built with {built_with}, the chain embeds "
                f"questions with {self.embedder.name}: run the ingestion task again"
            )
        if retrieval.mode != DENSE:
            # At load, not at the first question: a served model fails its start, not a user.
            index.require_keywords()

        def dense(query: str, k: int) -> list[SearchHit]:
            return index.search(self.embedder.embed([query])[0], k)

        def hybrid(query: str, k: int) -> list[SearchHit]:
            return index.hybrid_search(self.embedder.embed([query])[0], query, k, retrieval)

        return {DENSE: dense, KEYWORD: index.keyword_search, HYBRID: hybrid}[retrieval.mode]
