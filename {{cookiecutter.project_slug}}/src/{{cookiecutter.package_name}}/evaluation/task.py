"""Task 3: evaluate the candidate with MLflow, compare it with the serving version, gate promotion.

`mlflow.genai.evaluate` runs the candidate over the evaluation set with the code scorers of
`evaluation.scores` (always) and Databricks' built-in judges (workspace targets). The version
currently serving (alias champion) is evaluated on the same data. Each version runs with the code
it was logged with (`evaluation.model_code`). Each metric must clear its threshold and must not
regress beyond its tolerance; only then does the candidate get the promote alias and the tag
evaluation_status=passed, which task 4 requires before it serves a version.
"""

import os
import time
from collections.abc import Callable
from pathlib import Path

import mlflow

from ..backend.targets import Backend, backend_for
from ..names import CHAMPION_ALIAS, EVALUATION_STATUS_TAG, FAILED, PASSED
from ..parameters import EvaluationParameters
from ..responses import request_for, response_text
from . import scores
from .data import load_evaluation_set
from .gates import (
    CANDIDATE_SERVES,
    NO_SERVING_VERSION,
    EvaluationConfigError,
    EvaluationSettings,
    check_gates,
)
from .judges import build_judges, check_judges_can_run, raise_judge_errors
from .model_code import own_code
from .report import (
    EvaluationGateError,
    EvaluationReport,
    VersionEvaluation,
    write_outputs,
)
from .scores import aggregate, row_scores


def _scorers(k: int, judges: tuple[str, ...], answered: dict[str, dict]) -> list:
    """The code scorers, which read a row's whole outputs (answer, sources, latency) from
    `answered` by its question, and the built-in judges, which read the answer MLflow passes."""
    from mlflow.genai.scorers import scorer

    def row(inputs) -> dict:
        return answered[inputs["question"]]

    @scorer
    def retrieval_hit(inputs, expectations):
        return scores.retrieval_hit(row(inputs), expectations, k)

    @scorer
    def reciprocal_rank(inputs, expectations):
        return scores.retrieval_reciprocal_rank(row(inputs), expectations)

    @scorer
    def answer_token_f1(inputs, expectations):
        return scores.answer_token_f1(row(inputs), expectations)

    @scorer
    def answer_contains_expected(inputs, expectations):
        return scores.answer_contains_expected(row(inputs), expectations)

    @scorer
    def fact_coverage(inputs, expectations):
        return scores.fact_coverage(row(inputs), expectations)

    @scorer
    def groundedness(inputs):
        return scores.groundedness(row(inputs))

    @scorer
    def latency_ms(inputs):
        return float(row(inputs)["latency_ms"])

    @scorer
    def answer_length(inputs):
        return scores.answer_length(row(inputs))

    code = [
        retrieval_hit,
        reciprocal_rank,
        answer_token_f1,
        answer_contains_expected,
        fact_coverage,
        groundedness,
        latency_ms,
        answer_length,
    ]
    return code + build_judges(judges)


def predictor(model_uri: str, warm_up_question: str) -> tuple[Callable[[str], dict], list[dict]]:
    """A predict function over a model (URI or local folder): a question's answer, sources and
    latency (what `evaluation.scores` reads); and its record.

    The model answers `warm_up_question` once, untimed and unrecorded: a chain's first call
    loads its index, embedder and lazy imports (about 300 ms locally against 20 to 70 ms after),
    which would land on whichever version is evaluated first and fail its latency gate.
    """
    model = mlflow.pyfunc.load_model(model_uri)
    model.predict(request_for(warm_up_question))
    record: list[dict] = []

    def predict(question: str) -> dict:
        started = time.perf_counter()
        response = model.predict(request_for(question))
        latency = (time.perf_counter() - started) * 1000
        outputs = {
            "answer": response_text(response),
            "sources": response.get("custom_outputs", {}).get("sources", []),
            "latency_ms": latency,
        }
        record.append({"question": question, "outputs": outputs})
        return outputs

    return predict, record


def answer_only(predict: Callable[[str], dict], answered: dict[str, dict]) -> Callable[[str], str]:
    """The predict function mlflow.genai.evaluate runs: it returns only the answer, and keeps the
    whole outputs in `answered` by question for the code scorers.

    The harness hands the returned value to the built-in judges as the response: Correctness and
    Safety turn a dict without chat or Responses keys into its JSON, RelevanceToQuery into
    `str(outputs)` (mlflow/genai/utils/trace_utils.py `parse_outputs_to_str`;
    mlflow/genai/scorers/builtin_scorers.py, RelevanceToQuery.__call__ passes
    `context=outputs`). The retrieved passages would then be judged as part of the answer, and a
    wrong answer over the right passages would pass correctness.
    """

    def predict_answer(question: str) -> str:
        outputs = predict(question)
        answered[question] = outputs
        return outputs["answer"]

    return predict_answer


def per_row_results(data: list[dict], record: list[dict], k: int) -> list[dict]:
    """Each question's answer, retrieved passages and code scores, in the set's order."""
    by_question = {entry["question"]: entry["outputs"] for entry in record}
    rows = []
    for row in data:
        question = row["inputs"]["question"]
        expectations = row.get("expectations", {})
        outputs = by_question[question]
        rows.append(
            {
                "question": question,
                "answer": outputs["answer"],
                "expected_response": expectations.get("expected_response"),
                "expected_retrieved_context": expectations.get("expected_retrieved_context"),
                "expected_facts": expectations.get("expected_facts"),
                "retrieved": [
                    {
                        "document_path": s["document_path"],
                        "page_number": s["page_number"],
                        "score": s["score"],
                        "text": s["text"],
                    }
                    for s in outputs["sources"]
                ],
                "scores": row_scores(outputs, expectations, k),
            }
        )
    return rows


