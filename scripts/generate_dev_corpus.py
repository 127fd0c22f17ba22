"""Write the development corpus of the generated project and its two question sets.

Needs fpdf2 and pypdf; run from the template repository root:

    python scripts/generate_dev_corpus.py

The PDFs go to data/dev_corpus/ (not data/sample_pdfs/, which the local job ingests), the
questions to data/eval/dev_corpus/tuning.jsonl and held_out.jsonl (about 60/40, by a hash of the
question, so a question never changes split). Tuning reads only tuning.jsonl; held_out.jsonl is
for reporting. The text is in scripts/dev_corpus_content.py. The output is byte-for-byte
reproducible, and the script fails unless:

- every expected answer is in its sentence and, in the whole corpus, on its cited page only
  (compared as lower-case words, as the benchmark compares answers);
- no prose question repeats more than MAX_OVERLAP of its answer sentence's content words (the
  words other than the answer itself): the lexical overlap, reported per set;
- every document has 3 to 8 pages, every page at least MIN_WORDS words (pages are padded
  with the document's filler sentences), and the PDFs together
  weigh less than MAX_TOTAL_BYTES.
"""

import hashlib
import io
import json
import re
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

import pdf_layout
from dev_corpus_content import (
    COMMON_FILLER,
    FAMILIES,
    ORGANISATION,
    SINGLES,
    YEARS,
    Document,
    Fact,
    Section,
    Table,
    Versioned,
)
from fpdf import FPDF
from pypdf import PdfReader

PROJECT = Path(__file__).resolve().parent.parent / "{{cookiecutter.project_slug}}"
PDF_DIR = PROJECT / "data" / "dev_corpus"
EVAL_DIR = PROJECT / "data" / "eval" / "dev_corpus"
PAGES = range(3, 9)
PAD_WORDS = 160
MIN_WORDS = 100
MAX_TOTAL_BYTES = 2_000_000
MAX_OVERLAP = 0.5
TUNING_SHARE = 6  # of 10
_STOP_WORDS = (
    "a an and are as at be by can do does for from has have how i in is it its of on or "
    "that the this to was what when where which who why will with you your each every any "
    "may must more than up per after before their they them"
)
STOP_WORDS = frozenset(_STOP_WORDS.split())


@dataclass(frozen=True)
class Question:
    question: str
    answer: str
    facts: tuple[str, ...]
    file_name: str
    page: int
    sentence: str
    # Table questions must name the row, so their overlap is reported apart.
    kind: str


def words(text: str) -> list[str]:
    """Lower-case words: how answers are compared with pages and with the chain's answers."""
    return re.findall(r"[a-z0-9]+", text.lower())


def content_words(text: str) -> set[str]:
    return {word for word in words(text) if word not in STOP_WORDS}


def contains(text: str, answer: str) -> bool:
    return f" {' '.join(words(answer))} " in f" {' '.join(words(text))} "


def expand(family, year: str, version: int) -> Document:
    """One version of a policy: its figures filled in, the year in the title."""

    def item(value):
        if isinstance(value, Versioned):
            return Fact(
                value.sentence.format(value.answers[version]),
                value.question.format(year=year),
                value.answers[version],
            )
        return value

    pages = tuple(
        tuple(Section(s.heading, tuple(map(item, s.items)), s.table) for s in page)
        for page in family.pages
    )
    return Document(f"{family.stem}_{year}.pdf", f"{family.title} {year}", pages, family.filler)


def documents() -> list[Document]:
    versions = [
        expand(family, year, version) for family in FAMILIES for version, year in enumerate(YEARS)
    ]
    return sorted([*versions, *SINGLES], key=lambda document: document.file_name)


def sentence_of(item) -> str:
    return item.sentence if isinstance(item, Fact) else item


def page_paragraphs(document: Document, number: int) -> list[tuple[Section, str]]:
    """Each section's paragraph; the last section without a table is padded with the
    document's filler sentences (each at most once, its own from a different start on each page,
    then the common ones) up to PAD_WORDS words on the page."""
    sections = document.pages[number - 1]
    texts = [" ".join(sentence_of(item) for item in s.items) for s in sections]
    table_words = sum(
        len(" ".join(" ".join(row) for row in (s.table.columns, *s.table.rows)).split())
        for s in sections
        if s.table
    )
    padded = max((i for i, s in enumerate(sections) if s.table is None), default=len(texts) - 1)
    start = number % len(document.filler)
    filler = (*document.filler[start:], *document.filler[:start], *COMMON_FILLER)
    for sentence in filler:
        if sum(len(text.split()) for text in texts) + table_words >= PAD_WORDS:
            break
        texts[padded] = f"{texts[padded]} {sentence}".strip()
    return list(zip(sections, texts, strict=True))


def render_table(pdf: FPDF, table: Table) -> None:
    width = pdf.w - pdf.l_margin - pdf.r_margin
    first = 52
    other = (width - first) / (len(table.columns) - 1)
    for row_number, row in enumerate((table.columns, *table.rows)):
        pdf.set_font("Helvetica", "B" if row_number == 0 else "", 9.5)
        for position, cell in enumerate(row):
            pdf.cell(
                first if position == 0 else other,
                6,
                cell,
                border="B" if row_number == 0 else 0,
                align="L" if position == 0 else "R",
            )
        pdf.ln(6)
    pdf.ln(2)


