"""Report the evaluation task of a Databricks job run in the GitHub job summary.

Standard library only. After `databricks bundle run ... | tee run.log`:

    python3 .github/scripts/job_summary.py --run-log run.log --title "rag_job on test"

finds the run in the log (the CLI prints its "Run URL"), reads it with `databricks jobs get-run`,
reads the notebook exit value of the task (default `offline_evaluation`) with
`databricks jobs get-run-output`, and appends to $GITHUB_STEP_SUMMARY (or prints) the gate verdict,
the evaluation summary, the metrics and links to the job run and the MLflow run. Exits 1 when the
gates failed or the task left no verdict, so a failed gate fails the workflow.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Both forms of run page URL the Databricks CLI has printed: `#job/<id>/run/<run>` and
# `/jobs/<id>/runs/<run>`.
RUN_URL = re.compile(r"Run URL: (\S*?(?:#job/\d+/run/|/jobs/\d+/runs/)(\d+)\S*)")
ERROR_TRACE_LINES = 30

CliJson = Callable[[list[str]], Any]


@dataclass(frozen=True)
class TaskReport:
    passed: bool
    markdown: str


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
    if verdict.get("run_url"):
        lines.append(f"- MLflow evaluation run: [{verdict['run_url']}]({verdict['run_url']})")
    lines.append(f"- Gates: **{'passed' if passed else 'FAILED'}**")
    lines += ["", str(verdict.get("summary_markdown", "")).strip(), ""]
    metrics = verdict.get("metrics") or {}
    if metrics:
        lines += ["| metric | value |", "|---|---|"]
        lines += [f"| {name} | {format_value(value)} |" for name, value in sorted(metrics.items())]
    return TaskReport(passed, "\n".join(lines) + "\n")


def notebook_verdict(output: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON the notebook passed to dbutils.notebook.exit, if it got that far."""
    result = output.get("notebook_output", {}).get("result")
    if not result:
        return None
    try:
        verdict = json.loads(result)
    except ValueError:
        return None
    return verdict if isinstance(verdict, dict) and "passed" in verdict else None


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
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as file:
            file.write(result.markdown)
    print(result.markdown)
    return 0 if result.passed else 1


if __name__ == "__main__":
    sys.exit(main())
