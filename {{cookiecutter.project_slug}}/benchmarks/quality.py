"""Retrieval and offline-answer quality on the development corpus and on the shipped sets.

Rows: each retriever of RETRIEVERS over the same chunks, made by task 1's pure functions with the
job's default chunking: dense (the offline embedder and the local index), BM25 straight from
bm25s as the baseline (no stemming), the project's own keyword index (stemmed), hybrid (both
fused and re-ranked as config/rag_chain.yml's retrieval section says: the default local setup)
and the same hybrid without the re-ranking stage (RERANK_OFF).
Columns: hit@1, hit@5 and MRR@10 at the level each row's expected_retrieved_context gives; the
answer-string hit@1 and hit@5 (the expected response, lower-cased and with its white space
collapsed, inside one of the top k chunks' text so normalised); then the offline extractive
answerer on the retriever's top k (config/rag_chain.yml): the share of answers that contain the
expected response (as lower-case words, punctuation ignored), the `answer_contains_expected`
scorer and token F1.

Sets: the held-out splits of the development corpus (data/dev_corpus/, questions in
data/eval/dev_corpus/held_out.jsonl) and of the encyclopedia corpus (data/encyclopedia_corpus/,
data/eval/encyclopedia/held_out.jsonl), and data/eval/full.jsonl over data/sample_pdfs/. Tuning
reads only the tuning splits: `--split tuning` reports them instead of the held-out ones,
`--sweep` measures chunk sizes and overlaps on both tuning splits,
`--tune-fusion` the fusion settings on it (weight, rank constant, candidates per side), and
`--tune-rerank` the re-ranking stage's (weight, window, candidates) on both tuning splits.
Run from the project root (`make bench`); figures also go to .local/bench/quality.json. A
report: the exit code is 0 whatever the figures.

A new retriever is one more entry of RETRIEVERS: a function from the chunk frame to a ranker
(question -> row positions in the frame, best first).
"""

import argparse
import dataclasses
import itertools
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from langchain_core.documents import Document

from {{ cookiecutter.package_name }}.chain.pipeline import extractive_answer
from {{ cookiecutter.package_name }}.chain.settings import ChainSettings
from {{ cookiecutter.package_name }}.evaluation.data import load_evaluation_set
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
from {{ cookiecutter.package_name }}.retrieval.index import HYBRID, RetrievalSettings
from {{ cookiecutter.package_name }}.retrieval.local_index import LocalVectorIndex

from . import write_figures

