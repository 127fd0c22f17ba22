"""Inference rows parsed into what the metrics need; a malformed row is marked, never fatal.

A row is malformed when a required column is missing or null, holds the wrong type, or (for a
successful request) its response is not a ResponsesAgent JSON body. Token counts come from the
row's own columns where present (the local log), else from the response's `usage` (a
ResponsesAgent response may carry one), else are estimated with `text.count_tokens` from the
question and the answer: the endpoint's input and output, not the chat model's prompt with its
retrieved passages.

A row whose `client_request_id` starts with DEPLOYMENT_CHECK_PREFIX is one of task 4's own
requests (its smoke test and latency run): `deployment_check` marks it, and `user_rows` leaves it
out of what the metrics describe.
"""

import json
import re
from typing import Any

import numpy as np
import pandas as pd

from ..responses import ChatRequestError, message_text, response_text
from ..text import count_tokens
from .schema import DEPLOYMENT_CHECK_PREFIX, REQUIRED

COLUMN, USAGE, ESTIMATE = "column", "usage", "estimate"


def _question(request: Any) -> str:
    """The last user message of a ResponsesAgent request body, "" when there is none."""
    try:
        body = json.loads(request) if isinstance(request, str) else request
        messages = body.get("input") or []
        users = [m for m in messages if isinstance(m, dict) and m.get("role") == "user"]
        return message_text(users[-1].get("content")) if users else ""
    except (ValueError, AttributeError, ChatRequestError):
        return ""


def _sources(response: dict) -> list[dict]:
    custom = response.get("custom_outputs") or {}
    sources = custom.get("sources") if isinstance(custom, dict) else None
    if not isinstance(sources, list):
        return []
    # `text` is the whole passage (chain/pipeline.py Source); `snippet` its start, where absent.
    return [
        {**s, "text": s.get("text") or s.get("snippet") or ""}
        for s in sources
        if isinstance(s, dict)
    ]


def _usage(response: dict) -> tuple[int, int] | None:
    usage = response.get("usage")
    if not isinstance(usage, dict):
        return None
    tokens = usage.get("input_tokens"), usage.get("output_tokens")
    return tokens if all(isinstance(t, int) and t >= 0 for t in tokens) else None


def _response(text: Any) -> dict | None:
    try:
        body = json.loads(text)
    except (TypeError, ValueError):
        return None
    return body if isinstance(body, dict) else None


def _tokens(logged: tuple, body: dict | None, question: str, answer: str | None) -> tuple:
    """(input, output, where from): the row's own counts, the response's usage, or estimates."""
    counted = _count(logged[0]), _count(logged[1])
    if None not in counted:
        return *counted, COLUMN
    usage = _usage(body) if body else None
    if usage:
        return *usage, USAGE
    return count_tokens(question), count_tokens(answer or ""), ESTIMATE


def _count(value: Any) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | np.integer) and value >= 0:
        return int(value)
    if isinstance(value, float) and value.is_integer() and value >= 0:
        return int(value)
    # The monitoring job's local path hands every log value to Spark as text (task.text_rows):
    # "40", or "40.0" when a row without counts made pandas read the column as floats.
    if isinstance(value, str) and re.fullmatch(r"\d+(?:\.0+)?", value):
        return int(float(value))
    return None


def parse_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """One parsed row per inference row: time, request_id, deployment_check, status,
    duration_ms, question, answer, sources, input_tokens, output_tokens, token_source, malformed
    (the reason, or None)."""
    n = len(frame)
    reasons: list[str | None] = [None] * n

    def mark(mask, reason: str) -> None:
        for i in np.flatnonzero(np.asarray(mask)):
            reasons[i] = reasons[i] or reason

    def column(name: str) -> pd.Series:
        if name in frame.columns:
            return frame[name].reset_index(drop=True)
        if name in REQUIRED:
            mark(np.ones(n, bool), f"missing column {name}")
        return pd.Series([None] * n, dtype=object)

    raw_time = column("request_time")
    time = pd.to_datetime(raw_time, utc=True, errors="coerce", format="ISO8601")
    mark(raw_time.isna(), "missing request_time")
    mark(time.isna(), "bad request_time")
    status = _numbers(column("status_code"), "status_code", mark)
    duration = _numbers(column("execution_duration_ms"), "execution_duration_ms", mark)
    mark(duration < 0, "bad execution_duration_ms")
    # Lists: indexing a Series row by row costs more than the parsing itself.
    requests, responses = column("request").tolist(), column("response").tolist()
    tokens_in, tokens_out = (
        column("input_token_count").tolist(),
        column("output_token_count").tolist(),
    )
    answered = (status == 200).tolist()

    questions, answers, sources = [""] * n, [None] * n, [None] * n
    token_in, token_out, token_source = [0] * n, [0] * n, [ESTIMATE] * n
    for i in range(n):
        questions[i] = _question(requests[i])
        body = _response(responses[i]) if answered[i] else None
        if answered[i] and body is None:
            reasons[i] = reasons[i] or "bad response JSON"
        elif body is not None:
            answers[i], sources[i] = response_text(body), _sources(body)
        token_in[i], token_out[i], token_source[i] = _tokens(
            (tokens_in[i], tokens_out[i]), body, questions[i], answers[i]
        )
    ids = column("databricks_request_id")
    client_ids = column("client_request_id")
    return pd.DataFrame(
        {
            "time": time,
            "request_id": ids.astype(object).where(ids.notna(), "").astype(str),
            "deployment_check": [
                isinstance(c, str) and c.startswith(DEPLOYMENT_CHECK_PREFIX) for c in client_ids
            ],
            "status": status,
            "duration_ms": duration,
            "question": questions,
            "answer": answers,
            "sources": sources,
            "input_tokens": token_in,
            "output_tokens": token_out,
            "token_source": token_source,
            "malformed": reasons,
        }
    )


def user_rows(parsed: pd.DataFrame) -> pd.DataFrame:
    """The parsed rows of users' requests: task 4's deployment checks left out."""
    return parsed[~parsed["deployment_check"].astype(bool)]


def _numbers(values: pd.Series, name: str, mark) -> pd.Series:
    """Whole numbers of a column; null, text and fractions are marked malformed (and NaN)."""
    mark(values.isna(), f"missing {name}")
    numeric = pd.to_numeric(values, errors="coerce")
    is_bool = values.map(type).eq(bool) if values.dtype == object else False
    bad = values.notna() & (numeric.isna() | is_bool | (numeric.fillna(0) % 1 != 0))
    mark(bad, f"bad {name}")
    return numeric.where(~bad).astype(float)
