"""Inference rows as the local endpoint logs them (local/inference_log.py) and as the AI Gateway
inference table holds them, for the monitoring tests."""

import json
import uuid
from datetime import UTC, datetime, timedelta

START = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
PASSAGE = (
    "Full-time employees receive 27 days of paid annual leave per year in addition to public "
    "holidays."
)
QUESTION = "How many days of paid annual leave do full-time employees get?"


def response_body(answer: str, sources: list[dict] | None = None, usage: dict | None = None):
    body = {
        "object": "response",
        "output": [
            {
                "type": "message",
                "id": str(uuid.uuid4()),
                "role": "assistant",
                "content": [{"type": "output_text", "text": answer, "annotations": []}],
            }
        ],
        "custom_outputs": {
            "sources": sources if sources is not None else [source()],
            "query": QUESTION,
            "offline": True,
        },
    }
    if usage:
        body["usage"] = usage
    return body


def source(text: str = PASSAGE) -> dict:
    return {
        "document_path": "/data/employee_handbook.pdf",
        "page_number": 2,
        "chunk_id": "c1",
        "snippet": text[:300],
        "score": 0.47,
        "text": text,
    }


def row(
    minute: float = 0,
    status: int = 200,
    duration_ms: float = 100,
    answer: str = f"[offline extractive answer] {PASSAGE} [1]",
    question: str = QUESTION,
    tokens: tuple[int, int] | None = (12, 30),
    body: dict | None = None,
    **changes,
) -> dict:
    started = START + timedelta(minutes=minute)
    if status == 200:
        response = json.dumps(body or response_body(answer))
    else:
        response = json.dumps({"error_code": "BAD_REQUEST", "message": "refused"})
    record = {
        "request_date": started.date().isoformat(),
        "databricks_request_id": str(uuid.uuid4()),
        "client_request_id": None,
        "request_time": started.isoformat(timespec="milliseconds"),
        "status_code": status,
        "sampling_fraction": 1.0,
        "execution_duration_ms": duration_ms,
        "request": json.dumps({"input": [{"role": "user", "content": question}]}),
        "response": response,
        "served_entity_id": "rag_chatbot_chain-1",
        "logging_error_codes": [],
        "requester": "local",
    }
    if tokens is not None:
        record["input_token_count"], record["output_token_count"] = tokens
    return record | changes
