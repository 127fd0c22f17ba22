"""The offline extractive answerer on questions whose answer is one sentence."""

import re

from langchain_core.documents import Document

from {{ cookiecutter.package_name }}.chain.pipeline import extractive_answer

from tests.test_chain import settings

LABEL = "[offline extractive answer]"


def passage(name: str, page: int, text: str) -> Document:
    return Document(
        page_content=text,
        metadata={"document_path": f"/docs/{name}", "page_number": page, "chunk_id": name},
    )


HOTELS = passage(
    "travel_policy.pdf",
    2,
    "Hotels\nBook hotels through the travel portal. Breakfast is included where it is offered. "
    "The nightly room rate may not exceed GBP 215 in London.",
)
LEAVE = passage(
    "handbook.pdf",
    3,
    "Annual leave\nFull-time employees receive 27 days of paid annual leave. Leave is booked in "
    "the leave portal. Unused days cannot be carried over.",
)


def quoted_sentences(answer: str) -> list[str]:
    return [s.strip() for s in re.split(r"\[\d+\]", answer.removeprefix(LABEL)) if s.strip()]


def test_the_sentence_that_answers_comes_first_even_from_a_lower_ranked_passage():
    answer = extractive_answer(
        "What is the nightly room rate cap in London for employees?", [LEAVE, HOTELS], settings()
    )
    assert answer.startswith(f"{LABEL} The nightly room rate may not exceed GBP 215 in London. [2]")


def test_one_sentence_when_it_clearly_answers():
    answer = extractive_answer(
        "How many days of paid annual leave do full-time employees receive?",
        [LEAVE, HOTELS],
        settings(),
    )
    assert answer == f"{LABEL} Full-time employees receive 27 days of paid annual leave. [1]"


def test_runners_up_within_the_score_ratio_follow_the_best_in_score_order():
    close = settings(offline_answerer={"max_sentences": 3, "min_score_ratio": 0.5, "label": LABEL})
    question = "Which travel portal books hotels, and which portal books leave?"
    answer = extractive_answer(question, [LEAVE, HOTELS], close)
    # Score order, not passage order: the second passage's sentence shares enough more words
    # to outweigh its rank.
    assert answer == (
        f"{LABEL} Book hotels through the travel portal. [2] "
        "Leave is booked in the leave portal. [1]"
    )
    strict = settings(offline_answerer={"max_sentences": 3, "min_score_ratio": 0.9, "label": LABEL})
    assert quoted_sentences(extractive_answer(question, [LEAVE, HOTELS], strict)) == [
        "Book hotels through the travel portal."
    ]


def test_a_passage_weighs_one_over_its_rank():
    # HOTELS' sentence shares a little more of the question than LEAVE's, not twice as much:
    # the better-ranked passage answers first, whichever it is.
    question = "Through which portal are hotels and leave booked?"
    strict = settings(offline_answerer={"max_sentences": 3, "min_score_ratio": 0.9, "label": LABEL})
    assert quoted_sentences(extractive_answer(question, [LEAVE, HOTELS], strict)) == [
        "Leave is booked in the leave portal."
    ]
    assert quoted_sentences(extractive_answer(question, [HOTELS, LEAVE], strict)) == [
        "Book hotels through the travel portal."
    ]


def test_a_question_naming_a_year_is_answered_from_that_version():
    old = passage("travel_policy_2024.pdf", 2, "The nightly room rate may not exceed GBP 195.")
    new = passage("travel_policy_2025.pdf", 2, "The nightly room rate may not exceed GBP 215.")
    answer = extractive_answer("What is the nightly room rate in 2025?", [old, new], settings())
    assert answer == f"{LABEL} The nightly room rate may not exceed GBP 215. [2]"


def test_a_table_row_answers_a_question_about_its_figures():
    table = passage(
        "report.pdf",
        1,
        "Consignments dispatched by depot\nDepot Q1 2025 Q2 2025\nLeeds 222,074 200,881\n"
        "Bristol 216,101 246,503\nPage 1 of 4",
    )
    answer = extractive_answer("How many consignments left the Bristol depot?", [table], settings())
    assert answer == f"{LABEL} Bristol 216,101 246,503 [1]"


def test_a_sentence_repeated_by_overlapping_chunks_is_quoted_once():
    first = passage("handbook.pdf", 3, LEAVE.page_content)
    repeated = "Full-time employees receive 27 days of paid annual leave."
    overlap = passage("handbook.pdf", 3, repeated)
    answer = extractive_answer("How much paid annual leave?", [first, overlap], settings())
    assert answer.count("27 days") == 1
