"""The project's code scorers as registrable MLflow `@scorer`s for production monitoring.

A registered `@scorer` is stored as its function body's source and executed on Databricks'
monitoring compute, where the project is not installed (mlflow/genai/scorers/base.py: the
serialized `call_source` is rebuilt with `exec`). So each body here is self-contained: its
imports and helpers inside it. They compute what evaluation/scores.py (`groundedness`,
`answer_length`) and monitoring/quality.py (`retrieval_relevance`) compute;
tests/test_monitoring_scorers.py checks them against those on the same rows.

`outputs` is the served ResponsesAgent's response (its `output` messages and the chain's
`custom_outputs.sources`, chain/agent.py); `inputs` its request (`{"input": [messages]}`, or
that under `request`). A streamed answer's trace keeps only its output items, without
`custom_outputs` (mlflow/types/responses.py `responses_agent_output_reducer`, which MLflow applies
to `predict_stream`'s trace, mlflow/pyfunc/model.py): the scorers then read the passages from the
trace's RETRIEVER span (chain/retriever.py), whose documents carry `page_content`.
"""

from mlflow.genai.scorers import scorer


@scorer
def groundedness(outputs, trace=None) -> float:
    import json
    import re

    stop = {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "do",
        "does",
        "for",
        "from",
        "how",
        "i",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "was",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "you",
        "your",
    }

    def words(text):
        return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in stop and len(w) > 1}

    outputs = outputs if isinstance(outputs, dict) else {}
    answer = "".join(
        part.get("text", "")
        for item in outputs.get("output") or []
        if isinstance(item, dict) and item.get("type") == "message"
        for part in item.get("content") or []
        if isinstance(part, dict) and part.get("type") == "output_text"
    )
    answer = re.sub(r"\[\d+\]", "", re.sub(r"^\[[^\]]*answer\]\s*", "", answer.strip(), flags=re.I))
    wanted = words(answer)
    if not wanted:
        return 0.0
    passages = [
        source.get("text") or source.get("snippet") or ""
        for source in (outputs.get("custom_outputs") or {}).get("sources") or []
    ]
    if not passages and trace is not None:
        for span in trace.search_spans(span_type="RETRIEVER"):
            documents = json.loads(span.outputs) if isinstance(span.outputs, str) else span.outputs
            passages += [
                d.get("page_content") or "" for d in documents or [] if isinstance(d, dict)
            ]
    context = set()
    for passage in passages:
        context |= words(passage)
    return len(wanted & context) / len(wanted)


@scorer
def answer_length(outputs) -> float:
    import re

    outputs = outputs if isinstance(outputs, dict) else {}
    answer = "".join(
        part.get("text", "")
        for item in outputs.get("output") or []
        if isinstance(item, dict) and item.get("type") == "message"
        for part in item.get("content") or []
        if isinstance(part, dict) and part.get("type") == "output_text"
    )
    answer = re.sub(r"\[\d+\]", "", re.sub(r"^\[[^\]]*answer\]\s*", "", answer.strip(), flags=re.I))
    return float(len(answer.strip().split()))


@scorer
def retrieval_relevance(inputs, outputs, trace=None) -> float | None:
    import json
    import re

    stop = {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "do",
        "does",
        "for",
        "from",
        "how",
        "i",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "was",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "you",
        "your",
    }

    def words(text):
        return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in stop and len(w) > 1}

    request = inputs.get("request", inputs) if isinstance(inputs, dict) else {}
    messages = request.get("input") or [] if isinstance(request, dict) else []
    users = [m for m in messages if isinstance(m, dict) and m.get("role") == "user"]
    content = users[-1].get("content") if users else ""
    if isinstance(content, list):
        content = " ".join(p.get("text", "") for p in content if isinstance(p, dict))
    wanted = words(content if isinstance(content, str) else "")
    if not wanted:
        return None
    outputs = outputs if isinstance(outputs, dict) else {}
    passages = [
        source.get("text") or source.get("snippet") or ""
        for source in (outputs.get("custom_outputs") or {}).get("sources") or []
    ]
    if not passages and trace is not None:
        for span in trace.search_spans(span_type="RETRIEVER"):
            documents = json.loads(span.outputs) if isinstance(span.outputs, str) else span.outputs
            passages += [
                d.get("page_content") or "" for d in documents or [] if isinstance(d, dict)
            ]
    found = set()
    for passage in passages:
        found |= words(passage)
    return len(wanted & found) / len(wanted)


CODE_SCORERS = {
    "groundedness": groundedness,
    "answer_length": answer_length,
    "retrieval_relevance": retrieval_relevance,
}
