"""The CI/CD scripts under .github/scripts/ on GitHub API payloads and Databricks CLI output
written from their references (tests/exchanges/github/; each file says which in `_source`).

bundle_summary_test.json is `databricks bundle summary -o json` of the test target after a
deploy, written in the shape of the CLI's own acceptance output (databricks/cli v1.13.0,
acceptance/bundle/resources/volumes/change-schema-name/output.txt: volumes carry `id`, `url` and
the computed `volume_path`), not captured from a workspace."""

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).parent.parent / ".github" / "scripts"
EXCHANGES = Path(__file__).parent / "exchanges" / "github"
# The scripts import their shared module (github_api) from their own folder.
sys.path.insert(0, str(SCRIPTS))


def load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


decision_script = load_script("evaluation_decision")
summary_script = load_script("job_summary")
upload_script = load_script("upload_sources")
status_script = load_script("full_evaluation_status")
refresh_script = load_script("refresh_cicd")
lint_script = load_script("lint_actions")
report_script = load_script("pull_request_report")
rehearse_script = load_script("rehearse")
github_script = load_script("github_api")
rows_script = load_script("evaluation_rows")


def recorded(name: str):
    return json.loads((EXCHANGES / name).read_text())


HEAD = "8f3c2b7e1d0a9c4b5e6f7a8b9c0d1e2f3a4b5c6d"
MID = "3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d"
OLD = "0f9e8d7c6b5a49382716f5e4d3c2b1a098765432"
REPO = "repos/acme/rag-chatbot"


def recorded_api(head_pulls: str, mid_pulls: str = "pulls_mid_label_other_case.json", **extra):
    """The GitHub API of a push of HEAD (pull request #48) after MID (#50) after OLD, the last
    fully evaluated commit; each answer is a recorded payload (file name) or an exception."""
    answers = {
        f"{REPO}/commits?sha={HEAD}&per_page=50": "commits_main.json",
        f"{REPO}/commits/{MID}/status": "status_none.json",
        f"{REPO}/commits/{OLD}/status": "status_evaluated.json",
        f"{REPO}/commits/{HEAD}/pulls": head_pulls,
        f"{REPO}/commits/{MID}/pulls": mid_pulls,
        f"{REPO}/pulls/48": "pull_48.json",
        **extra,
    }

    def api(path, body=None):
        assert body is None, "the decision only reads"
        answer = answers[path]
        if isinstance(answer, Exception):
            raise answer
        return recorded(answer)

    return api


def push_decision(api):
    return decision_script.decide("push", recorded("event_push.json"), api)


def test_labelled_pull_requests_since_the_last_evaluation_skip_it():
    # #48 carries the label; #50, merged before it and not yet evaluated, in another case.
    assert push_decision(recorded_api("pulls_label_present.json")) == decision_script.Decision(
        False,
        "every pull request merged since the last full evaluation (#48, #50) carried the label "
        "skip-e2e-evaluation",
    )


def test_an_unlabelled_pull_request_since_the_last_evaluation_runs_it():
    # The pushed pull request carries the label, an earlier one not fully evaluated does not.
    decision = push_decision(
        recorded_api("pulls_label_present.json", mid_pulls="pulls_mid_label_absent.json")
    )
    assert decision == decision_script.Decision(
        True, "pull request #50 did not carry the label skip-e2e-evaluation"
    )
    decision = push_decision(recorded_api("pulls_label_absent.json"))
    assert decision == decision_script.Decision(
        True, "pull request #49 did not carry the label skip-e2e-evaluation"
    )


def with_head_message(api, message: str):
    """The same API, with another message for the pushed commit."""
    commits = recorded("commits_main.json")
    commits[0]["commit"]["message"] = message

    def changed(path, body=None):
        return commits if path.startswith(f"{REPO}/commits?sha=") else api(path, body)

    return changed


def test_an_empty_pull_request_list_right_after_the_merge_reads_the_merge_message():
    assert push_decision(recorded_api("pulls_direct_push.json")).run_full_evaluation is False
    # Without a pull request number in the message, it is a direct push.
    direct = with_head_message(recorded_api("pulls_direct_push.json"), "Fix a typo")
    assert push_decision(direct) == decision_script.Decision(
        True, "commit 8f3c2b7 reached main without a merged pull request"
    )


