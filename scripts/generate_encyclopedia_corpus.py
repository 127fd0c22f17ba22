"""Write the encyclopedia development corpus of the generated project and its two question sets.

Needs fpdf2 and pypdf; run from the template repository root:

    python scripts/generate_encyclopedia_corpus.py

Ten long encyclopedia-style articles about fictional subjects (the text is original, in
scripts/encyclopedia_content.py), with short extractive questions of the kind crowd workers write
after reading one paragraph. The PDFs go to data/encyclopedia_corpus/ (not data/sample_pdfs/,
which the local job ingests), in the page layout of scripts/pdf_layout.py, with the text flowed
over dense pages. The questions go to data/eval/encyclopedia/tuning.jsonl and held_out.jsonl,
split by article (each article's `split`): tuning reads only tuning.jsonl and never the held-out
articles' questions. Each row names its article without a page (`{"doc_uri": "<file>.pdf"}`):
an answer may be on several pages. The output is byte-for-byte reproducible, and the script fails
unless:

- every answer is in the paragraph its question was written from and, as lower-case words (as
  the benchmark compares answers), in the extracted text of one page of its article's PDF;
- no question is asked twice, each article has ARTICLE_WORDS words in PARAGRAPHS paragraphs and
  QUESTIONS questions, every page but the last holds PAGE_WORDS words, both splits have articles,
  and the PDFs together weigh less than MAX_TOTAL_BYTES.

It reports, per split: questions, how many answers occur more than once in their article, and the
mean lexical overlap of a question with its answer sentence (the share of the sentence's content
words, other than the answer's, that the question repeats).
"""

import io
import json
import re
import statistics
import sys
from collections.abc import Iterator
from pathlib import Path

import pdf_layout
from encyclopedia_content import ARTICLES, PUBLISHER, Article, Question
from fpdf import FPDF
from generate_dev_corpus import contains, content_words, words
from pypdf import PdfReader

PROJECT = Path(__file__).resolve().parent.parent / "{{cookiecutter.project_slug}}"
PDF_DIR = PROJECT / "data" / "encyclopedia_corpus"
EVAL_DIR = PROJECT / "data" / "eval" / "encyclopedia"
SPLITS = ("tuning", "held_out")
ARTICLE_WORDS = range(2000, 4301)
PARAGRAPHS = range(20, 41)
QUESTIONS = range(30, 71)
PAGE_WORDS = range(450, 701)
MAX_TOTAL_BYTES = 1_500_000
# A larger body font than the dev corpus's: about 600 words on a full page, as in an
# encyclopedia article printed to PDF.
BODY_SIZE = 12
LINE_HEIGHT = 6
# Room a heading needs at the foot of a page: its gap and line, and two lines of its paragraph.
HEADING_ROOM = 2 + 7 + 2 * LINE_HEIGHT
# A sentence ends at . ! or ? followed by a space and a capital, a digit or a quote.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'])")


def pages_of(pdf: FPDF, article: Article, total: int) -> int:
    """Lay the article out: paragraphs flow line by line over the pages; a heading never sits at
    the foot of a page without its paragraph."""
    number = 0

    def new_page() -> None:
        nonlocal number
        if number:
            pdf_layout.page_footer(pdf, number, total)
        number += 1
        pdf.add_page()
        pdf_layout.running_head(pdf, f"{PUBLISHER} | {article.title}")

    new_page()
    pdf_layout.title(pdf, article.title)
    for section in article.sections:
        if pdf_layout.overflows(pdf, HEADING_ROOM):
            new_page()
        pdf_layout.heading(pdf, section.heading)
        for paragraph in section.paragraphs:
            for line in pdf_layout.body_lines(pdf, paragraph.text, BODY_SIZE, LINE_HEIGHT):
                if pdf_layout.overflows(pdf, LINE_HEIGHT):
                    new_page()
                    pdf_layout.body_font(pdf, BODY_SIZE)
                pdf_layout.body_line(pdf, line, LINE_HEIGHT)
            pdf.ln(1.5)
    pdf_layout.page_footer(pdf, number, total)
    return number


def render(article: Article) -> bytes:
    """The PDF; laid out twice, as the footer names the number of pages."""
    total = pages_of(pdf_layout.new_document(article.title, PUBLISHER), article, 0)
    pdf = pdf_layout.new_document(article.title, PUBLISHER)
    pages_of(pdf, article, total)
    return bytes(pdf.output())


