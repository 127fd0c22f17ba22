"""The RAG chain: standalone question, retrieval, prompt from numbered passages, answer, sources.

Built with LangChain's expression language from three parts chosen by configuration:
- a retriever: the local index (local target) or Databricks Vector Search (workspace targets);
- a chat model: a Databricks Foundation Model endpoint or any OpenAI-compatible server, both
  through `langchain-openai` (Databricks serves the OpenAI chat API under /serving-endpoints);
- or, offline, an extractive answerer that quotes the best-supported retrieved sentences.
`RagAgent` wraps the chain as an MLflow `ResponsesAgent` for logging and serving.
"""

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from langchain_core.documents import Document
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder
from langchain_core.runnables import Runnable, RunnableLambda, RunnablePassthrough

from .chunking import count_tokens
from .embeddings import EmbedderSpec

DATABRICKS_CHAT = "databricks"
OPENAI_COMPATIBLE = "openai_compatible"
OFFLINE_CHAT = "offline"
CHAT_KINDS = (DATABRICKS_CHAT, OPENAI_COMPATIBLE, OFFLINE_CHAT)
LOCAL_INDEX = "local"
DATABRICKS_INDEX = "databricks"
ROLES = frozenset({"system", "user", "assistant"})
_WORD = re.compile(r"[a-z0-9]+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_HEADING_CHARS = 70
_MIN_SENTENCE_WORDS = 4
# Words that carry no topic; an answer sentence is chosen for the question's other words.
_STOP_WORDS = frozenset(
    [
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
    ]
)


class ChatRequestError(ValueError):
    """A request the chain refuses: the message says what to change."""


class ChainConfigError(ValueError):
    pass


@dataclass(frozen=True)
class Source:
    document_path: str
    page_number: int
    chunk_id: str
    snippet: str
    score: float
    # The whole passage the answer was written from: what groundedness checks and monitors read.
    text: str

    def to_dict(self) -> dict:
        return {
            "document_path": self.document_path,
            "page_number": self.page_number,
            "chunk_id": self.chunk_id,
            "snippet": self.snippet,
            "score": round(self.score, 6),
            "text": self.text,
        }


@dataclass(frozen=True)
class RequestLimits:
    """What one request may hold (config/rag_chain.yml `request`). The chain checks them; the
    local serving proxy checks the served version's own, before its model is called."""

    max_messages: int = 40
    max_question_chars: int = 2000

    @classmethod
    def from_config(cls, request: dict) -> "RequestLimits":
        limits = cls(int(request["max_messages"]), int(request["max_question_chars"]))
        if limits.max_messages < 1 or limits.max_question_chars < 1:
            raise ChainConfigError("request.max_messages and request.max_question_chars >= 1")
        return limits


@dataclass(frozen=True)
class ChainSettings:
    """The chain's whole configuration: config/rag_chain.yml plus the job's runtime values."""

    target: str
    embedder: EmbedderSpec
    index: dict
    chat_model: dict
    llm_endpoint: str = ""
    k: int = 5
    snippet_chars: int = 300
    request: RequestLimits = field(default_factory=RequestLimits)
    history_max_tokens: int = 800
    temperature: float = 0.0
    max_tokens: int = 600
    max_sentences: int = 3
    offline_label: str = "[offline extractive answer]"
    prompts: dict = field(default_factory=dict)

    @classmethod
    def from_config(cls, config: dict) -> "ChainSettings":
        try:
            chat = dict(config["chat_model"])
            if chat.get("kind") not in CHAT_KINDS:
                raise ChainConfigError(
                    f"chat_model.kind is {chat.get('kind')!r}: use one of {', '.join(CHAT_KINDS)}"
                )
            prompts = config["prompts"]
            for name in ("system", "context_passage", "rewrite"):
                if not isinstance(prompts.get(name), str) or not prompts[name].strip():
                    raise ChainConfigError(f"prompts.{name} is missing or empty")
            settings = cls(
                target=str(config["target"]),
                embedder=EmbedderSpec(**config["embedder"]),
                index=dict(config["index"]),
                chat_model=chat,
                llm_endpoint=str(config.get("llm_endpoint", "")),
                k=int(config["retrieval"]["k"]),
                snippet_chars=int(config["retrieval"]["snippet_chars"]),
                request=RequestLimits.from_config(config["request"]),
                history_max_tokens=int(config["history"]["max_tokens"]),
                temperature=float(config["generation"]["temperature"]),
                max_tokens=int(config["generation"]["max_tokens"]),
                max_sentences=int(config["offline_answerer"]["max_sentences"]),
                offline_label=str(config["offline_answerer"]["label"]),
                prompts=dict(prompts),
            )
        except (KeyError, TypeError) as error:
            raise ChainConfigError(f"chain configuration lacks or misstates {error}") from error
        if settings.k < 1:
            raise ChainConfigError(f"retrieval.k is {settings.k}: use 1 or more")
        if settings.index.get("kind") not in (LOCAL_INDEX, DATABRICKS_INDEX):
            raise ChainConfigError(
                f"index.kind is {settings.index.get('kind')!r}: use {LOCAL_INDEX} or "
                f"{DATABRICKS_INDEX}"
            )
        return settings

    @property
    def offline(self) -> bool:
        return self.chat_model["kind"] == OFFLINE_CHAT


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


def recent_history(messages: Sequence[dict], budget_tokens: int) -> list[dict]:
    """The newest user and assistant turns before the question that fit the token budget."""
    kept, used = [], 0
    for message in reversed(messages[:-1]):
        if message["role"] == "system":
            continue
        tokens = count_tokens(message["content"])
        if used + tokens > budget_tokens:
            break
        kept.append(message)
        used += tokens
    return list(reversed(kept))


def as_langchain_messages(history: Sequence[dict]) -> list[BaseMessage]:
    return [
        HumanMessage(m["content"]) if m["role"] == "user" else AIMessage(m["content"])
        for m in history
    ]


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP_WORDS and len(w) > 1}