RANKED = 10
SWEEP_SIZES = (120, 200, 300, 400, 600)
SWEEP_OVERLAPS = (0, 25, 50, 100)
FUSION_WEIGHTS = (0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
FUSION_CONSTANTS = (1, 2, 5, 10, 20, 60)
FUSION_CANDIDATES = (20, 50)
RERANK_WEIGHTS = (0.0, 0.1, 0.25, 0.5, 1.0)
RERANK_WINDOWS = (1, 2, 3)
RERANK_CANDIDATES = (10, 20)
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
            figures |= {
                "answer_contains": contains_answer(answer, expectations["expected_response"]),
                "answer_contains_expected": answer_contains_expected(outputs, expectations),
                "answer_token_f1": answer_token_f1(outputs, expectations),
                "answer_words": len(answer_body(answer).split()),
            }
        for name, value in figures.items():
            # A scorer gives None where it has nothing to score (no content word expected).
            if value is not None:
                scores.setdefault(name, []).append(float(value))
    return {name: float(np.mean(values)) for name, values in scores.items()}


def quality(root: Path, sets: list[EvaluationSet]) -> list[dict]:
    chunking, settings = default_chunking(root), chain_settings(root)
    results = []
    for evaluation_set in sets:
        chunks = chunks_of(root, evaluation_set.pdfs, chunking)
        data = load_evaluation_set(root / evaluation_set.questions)
        for name, factory in RETRIEVERS.items():
            results.append(
                {
                    "set": evaluation_set.name,
                    "questions": len(data),
                    "chunks": len(chunks),
                    "retriever": name,
                    **measure(chunks, data, factory(chunks), settings),
                }
            )
    return results


def sweep(root: Path) -> list[dict]:
    """Retrieval on the tuning splits for each chunk size and overlap (never the held-out)."""
    results = []
    for split in TUNING_SPLITS:
        data = load_evaluation_set(root / split.questions)
        for size in SWEEP_SIZES:
            for overlap in SWEEP_OVERLAPS:
                if overlap >= size // 2:
                    continue
                chunks = chunks_of(root, split.pdfs, ChunkingSettings(size, overlap))
                for name, factory in RETRIEVERS.items():
                    results.append(
                        {
                            "set": split.name,
                            "chunk_size_tokens": size,
                            "chunk_overlap_tokens": overlap,
                            "chunks": len(chunks),
                            "retriever": name,
                            **measure(chunks, data, factory(chunks), None),
                        }
                    )
    return results


def tune_fusion(root: Path) -> list[dict]:
    """Hybrid retrieval on the tuning split for each fusion setting (never the held-out)."""
    tuning = DEV_SETS["tuning"]
    data = load_evaluation_set(root / tuning.questions)
    chunks = chunks_of(root, tuning.pdfs, default_chunking(root))
    results = []
    for weight, constant, candidates in itertools.product(
        FUSION_WEIGHTS, FUSION_CONSTANTS, FUSION_CANDIDATES
    ):
        retrieval = RetrievalSettings(HYBRID, weight, constant, candidates, 0.0, 1, candidates)
        results.append(
            {
                "keyword_weight": weight,
                "rrf_constant": constant,
                "candidates": candidates,
                **measure(chunks, data, hybrid(chunks, retrieval), None),
            }
        )
    return results


def tune_rerank(root: Path, split: EvaluationSet) -> list[dict]:
    """Hybrid retrieval on a tuning split for each re-ranking setting, with the shipped fusion."""
    data = load_evaluation_set(root / split.questions)
    chunks = chunks_of(root, split.pdfs, default_chunking(root))
    shipped = chain_settings(root).retrieval
    results = []
    for weight, window, candidates in itertools.product(
        RERANK_WEIGHTS, RERANK_WINDOWS, RERANK_CANDIDATES
    ):
        retrieval = dataclasses.replace(
            shipped, rerank_weight=weight, rerank_window=window, rerank_candidates=candidates
        )
        results.append(
            {
                "set": split.name,
                "rerank_weight": weight,
                "rerank_window": window,
                "rerank_candidates": candidates,
                **measure(chunks, data, hybrid(chunks, retrieval), None),
            }
        )
    return results


def report(figures: dict) -> str:
    lines = [
        f"Chunking: {figures['chunking']['tokens']} tokens, overlap "
        f"{figures['chunking']['overlap_tokens']}; answerer on the top {figures['k']}.",
        "",
        f"{'set':<28} {'retriever':<44} {'hit@1':>6} {'hit@5':>6} {'MRR@10':>7} "
        f"{'ans@1':>6} {'ans@5':>6} {'contains':>8} {'scorer':>6} {'F1':>5} {'words':>5}",
    ]
    for row in figures["quality"]:
        lines.append(
            f"{row['set']:<28} {row['retriever']:<44} {row['hit_at_1']:>6.3f} "
            f"{row['hit_at_5']:>6.3f} {row['mrr_at_10']:>7.3f} {row['answer_hit_at_1']:>6.3f} "
            f"{row['answer_hit_at_5']:>6.3f} {row['answer_contains']:>8.3f} "
            f"{row['answer_contains_expected']:>6.3f} {row['answer_token_f1']:>5.3f} "
            f"{row['answer_words']:>5.1f}"
        )
    if figures.get("sweep"):
        lines += [
            "",
            "Chunking sweep, tuning splits:",
            f"{'set':<28} {'tokens':>6} {'overlap':>7} {'chunks':>6} {'retriever':<44} "
            f"{'hit@1':>6} {'hit@5':>6} {'MRR@10':>7} {'ans@1':>6} {'ans@5':>6}",
        ]
        for row in figures["sweep"]:
            lines.append(
                f"{row['set']:<28} {row['chunk_size_tokens']:>6} {row['chunk_overlap_tokens']:>7} "
                f"{row['chunks']:>6} {row['retriever']:<44} {row['hit_at_1']:>6.3f} "
                f"{row['hit_at_5']:>6.3f} {row['mrr_at_10']:>7.3f} {row['answer_hit_at_1']:>6.3f} "
                f"{row['answer_hit_at_5']:>6.3f}"
            )
    if figures.get("fusion"):
        lines += [
            "",
            "Fusion settings, dev corpus tuning split (best MRR@10 first):",
            f"{'weight':>6} {'constant':>8} {'candidates':>10} {'hit@1':>6} {'hit@5':>6} "
            f"{'MRR@10':>7}",
        ]
        for row in sorted(figures["fusion"], key=lambda r: (-r["mrr_at_10"], -r["hit_at_1"])):
            lines.append(
                f"{row['keyword_weight']:>6.2f} {row['rrf_constant']:>8} {row['candidates']:>10} "
                f"{row['hit_at_1']:>6.3f} {row['hit_at_5']:>6.3f} {row['mrr_at_10']:>7.3f}"
            )
    if figures.get("rerank"):
        lines += [
            "",
            "Re-ranking settings on the tuning splits (best MRR@10 first per set):",
            f"{'set':<28} {'weight':>6} {'window':>6} {'candidates':>10} {'hit@1':>6} "
            f"{'hit@5':>6} {'MRR@10':>7} {'ans@1':>6} {'ans@5':>6}",
        ]
        for row in sorted(figures["rerank"], key=lambda r: (r["set"], -r["mrr_at_10"])):
            lines.append(
                f"{row['set']:<28} {row['rerank_weight']:>6.2f} {row['rerank_window']:>6} "
                f"{row['rerank_candidates']:>10} {row['hit_at_1']:>6.3f} {row['hit_at_5']:>6.3f} "
                f"{row['mrr_at_10']:>7.3f} {row['answer_hit_at_1']:>6.3f} "
                f"{row['answer_hit_at_5']:>6.3f}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=sorted(DEV_SETS),
        default="held_out",
        help="split of the development corpus to report (default held_out)",
    )
    parser.add_argument(
        "--sweep",
        action="store_true",
        help="also sweep chunk size and overlap on the tuning splits",
    )
    parser.add_argument(
        "--tune-fusion",
        action="store_true",
        help="also measure hybrid retrieval's fusion settings on the tuning split",
    )
    parser.add_argument(
        "--tune-rerank",
        action="store_true",
        help="also measure the re-ranking stage's settings on the tuning splits",
    )
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    root = find_project_root()
    chunking = default_chunking(root)
    figures = {
        "chunking": {"tokens": chunking.chunk_size, "overlap_tokens": chunking.chunk_overlap},
        "k": chain_settings(root).k,
        "quality": quality(root, [DEV_SETS[args.split], ENCYCLOPEDIA_SETS[args.split], SHIPPED]),
        "sweep": sweep(root) if args.sweep else [],
        "fusion": tune_fusion(root) if args.tune_fusion else [],
        "rerank": [
            row
            for split in TUNING_SPLITS
            for row in (tune_rerank(root, split) if args.tune_rerank else [])
        ],
    }
    print(report(figures))
    print(f"\nFigures written to {write_figures('quality', figures)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
