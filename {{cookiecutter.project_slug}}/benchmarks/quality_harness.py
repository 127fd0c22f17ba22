"""What the quality report and its tuning runs share: the evaluation sets, the retrievers
compared over the same chunks, and the measurement of one retriever on one set.

A new retriever is one more entry of RETRIEVERS: a function from the chunk frame to a ranker
(question -> row positions in the frame, best first).
"""

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from langchain_core.documents import Document

from {{ cookiecutter.package_name }}.chain.pipeline import extractive_answer
from {{ cookiecutter.package_name }}.chain.settings import ChainSettings
from {{ cookiecutter.package_name }}.evaluation.scores import (
    answer_body,
    answer_contains_expected,
    answer_token_f1,
    hit_at_k,
    reciprocal_rank,
)
from {{ cookiecutter.package_name }}.ingestion.chunking import ChunkingSettings
from {{ cookiecutter.package_name }}.ingestion.documents import chunks_of_files
from {{ cookiecutter.package_name }}.local.bundle import load_job
from {{ cookiecutter.package_name }}.local.workspace import find_project_root
from {{ cookiecutter.package_name }}.retrieval.embeddings import OfflineHashingEmbedder
from {{ cookiecutter.package_name }}.retrieval.index import RetrievalSettings
from {{ cookiecutter.package_name }}.retrieval.local_index import LocalVectorIndex

RANKED = 10
# The re-ranking stage turned off (weight, sentences per window): a row of every run shows what
# the stage changes.
RERANK_OFF = (0.0, 1)
_WORD = re.compile(r"[a-z0-9]+")

Ranker = Callable[[str], list[int]]


@dataclass(frozen=True)
class EvaluationSet:
    name: str
    pdfs: str
    questions: str


DEV_SETS = {
    "held_out": EvaluationSet(
        "dev corpus, held-out split", "data/dev_corpus", "data/eval/dev_corpus/held_out.jsonl"
    ),
    "tuning": EvaluationSet(
        "dev corpus, tuning split", "data/dev_corpus", "data/eval/dev_corpus/tuning.jsonl"
    ),
}
# Long articles with extractive questions; both splits search all six articles.
ENCYCLOPEDIA_SETS = {
    "held_out": EvaluationSet(
        "encyclopedia, held-out split",
        "data/encyclopedia_corpus",
        "data/eval/encyclopedia/held_out.jsonl",
    ),
    "tuning": EvaluationSet(
        "encyclopedia, tuning split",
        "data/encyclopedia_corpus",
        "data/eval/encyclopedia/tuning.jsonl",
    ),
}
SHIPPED = EvaluationSet("shipped full set", "data/sample_pdfs", "data/eval/full.jsonl")
TUNING_SPLITS = (DEV_SETS["tuning"], ENCYCLOPEDIA_SETS["tuning"])


def dense(chunks: pd.DataFrame) -> Ranker:
    """The default local setup: the offline embedder and the local index."""
    embedder = OfflineHashingEmbedder()
    index = LocalVectorIndex.from_frame(chunks)
    position = {chunk_id: row for row, chunk_id in enumerate(chunks["chunk_id"])}
    return lambda question: [
        position[hit.chunk_id] for hit in index.search(embedder.embed([question])[0], RANKED)
    ]


def keyword(chunks: pd.DataFrame) -> Ranker:
    """BM25 (bm25s: Lucene variant, k1 = 1.5, b = 0.75, English stop words, no stemming): the
    baseline as a user would first write it."""
    import bm25s

    def tokens(texts: list[str]) -> list[list[str]]:
        return bm25s.tokenize(texts, stopwords="en", return_ids=False, show_progress=False)

    bm25 = bm25s.BM25()
    bm25.index(tokens(chunks["chunk_text"].tolist()), show_progress=False)
    ranked = min(RANKED, len(chunks))
    return lambda question: [
        int(i) for i in bm25.retrieve(tokens([question]), k=ranked, show_progress=False)[0][0]
    ]


def project_keyword(chunks: pd.DataFrame) -> Ranker:
    """Keyword-only retrieval through the project's index (retrieval/keyword_index.py)."""
    index = LocalVectorIndex.from_frame(chunks)
    position = {chunk_id: row for row, chunk_id in enumerate(chunks["chunk_id"])}
    return lambda question: [
        position[hit.chunk_id] for hit in index.keyword_search(question, RANKED)
    ]


def hybrid(chunks: pd.DataFrame, retrieval: RetrievalSettings | None = None) -> Ranker:
    """Dense and keyword fused (LocalVectorIndex.hybrid_search), with config/rag_chain.yml's
    fusion settings unless others are given."""
    retrieval = retrieval or chain_settings(find_project_root()).retrieval
    embedder = OfflineHashingEmbedder()
    index = LocalVectorIndex.from_frame(chunks)
    position = {chunk_id: row for row, chunk_id in enumerate(chunks["chunk_id"])}
    return lambda question: [
        position[hit.chunk_id]
        for hit in index.hybrid_search(embedder.embed([question])[0], question, RANKED, retrieval)
    ]


