"""PDF bytes for tests and benchmarks: good documents and the bad kinds that land in a volume.

Every builder is deterministic (fixed creation date, so fpdf2 derives a fixed /ID), so a failing
test can be reproduced byte for byte.

How pypdf 7.1 behaves on each kind with `reader = PdfReader(io.BytesIO(data))` (strict=False,
the default), then `reader.pages[i].extract_text()`. `ingestion.pdf_parsing.parse_pdf` relies on
this:

| data                            | PdfReader(...)            | reader.pages, extract_text()    |
|---------------------------------|---------------------------|---------------------------------|
| b""                             | raises EmptyFileError     |                                 |
| NOT_A_PDF                       | raises PdfStreamError (1) |                                 |
| corrupt_pdf()                   | raises PdfReadError (2)   |                                 |
| truncated_pdf(pdf, 0.5 or 0.9)  | raises PdfStreamError (1) |                                 |
| encrypted_pdf(pages)            | ok, is_encrypted is True  | raise FileNotDecryptedError (3) |
| encrypted_pdf(pages, "")        | ok, is_encrypted is True  | read as if unencrypted (4)      |
| image_only_pdf(n), blank_pdf(n) | ok, is_encrypted is False | n pages, every text is ""       |
| text_pdf(["a", "", "c"])        | ok                        | 3 pages: "a", "", "c"           |

(1) "Stream has ended unexpectedly": a non-PDF and a cut-off PDF fail alike, so tell them apart
    yourself before parsing, by the %PDF- header and the trailing %%EOF marker.
(2) "startxref not found".
(3) `reader.decrypt("")` returns PasswordType.NOT_DECRYPTED (0, falsy).
(4) pypdf tries the empty user password by itself.

Every exception above subclasses PdfReadError. With strict=False pypdf also logs warnings such as
"invalid pdf header" and "EOF marker not found" on the "pypdf" logger.
"""

import random
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw

# A fixed creation date makes fpdf2's output (and the /ID it hashes from it) reproducible.
CREATION_DATE = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
FONT_SIZE = 10
LINE_HEIGHT = 4.6
MARGIN = 15

NOT_A_PDF = (
    b"<!DOCTYPE html>\n<html><head><title>Quarterly report</title></head>\n"
    b"<body><p>The quarterly report has moved to the intranet.</p></body></html>\n"
)


def text_pdf(pages: list[str]) -> bytes:
    """One PDF page per string; lines wrap at spaces and an empty string gives a page with no text.

    Characters outside latin-1 (the core fonts' encoding) become "?". Raises ValueError if a
    string does not fit on one page, since callers count on page i holding pages[i].
    """
    pdf = _new_pdf()
    for text in pages:
        _write_page(pdf, text)
    return bytes(pdf.output())


def encrypted_pdf(pages: list[str], user_password: str = "secret") -> bytes:
    """`text_pdf` locked with `user_password` (an empty one opens in any reader without a prompt).

    RC4-128, fpdf2's default: AES salts and IVs are random by design, which would make the bytes
    differ on every call; pypdf treats both through the same is_encrypted/decrypt path.
    """
    pdf = _new_pdf()
    pdf.set_encryption(owner_password="northwind-owner", user_password=user_password)
    for text in pages:
        _write_page(pdf, text)
    return bytes(pdf.output())


def image_only_pdf(n_pages: int = 1) -> bytes:
    """Pages that are one raster image of dark bars, like a scan of a typed page: no text layer."""
    pdf = _new_pdf()
    for number in range(n_pages):
        pdf.add_page()
        pdf.image(_scan_image(number), x=0, y=0, w=pdf.w, h=pdf.h)
    return bytes(pdf.output())


def blank_pdf(n_pages: int = 1) -> bytes:
    pdf = _new_pdf()
    for _ in range(n_pages):
        pdf.add_page()
    return bytes(pdf.output())


