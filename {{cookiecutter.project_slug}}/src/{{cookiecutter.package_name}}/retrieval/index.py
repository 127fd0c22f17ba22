"""What every chunk index shares: the hit a search returns, how it is searched, the protocol,
the error."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from ..errors import ProjectError


class VectorIndexError(ProjectError, RuntimeError):
    pass


@dataclass(frozen=True)
class SearchHit:
    chunk_id: str
    document_path: str
    page_number: int
    chunk_text: str
    score: float


# The retrieval modes of config/rag_chain.yml (`retrieval.mode`): the embedding index alone, the
# keyword (BM25) index alone, or both fused.
DENSE = "dense"
KEYWORD = "keyword"
HYBRID = "hybrid"
RETRIEVAL_MODES = (DENSE, KEYWORD, HYBRID)


@dataclass(frozen=True)
class RetrievalSettings:
    """How a chain searches its index: `retrieval.mode`, `retrieval.fusion` and
    `retrieval.rerank`.

    The fusion settings are the local index's (retrieval/fusion.py): each side's best
    `candidates` chunks, fused with weight `keyword_weight` for the keyword side and
    1 - `keyword_weight` for the dense side. Then the best `rerank_candidates` fused chunks are
    re-ranked by their best window of `rerank_window` sentences, with weight `rerank_weight`
    (retrieval/rerank.py; 0 keeps the fused order). Vector Search fuses its hybrid queries
    itself; its results are re-ranked by the Databricks reranker model if `databricks_reranker`.
    """

    mode: str
    keyword_weight: float
    rrf_constant: int
    candidates: int
    rerank_weight: float
    rerank_window: int
    rerank_candidates: int
    databricks_reranker: bool


class ChunkIndex(Protocol):
    location: str

    def refresh(self, tables, chunk_table: str, rows: int, changed: bool) -> int:
        """Bring the index in line with the chunk table (`rows` rows; `changed` if this run
        changed it); return the rows the index holds."""
        ...

    def searcher(self, retrieval: RetrievalSettings) -> Callable[[str, int], list[SearchHit]]:
        """A function from (question, k) to the k best chunks, searched as `retrieval` says,
        ready to serve."""
        ...
