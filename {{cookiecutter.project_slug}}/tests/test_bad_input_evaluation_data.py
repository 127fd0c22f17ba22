"""Evaluation sets that are not plain UTF-8 JSON Lines: refused with the line to fix, or read as
the editor meant them."""

import json

import pytest

from {{ cookiecutter.package_name }}.evaluation.data import EvaluationDataError, load_evaluation_set

ROW = {"inputs": {"question": "How long is the probation period?"}}


def test_a_file_that_is_not_utf8_is_refused_with_its_line(tmp_path):
    dataset = tmp_path / "latin1.jsonl"
    latin1 = '{"inputs": {"question": "Qué es?"}}\n'.encode("latin-1")
    dataset.write_bytes((json.dumps(ROW) + "\n").encode() + latin1)
    with pytest.raises(EvaluationDataError) as refused:
        load_evaluation_set(dataset)
    assert str(refused.value) == (
        f"{dataset}, line 2: not UTF-8 text (byte 0xe9); save the file as UTF-8"
    )


def test_a_byte_order_mark_is_skipped(tmp_path):
    dataset = tmp_path / "notepad.jsonl"
    dataset.write_bytes(b"\xef\xbb\xbf" + json.dumps(ROW).encode() + b"\r\n")
    assert load_evaluation_set(dataset) == [ROW]


def test_a_line_separator_inside_a_question_does_not_split_the_row(tmp_path):
    row = {"inputs": {"question": "First part\u2028second part?"}}
    dataset = tmp_path / "separator.jsonl"
    dataset.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    assert load_evaluation_set(dataset) == [row]


def test_a_folder_is_named_as_a_folder(tmp_path):
    with pytest.raises(EvaluationDataError, match="is a folder, not a JSON Lines file"):
        load_evaluation_set(tmp_path)
