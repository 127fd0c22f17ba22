"""Task 4 locally: the approved version behind a local endpoint, with the workspace path's checks
smoke test and latency run.

The endpoint keeps its port across deployments (`.local/serving/port` remembers it) unless
another program took it; a version already serving is smoke tested where it runs, not restarted.
"""

from ..deployment.latency import run_latency
from ..deployment.release import (
    DeploymentError,
    DeploymentResult,
    approved_version,
)
from ..deployment.smoke_test import run_smoke_test, smoke_questions
from ..monitoring.settings import read_monitoring_config
from ..names import CHAMPION_ALIAS, served_entity_name
from ..parameters import DeploymentParameters
from .detached import (
    ServerState,
    read_state,
    serving_folder,
    start_detached,
    stop_server,
    write_state,
)
from .server import PACKAGE
from .serving import ServingError, check_health, curl_example, http_sender, port_is_free


def _port_file():
    return serving_folder() / "port"


def _port_of(state: ServerState) -> int:
    return int(state.url.rsplit(":", 1)[1])


def remembered_port() -> int:
    """The port the last deployment served on, or 0 (any free port) before the first."""
    path = _port_file()
    text = path.read_text().strip() if path.is_file() else ""
    return int(text) if text.isdigit() else 0


def _withdrawn(serving: ServerState, previous: ServerState | None, failure: str) -> DeploymentError:
    """Stop the new server that failed a check; the error says what still serves, if anything."""
    stop_server(serving)
    still = f"the previous server keeps serving at {previous.url}" if previous else ""
    return DeploymentError(f"{failure}. " + (still or "no local server is running"))


def _smoke_test(state: ServerState, questions: list[str], version: str):
    try:
        return check_health(state.url), run_smoke_test(http_sender(state.url), questions, version)
    except BaseException:
        stop_server(state)
        raise


def _move_to(candidate: ServerState, port: int, notes: list[str]) -> ServerState:
    """The candidate again, on `port` (the endpoint's port, freed by the previous server): a
    second start of the same version, so clients keep their URL. If that fails, the candidate
    keeps serving where it is."""
    if not port_is_free(port):
        notes.append(f"port {port} is taken: the endpoint moved to {candidate.url}")
        return candidate
    try:
        moved = start_detached(candidate.model_uri, candidate.served_entity, port)
    except ServingError as error:
        notes.append(f"could not serve on port {port} ({error}): serving at {candidate.url}")
        return candidate
    try:
        check_health(moved.url)
    except OSError as error:
        stop_server(moved)
        notes.append(
            f"the server on port {port} is not healthy ({error}): serving at {candidate.url}"
        )
        return candidate
    stop_server(candidate)
    return moved


def deploy_locally(task: DeploymentParameters, mlflow_client, name: str) -> DeploymentResult:
    """Task 4 locally: serve the approved version beside the current one, smoke test it over
    HTTP, then replace the current one and alias the version champion. A failure stops the new
    server and leaves the previous one (if any) serving. The version already serving is smoke
    tested in place."""
    version = approved_version(mlflow_client, name, task.promote_alias)
    questions = smoke_questions(task.eval_dataset)
    monitoring = read_monitoring_config(task.monitoring_config)
    model_uri = f"models:/{name}/{version}"
    previous = read_state()
    # Why the endpoint's port changed, if it did: shown as warnings of the deployment.
    notes: list[str] = []
    if previous is not None and previous.model_uri == model_uri:
        serving = previous
        health = check_health(serving.url)
        smoke = run_smoke_test(http_sender(serving.url), questions, version)
        if not smoke.passed:
            raise DeploymentError(
                f"version {version}, already serving at {serving.url}, failed its local smoke "
                f"test: {'; '.join(smoke.failures())}"
            )
        latency = run_latency(http_sender(serving.url), questions, monitoring, version)
        if not latency.passed:
            raise DeploymentError(
                f"version {version}, already serving at {serving.url}, failed its latency run: "
                f"{'; '.join(latency.failures())}"
            )
    else:
        port = remembered_port()
        start_port = port if previous is None and port and port_is_free(port) else 0
        if previous is None and port and not start_port:
            notes.append(f"port {port} is taken: serving on another one")
        serving = start_detached(model_uri, served_entity_name(name, version), start_port)
        health, smoke = _smoke_test(serving, questions, version)
        if not smoke.passed:
            raise _withdrawn(
                serving,
                previous,
                f"version {version} failed its local smoke test: {'; '.join(smoke.failures())}",
            )
        # On the server that takes the endpoint's port next, before the previous one stops: a
        # failed run leaves the previous one serving, the local counterpart of a rollback.
        latency = run_latency(http_sender(serving.url), questions, monitoring, version)
        if not latency.passed:
            raise _withdrawn(
                serving,
                previous,
                f"version {version} failed its latency run: {'; '.join(latency.failures())}",
            )
        if previous is not None:
            stop_server(previous)
            serving = _move_to(serving, _port_of(previous), notes)
    write_state(serving)
    _port_file().write_text(str(_port_of(serving)))
    mlflow_client.set_registered_model_alias(name, CHAMPION_ALIAS, version)
    return DeploymentResult(
        task.target,
        name,
        version,
        "local",
        f"{serving.url}/invocations",
        curl_example(serving.url),
        smoke,
        {
            "health": health,
            "pid": serving.pid,
            "inference_log": serving.inference_log,
            "stop_with": f"python -m {PACKAGE} serve --stop",
            "restarted": serving != previous,
        },
        tuple(notes),
        latency,
    )