def extracted_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def questions_of(article: Article) -> Iterator[tuple[Question, str]]:
    """Each question with the paragraph it was written from."""
    for section in article.sections:
        for paragraph in section.paragraphs:
            for question in paragraph.questions:
                yield question, paragraph.text


def answer_sentence(paragraph: str, answer: str) -> str:
    return next(s for s in SENTENCE_END.split(paragraph) if contains(s, answer))


def overlap(question: Question, paragraph: str) -> float:
    """Share of the answer sentence's content words, other than the answer's, that the
    question repeats."""
    sentence = content_words(answer_sentence(paragraph, question.answer))
    sentence -= content_words(question.answer)
    if not sentence:
        return 0.0
    return len(sentence & content_words(question.question)) / len(sentence)


def occurrences(text: str, answer: str) -> int:
    return f" {' '.join(words(text))} ".count(f" {' '.join(words(answer))} ")


def article_text(article: Article) -> str:
    return " ".join(p.text for s in article.sections for p in s.paragraphs)


def check_article(article: Article, pages: list[str]) -> list[str]:
    problems = []
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    size = len(article_text(article).split())
    if size not in ARTICLE_WORDS or len(paragraphs) not in PARAGRAPHS:
        problems.append(f"{article.file_name}: {size} words in {len(paragraphs)} paragraphs")
    asked = list(questions_of(article))
    if len(asked) not in QUESTIONS:
        problems.append(f"{article.file_name}: {len(asked)} questions")
    for number, text in enumerate(pages[:-1], start=1):
        if len(text.split()) not in PAGE_WORDS:
            problems.append(f"{article.file_name} page {number}: {len(text.split())} words")
    for question, paragraph in asked:
        where = f"{article.file_name}: {question.question!r}"
        if not contains(paragraph, question.answer):
            problems.append(f"{where}: {question.answer!r} is not in its paragraph")
        if not any(contains(text, question.answer) for text in pages):
            problems.append(f"{where}: {question.answer!r} is on no page of the PDF")
    return problems


def check(rendered: dict[str, bytes]) -> list[str]:
    problems = []
    total = sum(map(len, rendered.values()))
    if total >= MAX_TOTAL_BYTES:
        problems.append(f"the PDFs weigh {total} bytes")
    splits = [article.split for article in ARTICLES]
    if sorted(set(splits)) != sorted(SPLITS):
        problems.append(f"the articles' splits are {splits}")
    asked = [q.question for article in ARTICLES for q, _ in questions_of(article)]
    problems += [f"{q!r} is asked twice" for q in sorted(set(asked)) if asked.count(q) > 1]
    for article in ARTICLES:
        problems += check_article(article, extracted_pages(rendered[article.file_name]))
    return problems


def row_of(article: Article, question: Question) -> dict:
    return {
        "inputs": {"question": question.question},
        "expectations": {
            "expected_response": question.answer,
            "expected_retrieved_context": [{"doc_uri": article.file_name}],
        },
    }


def report(split: str, articles: list[Article], rendered: dict[str, bytes]) -> str:
    asked = [(a, q, p) for a in articles for q, p in questions_of(a)]
    repeated = sum(occurrences(article_text(a), q.answer) > 1 for a, q, _ in asked)
    pages = sum(len(PdfReader(io.BytesIO(rendered[a.file_name])).pages) for a in articles)
    size = sum(len(article_text(a).split()) for a in articles)
    return (
        f"{split}: {len(articles)} articles ({', '.join(a.file_name for a in articles)}; "
        f"{size:,} words, {pages} pages), {len(asked)} questions; answers occurring more than "
        f"once in their article: {repeated}; lexical overlap with the answer sentence: mean "
        f"{statistics.mean(overlap(q, p) for _, q, p in asked):.2f}"
    )


def main() -> None:
    rendered = {article.file_name: render(article) for article in ARTICLES}
    problems = check(rendered)
    if problems:
        sys.exit("\n".join(["Encyclopedia corpus check failed:", *problems]))
    pdf_layout.write_pdfs(PDF_DIR, rendered)
    EVAL_DIR.mkdir(parents=True, exist_ok=True)
    print(f"wrote {len(rendered)} PDFs ({sum(map(len, rendered.values())):,} bytes) to {PDF_DIR}")
    for split in SPLITS:
        articles = [article for article in ARTICLES if article.split == split]
        rows = [row_of(a, q) for a in articles for q, _ in questions_of(a)]
        lines = [json.dumps(row, ensure_ascii=False) for row in rows]
        (EVAL_DIR / f"{split}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(report(split, articles, rendered))


if __name__ == "__main__":
    main()
