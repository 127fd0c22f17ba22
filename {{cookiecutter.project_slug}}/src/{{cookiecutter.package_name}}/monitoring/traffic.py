"""`python -m <package> traffic`: questions of the evaluation sets sent to the local endpoint, so
its inference log has something to monitor (the template repository's `make demo` ends with
it)."""

import json
import random
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

from ..errors import ProjectError
from ..local.detached import read_state
from ..responses import request_for

TIMEOUT_SECONDS = 120.0


def questions(folder: Path) -> list[str]:
    """Every question of the evaluation sets (data/eval/*.jsonl), in file order."""
    found = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            if line.strip():
                found.append(json.loads(line)["inputs"]["question"])
    if not found:
        raise ProjectError(f"no evaluation questions in {folder}/*.jsonl")
    return found


def send(url: str, question: str, client_request_id: str) -> int:
    body = {**request_for(question), "client_request_id": client_request_id}
    request = urllib.request.Request(
        f"{url}/invocations",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as answer:
            answer.read()
            return answer.status
    except urllib.error.HTTPError as refused:
        return refused.code


def send_traffic(folder: Path, requests: int, seed: int, url: str | None = None) -> dict:
    """`requests` questions (a seeded draw from the evaluation sets) sent one after another to
    the endpoint task 4 left running (or `url`); the status codes and the time taken."""
    if url is None:
        state = read_state()
        if state is None:
            raise ProjectError(
                "no local endpoint is running: run the job first (make job), which serves the "
                "approved version"
            )
        url = state.url
    pool = questions(folder)
    draw = random.Random(seed)
    started = time.perf_counter()
    statuses = Counter(
        send(url, draw.choice(pool), f"traffic-{seed}-{number}") for number in range(requests)
    )
    return {"url": url, "statuses": dict(statuses), "seconds": time.perf_counter() - started}
