"""Tuning runs of the quality benchmark, on the tuning splits only (never the held-out ones):
chunk sizes and overlaps (`--sweep`), the fusion settings (`--tune-fusion`) and the re-ranking
stage's (`--tune-rerank`), each row measured as the report's are (quality_harness.measure).
"""

import dataclasses
import itertools
from pathlib import Path

from {{ cookiecutter.package_name }}.evaluation.data import load_evaluation_set
from {{ cookiecutter.package_name }}.ingestion.chunking import ChunkingSettings
from {{ cookiecutter.package_name }}.retrieval.index import HYBRID, RetrievalSettings

from .quality_harness import (
    DEV_SETS,
    RETRIEVERS,
    TUNING_SPLITS,
    EvaluationSet,
    chain_settings,
    chunks_of,
    default_chunking,
    hybrid,
    measure,
)

SWEEP_SIZES = (120, 200, 300, 400, 600)
SWEEP_OVERLAPS = (0, 25, 50, 100)
FUSION_WEIGHTS = (0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
FUSION_CONSTANTS = (1, 2, 5, 10, 20, 60)
FUSION_CANDIDATES = (20, 50)
RERANK_WEIGHTS = (0.0, 0.1, 0.25, 0.5, 1.0)
RERANK_WINDOWS = (1, 2, 3)
RERANK_CANDIDATES = (10, 20)


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
        retrieval = RetrievalSettings(
            HYBRID, weight, constant, candidates, 0.0, 1, candidates, False
        )
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


def tuning_report(figures: dict) -> list[str]:
    """The tables of the tuning runs in `figures` (none for a run without them)."""
    lines: list[str] = []
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
    return lines
