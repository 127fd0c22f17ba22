import json

import pytest

from {{ cookiecutter.package_name }}.evaluation.data import (
    EvaluationDataError,
    load_evaluation_set,
    parse_doc_uri,
)
from {{ cookiecutter.package_name }}.evaluation.scores import (
    fact_coverage,
    hit_at_k,
    reciprocal_rank,
)

from tests.conftest import PROJECT_ROOT

ROW = {
    "inputs": {"question": "How long is the probation period?"},
    "expectations": {
        "expected_response": "120 days.",
        "expected_retrieved_context": [{"doc_uri": "employee_handbook.pdf#page=1"}],
    },
}


def write_lines(path, *lines: str):
    path.write_text("\n".join(lines) + "\n")
    return path


def test_shipped_sets_load_in_mlflow_shape():
    full = load_evaluation_set(PROJECT_ROOT / "data" / "eval" / "full.jsonl")
    minimal = load_evaluation_set(PROJECT_ROOT / "data" / "eval" / "minimal.jsonl")
    assert (len(full), len(minimal)) == (40, 5)
    for row in full + minimal:
        assert set(row) == {"inputs", "expectations"}
        assert set(row["inputs"]) == {"question"}
        for entry in row["expectations"]["expected_retrieved_context"]:
            assert set(entry) == {"doc_uri"}


def test_rows_come_back_unchanged_and_blank_lines_are_skipped(tmp_path):
    second = {"inputs": {"question": "What does E07 mean?"}}
    path = write_lines(tmp_path / "set.jsonl", json.dumps(ROW), "", "  ", json.dumps(second))
    assert load_evaluation_set(path) == [ROW, second]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"inputs": {"question": "x"}', r"line 2: not valid JSON \(Expecting ',' delimiter"),
        ("[1, 2]", "line 2: a row must be a JSON object, got list"),
        ('{"expectations": {"expected_response": "y"}}', "line 2: missing inputs.question"),
        ('{"inputs": {"question": "  "}}', "line 2: missing inputs.question"),
        ('{"inputs": {"query": "x"}}', "line 2: missing inputs.question"),
        ('{"inputs": {"question": "x", "user": "u"}}', "inputs may hold only 'question'"),
        ('{"inputs": {"question": "x"}, "expectation": {}}', "unknown key 'expectation'"),
        ('{"inputs": {"question": "x"}, "expectations": {}}', "must be a non-empty object"),
        (
            '{"inputs": {"question": "x"}, "expectations": {"expected_reponse": "y"}}',
            "unknown expectation 'expected_reponse'",
        ),
        (
            '{"inputs": {"question": "x"}, "expectations": {"expected_response": ""}}',
            "'expected_response' must be a non-empty string",
        ),
        (
            '{"inputs": {"question": "x"}, "expectations": {"expected_facts": "a fact"}}',
            "'expected_facts' must be a non-empty list of strings",
        ),
        (
            '{"inputs": {"question": "x"}, "expectations": {"expected_retrieved_context": []}}',
            "'expected_retrieved_context' must be a non-empty list",
        ),
        (
            '{"inputs": {"question": "x"}, '
            '"expectations": {"expected_retrieved_context": [{"uri": "a.pdf#page=1"}]}}',
            "expected_retrieved_context entry 1 has no 'doc_uri'",
        ),
        (
            '{"inputs": {"question": "x"}, '
            '"expectations": {"expected_retrieved_context": [{"doc_uri": "a.pdf#page=0"}]}}',
            r"entry 1: doc_uri 'a.pdf#page=0' is not '<document>' or '<document>#page=<N>'",
        ),
        (
            '{"inputs": {"question": "how long is the  PROBATION period?"}}',
            "line 2: repeats the question of line 1",
        ),
    ],
)
def test_a_bad_line_is_refused_naming_the_file_the_line_and_the_fault(tmp_path, line, message):
    path = write_lines(tmp_path / "bad.jsonl", json.dumps(ROW), line)
    with pytest.raises(EvaluationDataError, match=message) as error:
        load_evaluation_set(path)
    assert str(error.value).startswith(f"{path}, line 2: ")


def test_missing_and_empty_files_are_clear_errors(tmp_path):
    with pytest.raises(EvaluationDataError, match=r"none\.jsonl does not exist.*eval_dataset"):
        load_evaluation_set(tmp_path / "none.jsonl")
    with pytest.raises(EvaluationDataError, match="has no rows"):
        load_evaluation_set(write_lines(tmp_path / "empty.jsonl", ""))


