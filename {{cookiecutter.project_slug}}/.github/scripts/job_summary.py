"""Report the evaluation task of a Databricks job run in the GitHub job summary.

Standard library only. After `databricks bundle run ... | tee run.log`:

    python3 .github/scripts/job_summary.py --run-log run.log --title "rag_job on test"

finds the run in the log (the CLI prints its "Run URL"), reads it with `databricks jobs get-run`,
reads the notebook exit value of the task (default `offline_evaluation`) with
`databricks jobs get-run-output`, and appends to $GITHUB_STEP_SUMMARY (or prints) the gate verdict,
the evaluation summary (candidate against the serving version), the metrics and links to the job
run and the MLflow run. When the run has the deployment task (`deploy_model_as_endpoint`, task 4),
its exit value adds the smoke test (each question's verdict and latency, their median, 95th
percentile and maximum), the latency run after the traffic switch (requests, errors, p50, p95 and
the monitoring thresholds' verdicts) and the endpoint served. Writes the report as the step
output `report` (for the pull-request comment, pull_request_report.py) and, when the gates passed
and the deployment (if any) succeeded, `model_version=<the version evaluated>` to $GITHUB_OUTPUT;
whatever the verdict, `mlflow_run_id=<the candidate's evaluation run>` (evaluation_rows.py
downloads its per-row results).
Exits 1 when the gates failed, the task left no verdict or the deployment failed, so each fails
the workflow.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from github_api import append_to, set_output

# Both forms of run page URL the Databricks CLI has printed: `#job/<id>/run/<run>` and
# `/jobs/<id>/runs/<run>`.
RUN_URL = re.compile(r"Run URL: (\S*?(?:#job/\d+/run/|/jobs/\d+/runs/)(\d+)\S*)")
# The MLflow run page the evaluation notebook links (backend/workspace.py `run_link`:
# <host>/ml/experiments/<experiment id>/runs/<run id>).
MLFLOW_RUN_URL = re.compile(r"/experiments/[^/]+/runs/([0-9A-Za-z]+)")
ERROR_TRACE_LINES = 30
DEPLOY_TASK = "deploy_model_as_endpoint"

CliJson = Callable[[list[str]], Any]


@dataclass(frozen=True)
class TaskReport:
    passed: bool
    markdown: str
    # The version the task evaluated, as its notebook result names it.
    model_version: str = ""
    # The candidate's MLflow evaluation run, whose artifacts hold the per-row results.
    mlflow_run_id: str = ""


def databricks_json(arguments: list[str]) -> Any:
    """Run the Databricks CLI (authenticated through the environment) and parse its JSON."""
    result = subprocess.run(
        ["databricks", *arguments, "--output", "json"], capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError(f"databricks {' '.join(arguments)} failed: {result.stderr.strip()}")
    return json.loads(result.stdout)


def run_id_from_log(log: str) -> int:
    matches = RUN_URL.findall(log)
    if not matches:
        raise ValueError("no 'Run URL: ...' line in the log of databricks bundle run")
    return int(matches[-1][1])


def report(run_id: int, task_key: str, title: str, cli: CliJson) -> TaskReport:
    run = cli(["jobs", "get-run", str(run_id)])
    run_link = f"[run {run_id}]({run.get('run_page_url', '')})"
    lines = [f"## Evaluation: {title}", ""]
    tasks = [task for task in run.get("tasks", []) if task.get("task_key") == task_key]
    if not tasks:
        lines.append(f"Job {run_link}: no task `{task_key}` ran ({state_text(run)}).")
        return TaskReport(False, "\n".join(lines) + "\n")
    task = tasks[-1]  # repaired runs list the latest attempt last
    output = cli(["jobs", "get-run-output", str(task["run_id"])])
    lines.append(f"- Databricks job {run_link}: {state_text(run)}")
    lines.append(f"- Task `{task_key}`: {state_text(task)}")
    verdict = notebook_verdict(output)
    if verdict is None:
        lines += ["- Gates: **no verdict** (the task ended without its result)", ""]
        lines += error_lines(output)
        return TaskReport(False, "\n".join(lines) + "\n")
    passed = bool(verdict.get("passed"))
    version = str(verdict.get("model_version") or "")
    if version:
        lines.append(f"- Model version evaluated: {version}")
    if verdict.get("run_url"):
        lines.append(f"- MLflow evaluation run: [{verdict['run_url']}]({verdict['run_url']})")
    lines.append(f"- Gates: **{'passed' if passed else 'FAILED'}**")
    lines += ["", str(verdict.get("summary_markdown", "")).strip(), ""]
    metrics = verdict.get("metrics") or {}
    if metrics:
        lines += ["| metric | value |", "|---|---|"]
        lines += [f"| {name} | {format_value(value)} |" for name, value in sorted(metrics.items())]
    deployed = True
    deployments = [t for t in run.get("tasks", []) if t.get("task_key") == DEPLOY_TASK]
    if passed and deployments:
        deployed, deployment_lines = deployment_report(deployments[-1], cli)
        lines += ["", *deployment_lines]
    return TaskReport(
        passed and deployed,
        "\n".join(lines) + "\n",
        version if deployed else "",
        mlflow_run_id(verdict),
    )


def mlflow_run_id(verdict: dict[str, Any]) -> str:
    """The id of the MLflow run the verdict links, or "" if it links none."""
    match = MLFLOW_RUN_URL.search(str(verdict.get("run_url") or ""))
    return match.group(1) if match else ""


def deployment_report(task: dict[str, Any], cli: CliJson) -> tuple[bool, list[str]]:
    """Task 4's smoke test and latencies, from the value its notebook exits with
    (notebooks/04_deploy_model_as_endpoint.py); whether the deployment succeeded, as the task's
    own result says (a notebook older than that exit value still deploys)."""
    lines = ["### Deployment and smoke test", "", f"- Task `{DEPLOY_TASK}`: {state_text(task)}"]
    succeeded = (task.get("state") or {}).get("result_state") == "SUCCESS"
    output = cli(["jobs", "get-run-output", str(task["run_id"])])
    result = notebook_result(output, "smoke_test")
    if result is None and succeeded:
        lines.append("- Smoke test: passed, no figures (the task's notebook exits without them)")
        return True, lines
    if result is None:
        lines += ["- Smoke test: **no result** (the task ended without it)", ""]
        return False, lines + error_lines(output)
    smoke = result["smoke_test"]
    results = smoke.get("results") or []
    answered = sum(bool(row.get("passed")) for row in results)
    latencies = sorted(float(row.get("latency_ms", 0)) for row in results)
    lines.append(
        f"- Served version {result.get('model_version', '?')} on endpoint "
        f"`{result.get('endpoint_name', '?')}`: {result.get('endpoint_url', '')}"
    )
    lines.append(
        f"- Smoke test: **{'passed' if smoke.get('passed') else 'FAILED'}**, {answered}/"
        f"{len(results)} questions answered; latency {latency_text(latencies)}"
    )
    lines += latency_run_lines(result.get("latency_run"))
    lines += [f"- Warning: {warning}" for warning in result.get("warnings") or []]
    if results:
        lines += ["", "| question | latency (ms) | verdict |", "|---|---:|---|"]
        for row in results:
            failure = row.get("error") or "empty answer"
            verdict = "answered" if row.get("passed") else f"**FAIL**: {failure}"
            question = str(row.get("question", "")).replace("|", "\\|")
            lines.append(f"| {question} | {float(row.get('latency_ms', 0)):.0f} | {verdict} |")
    return succeeded and bool(smoke.get("passed")), lines


def latency_run_lines(run: dict[str, Any] | None) -> list[str]:
    """Task 4's latency run (deployment/latency.py LatencyRun.as_dict), if the notebook sent it."""
    if not run:
        return []

    def shown(value: Any, unit: str) -> str:
        return "-" if value is None else f"{float(value):.0f} {unit}"

    rate = run.get("error_rate")
    lines = [
        f"- Latency run after the switch: **{'passed' if run.get('passed') else 'FAILED'}**, "
        f"{run.get('sent', '?')}/{run.get('planned', '?')} requests, {run.get('errors', '?')} "
        f"errors (error rate {'-' if rate is None else f'{float(rate):.1%}'}); p50 "
        f"{shown(run.get('latency_p50_ms'), 'ms')}, p95 {shown(run.get('latency_p95_ms'), 'ms')}"
    ]
    for verdict in run.get("verdicts") or []:
        value = verdict.get("value")
        lines.append(
            f"  - threshold `{verdict.get('metric')}` ({verdict.get('bound')}): "
            f"{'n/a' if value is None else f'{float(value):.4g}'}, {verdict.get('status')}"
        )
    return lines


