"""Ingestion throughput on a synthetic corpus, in pages per second.

Compares the project's parse-chunk-embed code with bare pypdf text extraction (the upper limit)
and with the LangChain pipeline users would otherwise write, then times the whole Spark task on
one and on two local cores. Run from the project root: `make bench`. The figures also go to
.local/bench/ingestion.json. It is a report: the exit code is 0 even when a goal fails.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader
from pyspark.sql import SparkSession

from {{ cookiecutter.package_name }}.ingestion.documents import chunks_of_files
from {{ cookiecutter.package_name }}.ingestion.task import run
from {{ cookiecutter.package_name }}.local.bundle import load_job
from {{ cookiecutter.package_name }}.local.workspace import LOCAL_HOME_VARIABLE
from {{ cookiecutter.package_name }}.parameters import IngestionParameters
from {{ cookiecutter.package_name }}.retrieval.embeddings import (
    Embedder,
    OfflineHashingEmbedder,
)
from {{ cookiecutter.package_name }}.spark_session import local_spark

from . import write_figures
from tests.pdf_factory import synthetic_corpus

ROOT = Path(__file__).resolve().parent.parent
PAGES_PER_DOCUMENT = 10
# The job's chunking (resources/model_resources.yml): the figures are those of the task as it runs.
CHUNKING = IngestionParameters.from_parameters(load_job(ROOT).parameters.get).chunking
# The same sizes in characters: this corpus averages about 5 characters per token.
CHARACTERS_PER_TOKEN = 5
LANGCHAIN_CHUNK_CHARS = CHARACTERS_PER_TOKEN * CHUNKING.chunk_size
LANGCHAIN_OVERLAP_CHARS = CHARACTERS_PER_TOKEN * CHUNKING.chunk_overlap
SPARK_PARAMETERS = {
    "target": "local",
    "catalog": "local",
    "schema": "bench",
    "chunk_table": "pdf_chunks",
    "documents_table": "pdf_documents",
    "embedding_endpoint": "unused-offline",
    "vector_search_endpoint": "unused",
    "vector_search_index": "chunks_index",
    "chunk_size_tokens": str(CHUNKING.chunk_size),
    "chunk_overlap_tokens": str(CHUNKING.chunk_overlap),
    # Every document must be ingested; a failure is checked below instead of raised by the task.
    "max_failure_ratio": "1.0",
    "index_sync_timeout_seconds": "60",
}

BARE = "bare pypdf extract_text (upper limit)"
FUNCTIONS = "ingestion functions: parse+chunk+embed"
LANGCHAIN = "LangChain PyPDFLoader+splitter"
LANGCHAIN_EMBEDDED = "LangChain PyPDFLoader+splitter+embed"
GOAL_EXTRACTION_SHARE = 0.8
GOAL_SPARK_SPEEDUP = 1.6
SPARK_CORES = (1, 2)
# Warm runs of one session vary by up to 40% on a small shared machine (JIT, garbage collection,
# which task lands last): the best of several is the figure that compares.
SPARK_WARM_RUNS = 3


def bare_extraction(paths: list[Path]) -> list[str]:
    texts = []
    for path in paths:
        reader = PdfReader(BytesIO(path.read_bytes()))
        texts.extend(page.extract_text() for page in reader.pages)
    return texts


def ingestion_functions(paths: list[Path], embedder: Embedder) -> list[str]:
    """The production code on the columns Spark's binaryFile source gives it."""
    return chunks_of_files(paths, CHUNKING, embedder)["chunk_text"].tolist()


def langchain_pipeline(paths: list[Path], embedder: Embedder | None) -> list[str]:
    # langchain-community warns on import that it is being sunset; that is not this report.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from langchain_community.document_loaders import PyPDFLoader
        from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(
        chunk_size=LANGCHAIN_CHUNK_CHARS, chunk_overlap=LANGCHAIN_OVERLAP_CHARS
    )
    texts = []
    for path in paths:
        chunks = splitter.split_documents(PyPDFLoader(str(path)).load())
        texts.extend(chunk.page_content for chunk in chunks)
    if embedder is not None:
        embedder.embed(texts)
    return texts


