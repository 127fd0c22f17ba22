"""Local retrieval: search latency of the local index and retrieval quality on the sample PDFs.

Latency: `LocalVectorIndex.search` on 10k and 100k synthetic chunks embedded by the offline
embedder (512 dimensions), against exact flat search in the same run (NumPy matmul over row-major
vectors, FAISS IndexFlatIP), then the keyword index's search and the hybrid search (both fused as
config/rag_chain.yml says), on one core with BLAS and OpenMP pinned to one thread; the keyword
index's build time and size at each size. Quality: the
default local setup (offline embedder, local index) against BM25 (bm25s) over the same chunks, on
data/eval/full.jsonl. Run from the project root: `make bench`. The figures also go to
.local/bench/retrieval.json. It is a report: the exit code is 0 even when a goal fails.
"""

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from {{ cookiecutter.package_name }}.evaluation.data import load_evaluation_set
from {{ cookiecutter.package_name }}.evaluation.scores import hit_at_k, reciprocal_rank
from {{ cookiecutter.package_name }}.ingestion.chunking import ChunkingSettings
from {{ cookiecutter.package_name }}.ingestion.documents import chunks_of_files
from {{ cookiecutter.package_name }}.local.bundle import load_job
from {{ cookiecutter.package_name }}.local.workspace import find_project_root
from {{ cookiecutter.package_name }}.retrieval.embeddings import OfflineHashingEmbedder
from {{ cookiecutter.package_name }}.retrieval.keyword_index import KeywordIndex
from {{ cookiecutter.package_name }}.retrieval.local_index import LocalVectorIndex

from . import write_figures
from .quality import chain_settings

THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
K = 5
# Ranks read for the reciprocal rank (MRR@10).
RANKED = 10
WARM_UP_QUERIES = 20
GOAL_BASELINE_RATIO = 1.5
GOAL_P95_MS = 10.0
GOAL_HYBRID_P95_MS = 15.0
GOAL_SIZE = 100_000

# Synthetic chunks: words drawn from a Zipf-like distribution over a made-up vocabulary, about
# as long as the project's 300-token chunks. Questions take a few words of one chunk between
# stop words; "pasted paragraphs" are other chunks' full text, the densest queries there are.
VOCABULARY = 30_000
ZIPF_EXPONENT = 1.07
WORDS_PER_CHUNK = 220
SYLLABLES = ("ka", "lo", "mi", "ner", "sta", "pu", "ri", "ven", "dor", "tal", "ex", "qua", "bri")
QUESTION_OPENERS = ("what is the", "how do i get", "when does the", "who approves the")

LOCAL = "LocalVectorIndex.search"
NUMPY_FLAT = "NumPy flat: row-major matmul + argpartition"
FAISS_FLAT = "FAISS IndexFlatIP"
KEYWORD_SEARCH = "LocalVectorIndex.keyword_search (bm25s)"
HYBRID_SEARCH = "LocalVectorIndex.hybrid_search"
HYBRID_FUSED = "hybrid_search without re-ranking"
QUESTIONS, PARAGRAPHS = "questions", "pasted paragraphs"
LOCAL_SETUP = f"local: {OfflineHashingEmbedder().name} + LocalVectorIndex"
BM25 = "BM25 (bm25s, English stop words, no stemming)"
WORD_ONLY = "word 1-2 grams only (no character grams) + index"
HYBRID_SETUP = "local hybrid (default): the two above fused"


def synthetic_chunks(rows: int, rng: np.random.Generator) -> list[str]:
    vocabulary = [
        "".join(rng.choice(SYLLABLES, size=rng.integers(2, 5))) for _ in range(VOCABULARY)
    ]
    weights = 1 / np.arange(1, VOCABULARY + 1) ** ZIPF_EXPONENT
    drawn = rng.choice(VOCABULARY, size=(rows, WORDS_PER_CHUNK), p=weights / weights.sum())
    return [" ".join(vocabulary[word] for word in row) for row in drawn.tolist()]


def synthetic_questions(chunks: list[str], count: int, rng: np.random.Generator) -> list[str]:
    questions = []
    for row in rng.integers(0, len(chunks), size=count):
        words = chunks[row].split()
        picked = rng.choice(words, size=rng.integers(3, 9), replace=False)
        questions.append(f"{rng.choice(QUESTION_OPENERS)} {' of the '.join(picked)}?")
    return questions


