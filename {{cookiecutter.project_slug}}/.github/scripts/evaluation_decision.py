"""Decide whether the staging deployment also runs the full evaluation, and say why.

Standard library only: it runs before the project's environment is installed.

    GH_TOKEN=... python3 .github/scripts/evaluation_decision.py --event-name push \
        --event-path "$GITHUB_EVENT_PATH"

A push skips the full evaluation only if every change merged since the last fully evaluated
commit came through a pull request carrying the label `skip-e2e-evaluation` (in any case): the
commits back to the newest one with a `full-evaluation` commit status (set when a full evaluation
starts, see full_evaluation_status.py), each with its merged pull requests
(`GET /repos/{owner}/{repo}/commits/{sha}/pulls`, or the number in a merge commit's message when
that list is still empty right after the merge). Anything it cannot establish (a direct push, an
API error, no evaluated commit among the last MAX_COMMITS) runs the full evaluation. A manual run
decides with its input `full_evaluation`. Writes `run_full_evaluation=true|false`, `reason=...` and
the decision's table as `report` (for the pull-request comment) to $GITHUB_OUTPUT, and the table to
$GITHUB_STEP_SUMMARY.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from github_api import Api, append_to, github_api, set_output

SKIP_LABEL = "skip-e2e-evaluation"
STATUS_CONTEXT = "full-evaluation"
MAX_COMMITS = 50
# The first line of a merge commit ("Merge pull request #12 from ...") or a squash ("... (#12)").
PULL_NUMBER = re.compile(r"^Merge pull request #(\d+)\b|\(#(\d+)\)$")


@dataclass(frozen=True)
class Decision:
    run_full_evaluation: bool
    reason: str


def decide(event_name: str, event: dict[str, Any], api: Api | None) -> Decision:
    """The decision for one workflow run; `api` reads the GitHub REST API."""
    if event_name == "workflow_dispatch":
        # `inputs` is null in the payload of a run started without inputs.
        inputs = event.get("inputs") or {}
        wanted = str(inputs.get("full_evaluation", "true")).lower() != "false"
        return Decision(wanted, f"manual run with full_evaluation={str(wanted).lower()}")
    if event_name != "push":
        return Decision(True, f"{event_name} event: the full evaluation always runs")
    if api is None:
        return Decision(True, "the GitHub API was not available")
    branch = str(event.get("ref", "")).removeprefix("refs/heads/")
    repository = str((event.get("repository") or {}).get("full_name", ""))
    try:
        return decide_push(api, repository, str(event.get("after", "")), branch)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        return Decision(True, f"the changes since the last full evaluation are unknown ({error})")


def decide_push(api: Api, repository: str, sha: str, branch: str) -> Decision:
    commits = unevaluated_commits(api, repository, sha)
    if commits is None:
        return Decision(True, f"no fully evaluated commit among the last {MAX_COMMITS} commits")
    pulls: dict[int, dict[str, Any]] = {}
    for commit in commits:
        merged = merged_pulls(api, repository, commit, branch)
        if not merged:
            return Decision(
                True, f"commit {commit['sha'][:7]} reached {branch} without a merged pull request"
            )
        pulls.update((pull["number"], pull) for pull in merged)
    unlabelled = [number for number, pull in sorted(pulls.items()) if not has_skip_label(pull)]
    if unlabelled:
        numbers = ", ".join(f"#{number}" for number in unlabelled)
        return Decision(True, f"pull request {numbers} did not carry the label {SKIP_LABEL}")
    numbers = ", ".join(f"#{number}" for number in sorted(pulls))
    return Decision(
        False,
        f"every pull request merged since the last full evaluation ({numbers}) carried the label "
        f"{SKIP_LABEL}",
    )


def unevaluated_commits(api: Api, repository: str, sha: str) -> list[dict[str, Any]] | None:
    """The commits from `sha` back to (without) the newest fully evaluated one, newest first;
    None when none of the last MAX_COMMITS was evaluated."""
    history = api(f"repos/{repository}/commits?sha={sha}&per_page={MAX_COMMITS}")
    pending = []
    for commit in history:
        if commit["sha"] != sha and was_evaluated(api, repository, commit["sha"]):
            return pending
        pending.append(commit)
    return None


def was_evaluated(api: Api, repository: str, sha: str) -> bool:
    """A full evaluation started on the commit (its status is pending, success or failure)."""
    combined = api(f"repos/{repository}/commits/{sha}/status")
    return any(
        status.get("context") == STATUS_CONTEXT and status.get("state") != "error"
        for status in combined.get("statuses", [])
    )


def merged_pulls(
    api: Api, repository: str, commit: dict[str, Any], branch: str
) -> list[dict[str, Any]]:
    """The pull requests merged into `branch` that brought the commit. The commit also belongs to
    open pull requests that contain it (e.g. towards the release branch): those do not count."""

    def merged_here(pull: dict[str, Any]) -> bool:
        return bool(pull.get("merged_at")) and (pull.get("base") or {}).get("ref") == branch

    associated = api(f"repos/{repository}/commits/{commit['sha']}/pulls")
    pulls = [pull for pull in associated if merged_here(pull)]
    if pulls:
        return pulls
    # The association is indexed asynchronously and may still be empty right after a merge.
    first_line = str((commit.get("commit") or {}).get("message", "")).splitlines()[:1]
    match = PULL_NUMBER.search(first_line[0]) if first_line else None
    if match is None:
        return []
    pull = api(f"repos/{repository}/pulls/{match.group(1) or match.group(2)}")
    return [pull] if merged_here(pull) and pull.get("merge_commit_sha") == commit["sha"] else []


def has_skip_label(pull: dict[str, Any]) -> bool:
    # Compared without case: a label created as "Skip-E2E-Evaluation" means the same.
    return SKIP_LABEL in {str(label.get("name", "")).lower() for label in pull.get("labels", [])}


def summary_markdown(decision: Decision) -> str:
    full = (
        "starts once the staging run succeeded; its result is reported as the commit status "
        f"`{STATUS_CONTEXT}`"
        if decision.run_full_evaluation
        else "skipped"
    )
    return (
        "### Evaluations of this deployment\n\n"
        "| evaluation | decision | why |\n|---|---|---|\n"
        "| minimal (job `rag_job`) | runs before promotion | gates every deployment |\n"
        f"| full (job `full_evaluation`) | {full} | {decision.reason} |\n"
    )


def main(argv: list[str] | None = None, api: Api | None = github_api) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--event-name", required=True, help="$GITHUB_EVENT_NAME")
    parser.add_argument("--event-path", required=True, type=Path, help="$GITHUB_EVENT_PATH")
    args = parser.parse_args(argv)

    try:
        event = json.loads(args.event_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        decision = Decision(True, f"the event could not be read ({error})")
    else:
        decision = decide(args.event_name, event if isinstance(event, dict) else {}, api)
    # One line per output: an error message may span several.
    decision = Decision(decision.run_full_evaluation, " ".join(decision.reason.split()))
    print(f"full evaluation: {decision.run_full_evaluation} ({decision.reason})")
    append_to(
        "GITHUB_OUTPUT",
        f"run_full_evaluation={str(decision.run_full_evaluation).lower()}\n"
        f"reason={decision.reason}\n",
    )
    append_to("GITHUB_STEP_SUMMARY", summary_markdown(decision))
    set_output("report", summary_markdown(decision))
    return 0


if __name__ == "__main__":
    sys.exit(main())
