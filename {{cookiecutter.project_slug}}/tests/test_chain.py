import json

import httpx
import pytest
import yaml
from langchain_core.documents import Document
from langchain_core.language_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from mlflow.exceptions import MlflowException

from {{ cookiecutter.package_name }}.backend.chat_models import chat_model
from {{ cookiecutter.package_name }}.backend.workspace import WorkspaceBackend
from {{ cookiecutter.package_name }}.chain import agent as agent_module
from {{ cookiecutter.package_name }}.chain.agent import RagAgent, create_chain
from {{ cookiecutter.package_name }}.chain.pipeline import (
    answer_messages,
    build_chain,
    extractive_answer,
    recent_history,
)
from {{ cookiecutter.package_name }}.chain.settings import ChainConfigError, ChainSettings
from {{ cookiecutter.package_name }}.responses import ChatRequestError, validate_messages
from {{ cookiecutter.package_name }}.retrieval.index import VectorIndexError
from {{ cookiecutter.package_name }}.text import sentences

from tests.conftest import EXCHANGES, PROJECT_ROOT

PASSAGES = [
    (
        "robot_vacuum_manual.pdf",
        4,
        "Northwind Robotics | Breeze R7 Robot Vacuum - User Manual\nError codes\n"
        "E01 - Wheel jammed: lift the robot and remove hair from both drive wheels.\n"
        "E07 - Battery temperature outside 0 to 45 °C: move the robot to a room at normal\n"
        "temperature and wait 30 minutes.",
    ),
    (
        "warranty_and_returns.pdf",
        1,
        "The Breeze R7 robot vacuum is covered for 24 months from the date of delivery. "
        "Batteries are covered for 12 months.",
    ),
]


def chain_config(**runtime) -> dict:
    config = yaml.safe_load((PROJECT_ROOT / "config" / "rag_chain.yml").read_text())
    config.update(
        target="local",
        embedder={"kind": "offline"},
        index={"kind": "local", "folder": "/unused"},
        chat_model={**config["chat_model"], "kind": "offline"},
    )
    config.update(runtime)
    return config


def settings(**runtime) -> ChainSettings:
    return ChainSettings.from_config(chain_config(**runtime))


def documents() -> list[Document]:
    return [
        Document(
            page_content=text,
            metadata={
                "chunk_id": f"c{number}",
                "document_path": f"/data/{name}",
                "page_number": page,
                "score": 1.0 / number,
            },
        )
        for number, (name, page, text) in enumerate(PASSAGES, start=1)
    ]


def fixed_retriever(seen: list[str]):
    def retrieve(query: str) -> list[Document]:
        seen.append(query)
        return documents()

    return retrieve


def test_messages_are_checked_with_a_message_that_says_what_to_change():
    limits = settings().request
    cases = {
        "non-empty list of messages": [],
        "needs a 'role' and a 'content'": [{"content": "hi"}],
        "role 'robot'": [{"role": "robot", "content": "hi"}],
        "last message must be the user's": [
            {"role": "user", "content": "hi"},
            {"role": "assistant", "content": "hello"},
        ],
        "the question is empty": [{"role": "user", "content": "   "}],
        "more than the limit": [{"role": "user", "content": "x" * 2001}],
        "exceed the limit of 40": [{"role": "user", "content": "hi"}] * 41,
        "string or a list of text parts": [{"role": "user", "content": 42}],
    }
    for message, request in cases.items():
        with pytest.raises(ChatRequestError, match=message):
            validate_messages(request, limits)
    parts = [{"role": "user", "content": [{"type": "text", "text": "How long"}, {"text": "?"}]}]
    assert validate_messages(parts, limits) == [{"role": "user", "content": "How long\n?"}]


def test_history_keeps_the_newest_turns_within_the_token_budget():
    messages = [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "one two three four five"},
        {"role": "assistant", "content": "six seven"},
        {"role": "user", "content": "eight nine"},
        {"role": "user", "content": "the question"},
    ]
    assert recent_history(messages, 4) == messages[2:4]
    assert recent_history(messages, 100) == messages[1:4]
    assert recent_history(messages, 1) == []


def test_sentences_drop_headings_that_pdf_text_runs_into_them():
    found = sentences(PASSAGES[0][2])
    assert found[0].startswith("E01 - Wheel jammed")
    assert found[1] == (
        "E07 - Battery temperature outside 0 to 45 °C: move the robot to a room at normal "
        "temperature and wait 30 minutes."
    )
    assert not any("Error codes" in sentence for sentence in found)


def test_extractive_answer_quotes_the_best_supported_sentence_with_its_citation():
    answer = extractive_answer(
        "What does error E07 mean?",
        documents(),
        settings(
            offline_answerer={"max_sentences": 1, "min_score_ratio": 0.8, "label": "[offline]"}
        ),
    )
    assert answer.startswith("[offline] E07 - Battery temperature")
    assert answer.endswith("[1]")
    unrelated = extractive_answer("Quarterly revenue of Contoso?", documents(), settings())
    assert "do not answer" in unrelated


