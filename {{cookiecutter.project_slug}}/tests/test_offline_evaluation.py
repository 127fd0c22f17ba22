import importlib.util
import json
import re
import sys
from pathlib import Path

import mlflow
import pytest
import yaml

from {{ cookiecutter.package_name }}.chain.registration import run as register_chain
from {{ cookiecutter.package_name }}.evaluation.gates import (
    EvaluationConfigError,
    EvaluationSettings,
    check_gates,
)
from {{ cookiecutter.package_name }}.evaluation.report import EvaluationGateError
from {{ cookiecutter.package_name }}.evaluation.scores import (
    METRICS,
    aggregate,
    answer_contains_expected,
    answer_token_f1,
    groundedness,
    row_scores,
)
from {{ cookiecutter.package_name }}.evaluation.task import evaluate, evaluate_version, predictor
from {{ cookiecutter.package_name }}.parameters import (
    ChainParameters,
    EvaluationParameters,
)

from tests.conftest import PROJECT_ROOT

ECHO_AGENT = Path(__file__).with_name("echo_agent.py")
EXPECTATIONS = {
    "expected_response": "The per diem is $95 per day for international trips.",
    "expected_retrieved_context": [{"doc_uri": "travel_expense_policy.pdf#page=2"}],
}


def outputs(answer: str, pages: list[tuple[str, int]], text: str = "") -> dict:
    return {
        "answer": answer,
        "latency_ms": 12.5,
        "sources": [
            {"document_path": f"/Volumes/c/s/v/{name}", "page_number": page, "text": text}
            for name, page in pages
        ],
    }


def test_every_dataset_metric_may_be_gated():
    row = {
        "retrieval_hit": 1.0,
        "reciprocal_rank": 1.0,
        "answer_token_f1": 1.0,
        "answer_contains_expected": 1.0,
        "fact_coverage": 1.0,
        "groundedness": 1.0,
        "latency_ms": 10.0,
        "answer_length": 3.0,
    }
    assert set(aggregate([row])) == set(METRICS)


def test_code_scores_of_one_row():
    good = outputs(
        "[offline extractive answer] The per diem is $95 per day for international trips. [1]",
        [("travel_expense_policy.pdf", 3), ("travel_expense_policy.pdf", 2)],
        text="The per diem is $75 per day for domestic trips, $95 per day for international trips.",
    )
    scores = row_scores(good, EXPECTATIONS, k=5)
    assert scores["retrieval_hit"] == 1.0
    assert scores["reciprocal_rank"] == 0.5
    assert scores["answer_token_f1"] == 1.0
    assert scores["answer_contains_expected"] == 1.0
    assert scores["groundedness"] == 1.0
    assert scores["latency_ms"] == 12.5
    assert scores["answer_length"] == 10
    assert row_scores(good, EXPECTATIONS, k=1)["retrieval_hit"] == 0.0

    wrong = outputs("Domestic trips get $75.", [("employee_handbook.pdf", 2)], text="Leave.")
    assert answer_token_f1(wrong, EXPECTATIONS) < 0.2
    assert answer_contains_expected(wrong, EXPECTATIONS) == 0.0
    assert groundedness(wrong) == 0.0
    assert row_scores(wrong, {}, k=5)["retrieval_hit"] is None


def test_aggregate_skips_rows_without_expectations():
    rows = [
        {"retrieval_hit": 1.0, "reciprocal_rank": 1.0, "latency_ms": 10.0, "groundedness": 1.0},
        {"retrieval_hit": None, "reciprocal_rank": None, "latency_ms": 30.0, "groundedness": 0.5},
    ]
    metrics = aggregate(rows)
    assert metrics["retrieval_hit_rate"] == 1.0
    assert metrics["groundedness"] == 0.75
    assert metrics["latency_p50_ms"] == 20.0
    assert "answer_token_f1" not in metrics