def percentiles(seconds: list[float]) -> dict:
    return {
        "p50_ms": float(np.percentile(seconds, 50) * 1000),
        "p95_ms": float(np.percentile(seconds, 95) * 1000),
    }


def keyword_build(texts: list[str]) -> tuple[KeywordIndex, dict]:
    """The keyword index of `texts`, its build time and its size in memory and on disk."""
    started = time.perf_counter()
    keywords = KeywordIndex.build(texts)
    seconds = time.perf_counter() - started
    arrays = keywords.bm25.scores
    with tempfile.TemporaryDirectory() as folder:
        keywords.save(Path(folder))
        disk = sum(path.stat().st_size for path in Path(folder).iterdir())
    return keywords, {
        "chunks": len(texts),
        "build_seconds": seconds,
        # The score matrix (CSC: data, row indices, column pointers) is the index in memory.
        "score_matrix_mb": sum(arrays[name].nbytes for name in ("data", "indices", "indptr")) / 1e6,
        "entries": len(arrays["data"]),
        "vocabulary": len(keywords.bm25.vocab_dict),
        "disk_mb": disk / 1e6,
    }


def latency_at(
    size: int, vectors: np.ndarray, texts: list[str], queries: dict[str, tuple]
) -> tuple[list[dict], dict]:
    import faiss

    subset = vectors[:size]
    frame = pd.DataFrame(
        {
            "chunk_id": [f"c{i}" for i in range(size)],
            "document_path": [f"/bench/doc{i // 20}.pdf" for i in range(size)],
            "page_number": [i % 20 + 1 for i in range(size)],
            "chunk_text": [""] * size,
            "embedding": list(subset),
        }
    )
    # The vectors from frame, the keyword index built on its own: its build is timed alone.
    vector_only = LocalVectorIndex.from_frame(frame)
    keywords, build = keyword_build(texts[:size])
    index = LocalVectorIndex(
        vector_only.vectors,
        vector_only.metadata.assign(chunk_text=texts[:size]),
        vector_only.manifest,
        keywords,
    )
    retrieval = chain_settings(find_project_root() or Path.cwd()).retrieval
    row_major = np.ascontiguousarray(index.vectors)
    flat = faiss.IndexFlatIP(row_major.shape[1])
    flat.add(row_major)

    def local(query: np.ndarray, text: str) -> list[int]:
        return [int(hit.chunk_id[1:]) for hit in index.search(query, K)]

    def numpy_flat(query: np.ndarray, text: str) -> list[int]:
        scores = row_major @ (query / np.linalg.norm(query))
        top = np.argpartition(scores, size - K)[-K:]
        return top[np.argsort(-scores[top])].tolist()

    def faiss_flat(query: np.ndarray, text: str) -> list[int]:
        unit = (query / np.linalg.norm(query)).reshape(1, -1)
        return flat.search(unit, K)[1][0].tolist()

    def keyword(query: np.ndarray, text: str) -> list[int]:
        return [int(hit.chunk_id[1:]) for hit in index.keyword_search(text, K)]

    def hybrid(query: np.ndarray, text: str) -> list[int]:
        return [int(hit.chunk_id[1:]) for hit in index.hybrid_search(query, text, K, retrieval)]

    fused_only = dataclasses.replace(retrieval, rerank_weight=0.0)

    def hybrid_fused(query: np.ndarray, text: str) -> list[int]:
        return [int(hit.chunk_id[1:]) for hit in index.hybrid_search(query, text, K, fused_only)]

    methods: dict[str, Callable[[np.ndarray, str], list[int]]] = {
        LOCAL: local,
        NUMPY_FLAT: numpy_flat,
        FAISS_FLAT: faiss_flat,
        KEYWORD_SEARCH: keyword,
        HYBRID_SEARCH: hybrid,
        HYBRID_FUSED: hybrid_fused,
    }
    return timed_rows(size, methods, queries), build


