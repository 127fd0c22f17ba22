"""Command line: `python -m <package> job|ingest|ask|evaluate|generate-eval|serve|monitor|cost|
traffic ...`."""

import argparse
import json
import logging
import math
import sys
from pathlib import Path

from .errors import ProjectError
from .local.bundle import BundleError
from .local.workspace import find_project_root
from .names import INGESTION_TASK, LOCAL_TARGET, MAIN_JOB


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

    job = commands.add_parser("job", help="run the bundle's job's tasks on this machine")
    job.add_argument(
        "--target",
        default=LOCAL_TARGET,
        help=f"{LOCAL_TARGET!r} (default), or a workspace target such as 'dev' from the "
        "Databricks Connect environment (make connect)",
    )
    job.add_argument("--job", dest="job_key", help=f"job key in resources/ (default: {MAIN_JOB})")
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

    ask = commands.add_parser("ask", help="answer a question from the local index, with sources")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print the answer and sources as JSON")

    evaluate = commands.add_parser(
        "evaluate", help="evaluate a registered version locally on an evaluation set"
    )
    evaluate.add_argument("--dataset", required=True, type=Path, help="JSONL in MLflow 3 shape")
    evaluate.add_argument("--output", required=True, type=Path, help="folder for the results")
    evaluate.add_argument(
        "--alias", default="candidate", help="the version to evaluate (default: candidate)"
    )

    generate = commands.add_parser(
        "generate-eval", help="write a synthetic evaluation set from the indexed chunks"
    )
    generate.add_argument(
        "--output", required=True, type=Path, help="JSONL file to create (never overwritten)"
    )
    generate.add_argument("--rows", type=int, default=20, help="rows to generate (default 20)")
    generate.add_argument(
        "--llm-endpoint",
        help="a Databricks chat endpoint writes the questions (needs Databricks credentials); "
        "without it an offline writer does",
    )

    serve = commands.add_parser(
        "serve", help="serve a registered version locally until Ctrl-C (or stop task 4's server)"
    )
    which = serve.add_mutually_exclusive_group()
    which.add_argument("--alias", default="champion", help="version to serve (default: champion)")
    which.add_argument("--version", help="serve this version number instead of an alias")
    which.add_argument(
        "--stop", action="store_true", help="stop the server the job's deploy task left running"
    )
    serve.add_argument(
        "--port", type=port_number, default=0, help="port on 127.0.0.1 (default: a free one)"
    )

    monitor = commands.add_parser(
        "monitor",
        help="report the local endpoint's metrics with the thresholds of config/monitoring.yml "
        "(exit 1 on a breach)",
    )
    monitor.add_argument(
        "--since", help="only requests from then on: 90m, 24h, 7d or an ISO date or time"
    )
    monitor.add_argument(
        "--output", type=Path, help="folder for the report (default .local/monitoring/<time>)"
    )
    monitor.add_argument(
        "--log", type=Path, help="inference log (default .local/serving/inference_log.jsonl)"
    )

    cost = commands.add_parser(
        "cost",
        help="estimate the cost per request from the local endpoint's tokens and config/costs.yml, "
        "with fixed costs and a monthly projection",
    )
    cost.add_argument(
        "--requests-per-day",
        type=float,
        help="project at this rate (default: the log's requests per day with traffic)",
    )
    cost.add_argument(
        "--since", help="only requests from then on: 90m, 24h, 7d or an ISO date or time"
    )
    cost.add_argument(
        "--output", type=Path, help="folder for the report (default .local/costs/<time>)"
    )
    cost.add_argument(
        "--log", type=Path, help="inference log (default .local/serving/inference_log.jsonl)"
    )

    traffic = commands.add_parser(
        "traffic", help="send evaluation questions to the local endpoint task 4 left running"
    )
    traffic.add_argument(
        "--requests", type=positive_count, default=40, help="how many (default 40)"
    )
    traffic.add_argument("--seed", type=int, default=14, help="seed of the questions' draw")
    return parser


def output_folder(output: Path | None) -> Path | None:
    """`--output`, refused when it is an existing file: the report is a folder of files."""
    if output is not None and output.exists() and not output.is_dir():
        raise ProjectError(f"--output {output} is a file: name a folder for the report's files")
    return output


