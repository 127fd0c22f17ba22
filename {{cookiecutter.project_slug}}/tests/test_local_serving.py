"""Local serving over real HTTP on 127.0.0.1: MLflow's model server with a trivial agent behind
the validating, logging proxy; and task 4's local deployment with its rollback."""

import http.client
import json
import re
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import mlflow
import pytest
import yaml

from {{ cookiecutter.package_name }}.costs.window import project_window_prices
from {{ cookiecutter.package_name }}.deployment.release import DeploymentError
from {{ cookiecutter.package_name }}.deployment.smoke_test import run_smoke_test
from {{ cookiecutter.package_name }}.local.deploy import deploy_locally
from {{ cookiecutter.package_name }}.local.detached import read_state, state_file, stop_detached
from {{ cookiecutter.package_name }}.local.server import LocalEndpoint
from {{ cookiecutter.package_name }}.local.serving import (
    MAX_BODY_BYTES,
    ServingError,
    http_sender,
    request_limits,
)
from {{ cookiecutter.package_name }}.local.workspace import LOCAL_HOME_VARIABLE
from {{ cookiecutter.package_name }}.monitoring.local_log import read_log
from {{ cookiecutter.package_name }}.monitoring.metrics import MetricSettings, compute_windows
from {{ cookiecutter.package_name }}.monitoring.settings import read_monitoring_config
from {{ cookiecutter.package_name }}.parameters import DeploymentParameters
from {{ cookiecutter.package_name }}.responses import RequestLimits

from tests.conftest import PROJECT_ROOT

ECHO_AGENT = Path(__file__).with_name("echo_agent.py")
INFERENCE_TABLE_COLUMNS = {
    "request_date",
    "databricks_request_id",
    "client_request_id",
    "request_time",
    "status_code",
    "sampling_fraction",
    "execution_duration_ms",
    "request",
    "response",
    "served_entity_id",
    "logging_error_codes",
    "requester",
    "input_token_count",
    "output_token_count",
}


def register_echo(
    name: str, silent: bool = False, alias: str = "", status: str = "", request: dict | None = None
) -> str:
    config = {"silent": silent} | ({"request": request} if request else {})
    # The default experiment: one an earlier test made active may live in another store.
    with mlflow.start_run(experiment_id="0"):
        info = mlflow.pyfunc.log_model(
            name="agent",
            python_model=str(ECHO_AGENT),
            model_config=config,
            registered_model_name=name,
        )
    version = str(info.registered_model_version)
    client = mlflow.MlflowClient()
    if status:
        client.set_model_version_tag(name, version, "evaluation_status", status)
    if alias:
        client.set_registered_model_alias(name, alias, version)
    return version


def post(url: str, body: bytes) -> tuple[int, dict]:
    request = urllib.request.Request(
        f"{url}/invocations", data=body, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read())


def ask(question: str, **extra) -> bytes:
    return json.dumps({"input": [{"role": "user", "content": question}], **extra}).encode()


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory, mlflow_store):
    with pytest.MonkeyPatch.context() as patch:
        # The model server is a child process: it finds the registry through the environment.
        patch.setenv("MLFLOW_TRACKING_URI", mlflow_store)
        patch.setenv("MLFLOW_REGISTRY_URI", mlflow_store)
        mlflow.set_tracking_uri(mlflow_store)
        mlflow.set_registry_uri(mlflow_store)
        version = register_echo("echo_served")
        served = LocalEndpoint(
            f"models:/echo_served/{version}", "echo_served-1", tmp_path_factory.mktemp("serving")
        )
        served.start()
        served.serve_in_thread()
        yield served
        served.stop()


def log_rows(endpoint) -> list[dict]:
    return [json.loads(line) for line in endpoint.log.path.read_text().splitlines()]


def test_health_smoke_test_and_inference_log(endpoint):
    with urllib.request.urlopen(f"{endpoint.url}/health", timeout=10) as answer:
        assert json.loads(answer.read()) == {"status": "ready", "served_entity": "echo_served-1"}
    before = len(log_rows(endpoint)) if endpoint.log.path.exists() else 0

    report = run_smoke_test(http_sender(endpoint.url), ["What is E07?", "Who pays travel?"], "1")

    assert report.passed
    assert [r.answer for r in report.results] == [
        "You asked: What is E07?",
        "You asked: Who pays travel?",
    ]
    rows = log_rows(endpoint)[before:]
    assert len(rows) == 2
    assert set(rows[0]) == INFERENCE_TABLE_COLUMNS
    assert {row["status_code"] for row in rows} == {200}
    assert json.loads(rows[0]["request"])["input"][0]["content"] == "What is E07?"
    assert json.loads(rows[0]["response"])["output"][0]["content"][0]["text"].startswith("You")
    assert rows[0]["served_entity_id"] == "echo_served-1"
    # Marked as task 4's checks in the log; the proxy kept the id from the model (its answer).
    assert [row["client_request_id"] for row in rows] == [
        "deployment-check:1:smoke-1",
        "deployment-check:1:smoke-2",
    ]
    assert rows[0]["input_token_count"] == 4  # What, is, E07, ?
    assert rows[0]["output_token_count"] == 7  # You, asked, :, What, is, E07, ?