def timed_rows(
    size: int, methods: dict[str, Callable[[np.ndarray, str], list[int]]], queries: dict
) -> list[dict]:
    rows = []
    for kind, (matrix, query_texts) in queries.items():
        for query, text in zip(matrix[:WARM_UP_QUERIES], query_texts, strict=False):
            for method in methods.values():
                method(query, text)
        seconds = {name: [] for name in methods}
        agreement = []
        for query, text in zip(matrix, query_texts, strict=True):
            # Round robin: a burst of load on a shared machine hits every method alike.
            answers = {}
            for name, method in methods.items():
                started = time.perf_counter()
                answers[name] = method(query, text)
                seconds[name].append(time.perf_counter() - started)
            agreement.append(len(set(answers[LOCAL]) & set(answers[FAISS_FLAT])) / K)
        non_zero = (matrix != 0).sum(axis=1)
        for name in methods:
            rows.append(
                {
                    "chunks": size,
                    "queries": kind,
                    "method": name,
                    **percentiles(seconds[name]),
                    "query_non_zero_dims_mean": float(non_zero.mean()),
                    "top_k_agreement_with_faiss": float(np.mean(agreement))
                    if name == LOCAL
                    else None,
                }
            )
    return rows


def latency(sizes: list[int], queries_per_kind: int) -> tuple[list[dict], dict]:
    rng = np.random.default_rng(7)
    embedder = OfflineHashingEmbedder()
    started = time.perf_counter()
    texts = synthetic_chunks(max(sizes), rng)
    vectors = embedder.embed(texts)
    setup_seconds = time.perf_counter() - started
    questions = synthetic_questions(texts, queries_per_kind, rng)
    paragraphs = synthetic_chunks(queries_per_kind, np.random.default_rng(8))
    queries = {
        QUESTIONS: (embedder.embed(questions), questions),
        PARAGRAPHS: (embedder.embed(paragraphs), paragraphs),
    }
    embedding = []
    for question in questions:
        started = time.perf_counter()
        embedder.embed([question])
        embedding.append(time.perf_counter() - started)
    rows, builds = [], []
    for size in sizes:
        size_rows, build = latency_at(size, vectors, texts, queries)
        rows += size_rows
        builds.append(build)
    context = {
        "corpus_setup_seconds": setup_seconds,
        "keyword_index": builds,
        "embed_one_question": percentiles(embedding),
        "example_question": questions[0],
    }
    return rows, context


def sample_chunks(root: Path) -> tuple[pd.DataFrame, ChunkingSettings]:
    """Chunks of data/sample_pdfs as task 1 makes them, from its pure functions (no Spark)."""
    parameters = load_job(root).parameters
    chunking = ChunkingSettings(
        int(parameters["chunk_size_tokens"]), int(parameters["chunk_overlap_tokens"])
    )
    files = sorted((root / "data" / "sample_pdfs").resolve().glob("*.pdf"))
    return chunks_of_files(files, chunking, OfflineHashingEmbedder()), chunking


def word_only_embedder(texts: list[str]) -> np.ndarray:
    """Hashed word 1-2 grams with English stop words: the offline embedder without its
    character grams."""
    from sklearn.feature_extraction.text import HashingVectorizer

    vectorizer = HashingVectorizer(
        n_features=512,
        ngram_range=(1, 2),
        stop_words="english",
        strip_accents="unicode",
        norm="l2",
        dtype=np.float32,
    )
    return vectorizer.transform(texts).toarray()


def quality(root: Path) -> dict:
    import bm25s

    chunks, chunking = sample_chunks(root)
    data = load_evaluation_set(root / "data" / "eval" / "full.jsonl")
    pages = list(zip(chunks["document_path"], chunks["page_number"].astype(int), strict=True))

    def index_ranker(embed: Callable[[list[str]], np.ndarray]) -> Callable[[str], list]:
        index = LocalVectorIndex.from_frame(
            chunks.assign(embedding=list(embed(chunks["chunk_text"].tolist())))
        )
        return lambda question: [
            (hit.document_path, hit.page_number)
            for hit in index.search(embed([question])[0], RANKED)
        ]

    def tokens(texts: list[str]) -> list[list[str]]:
        return bm25s.tokenize(texts, stopwords="en", return_ids=False, show_progress=False)

    bm25 = bm25s.BM25()
    bm25.index(tokens(chunks["chunk_text"].tolist()), show_progress=False)

    def bm25_ranker(question: str) -> list:
        ids, _ = bm25.retrieve(tokens([question]), k=RANKED, show_progress=False)
        return [pages[i] for i in ids[0]]

    hybrid_index, retrieval = LocalVectorIndex.from_frame(chunks), chain_settings(root).retrieval

    def hybrid_ranker(question: str) -> list:
        vector = OfflineHashingEmbedder().embed([question])[0]
        hits = hybrid_index.hybrid_search(vector, question, RANKED, retrieval)
        return [(hit.document_path, hit.page_number) for hit in hits]

    rankers = {
        LOCAL_SETUP: index_ranker(OfflineHashingEmbedder().embed),
        BM25: bm25_ranker,
        HYBRID_SETUP: hybrid_ranker,
        WORD_ONLY: index_ranker(word_only_embedder),
    }
    rows = []
    for name, ranker in rankers.items():
        ranked = [
            (ranker(row["inputs"]["question"]), row["expectations"]["expected_retrieved_context"])
            for row in data
        ]
        rows.append(
            {
                "name": name,
                "hit_at_1": float(np.mean([hit_at_k(r, expected, 1) for r, expected in ranked])),
                "hit_at_5": float(np.mean([hit_at_k(r, expected, 5) for r, expected in ranked])),
                "mrr_at_10": float(np.mean([reciprocal_rank(r, e) for r, e in ranked])),
            }
        )
    return {
        "questions": len(data),
        "chunks": len(chunks),
        "chunking": {"tokens": chunking.chunk_size, "overlap_tokens": chunking.chunk_overlap},
        "rows": rows,
    }


