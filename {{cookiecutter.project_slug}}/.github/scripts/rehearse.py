"""Rehearse the CI/CD decisions and reports on a recorded event, without running a workflow.

Standard library only. What would a push do about the full evaluation, with or without the label
`skip-e2e-evaluation` on the pull request it merges; what would a pull request's comment say:

    python3 .github/scripts/rehearse.py --event-name push \
        --event tests/exchanges/github/event_push.json \
        --responses tests/exchanges/github/rehearsal_push.json --label absent

    python3 .github/scripts/rehearse.py --event-name pull_request \
        --event tests/exchanges/github/event_pull_request.json --label present \
        --run tests/exchanges/github/get_run_success.json \
        --outputs tests/exchanges/github/get_run_output_passed.json \
                  tests/exchanges/github/get_run_output_deployed.json

The GitHub API answers come from `--responses` (a JSON object {"responses": {API path: payload,
or the name of a payload file beside it}}), or, without it and with $GH_TOKEN set, from the
repository itself, read only. `--label present|absent` puts the label on (or takes it off) the
pull request of the event: for a push, the pull requests that merged the pushed commit. `--run`
(`databricks jobs get-run` output) and `--outputs` (`databricks jobs get-run-output` outputs,
matched by their `metadata.run_id`) render the job summary as the workflows would. Prints the
decision, the job summary and the pull-request comment the workflows would write; posts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

import evaluation_decision
import job_summary
import pull_request_report
from github_api import Api, github_api

LABEL = {"name": evaluation_decision.SKIP_LABEL}


def with_label(pull: dict[str, Any], label: str) -> dict[str, Any]:
    """The pull request with the skip label put on ("present") or taken off ("absent")."""
    if not label:
        return pull
    kept = [
        entry
        for entry in pull.get("labels", [])
        if str(entry.get("name", "")).lower() != evaluation_decision.SKIP_LABEL
    ]
    return {**pull, "labels": kept + ([LABEL] if label == "present" else [])}


def recorded_api(responses: Path) -> Api:
    answers = json.loads(responses.read_text(encoding="utf-8"))["responses"]

    def api(path: str, body: dict | None = None, method: str = "") -> Any:
        if body is not None:
            raise ValueError("a rehearsal posts nothing")
        if path not in answers:
            raise KeyError(f"no recorded response for {path}")
        answer = answers[path]
        if isinstance(answer, str):
            return json.loads((responses.parent / answer).read_text(encoding="utf-8"))
        return answer

    return api


def read_only(api: Api) -> Api:
    def reading(path: str, body: dict | None = None, method: str = "") -> Any:
        if body is not None:
            raise ValueError("a rehearsal posts nothing")
        return api(path)

    return reading


def labelled(api: Api, sha: str, label: str) -> Api:
    """The API, with the label changed on the pull requests that merged `sha`."""

    def changed(path: str, body: dict | None = None, method: str = "") -> Any:
        answer = api(path, body, method)
        if path.endswith(f"/commits/{sha}/pulls"):
            return [with_label(pull, label) for pull in answer]
        if "/pulls/" in path and answer.get("merge_commit_sha") == sha:
            return with_label(answer, label)
        return answer

    return changed


def recorded_cli(run: Path, outputs: list[Path]) -> job_summary.CliJson:
    by_run = {}
    for path in outputs:
        output = json.loads(path.read_text(encoding="utf-8"))
        by_run[str(output["metadata"]["run_id"])] = output
    recorded_run = json.loads(run.read_text(encoding="utf-8"))

    def cli(arguments: list[str]) -> Any:
        if arguments[:2] == ["jobs", "get-run"]:
            return recorded_run
        return by_run.get(arguments[2], {"error": f"no recorded output of task run {arguments[2]}"})

    return cli


def rehearse(args: argparse.Namespace, api: Api | None) -> str:
    event = json.loads(args.event.read_text(encoding="utf-8"))
    sections = [f"# Rehearsal of a `{args.event_name}` event ({args.event.name})", ""]
    evaluation = ""
    if args.run:
        run_id = int(json.loads(args.run.read_text(encoding="utf-8"))["run_id"])
        result = job_summary.report(
            run_id, "offline_evaluation", args.title, recorded_cli(args.run, args.outputs)
        )
        evaluation = result.markdown
        sections += ["## Job summary of the evaluation", "", evaluation]
    if args.event_name == "pull_request":
        pull = with_label(event.get("pull_request") or {}, args.label)
        outlook = pull_request_report.full_evaluation_outlook(pull)
        reports = [evaluation] if evaluation else []
        comment = pull_request_report.render("Tests and evaluation", reports, outlook)
        sections += [f"## Comment on pull request #{pull.get('number', '?')}", "", comment]
        return "\n".join(sections)
    if api is not None and args.event_name == "push":
        api = labelled(api, str(event.get("after", "")), args.label)
    decision = evaluation_decision.decide(args.event_name, event, api)
    decision_text = evaluation_decision.summary_markdown(decision)
    sections += ["## Decision of the staging deployment", "", decision_text]
    reports = [decision_text, evaluation] if evaluation else [decision_text]
    comment = pull_request_report.render("Staging deployment", reports)
    sections += ["## Comment on the merged pull requests", "", comment]
    return "\n".join(sections)


def main(argv: list[str] | None = None, api: Api | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--event", required=True, type=Path, help="a recorded event payload")
    parser.add_argument(
        "--event-name", required=True, choices=["push", "pull_request", "workflow_dispatch"]
    )
    parser.add_argument("--responses", type=Path, help="recorded GitHub API responses")
    parser.add_argument("--label", choices=["present", "absent"], default="", help="skip label")
    parser.add_argument("--run", type=Path, help="recorded `databricks jobs get-run` output")
    parser.add_argument("--outputs", type=Path, nargs="*", default=[], help="task run outputs")
    parser.add_argument("--title", default="rag_job (rehearsal)", help="job summary heading")
    args = parser.parse_args(argv)
    if api is None and args.responses:
        api = recorded_api(args.responses)
    elif api is None and os.environ.get("GH_TOKEN"):
        api = read_only(github_api)
    print(rehearse(args, api))
    return 0


if __name__ == "__main__":
    sys.exit(main())
