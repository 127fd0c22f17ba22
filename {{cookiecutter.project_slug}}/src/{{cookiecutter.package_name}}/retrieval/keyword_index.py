"""The local target's keyword index: BM25 over the chunk texts, with bm25s.

bm25s (https://github.com/xhluca/bm25s) precomputes every (term, chunk) BM25 score into a sparse
matrix stored by term, so a question's score vector is the sum of its terms' columns. Lucene's
BM25 variant (k1 = 1.5, b = 0.75), English stop words removed, no stemming: the baseline that
`make bench` measures the project's retrieval against.
"""

import json
from pathlib import Path

import numpy as np

# Written into the folder's manifest: a folder without this value holds no keyword index, or one
# made another way, and is rebuilt by the next refresh.
KEYWORD_FORMAT = "bm25s-lucene-en-1"
STOPWORDS = "en"
_ROWS_FILE = "rows.json"


def tokens(texts: list[str]) -> list[list[str]]:
    import bm25s

    return bm25s.tokenize(texts, stopwords=STOPWORDS, return_ids=False, show_progress=False)


class KeywordIndex:
    """BM25 over texts; a row number is the text's position in the list it was built from.

    `bm25` is None when no text holds a term (no text at all, or only stop words and digits):
    bm25s cannot build a vocabulary-less index, and such an index matches nothing anyway.
    """

    def __init__(self, bm25, rows: int) -> None:
        self.bm25 = bm25
        self.rows = rows

    @classmethod
    def build(cls, texts: list[str]) -> "KeywordIndex":
        import bm25s

        corpus = tokens(texts)
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
        ids = self.bm25.get_tokens_ids(tokens([query])[0]) if self.bm25 is not None else []
        if not ids:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        scores = self.bm25.get_scores_from_ids(ids)
        matches = np.flatnonzero(scores > 0)
        if len(matches) > k:
            matches = np.sort(matches[np.argpartition(scores[matches], len(matches) - k)[-k:]])
        # Stable on ascending rows: equal scores keep the table's order, run after run.
        order = matches[np.argsort(-scores[matches], kind="stable")]
        return order, scores[order]

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