def goals_of(latency_rows: list[dict], quality_figures: dict) -> list[dict]:
    p95 = {(r["chunks"], r["queries"], r["method"]): r["p95_ms"] for r in latency_rows}
    goals = [
        {
            "goal": f"{size} chunks, {kind}: hybrid p95 < {GOAL_HYBRID_P95_MS:.0f} ms",
            "value": value,
            "unit": "ms",
            "passed": value < GOAL_HYBRID_P95_MS,
        }
        for (size, kind, method), value in p95.items()
        if method == HYBRID_SEARCH and size == GOAL_SIZE
    ]
    for row in latency_rows:
        if row["method"] != LOCAL:
            continue
        size, kind = row["chunks"], row["queries"]
        baseline = min(p95[size, kind, NUMPY_FLAT], p95[size, kind, FAISS_FLAT])
        goals.append(
            {
                "goal": f"{size} chunks, {kind}: p95 <= {GOAL_BASELINE_RATIO} x the faster flat "
                "baseline",
                "value": row["p95_ms"] / baseline,
                "unit": "x",
                "passed": row["p95_ms"] <= GOAL_BASELINE_RATIO * baseline,
            }
        )
        if size == GOAL_SIZE:
            goals.append(
                {
                    "goal": f"{size} chunks, {kind}: p95 < {GOAL_P95_MS:.0f} ms",
                    "value": row["p95_ms"],
                    "unit": "ms",
                    "passed": row["p95_ms"] < GOAL_P95_MS,
                }
            )
    agreement = min(r["top_k_agreement_with_faiss"] for r in latency_rows if r["method"] == LOCAL)
    goals.append(
        {
            "goal": f"local top-{K} = exact (FAISS) top-{K}, every query",
            "value": agreement,
            "unit": "",
            "passed": agreement == 1.0,
        }
    )
    hit_at_5 = {row["name"]: row["hit_at_5"] for row in quality_figures["rows"]}
    goals.append(
        {
            "goal": "sample PDFs: local hit@5 >= BM25 hit@5",
            "value": hit_at_5[LOCAL_SETUP] - hit_at_5[BM25],
            "unit": "(difference)",
            "passed": hit_at_5[LOCAL_SETUP] >= hit_at_5[BM25],
        }
    )
    return goals


def thread_pools() -> list[dict]:
    from threadpoolctl import threadpool_info

    return [
        {"library": pool["internal_api"], "threads": pool["num_threads"]}
        for pool in threadpool_info()
    ]


def benchmark(sizes: list[int], queries_per_kind: int) -> dict:
    import faiss

    faiss.omp_set_num_threads(1)
    load_before = os.getloadavg()[0]
    latency_rows, context = latency(sizes, queries_per_kind)
    quality_figures = quality(find_project_root() or Path.cwd())
    return {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpu_count": os.cpu_count(),
        "pinned_cpus": sorted(os.sched_getaffinity(0)),
        "thread_pools": thread_pools(),
        "faiss_threads": faiss.omp_get_max_threads(),
        "load_average_1min": {"start": load_before, "end": os.getloadavg()[0]},
        "k": K,
        "queries_per_kind": queries_per_kind,
        "latency": {**context, "rows": latency_rows},
        "quality": quality_figures,
        "goals": goals_of(latency_rows, quality_figures),
    }