def test_an_open_pull_request_towards_another_branch_does_not_count():
    api = with_head_message(recorded_api("pulls_label_only_on_open_pr.json"), "Fix a typo")
    assert push_decision(api) == decision_script.Decision(
        True, "commit 8f3c2b7 reached main without a merged pull request"
    )


def test_without_an_evaluated_commit_or_without_the_api_it_runs():
    never_evaluated = recorded_api(
        "pulls_label_present.json", **{f"{REPO}/commits/{OLD}/status": "status_none.json"}
    )
    assert push_decision(never_evaluated) == decision_script.Decision(
        True, "no fully evaluated commit among the last 50 commits"
    )
    failing = recorded_api(
        "pulls_label_present.json", **{f"{REPO}/commits/{MID}/pulls": OSError("HTTP 502")}
    )
    decision = push_decision(failing)
    assert decision.run_full_evaluation is True
    assert "HTTP 502" in decision.reason
    assert push_decision(None).run_full_evaluation is True


@pytest.mark.parametrize(
    ("event", "runs"),
    [
        ("event_workflow_dispatch_skip.json", False),
        ("event_workflow_dispatch_run.json", True),
        ("event_workflow_dispatch_null_inputs.json", True),
    ],
)
def test_a_manual_run_follows_its_input(event, runs):
    decision = decision_script.decide("workflow_dispatch", recorded(event), None)
    assert decision == decision_script.Decision(
        runs, f"manual run with full_evaluation={str(runs).lower()}"
    )


def test_decision_outputs_and_summary(tmp_path, monkeypatch):
    output, summary = tmp_path / "output", tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_OUTPUT", str(output))
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    argv = ["--event-name", "push", "--event-path", str(EXCHANGES / "event_push.json")]
    assert decision_script.main(argv, api=recorded_api("pulls_label_present.json")) == 0
    outputs = step_outputs(output)
    assert outputs["run_full_evaluation"] == "false"
    assert outputs["reason"] == (
        "every pull request merged since the last full evaluation (#48, #50) carried the label "
        "skip-e2e-evaluation"
    )
    assert "| full (job `full_evaluation`) | skipped | every pull request" in summary.read_text()
    assert outputs["report"] == summary.read_text().rstrip()  # for the pull-request comment

    output.unlink()
    missing = ["--event-name", "push", "--event-path", str(tmp_path / "missing.json")]
    assert decision_script.main(missing, api=None) == 0
    assert output.read_text().startswith("run_full_evaluation=true\n")


DEPLOYED = "get_run_output_deployed.json"


def recorded_cli(run, output: str, deployment=DEPLOYED):
    """A stand-in for the Databricks CLI that answers from exchange files and checks the calls:
    the job run, then the outputs of its tasks' runs (offline_evaluation 1003, deployment 1004)."""
    calls = []
    outputs = {"1003": output, "1004": deployment}

    def cli(arguments):
        calls.append(arguments)
        if arguments[:2] == ["jobs", "get-run"]:
            assert arguments[2] == "734512345678901"
            return recorded(run) if isinstance(run, str) else run
        assert arguments[:2] == ["jobs", "get-run-output"]
        answer = outputs[arguments[2]]  # a task's run, never the job run
        return recorded(answer) if isinstance(answer, str) else answer

    return cli, calls


def step_outputs(path: Path) -> dict[str, str]:
    """$GITHUB_OUTPUT as the runner reads it: `name=value`, or `name<<delimiter` lines."""
    outputs, lines = {}, path.read_text().splitlines() if path.exists() else []
    while lines:
        line = lines.pop(0)
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            end = lines.index(delimiter)
            outputs[name], lines = "\n".join(lines[:end]), lines[end + 1 :]
        else:
            name, value = line.split("=", 1)
            outputs[name] = value
    return outputs