def best_times(
    pipelines: dict[str, Callable[[], list[str]]], repeat: int
) -> tuple[dict[str, float], dict[str, list[str]]]:
    # An untimed first pass pays for imports and lazy set-up, and gives the output to compare.
    outputs = {name: pipeline() for name, pipeline in pipelines.items()}
    best = dict.fromkeys(pipelines, float("inf"))
    for _ in range(repeat):
        # Round robin: a burst of load on a shared machine hits every pipeline alike.
        for name, pipeline in pipelines.items():
            started = time.perf_counter()
            pipeline()
            best[name] = min(best[name], time.perf_counter() - started)
    return best, outputs


def spark_measurement(cores: int, corpus: Path, one_document: Path) -> dict:
    """Session start-up, then the whole task 1 + SPARK_WARM_RUNS times in that session, each
    on an empty local home; then the same task on one document, the cost every run pays."""
    with tempfile.TemporaryDirectory(prefix="bench-spark-") as scratch:
        started = time.perf_counter()
        spark = local_spark(cores=cores, warehouse=str(Path(scratch) / "warehouse"))
        startup = time.perf_counter() - started
        try:
            runs = timed_runs(spark, corpus, Path(scratch) / "corpus", 1 + SPARK_WARM_RUNS)
            fixed = timed_runs(spark, one_document, Path(scratch) / "one", SPARK_WARM_RUNS)
        finally:
            spark.stop()
    return {
        "cores": cores,
        "startup_seconds": startup,
        "cold_seconds": runs[0]["seconds"],
        "warm_seconds": min(run["seconds"] for run in runs[1:]),
        "warm_runs_seconds": [run["seconds"] for run in runs[1:]],
        "fixed_seconds": min(run["seconds"] for run in fixed),
        "chunks": runs[-1]["chunks"],
    }


def timed_runs(spark: SparkSession, corpus: Path, homes: Path, count: int) -> list[dict]:
    documents = len(list(corpus.glob("*.pdf")))
    parameters = {**SPARK_PARAMETERS, "source_path": str(corpus)}
    config = IngestionParameters.from_parameters(parameters.get)
    runs = []
    for number in range(count):
        # A fresh home has no tables: the run plans and processes every document.
        os.environ[LOCAL_HOME_VARIABLE] = str(homes / f"run-{number}")
        started = time.perf_counter()
        result = run(spark, config)
        runs.append({"seconds": time.perf_counter() - started, "chunks": result.chunks})
        if result.failures or result.documents_processed != documents:
            raise RuntimeError(f"run {number}: a document failed\n{result.summary()}")
    return runs


