import pytest

from {{ cookiecutter.package_name }}.ingestion.pdf_parsing import (
    DocumentStatus,
    join_hyphenated_words,
    normalize_text,
    parse_pdf,
)

from tests import pdf_factory


def test_text_pdf_gives_one_entry_per_page_with_page_numbers():
    parsed = parse_pdf(
        pdf_factory.text_pdf(["Alpha page talks about leave.", "Beta page: battery."])
    )
    assert parsed.status == DocumentStatus.OK
    assert parsed.page_count == 2
    assert [page.number for page in parsed.pages] == [1, 2]
    assert "leave" in parsed.pages[0].text
    assert "battery" in parsed.pages[1].text


def test_blank_pages_are_skipped_but_counted():
    document = pdf_factory.text_pdf(["First page has words.", "", "Third page has words."])
    parsed = parse_pdf(document)
    assert parsed.status == DocumentStatus.OK
    assert parsed.page_count == 3
    assert [page.number for page in parsed.pages] == [1, 3]


@pytest.mark.parametrize(
    ("data", "status", "hint"),
    [
        (b"", DocumentStatus.EMPTY, "upload the document again"),
        (pdf_factory.NOT_A_PDF, DocumentStatus.NOT_PDF, "not a PDF"),
        (pdf_factory.corrupt_pdf(), DocumentStatus.CORRUPT, "re-export"),
        (pdf_factory.encrypted_pdf(["secret text"]), DocumentStatus.ENCRYPTED, "unencrypted copy"),
        (pdf_factory.image_only_pdf(2), DocumentStatus.NO_TEXT, "OCR"),
        (pdf_factory.blank_pdf(1), DocumentStatus.NO_TEXT, "OCR"),
    ],
    ids=["empty", "not-pdf", "corrupt", "encrypted", "image-only", "blank"],
)
def test_bad_documents_get_a_status_and_an_actionable_reason(data, status, hint):
    parsed = parse_pdf(data)
    assert parsed.status == status
    assert hint in parsed.reason
    assert parsed.pages == ()


def test_truncated_pdf_is_reported_as_truncated_even_if_pages_are_recoverable():
    whole = pdf_factory.text_pdf(["Some text on a page. " * 40] * 3)
    parsed = parse_pdf(pdf_factory.truncated_pdf(whole, keep_fraction=0.9))
    assert parsed.status == DocumentStatus.TRUNCATED
    assert "upload the complete file" in parsed.reason


def test_encrypted_with_empty_user_password_is_readable():
    parsed = parse_pdf(pdf_factory.encrypted_pdf(["open to all readers"], user_password=""))
    assert parsed.status == DocumentStatus.OK
    assert "open to all readers" in parsed.pages[0].text


def test_normalize_text_collapses_spaces_and_blank_lines():
    assert normalize_text("a   b\t c\n\n\n\nd \n e") == "a b c\n\nd\ne"
    assert normalize_text("one\ttwo") == "one two"


def test_normalize_text_treats_every_line_break_alike_and_plain_spaces_special_ones():
    # \r\n, \r, \f (a page feed) and U+2028 all end a line; whitespace at a line's ends goes,
    # and a no-break space between two words becomes a space, as a question types "10 km".
    text = "\u00a0 title \r\nline\rnext\x0cfeed\u2028sep\u2003\n\n\u3000\n10\u00a0km  \t end"
    assert normalize_text(text) == "title\nline\nnext\nfeed\nsep\n\n10 km end"


def test_normalize_text_undoes_ligatures_hyphen_characters_and_invisible_characters():
    text = (
        "\ufb01nal \ufb02oor e\ufb00ect o\ufb03ce, co\u00adoperate, zero\u200bwidth, "
        "a\u2010b c\u2011d"
    )
    assert normalize_text(text) == "final floor effect office, cooperate, zerowidth, a-b c-d"
    # Symbols that mean what they say stay as written.
    assert normalize_text("12 m\u00b2 at 20 \u00b0C, \u00bd") == "12 m\u00b2 at 20 \u00b0C, \u00bd"


def test_words_hyphenated_at_a_line_end_are_joined_unless_the_document_hyphenates_them():
    # The joined word ends the first line, so the lines keep their lengths.
    pages = [
        "The exam-\nple was a well-\nknown case of state-of-the-\nart work",
        "scribes; a well-known rule.",
    ]
    assert join_hyphenated_words(pages) == [
        "The example\nwas a well-known\ncase of state-of-the-art\nwork",
        "scribes; a well-known rule.",
    ]
    assert join_hyphenated_words(["no hyphen at a line end\nhere"]) == [
        "no hyphen at a line end\nhere"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anglo-\nSaxon kings", "Anglo-Saxon\nkings"),  # a capital after the break
        ("CEO-\nlevel pay", "CEO-level\npay"),  # a head in capitals
        ("\u00fcber-\nall", "\u00fcberall"),  # letters beyond ASCII, either side
        ("pre-\n\u00e9dit x", "pre\u00e9dit\nx"),
        ("\u0441\u043a\u0438-\n\u0434\u043a\u0430", "\u0441\u043a\u0438\u0434\u043a\u0430"),
        ("in 2020-\n2021 by", "in 2020-\n2021 by"),  # numbers
        ("COVID-\n19 cases", "COVID-\n19 cases"),
        ("e-\nmail", "e-\nmail"),  # one letter: no typesetter breaks there
        ("see https://example.com/some-\npath now", "see https://example.com/some-\npath now"),
        ("mail john.smith-\njones@example.com", "mail john.smith-\njones@example.com"),
        ("prices rose -\nsharply", "prices rose -\nsharply"),  # a dash, not a hyphen
    ],
)
def test_which_line_end_hyphens_are_joined(text, expected):
    assert join_hyphenated_words([text]) == [expected]


def test_a_long_chain_of_hyphenated_parts_is_scanned_in_linear_time():
    # Nothing to join (a number follows the break). A pattern that may start inside the chain
    # retries from every part: 20,000 parts took about 45 s; the anchored one takes milliseconds
    # (no timing here: a regression shows as a test that takes a minute).
    chain = "x " + "abcdefgh-" * 20_000 + "\n2021"
    assert join_hyphenated_words([chain]) == [chain]
    assert join_hyphenated_words([chain.replace("2021", "end")]) == [
        chain.replace("-\n2021", "-end")
    ]


def test_a_soft_hyphen_ending_a_line_joins_the_word():
    assert normalize_text("Travel ex\u00ad\npenses are paid.\nNext") == (
        "Travel expenses\nare paid.\nNext"
    )
    assert normalize_text("Travel ex\u00ad\npenses\nNext") == "Travel expenses\nNext"


def test_a_pdf_typeset_with_hyphens_and_soft_hyphens_reads_as_whole_words():
    parsed = parse_pdf(
        pdf_factory.text_pdf(
            ["Reimburse-\nment of travel ex\u00adpenses is sub-\nject to a receipt."]
        )
    )
    assert parsed.status == DocumentStatus.OK
    assert parsed.pages[0].text == "Reimbursement\nof travel expenses is subject\nto a receipt."
