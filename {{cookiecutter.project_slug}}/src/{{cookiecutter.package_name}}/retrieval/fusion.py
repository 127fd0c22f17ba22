"""Weighted reciprocal rank fusion of ranked lists (Cormack, Clarke and Büttcher, SIGIR 2009).

An item at rank r (from 1) of list i adds weight_i / (constant + r) to its fused score; an item
absent from a list adds nothing for it. Ranks alone count, so the lists' scores (cosine
similarity, BM25) need no common scale.
"""

from collections.abc import Hashable, Sequence
from typing import TypeVar

Item = TypeVar("Item", bound=Hashable)


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[Item]], weights: Sequence[float], constant: float, k: int
) -> list[tuple[Item, float]]:
    """The k best items of the fused ranking with their fused scores, best first.

    Fewer than k come back when the lists hold fewer distinct items; an empty list just adds
    nothing. An item repeated within one list counts at its first rank only. Equal scores keep
    the order in which the lists first name the items read rank by rank (rank 1 of every list in
    the given order, then rank 2, ...), so the result never depends on hashing.
    """
    if len(rankings) != len(weights):
        raise ValueError(f"{len(rankings)} rankings for {len(weights)} weights")
    if any(weight < 0 for weight in weights):
        raise ValueError(f"weights must not be negative, got {list(weights)}")
    if constant < 0:
        raise ValueError(f"the rank constant must not be negative, got {constant}")
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    scores: dict[Item, float] = {}
    counted: list[set[Item]] = [set() for _ in rankings]
    for rank in range(1, max(map(len, rankings), default=0) + 1):
        for ranking, weight, seen in zip(rankings, weights, counted, strict=True):
            if rank > len(ranking) or ranking[rank - 1] in seen:
                continue
            item = ranking[rank - 1]
            seen.add(item)
            # Insertion order is the tie-break order: dicts keep it and sorted() is stable.
            scores[item] = scores.get(item, 0.0) + weight / (constant + rank)
    return sorted(scores.items(), key=lambda pair: -pair[1])[:k]
