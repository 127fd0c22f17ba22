"""Re-ranking fused candidates by their best passage: the sentences that answer a question tend to
share its rare words.

Passage-level BM25 rewards a chunk that repeats the common terms of a subject; a question written
about one sentence shares that sentence's rarer words. Each candidate scores the inverse-document-
frequency share of the question's terms that its best window of consecutive sentences holds (1.0:
every term of the question in one window), weights are the keyword index's own (KeywordIndex.idf),
and that share is added, times `weight`, to the candidate's fused score divided by the best fused
score. Measured in docs/benchmarks.md (Quality).
"""

from collections.abc import Callable, Sequence

from ..text import sentences
from .keyword_index import KeywordIndex, terms


def windows(text: str, size: int) -> list[str]:
    """Every run of `size` consecutive sentences of a text (the whole text when it has fewer, or
    none that text.sentences keeps, as in a table)."""
    units = sentences(text)
    if len(units) <= size:
        return [" ".join(units) or text]
    return [" ".join(units[start : start + size]) for start in range(len(units) - size + 1)]


def best_window_share(question_terms: set[str], text: str, size: int, idf: Callable) -> float:
    """The largest share of the question terms' total inverse document frequency that one window
    of `size` sentences of `text` holds: 0.0 when the question has no known term."""
    total = sum(idf(term) for term in question_terms)
    if not total:
        return 0.0
    best = max(
        sum(idf(term) for term in question_terms & set(terms(window)))
        for window in windows(text, size)
    )
    return best / total


def rerank(
    question: str,
    fused: Sequence[tuple[int, float]],
    texts: Sequence[str],
    keywords: KeywordIndex,
    weight: float,
    size: int,
) -> list[tuple[int, float]]:
    """`fused` (rows of `texts` with their fused scores, best first) ordered by fused score over
    the best's plus `weight` times the best window's share, with those scores. Equal scores keep
    the fused order."""
    if weight < 0:
        raise ValueError(f"the re-ranking weight must not be negative, got {weight}")
    if size < 1:
        raise ValueError(f"a window holds at least one sentence, got {size}")
    if not fused:
        return []
    question_terms = set(terms(question))
    top = fused[0][1] or 1.0
    scored = [
        (
            row,
            score / top
            + weight * best_window_share(question_terms, texts[row], size, keywords.idf),
        )
        for row, score in fused
    ]
    # sorted() is stable: ties stay in fused order.
    return sorted(scored, key=lambda pair: -pair[1])