def test_client_request_id_is_logged_and_not_sent_to_the_model(endpoint):
    status, answer = post(endpoint.url, ask("Hello?", client_request_id="ticket-42"))
    assert status == 200
    assert answer["output"][0]["content"][0]["text"] == "You asked: Hello?"
    assert log_rows(endpoint)[-1]["client_request_id"] == "ticket-42"


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        (b"{not json", 400, "not JSON"),
        (json.dumps({"messages": [{"role": "user", "content": "hi"}]}).encode(), 400, "'input'"),
        (json.dumps({"input": []}).encode(), 400, "non-empty list"),
        (json.dumps({"input": [{"role": "user"}]}).encode(), 400, "needs a 'role' and a 'content'"),
        (json.dumps({"input": [{"role": "robot", "content": "x"}]}).encode(), 400, "'robot'"),
        (
            json.dumps({"input": [{"role": "assistant", "content": "hello"}]}).encode(),
            400,
            "last message must be the user's",
        ),
        (ask("   "), 400, "question is empty"),
        (ask("x" * 2001), 400, "2001 characters"),
        (ask("x" * (MAX_BODY_BYTES + 10)), 413, f"limit of {MAX_BODY_BYTES} bytes"),
    ],
)
def test_bad_requests_get_a_4xx_naming_the_problem_and_the_server_keeps_answering(
    endpoint, body, status, message
):
    answered, error = post(endpoint.url, body)
    assert answered == status
    assert error["error_code"] == "BAD_REQUEST"
    assert message in error["message"]
    row = log_rows(endpoint)[-1]
    assert row["status_code"] == status
    assert row["output_token_count"] == 0

    assert post(endpoint.url, ask("Still there?"))[0] == 200


def exchange(url: str, method: str, path: str, body: bytes = b"", headers: dict | None = None):
    """One raw HTTP exchange (http.client sends any method, header and body as given):
    (status, headers, body), or the exception if the server closed without an answer."""
    connection = http.client.HTTPConnection(url.removeprefix("http://"), timeout=30)
    try:
        connection.putrequest(method, path, skip_accept_encoding=True)
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        connection.endheaders(body or None)
        answer = connection.getresponse()
        return answer.status, dict(answer.getheaders()), answer.read()
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("body", "headers", "status", "message"),
    [
        (b"[" * 10_000 + b"]" * 10_000, {}, 400, "nested too deeply"),
        (b'{"input": ' + b"9" * 5000 + b"}", {}, 400, "not JSON"),
        (ask("hi"), {"Content-Length": "ten"}, 400, "'ten' is not a number of bytes"),
        (b"", {}, 411, "no Content-Length"),
    ],
)
def test_hostile_bodies_and_lengths_get_a_json_400_and_a_log_row(
    endpoint, body, headers, status, message
):
    sent = {"Content-Type": "application/json", "Content-Length": str(len(body))} | headers
    if not body:
        del sent["Content-Length"]
    before = len(log_rows(endpoint))
    answered, _, error = exchange(endpoint.url, "POST", "/invocations", body, sent)
    assert answered == status
    assert message in json.loads(error)["message"]
    rows = log_rows(endpoint)[before:]
    assert [row["status_code"] for row in rows] == [status]

    assert post(endpoint.url, ask("Still there?"))[0] == 200


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "GET"])
def test_other_methods_get_a_json_405_naming_the_allowed_one_and_are_logged(endpoint, method):
    before = len(log_rows(endpoint))
    status, headers, body = exchange(endpoint.url, method, "/invocations")
    assert (status, headers["Allow"], headers["Content-Type"]) == (405, "POST", "application/json")
    if method != "HEAD":  # a HEAD answer has no body
        assert json.loads(body)["message"] == f"/invocations takes POST, not {method}"
    assert [row["status_code"] for row in log_rows(endpoint)[before:]] == [405]

    status, headers, _ = exchange(endpoint.url, "POST", "/health", b"{}")
    assert (status, headers["Allow"]) == (405, "GET")


def test_an_unknown_method_gets_a_json_501(endpoint):
    status, headers, body = exchange(endpoint.url, "BREW", "/invocations")
    assert (status, headers["Content-Type"]) == (501, "application/json")
    assert "Unsupported method ('BREW')" in json.loads(body)["message"]


