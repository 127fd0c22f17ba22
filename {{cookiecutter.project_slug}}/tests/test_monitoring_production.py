"""MLflow 3 production monitoring at the MLflow boundary: the scorer store is a fake of
Databricks' (no workspace), the Scorer objects and their register/start/update are MLflow's own;
and the registrable code scorers agree with the project's."""

import json

import mlflow
import pytest
import yaml
from mlflow.genai.scorers import Scorer, registry

from {{ cookiecutter.package_name }}.chain.agent import RagAgent
from {{ cookiecutter.package_name }}.evaluation.scores import answer_length, groundedness
from {{ cookiecutter.package_name }}.monitoring.production import ensure_scorers
from {{ cookiecutter.package_name }}.monitoring.production_scorers import CODE_SCORERS
from {{ cookiecutter.package_name }}.monitoring.quality import retrieval_relevance
from {{ cookiecutter.package_name }}.monitoring.settings import read_monitoring_config

from tests.conftest import PROJECT_ROOT
from tests.monitoring_rows import PASSAGE, QUESTION, response_body, source

EXPERIMENT = "1234"


class FakeDatabricksStore(registry.DatabricksStore):
    """Databricks' scheduled-scorer store without its REST calls: what MLflow's Scorer methods
    call on it (mlflow/genai/scorers/base.py register/start/update), recorded."""

    def __init__(self, existing: list[Scorer]) -> None:
        self.existing = existing
        self.calls: list[tuple] = []

    def list_scorers(self, experiment_id):
        self.calls.append(("list", experiment_id))
        return self.existing

    def register_scorer(self, experiment_id, scorer):
        self.calls.append(("register", experiment_id, scorer.name))
        return 1

    def update_registered_scorer(
        self, *, name, scorer=None, sample_rate=None, filter_string=None, experiment_id=None
    ):
        self.calls.append(("schedule", experiment_id, name, sample_rate, filter_string))
        return scorer


@pytest.fixture
def production():
    return read_monitoring_config(PROJECT_ROOT / "config" / "monitoring.yml").production


def use_store(monkeypatch, store) -> None:
    monkeypatch.setattr(registry, "_get_scorer_store", lambda tracking_uri=None: store)
    # Decorator scorers register only against Databricks or with this opt-in (base.py
    # `_check_can_be_registered`); the fake stands in for Databricks.
    monkeypatch.setenv("MLFLOW_SERVER_ENABLE_CUSTOM_SCORERS", "true")


def test_new_scorers_are_registered_then_started_with_their_sampling(monkeypatch, production):
    store = FakeDatabricksStore(existing=[])
    use_store(monkeypatch, store)
    production = production.model_copy(update={"filter_string": "attributes.status = 'OK'"})

    outcomes = ensure_scorers(production, EXPERIMENT)

    names = [*production.code_scorers, *production.judges]
    assert [(o.name, o.action) for o in outcomes] == [(n, "registered") for n in names]
    expected = [("list", EXPERIMENT)]
    for name in names:
        rate = (
            production.code_scorer_sample_rate
            if name in production.code_scorers
            else production.judge_sample_rate
        )
        expected += [
            ("register", EXPERIMENT, name),
            ("schedule", EXPERIMENT, name, rate, "attributes.status = 'OK'"),
        ]
    assert store.calls == expected


def test_an_existing_scorer_is_updated_not_registered_again(monkeypatch, production):
    from mlflow.genai.scorers import Safety

    store = FakeDatabricksStore(existing=[Safety(), CODE_SCORERS["groundedness"]])
    use_store(monkeypatch, store)
    production = production.model_copy(
        update={"code_scorers": ["groundedness"], "judges": ["safety", "relevance_to_query"]}
    )

    outcomes = ensure_scorers(production, EXPERIMENT)

    assert [(o.name, o.action) for o in outcomes] == [
        ("groundedness", "updated"),
        ("safety", "updated"),
        ("relevance_to_query", "registered"),
    ]
    assert store.calls == [
        ("list", EXPERIMENT),
        ("schedule", EXPERIMENT, "groundedness", production.code_scorer_sample_rate, None),
        ("schedule", EXPERIMENT, "safety", production.judge_sample_rate, None),
        ("register", EXPERIMENT, "relevance_to_query"),
        ("schedule", EXPERIMENT, "relevance_to_query", production.judge_sample_rate, None),
    ]


