"""Task 3: evaluate the candidate with MLflow, compare it with the serving version, gate promotion.

`mlflow.genai.evaluate` runs the candidate over the evaluation set with the code scorers of
`evaluation_scores` (always) and Databricks' built-in judges (workspace targets). The version
currently serving (alias champion) is evaluated on the same data. Each metric must clear its
threshold and must not regress beyond its tolerance; only then does the candidate get the promote
alias and the tag evaluation_status=passed, which task 4 requires before it serves a version.
"""

import json
import math
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import mlflow
import yaml

from ..backend.targets import Backend, backend_for
from ..errors import ConfigError, ProjectError
from ..names import CHAMPION_ALIAS, EVALUATION_STATUS_TAG, FAILED, PASSED
from ..parameters import required_parameters
from ..responses import request_for, response_text
from .data import load_evaluation_set
from .scores import aggregate, row_scores

JUDGES = {
    "correctness": "Correctness",
    "retrieval_groundedness": "RetrievalGroundedness",
    "relevance_to_query": "RelevanceToQuery",
    "safety": "Safety",
    "retrieval_relevance": "RetrievalRelevance",
    "retrieval_sufficiency": "RetrievalSufficiency",
}
GATE_KEYS = {"min", "max", "max_drop", "max_increase_ratio"}


class EvaluationConfigError(ConfigError):
    pass


class EvaluationGateError(ProjectError, RuntimeError):
    """The candidate failed at least one gate; the message holds the table of gates, `report`
    the whole evaluation (a caller that reports rather than gates still has the figures)."""

    def __init__(self, message: str, report: "EvaluationReport") -> None:
        super().__init__(message)
        self.report = report


@dataclass(frozen=True)
class GateResult:
    metric: str
    rule: str
    value: float | None
    limit: float | None
    passed: bool
    detail: str


@dataclass(frozen=True)
class EvaluationSettings:
    retrieval_k: int
    gates: dict[str, dict]
    judges: tuple[str, ...]
    parallel_requests: int = 1

    @classmethod
    def load(cls, path: Path, with_judges: bool) -> "EvaluationSettings":
        if not path.is_file():
            raise EvaluationConfigError(f"evaluation configuration {path} does not exist")
        try:
            config = yaml.safe_load(path.read_text()) or {}
        except yaml.YAMLError as error:
            raise EvaluationConfigError(f"{path} is not valid YAML: {error}") from error
        if not isinstance(config, dict):
            raise EvaluationConfigError(
                f"{path} must be a mapping (retrieval_k, gates, judges, ...), "
                f"not a {type(config).__name__}"
            )
        judges = tuple(config.get("judges") or ()) if with_judges else ()
        unknown = [name for name in judges if name not in JUDGES]
        if unknown:
            raise EvaluationConfigError(
                f"{path}: unknown judges {', '.join(unknown)}; known: {', '.join(JUDGES)}"
            )
        gates = dict(config.get("gates") or {})
        if with_judges:
            judge_gates = config.get("judge_gates") or {}
            gates.update({name: judge_gates[name] for name in judges if name in judge_gates})
        for metric, rules in gates.items():
            if (
                not isinstance(rules, dict)
                or not rules
                or set(rules) - GATE_KEYS
                or not all(_is_number(limit) for limit in rules.values())
            ):
                raise EvaluationConfigError(
                    f"{path}: gate {metric!r} must map some of {', '.join(sorted(GATE_KEYS))} "
                    f"to numbers, got {rules!r}"
                )
        counts = {"retrieval_k": config.get("retrieval_k", 5)}
        counts["parallel_requests"] = config.get("parallel_requests", 1) if with_judges else 1
        for name, value in counts.items():
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise EvaluationConfigError(
                    f"{path}: {name} must be a whole number >= 1, got {value!r}"
                )
        return cls(counts["retrieval_k"], gates, judges, counts["parallel_requests"])


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_gates(
    candidate: dict[str, float], serving: dict[str, float] | None, gates: dict[str, dict]
) -> list[GateResult]:
    """Every gate's verdict: thresholds on the candidate, regressions against the serving one."""
    results = []
    for metric, rules in gates.items():
        value = candidate.get(metric)
        baseline = None if serving is None else serving.get(metric)
        for rule, limit in rules.items():
            if rule in ("max_drop", "max_increase_ratio") and baseline is None:
                results.append(
                    GateResult(metric, rule, value, None, True, "no serving version to compare")
                )
                continue
            if value is None or (isinstance(value, float) and math.isnan(value)):
                results.append(GateResult(metric, rule, None, limit, False, "metric not computed"))
                continue
            if rule == "min":
                bound, passed = limit, value >= limit
            elif rule == "max":
                bound, passed = limit, value <= limit
            elif rule == "max_drop":
                bound = baseline - limit
                passed = value >= bound
            else:
                bound = baseline * limit
                passed = value <= bound
            detail = "ok" if passed else f"off by {_number(abs(value - bound))}"
            if rule in ("max_drop", "max_increase_ratio"):
                detail += f" (serving: {_number(baseline)})"
            results.append(GateResult(metric, rule, value, bound, passed, detail))
    return results