def test_query_strings_are_ignored(endpoint):
    request = urllib.request.Request(
        f"{endpoint.url}/invocations?x=1&debug", data=ask("With a query?")
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        assert json.loads(answer.read())["output"][0]["content"][0]["text"].endswith("query?")
    with urllib.request.urlopen(f"{endpoint.url}/health?verbose=1", timeout=10) as answer:
        assert json.loads(answer.read())["status"] == "ready"


def test_the_proxy_refuses_by_the_limits_its_model_was_logged_with(endpoint):
    assert endpoint.proxy.limits == RequestLimits()  # logged without the chain's configuration
    version = register_echo("echo_limited", request={"max_messages": 2, "max_question_chars": 10})
    assert request_limits(f"models:/echo_limited/{version}") == RequestLimits(2, 10)


def test_a_taken_port_is_refused_with_the_fix_before_the_model_loads(endpoint, tmp_path):
    taken = endpoint.proxy.server_address[1]
    second = LocalEndpoint(endpoint.model.model_uri, "echo_served-1", tmp_path, port=taken)
    with pytest.raises(ServingError, match=f"cannot listen on 127.0.0.1:{taken}.*another --port"):
        second.start()
    assert second.model.process is None


def test_an_unreadable_server_state_is_removed_not_raised():
    state_file().parent.mkdir(parents=True, exist_ok=True)
    for unreadable in ("{not json", json.dumps({"pid": 1})):
        state_file().write_text(unreadable)
        assert read_state() is None
        assert not state_file().exists()


def test_unknown_paths_are_404(endpoint):
    request = urllib.request.Request(f"{endpoint.url}/predict", data=ask("hi"))
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 404
    assert "POST to /invocations" in json.loads(refused.value.read())["message"]


@pytest.fixture
def deploy_task(job_parameters, tmp_path, mlflow_store) -> DeploymentParameters:
    questions = tmp_path / "minimal.jsonl"
    questions.write_text(
        "\n".join(
            json.dumps({"inputs": {"question": q}, "expectations": {"expected_response": "x"}})
            for q in ("How many days of leave?", "What does E07 mean?")
        )
    )
    parameters = {
        **job_parameters,
        "model_name": "echo_deployed",
        "eval_dataset": str(questions),
    }
    return DeploymentParameters.from_parameters(parameters.get)


def test_local_deployment_serves_smoke_tests_and_rolls_back_a_failing_version(deploy_task):
    client = mlflow.MlflowClient()
    first = register_echo("echo_deployed", alias="challenger", status="passed")
    try:
        result = deploy_locally(deploy_task, client, "echo_deployed")
        assert result.version == first
        assert result.smoke.passed and len(result.smoke.results) == 2
        # The project's post_deployment settings: 20 requests, the two questions cycled.
        assert result.latency.passed and result.latency.sent == 20
        # Every request of the deployment is in the inference log as a deployment check, which
        # the monitoring counts apart from the users' requests.
        logged = read_log(Path(result.details["inference_log"])).rows
        assert list(logged["client_request_id"]) == [
            *(f"deployment-check:{first}:smoke-{n}" for n in (1, 2)),
            *(f"deployment-check:{first}:latency-{n}" for n in range(1, 21)),
        ]
        settings = MetricSettings.from_config(
            read_monitoring_config(PROJECT_ROOT / "config" / "monitoring.yml"),
            project_window_prices(PROJECT_ROOT),
        )
        days = compute_windows(logged, ["day"], settings)
        assert (days["requests"].sum(), days["deployment_check_requests"].sum()) == (0, 22)
        assert client.get_model_version_by_alias("echo_deployed", "champion").version == int(first)
        assert result.curl.startswith("curl -s http://127.0.0.1:")
        serving = read_state()
        assert f"{serving.url}/invocations" == result.url

        register_echo("echo_deployed", silent=True, alias="challenger", status="passed")
        with pytest.raises(DeploymentError, match=r"failed its local smoke test.*keeps serving"):
            deploy_locally(deploy_task, client, "echo_deployed")

        # The previous version still answers; champion did not move.
        assert read_state() == serving
        status, answer = post(serving.url, ask("Still you?"))
        assert (status, answer["output"][0]["content"][0]["text"]) == (200, "You asked: Still you?")
        assert client.get_model_version_by_alias("echo_deployed", "champion").version == int(first)
    finally:
        stopped, processes = stop_detached()
    # The server stops its own model server on SIGTERM; what is left of that is stopped after.
    assert stopped is not None and processes[0] == f"the server (pid {stopped.pid})"
    assert read_state() is None


def test_the_version_serving_is_kept_and_a_new_one_takes_the_same_port(deploy_task):
    client = mlflow.MlflowClient()
    first = register_echo("echo_deployed", alias="challenger", status="passed")
    try:
        served = deploy_locally(deploy_task, client, "echo_deployed")
        again = deploy_locally(deploy_task, client, "echo_deployed")
        assert (again.url, again.details["pid"]) == (served.url, served.details["pid"])
        assert not again.details["restarted"] and again.smoke.passed

        newer = register_echo("echo_deployed", alias="challenger", status="passed")
        moved = deploy_locally(deploy_task, client, "echo_deployed")
        assert (moved.version, moved.url, moved.warnings) == (newer, served.url, ())
        assert read_state().model_uri == f"models:/echo_deployed/{newer}"
        assert post(served.url.removesuffix("/invocations"), ask("New?"))[0] == 200

        stop_detached()
        port = int(served.url.rsplit(":", 1)[1].removesuffix("/invocations"))
        with socket.create_server(("127.0.0.1", port)):
            elsewhere = deploy_locally(deploy_task, client, "echo_deployed")
        # Nothing was serving: the remembered port was tried, and it was taken.
        assert elsewhere.url != served.url
        assert elsewhere.warnings == (f"port {port} is taken: serving on another one",)
    finally:
        stop_detached()
    assert first != newer


def test_a_breached_latency_run_leaves_the_previous_version_serving(deploy_task, tmp_path):
    client = mlflow.MlflowClient()
    first = register_echo("echo_deployed", alias="challenger", status="passed")
    config = yaml.safe_load(deploy_task.monitoring_config.read_text())
    config["post_deployment"]["requests"] = 3
    config["thresholds"]["metrics"]["latency_p95_ms"] = {"max": 0.0}
    impossible = tmp_path / "monitoring.yml"
    impossible.write_text(yaml.safe_dump(config))
    try:
        serving = deploy_locally(deploy_task, client, "echo_deployed").url
        register_echo("echo_deployed", alias="challenger", status="passed")
        strict = DeploymentParameters(**{**deploy_task.__dict__, "monitoring_config": impossible})
        with pytest.raises(DeploymentError, match=r"failed its latency run: .*latency_p95_ms"):
            deploy_locally(strict, client, "echo_deployed")
        assert f"{read_state().url}/invocations" == serving
        assert read_state().model_uri == f"models:/echo_deployed/{first}"
        assert client.get_model_version_by_alias("echo_deployed", "champion").version == int(first)
    finally:
        stop_detached()


def test_a_version_that_did_not_pass_evaluation_is_not_served(deploy_task):
    register_echo("echo_deployed", alias="challenger", status="failed")
    with pytest.raises(DeploymentError, match="evaluation_status is 'failed'"):
        deploy_locally(deploy_task, mlflow.MlflowClient(), "echo_deployed")
    assert read_state() is None


def processes_of(local_home: Path) -> list[str]:
    """Processes started with this local home: `serve` and the model server it runs."""
    found = []
    for process in Path("/proc").glob("[0-9]*"):
        try:
            environment = (process / "environ").read_bytes().split(b"\0")
        except OSError:  # the process ended while we looked
            continue
        if f"{LOCAL_HOME_VARIABLE}={local_home}".encode() in environment:
            found.append(process.name)
    return found


def test_serve_command_answers_until_ctrl_c_then_stops_its_model_server(job_parameters, local_home):
    from {{ cookiecutter.package_name }}.backend.local import LocalBackend

    backend = LocalBackend()
    backend.configure_mlflow()  # the store `serve` reads, in this test's local home
    name = backend.registered_model_name(
        job_parameters["catalog"],
        job_parameters["schema"],
        job_parameters["model_name"],
    )
    version = register_echo(name)
    serve = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "{{ cookiecutter.package_name }}",
            "serve",
            "--version",
            version,
        ],
        cwd=Path(__file__).parent.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        url, printed = None, []
        while url is None:
            line = serve.stdout.readline()
            assert line, f"serve exited with code {serve.wait()}:\n{''.join(printed)}"
            printed.append(line)
            found = re.search(r"at (http://127\.0\.0\.1:\d+) \(Ctrl-C", line)
            url = found and found.group(1)
        status, answer = post(url, ask("Hello there"))
        assert status == 200
        assert answer["output"][0]["content"][0]["text"] == "You asked: Hello there"
        assert len(processes_of(local_home)) >= 2
        serve.send_signal(signal.SIGINT)
        assert serve.wait(timeout=60) == 0
    finally:
        if serve.poll() is None:
            serve.kill()
    assert "stopping" in serve.stdout.read()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"{url}/health", timeout=5)
    assert processes_of(local_home) == []