def test_a_scorer_at_rate_zero_is_registered_and_not_started(monkeypatch, production):
    store = FakeDatabricksStore(existing=[])
    use_store(monkeypatch, store)
    production = production.model_copy(
        update={"code_scorers": ["answer_length"], "judges": [], "code_scorer_sample_rate": 0.0}
    )

    ensure_scorers(production, EXPERIMENT)

    assert store.calls == [("list", EXPERIMENT), ("register", EXPERIMENT, "answer_length")]


CASES = [
    (f"[offline extractive answer] {PASSAGE} [1]", [source()]),
    ("Thirty days, and a company car [1][2].", [source(), source("Cars are not provided.")]),
    ("I do not know.", []),
    ("", [source()]),
]


@pytest.mark.parametrize(("answer", "sources"), CASES)
def test_registrable_code_scorers_match_the_projects_after_serialization(
    answer, sources, monkeypatch
):
    """Each scorer is rebuilt from its serialized form, as the monitoring service rebuilds it:
    its body alone must compute the project's numbers."""
    # Rebuilding executes the stored code: allowed against Databricks or with this opt-in
    # (base.py `_reconstruct_decorator_scorer`).
    monkeypatch.setenv("MLFLOW_SERVER_ENABLE_CUSTOM_SCORERS", "true")
    outputs = response_body(answer, sources=sources)
    inputs = {"request": {"input": [{"role": "user", "content": QUESTION}]}}
    rebuilt = {
        name: Scorer.model_validate(scorer.model_dump()) for name, scorer in CODE_SCORERS.items()
    }
    flat = {"answer": answer, "sources": sources}

    assert rebuilt["groundedness"](outputs=outputs) == pytest.approx(groundedness(flat))
    assert rebuilt["answer_length"](outputs=outputs) == answer_length(flat)
    assert rebuilt["retrieval_relevance"](inputs=inputs, outputs=outputs) == pytest.approx(
        retrieval_relevance(QUESTION, sources)
    )


def test_code_scorers_read_a_streamed_answers_passages_from_its_trace(sample_index, monkeypatch):
    """A streamed answer's trace keeps its output items only, no custom_outputs (MLflow's
    ResponsesAgent stream reducer): the passages come from the trace's RETRIEVER span, where a
    scorer reading custom_outputs alone would score every streamed answer 0."""
    monkeypatch.setenv("MLFLOW_SERVER_ENABLE_CUSTOM_SCORERS", "true")
    config = yaml.safe_load((PROJECT_ROOT / "config" / "rag_chain.yml").read_text())
    config.update(
        target="local",
        embedder={"kind": "offline"},
        index={"kind": "local", "folder": str(sample_index)},
        chat_model={**config["chat_model"], "kind": "offline"},
    )
    request = {"input": [{"role": "user", "content": QUESTION}]}
    answered = RagAgent(config).predict(request)
    *_, done = RagAgent(config).predict_stream(request)
    mlflow.flush_trace_async_logging()
    trace = mlflow.get_trace(mlflow.get_last_active_trace_id())
    streamed = trace.data.response
    streamed = json.loads(streamed) if isinstance(streamed, str) else streamed
    assert "custom_outputs" not in streamed
    rebuilt = {
        name: Scorer.model_validate(scorer.model_dump()) for name, scorer in CODE_SCORERS.items()
    }
    inputs = {"request": request}
    flat = {
        "answer": done.item["content"][0]["text"],
        "sources": answered.custom_outputs["sources"],
    }

    assert rebuilt["groundedness"](outputs=streamed, trace=trace) == pytest.approx(
        groundedness(flat)
    )
    assert groundedness(flat) > 0.5
    assert rebuilt["retrieval_relevance"](
        inputs=inputs, outputs=streamed, trace=trace
    ) == pytest.approx(retrieval_relevance(QUESTION, flat["sources"]))
