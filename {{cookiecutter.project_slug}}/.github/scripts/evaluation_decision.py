"""Decide whether the staging deployment also runs the full evaluation, and say why.

Standard library only: it runs before the project's environment is installed.

    python3 .github/scripts/evaluation_decision.py --event-name push \
        --event-path "$GITHUB_EVENT_PATH" --pulls pulls.json

`--pulls` is the answer of `GET /repos/{owner}/{repo}/commits/{sha}/pulls` (the pull requests
associated with the pushed commit). The full evaluation runs unless the pull request merged into
the pushed branch carried the label `skip-e2e-evaluation`; a manual run decides with its input
`full_evaluation`. Writes `run_full_evaluation=true|false` and `reason=...` to $GITHUB_OUTPUT and
the decision to $GITHUB_STEP_SUMMARY.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SKIP_LABEL = "skip-e2e-evaluation"


@dataclass(frozen=True)
class Decision:
    run_full_evaluation: bool
    reason: str


def decide(event_name: str, event: dict[str, Any], pulls: list[dict[str, Any]] | None) -> Decision:
    """The decision for one workflow run; `pulls` is None when they could not be listed."""
    if event_name == "workflow_dispatch":
        wanted = str(event.get("inputs", {}).get("full_evaluation", "true")).lower() == "true"
        return Decision(wanted, f"manual run with full_evaluation={str(wanted).lower()}")
    if event_name != "push":
        return Decision(True, f"{event_name} event: the full evaluation always runs")
    if pulls is None:
        return Decision(True, "the pull requests of the pushed commit could not be listed")
    branch = str(event.get("ref", "")).removeprefix("refs/heads/")
    # The commit also belongs to open pull requests that contain it (e.g. towards the release
    # branch); only the one merged into the pushed branch brought it here.
    merged = [
        pull
        for pull in pulls
        if pull.get("merged_at") and pull.get("base", {}).get("ref") == branch
    ]
    if not merged:
        return Decision(True, f"direct push to {branch} without a merged pull request")
    numbers = ", ".join(f"#{pull['number']}" for pull in merged)
    if all(SKIP_LABEL in label_names(pull) for pull in merged):
        return Decision(False, f"pull request {numbers} carried the label {SKIP_LABEL}")
    return Decision(True, f"pull request {numbers} did not carry the label {SKIP_LABEL}")


def label_names(pull: dict[str, Any]) -> set[str]:
    return {label.get("name", "") for label in pull.get("labels", [])}


def read_pulls(path: Path) -> list[dict[str, Any]] | None:
    try:
        pulls = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return pulls if isinstance(pulls, list) else None


def summary_markdown(decision: Decision) -> str:
    full = (
        "runs as its own job once the staging run succeeded"
        if decision.run_full_evaluation
        else "skipped"
    )
    return (
        "### Evaluations of this deployment\n\n"
        "| evaluation | decision | why |\n|---|---|---|\n"
        "| minimal (job `rag_job`) | runs before promotion | gates every deployment |\n"
        f"| full (job `full_evaluation`) | {full} | {decision.reason} |\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--event-name", required=True, help="$GITHUB_EVENT_NAME")
    parser.add_argument("--event-path", required=True, type=Path, help="$GITHUB_EVENT_PATH")
    parser.add_argument("--pulls", type=Path, help="JSON of the commit's pull requests")
    args = parser.parse_args(argv)

    event = json.loads(args.event_path.read_text(encoding="utf-8"))
    pulls = read_pulls(args.pulls) if args.pulls else None
    decision = decide(args.event_name, event, pulls)
    print(f"full evaluation: {decision.run_full_evaluation} ({decision.reason})")
    outputs = {
        "GITHUB_OUTPUT": (
            f"run_full_evaluation={str(decision.run_full_evaluation).lower()}\n"
            f"reason={decision.reason}\n"
        ),
        "GITHUB_STEP_SUMMARY": summary_markdown(decision),
    }
    for variable, text in outputs.items():
        if os.environ.get(variable):
            with open(os.environ[variable], "a", encoding="utf-8") as file:
                file.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