def report(figures: dict) -> str:
    load, latency_figures = figures["load_average_1min"], figures["latency"]
    pools = ", ".join(f"{p['library']} {p['threads']}" for p in figures["thread_pools"])
    lines = [
        f"Retrieval benchmark: CPU {figures['pinned_cpus']} of {figures['cpu_count']}, threads: "
        f"{pools}, faiss {figures['faiss_threads']}; load average {load['start']:.1f} at start, "
        f"{load['end']:.1f} at end",
        f"Latency of one top-{figures['k']} search, {figures['queries_per_kind']} queries per "
        "kind after a warm-up, methods interleaved per query. Synthetic chunks (Zipf words, "
        f"{WORDS_PER_CHUNK} a chunk) embedded by OfflineHashingEmbedder, 512 dimensions "
        f"(corpus made in {latency_figures['corpus_setup_seconds']:.0f} s). Embedding one "
        f"question: p50 {latency_figures['embed_one_question']['p50_ms']:.2f} ms (not in the "
        "rows below).",
        "",
        f"{'chunks':>7} {'queries':<18} {'method':<44} {'p50 ms':>7} {'p95 ms':>7} {'nnz':>5}",
    ]
    for row in latency_figures["rows"]:
        lines.append(
            f"{row['chunks']:>7} {row['queries']:<18} {row['method']:<44} "
            f"{row['p50_ms']:>7.2f} {row['p95_ms']:>7.2f} {row['query_non_zero_dims_mean']:>5.0f}"
        )
    quality_figures = figures["quality"]
    chunking = quality_figures["chunking"]
    lines += [
        "",
        "nnz = mean non-zero dimensions of the query vectors. Keyword and hybrid searches read "
        "the question's text; hybrid fuses each side's best "
        f"{chain_settings(find_project_root() or Path.cwd()).retrieval.candidates}.",
        "",
        f"{'keyword index':<14} {'build s':>8} {'matrix MB':>10} {'disk MB':>8} {'entries':>11} "
        f"{'terms':>7}",
        *(
            f"{build['chunks']:>14} {build['build_seconds']:>8.1f} "
            f"{build['score_matrix_mb']:>10.1f} {build['disk_mb']:>8.1f} "
            f"{build['entries']:>11} {build['vocabulary']:>7}"
            for build in latency_figures["keyword_index"]
        ),
        "",
        f"Quality: {quality_figures['questions']} questions of data/eval/full.jsonl over "
        f"{quality_figures['chunks']} chunks of data/sample_pdfs ({chunking['tokens']} tokens, "
        f"overlap {chunking['overlap_tokens']}); a hit is the expected file and page.",
        "",
        f"{'retriever':<58} {'hit@1':>6} {'hit@5':>6} {'MRR@10':>7}",
    ]
    for row in quality_figures["rows"]:
        lines.append(
            f"{row['name']:<58} {row['hit_at_1']:>6.3f} {row['hit_at_5']:>6.3f} "
            f"{row['mrr_at_10']:>7.3f}"
        )
    lines.append("")
    for goal in figures["goals"]:
        verdict = "PASS" if goal["passed"] else "FAIL"
        lines.append(f"{verdict}  {goal['goal']}: {goal['value']:.2f} {goal['unit']}".rstrip())
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if any(os.environ.get(variable) != "1" for variable in THREAD_VARIABLES):
        # BLAS and OpenMP size their thread pools when they load: start again with the pins set.
        environment = {**os.environ, **dict.fromkeys(THREAD_VARIABLES, "1")}
        command = [sys.executable, "-m", "benchmarks.retrieval", *arguments]
        os.execve(sys.executable, command, environment)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        type=lambda text: [int(size) for size in text.split(",")],
        default=[10_000, GOAL_SIZE],
        help="index sizes in chunks, comma separated (default 10000,100000)",
    )
    parser.add_argument("--queries", type=int, default=200, help="queries per kind (200)")
    args = parser.parse_args(arguments)
    if min(args.sizes) < K or args.queries <= WARM_UP_QUERIES:
        parser.error(f"--sizes must be at least {K} and --queries above {WARM_UP_QUERIES}")
    # One core: the scheduler cannot spread the search over the other cores either.
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    figures = benchmark(args.sizes, args.queries)
    print(report(figures))
    print(f"\nFigures written to {write_figures('retrieval', figures)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