def _scorers(k: int, judges: tuple[str, ...]) -> list:
    from mlflow.genai import scorers as builtin
    from mlflow.genai.scorers import scorer

    from . import scores

    @scorer
    def retrieval_hit(outputs, expectations):
        return scores.retrieval_hit(outputs, expectations, k)

    @scorer
    def reciprocal_rank(outputs, expectations):
        return scores.retrieval_reciprocal_rank(outputs, expectations)

    @scorer
    def answer_token_f1(outputs, expectations):
        return scores.answer_token_f1(outputs, expectations)

    @scorer
    def answer_contains_expected(outputs, expectations):
        return scores.answer_contains_expected(outputs, expectations)

    @scorer
    def groundedness(outputs):
        return scores.groundedness(outputs)

    @scorer
    def latency_ms(outputs):
        return float(outputs["latency_ms"])

    @scorer
    def answer_length(outputs):
        return scores.answer_length(outputs)

    code = [
        retrieval_hit,
        reciprocal_rank,
        answer_token_f1,
        answer_contains_expected,
        groundedness,
        latency_ms,
        answer_length,
    ]
    return code + [getattr(builtin, JUDGES[name])() for name in judges]


def predictor(model_uri: str, warm_up_question: str) -> tuple[Callable[[str], dict], list[dict]]:
    """A predict function for mlflow.genai.evaluate over a registered version, and its record.

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


@dataclass(frozen=True)
class VersionEvaluation:
    alias: str
    version: str
    run_id: str
    metrics: dict[str, float]
    rows: list[dict]


def evaluate_version(
    name: str, alias: str, version: str, data: list[dict], settings: EvaluationSettings
) -> VersionEvaluation:
    predict, record = predictor(f"models:/{name}/{version}", data[0]["inputs"]["question"])
    with mlflow.start_run(run_name=f"evaluate {alias} v{version}") as run:
        mlflow.set_tags({"model_name": name, "model_version": version, "model_alias": alias})
        os.environ["MLFLOW_GENAI_EVAL_MAX_WORKERS"] = str(settings.parallel_requests)
        result = mlflow.genai.evaluate(
            data=data, predict_fn=predict, scorers=_scorers(settings.retrieval_k, settings.judges)
        )
        by_question = {entry["question"]: entry["outputs"] for entry in record}
        rows = []
        for row in data:
            question = row["inputs"]["question"]
            outputs = by_question[question]
            rows.append(
                {
                    "question": question,
                    "answer": outputs["answer"],
                    "expected_response": row["expectations"].get("expected_response"),
                    "expected_retrieved_context": row["expectations"].get(
                        "expected_retrieved_context"
                    ),
                    "retrieved": [
                        {
                            "document_path": s["document_path"],
                            "page_number": s["page_number"],
                            "score": s["score"],
                            "text": s["text"],
                        }
                        for s in outputs["sources"]
                    ],
                    "scores": row_scores(outputs, row["expectations"], settings.retrieval_k),
                }
            )
        metrics = aggregate([row["scores"] for row in rows])
        for judge in settings.judges:
            # Judges report yes/no per row; MLflow aggregates them as "<name>/mean".
            value = result.metrics.get(f"{judge}/mean")
            if value is not None:
                metrics[judge] = float(value)
        mlflow.log_metrics({f"gate/{key}": value for key, value in metrics.items()})
        mlflow.log_dict({"rows": rows}, "evaluation/per_row_results.json")
    return VersionEvaluation(alias, version, run.info.run_id, metrics, rows)


@dataclass(frozen=True)
class EvaluationTaskConfig:
    target: str
    catalog: str
    schema: str
    model_name: str
    experiment_name: str
    eval_dataset: Path
    evaluation_config: Path
    model_alias: str
    promote_alias: str

    @classmethod
    def from_parameters(cls, get: Callable[[str], str]) -> "EvaluationTaskConfig":
        values = required_parameters(
            get, cls.__dataclass_fields__, EvaluationConfigError, optional=("promote_alias",)
        )
        values["eval_dataset"] = Path(values["eval_dataset"])
        values["evaluation_config"] = Path(values["evaluation_config"])
        return cls(**values)


@dataclass(frozen=True)
class EvaluationReport:
    model_name: str
    candidate: VersionEvaluation
    serving: VersionEvaluation | None
    gates: list[GateResult]
    dataset: str
    promoted_to: str
    run_links: dict[str, str]

    @property
    def passed(self) -> bool:
        return all(gate.passed for gate in self.gates)

    def metrics_json(self) -> dict:
        return {
            "model_name": self.model_name,
            "dataset": self.dataset,
            "passed": self.passed,
            "promoted_to": self.promoted_to,
            "candidate": {
                "version": self.candidate.version,
                "run_id": self.candidate.run_id,
                "metrics": self.candidate.metrics,
            },
            "serving": None
            if self.serving is None
            else {
                "version": self.serving.version,
                "run_id": self.serving.run_id,
                "metrics": self.serving.metrics,
            },
            "gates": [asdict(gate) for gate in self.gates],
            "runs": self.run_links,
        }

    def summary_markdown(self) -> str:
        verdict = "PASSED" if self.passed else "FAILED"
        serving = self.serving
        lines = [
            f"## Offline evaluation: {verdict}",
            "",
            f"Model `{self.model_name}` version {self.candidate.version} "
            f"(alias `{self.candidate.alias}`) on `{self.dataset}` "
            f"({len(self.candidate.rows)} rows); serving version: "
            + (f"{serving.version}" if serving else "none")
            + ".",
            "",
            "| metric | candidate | serving |",
            "|---|---:|---:|",
        ]
        for metric, value in self.candidate.metrics.items():
            other = serving.metrics.get(metric) if serving else None
            lines.append(f"| {metric} | {_number(value)} | {_number(other)} |")
        lines += ["", "| gate | rule | value | limit | verdict |", "|---|---|---:|---:|---|"]
        for gate in self.gates:
            value, limit = _number(gate.value), _number(gate.limit)
            mark = "pass" if gate.passed else "**FAIL**"
            lines.append(
                f"| {gate.metric} | {gate.rule} | {value} | {limit} | {mark}: {gate.detail} |"
            )
        lines += [""]
        if self.promoted_to:
            lines.append(f"Promoted: version {self.candidate.version} is `@{self.promoted_to}`.")
        lines += [f"- {label}: {link}" for label, link in self.run_links.items()]
        return "\n".join(lines) + "\n"


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.0f}" if abs(value) >= 1000 else f"{value:.4g}"


def write_outputs(report: EvaluationReport, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "results.jsonl").open("w") as out:
        for row in report.candidate.rows:
            out.write(json.dumps(row) + "\n")
    (folder / "metrics.json").write_text(json.dumps(report.metrics_json(), indent=2) + "\n")
    (folder / "summary.md").write_text(report.summary_markdown())


def evaluate(
    task: EvaluationTaskConfig,
    output: Path | None = None,
    promote: bool = True,
    backend: Backend | None = None,
) -> EvaluationReport:
    """Evaluate, gate and (if every gate passes and promote_alias is set) promote.

    The outputs are written before the verdict is acted on, so a failed gate still leaves its
    table, per-row results and metrics behind. Raises EvaluationGateError on a failed gate.
    """
    backend = backend or backend_for(task.target)
    data = load_evaluation_set(task.eval_dataset)
    settings = EvaluationSettings.load(task.evaluation_config, with_judges=backend.judges)
    backend.configure_mlflow(task.experiment_name)
    client = mlflow.MlflowClient()
    name = backend.registered_model_name(task.catalog, task.schema, task.model_name)
    candidate_version = _version_of(client, name, task.model_alias)
    if candidate_version is None:
        raise EvaluationConfigError(
            f"model {name} has no version aliased {task.model_alias!r}: run the rag_chain task "
            "first (it registers the candidate)"
        )
    serving_version = _version_of(client, name, CHAMPION_ALIAS)
    candidate = evaluate_version(name, task.model_alias, candidate_version, data, settings)
    serving = None
    if serving_version is not None and serving_version != candidate_version:
        serving = evaluate_version(name, CHAMPION_ALIAS, serving_version, data, settings)
    gates = check_gates(candidate.metrics, serving and serving.metrics, settings.gates)
    passed = all(gate.passed for gate in gates)
    promoted_to = task.promote_alias if passed and promote and task.promote_alias else ""
    links = {f"candidate run (v{candidate_version})": backend.run_link(candidate.run_id)}
    if serving:
        links[f"serving run (v{serving_version})"] = backend.run_link(serving.run_id)
    report = EvaluationReport(
        name, candidate, serving, gates, str(task.eval_dataset), promoted_to, links
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


def _version_of(client, name: str, alias: str) -> str | None:
    from mlflow.exceptions import MlflowException

    try:
        return str(client.get_model_version_by_alias(name, alias).version)
    except MlflowException:
        return None
