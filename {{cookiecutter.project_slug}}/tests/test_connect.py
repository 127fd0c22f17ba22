"""A workspace target's tasks run from this machine: the Databricks Connect environment's lock,
the dev target's sign-in and parameters, and the refusal in an environment without Connect.

Nothing here reaches a workspace: sign-in answers are replayed (tests/exchanges/), or come from
ports on 127.0.0.1 that refuse or never answer. tests/test_connect_session.py runs in the
Connect environment itself (the template's tests build it with `make connect`).
"""

import importlib.util
import os
import re
import socket
import threading
import time

import pytest

from {{ cookiecutter.package_name }}.backend import client
from {{ cookiecutter.package_name }}.cli import main
from {{ cookiecutter.package_name }}.local import runner
from {{ cookiecutter.package_name }}.local.bundle import load_bundle, workspace_job_parameters

from tests.conftest import PROJECT_ROOT, WORKSPACE_HOST

USER = "jane.doe@example.com"  # the userName of tests/exchanges/current_user_me.json
REQUIREMENTS = PROJECT_ROOT / "requirements"
# The Databricks Connect major version each serverless environment version ships
# (https://learn.microsoft.com/azure/databricks/release-notes/serverless/environment-version/:
# 4 -> 17.3, 5 -> 18); a classic cluster's is its runtime's major version.
CONNECT_OF_ENVIRONMENT = {"4": "17", "5": "18"}
# Slow enough to catch the SDK's default budget (60 s a request, retried for 300 s), fast enough
# for a sign-in whose two requests (host metadata, current user) each wait their 5 s.
FAST_FAILURE_SECONDS = 30
AUTH_VARIABLES = [
    "DATABRICKS_HOST",
    "DATABRICKS_TOKEN",
    "DATABRICKS_CONFIG_PROFILE",
    "DATABRICKS_CONFIG_FILE",
    "DATABRICKS_CLIENT_ID",
    "DATABRICKS_CLIENT_SECRET",
    "DATABRICKS_AUTH_TYPE",
    "DATABRICKS_CLUSTER_ID",
    "DATABRICKS_SERVERLESS_COMPUTE_ID",
    "ARM_CLIENT_ID",
    "ARM_CLIENT_SECRET",
    "ARM_TENANT_ID",
]


def pins(path) -> dict[str, str]:
    lines = path.read_text().splitlines()
    found = (re.fullmatch(r"([A-Za-z0-9_.\-]+)==(\S+)", line.strip()) for line in lines)
    return {match[1].lower(): match[2] for match in found if match}


@pytest.fixture
def no_credentials(tmp_path, monkeypatch):
    """No Databricks variable, no ~/.databrickscfg, no CLI (its OAuth login) on PATH. Setting
    each variable first makes monkeypatch remove what signing in sets."""
    for name in AUTH_VARIABLES:
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PATH", str(tmp_path))


def test_the_connect_lock_keeps_every_pin():
    connect, project = pins(REQUIREMENTS / "connect.txt"), pins(REQUIREMENTS / "constraints.txt")
    assert connect["databricks-connect"] == pins(REQUIREMENTS / "connect.in")["databricks-connect"]
    assert "pyspark" not in connect  # databricks-connect brings its own
    changed = {name for name in set(connect) & set(project) if connect[name] != project[name]}
    assert changed == set()


def test_databricks_connect_matches_the_jobs_compute():
    config, _ = load_bundle(PROJECT_ROOT)
    major = pins(REQUIREMENTS / "connect.txt")["databricks-connect"].split(".")[0]
    for job in config["resources"]["jobs"].values():
        for environment in job.get("environments") or []:
            assert CONNECT_OF_ENVIRONMENT[environment["spec"]["environment_version"]] == major
        for cluster in job.get("job_clusters") or []:
            assert cluster["new_cluster"]["spark_version"].split(".")[0] == major


@pytest.mark.skipif(
    importlib.util.find_spec("databricks.connect") is not None,
    reason="databricks-connect is installed here: the refusal is for environments without it",
)
def test_a_workspace_target_from_an_environment_without_connect_says_make_connect(
    monkeypatch, capsys
):
    monkeypatch.chdir(PROJECT_ROOT)
    assert main(["job", "--target", "dev", "--task", "rag_chain"]) == 2
    error = capsys.readouterr().err
    assert "make connect" in error
    assert ".venv-connect/bin/python -m {{ cookiecutter.package_name }} job --target dev" in error
    assert "databricks bundle deploy -t dev" in error