def nothing_logged(log: Path | None) -> str:
    """Refuse a `--log` that names no log (a mistyped path would give an empty report); without
    `--log`, a note to print after the report when the endpoint has logged nothing yet."""
    from .local.inference_log import log_files
    from .monitoring.local_log import default_log

    if log is not None and not log_files(log):
        problem = "is a folder" if log.is_dir() else "does not exist"
        raise ProjectError(
            f"--log {log} {problem}: give the local endpoint's inference log, a JSON Lines file "
            f"(default {default_log()})"
        )
    if log is None and not log_files(default_log()):
        return (
            f"note: no requests logged yet ({default_log()} does not exist): run the job "
            f"(`make job`), whose task 4 leaves the local endpoint running, then send it "
            f"requests (`python -m {__package__} traffic`)"
        )
    return ""


def monitor(root: Path, since: str | None, output: Path | None, log: Path | None) -> int:
    from .monitoring.monitor import monitor as write_monitoring_report

    note = nothing_logged(log)
    code, summary = write_monitoring_report(root, log, since, output_folder(output))
    print(summary.read_text())
    print(f"report: {summary}")
    if note:
        print(note, file=sys.stderr)
    if code:
        print("a monitoring threshold is breached (see the table above)", file=sys.stderr)
    return code


def cost(
    root: Path, per_day: float | None, since: str | None, output: Path | None, log: Path | None
) -> int:
    from .costs.command import cost as write_cost_report

    # `not 0 <= x` also refuses nan, which argparse's float accepts.
    if per_day is not None and not 0 <= per_day < math.inf:
        print("error: --requests-per-day must be 0 or more, and finite", file=sys.stderr)
        return 2
    note = nothing_logged(log)
    _, summary = write_cost_report(root, per_day, since, output_folder(output), log)
    print(summary.read_text())
    print(f"report: {summary}")
    if note:
        print(note, file=sys.stderr)
    return 0


def traffic(root: Path, requests: int, seed: int) -> int:
    from .monitoring.traffic import send_traffic

    sent = send_traffic(root / "data" / "eval", requests, seed)
    print(
        f"sent {requests} questions to {sent['url']} in {sent['seconds']:.1f}s; "
        f"status codes: {sent['statuses']}"
    )
    return 0


