"""Sentences cut by a page break: the end of a page's last sentence is taken from the next page.

Chunks never span pages (each cites one page), so a sentence that a page break cuts in two would
be whole in no chunk, and a question about it would find half of it. Typeset documents cut a
sentence at almost every page break. Measured in docs/benchmarks.md (Quality).

Page furniture (a running head, a "Page 2 of 9" footer) is told apart from the text as the lines
that open or close at least half of a document's pages once digits are ignored; the continuation
goes between a page's text and its closing furniture, so the sentence reads as one.
"""

import re
from collections import Counter
from dataclasses import replace

from ..text import count_tokens
from .pdf_parsing import Page

# The longest continuation taken: a long sentence's worth. A page whose next page has no sentence
# end that soon (a table, a list) is left as it is.
MAX_CONTINUATION_TOKENS = 80
# A cut sentence runs to the right margin: a page ending in a shorter line (a heading, a table
# row, a paragraph's last line without a full stop) did not end mid-sentence.
_FULL_LINE_SHARE = 0.8
# Lines looked at for furniture at each edge of a page.
_EDGE_LINES = 2
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
_FIRST_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s|$)")


def _shape(line: str) -> str:
    return _DIGITS.sub("#", line.strip())


def _furniture(pages: list[list[str]]) -> tuple[set[str], set[str]]:
    """The shapes of the lines that open (first) and close (second) at least half of the pages
    (and at least two)."""
    opening = Counter(_shape(line) for lines in pages for line in set(lines[:_EDGE_LINES]))
    closing = Counter(_shape(line) for lines in pages for line in set(lines[-_EDGE_LINES:]))
    needed = max(2, len(pages) // 2)
    return (
        {shape for shape, count in opening.items() if count >= needed},
        {shape for shape, count in closing.items() if count >= needed},
    )


def _ends_mid_sentence(text_lines: list[str]) -> bool:
    last = text_lines[-1]
    full = sorted(len(line) for line in text_lines)[int(0.9 * (len(text_lines) - 1))]
    return not _SENTENCE_END.search(last) and len(last) >= _FULL_LINE_SHARE * full


def _continuation(next_lines: list[str], opening: set[str]) -> str:
    """The next page's text up to its first sentence end, after its opening furniture; "" when
    that is further than MAX_CONTINUATION_TOKENS."""
    start = 0
    while start < len(next_lines) and _shape(next_lines[start]) in opening:
        start += 1
    text = "\n".join(next_lines[start:])
    end = _FIRST_SENTENCE_END.search(text)
    if end is None or count_tokens(text[: end.end()]) > MAX_CONTINUATION_TOKENS:
        return ""
    return text[: end.end()]


def complete_cut_sentences(pages: list[Page]) -> list[Page]:
    """The pages, each whose text ends mid-sentence followed by the end of that sentence from the
    next page (before its closing furniture). Other pages are returned as they are."""
    if len(pages) < 2:
        return pages
    lines = [page.text.split("\n") for page in pages]
    opening, closing = _furniture(lines)
    completed = []
    for page, page_lines, next_lines in zip(pages, lines, [*lines[1:], []], strict=True):
        body = list(page_lines)
        tail: list[str] = []
        while body and _shape(body[-1]) in closing:
            tail.insert(0, body.pop())
        continuation = (
            _continuation(next_lines, opening)
            if next_lines and body and _ends_mid_sentence(body)
            else ""
        )
        if continuation:
            page = replace(page, text="\n".join([*body, continuation, *tail]))
        completed.append(page)
    return completed