def test_a_dev_run_signs_in_to_the_targets_workspace_and_gets_the_deployed_parameters(
    no_credentials, monkeypatch
):
    config, _ = load_bundle(PROJECT_ROOT)
    signed_in = []
    monkeypatch.setattr(runner, "databricks_connect_installed", lambda: True)
    monkeypatch.setattr(client, "sign_in", lambda host: signed_in.append(host) or (USER, None))
    job = config["resources"]["jobs"]["rag_job"]
    if job.get("job_clusters"):
        with pytest.raises(runner.ConnectEnvironmentError, match="DATABRICKS_CLUSTER_ID"):
            runner.connect_workspace(PROJECT_ROOT, "dev")
        monkeypatch.setattr(client, "sign_in", lambda host: (USER, "0101-cluster"))
    workspace = runner.connect_workspace(PROJECT_ROOT, "dev")
    assert workspace == runner.WorkspaceTarget("dev", USER)
    assert signed_in == [config["targets"]["dev"]["workspace"]["host"]]
    if job.get("environments"):
        assert os.environ[runner.SERVERLESS_VARIABLE] == "auto"

    seen = []

    def run_notebook(notebook, dbutils, echo):
        seen.append((notebook.name, {name: dbutils.widgets.get(name) for name in expected}))
        dbutils.jobs.taskValues.set("ran", notebook.stem)
        return ""

    expected = workspace_job_parameters(PROJECT_ROOT, "dev", USER)
    monkeypatch.setattr(runner, "run_notebook", run_notebook)
    lines = []
    run = runner.run_job(PROJECT_ROOT, echo=lines.append, workspace=workspace)
    assert run.succeeded
    assert lines[0].endswith("(rag_job), target dev, 4 task(s)")
    assert lines[1] == "[1/4] pdf_chunks_embeddings: notebooks/01_pdf_chunks_embeddings.py"
    assert "summary:" in lines
    assert [name for name, _ in seen] == [
        "01_pdf_chunks_embeddings.py",
        "02_rag_chain.py",
        "03_offline_evaluation.py",
        "04_deploy_model_as_endpoint.py",
    ]
    for _, parameters in seen:
        assert parameters == expected
    # Development mode's names, as `bundle deploy -t dev` by this user gives them.
    assert expected["model_name"] == "dev_jane_doe_{{ cookiecutter.package_name }}_chain"
    assert expected["target"] == "dev"


def test_signing_in_reads_the_user_and_points_every_later_client_at_the_target(
    no_credentials, replay, monkeypatch
):
    replay("workspace_host_metadata", "current_user_me")
    monkeypatch.setenv("DATABRICKS_TOKEN", "dapi-recorded")
    assert client.sign_in(WORKSPACE_HOST) == (USER, None)
    assert os.environ["DATABRICKS_HOST"] == WORKSPACE_HOST


def test_without_credentials_signing_in_fails_at_once_naming_what_to_set(no_credentials, replay):
    replay("workspace_host_metadata")
    started = time.monotonic()
    with pytest.raises(client.WorkspaceSignInError) as raised:
        client.sign_in(WORKSPACE_HOST)
    assert time.monotonic() - started < FAST_FAILURE_SECONDS
    message = str(raised.value)
    for advice in (
        f"databricks auth login --host {WORKSPACE_HOST}",
        "DATABRICKS_CONFIG_PROFILE",
        "DATABRICKS_TOKEN",
    ):
        assert advice in message


def test_a_host_variable_for_another_workspace_is_refused(no_credentials, replay, monkeypatch):
    replay("workspace_host_metadata")
    monkeypatch.setenv("DATABRICKS_HOST", WORKSPACE_HOST)
    monkeypatch.setenv("DATABRICKS_TOKEN", "dapi-recorded")
    with pytest.raises(client.WorkspaceSignInError, match="DATABRICKS_HOST points at"):
        client.sign_in("https://other.test.databricks.com")


def sign_in_error(host: str) -> Exception | None:
    """What signing in to `host` raised, within FAST_FAILURE_SECONDS (a thread bounds the test)."""
    outcome: list = []

    def attempt():
        try:
            client.sign_in(host)
        except Exception as error:
            outcome.append(error)
        else:
            outcome.append(None)

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(FAST_FAILURE_SECONDS)
    assert not thread.is_alive(), f"signing in to {host} still waits after {FAST_FAILURE_SECONDS} s"
    return outcome[0]


def test_a_host_that_refuses_connections_fails_within_seconds(no_credentials, monkeypatch):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("DATABRICKS_TOKEN", "dapi-unused")
    error = sign_in_error(f"http://127.0.0.1:{port}")
    assert isinstance(error, client.WorkspaceSignInError)
    assert f"http://127.0.0.1:{port} did not answer" in str(error)
    assert "workspace.host in databricks.yml" in str(error)


def test_a_host_that_never_answers_fails_within_seconds(no_credentials, monkeypatch):
    # Connections complete in the listen backlog; no request is ever read.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        host = f"http://127.0.0.1:{silent.getsockname()[1]}"
        monkeypatch.setenv("DATABRICKS_TOKEN", "dapi-unused")
        error = sign_in_error(host)
    assert isinstance(error, client.WorkspaceSignInError)
    assert f"{host} did not answer" in str(error)
