"""The ask, evaluate and generate-eval commands on the sample index (no Spark)."""

import json

import pytest

from {{ cookiecutter.package_name }}.chain.registration import run
from {{ cookiecutter.package_name }}.cli import main
from {{ cookiecutter.package_name }}.parameters import ChainParameters

from tests.conftest import PROJECT_ROOT


@pytest.fixture
def in_project(monkeypatch):
    monkeypatch.chdir(PROJECT_ROOT)


def test_ask_answers_from_the_local_index_with_sources(in_project, sample_index, capsys):
    assert main(["ask", "What is the per diem for international trips?", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert "$95 per day for international trips" in answer["answer"]
    assert answer["sources"][0]["document_path"].endswith("travel_expense_policy.pdf")

    assert main(["ask", "What is the per diem for international trips?"]) == 0
    printed = capsys.readouterr().out
    assert "Sources:" in printed and "travel_expense_policy.pdf page" in printed


def test_ask_refuses_bad_questions_and_a_missing_index_with_the_fix(in_project, capsys):
    assert main(["ask", "anything"]) == 2
    assert "run the job (`make job`)" in capsys.readouterr().err


def test_ask_refuses_an_empty_question(in_project, sample_index, capsys):
    assert main(["ask", "   "]) == 2
    assert "the question is empty" in capsys.readouterr().err


def test_evaluate_and_generate_eval_on_any_dataset(
    in_project, sample_index, job_parameters, tmp_path, capsys
):
    run(ChainParameters.from_parameters(job_parameters.get))
    dataset = tmp_path / "synthetic.jsonl"
    assert main(["generate-eval", "--output", str(dataset), "--rows", "4"]) == 0
    assert len(dataset.read_text().splitlines()) == 4
    output = tmp_path / "results"
    code = main(["evaluate", "--dataset", str(dataset), "--output", str(output)])
    assert (output / "summary.md").read_text().startswith("## Offline evaluation:")
    metrics = json.loads((output / "metrics.json").read_text())
    assert code == (0 if metrics["passed"] else 1)
    assert metrics["promoted_to"] == ""
    assert len((output / "results.jsonl").read_text().splitlines()) == 4
    assert main(["evaluate", "--dataset", str(tmp_path / "none.jsonl"), "--output", "x"]) == 2

    many = tmp_path / "many.jsonl"
    capsys.readouterr()
    assert main(["generate-eval", "--output", str(many), "--rows", "10000"]) == 0
    written = len(many.read_text().splitlines())
    assert f"wrote {written} evaluation rows to {many} of 10000 asked" in capsys.readouterr().out


@pytest.mark.parametrize("port", ["99999", "-1", "http"])
def test_serve_refuses_a_port_that_is_not_one(port, capsys):
    with pytest.raises(SystemExit) as refused:
        main(["serve", "--port", port])
    assert refused.value.code == 2
    assert "use 1 to 65535, or 0 for any" in capsys.readouterr().err
