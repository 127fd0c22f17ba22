"""Turn PDF bytes into per-page text, or into a status that says why that was not possible.

Pure functions: no Spark, no I/O. Every failure becomes a `ParsedDocument` with a status and a
reason a person can act on; nothing here raises for a bad document.
"""

import io
import logging
import re
from dataclasses import dataclass, field
from enum import StrEnum

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

# The PDF header may legally sit anywhere in the first 1024 bytes.
_HEADER_WINDOW = 1024
_TRAILING_WINDOW = 2048
# Lines are already split (splitlines takes \r, \v and \f too): only spaces and tabs remain.
_SPACES = re.compile(r"[ \t]{2,}|\t")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# Typesetting artefacts that keep a word from matching the same word typed in a question: the
# Latin ligatures (U+FB00-FB06: "ﬁnal" is not "final"), no-break and fixed-width spaces
# (U+00A0, U+2000-200A, U+202F, U+205F, U+3000), Unicode hyphens, and invisible soft hyphens
# and zero-width characters. A table, not Unicode NFKC: NFKC would also rewrite superscripts,
# fractions and symbols ("m²" to "m2") that the text means as written.
_TYPESETTING = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        **dict.fromkeys(["\u00a0", *map(chr, range(0x2000, 0x200B)), "\u202f", "\u205f"], " "),
        "\u3000": " ",
        # The Unicode hyphen and the no-break hyphen are the hyphen a question types.
        "\u2010": "-",
        "\u2011": "-",
        **dict.fromkeys(["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"], None),
    }
)
# A word hyphenated at the end of a line: a head of two or more letters (typesetters leave at least
# two before a break), with the parts before any hyphen of its own, starting a word that is not
# part of a path, an address or a number; a hyphen, the line break, the rest of the word starting
# with a letter, and the spaces after it.
_LINE_END_HYPHEN = re.compile(r"(?<![\w./@:-])((?:[^\W\d_]+-)*[^\W\d_]{2,})-\n([^\W\d_]\w*)[ \t]*")
# A soft hyphen ending a line marks a hyphenation point by definition: always joined.
_SOFT_HYPHEN_BREAK = re.compile(r"(\w+)\u00ad[ \t]*\r?\n[ \t]*(\w+)[ \t]*")
# A hyphenated word inside a line ("well-known"): the evidence that a hyphen at a line's end
# belongs to the word.
_INLINE_HYPHENATED = re.compile(r"\b[^\W\d_]+(?:-[^\W\d_]+)+\b")


class DocumentStatus(StrEnum):
    OK = "ok"
    EMPTY = "empty"
    NOT_PDF = "not_pdf"
    TRUNCATED = "truncated"
    CORRUPT = "corrupt"
    ENCRYPTED = "encrypted"
    NO_TEXT = "no_text"


@dataclass(frozen=True)
class Page:
    number: int
    text: str


@dataclass(frozen=True)
class ParsedDocument:
    status: DocumentStatus
    reason: str = ""
    pages: tuple[Page, ...] = field(default_factory=tuple)
    page_count: int = 0


_ENCRYPTED = ParsedDocument(
    DocumentStatus.ENCRYPTED, "the PDF is password-protected: upload an unencrypted copy"
)


def _rejoined(match: re.Match, word: str) -> str:
    """`word` (the two halves of a word split by a line break) ends the first line; the line
    break moves after it, so lines keep their lengths (page_breaks.py measures them)."""
    at_line_end = match.end() == len(match.string) or match.string[match.end()] in "\r\n"
    return word if at_line_end else word + "\n"


def normalize_text(text: str) -> str:
    """Collapse runs of spaces and blank lines; keep single line breaks as paragraph hints.
    Ligatures, special spaces, soft hyphens and zero-width characters become plain text, and a
    word split at a soft hyphen ending a line is joined."""
    if "\u00ad" in text:
        text = _SOFT_HYPHEN_BREAK.sub(lambda m: _rejoined(m, m[1] + m[2]), text)
    text = "\n".join(map(str.strip, text.translate(_TYPESETTING).splitlines()))
    # Splitting, stripping and joining run in C; the regex scan costs more than all of them,
    # so it runs only on pages that need it.
    if "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def join_hyphenated_words(pages: list[str]) -> list[str]:
    """Join the words a typesetter hyphenated at the end of a line ("exam-" / "ple" becomes
    "example"), so they are found and quoted as one word. The hyphen stays, and only the line
    break goes, where it is part of the word: the same document writes the word with a hyphen
    inside a line ("well-" / "known": without a dictionary, that is the evidence), the break
    follows a part of a compound ("state-of-the-" / "art": typesetters break a compound at its own
    hyphens), the head is in capitals ("CEO-" / "level") or the rest starts with one ("Anglo-" /
    "Saxon")."""
    if not any("-\n" in text for text in pages):
        return pages
    hyphenated = {word.lower() for text in pages for word in _INLINE_HYPHENATED.findall(text)}

    def joined(match: re.Match) -> str:
        head, tail = match.groups()
        keeps_hyphen = (
            "-" in head
            or head.isupper()
            or not tail[0].islower()
            or f"{head}-{tail}".lower() in hyphenated
        )
        return _rejoined(match, f"{head}-{tail}" if keeps_hyphen else head + tail)

    return [_LINE_END_HYPHEN.sub(joined, text) for text in pages]


