"""The local target's keyword index: BM25 over the chunk texts, with bm25s.

bm25s (https://github.com/xhluca/bm25s) precomputes every (term, chunk) BM25 score into a sparse
matrix stored by term, so a question's score vector is the sum of its terms' columns. Lucene's
BM25 variant (k1 = 1.5, b = 0.75) over words of two or more characters, English stop words
removed, stemmed by the Snowball English stemmer (PyStemmer, the stemmer bm25s documents), so
"refunded" finds "refunds". The choices are measured in docs/benchmarks.md (Quality).
"""

import json
import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

# Written into the folder's manifest: a folder without this value holds no keyword index, or one
# made another way (other terms), and is rebuilt by the next refresh.
KEYWORD_FORMAT = "bm25s-lucene-en-snowball-1"
_ROWS_FILE = "rows.json"
# bm25s.tokenize's own defaults: lower-cased words of two or more word characters.
_WORD = re.compile(r"(?u)\b\w\w+\b")
# Words repeat across chunks (Zipf's law): each distinct word is stemmed once.
_STEM_CACHE = 1 << 16


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN

    return frozenset(STOPWORDS_EN)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=_STEM_CACHE)
def _stem(word: str) -> str:
    return _stemmer().stemWord(word)


def terms(text: str) -> list[str]:
    """The index terms of a text, in order: what a chunk is indexed by and a question searched
    with."""
    stop_words = _stop_words()
    return [_stem(word) for word in _WORD.findall(text.lower()) if word not in stop_words]


class KeywordIndex:
    """BM25 over texts; a row number is the text's position in the list it was built from.

    `bm25` is None when no text holds a term (no text at all, or only stop words and single
    characters): bm25s cannot build a vocabulary-less index, and such an index matches nothing.
    """

    def __init__(self, bm25, rows: int) -> None:
        self.bm25 = bm25
        self.rows = rows
        self._idf: dict[str, float] = {}

    @classmethod
    def build(cls, texts: list[str]) -> "KeywordIndex":
        import bm25s

        corpus = [terms(text) for text in texts]
        if not any(corpus):
            return cls(None, len(texts))
        bm25 = bm25s.BM25()
        bm25.index(corpus, show_progress=False)
        return cls(bm25, len(texts))

    def __len__(self) -> int:
        return self.rows

    def top(self, query: str, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The rows of the k best-scoring texts that share a term with `query`, best first, and
        their scores. A text sharing no term is no match, so fewer than k may come back."""
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        ids = self.bm25.get_tokens_ids(terms(query)) if self.bm25 is not None else []
        if not ids:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        scores = self.bm25.get_scores_from_ids(ids)
        matches = np.flatnonzero(scores > 0)
        if len(matches) > k:
            matches = np.sort(matches[np.argpartition(scores[matches], len(matches) - k)[-k:]])
        # Stable on ascending rows: equal scores keep the table's order, run after run.
        order = matches[np.argsort(-scores[matches], kind="stable")]
        return order, scores[order]

    def idf(self, term: str) -> float:
        """BM25's (Lucene's) inverse document frequency of an index term, log(1 + (N - n + 0.5)
        / (n + 0.5)) for a term in n of the N texts; 0.0 for a term no text holds, which then
        says nothing about a text."""
        if term not in self._idf:
            self._idf[term] = self._compute_idf(term)
        return self._idf[term]

    def _compute_idf(self, term: str) -> float:
        column = self.bm25.vocab_dict.get(term) if self.bm25 is not None else None
        pointers = self.bm25.scores["indptr"] if self.bm25 is not None else ()
        # bm25s adds an empty term to its vocabulary after the matrix, with no column of its own.
        if column is None or column + 1 >= len(pointers):
            return 0.0
        # The matrix stores a column's non-zero scores: one per text holding the term.
        holding = int(pointers[column + 1] - pointers[column])
        return math.log(1 + (self.rows - holding + 0.5) / (holding + 0.5)) if holding else 0.0

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / _ROWS_FILE).write_text(json.dumps({"rows": self.rows}))
        if self.bm25 is not None:
            self.bm25.save(folder, show_progress=False)

    @classmethod
    def load(cls, folder: Path) -> "KeywordIndex":
        import bm25s

        rows = json.loads((folder / _ROWS_FILE).read_text())["rows"]
        has_terms = any(folder.glob("*.index.json"))
        return cls(bm25s.BM25.load(folder, show_progress=False) if has_terms else None, rows)