def test_offline_chain_answers_with_sources_and_uses_history_for_follow_ups():
    limits = settings()
    seen: list[str] = []
    chain = build_chain(limits, fixed_retriever(seen), llm=None)
    result = answer_messages(
        chain,
        [
            {"role": "user", "content": "What does error code E07 mean?"},
            {"role": "assistant", "content": "The battery is too hot or cold."},
            {"role": "user", "content": "how long should I wait?"},
        ],
        limits,
    )
    assert seen == ["What does error code E07 mean? how long should I wait?"]
    assert "wait 30 minutes" in result["answer"]
    assert result["offline"] is True
    first = result["sources"][0]
    assert first["document_path"] == "/data/robot_vacuum_manual.pdf"
    assert first["page_number"] == 4
    assert first["chunk_id"] == "c1"
    assert len(first["snippet"]) <= limits.snippet_chars
    assert first["text"] == PASSAGES[0][2]


def test_model_chain_rewrites_follow_ups_and_prompts_with_numbered_passages():
    limits = settings(chat_model={"kind": "databricks"}, llm_endpoint="llm")
    model = GenericFakeChatModel(
        messages=iter([AIMessage("What does error code E07 mean?"), AIMessage("It overheats [1].")])
    )
    seen: list[str] = []
    chain = build_chain(limits, fixed_retriever(seen), model)
    result = answer_messages(
        chain,
        [
            {"role": "user", "content": "What does error code E07 mean?"},
            {"role": "assistant", "content": "The battery temperature is out of range."},
            {"role": "user", "content": "and what do I do?"},
        ],
        limits,
    )
    assert seen == ["What does error code E07 mean?"]
    assert result["answer"] == "It overheats [1]."
    assert result["offline"] is False


def test_databricks_parts_at_the_rest_boundary(replay, workspace_client):
    """Vector Search and the Foundation Model chat API, from recorded exchanges."""
    replay("vector_search_query")
    exchanges = json.loads((EXCHANGES / "chat_completions_rewrite_and_answer.json").read_text())
    sent = []

    def serve(request: httpx.Request) -> httpx.Response:
        expected = exchanges[len(sent)]
        body = json.loads(request.content)
        sent.append(body)
        assert request.url.path == expected["path"]
        assert request.headers["authorization"] == "Bearer dapi-recorded"
        assert body["model"] == expected["request_contains"]["model"]
        if "last_message_contains" in expected["request_contains"]:
            assert (
                expected["request_contains"]["last_message_contains"]
                in (body["messages"][-1]["content"])
            )
        if "system_contains" in expected["request_contains"]:
            assert expected["request_contains"]["system_contains"] in body["messages"][0]["content"]
        # The Foundation Model chat API documents max_tokens; langchain-openai's own field would
        # send max_completion_tokens.
        assert body["max_tokens"] == limits.max_tokens
        assert "max_completion_tokens" not in body
        return httpx.Response(200, json=expected["body"])

    limits = settings(
        target="staging",
        embedder={"kind": "databricks", "endpoint": "databricks-gte-large-en"},
        index={"kind": "databricks", "name": "main.rag.chunks_index", "endpoint": "vs"},
        chat_model={"kind": "databricks"},
        llm_endpoint="databricks-meta-llama-3-3-70b-instruct",
        # Dense: the query this exchange holds (test_hybrid_retrieval.py replays the others).
        retrieval={**chain_config()["retrieval"], "k": 2, "snippet_chars": 40, "mode": "dense"},
    )
    llm = chat_model(limits, workspace_client, transport=httpx.MockTransport(serve))
    retriever = WorkspaceBackend("staging", workspace_client).retriever(limits)
    chain = build_chain(limits, retriever, llm)
    result = answer_messages(
        chain,
        [
            {"role": "user", "content": "What is the Breeze R7?"},
            {"role": "assistant", "content": "A robot vacuum."},
            {"role": "user", "content": "and E07?"},
        ],
        limits,
    )
    assert len(sent) == 2
    assert result["query"] == "What does error code E07 mean?"
    assert result["answer"].startswith("E07 means the battery temperature")
    assert [(s["page_number"], s["score"]) for s in result["sources"]] == [(4, 0.82), (1, 0.41)]
    assert result["sources"][0]["snippet"] == "E07 - Battery temperature outside 0 to 4"