def evaluate_version(
    name: str, alias: str, version: str, data: list[dict], settings: EvaluationSettings
) -> VersionEvaluation:
    # Built before the version's code is swapped in: inside own_code, this module's code must
    # not import anything of the package for the first time.
    answered: dict[str, dict] = {}
    scorers = _scorers(settings.retrieval_k, settings.judges, answered)
    with own_code(f"models:/{name}/{version}") as model_folder:
        predict, record = predictor(model_folder, data[0]["inputs"]["question"])
        with mlflow.start_run(run_name=f"evaluate {alias} v{version}") as run:
            mlflow.set_tags({"model_name": name, "model_version": version, "model_alias": alias})
            os.environ["MLFLOW_GENAI_EVAL_MAX_WORKERS"] = str(settings.parallel_requests)
            result = mlflow.genai.evaluate(
                data=data, predict_fn=answer_only(predict, answered), scorers=scorers
            )
            raise_judge_errors(result, settings.judges)
            rows = per_row_results(data, record, settings.retrieval_k)
            metrics = aggregate([row["scores"] for row in rows])
            for judge in settings.judges:
                # Judges report yes/no per row; MLflow aggregates them as "<name>/mean".
                metrics[judge] = float(result.metrics[f"{judge}/mean"])
            mlflow.log_metrics({f"gate/{key}": value for key, value in metrics.items()})
            mlflow.log_dict({"rows": rows}, "evaluation/per_row_results.json")
    return VersionEvaluation(alias, version, run.info.run_id, metrics, rows)


def evaluate(
    task: EvaluationParameters,
    output: Path | None = None,
    promote: bool = True,
    backend: Backend | None = None,
) -> EvaluationReport:
    """Evaluate, gate and (if every gate passes and promote_alias is set) promote.

    The outputs are written before the verdict is acted on, so a failed gate still leaves its
    table, per-row results and metrics behind. Raises EvaluationGateError on a failed gate, and
    JudgeError, before any verdict, when a judge cannot run or fails on a row.
    """
    backend = backend or backend_for(task.target)
    data = load_evaluation_set(task.eval_dataset)
    settings = EvaluationSettings.load(task.evaluation_config, with_judges=backend.judges)
    backend.configure_mlflow(task.experiment_name)
    # After configure_mlflow: the judges' model follows the tracking URI.
    check_judges_can_run(settings.judges)
    client = mlflow.MlflowClient()
    name = backend.registered_model_name(task.catalog, task.schema, task.model_name)
    if task.model_version:
        candidate_version = _existing_version(client, name, task.model_version)
    else:
        candidate_version = _version_of(client, name, task.model_alias)
    if candidate_version is None:
        raise EvaluationConfigError(
            f"model {name} has no version {task.model_version!r}"
            if task.model_version
            else f"model {name} has no version aliased {task.model_alias!r}: run the rag_chain "
            "task first (it registers the candidate)"
        )
    serving_version = _version_of(client, name, CHAMPION_ALIAS)
    candidate = evaluate_version(name, task.model_alias, candidate_version, data, settings)
    serving = None
    if serving_version is not None and serving_version != candidate_version:
        serving = evaluate_version(name, CHAMPION_ALIAS, serving_version, data, settings)
    gates = check_gates(
        candidate.metrics,
        serving and serving.metrics,
        settings.gates,
        CANDIDATE_SERVES if serving_version == candidate_version else NO_SERVING_VERSION,
    )
    passed = all(gate.passed for gate in gates)
    promoted_to = task.promote_alias if passed and promote and task.promote_alias else ""
    links = {f"candidate run (v{candidate_version})": backend.run_link(candidate.run_id)}
    if serving:
        links[f"serving run (v{serving_version})"] = backend.run_link(serving.run_id)
    report = EvaluationReport(
        name, candidate, serving, gates, str(task.eval_dataset), promoted_to, links, serving_version
    )
    output = output or backend.evaluation_folder(candidate_version)
    if output is not None:
        write_outputs(report, output)
    with mlflow.start_run(run_id=candidate.run_id):
        mlflow.log_dict(report.metrics_json(), "evaluation/metrics.json")
        mlflow.log_text(report.summary_markdown(), "evaluation/summary.md")
    if promote and task.promote_alias:
        client.set_model_version_tag(
            name, candidate_version, EVALUATION_STATUS_TAG, PASSED if passed else FAILED
        )
    if promoted_to:
        client.set_registered_model_alias(name, promoted_to, candidate_version)
    if not passed:
        raise EvaluationGateError(
            f"version {candidate_version} of {name} failed its evaluation gates and was not "
            f"promoted:\n{report.summary_markdown()}",
            report,
        )
    return report


def _existing_version(client, name: str, version: str) -> str | None:
    from mlflow.exceptions import MlflowException

    try:
        return str(client.get_model_version(name, version).version)
    except MlflowException:
        return None


def _version_of(client, name: str, alias: str) -> str | None:
    from mlflow.exceptions import MlflowException

    try:
        return str(client.get_model_version_by_alias(name, alias).version)
    except MlflowException:
        return None
