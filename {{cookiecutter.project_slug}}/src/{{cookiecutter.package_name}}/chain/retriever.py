"""The chain's retriever over any chunk index, traced as an MLflow RETRIEVER span.

The span's documents carry `page_content`, which is what MLflow's retrieval judges
(RetrievalGroundedness and others) read.
"""

from collections.abc import Callable
from pathlib import Path

import mlflow
from langchain_core.documents import Document
from mlflow.entities import SpanType

from ..retrieval.index import SearchHit


def as_document(hit: SearchHit) -> Document:
    return Document(
        page_content=hit.chunk_text,
        metadata={
            "chunk_id": hit.chunk_id,
            "document_path": hit.document_path,
            "page_number": hit.page_number,
            "doc_uri": f"{Path(hit.document_path).name}#page={hit.page_number}",
            "score": hit.score,
        },
    )


def traced_retriever(
    search: Callable[[str, int], list[SearchHit]], k: int, span_name: str
) -> Callable[[str], list[Document]]:
    @mlflow.trace(span_type=SpanType.RETRIEVER, name=span_name)
    def retrieve(query: str) -> list[Document]:
        return [as_document(hit) for hit in search(query, k)]

    return retrieve
