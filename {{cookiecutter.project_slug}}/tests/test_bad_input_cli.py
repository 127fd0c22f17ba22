"""Bad input to the command line's own commands: a message that says what to do, no traceback."""

import pytest

from {{ cookiecutter.package_name }}.cli import main
from {{ cookiecutter.package_name }}.local.runner import run_job

from tests.conftest import PROJECT_ROOT
from tests.test_bundle import write_bundle


@pytest.fixture
def in_project(monkeypatch):
    monkeypatch.chdir(PROJECT_ROOT)


def test_serve_refuses_a_version_that_is_not_registered(in_project, capsys):
    assert main(["serve", "--version", "77"]) == 2
    error = capsys.readouterr().err
    assert "has no version '77': give a registered version number, or --alias" in error
    assert "Traceback" not in error


@pytest.mark.parametrize("requests", ["0", "-5", "many"])
def test_traffic_refuses_a_count_below_one(requests, capsys):
    with pytest.raises(SystemExit) as refused:
        main(["traffic", "--requests", requests])
    assert refused.value.code == 2
    assert f"{requests!r} is not a count: use a whole number from 1" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["monitor", "cost"])
def test_a_log_that_is_not_there_is_refused(in_project, tmp_path, command, capsys):
    assert main([command, "--log", str(tmp_path / "typo.jsonl")]) == 2
    assert "typo.jsonl does not exist: give the local endpoint's inference log" in (
        capsys.readouterr().err
    )
    assert main([command, "--log", str(tmp_path)]) == 2
    assert f"--log {tmp_path} is a folder" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["monitor", "cost"])
def test_with_nothing_logged_yet_the_report_says_how_to_get_requests(in_project, command, capsys):
    assert main([command]) == 0
    printed = capsys.readouterr()
    assert "note: no requests logged yet" in printed.err
    assert "run the job (`make job`)" in printed.err
    assert "report: " in printed.out


def test_a_target_parameter_other_than_the_runs_target_is_refused(tmp_path):
    project = write_bundle(
        tmp_path / "project",
        """\
        resources:
          jobs:
            demo_job:
              name: demo
              parameters:
                - {name: target, default: local}
              tasks:
                - task_key: first
                  notebook_task: {notebook_path: ../notebooks/a.py}
        """,
    )
    with pytest.raises(ValueError, match="choose the target with --target"):
        run_job(project, overrides={"target": "dev"}, echo=lambda _: None)
    assert run_job(project, overrides={"target": "local"}, echo=lambda _: None).succeeded


def test_generate_eval_never_writes_over_a_file_or_into_a_folder_name(
    in_project, sample_index, tmp_path, capsys
):
    curated = tmp_path / "curated.jsonl"
    curated.write_text('{"inputs": {"question": "Kept?"}}\n')
    assert main(["generate-eval", "--output", str(curated)]) == 2
    assert "is an existing file: name a new JSONL file" in capsys.readouterr().err
    assert curated.read_text() == '{"inputs": {"question": "Kept?"}}\n'
    assert main(["generate-eval", "--output", str(tmp_path)]) == 2
    assert "is a folder: name a new JSONL file" in capsys.readouterr().err


@pytest.mark.parametrize("rate", ["nan", "inf", "-1"])
def test_cost_refuses_a_rate_that_is_not_a_finite_count(in_project, rate, capsys):
    assert main(["cost", "--requests-per-day", rate]) == 2
    assert "--requests-per-day must be 0 or more, and finite" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command",
    [
        ["monitor"],
        ["cost"],
        ["evaluate", "--dataset", str(PROJECT_ROOT / "data" / "eval" / "minimal.jsonl")],
    ],
    ids=["monitor", "cost", "evaluate"],
)
def test_an_output_that_is_a_file_is_refused_and_kept(in_project, tmp_path, command, capsys):
    existing = tmp_path / "notes.txt"
    existing.write_text("kept")
    assert main([*command, "--output", str(existing)]) == 2
    assert f"--output {existing} is a file: name a folder" in capsys.readouterr().err
    assert existing.read_text() == "kept"