def sentences(text: str) -> list[str]:
    """Sentences of a passage, without the page headers and headings PDF text runs into them.

    A line that ends without punctuation and is followed by a capitalised line is taken for a
    heading, which keeps "Error codes" from becoming the start of the next sentence.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    kept = []
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        heading = (
            len(line) < _HEADING_CHARS
            and line[-1] not in ".!?:;,"
            and (not following or following[0].isupper())
        )
        kept.append("\n" if heading else line)
    return [
        " ".join(sentence.split())
        for block in " ".join(kept).split("\n")
        for sentence in _SENTENCE.split(block)
        if len(sentence.split()) >= _MIN_SENTENCE_WORDS
    ]


def extractive_answer(question: str, documents: Sequence[Document], settings: ChainSettings):
    """The retrieved sentences that best cover the question's words, with citations.

    Deterministic and offline: what the local job and tests use instead of a language model.
    A word found in few of the retrieved sentences says more than one found in many (an inverse
    frequency weight); earlier (better ranked) passages win ties.
    """
    wanted = content_words(question)
    candidates = [
        (number, position, sentence, wanted & content_words(sentence))
        for number, document in enumerate(documents, start=1)
        for position, sentence in enumerate(sentences(document.page_content))
    ]
    frequency = Counter(word for *_, shared in candidates for word in shared)
    scored = [
        (-sum(1 / frequency[word] for word in shared), number, position, sentence)
        for number, position, sentence, shared in candidates
        if shared
    ]
    if not scored:
        return f"{settings.offline_label} The documents do not answer this question."
    best = sorted(scored)[: settings.max_sentences]
    # Read in document order, not score order: the quoted sentences then make sense together.
    best.sort(key=lambda item: (item[1], item[2]))
    quoted = " ".join(f"{sentence} [{number}]" for _, number, _, sentence in best)
    return f"{settings.offline_label} {quoted}"


def offline_standalone_question(question: str, history: Sequence[dict]) -> str:
    """Without a model, the previous user turn supplies the words a follow-up leaves out."""
    previous = [m["content"] for m in history if m["role"] == "user"]
    return f"{previous[-1]} {question}" if previous else question


def format_context(documents: Sequence[Document], settings: ChainSettings) -> str:
    return "\n".join(
        settings.prompts["context_passage"].format(
            number=number,
            document=Path(doc.metadata["document_path"]).name,
            page=doc.metadata["page_number"],
            text=doc.page_content,
        )
        for number, doc in enumerate(documents, start=1)
    )


def to_sources(documents: Sequence[Document], settings: ChainSettings) -> list[Source]:
    return [
        Source(
            document_path=doc.metadata["document_path"],
            page_number=int(doc.metadata["page_number"]),
            chunk_id=doc.metadata["chunk_id"],
            snippet=doc.page_content[: settings.snippet_chars],
            score=float(doc.metadata["score"]),
            text=doc.page_content,
        )
        for doc in documents
    ]


def build_chain(
    settings: ChainSettings, retrieve: Callable[[str], list[Document]], llm: Runnable | None
) -> Runnable:
    """{"question", "history"} -> {"query", "documents", "answer", ...} as one LCEL pipeline.

    `llm` is None offline: the extractive answerer writes the answer and the previous user turn
    stands in for the rewriting model.
    """
    if llm is None:
        standalone: Runnable = RunnableLambda(
            lambda x: offline_standalone_question(x["question"], x["history"])
        )
        answer: Runnable = RunnableLambda(
            lambda x: extractive_answer(x["question"], x["documents"], settings)
        )
    else:
        rewrite = (
            ChatPromptTemplate.from_template(settings.prompts["rewrite"]) | llm | StrOutputParser()
        )
        standalone = RunnableLambda(
            lambda x: (
                rewrite.invoke(
                    {
                        "history": "\n".join(f"{m['role']}: {m['content']}" for m in x["history"]),
                        "question": x["question"],
                    }
                ).strip()
                or x["question"]
                if x["history"]
                else x["question"]
            )
        )
        prompt = ChatPromptTemplate.from_messages(
            [
                ("system", settings.prompts["system"]),
                MessagesPlaceholder("chat_history"),
                ("human", "{question}"),
            ]
        )
        answer = (
            RunnableLambda(
                lambda x: {
                    "context": format_context(x["documents"], settings),
                    "chat_history": as_langchain_messages(x["history"]),
                    "question": x["question"],
                }
            )
            | prompt
            | llm
            | StrOutputParser()
        )
    return (
        RunnablePassthrough.assign(query=standalone)
        | RunnablePassthrough.assign(documents=itemgetter("query") | RunnableLambda(retrieve))
        | RunnablePassthrough.assign(answer=answer)
    )


def answer_messages(chain: Runnable, messages: Any, settings: ChainSettings) -> dict:
    """Validate a message list, run the chain, return answer, sources and the retrieval query."""
    checked = validate_messages(messages, settings.request)
    history = recent_history(checked, settings.history_max_tokens)
    result = chain.invoke({"question": checked[-1]["content"].strip(), "history": history})
    return {
        "answer": result["answer"],
        "query": result["query"],
        "sources": [s.to_dict() for s in to_sources(result["documents"], settings)],
        "offline": settings.offline,
    }
