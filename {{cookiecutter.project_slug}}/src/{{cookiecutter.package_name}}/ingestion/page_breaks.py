"""Sentences cut by a page break: the end of a page's last sentence is taken from the next page.

Chunks never span pages (each cites one page), so a sentence that a page break cuts in two would
be whole in no chunk, and a question about it would find half of it. Typeset documents cut a
sentence at almost every page break. Measured in docs/benchmarks.md (Quality).

Page furniture (a running head, a "Page 2 of 9" footer) is told apart from the text as the lines
that open or close at least half of a document's pages once digits are ignored; the continuation
goes between a page's text and its closing furniture, so the sentence reads as one. The sentence
is then whole in the page's last chunk unless it is longer than a chunk's window reaches back.
"""

import re
from collections import Counter
from dataclasses import replace

from ..text import count_tokens
from .pdf_parsing import Page, join_hyphenated_words

# The longest continuation taken: a long sentence's worth. A page whose next page has no sentence
# end that soon (a table, a list) is left as it is.
MAX_CONTINUATION_TOKENS = 80
# A cut sentence runs to the right margin: a page ending in a shorter line (a heading, a table
# row, a paragraph's last line without a full stop) did not end mid-sentence. Full is measured
# over the whole document (the 90th percentile of its text lines), so a short page is judged
# like the others.
_FULL_LINE_SHARE = 0.8
_FULL_LINE_PERCENTILE = 0.9
# A page with fewer text lines (a title page, a figure's caption) is not taken for running text.
_MIN_TEXT_LINES = 3
# Lines looked at for furniture at each edge of a page.
_EDGE_LINES = 2
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
_FIRST_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s|$)")


def _shape(line: str) -> str:
    return _DIGITS.sub("#", line.strip())


def _furniture(pages: list[list[str]]) -> tuple[set[str], set[str]]:
    """The shapes of the lines that open (first) and close (second) at least half of the pages
    (and at least two), each page counted once per shape."""
    opening = Counter(s for lines in pages for s in {_shape(line) for line in lines[:_EDGE_LINES]})
    closing = Counter(s for lines in pages for s in {_shape(line) for line in lines[-_EDGE_LINES:]})
    needed = max(2, len(pages) // 2)
    return (
        {shape for shape, count in opening.items() if count >= needed},
        {shape for shape, count in closing.items() if count >= needed},
    )


def _text_lines(lines: list[str], opening: set[str], closing: set[str]) -> tuple[int, int]:
    """Where a page's text starts and ends: after its opening furniture, before its closing
    furniture (at most _EDGE_LINES lines each)."""
    start = 0
    while start < min(_EDGE_LINES, len(lines)) and _shape(lines[start]) in opening:
        start += 1
    end = len(lines)
    while end > max(start, len(lines) - _EDGE_LINES) and _shape(lines[end - 1]) in closing:
        end -= 1
    return start, end


def _full_line(texts: list[list[str]]) -> int:
    lengths = sorted(len(line) for lines in texts for line in lines)
    return lengths[int(_FULL_LINE_PERCENTILE * (len(lengths) - 1))] if lengths else 0


def _ends_mid_sentence(text: list[str], full: int) -> bool:
    last = text[-1]
    return (
        len(text) >= _MIN_TEXT_LINES
        and not _SENTENCE_END.search(last)
        and len(last) >= _FULL_LINE_SHARE * full
    )


def _continuation(next_text: list[str]) -> str:
    """The next page's text up to its first sentence end; "" when that is further than
    MAX_CONTINUATION_TOKENS, or when the next page starts with a capital or a sign: a sentence
    goes on in lower case or with a figure, while a full-width table row or list item ending a
    page is followed by a new sentence or a new row. (A sentence cut before a name is missed.)"""
    text = "\n".join(next_text)
    if not (text[:1].islower() or text[:1].isdigit()):
        return ""
    end = _FIRST_SENTENCE_END.search(text)
    if end is None or count_tokens(text[: end.end()]) > MAX_CONTINUATION_TOKENS:
        return ""
    return text[: end.end()]


def complete_cut_sentences(pages: list[Page]) -> list[Page]:
    """The pages, each whose text ends mid-sentence followed by the end of that sentence from the
    next page (before its closing furniture; a word hyphenated across the break is joined as
    within a page). A page is completed only from the page that follows it in the document, not
    across a page that could not be read. Other pages are returned as they are."""
    if len(pages) < 2:
        return pages
    lines = [page.text.split("\n") for page in pages]
    opening, closing = _furniture(lines)
    bounds = [_text_lines(page_lines, opening, closing) for page_lines in lines]
    texts = [page_lines[start:end] for page_lines, (start, end) in zip(lines, bounds, strict=True)]
    full = _full_line(texts)
    completed = list(pages)
    for index in range(len(pages) - 1):
        text, next_text = texts[index], texts[index + 1]
        if pages[index + 1].number != pages[index].number + 1 or not text or not next_text:
            continue
        if not _ends_mid_sentence(text, full):
            continue
        continuation = _continuation(next_text)
        if not continuation:
            continue
        [seam] = join_hyphenated_words([f"{text[-1]}\n{continuation}"])
        end = bounds[index][1]
        page_lines = lines[index]
        completed[index] = replace(
            pages[index], text="\n".join([*page_lines[: end - 1], seam, *page_lines[end:]])
        )
    return completed
