"""Databricks' built-in judges in the offline evaluation, with stand-ins for the judges.

The stand-ins replace the judge classes of `mlflow.genai.scorers`, where the evaluation builds
them, so everything else runs as in a workspace: MLflow's harness, its per-row error handling,
its metrics. A stand-in that raises is what a workspace without databricks-agents gets on every
row (the `databricks` judge model imports it).
"""

import importlib.machinery
import sys
import types

import mlflow
import pytest
import yaml
from mlflow.entities import Feedback
from mlflow.genai import judges, scorers
from mlflow.genai.scorers import scorer

from {{ cookiecutter.package_name }}.backend.local import LocalBackend
from {{ cookiecutter.package_name }}.chain.registration import run as register_chain
from {{ cookiecutter.package_name }}.errors import ProjectError
from {{ cookiecutter.package_name }}.evaluation.judges import JudgeError, check_judges_can_run
from {{ cookiecutter.package_name }}.evaluation.task import evaluate
from {{ cookiecutter.package_name }}.parameters import ChainParameters, EvaluationParameters

from tests.conftest import PROJECT_ROOT

MISSING_AGENTS = "No module named 'databricks.agents'"


class JudgingBackend(LocalBackend):
    """The local target, with judges as in a workspace target."""

    judges = True


def judge(name: str, error: str = ""):
    """A class-like stand-in for a built-in judge: calling it builds the scorer."""

    @scorer(name=name)
    def stand_in(outputs):
        if error:
            raise ModuleNotFoundError(error)
        return "yes"

    return lambda: stand_in


@pytest.fixture
def judged_task(job_parameters, sample_index, tmp_path) -> EvaluationParameters:
    """A registered candidate and an evaluation configuration with two judges and their gates."""
    register_chain(ChainParameters.from_parameters(job_parameters.get))
    config = yaml.safe_load((PROJECT_ROOT / "config" / "evaluation.yml").read_text())
    config["judges"] = ["correctness", "safety"]
    path = tmp_path / "evaluation.yml"
    path.write_text(yaml.safe_dump(config))
    parameters = {**job_parameters, "evaluation_config": str(path)}
    return EvaluationParameters.from_parameters(parameters.get)


def test_judges_that_answer_add_their_metrics_and_gates(judged_task, monkeypatch, tmp_path):
    monkeypatch.setattr(scorers, "Correctness", judge("correctness"))
    monkeypatch.setattr(scorers, "Safety", judge("safety"))
    report = evaluate(judged_task, output=tmp_path / "out", backend=JudgingBackend())
    assert report.passed
    assert report.candidate.metrics["correctness"] == 1.0
    assert report.candidate.metrics["safety"] == 1.0
    assert {("correctness", "min"), ("safety", "min")} <= {(g.metric, g.rule) for g in report.gates}


def test_the_judges_read_the_answer_not_the_scorers_record(judged_task, monkeypatch, tmp_path):
    """MLflow's judges (the real judge classes; only the call to the judge model is replaced)
    must see the chain's answer as the response, as a served model's trace shows it: neither the
    retrieved passages, which would let a wrong answer pass correctness, nor the latency."""
    config = yaml.safe_load(judged_task.evaluation_config.read_text())
    config["judges"] = ["correctness", "relevance_to_query", "safety", "retrieval_groundedness"]
    judged_task.evaluation_config.write_text(yaml.safe_dump(config))
    seen: dict[str, list[str]] = {}

    def model_call(judge: str, text: str):
        def call(**arguments):
            seen.setdefault(judge, []).append(arguments[text])
            if judge == "retrieval_groundedness":
                assert arguments["context"], "the trace's RETRIEVER span holds the passages"
            return Feedback(name=arguments["name"], value="yes")

        return call

    monkeypatch.setattr(judges, "is_correct", model_call("correctness", "response"))
    monkeypatch.setattr(judges, "is_context_relevant", model_call("relevance_to_query", "context"))
    monkeypatch.setattr(judges, "is_safe", model_call("safety", "content"))
    monkeypatch.setattr(judges, "is_grounded", model_call("retrieval_groundedness", "response"))
    report = evaluate(judged_task, output=tmp_path / "out", backend=JudgingBackend())

    answers = sorted(row["answer"] for row in report.candidate.rows)
    assert answers and all(answer.strip() for answer in answers)
    for judge in config["judges"]:
        assert sorted(seen[judge]) == answers, judge
        assert report.candidate.metrics[judge] == 1.0


def test_a_judge_that_fails_stops_the_evaluation_with_its_error(judged_task, monkeypatch):
    monkeypatch.setattr(scorers, "Correctness", judge("correctness", MISSING_AGENTS))
    monkeypatch.setattr(scorers, "Safety", judge("safety"))
    with pytest.raises(JudgeError) as failed:
        evaluate(judged_task, backend=JudgingBackend())
    assert isinstance(failed.value, ProjectError)
    assert str(failed.value) == (
        "judges failed, so the evaluation has no verdict:\n"
        f"- correctness failed on 5 of 5 rows: {MISSING_AGENTS}"
    )
    client = mlflow.MlflowClient()
    name = judged_task.model_name
    candidate = client.get_model_version_by_alias(name, judged_task.model_alias)
    assert candidate.tags["evaluation_status"] == "pending"
    assert "challenger" not in candidate.aliases


def test_judges_of_the_databricks_model_need_databricks_agents(job_parameters, monkeypatch):
    monkeypatch.setenv("MLFLOW_GENAI_JUDGE_DEFAULT_MODEL", "databricks")
    monkeypatch.setitem(sys.modules, "databricks.agents", None)  # as if not installed
    task = EvaluationParameters.from_parameters(job_parameters.get)
    with pytest.raises(JudgeError, match="need the databricks-agents package"):
        evaluate(task, backend=JudgingBackend())

    installed = types.ModuleType("databricks.agents")
    installed.__spec__ = importlib.machinery.ModuleSpec("databricks.agents", None)
    monkeypatch.setitem(sys.modules, "databricks.agents", installed)
    check_judges_can_run(("correctness",))
    # Another judge model (MLflow's default off Databricks) does not go through the package.
    monkeypatch.setitem(sys.modules, "databricks.agents", None)
    monkeypatch.setenv("MLFLOW_GENAI_JUDGE_DEFAULT_MODEL", "openai:/gpt-4.1-mini")
    check_judges_can_run(("correctness",))
    check_judges_can_run(())
