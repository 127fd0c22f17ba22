import textwrap

import pytest

from {{ cookiecutter.package_name }}.cli import main
from {{ cookiecutter.package_name }}.local.dbutils import (
    Secrets,
    TaskValues,
    Widgets,
    interactive_dbutils,
)
from {{ cookiecutter.package_name }}.local.runner import run_job

from tests.test_bundle import write_bundle

JOB = """\
    resources:
      jobs:
        demo_job:
          name: demo
          parameters:
            - name: greeting
              default: hello
          tasks:
            - task_key: first
              notebook_task: {notebook_path: ../notebooks/a.py}
            - task_key: second
              depends_on: [{task_key: first}]
              notebook_task: {notebook_path: ../notebooks/b.py}
            - task_key: third
              depends_on: [{task_key: second}]
              notebook_task: {notebook_path: ../notebooks/c.py}
    """


@pytest.fixture
def project(tmp_path):
    root = write_bundle(tmp_path / "project", JOB)
    notebooks = root / "notebooks"
    (notebooks / "a.py").write_text(
        "# Databricks notebook source\n"
        "# MAGIC %md ignored magic\n"
        "dbutils.jobs.taskValues.set('word', dbutils.widgets.get('greeting') + ' world')\n"
    )
    (notebooks / "b.py").write_text(
        "word = dbutils.jobs.taskValues.get(taskKey='first', key='word')\n"
        "assert word != 'boom', 'the second task refuses boom'\n"
        "dbutils.jobs.taskValues.set('length', len(word))\n"
    )
    (notebooks / "c.py").write_text("dbutils.jobs.taskValues.set('done', True)\n")
    return root


def test_tasks_share_parameters_and_task_values(project):
    lines = []
    run = run_job(project, echo=lines.append)
    assert run.succeeded
    assert run.task_values == {
        "first": {"word": "hello world"},
        "second": {"length": 11},
        "third": {"done": True},
    }
    assert any(line.startswith("[2/3] second succeeded in") for line in lines)


def test_a_failing_task_stops_the_job_and_names_the_reason(project):
    (project / "notebooks" / "a.py").write_text("dbutils.jobs.taskValues.set('word', 'boom')\n")
    run = run_job(project, echo=lambda _: None)
    assert not run.succeeded
    statuses = {o.key: o.status for o in run.outcomes}
    assert statuses == {"first": "succeeded", "second": "failed", "third": "skipped: second failed"}
    failed = next(o for o in run.outcomes if o.key == "second")
    assert failed.error == "AssertionError: the second task refuses boom"


def test_a_project_error_is_printed_as_its_message_and_anything_else_with_a_traceback(project):
    (project / "notebooks" / "b.py").write_text(
        "from {{ cookiecutter.package_name }}.errors import ProjectError\n"
        "raise ProjectError('config/rag_chain.yml: retrieval.k is 0: fix it')\n"
    )
    lines = []
    run_job(project, echo=lines.append)
    assert "error: config/rag_chain.yml: retrieval.k is 0: fix it" in lines
    assert not any("Traceback" in line for line in lines)

    (project / "notebooks" / "b.py").write_text("1 / 0\n")
    lines.clear()
    run_job(project, echo=lines.append)
    assert any(line.startswith("Traceback") and "ZeroDivisionError" in line for line in lines)


def test_only_selected_tasks_run_and_overrides_are_checked(project):
    run = run_job(project, tasks=["first"], overrides={"greeting": "hi"}, echo=lambda _: None)
    assert run.task_values == {"first": {"word": "hi world"}}
    with pytest.raises(ValueError, match="no parameter colour"):
        run_job(project, overrides={"colour": "red"}, echo=lambda _: None)
    with pytest.raises(ValueError, match="no task fourth"):
        run_job(project, tasks=["fourth"], echo=lambda _: None)


def test_dbutils_stand_in_behaves_like_dbutils(monkeypatch):
    widgets = Widgets({"a": "1"})
    widgets.text("b", "2")
    widgets.text("a", "ignored")
    assert widgets.getAll() == {"a": "1", "b": "2"}
    with pytest.raises(KeyError, match="no widget or job parameter named 'c'"):
        widgets.get("c")

    values = TaskValues({}, "t")
    with pytest.raises(TypeError):
        values.set("bad", object())
    assert values.get("other", "missing", default=3) == 3
    assert values.get("other", "missing", default=3, debugValue=4) == 3  # in a job run
    with pytest.raises(ValueError, match="set no value"):
        values.get("other", "missing")

    # Outside a job, as the SDK's own dbutils (databricks/sdk/dbutils.py) behaves.
    by_hand = interactive_dbutils().jobs.taskValues
    assert by_hand.get("other", "missing", default=3, debugValue=4) == 4
    with pytest.raises(TypeError, match="Must pass debugValue"):
        by_hand.get("other", "missing", default=3)
    by_hand.set("kept", 1)
    assert by_hand.get("t", "kept", debugValue="debug") == "debug"

    monkeypatch.setenv("RAG_SECRET_OPENAI_API_KEY", "sk-local")
    assert Secrets().get("openai", "api-key") == "sk-local"
    with pytest.raises(KeyError, match="export RAG_SECRET_MISSING_TOKEN"):
        Secrets().get("missing", "token")


def test_cli_exit_codes(project, monkeypatch, capsys):
    monkeypatch.chdir(project)
    assert main(["job", "--target", "local", "--param", "greeting=hey"]) == 0
    assert main(["job", "--target", "staging"]) == 2
    assert "databricks bundle deploy -t staging" in capsys.readouterr().err
    assert main(["job", "--target", "prod", "--job", "nightly"]) == 2
    assert "databricks bundle run -t prod nightly" in capsys.readouterr().err
    assert main(["ingest", "--source", str(project / "nowhere")]) == 2
    assert "nowhere does not exist: give the folder" in capsys.readouterr().err
    assert main(["ingest", "--source", str(project / "databricks.yml")]) == 2
    assert "databricks.yml is not a folder" in capsys.readouterr().err
    (project / "notebooks" / "c.py").write_text("raise RuntimeError('disk full')\n")
    assert main(["job"]) == 1


def test_cli_outside_a_project_says_where_to_run(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["job"]) == 2
    assert "run this inside the project folder" in capsys.readouterr().err


def test_cli_rejects_malformed_parameters(capsys):
    with pytest.raises(SystemExit):
        main(["job", "--param", "novalue"])
    assert "expected name=value" in capsys.readouterr().err


def test_notebook_without_header_still_runs(project):
    (project / "notebooks" / "a.py").write_text(
        textwrap.dedent(
            """\
            value = dbutils.widgets.get("greeting")
            dbutils.jobs.taskValues.set("word", value)
            """
        )
    )
    assert run_job(project, tasks=["first"], echo=lambda _: None).succeeded


def test_notebook_exit_ends_the_task_successfully_with_its_value(project):
    (project / "notebooks" / "b.py").write_text(
        "dbutils.notebook.exit('{\"passed\": true}')\nraise RuntimeError('not reached')\n"
    )
    run = run_job(project, echo=lambda line: None)
    assert run.succeeded
    assert run.outcomes[1].output == '{"passed": true}'
