"""Split page text into overlapping chunks measured in tokens.

Tokens are counted as `text.count_tokens` does (words and punctuation marks): no vocabulary file
or network, regex speed, and never below the word count, so a `chunk_size` chosen well under the
embedding model's window (8192 tokens for gte-large-en) stays under it after WordPiece/BPE splits.
"""

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .page_breaks import complete_cut_sentences
from .pdf_parsing import Page

_TOKEN_WITH_SPACE = re.compile(r"\s*(?:\w+|[^\w\s])")
_SENTENCE_END = frozenset(".!?")
# A chunk may end early at a sentence boundary, but not before this share of its size.
_MIN_SHARE_BEFORE_SENTENCE_CUT = 0.6
# The rules that turn a PDF into chunks besides the two sizes: pdf_parsing.py's text
# normalisation and hyphen joining, page_breaks.py's cut sentences and the splitting here. Raise
# it whenever they change the chunks a PDF gives: the documents table records it
# (change_set.chunking_of), and documents chunked under another value are chunked again.
CHUNKING_RULES_VERSION = 1


@dataclass(frozen=True)
class ChunkingSettings:
    """Sizes in tokens. No defaults here: the job parameters chunk_size_tokens and
    chunk_overlap_tokens set them (resources/model_resources.yml holds their defaults)."""

    chunk_size: int
    chunk_overlap: int

    def __post_init__(self) -> None:
        if self.chunk_size < 16:
            raise ValueError(f"chunk_size_tokens must be at least 16, got {self.chunk_size}")
        if not 0 <= self.chunk_overlap < self.chunk_size // 2:
            raise ValueError(
                "chunk_overlap_tokens must be between 0 and half of chunk_size_tokens, "
                f"got {self.chunk_overlap} with chunk_size_tokens={self.chunk_size}"
            )


@dataclass(frozen=True)
class Chunk:
    chunk_id: str
    page_number: int
    chunk_index: int
    text: str
    token_count: int


def chunk_id(document_path: str, page_number: int, chunk_index: int, text: str) -> str:
    """Deterministic id: the same document content always yields the same ids (idempotent MERGE)."""
    key = f"{document_path}\x1f{page_number}\x1f{chunk_index}\x1f{text}".encode()
    return hashlib.blake2b(key, digest_size=16).hexdigest()


def split_page(text: str, settings: ChunkingSettings) -> list[tuple[str, int]]:
    """Return (chunk text, token count) windows over one page's text."""
    # One piece per token with the whitespace before it: the pieces tile the text, so a window
    # is the join of its pieces, with no per-token offsets to build (twice as fast).
    pieces = _TOKEN_WITH_SPACE.findall(text)
    windows = []
    start, total = 0, len(pieces)
    min_cut = int(settings.chunk_size * _MIN_SHARE_BEFORE_SENTENCE_CUT)
    while start < total:
        end = min(start + settings.chunk_size, total)
        if end < total:
            for candidate in range(end - 1, start + min_cut - 1, -1):
                # A punctuation token is one character, so a piece ending in "." is a full stop.
                if pieces[candidate][-1] in _SENTENCE_END:
                    end = candidate + 1
                    break
        windows.append(("".join(pieces[start:end]).lstrip(), end - start))
        if end == total:
            break
        start = max(end - settings.chunk_overlap, start + 1)
    return windows


def chunk_pages(
    document_path: str, pages: Iterable[Page], settings: ChunkingSettings
) -> list[Chunk]:
    """The document's chunks, page by page; a sentence a page break cuts is completed from the
    next page (ingestion/page_breaks.py), so it is whole in the page's last chunk."""
    chunks = []
    for page in complete_cut_sentences(list(pages)):
        for text, tokens in split_page(page.text, settings):
            index = len(chunks)
            chunks.append(
                Chunk(
                    chunk_id(document_path, page.number, index, text),
                    page.number,
                    index,
                    text,
                    tokens,
                )
            )
    return chunks