def latency_text(latencies: list[float]) -> str:
    """Median, 95th percentile (nearest rank) and maximum of sorted latencies."""
    if not latencies:
        return "not measured"
    p95 = latencies[math.ceil(0.95 * len(latencies)) - 1]
    return (
        f"median {latencies[len(latencies) // 2]:.0f} ms, p95 {p95:.0f} ms, "
        f"max {latencies[-1]:.0f} ms"
    )


def notebook_verdict(output: dict[str, Any]) -> dict[str, Any] | None:
    """The evaluation notebook's exit value, if it got that far."""
    return notebook_result(output, "passed")


def notebook_result(output: dict[str, Any], key: str) -> dict[str, Any] | None:
    """The JSON object the notebook passed to dbutils.notebook.exit, if it holds `key`."""
    result = output.get("notebook_output", {}).get("result")
    if not result:
        return None
    try:
        value = json.loads(result)
    except ValueError:
        return None
    return value if isinstance(value, dict) and key in value else None


def error_lines(output: dict[str, Any]) -> list[str]:
    lines = [f"Error: `{output.get('error', 'unknown')}`"]
    trace = str(output.get("error_trace", "")).strip().splitlines()[-ERROR_TRACE_LINES:]
    if trace:
        lines += ["", "```", *trace, "```"]
    return lines


def state_text(run: dict[str, Any]) -> str:
    state = run.get("state", {})
    parts = [state.get("life_cycle_state"), state.get("result_state")]
    return " / ".join(part for part in parts if part) or "state unknown"


def format_value(value: Any) -> str:
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def main(argv: list[str] | None = None, cli: CliJson = databricks_json) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run-log", required=True, type=Path, help="output of bundle run")
    parser.add_argument("--title", required=True, help="heading, e.g. 'rag_job on staging'")
    parser.add_argument("--task", default="offline_evaluation", help="task whose output to read")
    args = parser.parse_args(argv)

    try:
        run_id = run_id_from_log(args.run_log.read_text(encoding="utf-8", errors="replace"))
        result = report(run_id, args.task, args.title, cli)
    except (OSError, ValueError, RuntimeError) as error:
        result = TaskReport(False, f"## Evaluation: {args.title}\n\nNo report: {error}\n")
    append_to("GITHUB_STEP_SUMMARY", result.markdown)
    set_output("report", result.markdown)
    if result.passed and result.model_version:
        # The version the gates passed: the one the full evaluation then evaluates.
        set_output("model_version", result.model_version)
    if result.mlflow_run_id:
        # A failed evaluation's rows are the ones reviewers need most.
        set_output("mlflow_run_id", result.mlflow_run_id)
    print(result.markdown)
    return 0 if result.passed else 1


if __name__ == "__main__":
    sys.exit(main())
