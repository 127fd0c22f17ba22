"""The full evaluation's result on the commit it evaluates: the commit status `full-evaluation`.

Standard library only. The full evaluation takes hours, longer than a GitHub job may wait, so the
staging workflow starts it without waiting (`databricks bundle run --no-wait`) and records the
Databricks run on the commit:

    python3 .github/scripts/full_evaluation_status.py start --run-log start.log \
        --sha "$GITHUB_SHA" --version 7

posts the status `pending` ("Databricks run <id> started, version 7", linking the run). The
scheduled report workflow then finishes what has finished:

    python3 .github/scripts/full_evaluation_status.py report --branch main

reads the statuses of the branch's last commits; for each `pending` one whose Databricks run has
ended (`databricks jobs get-run`) it writes the evaluation report of job_summary.py to
$GITHUB_STEP_SUMMARY and sets the status to `success` (gates passed) or `failure`. The status is
also what evaluation_decision.py reads as "this commit was fully evaluated". The step output
`evaluation_runs` lists, one per line, `full-<short sha>:<MLflow run id>` of each reported
evaluation, for evaluation_rows.py to download their per-row results.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from github_api import Api, append_to, github_api, set_output
from job_summary import CliJson, TaskReport, databricks_json, report, run_id_from_log

STATUS_CONTEXT = "full-evaluation"
STARTED = re.compile(r"^Databricks run (\d+) started")
# Life cycle states after which a run changes no more (Jobs API RunLifeCycleState).
ENDED = {"TERMINATED", "SKIPPED", "INTERNAL_ERROR"}
RECENT_COMMITS = 30


def set_status(
    api: Api, repository: str, sha: str, state: str, description: str, url: str = ""
) -> None:
    body = {"state": state, "context": STATUS_CONTEXT, "description": description[:140]}
    if url:
        body["target_url"] = url
    api(f"repos/{repository}/statuses/{sha}", body)


def start(api: Api, repository: str, sha: str, version: str, log: str) -> int:
    """Record the run `databricks bundle run --no-wait` started (its log has the run URL)."""
    try:
        run_id = run_id_from_log(log)
    except ValueError as error:
        set_status(api, repository, sha, "error", f"the full evaluation did not start: {error}")
        text = f"## Full evaluation: not started\n\n{error}\n"
        append_to("GITHUB_STEP_SUMMARY", text)
        set_output("report", text)
        return 1
    url = next(
        match.group(1) for match in re.finditer(r"Run URL: (\S+)", log) if str(run_id) in match[1]
    )
    set_status(
        api, repository, sha, "pending", f"Databricks run {run_id} started, version {version}", url
    )
    text = (
        f"## Full evaluation: pending\n\nStarted [Databricks run {run_id}]({url}) on version "
        f"{version} of the model. Its result comes as the commit status `{STATUS_CONTEXT}` "
        "(scheduled report workflow).\n"
    )
    append_to("GITHUB_STEP_SUMMARY", text)
    set_output("report", text)
    return 0


def report_finished(
    api: Api, cli: CliJson, repository: str, branch: str
) -> list[tuple[str, TaskReport]]:
    """Set the final status of every pending full evaluation that has ended; return each
    commit's report."""
    reports = []
    for commit in api(f"repos/{repository}/commits?sha={branch}&per_page={RECENT_COMMITS}"):
        sha = commit["sha"]
        status = latest_status(api(f"repos/{repository}/commits/{sha}/status"))
        started = STARTED.match(status.get("description") or "") if status else None
        if not status or status.get("state") != "pending" or started is None:
            continue
        run_id = int(started.group(1))
        run = cli(["jobs", "get-run", str(run_id)])
        if (run.get("state") or {}).get("life_cycle_state") not in ENDED:
            continue
        title = f"full_evaluation of {sha[:7]} on staging (full evaluation set)"
        result = report(run_id, "offline_evaluation", title, cli)
        verdict = "gates passed" if result.passed else "gates FAILED or no verdict"
        set_status(
            api,
            repository,
            sha,
            "success" if result.passed else "failure",
            f"Databricks run {run_id}: {verdict}",
            status.get("target_url") or "",
        )
        reports.append((sha, result))
    return reports


def latest_status(combined: dict[str, Any]) -> dict[str, Any] | None:
    # The combined status lists the latest status of each context.
    found = [s for s in combined.get("statuses", []) if s.get("context") == STATUS_CONTEXT]
    return found[0] if found else None


def main(
    argv: list[str] | None = None, api: Api = github_api, cli: CliJson = databricks_json
) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repository", required=True, help="$GITHUB_REPOSITORY")
    commands = parser.add_subparsers(dest="command", required=True)
    started = commands.add_parser("start", help="record a run started with --no-wait")
    started.add_argument("--run-log", required=True, type=Path, help="output of bundle run")
    started.add_argument("--sha", required=True, help="the commit evaluated")
    started.add_argument("--version", required=True, help="the model version evaluated")
    finished = commands.add_parser("report", help="report the full evaluations that ended")
    finished.add_argument("--branch", required=True, help="the branch deployed to staging")
    args = parser.parse_args(argv)

    if args.command == "start":
        log = args.run_log.read_text(encoding="utf-8", errors="replace")
        return start(api, args.repository, args.sha, args.version, log)
    reports = report_finished(api, cli, args.repository, args.branch)
    text = "".join(result.markdown for _, result in reports)
    text = text or "No full evaluation ended since the last report.\n"
    set_output(
        "evaluation_runs",
        "\n".join(f"full-{sha[:7]}:{r.mlflow_run_id}" for sha, r in reports if r.mlflow_run_id),
    )
    append_to("GITHUB_STEP_SUMMARY", text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
