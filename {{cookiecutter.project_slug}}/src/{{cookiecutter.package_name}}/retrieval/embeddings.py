"""Embedders: a Databricks Foundation Model endpoint in workspace targets, an offline one locally.

The target's backend decides which one embeds (`backend.kinds.EmbedderSpec`); both embed chunks at
ingestion and questions at query time, so the two always agree.
"""

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Protocol

import numpy as np
from scipy.sparse import csr_matrix

from ..errors import ProjectError

# Foundation Model embedding endpoints accept at most about 150 inputs per request.
MAX_ENDPOINT_BATCH = 150


class EmbeddingError(ProjectError, RuntimeError):
    pass


class Embedder(Protocol):
    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


_WORD = re.compile(r"\b\w\w+\b")
# Character n-gram length: long enough to carry a stem ("refu", "efun"), short enough that a word
# and its inflections ("refund", "refunded", "refunds") share most of them.
_CHARACTER_GRAM = 4


# Words repeat across chunks (Zipf's law): folding and cutting each distinct word once makes
# embedding about a third faster. The caches only remember results; outputs do not depend on them.
_WORD_CACHE = 1 << 16


@lru_cache(maxsize=_WORD_CACHE)
def _fold_plural(word: str) -> str:
    """policies -> policy, hotels -> hotel; "process", "status", "analysis" are left alone."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def lexical_terms(text: str) -> list[str]:
    """Lower-cased, accent-free words of two or more characters, stop words dropped, plurals
    folded. Stop words go first: folding would turn "this" into "thi", which no list holds."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, strip_accents_unicode

    return [
        _fold_plural(word)
        for word in _WORD.findall(strip_accents_unicode(text.lower()))
        if word not in ENGLISH_STOP_WORDS
    ]


def _words_and_pairs(words: list[str]) -> list[str]:
    return words + [f"{first} {second}" for first, second in pairwise(words)]


@lru_cache(maxsize=_WORD_CACHE)
def _grams_of(word: str) -> tuple[str, ...]:
    # Spaces mark the word's ends, so "rate" and "rated" differ in one gram, not in none.
    padded = f" {word} "
    return tuple(padded[i : i + _CHARACTER_GRAM] for i in range(len(padded) - _CHARACTER_GRAM + 1))


def _term_counts(documents: list[list[str]]) -> tuple[csr_matrix, list[str]]:
    """Documents x distinct terms of this batch, with each term's count."""
    vocabulary: dict[str, int] = {}
    columns = [
        vocabulary.setdefault(term, len(vocabulary)) for terms in documents for term in terms
    ]
    rows = np.cumsum([0] + [len(terms) for terms in documents])
    counts = csr_matrix(
        (np.ones(len(columns), dtype=np.float32), columns, rows),
        shape=(len(documents), len(vocabulary)),
    )
    counts.sum_duplicates()
    return counts, list(vocabulary)


def _unit_rows(vectors: csr_matrix) -> csr_matrix:
    norms = np.sqrt(vectors.multiply(vectors).sum(axis=1)).A.ravel()
    return vectors.multiply(1 / np.where(norms == 0, 1, norms)[:, None]).tocsr()


class OfflineHashingEmbedder:
    """Hashed content words, word pairs and character 4-grams: a lexical embedding offline.

    It needs neither model weights nor network, is deterministic across processes and machines
    (scikit-learn's murmurhash with a fixed seed) and is stateless, so every executor embeds alike.
    Word features match exact terms; character 4-grams match inflections and compounds that
    share a stem ("refund" in "refunds", "refunded"). Each half is L2-normalised before they
    are added, so a long word list cannot drown the character evidence or the reverse; the sum is
    L2-normalised again. Questions stay sparse (a few dozen of 512 dimensions), which
    `LocalVectorIndex.search` exploits.

    Hashed counts are linear in the terms, so the character grams of each distinct word of a
    batch are hashed once and a text's gram counts are its word counts times those rows: the same
    vectors as hashing the grams of every occurrence, in a fraction of the time (words repeat).
    """

    def __init__(self, dimension: int = 512) -> None:
        from sklearn.feature_extraction.text import HashingVectorizer

        # The name goes into the index's manifest: an index built by another embedder is
        # refused instead of misread.
        self.name = f"offline-hashing-{dimension}"
        self.dimension = dimension
        self._words, self._grams = (
            HashingVectorizer(n_features=dimension, analyzer=analyzer, norm=norm, dtype=np.float32)
            for analyzer, norm in ((_words_and_pairs, "l2"), (_grams_of, None))
        )

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        words = [lexical_terms(text) for text in texts]
        word_counts, distinct_words = _term_counts(words)
        grams = (
            self._grams.transform(distinct_words)
            if distinct_words  # a batch of stop words only: sklearn refuses an empty batch
            else csr_matrix((0, self.dimension), dtype=np.float32)
        )
        characters = word_counts @ grams
        vectors = (self._words.transform(words) + _unit_rows(characters)).toarray()
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)


class DatabricksEndpointEmbedder:
    """Batched calls to a Foundation Model embedding endpoint through the Databricks SDK."""

    def __init__(self, endpoint: str, batch_size: int = 64, client=None) -> None:
        if not 1 <= batch_size <= MAX_ENDPOINT_BATCH:
            raise ValueError(f"batch_size must be between 1 and {MAX_ENDPOINT_BATCH}")
        self.name = endpoint
        self.endpoint = endpoint
        self.batch_size = batch_size
        self.client = client

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        vectors = []
        for start in range(0, len(texts), self.batch_size):
            batch = list(texts[start : start + self.batch_size])
            response = self.client.serving_endpoints.query(name=self.endpoint, input=batch)
            data = sorted(response.data or [], key=lambda item: item.index)
            if len(data) != len(batch):
                raise EmbeddingError(
                    f"endpoint {self.endpoint!r} returned {len(data)} embeddings for "
                    f"{len(batch)} inputs: is it an embedding endpoint?"
                )
            vectors.extend(item.embedding for item in data)
        if not vectors:
            return np.zeros((0, 0), dtype=np.float32)
        return np.asarray(vectors, dtype=np.float32)


def require_serving_endpoint(client, name: str, variable: str) -> None:
    """Fail at task start, with the fix, when a configured endpoint does not exist."""
    from databricks.sdk.errors import NotFound

    try:
        client.serving_endpoints.get(name)
    except NotFound as error:
        available = sorted(endpoint.name for endpoint in client.serving_endpoints.list())
        raise EmbeddingError(
            f"serving endpoint {name!r} does not exist in {client.config.host} ({error}). "
            f"Set the bundle variable {variable!r} to one of: {', '.join(available) or 'none'}"
        ) from error
