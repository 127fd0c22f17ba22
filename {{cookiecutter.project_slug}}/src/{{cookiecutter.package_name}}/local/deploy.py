"""Task 4 locally: the approved version behind a local endpoint, with the workspace path's checks
and smoke test."""

import json
from dataclasses import asdict

from ..deployment.release import (
    DeploymentError,
    DeploymentResult,
    approved_version,
)
from ..deployment.smoke_test import run_smoke_test, smoke_questions
from ..names import CHAMPION_ALIAS, served_entity_name
from ..parameters import DeploymentParameters
from .server import PACKAGE, read_state, start_detached, state_file, stop_server
from .serving import check_health, curl_example, http_sender


def deploy_locally(task: DeploymentParameters, mlflow_client, name: str) -> DeploymentResult:
    """Task 4 locally: serve the approved version beside the current one, smoke test it over
    HTTP, then replace the current one and alias the version champion. A failure stops the new
    server and leaves the previous one (if any) serving."""
    version = approved_version(mlflow_client, name, task.promote_alias)
    questions = smoke_questions(task.eval_dataset)
    entity = served_entity_name(name, version)
    candidate = start_detached(f"models:/{name}/{version}", entity)
    try:
        health = check_health(candidate.url)
        smoke = run_smoke_test(http_sender(candidate.url), questions)
    except BaseException:
        stop_server(candidate)
        raise
    previous = read_state()
    if not smoke.passed:
        stop_server(candidate)
        still = f"the previous server keeps serving at {previous.url}" if previous else ""
        raise DeploymentError(
            f"version {version} failed its local smoke test: {'; '.join(smoke.failures())}. "
            + (still or "no local server is running")
        )
    state_file().write_text(json.dumps(asdict(candidate), indent=2))
    if previous is not None and previous.pid != candidate.pid:
        stop_server(previous)
    mlflow_client.set_registered_model_alias(name, CHAMPION_ALIAS, version)
    return DeploymentResult(
        task.target,
        name,
        version,
        "local",
        f"{candidate.url}/invocations",
        curl_example(candidate.url),
        smoke,
        {
            "health": health,
            "pid": candidate.pid,
            "inference_log": candidate.inference_log,
            "stop_with": f"python -m {PACKAGE} serve --stop",
        },
    )
