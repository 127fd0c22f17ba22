"""The Responses wire format the chatbot speaks (MLflow ResponsesAgent, Model Serving).

Pure Python: the local serving proxy validates requests with these functions without loading
LangChain or MLflow.
"""

from dataclasses import dataclass
from typing import Any

from .errors import ConfigError, ProjectError

ROLES = frozenset({"system", "user", "assistant"})
# The question of the printed curl examples.
EXAMPLE_QUESTION = "How many days of paid annual leave do full-time employees get?"


class ChatRequestError(ProjectError, ValueError):
    """A request the chain refuses: the message says what to change."""


def request_for(question: str) -> dict:
    """The ResponsesAgent request body of one question (what /invocations takes)."""
    return {"input": [{"role": "user", "content": question}]}


def response_text(response: dict) -> str:
    """The assistant's text in a ResponsesAgent response (every output_text part, joined)."""
    parts = [
        part.get("text", "")
        for item in response.get("output") or []
        if isinstance(item, dict) and item.get("type") == "message"
        for part in item.get("content") or []
        if isinstance(part, dict) and part.get("type") == "output_text"
    ]
    return "".join(parts).strip()


@dataclass(frozen=True)
class RequestLimits:
    """What one request may hold (config/rag_chain.yml `request`). The chain checks them; the
    local serving proxy checks the served version's own, before its model is called. The
    defaults are the proxy's for a model logged without the chain's configuration."""

    max_messages: int = 40
    max_question_chars: int = 2000

    @classmethod
    def from_config(cls, request: dict) -> "RequestLimits":
        limits = cls(int(request["max_messages"]), int(request["max_question_chars"]))
        if limits.max_messages < 1 or limits.max_question_chars < 1:
            raise ConfigError("request.max_messages and request.max_question_chars >= 1")
        return limits


def message_text(content: Any) -> str:
    """Text of an OpenAI-style message content: a string or a list of text parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if not isinstance(part, dict) or not isinstance(part.get("text"), str):
                raise ChatRequestError(
                    "a message's content must be a string or a list of {'type': 'text', "
                    "'text': ...} parts"
                )
            parts.append(part["text"])
        return "\n".join(parts)
    raise ChatRequestError("a message's content must be a string or a list of text parts")


def validate_messages(messages: Any, limits: RequestLimits) -> list[dict]:
    """Check an OpenAI-style message list; return it as [{role, content}] with text content."""
    if not isinstance(messages, list) or not messages:
        raise ChatRequestError(
            'send a non-empty list of messages, e.g. [{"role": "user", "content": "..."}]'
        )
    if len(messages) > limits.max_messages:
        raise ChatRequestError(
            f"{len(messages)} messages exceed the limit of {limits.max_messages}: "
            "send the recent turns only"
        )
    checked = []
    for number, message in enumerate(messages, start=1):
        if not isinstance(message, dict) or "role" not in message or "content" not in message:
            raise ChatRequestError(f"message {number} needs a 'role' and a 'content'")
        if message["role"] not in ROLES:
            raise ChatRequestError(
                f"message {number} has role {message['role']!r}: use user, assistant or system"
            )
        checked.append({"role": message["role"], "content": message_text(message["content"])})
    if checked[-1]["role"] != "user":
        raise ChatRequestError("the last message must be the user's question")
    question = checked[-1]["content"].strip()
    if not question:
        raise ChatRequestError("the question is empty: ask something")
    if len(question) > limits.max_question_chars:
        raise ChatRequestError(
            f"the question has {len(question)} characters, more than the limit of "
            f"{limits.max_question_chars}: shorten it"
        )
    return checked