def run_summary(tmp_path, monkeypatch, run, output, log="bundle_run.log", deployment=DEPLOYED):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.setenv("GITHUB_OUTPUT", str(tmp_path / "output"))
    cli, calls = recorded_cli(run, output, deployment)
    argv = ["--run-log", str(EXCHANGES / log), "--title", "rag_job on test"]
    return summary_script.main(argv, cli=cli), summary.read_text(), calls


def test_passed_gates_report_metrics_and_links(tmp_path, monkeypatch):
    code, summary, calls = run_summary(
        tmp_path, monkeypatch, "get_run_success.json", "get_run_output_passed.json"
    )
    assert code == 0
    assert [call[2] for call in calls] == ["734512345678901", "1003", "1004"]
    assert summary.startswith("## Evaluation: rag_job on test\n")
    assert "#job/912345678901234/run/734512345678901)" in summary
    assert "TERMINATED / SUCCESS" in summary
    assert "/ml/experiments/4242/runs/5f2d0c1e9b8a47d6a1c3e5f7b9d0a2c4" in summary
    assert "- Gates: **passed**" in summary
    assert "| retrieval_hit_rate >= 0.8 | 0.9 | 0.85 | pass |" in summary
    assert "| answer_token_f1 | 0.4112 |" in summary
    assert "| latency_p95_ms | 2140 |" in summary
    assert "- Model version evaluated: 7" in summary
    outputs = step_outputs(tmp_path / "output")
    # The version the staging workflow passes to the full evaluation, and the report the
    # pull-request comment shows.
    assert outputs["model_version"] == "7"
    assert outputs["report"] == summary.rstrip()
    # The candidate's MLflow run, whose per-row results the workflow downloads.
    assert outputs["mlflow_run_id"] == "5f2d0c1e9b8a47d6a1c3e5f7b9d0a2c4"


def test_a_failed_gate_in_the_result_fails(tmp_path, monkeypatch):
    code, summary, _ = run_summary(
        tmp_path, monkeypatch, "get_run_success.json", "get_run_output_report_failed.json"
    )
    assert code == 1
    assert "- Gates: **FAILED**" in summary
    assert "| FAIL |" in summary
    assert "Deployment and smoke test" not in summary  # task 4 does not serve a failed version
    outputs = step_outputs(tmp_path / "output")
    assert "model_version" not in outputs  # a failed version is not fully evaluated
    assert "- Gates: **FAILED**" in outputs["report"]
    # A failed evaluation's rows are downloaded too.
    assert outputs["mlflow_run_id"] == "5f2d0c1e9b8a47d6a1c3e5f7b9d0a2c4"


def test_a_version_named_over_several_lines_sets_no_other_output(tmp_path, monkeypatch):
    # The version is the notebook's exit value, text the script does not control.
    report = summary_script.TaskReport(True, "## Evaluation\n", "7\nmlflow_run_id=forged", "")
    monkeypatch.setattr(summary_script, "report", lambda *arguments: report)
    monkeypatch.setattr(summary_script, "run_id_from_log", lambda log: "734512345678901")
    monkeypatch.setenv("GITHUB_OUTPUT", str(tmp_path / "output"))
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary.md"))

    argv = ["--run-log", str(EXCHANGES / "bundle_run.log"), "--title", "rag_job on test"]
    assert summary_script.main(argv) == 0
    outputs = step_outputs(tmp_path / "output")
    assert outputs["model_version"] == "7\nmlflow_run_id=forged"
    assert "mlflow_run_id" not in outputs


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


def test_the_smoke_test_and_its_latencies_reach_the_summary(tmp_path, monkeypatch):
    code, summary, _ = run_summary(
        tmp_path, monkeypatch, "get_run_success.json", "get_run_output_passed.json"
    )
    assert code == 0
    assert "### Deployment and smoke test" in summary
    assert "- Task `deploy_model_as_endpoint`: TERMINATED / SUCCESS" in summary
    assert "- Served version 7 on endpoint `rag-chatbot-endpoint-test`: https://" in summary
    # Latencies 640.2, 701.7, 812.4, 955.0, 1203.9 ms: median, nearest-rank p95, max.
    assert (
        "- Smoke test: **passed**, 5/5 questions answered; latency median 812 ms, p95 1204 ms, "
        "max 1204 ms"
    ) in summary
    assert (
        "- Latency run after the switch: **passed**, 20/20 requests, 0 errors (error rate 0.0%); "
        "p50 732 ms, p95 1388 ms"
    ) in summary
    assert "  - threshold `latency_p95_ms` (max 30000): 1388, pass" in summary
    assert "| What is the per diem for domestic travel? | 1204 | answered |" in summary
    assert "| Which \\| characters survive a table? | 702 | answered |" in summary
    assert "- Warning: AI Gateway: inference tables only on agent endpoints" in summary