def truncated_pdf(data: bytes, keep_fraction: float = 0.5) -> bytes:
    """The first part of `data`, as left by an interrupted upload or copy."""
    if not 0 < keep_fraction < 1:
        raise ValueError(f"keep_fraction must be between 0 and 1, got {keep_fraction}")
    return data[: int(len(data) * keep_fraction)]


def corrupt_pdf() -> bytes:
    """A PDF header and an end marker around random bytes: complete, but no readable structure."""
    return b"%PDF-1.7\n" + random.Random(0).randbytes(2048) + b"\n%%EOF\n"


def synthetic_corpus(
    out_dir: Path, total_pages: int, pages_per_document: int = 10, seed: int = 7
) -> list[Path]:
    """Write `total_pages` pages of made-up policy prose (300-450 words a page) as PDFs.

    Documents hold `pages_per_document` pages (the last one the remainder). The same arguments
    always give the same files.
    """
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for first_page in range(0, total_pages, pages_per_document):
        document_number = len(paths) + 1
        pdf = _new_pdf()
        for page_number in range(1, min(pages_per_document, total_pages - first_page) + 1):
            _write_page(pdf, _synthetic_page(rng, f"{document_number}.{page_number}"))
        path = out_dir / f"synthetic_{document_number:04d}.pdf"
        path.write_bytes(pdf.output())
        paths.append(path)
    return paths


def _new_pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(CREATION_DATE)
    # Each input string is exactly one page; `_write_page` places lines itself.
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=FONT_SIZE)
    return pdf


def _write_page(pdf: FPDF, text: str) -> None:
    # Placing pre-wrapped lines with `text()` is ~50x faster than `multi_cell`, which matters
    # for benchmark corpora of hundreds of pages.
    pdf.add_page()
    # The core fonts encode latin-1 only.
    text = text.encode("latin-1", "replace").decode("latin-1")
    lines = _wrap(pdf, text, pdf.w - 2 * MARGIN)
    fitting = int((pdf.h - 2 * MARGIN) / LINE_HEIGHT)
    if len(lines) > fitting:
        raise ValueError(f"text needs {len(lines)} lines; at most {fitting} fit on one page")
    for row, line in enumerate(lines, start=1):
        if line:
            pdf.text(MARGIN, MARGIN + row * LINE_HEIGHT, line)


def _wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    space = pdf.get_string_width(" ")
    widths: dict[str, float] = {}
    lines = []
    for source_line in text.splitlines():
        line: list[str] = []
        used = 0.0
        for word in source_line.split():
            if word not in widths:
                widths[word] = pdf.get_string_width(word)
            needed = widths[word] + (space if line else 0.0)
            if line and used + needed > width:
                lines.append(" ".join(line))
                line, used = [word], widths[word]
            else:
                line.append(word)
                used += needed
        lines.append(" ".join(line))
    return lines


def _scan_image(seed: int) -> Image.Image:
    # Grey page with dark bars where lines of type would be, each page a little different.
    rng = random.Random(seed)
    image = Image.new("L", (420, 594), 244)
    draw = ImageDraw.Draw(image)
    for top in range(48, 540, 14):
        draw.rectangle((36, top, 36 + rng.randint(180, 348), top + 6), fill=rng.randint(30, 70))
    return image


