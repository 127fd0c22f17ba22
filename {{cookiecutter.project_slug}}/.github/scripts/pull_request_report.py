"""Post a workflow's reports as one pull-request comment, updated in place on each run.

Standard library only:

    python3 .github/scripts/pull_request_report.py --repository "$GITHUB_REPOSITORY" \
        --event-path "$GITHUB_EVENT_PATH" --marker run-tests --title "Tests and evaluation" \
        --from-env UNIT_REPORT --from-env INTEGRATION_REPORT --outlook

joins the reports the workflow's jobs passed as outputs (here read from the environment variables
UNIT_REPORT and INTEGRATION_REPORT; an empty one is a job that did not report) under the title,
and posts them as the comment starting with the hidden marker `<!-- run-tests -->`, editing the
comment of an earlier run (github_api.upsert_comment). On a `pull_request` event the comment goes
to that pull request, and `--outlook` adds what happens to the full evaluation after the merge
(its label); on a `push` it goes to the pull requests the push merged (the staging and prod
deployments report there). The same text goes to $GITHUB_STEP_SUMMARY.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from evaluation_decision import SKIP_LABEL, has_skip_label, merged_pulls
from github_api import Api, append_to, github_api, upsert_comment

NO_REPORT = "_No report from this job: it was skipped, or it ended before reporting (see the run)._"


def full_evaluation_outlook(pull: dict[str, Any]) -> str:
    """What the staging deployment will do about the full evaluation once this is merged."""
    if has_skip_label(pull):
        return (
            f"**Full evaluation: to be skipped by label.** This pull request carries "
            f"`{SKIP_LABEL}`; after the merge the staging deployment skips the full evaluation "
            "if every pull request merged since the last fully evaluated commit carries it too "
            "(.github/scripts/evaluation_decision.py)."
        )
    return (
        "**Full evaluation: pending.** It starts on staging after the merge, on the version the "
        f"minimal evaluation promotes (add the label `{SKIP_LABEL}` to skip it for a change that "
        "cannot move the metrics)."
    )


def render(title: str, reports: list[str], outlook: str = "", run_url: str = "") -> str:
    lines = [f"## {title}", ""]
    if outlook:
        lines += [outlook, ""]
    for report in reports:
        lines += [report.strip() or NO_REPORT, ""]
    if run_url:
        lines.append(f"Workflow run: {run_url}")
    return "\n".join(lines).rstrip() + "\n"


def target_pulls(api: Api, repository: str, event_name: str, event: dict) -> list[dict]:
    """The pull request of a pull_request event, or the pull requests a push merged."""
    if event_name == "pull_request":
        return [event["pull_request"]]
    if event_name == "push":
        branch = str(event.get("ref", "")).removeprefix("refs/heads/")
        commit = {"sha": event["after"], "commit": event.get("head_commit") or {}}
        return merged_pulls(api, repository, commit, branch)
    return []


def main(argv: list[str] | None = None, api: Api = github_api) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repository", required=True, help="$GITHUB_REPOSITORY")
    parser.add_argument("--event-path", required=True, type=Path, help="$GITHUB_EVENT_PATH")
    parser.add_argument("--event-name", default=os.environ.get("GITHUB_EVENT_NAME", ""))
    parser.add_argument("--marker", required=True, help="hidden marker naming the comment")
    parser.add_argument("--title", required=True)
    parser.add_argument(
        "--from-env", action="append", default=[], help="environment variable holding a report"
    )
    parser.add_argument("--outlook", action="store_true", help="say what the label will do")
    args = parser.parse_args(argv)

    event = json.loads(args.event_path.read_text(encoding="utf-8"))
    pull = event.get("pull_request") or {}
    outlook = full_evaluation_outlook(pull) if args.outlook and pull else ""
    run_url = ""
    if os.environ.get("GITHUB_RUN_ID"):
        run_url = (
            f"{os.environ.get('GITHUB_SERVER_URL', 'https://github.com')}/{args.repository}"
            f"/actions/runs/{os.environ['GITHUB_RUN_ID']}"
        )
    reports = [os.environ.get(name, "") for name in args.from_env]
    body = render(args.title, reports, outlook, run_url)
    append_to("GITHUB_STEP_SUMMARY", body)
    print(body)
    try:
        pulls = target_pulls(api, args.repository, args.event_name, event)
        for target in pulls:
            done = upsert_comment(api, args.repository, target["number"], args.marker, body)
            print(f"{done} the comment on #{target['number']}")
    except (OSError, ValueError, KeyError) as error:
        # The reports are in the summary; a comment that cannot be posted fails only this step.
        print(f"::error::the pull-request comment could not be posted: {error}")
        return 1
    if not pulls:
        print("no pull request to comment on")
    return 0


if __name__ == "__main__":
    sys.exit(main())