def test_a_failed_deployment_fails_and_promotes_nothing(tmp_path, monkeypatch):
    run = recorded("get_run_success.json")
    run["tasks"][-1]["state"] = {"life_cycle_state": "TERMINATED", "result_state": "FAILED"}
    run["state"] = {"life_cycle_state": "TERMINATED", "result_state": "FAILED"}
    code, summary, _ = run_summary(
        tmp_path,
        monkeypatch,
        run,
        "get_run_output_passed.json",
        deployment="get_run_output_deploy_error.json",
    )
    assert code == 1
    assert "- Gates: **passed**" in summary
    assert "- Smoke test: **no result** (the task ended without it)" in summary
    assert "DeploymentError: smoke test failed on version 7, traffic restored to version 6" in (
        summary
    )
    assert "model_version" not in step_outputs(tmp_path / "output")


def test_a_deployment_without_smoke_figures_still_passes(tmp_path, monkeypatch):
    """A project refreshed before its task-4 notebook exits with the smoke test."""
    output = recorded("get_run_output_deployed.json")
    output["notebook_output"] = {}
    code, summary, _ = run_summary(
        tmp_path,
        monkeypatch,
        "get_run_success.json",
        "get_run_output_passed.json",
        deployment=output,
    )
    assert code == 0
    assert "- Smoke test: passed, no figures" in summary
    assert step_outputs(tmp_path / "output")["model_version"] == "7"


def test_a_multiline_step_output_cannot_be_ended_by_its_value(tmp_path, monkeypatch):
    output = tmp_path / "output"
    monkeypatch.setenv("GITHUB_OUTPUT", str(output))
    value = "line one\nEOF\nreport<<x\nlast"
    github_script.set_output("report", value)
    github_script.set_output("other", "1")
    assert step_outputs(output) == {"report": value, "other": "1"}


def comments_api(existing: str | None, fail: Exception | None = None):
    """GitHub answering the comment listing from a recorded payload, recording the writes."""
    writes = []

    def api(path, body=None, method=""):
        if fail is not None:
            raise fail
        if body is not None:
            writes.append((method or "POST", path, body))
            return {}
        if path.startswith(f"{REPO}/issues/") and "/comments?" in path:
            page = int(path.rsplit("page=", 1)[1])
            return recorded(existing) if existing and page == 1 else []
        if path == f"{REPO}/commits/{HEAD}/pulls":
            return recorded("pulls_label_present.json")
        raise AssertionError(path)

    return api, writes


def post_report(tmp_path, monkeypatch, event, api, extra=()):
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary.md"))
    monkeypatch.setenv("UNIT_REPORT", "## Evaluation: local job\n\n| metric | value |")
    monkeypatch.setenv("INTEGRATION_REPORT", "")
    argv = [
        "--repository",
        "acme/rag-chatbot",
        "--event-path",
        str(EXCHANGES / event),
        "--marker",
        "run-tests",
        "--title",
        "Tests and evaluation",
        "--from-env",
        "UNIT_REPORT",
        "--from-env",
        "INTEGRATION_REPORT",
        *extra,
    ]
    return report_script.main(argv, api=api)


