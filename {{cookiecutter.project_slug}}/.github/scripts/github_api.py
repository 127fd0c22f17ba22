"""The GitHub REST API as the CI/CD scripts use it: standard library only.

Authenticated with $GH_TOKEN (the job's GITHUB_TOKEN), against $GITHUB_API_URL (set on every
runner). Callers take the function as a parameter, so tests answer from recorded payloads.
"""

from __future__ import annotations

import json
import os
import secrets
import urllib.request
from collections.abc import Callable
from typing import Any

# api(path) reads; api(path, body) posts the JSON body, api(path, body, "PATCH") patches. Paths
# are relative to the API root.
Api = Callable[..., Any]
COMMENTS_PER_PAGE = 100
MAX_COMMENT_PAGES = 30


def github_api(path: str, body: dict[str, Any] | None = None, method: str = "") -> Any:
    root = os.environ.get("GITHUB_API_URL", "https://api.github.com")
    request = urllib.request.Request(
        f"{root}/{path}",
        data=None if body is None else json.dumps(body).encode("utf-8"),
        method=method or ("GET" if body is None else "POST"),
        headers={
            "Accept": "application/vnd.github+json",
            "Authorization": f"Bearer {os.environ['GH_TOKEN']}",
            "X-GitHub-Api-Version": "2022-11-28",
        },
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def append_to(variable: str, text: str) -> None:
    """Append to the file an Actions variable names ($GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY)."""
    if os.environ.get(variable):
        with open(os.environ[variable], "a", encoding="utf-8") as file:
            file.write(text)


def set_output(name: str, value: str) -> None:
    """A step output that may span lines: the delimiter form of $GITHUB_OUTPUT, with a random
    delimiter so that no line of the value can end it."""
    delimiter = f"output-{secrets.token_hex(8)}"
    append_to("GITHUB_OUTPUT", f"{name}<<{delimiter}\n{value.rstrip()}\n{delimiter}\n")


def upsert_comment(api: Api, repository: str, number: int, marker: str, body: str) -> str:
    """Post `body` as the one comment of the pull request (or issue) starting with the hidden
    marker, editing it in place when an earlier run posted it; return "created" or "updated".

    REST: GET /repos/{owner}/{repo}/issues/{number}/comments (pull requests are issues for
    comments), PATCH /repos/{owner}/{repo}/issues/comments/{id}, POST .../issues/{number}/comments
    (https://docs.github.com/en/rest/issues/comments)."""
    tag = f"<!-- {marker} -->"
    text = f"{tag}\n{body}"
    for page in range(1, MAX_COMMENT_PAGES + 1):
        comments = api(
            f"repos/{repository}/issues/{number}/comments?per_page={COMMENTS_PER_PAGE}&page={page}"
        )
        for comment in comments:
            if str(comment.get("body", "")).startswith(tag):
                api(f"repos/{repository}/issues/comments/{comment['id']}", {"body": text}, "PATCH")
                return "updated"
        if len(comments) < COMMENTS_PER_PAGE:
            break
    api(f"repos/{repository}/issues/{number}/comments", {"body": text})
    return "created"
