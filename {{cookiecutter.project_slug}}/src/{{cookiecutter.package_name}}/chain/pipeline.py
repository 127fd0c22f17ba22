"""The RAG chain: standalone question, retrieval, prompt from numbered passages, answer, sources.

Built with LangChain's expression language from a retriever and a chat model that the target's
backend provides; without a chat model, an extractive answerer quotes the best-supported
retrieved sentences (offline, deterministic). `chain.agent.RagAgent` wraps the chain as an MLflow
`ResponsesAgent` for logging and serving.
"""

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from langchain_core.documents import Document
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder
from langchain_core.runnables import Runnable, RunnableLambda, RunnablePassthrough

from ..responses import validate_messages
from ..text import content_words, count_tokens, sentences
from .settings import ChainSettings


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


# Words that ask for a figure (a count, an amount, a duration, a date or a limit): a sentence
# with a digit then answers better than one without.
_FIGURE_CUES = frozenset(
    [
        "many",
        "much",
        "long",
        "often",
        "soon",
        "far",
        "quickly",
        "fast",
        "percentage",
        "share",
        "proportion",
        "rate",
        "amount",
        "price",
        "cost",
        "costs",
        "sum",
        "size",
        "when",
        "time",
        "date",
        "year",
        "heaviest",
        "largest",
        "most",
        "least",
        "maximum",
        "minimum",
        "limit",
        "ceiling",
        "cap",
        "deadline",
    ]
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DIGIT = re.compile(r"\d")
_ROW_NUMBER = re.compile(r"(?<![\w.])\d[\d,.]*%?(?!\w)")
# Five letters stand for a word's stem ("reimbursed", "reimbursement"): on the tuning splits the
# answers picked this way contain the expected one more often than with the keyword index's
# Snowball stems (docs/benchmarks.md, Quality).
_STEM = 5
# Weight of a passage from another version (its document names another year than the question).
_OTHER_VERSION = 0.3
_FIGURE_BONUS = 1.4


def _stems(words: set[str]) -> set[str]:
    return {word[:_STEM] for word in words}


def answer_units(text: str) -> list[str]:
    """A passage's sentences, and its table rows (lines with two or more figures), which PDF
    text gives without sentence punctuation. A row of years only is a column header."""
    units = sentences(text)
    rows = [
        " ".join(line.split())
        for line in text.splitlines()
        if len(figures := _ROW_NUMBER.findall(line)) >= 2
        and line.rstrip()[-1:] not in ".!?"
        and not all(_YEAR.fullmatch(figure) for figure in figures)
    ]
    return units + [row for row in rows if not any(row in unit for unit in units)]


def _version_weight(question_years: set[str], document: Document) -> float:
    """A question that names a year prefers passages of the version that year applies to."""
    if not question_years:
        return 1.0
    named = set(_YEAR.findall(Path(document.metadata.get("document_path", "")).name))
    return _OTHER_VERSION if named and not named & question_years else 1.0


def extractive_answer(question: str, documents: Sequence[Document], settings: ChainSettings):
    """The retrieved sentence that best answers the question first, with its citation; further
    sentences only while they score close to the best (settings.min_score_ratio).

    Deterministic and offline: what the local job and tests use instead of a language model.
    A sentence scores by the question words it shares (compared by stem), a word found in few of
    the retrieved sentences saying more than one found in many (an inverse frequency weight);
    a sentence with a figure scores higher when the question asks for one, and a passage's
    sentences weigh 1 / its rank, less again when it is another version of a document than the
    year the question names. Earlier (better ranked) passages win ties.
    """
    years = set(_YEAR.findall(question))
    # The year picks the version (below), not the sentence: headers and dates repeat it.
    wanted = _stems(content_words(question) - years)
    wants_figure = bool(content_words(question) & _FIGURE_CUES)
    candidates = [
        (number, position, unit, wanted & _stems(content_words(unit)), weight)
        for number, document in enumerate(documents, start=1)
        # A passage's sentences weigh 1 / its rank: the hybrid ranking is the better judge of
        # which passage answers (docs/benchmarks.md, Quality), the words of which sentence.
        if (weight := _version_weight(years, document) / number)
        for position, unit in enumerate(answer_units(document.page_content))
    ]
    frequency = Counter(stem for *_, shared, _ in candidates for stem in shared)
    scored = [
        (
            -sum(1 / frequency[stem] for stem in shared)
            * weight
            * (_FIGURE_BONUS if wants_figure and _DIGIT.search(unit) else 1.0),
            number,
            position,
            unit,
        )
        for number, position, unit, shared, weight in candidates
        if shared
    ]
    if not scored:
        return f"{settings.offline_label} The documents do not answer this question."
    # Overlapping chunks repeat sentences: each is quoted once, where it scores best.
    ranked = list({item[3]: item for item in sorted(scored, reverse=True)}.values())[::-1]
    best = ranked[0][0]
    kept = [
        item
        for item in ranked[: settings.max_sentences]
        if item[0] <= best * settings.min_score_ratio
    ]
    quoted = " ".join(f"{unit} [{number}]" for _, number, _, unit in kept)
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
        | RunnablePassthrough.assign(answer=answer, offline=RunnableLambda(lambda _: llm is None))
    )


def chain_input(messages: Any, settings: ChainSettings) -> dict:
    """Validate a message list; the chain's input: the question and the history that fits."""
    checked = validate_messages(messages, settings.request)
    history = recent_history(checked, settings.history_max_tokens)
    return {"question": checked[-1]["content"].strip(), "history": history}


def chain_answer(result: dict, settings: ChainSettings) -> dict:
    """The chain's output as callers get it: answer, sources and the retrieval query."""
    return {
        "answer": result["answer"],
        "query": result["query"],
        "sources": [s.to_dict() for s in to_sources(result["documents"], settings)],
        "offline": result["offline"],
    }


def answer_messages(chain: Runnable, messages: Any, settings: ChainSettings) -> dict:
    """Validate a message list, run the chain, return answer, sources and the retrieval query."""
    return chain_answer(chain.invoke(chain_input(messages, settings)), settings)
