"""Code scorers of the offline evaluation: pure functions of one row's outputs and expectations.

`outputs` is what the evaluation's predict function returns for a question: the answer, its
sources (document path and page, ranked) and the latency. The same functions feed MLflow's
`@scorer`s and the local per-row results, so both report identical numbers.
"""

import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

from ..text import content_words
from .data import DocumentReference, document_name, parse_doc_uri

_CITATION = re.compile(r"\[\d+\]")
_LABEL = re.compile(r"^\[[^\]]*answer\]\s*", re.IGNORECASE)
_TOKEN = re.compile(r"[a-z0-9]+")
# Share of the expected response's content words an answer must contain to "contain" it.
CONTAINS_SHARE = 0.8


def answer_body(answer: str) -> str:
    """The answer without the offline label and citation marks, which no reference contains."""
    return _CITATION.sub("", _LABEL.sub("", answer)).strip()


def _is_expected(retrieved: tuple[str, int], wanted: list[DocumentReference]) -> bool:
    """Each expected entry is matched at its own level: its document, or its document's page."""
    path, page = retrieved
    document = document_name(path)
    return any(reference.matches(document, int(page)) for reference in wanted)


def hit_at_k(retrieved: Sequence[tuple[str, int]], expected: Iterable[dict], k: int) -> bool:
    """Whether any of the first k retrieved (document path or name, page) is expected."""
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    wanted = [parse_doc_uri(entry["doc_uri"]) for entry in expected]
    return any(_is_expected(item, wanted) for item in retrieved[:k])


def reciprocal_rank(retrieved: Sequence[tuple[str, int]], expected: Iterable[dict]) -> float:
    """1/rank of the first expected retrieved passage, 0.0 if none was retrieved."""
    wanted = [parse_doc_uri(entry["doc_uri"]) for entry in expected]
    for rank, item in enumerate(retrieved, start=1):
        if _is_expected(item, wanted):
            return 1.0 / rank
    return 0.0


def retrieved_pages(outputs: dict) -> list[tuple[str, int]]:
    return [
        (source["document_path"], int(source["page_number"]))
        for source in outputs.get("sources", [])
    ]


def retrieval_hit(outputs: dict, expectations: dict, k: int) -> float | None:
    expected = expectations.get("expected_retrieved_context")
    if not expected:
        return None
    return float(hit_at_k(retrieved_pages(outputs), expected, k))


def retrieval_reciprocal_rank(outputs: dict, expectations: dict) -> float | None:
    expected = expectations.get("expected_retrieved_context")
    if not expected:
        return None
    return float(reciprocal_rank(retrieved_pages(outputs), expected))


def answer_token_f1(outputs: dict, expectations: dict) -> float | None:
    """SQuAD-style token F1 between the answer and the expected response."""
    reference = expectations.get("expected_response")
    if not reference:
        return None
    predicted = _TOKEN.findall(answer_body(outputs["answer"]).lower())
    truth = _TOKEN.findall(reference.lower())
    common = sum((Counter(predicted) & Counter(truth)).values())
    if not common:
        return 0.0
    precision, recall = common / len(predicted), common / len(truth)
    return 2 * precision * recall / (precision + recall)


def answer_contains_expected(outputs: dict, expectations: dict) -> float | None:
    """1 when the answer holds at least 80% of the expected response's content words."""
    reference = expectations.get("expected_response")
    if not reference:
        return None
    wanted = content_words(reference)
    if not wanted:
        return None
    found = len(wanted & content_words(answer_body(outputs["answer"])))
    return float(found / len(wanted) >= CONTAINS_SHARE)


def fact_coverage(outputs: dict, expectations: dict) -> float | None:
    """Share of the expected facts the answer states: a fact counts when the answer holds at
    least 80% of its content words (the offline stand-in for MLflow's correctness judge, which
    reads expected_facts the same way)."""
    facts = expectations.get("expected_facts")
    if not facts:
        return None
    answer = content_words(answer_body(outputs["answer"]))
    covered = [
        len(words & answer) / len(words) >= CONTAINS_SHARE
        for words in map(content_words, facts)
        if words
    ]
    return sum(covered) / len(covered) if covered else None


def groundedness(outputs: dict) -> float:
    """Share of the answer's content words that occur in the retrieved passages (lexical)."""
    words = content_words(answer_body(outputs["answer"]))
    if not words:
        return 0.0
    context = set()
    for source in outputs.get("sources", []):
        context |= content_words(source["text"])
    return len(words & context) / len(words)


def answer_length(outputs: dict) -> float:
    return float(len(answer_body(outputs["answer"]).split()))


def row_scores(outputs: dict, expectations: dict, k: int) -> dict[str, float | None]:
    return {
        "retrieval_hit": retrieval_hit(outputs, expectations, k),
        "reciprocal_rank": retrieval_reciprocal_rank(outputs, expectations),
        "answer_token_f1": answer_token_f1(outputs, expectations),
        "answer_contains_expected": answer_contains_expected(outputs, expectations),
        "fact_coverage": fact_coverage(outputs, expectations),
        "groundedness": groundedness(outputs),
        "latency_ms": float(outputs["latency_ms"]),
        "answer_length": answer_length(outputs),
    }


# The dataset metrics of the code scorers: what config/evaluation.yml may gate.
METRICS = (
    "retrieval_hit_rate",
    "retrieval_mrr",
    "answer_token_f1",
    "answer_contains_expected",
    "fact_coverage",
    "groundedness",
    "answer_length_mean",
    "latency_p50_ms",
    "latency_p95_ms",
)


def aggregate(rows: list[dict[str, float | None]]) -> dict[str, float]:
    """Dataset metrics, the names the gates use."""

    def mean(name: str) -> float | None:
        values = [row[name] for row in rows if row.get(name) is not None]
        return float(np.mean(values)) if values else None

    latencies = [row["latency_ms"] for row in rows]
    metrics = {
        "retrieval_hit_rate": mean("retrieval_hit"),
        "retrieval_mrr": mean("reciprocal_rank"),
        "answer_token_f1": mean("answer_token_f1"),
        "answer_contains_expected": mean("answer_contains_expected"),
        "fact_coverage": mean("fact_coverage"),
        "groundedness": mean("groundedness"),
        "answer_length_mean": mean("answer_length"),
        "latency_p50_ms": float(np.percentile(latencies, 50)) if latencies else None,
        "latency_p95_ms": float(np.percentile(latencies, 95)) if latencies else None,
    }
    return {name: value for name, value in metrics.items() if value is not None}
