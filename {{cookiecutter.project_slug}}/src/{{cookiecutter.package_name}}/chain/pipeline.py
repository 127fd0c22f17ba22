"""The RAG chain: standalone question, retrieval, prompt from numbered passages, answer, sources.

Built with LangChain's expression language from a retriever and a chat model that the target's
backend provides; without a chat model, an extractive answerer quotes the best-supported
retrieved sentences (offline, deterministic). `chain.agent.RagAgent` wraps the chain as an MLflow
`ResponsesAgent` for logging and serving.
"""

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