def test_openai_compatible_servers_get_the_openai_token_limit(monkeypatch):
    # OpenAI deprecated max_tokens for max_completion_tokens (its newer models refuse the old
    # name): an OpenAI-compatible server gets the current one.
    monkeypatch.setenv("MY_KEY", "sk-test")
    sent = []

    def serve(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        message = {"role": "assistant", "content": "It overheats [1]."}
        return httpx.Response(
            200,
            json={
                "id": "c1",
                "object": "chat.completion",
                "created": 0,
                "model": "m",
                "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
            },
        )

    compatible = {"base_url": "http://127.0.0.1:9/v1", "model": "m", "api_key_env": "MY_KEY"}
    limits = settings(chat_model={"kind": "openai_compatible", "openai_compatible": compatible})
    chat_model(limits, transport=httpx.MockTransport(serve)).invoke("What does E07 mean?")

    assert sent[0]["max_completion_tokens"] == limits.max_tokens
    assert "max_tokens" not in sent[0]


def test_streaming_yields_the_answer_in_deltas_then_the_item_with_its_sources(sample_index):
    agent = RagAgent(chain_config(index={"kind": "local", "folder": str(sample_index)}))
    request = {
        "input": [{"role": "user", "content": "What is the per diem for international trips?"}]
    }

    answered = agent.predict(request)
    events = list(agent.predict_stream(request))

    *deltas, done = events
    assert deltas and all(event.type == "response.output_text.delta" for event in deltas)
    assert done.type == "response.output_item.done"
    text = answered.output[0].content[0]["text"]
    assert "".join(event.delta for event in deltas) == text
    assert done.item["content"][0]["text"] == text
    assert {event.item_id for event in deltas} == {done.item["id"]}
    assert done.custom_outputs == answered.custom_outputs
    assert done.custom_outputs["sources"][0]["document_path"].endswith("travel_expense_policy.pdf")
    with pytest.raises(MlflowException, match="the question is empty"):
        list(agent.predict_stream({"input": [{"role": "user", "content": " "}]}))


def test_a_streaming_chat_model_answer_arrives_token_by_token(monkeypatch):
    model = GenericFakeChatModel(messages=iter([AIMessage("It overheats [1].")]))
    monkeypatch.setattr(
        agent_module, "create_chain", lambda s: build_chain(s, fixed_retriever([]), model)
    )
    agent = RagAgent(chain_config(chat_model={"kind": "databricks"}, llm_endpoint="llm"))

    *deltas, done = agent.predict_stream(
        {"input": [{"role": "user", "content": "What does error code E07 mean?"}]}
    )

    assert [event.delta for event in deltas] == ["It", " ", "overheats", " ", "[1]."]
    assert done.item["content"][0]["text"] == "It overheats [1]."
    assert done.custom_outputs["offline"] is False
    assert [s["chunk_id"] for s in done.custom_outputs["sources"]] == ["c1", "c2"]


def test_configuration_errors_name_the_setting():
    with pytest.raises(ChainConfigError, match=r"chat_model\.kind is 'gpt'"):
        settings(chat_model={"kind": "gpt"})
    with pytest.raises(ChainConfigError, match=r"prompts\.system"):
        settings(prompts={"system": "", "rewrite": "x", "context_passage": "y"})
    with pytest.raises(ChainConfigError, match=r"openai_compatible\.base_url"):
        chat_model(settings(chat_model={"kind": "openai_compatible"}))
    with pytest.raises(ChainConfigError, match="MY_KEY"):
        chat_model(
            settings(
                chat_model={
                    "kind": "openai_compatible",
                    "openai_compatible": {
                        "base_url": "http://x",
                        "model": "m",
                        "api_key_env": "MY_KEY",
                    },
                }
            )
        )


@pytest.mark.parametrize(
    ("prompt", "text", "message"),
    [
        ("system", "Answer from the passages only.", r"prompts\.system .*\{context\} is missing"),
        ("system", "Passages: {context} {passages}", r"\{passages\} is not filled by the chain"),
        ("system", "Passages: {context} {", r"not a valid template"),
        ("context_passage", "({document}) {text}", r"\{number\} is missing"),
        ("rewrite", "Make it standalone: {question}", r"prompts\.rewrite .*\{history\} is missing"),
        ("rewrite", "{history} {question} {}", r"\{\} is not filled"),
    ],
)
def test_a_prompt_without_what_the_chain_fills_is_refused(prompt, text, message):
    prompts = {**chain_config()["prompts"], prompt: text}
    with pytest.raises(ChainConfigError, match=message):
        settings(prompts=prompts)


def test_literal_braces_in_a_prompt_are_accepted():
    # A template writes a literal brace twice.
    doubled = '{"answer": ...}'.replace("{", "{" * 2).replace("}", "}" * 2)
    system = chain_config()["prompts"]["system"] + "\nAnswer as JSON: " + doubled
    assert settings(prompts={**chain_config()["prompts"], "system": system})


def test_openai_compatible_endpoint_takes_its_key_from_the_environment(monkeypatch):
    monkeypatch.setenv("MY_KEY", "sk-test")
    model = chat_model(
        settings(
            chat_model={
                "kind": "openai_compatible",
                "openai_compatible": {
                    "base_url": "http://127.0.0.1:9/v1",
                    "model": "m",
                    "api_key_env": "MY_KEY",
                },
            }
        )
    )
    assert model.model_name == "m"
    assert model.openai_api_key.get_secret_value() == "sk-test"


def test_missing_local_index_says_what_to_run(tmp_path):
    with pytest.raises(VectorIndexError, match="run the job"):
        create_chain(settings(index={"kind": "local", "folder": str(tmp_path / "none")}))
