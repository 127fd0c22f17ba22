"""Retrieval relevance of a logged request, from what the inference table holds.

Production rows have no expected documents, so the offline hit rate and MRR cannot run. The
sources' similarity scores are no common scale either (the local hashing embedder's cosine and a
Vector Search index's scores differ). What every row does hold is the question and the retrieved
passages: retrieval relevance is the share of the question's content words found in at least
one passage, 0 when nothing was retrieved. Lexical, like the groundedness scorer: a paraphrasing
passage scores low, so read it as a trend, not as an absolute.
"""

from ..text import content_words


def retrieval_relevance(question: str, sources: list[dict]) -> float | None:
    wanted = content_words(question or "")
    if not wanted:
        return None
    found = set()
    for source in sources or []:
        found |= content_words(source.get("text") or source.get("snippet") or "")
    return len(wanted & found) / len(wanted)