def test_one_pull_request_comment_is_updated_in_place(tmp_path, monkeypatch):
    api, writes = comments_api("issue_comments_with_report.json")
    extra = ["--event-name", "pull_request", "--outlook"]
    assert post_report(tmp_path, monkeypatch, "event_pull_request.json", api, extra) == 0
    ((method, path, body),) = writes
    assert (method, path) == ("PATCH", f"{REPO}/issues/comments/1800000002")
    text = body["body"]
    assert text.startswith("<!-- run-tests -->\n## Tests and evaluation\n")
    assert "**Full evaluation: pending.**" in text
    assert "## Evaluation: local job" in text
    # The integration job did not report: said so, not left out.
    assert report_script.NO_REPORT in text
    assert (tmp_path / "summary.md").read_text() == text.split("\n", 1)[1]

    api, writes = comments_api(None)
    assert post_report(tmp_path, monkeypatch, "event_pull_request.json", api, extra) == 0
    assert [(method, path) for method, path, _ in writes] == [
        ("POST", f"{REPO}/issues/51/comments")
    ]


def test_the_comment_says_the_label_will_skip_the_full_evaluation(tmp_path, monkeypatch):
    api, writes = comments_api(None)
    extra = ["--event-name", "pull_request", "--outlook"]
    assert post_report(tmp_path, monkeypatch, "event_pull_request_skip_label.json", api, extra) == 0
    assert "**Full evaluation: to be skipped by label.**" in writes[0][2]["body"]


def test_a_push_comments_on_the_pull_requests_it_merged(tmp_path, monkeypatch):
    api, writes = comments_api(None)
    assert post_report(tmp_path, monkeypatch, "event_push.json", api, ["--event-name", "push"]) == 0
    assert [(method, path) for method, path, _ in writes] == [
        ("POST", f"{REPO}/issues/48/comments")
    ]
    assert "Full evaluation:" not in writes[0][2]["body"]  # the decision's report says it


def test_a_comment_that_cannot_be_posted_keeps_the_summary(tmp_path, monkeypatch, capsys):
    api, _ = comments_api(None, fail=OSError("HTTP 403"))
    extra = ["--event-name", "pull_request"]
    assert post_report(tmp_path, monkeypatch, "event_pull_request.json", api, extra) == 1
    assert "::error::the pull-request comment could not be posted: HTTP 403" in (
        capsys.readouterr().out
    )
    assert "## Evaluation: local job" in (tmp_path / "summary.md").read_text()


REHEARSE_PUSH = [
    "--event-name",
    "push",
    "--event",
    str(EXCHANGES / "event_push.json"),
    "--responses",
    str(EXCHANGES / "rehearsal_push.json"),
]


@pytest.mark.parametrize(
    ("label", "decision"),
    [
        ("present", "| full (job `full_evaluation`) | skipped | every pull request merged"),
        ("absent", "#48 did not carry the label skip-e2e-evaluation"),
        ("", "| full (job `full_evaluation`) | skipped |"),  # as recorded: #48 carries it
    ],
)
def test_the_rehearsal_shows_what_a_push_would_do(label, decision, capsys):
    argv = [*REHEARSE_PUSH, *(["--label", label] if label else [])]
    assert rehearse_script.main(argv) == 0
    out = capsys.readouterr().out
    assert decision in out
    assert "## Comment on the merged pull requests" in out


def test_the_rehearsal_renders_the_pull_request_comment_from_recorded_runs(capsys):
    argv = [
        "--event-name",
        "pull_request",
        "--event",
        str(EXCHANGES / "event_pull_request.json"),
        "--label",
        "present",
        "--run",
        str(EXCHANGES / "get_run_success.json"),
        "--outputs",
        str(EXCHANGES / "get_run_output_passed.json"),
        str(EXCHANGES / "get_run_output_deployed.json"),
    ]
    assert rehearse_script.main(argv) == 0
    out = capsys.readouterr().out
    assert "## Comment on pull request #51" in out
    assert "**Full evaluation: to be skipped by label.**" in out
    assert "- Gates: **passed**" in out
    assert "5/5 questions answered; latency median 812 ms" in out


def test_the_rehearsal_posts_nothing():
    api = rehearse_script.recorded_api(EXCHANGES / "rehearsal_push.json")
    with pytest.raises(ValueError, match="posts nothing"):
        api(f"{REPO}/issues/48/comments", {"body": "x"})


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


