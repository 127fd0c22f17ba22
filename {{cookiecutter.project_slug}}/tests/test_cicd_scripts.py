"""The CI/CD scripts under .github/scripts/ on GitHub API payloads and Databricks CLI output
written from their references (tests/exchanges/github/; each file says which in `_source`).

bundle_summary_test.json is `databricks bundle summary -o json` of the test target after a
deploy, written in the shape of the CLI's own acceptance output (databricks/cli v1.13.0,
acceptance/bundle/resources/volumes/change-schema-name/output.txt: volumes carry `id`, `url` and
the computed `volume_path`), not captured from a workspace."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).parent.parent / ".github" / "scripts"
EXCHANGES = Path(__file__).parent / "exchanges" / "github"


def load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


decision_script = load_script("evaluation_decision")
summary_script = load_script("job_summary")
upload_script = load_script("upload_sources")


def recorded(name: str):
    return json.loads((EXCHANGES / name).read_text())


@pytest.mark.parametrize(
    ("event_name", "event", "pulls", "runs", "reason"),
    [
        (
            "push",
            "event_push.json",
            "pulls_label_present.json",
            False,
            "pull request #48 carried the label skip-e2e-evaluation",
        ),
        (
            "push",
            "event_push.json",
            "pulls_label_absent.json",
            True,
            "pull request #49 did not carry the label skip-e2e-evaluation",
        ),
        (
            "push",
            "event_push.json",
            "pulls_direct_push.json",
            True,
            "direct push to main without a merged pull request",
        ),
        (
            "push",
            "event_push.json",
            "pulls_label_only_on_open_pr.json",
            True,
            "direct push to main without a merged pull request",
        ),
        (
            "workflow_dispatch",
            "event_workflow_dispatch_skip.json",
            None,
            False,
            "manual run with full_evaluation=false",
        ),
        (
            "workflow_dispatch",
            "event_workflow_dispatch_run.json",
            None,
            True,
            "manual run with full_evaluation=true",
        ),
    ],
)
def test_the_label_decides_the_full_evaluation(event_name, event, pulls, runs, reason):
    decision = decision_script.decide(
        event_name, recorded(event), recorded(pulls) if pulls else None
    )
    assert decision == decision_script.Decision(runs, reason)


def test_unlisted_pull_requests_run_the_full_evaluation():
    decision = decision_script.decide("push", recorded("event_push.json"), None)
    assert decision.run_full_evaluation is True
    assert "could not be listed" in decision.reason


def test_decision_outputs_and_summary(tmp_path, monkeypatch):
    output, summary = tmp_path / "output", tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_OUTPUT", str(output))
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    argv = ["--event-name", "push", "--event-path", str(EXCHANGES / "event_push.json")]
    pulls = EXCHANGES / "pulls_label_present.json"
    assert decision_script.main([*argv, "--pulls", str(pulls)]) == 0
    assert output.read_text().splitlines() == [
        "run_full_evaluation=false",
        "reason=pull request #48 carried the label skip-e2e-evaluation",
    ]
    assert "| full (job `full_evaluation`) | skipped | pull request #48" in summary.read_text()

    output.unlink()
    assert decision_script.main([*argv, "--pulls", str(tmp_path / "missing.json")]) == 0
    assert output.read_text().startswith("run_full_evaluation=true\n")


def recorded_cli(run: str, output: str):
    """A stand-in for the Databricks CLI that answers from exchange files and checks the calls."""
    calls = []

    def cli(arguments):
        calls.append(arguments)
        if arguments[:2] == ["jobs", "get-run"]:
            assert arguments[2] == "734512345678901"
            return recorded(run)
        assert arguments[:2] == ["jobs", "get-run-output"]
        assert arguments[2] == "1003"  # the offline_evaluation task's run, not the job run
        return recorded(output)

    return cli, calls


def run_summary(tmp_path, monkeypatch, run, output, log="bundle_run.log"):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    cli, calls = recorded_cli(run, output)
    argv = ["--run-log", str(EXCHANGES / log), "--title", "rag_job on test"]
    return summary_script.main(argv, cli=cli), summary.read_text(), calls


def test_passed_gates_report_metrics_and_links(tmp_path, monkeypatch):
    code, summary, calls = run_summary(
        tmp_path, monkeypatch, "get_run_success.json", "get_run_output_passed.json"
    )
    assert code == 0
    assert len(calls) == 2
    assert summary.startswith("## Evaluation: rag_job on test\n")
    assert "#job/912345678901234/run/734512345678901)" in summary
    assert "TERMINATED / SUCCESS" in summary
    assert "/ml/experiments/4242/runs/5f2d0c1e9b8a47d6a1c3e5f7b9d0a2c4" in summary
    assert "- Gates: **passed**" in summary
    assert "| retrieval_hit_rate >= 0.8 | 0.9 | 0.85 | pass |" in summary
    assert "| answer_token_f1 | 0.4112 |" in summary
    assert "| latency_p95_ms | 2140 |" in summary


def test_a_failed_gate_in_the_result_fails(tmp_path, monkeypatch):
    code, summary, _ = run_summary(
        tmp_path, monkeypatch, "get_run_success.json", "get_run_output_report_failed.json"
    )
    assert code == 1
    assert "- Gates: **FAILED**" in summary
    assert "| FAIL |" in summary


def test_a_task_that_raised_reports_its_error(tmp_path, monkeypatch):
    code, summary, _ = run_summary(
        tmp_path, monkeypatch, "get_run_gate_failed.json", "get_run_output_gate_error.json"
    )
    assert code == 1
    assert "Task `offline_evaluation`: TERMINATED / FAILED" in summary
    assert "**no verdict**" in summary
    assert "EvaluationGateError: 1 of 6 gates failed: retrieval_hit_rate 0.6 < 0.8" in summary


def test_a_run_that_stopped_before_the_evaluation_fails(tmp_path, monkeypatch):
    code, summary, calls = run_summary(
        tmp_path, monkeypatch, "get_run_ingestion_failed.json", "get_run_output_passed.json"
    )
    assert code == 1
    assert len(calls) == 1
    assert "no task `offline_evaluation` ran (TERMINATED / FAILED)" in summary


def test_a_log_without_a_run_fails_with_the_reason(tmp_path, monkeypatch):
    code, summary, calls = run_summary(
        tmp_path,
        monkeypatch,
        "get_run_success.json",
        "get_run_output_passed.json",
        log="bundle_run_no_url.log",
    )
    assert code == 1
    assert calls == []
    assert "No report: no 'Run URL: ...' line in the log" in summary


def test_both_run_url_forms_are_read():
    new_form = "Run URL: https://host.example.com/jobs/12/runs/345?o=6\n"
    assert summary_script.run_id_from_log(new_form) == 345
    assert summary_script.run_id_from_log((EXCHANGES / "bundle_run.log").read_text()) == (
        734512345678901
    )


SAMPLE_PDFS = Path(__file__).parent.parent / "data" / "sample_pdfs"


def recorded_bundle(calls: list):
    """A stand-in for the Databricks CLI: the recorded bundle summary, and copies that succeed."""

    def cli(arguments):
        calls.append(arguments)
        if arguments[:2] == ["bundle", "summary"]:
            return (EXCHANGES / "bundle_summary_test.json").read_text()
        assert arguments[:3] == ["fs", "cp", "--overwrite"]
        return ""

    return cli


def test_the_pdfs_go_to_the_volume_path_the_bundle_resolved(capsys):
    calls = []
    argv = ["--target", "test", "--volume", "source_pdfs", "--folder", str(SAMPLE_PDFS)]
    assert upload_script.main(argv, cli=recorded_bundle(calls)) == 0
    pdfs = sorted(SAMPLE_PDFS.glob("*.pdf"))
    assert len(pdfs) == 5
    assert calls[0] == ["bundle", "summary", "--target", "test", "--output", "json"]
    # The test target's schema carries the `test_` prefix of its presets; the volume does not.
    assert calls[1:] == [
        [
            "fs",
            "cp",
            "--overwrite",
            str(pdf),
            f"dbfs:/Volumes/test/test_rag_chatbot/source_pdfs/{pdf.name}",
        ]
        for pdf in pdfs
    ]
    assert "uploaded 5 PDFs" in capsys.readouterr().out


def test_an_upload_without_pdfs_or_without_the_volume_fails_with_the_reason(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("not a PDF")
    calls = []
    argv = ["--target", "test", "--volume", "source_pdfs", "--folder", str(tmp_path)]
    assert upload_script.main(argv, cli=recorded_bundle(calls)) == 1
    assert calls == []
    assert f"::error::no *.pdf file in {tmp_path}" in capsys.readouterr().out

    argv = ["--target", "test", "--volume", "documents", "--folder", str(SAMPLE_PDFS)]
    assert upload_script.main(argv, cli=recorded_bundle(calls)) == 1
    assert len(calls) == 1  # the summary, then no copy
    assert "no volume resource 'documents' (volumes: source_pdfs)" in capsys.readouterr().out
