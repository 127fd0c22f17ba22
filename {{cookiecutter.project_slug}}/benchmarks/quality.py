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

A second table sets each answerer figure beside its ceiling on the same retrieval: the top k
passages quoted whole, the most any extractive answer could hold (the sets, retrievers and
measurement live in quality_harness.py, the tuning runs in quality_tuning.py).
"""

import argparse
import sys
from pathlib import Path

from {{ cookiecutter.package_name }}.evaluation.data import load_evaluation_set
from {{ cookiecutter.package_name }}.local.workspace import find_project_root

from . import write_figures
from .quality_harness import (
    DEV_SETS,
    ENCYCLOPEDIA_SETS,
    RETRIEVERS,
    SHIPPED,
    TUNING_SPLITS,
    EvaluationSet,
    chain_settings,
    chunks_of,
    default_chunking,
    measure,
)
from .quality_tuning import sweep, tune_fusion, tune_rerank, tuning_report


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
    lines += [
        "",
        f"The answerer against its ceiling (the top {figures['k']} passages quoted whole):",
        f"{'set':<28} {'retriever':<44} {'contains':>8} {'ceiling':>7} {'scorer':>6} "
        f"{'ceiling':>7}",
    ]
    for row in figures["quality"]:
        lines.append(
            f"{row['set']:<28} {row['retriever']:<44} {row['answer_contains']:>8.3f} "
            f"{row['ceiling_contains']:>7.3f} {row['answer_contains_expected']:>6.3f} "
            f"{row['ceiling_contains_expected']:>7.3f}"
        )
    return "\n".join(lines + tuning_report(figures))


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
