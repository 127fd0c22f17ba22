from {{ cookiecutter.package_name }}.ingestion.chunking import ChunkingSettings, chunk_pages
from {{ cookiecutter.package_name }}.ingestion.page_breaks import (
    MAX_CONTINUATION_TOKENS,
    complete_cut_sentences,
)
from {{ cookiecutter.package_name }}.ingestion.pdf_parsing import Page, parse_pdf

from tests import pdf_factory

HEAD = "Northwind Robotics | Travel Policy"
BODY = [
    "Employees book their journeys through the travel desk, which holds the company's rates",
    "with airlines and hotels and keeps a record of every trip for the insurer. Trains are",
]
CUT = [
    "booked in standard class for journeys under four hours, and first class is allowed",
    "for longer journeys when the traveller works on the train on the way to a client",
]


def page(number: int, *lines: str, total: int = 2) -> Page:
    return Page(number, "\n".join([HEAD, *lines, f"Page {number} of {total}"]))


def test_a_sentence_cut_by_a_page_break_ends_on_its_page_before_the_footer():
    pages = [
        page(1, *BODY, *CUT),
        page(2, "or prepares a meeting. Receipts go to the travel desk within a week."),
    ]
    first, second = complete_cut_sentences(pages)
    assert first.text == "\n".join([HEAD, *BODY, *CUT, "or prepares a meeting.", "Page 1 of 2"])
    assert second == pages[1]


def test_the_page_s_last_chunk_holds_the_whole_sentence():
    pages = [page(1, *BODY, *CUT), page(2, "or prepares a meeting. Other text follows here.")]
    chunks = chunk_pages("dbfs:/Volumes/c/s/v/travel.pdf", pages, ChunkingSettings(300, 50))
    assert [chunk.page_number for chunk in chunks] == [1, 2]
    assert "to a client\nor prepares a meeting." in chunks[0].text


def test_pages_that_end_a_sentence_or_a_short_line_are_left_as_they_are():
    ended = [page(1, *BODY, "Trains are booked in standard class."), page(2, "Next page text.")]
    assert complete_cut_sentences(ended) == ended
    # A heading (or a table row) closing a page is no cut sentence.
    heading = [page(1, *BODY, "Hotels"), page(2, "capped at GBP 180 a night in London.")]
    assert complete_cut_sentences(heading) == heading


def test_no_sentence_end_near_the_next_page_s_top_leaves_the_page_as_it_is():
    long_run = " ".join(["word"] * (MAX_CONTINUATION_TOKENS + 1)) + "."
    pages = [page(1, *BODY, *CUT), page(2, long_run)]
    assert complete_cut_sentences(pages) == pages
    table = [page(1, *BODY, *CUT), page(2, "Zone 1 120", "Zone 2 95")]
    assert complete_cut_sentences(table) == table


def test_one_page_and_no_pages_are_unchanged():
    single = [page(1, *BODY, *CUT, total=1)]
    assert complete_cut_sentences(single) == single
    assert complete_cut_sentences([]) == []


def test_a_typeset_pdf_cut_at_a_page_break_reads_whole_in_its_chunks():
    document = pdf_factory.text_pdf(
        [
            "\n".join([HEAD, *BODY, *CUT, "Page 1 of 2"]),
            "\n".join([HEAD, "or prepares a meeting. Receipts are kept.", "Page 2 of 2"]),
        ]
    )
    chunks = chunk_pages("travel.pdf", parse_pdf(document).pages, ChunkingSettings(300, 50))
    assert "to a client\nor prepares a meeting.\nPage 1 of 2" in chunks[0].text


def test_a_table_ending_a_page_is_neither_furniture_nor_a_cut_sentence():
    # Its rows differ only in their figures (one shape), and the next page opens a new sentence.
    rows = [
        f"Zone {i} London central and the outer districts {100 + i} GBP a night" for i in range(14)
    ]
    pages = [
        Page(1, "\n".join(["Rates", *rows])),
        Page(2, "Rates are reviewed every year by the travel desk. More text follows."),
    ]
    assert complete_cut_sentences(pages) == pages


def test_the_next_page_s_footer_is_never_taken_for_the_end_of_the_sentence():
    footer = "(c) Northwind Robotics Ltd."
    pages = [
        Page(1, "\n".join([HEAD, *BODY, *CUT, footer])),
        Page(2, "\n".join([HEAD, "Hotels London 180", "Trains standard class", footer])),
        Page(3, "\n".join([HEAD, "Receipts go to the travel desk within a week.", footer])),
    ]
    assert complete_cut_sentences(pages) == pages


def test_a_title_page_or_a_page_of_one_line_is_not_running_text():
    pages = [
        page(
            1, "Appendix A Hotel rates for every office of the group and its subsidiaries", total=3
        ),
        page(2, *BODY, "Trains are booked in standard class.", total=3),
        page(3, "Hotels are capped at GBP 180 a night.", total=3),
    ]
    assert complete_cut_sentences(pages) == pages


def test_a_page_is_not_completed_across_a_page_that_could_not_be_read():
    pages = [page(1, *BODY, *CUT, total=3), page(3, "or prepares a meeting. More.", total=3)]
    assert complete_cut_sentences(pages) == pages


def test_a_word_hyphenated_across_the_page_break_is_joined():
    cut = [
        *CUT[:-1],
        "for longer journeys when the traveller works on the train on the way to a cli-",
    ]
    pages = [page(1, *BODY, *cut), page(2, "ent or prepares a meeting. More text.")]
    first, _ = complete_cut_sentences(pages)
    assert "on the way to a client\nor prepares a meeting.\nPage 1 of 2" in first.text