@pytest.mark.parametrize(
    ("doc_uri", "reference"),
    [
        ("employee_handbook.pdf#page=3", ("employee_handbook.pdf", 3)),
        ("/Volumes/c/s/docs/my%20file.pdf#page=12", ("my file.pdf", 12)),
        # Document level, as valid MLflow 3 evaluation data gives it.
        ("Normans.pdf", ("Normans.pdf", None)),
        ("/Volumes/main/rag/source_pdfs/Normans.pdf", ("Normans.pdf", None)),
        ("dbfs:/Volumes/main/rag/source_pdfs/Normans.pdf", ("Normans.pdf", None)),
        ("file:///home/me/pdfs/Normans.pdf#page=2", ("Normans.pdf", 2)),
        ("s3://bucket/corpus/Normans.pdf", ("Normans.pdf", None)),
        ("https://example.com/docs/Normans.pdf?version=2#page=4", ("Normans.pdf", 4)),
        ("C:\\Users\\me\\Normans.pdf", ("Normans.pdf", None)),
        ("  Normans.pdf  ", ("Normans.pdf", None)),
    ],
)
def test_doc_uri_names_a_document_and_optionally_a_page(doc_uri, reference):
    assert parse_doc_uri(doc_uri) == reference


@pytest.mark.parametrize(
    "bad", ["a.pdf#page=two", "a.pdf#page=0", "a.pdf#section-2", "#page=1", "", "/", None]
)
def test_a_doc_uri_that_names_no_document_or_no_page_is_refused(bad):
    with pytest.raises(EvaluationDataError, match=r"is not '<document>' or '<document>#page=<N>'"):
        parse_doc_uri(bad)


def test_a_set_with_document_level_references_loads(tmp_path):
    row = {
        "inputs": {"question": "Who were the Normans?"},
        "expectations": {
            "expected_facts": ["The Normans came from Normandy."],
            "expected_retrieved_context": [
                {"doc_uri": "Normans.pdf"},
                {"doc_uri": "/Volumes/main/rag/docs/Vikings.pdf#page=2"},
            ],
        },
    }
    path = write_lines(tmp_path / "set.jsonl", json.dumps(row))
    assert load_evaluation_set(path) == [row]


def test_retrieval_is_scored_at_the_level_each_expected_entry_gives():
    expected = [{"doc_uri": "Normans.pdf"}, {"doc_uri": "Vikings.pdf#page=2"}]
    assert hit_at_k([("/Volumes/x/Normans.pdf", 7)], expected, 1)
    assert not hit_at_k([("/Volumes/x/Vikings.pdf", 7)], expected, 1)
    assert reciprocal_rank(
        [("Vikings.pdf", 1), ("Vikings.pdf", 2), ("Normans.pdf", 1)], expected
    ) == pytest.approx(1 / 2)
    assert reciprocal_rank([("Other.pdf", 1), ("s3://b/Normans.pdf", 9)], expected) == 0.5


def test_fact_coverage_is_the_share_of_expected_facts_the_answer_states():
    facts = {
        "expected_facts": [
            "The per diem is $95 for international trips.",
            "Receipts are required above $25.",
        ]
    }
    both = {"answer": "International trips: per diem $95. Receipts required above $25. [1]"}
    one = {"answer": "[offline extractive answer] The per diem is $95 for international trips."}
    assert fact_coverage(both, facts) == 1.0
    assert fact_coverage(one, facts) == 0.5
    assert fact_coverage({"answer": "I don't know."}, facts) == 0.0
    assert fact_coverage(both, {"expected_response": "x"}) is None


def test_hits_compare_file_names_and_pages_of_any_path():
    expected = [{"doc_uri": "travel.pdf#page=2"}, {"doc_uri": "handbook.pdf#page=5"}]
    retrieved = [
        ("/Volumes/main/rag/docs/travel.pdf", 3),
        ("/home/me/project/data/sample_pdfs/handbook.pdf", 4),
        ("dbfs:/Volumes/main/rag/docs/handbook.pdf", 5),
        ("travel.pdf", 2),
    ]
    assert not hit_at_k(retrieved, expected, 2)
    assert hit_at_k(retrieved, expected, 3)
    assert hit_at_k(retrieved, expected, 10)
    assert reciprocal_rank(retrieved, expected) == pytest.approx(1 / 3)
    assert reciprocal_rank(retrieved[:2], expected) == 0.0
    assert reciprocal_rank([("other/travel.pdf", 2)], expected) == 1.0
    assert not hit_at_k([], expected, 5)
    with pytest.raises(ValueError, match="k must be at least 1"):
        hit_at_k(retrieved, expected, 0)
