"""Command line: `python -m <package> job|ingest ...`."""

import argparse
import logging
import sys
from pathlib import Path

from .bundle import BundleError
from .local_workspace import find_project_root

INGESTION_TASK = "pdf_chunks_embeddings"


def _parameter(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected name=value, got {text!r}")
    return name, value


def _project_root() -> Path:
    root = find_project_root()
    if root is None:
        raise BundleError("no databricks.yml here or above: run this inside the project folder")
    return root


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"python -m {__package__}")
    commands = parser.add_subparsers(dest="command", required=True)

    job = commands.add_parser("job", help="run the bundle's job locally")
    job.add_argument("--target", default="local", help="only 'local' runs here")
    job.add_argument("--job", dest="job_key", help="job key in resources/ (default: the only one)")
    job.add_argument(
        "--task", action="append", dest="tasks", help="run only this task (repeatable)"
    )
    job.add_argument(
        "--param",
        action="append",
        type=_parameter,
        default=[],
        metavar="NAME=VALUE",
        help="override a job parameter (repeatable)",
    )

    ingest = commands.add_parser(
        "ingest", help="ingest a folder of PDFs into the local table and index"
    )
    ingest.add_argument("--source", required=True, type=Path, help="folder of PDFs")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("py4j", "pyspark"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    from .local_runner import run_job

    try:
        root = _project_root()
        if args.command == "job":
            if args.target != "local":
                print(
                    f"error: target {args.target!r} runs on Databricks: "
                    f"databricks bundle deploy -t {args.target} && "
                    f"databricks bundle run -t {args.target} rag_job",
                    file=sys.stderr,
                )
                return 2
            run = run_job(root, args.job_key, args.tasks, dict(args.param))
        else:
            source = args.source.expanduser().resolve()
            if not source.is_dir():
                print(f"error: {source} is not a folder of PDFs", file=sys.stderr)
                return 2
            run = run_job(root, tasks=[INGESTION_TASK], overrides={"source_path": str(source)})
    except (BundleError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0 if run.succeeded else 1
