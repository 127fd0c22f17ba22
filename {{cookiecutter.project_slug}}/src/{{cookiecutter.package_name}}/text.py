"""Text utilities shared by chunking, the offline answerer, scorers and synthetic questions."""

import re

TOKEN = re.compile(r"\w+|[^\w\s]")
_WORD = re.compile(r"[a-z0-9]+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_HEADING_CHARS = 70
_MIN_SENTENCE_WORDS = 4
# Words that carry no topic; an answer sentence is chosen for the question's other words.
_STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "do",
        "does",
        "for",
        "from",
        "how",
        "i",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "was",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "you",
        "your",
    ]
)


def count_tokens(text: str) -> int:
    """Words and punctuation marks: never below the word count, so a chunk size chosen well under
    an embedding model's window stays under it after WordPiece/BPE splits."""
    return len(TOKEN.findall(text))


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP_WORDS and len(w) > 1}


def sentences(text: str) -> list[str]:
    """Sentences of a passage, without the page headers and headings PDF text runs into them.

    A line that ends without punctuation and is followed by a capitalised line is taken for a
    heading, which keeps "Error codes" from becoming the start of the next sentence.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    kept = []
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        heading = (
            len(line) < _HEADING_CHARS
            and line[-1] not in ".!?:;,"
            and (not following or following[0].isupper())
        )
        kept.append("\n" if heading else line)
    return [
        " ".join(sentence.split())
        for block in " ".join(kept).split("\n")
        for sentence in _SENTENCE.split(block)
        if len(sentence.split()) >= _MIN_SENTENCE_WORDS
    ]


def format_number(value: float | None) -> str:
    """A figure as a report shows it: whole above 1,000 (30000, not 3e+04), else 4 significant
    digits; empty for None."""
    if value is None:
        return ""
    return f"{value:.0f}" if abs(value) >= 1000 else f"{value:.4g}"
