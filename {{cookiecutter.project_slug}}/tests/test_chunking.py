import random

import pytest

from {{ cookiecutter.package_name }}.ingestion.chunking import (
    ChunkingSettings,
    chunk_id,
    chunk_pages,
    split_page,
)
from {{ cookiecutter.package_name }}.ingestion.pdf_parsing import Page
from {{ cookiecutter.package_name }}.text import TOKEN, count_tokens


def words(n: int, sentence_every: int = 0) -> str:
    out = []
    for i in range(n):
        out.append(f"w{i}")
        if sentence_every and (i + 1) % sentence_every == 0:
            out[-1] += "."
    return " ".join(out)


def test_windows_respect_size_and_overlap():
    settings = ChunkingSettings(chunk_size=50, chunk_overlap=10)
    windows = split_page(words(400), settings)
    assert all(tokens <= 50 for _, tokens in windows)
    first, second = windows[0][0].split(), windows[1][0].split()
    assert first[-10:] == second[:10]


def test_every_token_lands_in_some_chunk():
    text = words(1234, sentence_every=17)
    windows = split_page(text, ChunkingSettings(chunk_size=64, chunk_overlap=8))
    covered = set()
    for chunk, _ in windows:
        covered.update(TOKEN.findall(chunk))
    assert covered == set(TOKEN.findall(text))


def test_windows_are_the_pages_own_text_token_for_token():
    # Mixed whitespace (tabs, line breaks, no-break and em spaces), punctuation and non-ASCII
    # words: each window is a verbatim slice of the page, and the windows minus their overlaps
    # give back the page's tokens in order.
    rng = random.Random(3)
    alphabet = ["refund", "policy", "É", "日本", "x1_2", ".", ",", "!", "?", "-", "(", ")"]
    spaces = [" ", "  ", "\n", "\t", "\u00a0", "\u2003", ""]
    text = "".join(rng.choice(alphabet) + rng.choice(spaces) for _ in range(3000)).strip()
    settings = ChunkingSettings(chunk_size=64, chunk_overlap=9)
    windows = split_page(text, settings)
    rebuilt, position = [], 0
    for number, (chunk, tokens) in enumerate(windows):
        position = text.index(chunk, position)
        assert chunk == chunk.strip()
        chunk_tokens = TOKEN.findall(chunk)
        assert count_tokens(chunk) == len(chunk_tokens) == tokens <= settings.chunk_size
        rebuilt.extend(chunk_tokens if number == 0 else chunk_tokens[settings.chunk_overlap :])
    assert rebuilt == TOKEN.findall(text)


def test_chunks_end_at_a_sentence_when_one_is_near():
    text = words(300, sentence_every=45)
    windows = split_page(text, ChunkingSettings(chunk_size=50, chunk_overlap=5))
    assert windows[0][0].endswith("w44.")


def test_short_page_is_one_chunk_and_empty_page_none():
    settings = ChunkingSettings(chunk_size=50, chunk_overlap=10)
    assert split_page("Just a few words.", settings) == [("Just a few words.", 5)]
    assert split_page("   ", settings) == []


def test_chunk_ids_are_deterministic_unique_and_keep_pages():
    pages = [Page(1, words(120)), Page(3, words(80))]
    settings = ChunkingSettings(chunk_size=40, chunk_overlap=5)
    first = chunk_pages("dbfs:/Volumes/c/s/v/a.pdf", pages, settings)
    again = chunk_pages("dbfs:/Volumes/c/s/v/a.pdf", pages, settings)
    assert first == again
    assert len({c.chunk_id for c in first}) == len(first)
    assert {c.page_number for c in first} == {1, 3}
    assert [c.chunk_index for c in first] == list(range(len(first)))
    other = chunk_pages("dbfs:/Volumes/c/s/v/b.pdf", pages, settings)
    assert not {c.chunk_id for c in first} & {c.chunk_id for c in other}


def test_chunk_id_changes_with_text():
    assert chunk_id("a.pdf", 1, 0, "x") != chunk_id("a.pdf", 1, 0, "y")


def test_count_tokens_counts_words_and_punctuation():
    assert count_tokens("Hello, world!") == 4


@pytest.mark.parametrize(("size", "overlap"), [(8, 0), (100, 50), (100, -1)])
def test_bad_settings_are_refused_with_the_parameter_name(size, overlap):
    with pytest.raises(ValueError, match="chunk_"):
        ChunkingSettings(chunk_size=size, chunk_overlap=overlap)