def status_api(statuses: dict[str, str]):
    """GitHub answering from recorded payloads, recording the statuses posted."""
    posted = []

    def api(path, body=None):
        if body is not None:
            posted.append((path, body))
            return {}
        if path == f"{REPO}/commits?sha=main&per_page=30":
            return recorded("commits_main.json")
        sha = path.removeprefix(f"{REPO}/commits/").removesuffix("/status")
        return recorded(statuses.get(sha, "status_none.json"))

    return api, posted


def test_a_started_full_evaluation_marks_its_commit_pending(tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    api, posted = status_api({})
    argv = ["--repository", "acme/rag-chatbot", "start", "--run-log"]
    log = str(EXCHANGES / "bundle_run_no_wait.log")
    assert status_script.main([*argv, log, "--sha", HEAD, "--version", "7"], api=api) == 0
    url = (EXCHANGES / "bundle_run_no_wait.log").read_text().split()[-1]
    assert posted == [
        (
            f"{REPO}/statuses/{HEAD}",
            {
                "state": "pending",
                "context": "full-evaluation",
                "description": "Databricks run 734512345678901 started, version 7",
                "target_url": url,
            },
        )
    ]
    assert "on version 7 of the model" in summary.read_text()
    # Marked so, the commit counts as fully evaluated for the next push's decision.
    assert decision_script.was_evaluated(
        lambda path: recorded("status_started.json"), "acme/rag-chatbot", HEAD
    )

    posted.clear()
    no_url = str(EXCHANGES / "bundle_run_no_url.log")
    assert status_script.main([*argv, no_url, "--sha", HEAD, "--version", "7"], api=api) == 1
    assert posted[0][1]["state"] == "error"


def test_the_report_sets_the_final_status_of_ended_evaluations(tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    output = tmp_path / "output"
    monkeypatch.setenv("GITHUB_OUTPUT", str(output))
    api, posted = status_api({HEAD: "status_started.json", OLD: "status_evaluated.json"})
    # The full_evaluation job has the evaluation task and no deployment.
    run = recorded("get_run_success.json")
    run["tasks"] = [task for task in run["tasks"] if task["task_key"] == "offline_evaluation"]
    cli, calls = recorded_cli(run, "get_run_output_passed.json")
    argv = ["--repository", "acme/rag-chatbot", "report", "--branch", "main"]
    assert status_script.main(argv, api=api, cli=cli) == 0
    # Only the pending one is read and reported; the evaluated one is left as it is.
    assert [call[:2] for call in calls] == [
        ["jobs", "get-run"],  # has it ended?
        ["jobs", "get-run"],  # the report
        ["jobs", "get-run-output"],
    ]
    assert posted == [
        (
            f"{REPO}/statuses/{HEAD}",
            {
                "state": "success",
                "context": "full-evaluation",
                "description": "Databricks run 734512345678901: gates passed",
                "target_url": recorded("status_started.json")["statuses"][0]["target_url"],
            },
        )
    ]
    text = summary.read_text()
    assert "## Evaluation: full_evaluation of 8f3c2b7 on staging" in text
    assert "| answer_token_f1 | 0.4112 |" in text
    # What evaluation_rows.py then downloads: the evaluated commit and its MLflow run.
    outputs = step_outputs(output)
    assert outputs["evaluation_runs"] == "full-8f3c2b7:5f2d0c1e9b8a47d6a1c3e5f7b9d0a2c4"


def test_the_per_row_results_are_downloaded_from_each_mlflow_run(tmp_path, capsys):
    """Against MLflow itself: a run logged the way evaluation/task.py logs its results, in a
    local tracking store, is downloaded through mlflow.artifacts.download_artifacts. The
    template's CI tests run these scripts' tests without the project's packages: skipped there."""
    mlflow = pytest.importorskip("mlflow")

    tracking = f"sqlite:///{tmp_path / 'mlflow.db'}"
    client = mlflow.MlflowClient(tracking_uri=tracking)
    experiment = client.create_experiment("rows", artifact_location=(tmp_path / "a").as_uri())
    run_id = client.create_run(experiment).info.run_id
    client.log_dict(run_id, {"rows": [{"question": "q?"}]}, "evaluation/per_row_results.json")
    client.log_text(run_id, "| gate |", "evaluation/summary.md")
    client.log_text(run_id, "not this", "model/MLmodel")

    argv = ["--dst", str(tmp_path / "rows"), "--tracking-uri", tracking, f"test-minimal:{run_id}"]
    assert rows_script.main([*argv, "broken:0123", "no-run-id"]) == 1

    folder = tmp_path / "rows" / "test-minimal" / "evaluation"
    assert sorted(p.name for p in folder.iterdir()) == ["per_row_results.json", "summary.md"]
    assert json.loads((folder / "per_row_results.json").read_text()) == {
        "rows": [{"question": "q?"}]
    }
    warnings = capsys.readouterr().out.splitlines()
    assert len(warnings) == 2 and warnings[0].startswith(
        "::warning::per-row results not downloaded: broken:0123: "
    )
    assert "expected <name>:<MLflow run id>, got 'no-run-id'" in warnings[1]


@pytest.mark.parametrize("name", ["", "../up", ".hidden", "a/b"])
def test_a_run_name_is_one_plain_folder(name):
    with pytest.raises(ValueError, match="expected <name>:<MLflow run id>"):
        rows_script.parse_run(f"{name}:abc")


def test_the_report_leaves_running_evaluations_pending():
    api, posted = status_api({HEAD: "status_started.json"})
    running = recorded("get_run_success.json")
    running["state"] = {"life_cycle_state": "RUNNING"}
    reports = status_script.report_finished(api, lambda _: running, "acme/rag-chatbot", "main")
    assert reports == []
    assert posted == []


def test_the_refresh_refuses_jinja_in_recorded_answers(tmp_path, capsys, monkeypatch):
    ran = []
    monkeypatch.setattr(subprocess, "run", lambda *args, **kwargs: ran.append(args))
    answers = json.loads((Path(__file__).parent.parent / ".cookiecutter-answers.json").read_text())
    # Jinja markers written in two pieces: this file is itself rendered by the template.
    for unsafe in ("A{" + "{ 7*7 }}", "{" + "% if true %}x", "x{" + "# comment #}"):
        (tmp_path / ".cookiecutter-answers.json").write_text(
            json.dumps({**answers, "project_name": unsafe})
        )
        argv = ["--template", "gh:acme/template", "--project", str(tmp_path)]
        assert refresh_script.main(argv) == 1
        assert "refused answers project_name" in capsys.readouterr().out
    assert ran == []  # nothing rendered


def test_the_refresh_defaults_to_the_recorded_template_commit(tmp_path, monkeypatch):
    answers = {"project_name": "RAG Chatbot", "_template_commit": "a" * 40}
    command = refresh_script.render_command("gh:acme/template", "", answers, tmp_path)
    assert command[command.index("--checkout") + 1] == "a" * 40
    assert "_template_commit=" not in " ".join(command)  # not an answer to replay
    command = refresh_script.render_command("gh:acme/template", "v2", answers, tmp_path)
    assert command[command.index("--checkout") + 1] == "v2"
    monkeypatch.setenv("GH_TOKEN", "secret-value")
    monkeypatch.setenv("CICD_REFRESH_TOKEN", "secret-value")
    assert "secret-value" not in refresh_script.render_environment().values()


def test_the_composite_action_scripts_are_shellchecked(tmp_path):
    beside = Path(sys.executable).parent / "shellcheck"
    shellcheck = str(beside) if beside.is_file() else shutil.which("shellcheck")
    if shellcheck is None:
        pytest.skip("shellcheck is installed with .github/requirements-cicd.txt")
    action = tmp_path / "bad" / "action.yml"
    action.parent.mkdir()
    action.write_text(
        "runs:\n  using: composite\n  steps:\n"
        # An expression in the script, written so that this file's own rendering keeps it.
        '    - shell: bash\n      run: cp $SOURCE "$' + "{" + '{ inputs.target }}"\n'
    )
    found = lint_script.problems(action, shellcheck)
    assert any("SC2086" in problem for problem in found)
    assert any("pass it through env:" in problem for problem in found)
    actions = Path(__file__).parent.parent / ".github" / "actions"
    assert lint_script.main(actions, shellcheck) == 0
