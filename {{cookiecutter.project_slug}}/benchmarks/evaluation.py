"""Offline evaluation throughput, in rows per second, on the shipped full evaluation set.

Registers the chain on an index of the sample PDFs in a scratch local home, then times in one run:
the evaluation task's `evaluate` (mlflow.genai.evaluate with every code scorer, traces, gates and
outputs) and, as its floor, a bare loop calling the same model's predict on the same questions.
Run from the project root: `make bench`. Figures also go to .local/bench/evaluation.json.
"""

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from unittest.mock import patch

from {{ cookiecutter.package_name }}.backend.local import LocalBackend
from {{ cookiecutter.package_name }}.chain.registration import run
from {{ cookiecutter.package_name }}.evaluation.data import load_evaluation_set
from {{ cookiecutter.package_name }}.evaluation.report import EvaluationGateError
from {{ cookiecutter.package_name }}.evaluation.task import evaluate
from {{ cookiecutter.package_name }}.ingestion.documents import chunks_of_files
from {{ cookiecutter.package_name }}.local.bundle import load_job
from {{ cookiecutter.package_name }}.local.workspace import LOCAL_HOME_VARIABLE
from {{ cookiecutter.package_name }}.names import index_full_name
from {{ cookiecutter.package_name }}.parameters import (
    ChainParameters,
    EvaluationParameters,
    IngestionParameters,
)
from {{ cookiecutter.package_name }}.responses import request_for
from {{ cookiecutter.package_name }}.retrieval.embeddings import OfflineHashingEmbedder
from {{ cookiecutter.package_name }}.retrieval.local_index import LocalVectorIndex

from . import write_figures

ROOT = Path(__file__).resolve().parent.parent
DATASET = ROOT / "data" / "eval" / "full.jsonl"


def build_sample_index(parameters: dict[str, str]) -> None:
    files = sorted(Path(parameters["source_path"]).glob("*.pdf"))
    chunking = IngestionParameters.from_parameters(parameters.get).chunking
    chunks = chunks_of_files(files, chunking, OfflineHashingEmbedder())
    name = index_full_name(
        parameters["catalog"], parameters["schema"], parameters["vector_search_index"]
    )
    LocalVectorIndex.from_frame(
        chunks, source_table="benchmark", source_version=1, embedder=OfflineHashingEmbedder().name
    ).save(LocalBackend().index_folder(name))


def benchmark(repeat: int) -> dict:
    import mlflow

    rows = load_evaluation_set(DATASET)
    with (
        tempfile.TemporaryDirectory(prefix="bench-evaluation-") as home,
        # Everything of the run goes to a scratch home; the figures afterwards to the project's.
        patch.dict(os.environ, {LOCAL_HOME_VARIABLE: home}),
    ):
        parameters = dict(load_job(ROOT).parameters)
        build_sample_index(parameters)
        registered = run(ChainParameters.from_parameters(parameters.get))
        model = mlflow.pyfunc.load_model(f"models:/{registered.name}/{registered.version}")
        questions = [row["inputs"]["question"] for row in rows]
        task = EvaluationParameters.from_parameters(
            {**parameters, "eval_dataset": str(DATASET), "promote_alias": ""}.get
        )
        bare, full, report = [], [], None
        for _ in range(repeat):
            started = time.perf_counter()
            for question in questions:
                model.predict(request_for(question))
            bare.append(time.perf_counter() - started)
            started = time.perf_counter()
            try:
                report = evaluate(task, output=Path(home) / "out", promote=False)
            except EvaluationGateError as failed:
                report = failed.report
            full.append(time.perf_counter() - started)
    return {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "rows": len(rows),
        "cpu_count": os.cpu_count(),
        "repeat": repeat,
        "statistic": "best (minimum) of the repeated runs",
        "predict_loop_seconds": min(bare),
        "evaluate_seconds": min(full),
        "predict_rows_per_second": len(rows) / min(bare),
        "evaluate_rows_per_second": len(rows) / min(full),
        "metrics": report.candidate.metrics,
        "passed": report.passed,
    }


def report_lines(figures: dict) -> str:
    return "\n".join(
        [
            f"Evaluation benchmark: {figures['rows']} rows of data/eval/full.jsonl, "
            f"{figures['cpu_count']} CPU cores, best of {figures['repeat']}",
            "",
            f"{'name':<52} {'seconds':>8} {'rows/s':>8}",
            f"{'bare predict loop (floor)':<52} {figures['predict_loop_seconds']:>8.2f} "
            f"{figures['predict_rows_per_second']:>8.1f}",
            f"{'evaluate: mlflow.genai.evaluate + scorers + gates':<52} "
            f"{figures['evaluate_seconds']:>8.2f} {figures['evaluate_rows_per_second']:>8.1f}",
            "",
            "Quality of the default local setup on the full set: "
            + ", ".join(f"{k} {v:.3g}" for k, v in figures["metrics"].items()),
            f"Gates: {'passed' if figures['passed'] else 'FAILED'}",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (default 3)")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    figures = benchmark(args.repeat)
    print(report_lines(figures))
    print(f"\nFigures written to {write_figures('evaluation', figures)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