def hybrid_without_rerank(chunks: pd.DataFrame) -> Ranker:
    """Hybrid with config/rag_chain.yml's fusion settings and the re-ranking stage
    (retrieval/rerank.py) turned off (RERANK_OFF): the fused ranking alone."""
    weight, window = RERANK_OFF
    retrieval = chain_settings(find_project_root()).retrieval
    return hybrid(
        chunks, dataclasses.replace(retrieval, rerank_weight=weight, rerank_window=window)
    )


RETRIEVERS: dict[str, Callable[[pd.DataFrame], Ranker]] = {
    "dense: offline embedder + LocalVectorIndex": dense,
    "keyword: BM25 (bm25s)": keyword,
    "keyword: the project's KeywordIndex": project_keyword,
    "hybrid: dense + keyword, fused (default)": hybrid,
    "hybrid, fused only (no re-ranking)": hybrid_without_rerank,
}


def default_chunking(root: Path) -> ChunkingSettings:
    parameters = load_job(root).parameters
    return ChunkingSettings(
        int(parameters["chunk_size_tokens"]), int(parameters["chunk_overlap_tokens"])
    )


def chunks_of(root: Path, folder: str, chunking: ChunkingSettings) -> pd.DataFrame:
    files = sorted((root / folder).resolve().glob("*.pdf"))
    return chunks_of_files(files, chunking, OfflineHashingEmbedder()).reset_index(drop=True)


def chain_settings(root: Path) -> ChainSettings:
    """config/rag_chain.yml as the local target runs it (offline answerer)."""
    config = yaml.safe_load((root / "config" / "rag_chain.yml").read_text())
    config.update(
        target="local",
        embedder={"kind": "offline"},
        index={"kind": "local", "folder": "unused"},
        chat_model={**config["chat_model"], "kind": "offline"},
    )
    return ChainSettings.from_config(config)


def folded(text: str) -> str:
    return " ".join(text.lower().split())


def answer_in_chunks(texts: list[str], expected: str, k: int) -> bool:
    """The answer-string hit@k: the expected response inside one of the first k chunk texts
    (both lower-cased, white space collapsed: PDF text breaks lines inside answers)."""
    wanted = folded(expected)
    return any(wanted in folded(text) for text in texts[:k])


def contains_answer(answer: str, expected: str) -> bool:
    """The expected response's words, in order, inside the answer's (case and punctuation
    ignored)."""
    wanted = " ".join(_WORD.findall(expected.lower()))
    return f" {wanted} " in f" {' '.join(_WORD.findall(answer_body(answer).lower()))} "


def as_documents(chunks: pd.DataFrame, rows: list[int]) -> list[Document]:
    return [
        Document(
            page_content=chunks.at[row, "chunk_text"],
            metadata={
                "document_path": chunks.at[row, "document_path"],
                "page_number": int(chunks.at[row, "page_number"]),
                "chunk_id": chunks.at[row, "chunk_id"],
                "score": 0.0,
            },
        )
        for row in rows
    ]


def measure(
    chunks: pd.DataFrame, data: list[dict], ranker: Ranker, settings: ChainSettings | None
) -> dict:
    """Retrieval figures of one ranker on one set; answer figures when `settings` is given."""
    pages = list(zip(chunks["document_path"], chunks["page_number"].astype(int), strict=True))
    texts = chunks["chunk_text"].tolist()
    scores: dict[str, list[float]] = {}
    for row in data:
        question, expectations = row["inputs"]["question"], row["expectations"]
        ranked = ranker(question)
        retrieved = [pages[i] for i in ranked]
        expected = expectations["expected_retrieved_context"]
        figures = {
            "hit_at_1": hit_at_k(retrieved, expected, 1),
            "hit_at_5": hit_at_k(retrieved, expected, 5),
            "mrr_at_10": reciprocal_rank(retrieved, expected),
            "answer_hit_at_1": answer_in_chunks(
                [texts[i] for i in ranked], expectations["expected_response"], 1
            ),
            "answer_hit_at_5": answer_in_chunks(
                [texts[i] for i in ranked], expectations["expected_response"], 5
            ),
        }
        if settings is not None:
            answer = extractive_answer(
                question, as_documents(chunks, ranked[: settings.k]), settings
            )
            outputs = {"answer": answer}
            # What any extractive answer could hold at best: the top k passages quoted whole.
            whole = " ".join(texts[i] for i in ranked[: settings.k])
            figures |= {
                "answer_contains": contains_answer(answer, expectations["expected_response"]),
                "answer_contains_expected": answer_contains_expected(outputs, expectations),
                "answer_token_f1": answer_token_f1(outputs, expectations),
                "answer_words": len(answer_body(answer).split()),
                "ceiling_contains": contains_answer(whole, expectations["expected_response"]),
                "ceiling_contains_expected": answer_contains_expected(
                    {"answer": whole}, expectations
                ),
            }
        for name, value in figures.items():
            # A scorer gives None where it has nothing to score (no content word expected).
            if value is not None:
                scores.setdefault(name, []).append(float(value))
    return {name: float(np.mean(values)) for name, values in scores.items()}