def test_gates_check_thresholds_and_regressions_against_the_serving_version():
    gates = {
        "retrieval_hit_rate": {"min": 0.8, "max_drop": 0.05},
        "latency_p95_ms": {"max": 1000, "max_increase_ratio": 2.0},
        "correctness": {"min": 0.5},
    }
    candidate = {"retrieval_hit_rate": 0.85, "latency_p95_ms": 900.0}
    serving = {"retrieval_hit_rate": 0.95, "latency_p95_ms": 400.0}
    verdicts = {(g.metric, g.rule): g for g in check_gates(candidate, serving, gates)}
    assert verdicts[("retrieval_hit_rate", "min")].passed
    drop = verdicts[("retrieval_hit_rate", "max_drop")]
    assert not drop.passed
    assert drop.limit == pytest.approx(0.9)
    assert drop.detail == "off by 0.05 (serving: 0.95)"
    assert verdicts[("latency_p95_ms", "max")].passed
    assert not verdicts[("latency_p95_ms", "max_increase_ratio")].passed
    missing = verdicts[("correctness", "min")]
    assert not missing.passed and missing.detail == "metric not computed"

    first = check_gates(candidate, None, gates)
    assert all(g.passed for g in first if g.rule in ("max_drop", "max_increase_ratio"))
    assert {g.detail for g in first if g.rule == "max_drop"} == {"no serving version to compare"}


def test_evaluation_settings_errors_name_the_file_and_rule(tmp_path):
    config = tmp_path / "evaluation.yml"
    config.write_text("gates: [oops\n")
    with pytest.raises(EvaluationConfigError, match="malformed YAML"):
        EvaluationSettings.load(config, with_judges=False)
    config.write_text(yaml.safe_dump({"gates": {"groundedness": {"minimum": 0.5}}}))
    unknown = r"gates\.groundedness\.minimum is not a known key"
    with pytest.raises(EvaluationConfigError, match=unknown):
        EvaluationSettings.load(config, with_judges=False)
    config.write_text(yaml.safe_dump({"judges": ["vibes"]}))
    with pytest.raises(EvaluationConfigError, match=r"judges\[0\] is 'vibes'"):
        EvaluationSettings.load(config, with_judges=True)
    wrong = {
        "the top level must be a mapping": "- gates\n",
        "gates.f1.min is '0.4'": yaml.safe_dump({"gates": {"f1": {"min": "0.4"}}}),
        "retrieval_k is 'five'": "retrieval_k: five\n",
        "parallel_requests is 0: Input should be greater than or equal to 1": (
            "parallel_requests: 0\n"
        ),
    }
    for message, text in wrong.items():
        config.write_text(text)
        with pytest.raises(EvaluationConfigError, match=re.escape(message)):
            EvaluationSettings.load(config, with_judges=True)
    with pytest.raises(EvaluationConfigError, match="does not exist"):
        EvaluationSettings.load(tmp_path / "none.yml", with_judges=False)


def test_shipped_settings_use_judges_only_in_workspace_targets():
    shipped = PROJECT_ROOT / "config" / "evaluation.yml"
    local = EvaluationSettings.load(shipped, with_judges=False)
    workspace = EvaluationSettings.load(shipped, with_judges=True)
    assert local.judges == () and "correctness" not in local.gates
    assert "safety" in workspace.judges and "correctness" in workspace.gates


def evaluation_task(parameters: dict[str, str], **overrides) -> EvaluationParameters:
    return EvaluationParameters.from_parameters({**parameters, **overrides}.get)


def register(parameters: dict[str, str], chain_config=None) -> str:
    overrides = {"chain_config": str(chain_config)} if chain_config else {}
    task = ChainParameters.from_parameters({**parameters, **overrides}.get)
    return register_chain(task).version


def test_minimal_set_passes_promotes_and_writes_results(job_parameters, sample_index, tmp_path):
    version = register(job_parameters)
    report = evaluate(evaluation_task(job_parameters), output=tmp_path / "out")
    assert report.passed
    assert report.serving is None
    assert report.candidate.metrics["retrieval_hit_rate"] >= 0.8
    client = mlflow.MlflowClient()
    name = report.model_name
    assert str(client.get_model_version_by_alias(name, "challenger").version) == version
    assert client.get_model_version(name, version).tags["evaluation_status"] == "passed"

    rows = [
        json.loads(line)
        for line in (tmp_path / "out" / "results.jsonl").read_text().split("\n")
        if line
    ]
    assert len(rows) == 5
    first = rows[0]
    assert first["question"] and first["answer"]
    assert {"document_path", "page_number", "text", "score"} <= set(first["retrieved"][0])
    assert set(first["scores"]) >= {"retrieval_hit", "answer_token_f1", "groundedness"}
    metrics = json.loads((tmp_path / "out" / "metrics.json").read_text())
    assert metrics["passed"] is True and metrics["promoted_to"] == "challenger"
    summary = (tmp_path / "out" / "summary.md").read_text()
    assert summary.startswith("## Offline evaluation: PASSED")
    assert "| retrieval_hit_rate | min |" in summary