def spark_in_subprocess(cores: int, corpus: Path, one_document: Path) -> dict:
    # A new process per core count: nothing (JVM, Python workers, caches) carries over. It is
    # pinned to that many CPUs: local[1] alone would still spread the JVM's compiler and
    # garbage collector and the Python driver over the other cores, flattering 1 core.
    command = [sys.executable, "-m", "benchmarks.ingestion", "--spark-cores", str(cores)]
    completed = subprocess.run(
        [*command, "--corpus", str(corpus), "--one-document", str(one_document)],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=lambda: os.sched_setaffinity(0, range(cores)),
    )
    if completed.returncode != 0:
        raise RuntimeError(f"Spark on {cores} core(s) failed:\n{completed.stderr[-5000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def benchmark(pages: int, spark_pages: int, repeat: int) -> dict:
    # Other processes on the machine slow every row; the load average shows whether any ran.
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as folder:
        corpus = Path(folder)
        paths = synthetic_corpus(corpus, pages, pages_per_document=PAGES_PER_DOCUMENT)
        embedder = OfflineHashingEmbedder()
        seconds, outputs = best_times(
            {
                BARE: lambda: bare_extraction(paths),
                FUNCTIONS: lambda: ingestion_functions(paths, embedder),
                LANGCHAIN: lambda: langchain_pipeline(paths, None),
                LANGCHAIN_EMBEDDED: lambda: langchain_pipeline(paths, embedder),
            },
            repeat,
        )
    with tempfile.TemporaryDirectory(prefix="bench-spark-corpus-") as folder:
        # Larger than the corpus above: a run also pays for about twenty small Spark jobs
        # (tables, plan, index) that more cores barely shorten; the one-document run measures them.
        corpus, one_document = Path(folder) / "corpus", Path(folder) / "one"
        synthetic_corpus(corpus, spark_pages, pages_per_document=PAGES_PER_DOCUMENT)
        synthetic_corpus(one_document, PAGES_PER_DOCUMENT, pages_per_document=PAGES_PER_DOCUMENT)
        spark = [spark_in_subprocess(cores, corpus, one_document) for cores in SPARK_CORES]

    bare_rate = pages / seconds[BARE]
    rows = []
    for name, texts in outputs.items():
        rows.append(
            {
                "name": name,
                "seconds": seconds[name],
                "pages_per_second": pages / seconds[name],
                "ratio_to_bare": pages / seconds[name] / bare_rate,
                # Pages for the bare extraction, chunks for the others.
                "pieces": len(texts),
                "mean_chars": sum(map(len, texts)) / len(texts),
            }
        )
    for figures in spark:
        for run_kind in ("cold", "warm"):
            run_seconds = figures[f"{run_kind}_seconds"]
            rows.append(
                {
                    "name": f"Spark task, {figures['cores']} core(s), {run_kind} run",
                    "seconds": run_seconds,
                    "pages_per_second": spark_pages / run_seconds,
                    "ratio_to_bare": spark_pages / run_seconds / bare_rate,
                    "pieces": figures["chunks"],
                    "mean_chars": None,
                }
            )
    rate = {row["name"]: row["pages_per_second"] for row in rows}
    one, two = (spark_pages / figures["warm_seconds"] for figures in spark)
    goals = [
        {
            "goal": f"ingestion functions >= {GOAL_EXTRACTION_SHARE} x bare extraction",
            "value": rate[FUNCTIONS] / bare_rate,
            "passed": rate[FUNCTIONS] >= GOAL_EXTRACTION_SHARE * bare_rate,
        },
        {
            "goal": "ingestion functions faster than the LangChain pipeline (same embedder)",
            "value": rate[FUNCTIONS] / rate[LANGCHAIN_EMBEDDED],
            "passed": rate[FUNCTIONS] > rate[LANGCHAIN_EMBEDDED],
        },
        {
            "goal": f"Spark 2 cores >= {GOAL_SPARK_SPEEDUP} x Spark 1 core (warm runs)",
            "value": two / one,
            "passed": two >= GOAL_SPARK_SPEEDUP * one,
        },
    ]
    return {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "pages": pages,
        "spark_pages": spark_pages,
        "documents": len(paths),
        "pages_per_document": PAGES_PER_DOCUMENT,
        "cpu_count": os.cpu_count(),
        "load_average_1min": {"start": load_before, "end": os.getloadavg()[0]},
        "repeat": repeat,
        "statistic": "best (minimum) of the repeated runs, after one untimed warm-up pass",
        "chunking": {"tokens": CHUNKING.chunk_size, "overlap_tokens": CHUNKING.chunk_overlap},
        "langchain_chunking": {
            "chars": LANGCHAIN_CHUNK_CHARS,
            "overlap_chars": LANGCHAIN_OVERLAP_CHARS,
        },
        "rows": rows,
        "spark": spark,
        "goals": goals,
    }


def report(figures: dict) -> str:
    spark, load = figures["spark"], figures["load_average_1min"]
    lines = [
        f"Ingestion benchmark: {figures['pages']} pages in {figures['documents']} PDFs "
        f"({figures['pages_per_document']} pages each), {figures['cpu_count']} CPU cores, "
        f"load average {load['start']:.1f} at start, {load['end']:.1f} at end",
        f"Non-Spark rows: best of {figures['repeat']} runs after a warm-up pass; each reads the "
        "files from disk. ratio = pages/s relative to bare pypdf extraction.",
        f"Chunks: {CHUNKING.chunk_size} tokens, overlap {CHUNKING.chunk_overlap} (project); "
        f"{LANGCHAIN_CHUNK_CHARS} chars, overlap {LANGCHAIN_OVERLAP_CHARS} (LangChain). "
        "The embedder is OfflineHashingEmbedder in every row that embeds.",
        "",
        f"{'name':<42} {'seconds':>8} {'pages/s':>8} {'ratio':>6} {'pieces':>7} {'chars':>6}",
    ]
    for row in figures["rows"]:
        chars = "" if row["mean_chars"] is None else f"{row['mean_chars']:.0f}"
        lines.append(
            f"{row['name']:<42} {row['seconds']:>8.2f} {row['pages_per_second']:>8.1f} "
            f"{row['ratio_to_bare']:>6.2f} {row['pieces']:>7} {chars:>6}"
        )
    lines += [
        "",
        "pieces = pages (bare) or chunks (others); chars = mean characters per piece.",
        f"Spark rows: {figures['spark_pages']} pages; ingestion.task.run (list, plan, "
        "parse/chunk/embed in mapInPandas, write the staging, chunk and document tables, build "
        "the local index) in a new process per core count, pinned to that many CPUs. "
        "cold = first run of a new session (starts the Python workers, warms the JVM); "
        f"warm = best of the next {SPARK_WARM_RUNS} runs in that session, each on an empty local "
        "home (nothing incremental). "
        "Session start-up is in neither: "
        + ", ".join(f"{s['cores']} core(s) {s['startup_seconds']:.1f} s" for s in spark)
        + f". Fixed cost of a run (the same task on one {PAGES_PER_DOCUMENT}-page document, "
        + f"best of {SPARK_WARM_RUNS}): "
        + ", ".join(f"{s['cores']} core(s) {s['fixed_seconds']:.1f} s" for s in spark)
        + ".",
        "",
    ]
    lines += [
        f"{'PASS' if goal['passed'] else 'FAIL'}  {goal['goal']}: {goal['value']:.2f} x"
        for goal in figures["goals"]
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=240, help="corpus size (default 240)")
    parser.add_argument(
        "--spark-pages", type=int, default=2880, help="corpus size for the Spark rows (2880)"
    )
    parser.add_argument("--repeat", type=int, default=9, help="timed runs per non-Spark row")
    parser.add_argument(
        "--spark-cores", type=int, help="internal: time the Spark task only, print JSON"
    )
    parser.add_argument("--corpus", type=Path, help="internal: the corpus for --spark-cores")
    parser.add_argument(
        "--one-document", type=Path, help="internal: the one-document corpus for --spark-cores"
    )
    args = parser.parse_args(argv)
    if args.spark_cores:
        if args.corpus is None or args.one_document is None:
            parser.error("--spark-cores needs --corpus and --one-document")
        print(json.dumps(spark_measurement(args.spark_cores, args.corpus, args.one_document)))
        return 0
    if min(args.pages, args.spark_pages, args.repeat) < 1:
        parser.error("--pages, --spark-pages and --repeat must be at least 1")
    if os.cpu_count() < max(SPARK_CORES):
        parser.error(f"the Spark rows need {max(SPARK_CORES)} CPU cores; this machine has fewer")
    figures = benchmark(args.pages, args.spark_pages, args.repeat)
    print(report(figures))
    print(f"\nFigures written to {write_figures('ingestion', figures)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