def parse_pdf(content: bytes) -> ParsedDocument:
    rejected = _check_bytes(content)
    if rejected is not None:
        return rejected
    # pypdf logs every recoverable oddity as a warning; the status row is the report that counts.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    opened = _open(content)
    if isinstance(opened, ParsedDocument):
        return opened
    reader, page_count = opened
    pages, failed = _page_texts(reader)
    return _parsed(pages, failed, page_count)


def _check_bytes(content: bytes) -> ParsedDocument | None:
    """Why the bytes cannot be a whole PDF, found without parsing; None if they may be one."""
    if not content:
        return ParsedDocument(
            DocumentStatus.EMPTY, "the file is empty (0 bytes): upload the document again"
        )
    if b"%PDF-" not in content[:_HEADER_WINDOW]:
        return ParsedDocument(
            DocumentStatus.NOT_PDF,
            "no PDF header: the file is not a PDF; convert it to PDF or remove it from the folder",
        )
    if b"%%EOF" not in content[-_TRAILING_WINDOW:]:
        # pypdf might recover some pages, but indexing part of a document as if it were whole
        # would silently answer from incomplete text.
        return ParsedDocument(
            DocumentStatus.TRUNCATED,
            "the file ends before the PDF does (no %%EOF marker): upload the complete file",
        )
    return None


def _open(content: bytes) -> tuple[PdfReader, int] | ParsedDocument:
    """The reader and its page count, or why the document cannot be opened."""
    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return _ENCRYPTED
        page_count = len(reader.pages)
    except FileNotDecryptedError:
        return _ENCRYPTED
    except DependencyError as error:
        # pypdf decrypts AES, even with an empty password, only with the cryptography package
        # (pypdf/_crypt_providers/_fallback.py); the document itself is fine.
        return ParsedDocument(
            DocumentStatus.ENCRYPTED,
            f"the PDF is encrypted and this environment cannot decrypt it ({error}): install "
            "the cryptography package where ingestion runs, or upload an unencrypted copy",
        )
    except Exception as error:  # pypdf raises many types for broken files; all mean "unreadable".
        return _unreadable(error)
    if page_count == 0:
        return _unreadable(PdfReadError("the document has no pages"))
    return reader, page_count


def _page_texts(reader: PdfReader) -> tuple[list[Page], list[str]]:
    """The pages with text, and the pages that could not be read (number and error type)."""
    pages, failed = [], []
    for number, page in enumerate(reader.pages, start=1):
        try:
            text = normalize_text(page.extract_text() or "")
        except Exception as error:  # one bad page must not cost the others
            failed.append(f"{number} ({type(error).__name__})")
            continue
        if text:
            pages.append(Page(number, text))
    texts = join_hyphenated_words([page.text for page in pages])
    return [Page(page.number, text) for page, text in zip(pages, texts, strict=True)], failed


def _parsed(pages: list[Page], failed: list[str], page_count: int) -> ParsedDocument:
    if not pages and failed:
        return ParsedDocument(
            DocumentStatus.CORRUPT,
            f"no page could be read (pages {', '.join(failed)}): repair or re-export the PDF",
            page_count=page_count,
        )
    if not pages:
        return ParsedDocument(
            DocumentStatus.NO_TEXT,
            "no extractable text (a scanned or image-only PDF): OCR it first, or parse it with "
            "ai_parse_document on Databricks",
            page_count=page_count,
        )
    reason = f"unreadable pages skipped: {', '.join(failed)}" if failed else ""
    return ParsedDocument(DocumentStatus.OK, reason, tuple(pages), page_count)


def _unreadable(error: Exception) -> ParsedDocument:
    return ParsedDocument(
        DocumentStatus.CORRUPT,
        f"pypdf cannot read it ({type(error).__name__}: {error}): repair or re-export the PDF",
    )