def test_the_serving_version_evaluated_as_candidate_says_so(job_parameters, sample_index, tmp_path):
    # The weekly full evaluation, and an unchanged re-run, evaluate the version already serving.
    version = register(job_parameters)
    mlflow.MlflowClient().set_registered_model_alias(
        job_parameters["model_name"], "champion", version
    )

    report = evaluate(evaluation_task(job_parameters), output=tmp_path / "out")

    assert report.serving is None
    assert {g.detail for g in report.gates if g.rule == "max_drop"} == {
        "the candidate is the serving version: nothing to compare"
    }
    summary = (tmp_path / "out" / "summary.md").read_text()
    assert f"serving version: {version}, the candidate itself (nothing to compare)." in summary


def test_regression_against_the_serving_version_blocks_promotion(
    job_parameters, sample_index, tmp_path
):
    serving = register(job_parameters)
    client = mlflow.MlflowClient()
    name = job_parameters["model_name"]
    client.set_registered_model_alias(name, "champion", serving)
    client.set_registered_model_alias(name, "challenger", serving)

    # A candidate that retrieves one passage by vector alone instead of five by the default
    # (hybrid) search: its hit rate drops (hybrid's first passage alone is a hit as often).
    chain = yaml.safe_load((PROJECT_ROOT / "config" / "rag_chain.yml").read_text())
    chain["retrieval"]["k"] = 1
    chain["retrieval"]["mode"] = "dense"
    narrow = tmp_path / "rag_chain.yml"
    narrow.write_text(yaml.safe_dump(chain))
    candidate = register(job_parameters, narrow)
    gates = tmp_path / "evaluation.yml"
    shipped = yaml.safe_load((PROJECT_ROOT / "config" / "evaluation.yml").read_text())
    shipped["gates"] = {"retrieval_hit_rate": {"max_drop": 0.0}}
    gates.write_text(yaml.safe_dump(shipped))

    with pytest.raises(EvaluationGateError, match="failed its evaluation gates") as failed:
        evaluate(
            evaluation_task(job_parameters, evaluation_config=str(gates)),
            output=tmp_path / "out",
        )
    assert "| retrieval_hit_rate | max_drop |" in str(failed.value)
    assert "**FAIL**" in str(failed.value)
    assert failed.value.report.passed is False
    assert failed.value.report.candidate.version == candidate
    assert str(client.get_model_version_by_alias(name, "challenger").version) == serving
    assert client.get_model_version(name, candidate).tags["evaluation_status"] == "failed"
    metrics = json.loads((tmp_path / "out" / "metrics.json").read_text())
    assert metrics["serving"]["version"] == serving
    assert metrics["passed"] is False


def test_latency_is_timed_after_an_untimed_warm_up_call():
    # The echo agent's first answer takes 2 s longer, as a chain's loads its index.
    with mlflow.start_run(experiment_id="0"):
        info = mlflow.pyfunc.log_model(
            name="agent",
            python_model=str(ECHO_AGENT),
            model_config={"silent": False, "first_call_seconds": 2.0},
        )
    predict, record = predictor(info.model_uri, "Is anyone there?")
    outputs = predict("How many days of leave?")
    assert outputs["answer"] == "You asked: How many days of leave?"
    assert outputs["latency_ms"] < 2000
    assert [entry["question"] for entry in record] == ["How many days of leave?"]


