"""The page layout shared by the corpus generators (scripts/generate_dev_corpus.py and
scripts/generate_encyclopedia_corpus.py): A4, Helvetica, a running head and a page footer.

The PDFs are byte-for-byte reproducible: a fixed creation date and no other varying metadata.
"""

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

CREATION_DATE = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)
# Lowest y (mm from the top) the text may reach: below it is the page footer.
TEXT_BOTTOM_MARGIN = 22
BODY_SIZE = 10.5
BODY_LINE_HEIGHT = 5


def new_document(title: str, author: str) -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(CREATION_DATE)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_auto_page_break(False)
    pdf.set_margins(20, 18)
    return pdf


def running_head(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")


def title(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")


def heading(pdf: FPDF, text: str) -> None:
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")


def body_font(pdf: FPDF, size: float = BODY_SIZE) -> None:
    pdf.set_font("Helvetica", size=size)


def paragraph(pdf: FPDF, text: str) -> None:
    """A paragraph in the body font, then a small gap."""
    body_font(pdf)
    pdf.multi_cell(0, BODY_LINE_HEIGHT, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def body_lines(pdf: FPDF, text: str, size: float, line_height: float) -> list[str]:
    """The lines of a paragraph in the body font of this size, to flow it over page breaks
    line by line with `body_line`."""
    body_font(pdf, size)
    return pdf.multi_cell(0, line_height, text, align="L", dry_run=True, output="LINES")


def body_line(pdf: FPDF, line: str, line_height: float) -> None:
    pdf.cell(0, line_height, line, new_x="LMARGIN", new_y="NEXT")


def overflows(pdf: FPDF, height: float = 0) -> bool:
    """Whether text of this height, from the current position, would run into the footer."""
    return pdf.get_y() + height > pdf.h - TEXT_BOTTOM_MARGIN


def page_footer(pdf: FPDF, number: int, total: int) -> None:
    pdf.set_y(-16)
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 4, f"Page {number} of {total}", align="C")


def write_pdfs(directory: Path, rendered: dict[str, bytes]) -> None:
    """Write a corpus' PDFs to its folder, deleting the PDFs there that it no longer has."""
    directory.mkdir(parents=True, exist_ok=True)
    for stale in set(directory.glob("*.pdf")) - {directory / name for name in rendered}:
        stale.unlink()
    for name, data in rendered.items():
        (directory / name).write_bytes(data)