def port_number(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port: use 1 to 65535, or 0 for any")
    return int(text)


def positive_count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a count: use a whole number from 1")
    return int(text)


def generate_evaluation_set(root: Path, output: Path, rows: int, endpoint: str | None) -> int:
    from .backend.client import workspace_client
    from .backend.local import LocalBackend
    from .evaluation.synthetic import generate, model_question_writer, write_jsonl
    from .local.bundle import load_job
    from .names import index_full_name
    from .retrieval.local_index import LocalVectorIndex

    # A curated evaluation set is worth more than a synthetic one: never written over.
    if output.exists():
        kind = "a folder" if output.is_dir() else "an existing file"
        raise ProjectError(
            f"--output {output} is {kind}: name a new JSONL file (generate-eval never overwrites)"
        )
    parameters = load_job(root).parameters
    name = index_full_name(
        parameters["catalog"], parameters["schema"], parameters["vector_search_index"]
    )
    chunks = LocalVectorIndex.load(LocalBackend().index_folder(name)).metadata
    writer = None
    if endpoint:
        writer = model_question_writer(workspace_client(), endpoint)
    written = write_jsonl(generate(chunks, rows, writer), output)
    short = f" of {rows} asked: no other chunk gives a new question" if written < rows else ""
    print(f"wrote {written} evaluation rows to {output}{short}")
    return 0


def ask(root: Path, question: str, as_json: bool) -> int:
    from .backend.targets import backend_for
    from .chain.agent import create_chain
    from .chain.pipeline import answer_messages
    from .chain.registration import model_config
    from .chain.settings import ChainSettings
    from .local.bundle import load_job
    from .parameters import ChainParameters

    task = ChainParameters.from_parameters(load_job(root).parameters.get)
    settings = ChainSettings.from_config(model_config(task, backend_for(task.target)))
    result = answer_messages(
        create_chain(settings), [{"role": "user", "content": question}], settings
    )
    if as_json:
        print(json.dumps(result, indent=2))
        return 0
    print(result["answer"])
    print("\nSources:")
    for number, source in enumerate(result["sources"], start=1):
        print(
            f"  [{number}] {Path(source['document_path']).name} page {source['page_number']} "
            f"(score {source['score']:.3f}): {' '.join(source['snippet'].split())[:100]}..."
        )
    return 0


def evaluate(root: Path, dataset: Path, output: Path, alias: str) -> int:
    from .evaluation.report import EvaluationGateError
    from .evaluation.task import evaluate as run_evaluation
    from .local.bundle import load_job
    from .parameters import EvaluationParameters

    parameters = {
        **load_job(root).parameters,
        "eval_dataset": str(dataset.expanduser().resolve()),
        "model_alias": alias,
    }
    task = EvaluationParameters.from_parameters(parameters.get)
    output_folder(output)
    try:
        report = run_evaluation(task, output=output.expanduser().resolve(), promote=False)
    except EvaluationGateError as failed:
        print(failed, file=sys.stderr)
        print(f"results: {output}", file=sys.stderr)
        return 1
    print(report.summary_markdown())
    print(f"results: {output}")
    return 0


def serve(root: Path, alias: str, version: str | None, port: int, stop: bool) -> int:
    import mlflow
    from mlflow.exceptions import MlflowException

    from .backend.local import LocalBackend
    from .local.bundle import load_job
    from .local.detached import stop_detached
    from .local.server import run_server
    from .names import served_entity_name

    if stop:
        state, stopped = stop_detached()
        if state is None:
            print("no server: task 4 left no .local/serving/endpoint.json")
        elif stopped:
            print(f"stopped {' and '.join(stopped)} of {state.model_uri} at {state.url}")
        else:
            print(f"no server was running at {state.url}; removed its stale endpoint.json")
        return 0
    parameters = load_job(root).parameters
    backend = LocalBackend()
    backend.configure_mlflow()
    name = backend.registered_model_name(
        parameters["catalog"], parameters["schema"], parameters["model_name"]
    )
    if version is None:
        try:
            version = str(mlflow.MlflowClient().get_model_version_by_alias(name, alias).version)
        except MlflowException:
            print(
                f"error: no version of {name} is aliased {alias!r}: run `make job`", file=sys.stderr
            )
            return 2
    try:
        mlflow.MlflowClient().get_model_version(name, version)
    except MlflowException:
        print(
            f"error: {name} has no version {version!r}: give a registered version number, or "
            "--alias (the champion by default)",
            file=sys.stderr,
        )
        return 2
    try:
        return run_server(f"models:/{name}/{version}", served_entity_name(name, version), port)
    except ProjectError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("py4j", "pyspark"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    from .backend.targets import runs_on_this_machine
    from .local.runner import connect_workspace, run_job

    try:
        root = _project_root()
        # The commands that answer themselves; `job` and `ingest` run the job's tasks.
        commands = {
            "ask": lambda: ask(root, args.question, args.json),
            "evaluate": lambda: evaluate(root, args.dataset, args.output, args.alias),
            "generate-eval": lambda: generate_evaluation_set(
                root, args.output, args.rows, args.llm_endpoint
            ),
            "serve": lambda: serve(root, args.alias, args.version, args.port, args.stop),
            "monitor": lambda: monitor(root, args.since, args.output, args.log),
            "cost": lambda: cost(root, args.requests_per_day, args.since, args.output, args.log),
            "traffic": lambda: traffic(root, args.requests, args.seed),
        }
        if args.command in commands:
            return commands[args.command]()
        if args.command == "job":
            workspace = None
            if not runs_on_this_machine(args.target):
                workspace = connect_workspace(root, args.target, args.job_key)
            run = run_job(root, args.job_key, args.tasks, dict(args.param), workspace=workspace)
        else:
            source = args.source.expanduser().resolve()
            if not source.is_dir():
                problem = "is not a folder" if source.exists() else "does not exist"
                print(
                    f"error: {source} {problem}: give the folder that holds the PDFs",
                    file=sys.stderr,
                )
                return 2
            run = run_job(root, tasks=[INGESTION_TASK], overrides={"source_path": str(source)})
    except ProjectError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0 if run.succeeded else 1