# Word lists as plain strings: easier to read and extend than hundreds of quoted items.
_WORDS = {
    kind: text.split()
    for kind, text in {
        "noun": (
            "account agreement allowance analysis approval archive assembly audit badge balance "
            "battery benefit budget building calendar campus capacity certificate change charger "
            "checklist claim client component contract contractor controller customer dashboard "
            "deadline delivery department deposit design device document engineer estimate "
            "exception facility feature filter firmware forecast guideline incident inspection "
            "installation invoice laptop license manager manual meeting milestone module motor "
            "network notice office operator order package partner payment period permit plan "
            "platform policy portal procedure process product project prototype purchase quarter "
            "receipt record region release repair report request requirement reservation resource "
            "review risk robot route sample schedule sensor server service shipment shift "
            "specification standard supplier system target task team technician template test "
            "ticket tool transfer update vehicle vendor version visitor warehouse warranty "
            "workflow workshop"
        ),
        "adjective": (
            "accurate active additional annual approved available basic central clear complete "
            "compliant critical current daily detailed digital direct early efficient electronic "
            "external final formal general global initial internal large local main minimum "
            "mobile monthly new normal official optional original partial permanent personal "
            "preferred previous primary quarterly quick regional regular reliable remote required "
            "routine secure separate shared short signed simple small specific stable standard "
            "temporary typical weekly written"
        ),
        # Regular verbs only, so that the -s and -ed forms can be derived.
        "verb": (
            "adjust approve archive assign check clean collect compare confirm connect contact "
            "cover deliver document estimate evaluate extend follow handle include inspect install "
            "limit list measure monitor notify process publish record reduce register replace "
            "report request require resolve restore review schedule share support test track "
            "update upload validate verify"
        ),
        "adverb": (
            "usually always often normally promptly carefully regularly typically quickly "
            "formally clearly briefly"
        ),
        "preposition": "for with before after during under within near across",
        "name": (
            "Amara Bruno Chen Dalia Erik Farah Goran Hana Ivo Jonas Keiko Lena Mateo Nadia Omar "
            "Petra Quinn Rosa Sami Tove"
        ),
        "team": "finance facilities engineering support procurement security logistics legal",
        "unit": "days hours weeks minutes",
        "month": (
            "January February March April May June July August September October November December"
        ),
    }.items()
}
_OPENERS = (
    "In most cases",
    "After each review",
    "Before the next release",
    "During the first week",
    "Where possible",
    "As a rule",
    "For safety reasons",
    "Unless stated otherwise",
    "At the end of each quarter",
    "When a problem occurs",
)
_TEMPLATES = (
    "The {adjective} {noun} {verbs} the {other} {preposition} the {adjective2} {noun2}.",
    "{opener}, each {noun} should {verb} the {adjective} {other}.",
    "{name} from the {team} team {verbed} the {noun} on {day} {month}.",
    "If the {noun} is {adjective}, the {other} must {verb} it within {count} {unit}.",
    "Every {noun} {adverb} {verbs} {article} {adjective} {other}.",
    "{Article} {adjective} {noun} costs about {price} dollars and lasts {count} {unit}.",
)


def _synthetic_page(rng: random.Random, number: str) -> str:
    # The last sentence may overshoot the target by up to ~15 words; pages stay within 300-450.
    target = rng.randint(300, 430)
    heading = f"{number} {rng.choice(_WORDS['adjective'])} {rng.choice(_WORDS['noun'])} report"
    blocks = [heading.title()]
    count = len(heading.split())
    while count < target:
        paragraph = []
        for _ in range(rng.randint(4, 7)):
            paragraph.append(_sentence(rng))
            count += len(paragraph[-1].split())
            if count >= target:
                break
        blocks.append(" ".join(paragraph))
    return "\n\n".join(blocks)


def _sentence(rng: random.Random) -> str:
    pick = {kind: rng.choice(words) for kind, words in _WORDS.items()}
    verb, adjective, count = pick["verb"], pick["adjective"], rng.randint(2, 30)
    article = "an" if adjective[0] in "aeiou" else "a"
    return rng.choice(_TEMPLATES).format(
        **pick,
        adjective2=rng.choice(_WORDS["adjective"]),
        noun2=rng.choice(_WORDS["noun"]),
        other=rng.choice(_WORDS["noun"]),
        opener=rng.choice(_OPENERS),
        verbs=_third_person(verb),
        verbed=_past(verb),
        article=article,
        Article=article.title(),
        day=rng.randint(1, 28),
        count=count,
        price=count * 10,
    )


def _third_person(verb: str) -> str:
    if verb.endswith("y"):
        return verb[:-1] + "ies"
    return verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s")


def _past(verb: str) -> str:
    if verb.endswith("y"):
        return verb[:-1] + "ied"
    return verb + ("d" if verb.endswith("e") else "ed")
