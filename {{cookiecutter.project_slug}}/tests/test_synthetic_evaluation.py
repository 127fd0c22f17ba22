import pandas as pd
import pytest

from {{ cookiecutter.package_name }}.evaluation.data import load_evaluation_set
from {{ cookiecutter.package_name }}.evaluation.synthetic import (
    SyntheticSetError,
    generate,
    model_question_writer,
    write_jsonl,
)


def test_offline_set_is_deterministic_balanced_and_loads_as_an_evaluation_set(
    sample_chunks, tmp_path
):
    first = generate(sample_chunks, 10)
    assert first == generate(sample_chunks, 10)
    assert len(first) == 10
    documents = {
        row["expectations"]["expected_retrieved_context"][0]["doc_uri"].split("#")[0]
        for row in first
    }
    assert len(documents) == 5
    for row in first:
        answer = row["expectations"]["expected_response"]
        document, page = row["expectations"]["expected_retrieved_context"][0]["doc_uri"].split(
            "#page="
        )
        source = sample_chunks[
            (sample_chunks["document_path"].str.endswith(document))
            & (sample_chunks["page_number"] == int(page))
        ]
        assert any(answer in " ".join(text.split()) for text in source["chunk_text"])
        assert row["inputs"]["question"].startswith("What do the documents say about")
    path = tmp_path / "synthetic.jsonl"
    assert write_jsonl(first, path) == 10
    assert load_evaluation_set(path) == first


def test_a_question_is_written_once_even_when_overlapping_chunks_share_its_sentence(tmp_path):
    sentence = "Full-time employees receive 27 days of paid annual leave every calendar year."
    chunks = pd.DataFrame(
        {
            "chunk_id": ["a", "b", "c"],
            "document_path": ["/v/leave.pdf", "/v/leave.pdf", "/v/travel.pdf"],
            "page_number": [1, 1, 2],
            # Two windows of one page repeat its key sentence, with other spacing and case.
            "chunk_text": [
                f"Leave. {sentence}",
                f"{sentence.upper().replace(' ', '  ')} Carry-over.",
                "Travel must be booked through the corporate portal at least ten days ahead.",
            ],
        }
    )
    dataset = generate(chunks, 5)
    questions = [row["inputs"]["question"] for row in dataset]
    assert len(questions) == 2
    assert any("Travel" in question for question in questions)
    path = tmp_path / "synthetic.jsonl"
    write_jsonl(dataset, path)
    assert load_evaluation_set(path) == dataset


def test_model_writer_skips_answers_that_are_not_a_question_and_answer(
    replay, workspace_client, sample_chunks
):
    replay("chat_question_writer")
    write = model_question_writer(workspace_client, "databricks-meta-llama-3-3-70b-instruct")
    dataset = generate(sample_chunks.head(2), 2, write)
    assert len(dataset) == 1
    assert dataset[0]["inputs"]["question"].startswith("How many days of paid annual leave")
    assert dataset[0]["expectations"]["expected_response"] == "27 days per year."


def test_empty_table_and_bad_row_counts_are_clear_errors():
    empty = pd.DataFrame(columns=["chunk_id", "document_path", "page_number", "chunk_text"])
    with pytest.raises(SyntheticSetError, match="run the ingestion task first"):
        generate(empty, 5)
    with pytest.raises(SyntheticSetError, match="at least one row"):
        generate(empty, 0)
