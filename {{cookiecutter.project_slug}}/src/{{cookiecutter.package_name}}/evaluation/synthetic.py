"""Synthetic evaluation sets from the chunk table, in MLflow 3 evaluation shape.

Two writers: a language model writes a question and answer per sampled chunk (workspace targets,
through a Foundation Model chat endpoint), or a deterministic offline writer turns the chunk's
most informative sentence into a question whose expected answer is that sentence. Either way the
chunk's document and page are the expected retrieved context.
"""

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from string import Template

import pandas as pd

from ..errors import ProjectError
from ..text import content_words, sentences
from .data import question_key

# string.Template rather than str.format: the JSON example's braces need no escaping.
QUESTION_PROMPT = Template(
    "Write one question that the passage below answers on its own, and the answer, as JSON "
    '{"question": "...", "answer": "..."} and nothing else. Use the passage\'s own terms.\n\n'
    "Passage ($document, page $page):\n$text"
)
_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


class SyntheticSetError(ProjectError, ValueError):
    pass


def balanced_order(chunks: pd.DataFrame, seed: str = "eval") -> pd.DataFrame:
    """A deterministic, document-balanced order: the same table and seed give the same rows."""
    order = chunks.assign(
        _rank=[hashlib.sha256(f"{seed}:{c}".encode()).hexdigest() for c in chunks["chunk_id"]]
    ).sort_values("_rank")
    # Round robin over documents so a long manual does not crowd out a short policy.
    order["_turn"] = order.groupby("document_path").cumcount()
    return order.sort_values(["_turn", "_rank"]).drop(columns=["_rank", "_turn"])


def offline_question(text: str) -> tuple[str, str] | None:
    """The sentence with the most content words becomes the answer; its key words the question."""
    candidates = [s for s in sentences(text) if len(content_words(s)) >= 4]
    if not candidates:
        return None
    answer = max(candidates, key=lambda s: (len(content_words(s)), -len(s)))
    words = [
        w for w in re.findall(r"[A-Za-z0-9$%°]+", answer) if w.lower() in content_words(answer)
    ]
    topic = " ".join(dict.fromkeys(words[:6]))
    return f"What do the documents say about {topic}?", answer


def model_question_writer(
    client, endpoint: str
) -> Callable[[str, str, int], tuple[str, str] | None]:
    """Questions from a chat endpoint, through the Databricks SDK."""
    from databricks.sdk.service.serving import ChatMessage, ChatMessageRole

    def write(text: str, document: str, page: int) -> tuple[str, str] | None:
        prompt = QUESTION_PROMPT.substitute(document=document, page=page, text=text)
        response = client.serving_endpoints.query(
            name=endpoint,
            messages=[ChatMessage(role=ChatMessageRole.USER, content=prompt)],
            temperature=0.0,
            max_tokens=300,
        )
        content = response.choices[0].message.content if response.choices else ""
        match = _JSON_OBJECT.search(content or "")
        try:
            pair = json.loads(match.group(0)) if match else {}
        except json.JSONDecodeError:
            return None
        if not pair.get("question") or not pair.get("answer"):
            return None
        return str(pair["question"]).strip(), str(pair["answer"]).strip()

    return write


def generate(
    chunks: pd.DataFrame,
    rows: int,
    write: Callable[[str, str, int], tuple[str, str] | None] | None = None,
) -> list[dict]:
    """Evaluation rows for sampled chunks; chunks the writer cannot use are skipped, and so are
    questions already written (overlapping chunks often share their key sentence), which
    load_evaluation_set would refuse."""
    if rows < 1:
        raise SyntheticSetError("ask for at least one row")
    if chunks.empty:
        raise SyntheticSetError("the chunk table is empty: run the ingestion task first")
    dataset, asked = [], set()
    for chunk in balanced_order(chunks).itertuples(index=False):
        document = Path(chunk.document_path).name
        page = int(chunk.page_number)
        pair = (
            write(chunk.chunk_text, document, page) if write else offline_question(chunk.chunk_text)
        )
        if pair is None:
            continue
        question, answer = pair
        key = question_key(question)
        if key in asked:
            continue
        asked.add(key)
        dataset.append(
            {
                "inputs": {"question": question},
                "expectations": {
                    "expected_response": answer,
                    "expected_retrieved_context": [{"doc_uri": f"{document}#page={page}"}],
                },
            }
        )
        if len(dataset) == rows:
            break
    if not dataset:
        raise SyntheticSetError("no chunk yielded a question: are the chunks mostly tables?")
    return dataset


def write_jsonl(dataset: Iterable[dict], path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(row, ensure_ascii=False) for row in dataset]
    path.write_text("\n".join(lines) + "\n")
    return len(lines)