def render(document: Document) -> bytes:
    pdf = pdf_layout.new_document(document.title, ORGANISATION)
    for number in range(1, len(document.pages) + 1):
        pdf.add_page()
        pdf_layout.running_head(pdf, f"{ORGANISATION} | {document.title}")
        if number == 1:
            pdf_layout.title(pdf, document.title)
        for section, text in page_paragraphs(document, number):
            pdf_layout.heading(pdf, section.heading)
            if text:
                pdf_layout.paragraph(pdf, text)
            else:
                pdf_layout.body_font(pdf)
            if section.table:
                render_table(pdf, section.table)
        if pdf_layout.overflows(pdf):
            raise ValueError(f"{document.file_name} page {number} runs into the footer")
        pdf_layout.page_footer(pdf, number, len(document.pages))
    return bytes(pdf.output())


def questions_of(document: Document) -> list[Question]:
    found = []
    for number, page in enumerate(document.pages, start=1):
        for section in page:
            for item in section.items:
                if isinstance(item, Fact):
                    found.append(
                        Question(
                            item.question,
                            item.answer,
                            item.facts,
                            document.file_name,
                            number,
                            item.sentence,
                            "prose",
                        )
                    )
            table = section.table
            for cell in table.questions if table else ():
                row = next(row for row in table.rows if row[0] == cell.row)
                value = row[table.columns.index(cell.column)]
                found.append(
                    Question(
                        cell.question,
                        value,
                        (),
                        document.file_name,
                        number,
                        f"{table.heading} {cell.column} {' '.join(row)}",
                        "table",
                    )
                )
    return found


def extracted_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def overlap(question: Question) -> float:
    """Share of the answer sentence's content words, other than the answer's, that the
    question repeats."""
    sentence = content_words(question.sentence) - content_words(question.answer)
    if not sentence:
        return 0.0
    return len(sentence & content_words(question.question)) / len(sentence)


def check(
    corpus: list[Document], rendered: dict[str, bytes], questions: list[Question]
) -> list[str]:
    problems = []
    total = sum(map(len, rendered.values()))
    if total >= MAX_TOTAL_BYTES:
        problems.append(f"the PDFs weigh {total} bytes")
    pages = {}
    for document in corpus:
        texts = extracted_pages(rendered[document.file_name])
        if len(texts) != len(document.pages) or len(texts) not in PAGES:
            problems.append(f"{document.file_name}: {len(texts)} pages")
        for number, text in enumerate(texts, start=1):
            pages[(document.file_name, number)] = text
            if len(text.split()) < MIN_WORDS:
                problems.append(f"{document.file_name} page {number}: {len(text.split())} words")
    seen = set()
    for question in questions:
        where = f"{question.file_name}#page={question.page}: {question.question!r}"
        if question.question in seen:
            problems.append(f"{where}: asked twice")
        seen.add(question.question)
        if not contains(question.sentence, question.answer):
            problems.append(f"{where}: {question.answer!r} is not in its sentence")
        on = [key for key, text in pages.items() if contains(text, question.answer)]
        if on != [(question.file_name, question.page)]:
            problems.append(f"{where}: {question.answer!r} is on {on}")
        if question.kind == "prose" and overlap(question) > MAX_OVERLAP:
            problems.append(f"{where}: repeats {overlap(question):.2f} of its sentence's words")
    return problems


def row_of(question: Question) -> dict:
    expectations = {"expected_response": question.answer}
    if question.facts:
        expectations["expected_facts"] = list(question.facts)
    expectations["expected_retrieved_context"] = [
        {"doc_uri": f"{question.file_name}#page={question.page}"}
    ]
    return {"inputs": {"question": question.question}, "expectations": expectations}


def is_tuning(question: Question) -> bool:
    return hashlib.sha256(question.question.encode()).digest()[0] % 10 < TUNING_SHARE


def overlap_report(name: str, questions: list[Question]) -> str:
    prose = [overlap(q) for q in questions if q.kind == "prose"]
    table = [overlap(q) for q in questions if q.kind == "table"]
    return (
        f"{name}: {len(questions)} questions ({len(prose)} prose, {len(table)} table); "
        f"lexical overlap with the answer sentence, prose: mean {statistics.mean(prose):.2f}, "
        f"max {max(prose):.2f}; table (row and column named): mean "
        f"{statistics.mean(table):.2f}"
    )


def main() -> None:
    corpus = documents()
    rendered = {document.file_name: render(document) for document in corpus}
    questions = [q for document in corpus for q in questions_of(document)]
    problems = check(corpus, rendered, questions)
    if problems:
        sys.exit("\n".join(["Development corpus check failed:", *problems]))
    pdf_layout.write_pdfs(PDF_DIR, rendered)
    EVAL_DIR.mkdir(parents=True, exist_ok=True)
    splits = {
        "tuning": [q for q in questions if is_tuning(q)],
        "held_out": [q for q in questions if not is_tuning(q)],
    }
    for name, chosen in splits.items():
        lines = [json.dumps(row_of(q), ensure_ascii=False) for q in chosen]
        (EVAL_DIR / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pages = sum(len(document.pages) for document in corpus)
    size = sum(map(len, rendered.values()))
    print(f"wrote {len(rendered)} PDFs ({pages} pages, {size:,} bytes) to {PDF_DIR}")
    for name, chosen in {"all": questions, **splits}.items():
        print(overlap_report(name, chosen))


if __name__ == "__main__":
    main()