def test_each_version_is_evaluated_with_the_code_it_was_logged_with(tmp_path, monkeypatch):
    """The job has imported its own package before it loads the version serving, which was
    logged with older code: the baseline must be that older code's answers, not the job's."""
    name = "echo_versions"
    versions, packages = {}, {}
    for label in ("older", "newer"):
        package = tmp_path / label / "echo_answer"
        package.mkdir(parents=True)
        (package / "__init__.py").write_text(f'ANSWER_PREFIX = "the {label} code answers"\n')
        # Logging runs the model file, which imports the module: as task 2, from its own code.
        with monkeypatch.context() as patch, mlflow.start_run(experiment_id="0"):
            patch.syspath_prepend(str(package.parent))
            info = mlflow.pyfunc.log_model(
                name="agent",
                python_model=str(ECHO_AGENT),
                model_config={"answer_module": "echo_answer"},
                code_paths=[str(package)],
                registered_model_name=name,
            )
            del sys.modules["echo_answer"]
        versions[label], packages[label] = str(info.registered_model_version), package
    # This process runs the newer code, as a job runs its own wheel.
    spec = importlib.util.spec_from_file_location("echo_answer", packages["newer"] / "__init__.py")
    own = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(own)
    monkeypatch.setitem(sys.modules, "echo_answer", own)
    path = list(sys.path)

    data = [{"inputs": {"question": "Who answers?"}, "expectations": {"expected_response": "x"}}]
    settings = EvaluationSettings(retrieval_k=5, gates={}, judges=(), parallel_requests=1)
    mlflow.set_experiment(experiment_id="0")  # not one an earlier test left active
    serving = evaluate_version(name, "champion", versions["older"], data, settings)
    candidate = evaluate_version(name, "challenger", versions["newer"], data, settings)

    assert serving.rows[0]["answer"] == "the older code answers: Who answers?"
    assert candidate.rows[0]["answer"] == "the newer code answers: Who answers?"
    assert sys.modules["echo_answer"] is own
    assert sys.path == path


def test_a_row_without_expectations_is_answered_and_scored_on_what_it_has():
    # The evaluation set allows a row with a question only (evaluation/data.py).
    with mlflow.start_run(experiment_id="0"):
        info = mlflow.pyfunc.log_model(
            name="agent",
            python_model=str(ECHO_AGENT),
            model_config={"silent": False},
            registered_model_name="echo_open",
        )
    mlflow.set_experiment(experiment_id="0")
    settings = EvaluationSettings(retrieval_k=5, gates={}, judges=(), parallel_requests=1)
    data = [{"inputs": {"question": "Anything to add?"}}]
    version = str(info.registered_model_version)
    evaluation = evaluate_version("echo_open", "candidate", version, data, settings)
    row = evaluation.rows[0]
    assert row["answer"] == "You asked: Anything to add?"
    assert row["expected_response"] is None
    assert row["scores"]["answer_token_f1"] is None
    assert row["scores"]["retrieval_hit"] is None
    assert "answer_token_f1" not in evaluation.metrics
    assert evaluation.metrics["answer_length_mean"] == 5


def test_an_explicit_version_is_evaluated_whatever_the_alias_names(
    job_parameters, sample_index, tmp_path
):
    """CI passes the version its staging run promoted to the full evaluation."""
    first = register(job_parameters)
    chain = yaml.safe_load((PROJECT_ROOT / "config" / "rag_chain.yml").read_text())
    chain["retrieval"]["k"] = 1
    other = tmp_path / "rag_chain.yml"
    other.write_text(yaml.safe_dump(chain))
    second = register(job_parameters, other)  # a new version: the alias `candidate` moves to it
    task = evaluation_task(job_parameters, model_version=first, promote_alias="")
    report = evaluate(task, output=tmp_path / "out")
    assert report.candidate.version == first != second
    with pytest.raises(EvaluationConfigError, match="has no version '99'"):
        evaluate(evaluation_task(job_parameters, model_version="99"))


def test_missing_candidate_and_bad_dataset_are_clear_errors(job_parameters, tmp_path):
    with pytest.raises(EvaluationConfigError, match="run the rag_chain task first"):
        evaluate(evaluation_task(job_parameters))
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"inputs": {"question": "ok"}}\nnot json\n')
    with pytest.raises(ValueError, match=r"broken\.jsonl"):
        evaluate(evaluation_task(job_parameters, eval_dataset=str(broken)))
