import json
import os
import sys
from pathlib import Path

import pytest
import responses
from responses import matchers
from responses.registries import OrderedRegistry

from {{ cookiecutter.package_name }}.local_workspace import LOCAL_HOME_VARIABLE

RECORDINGS = Path(__file__).parent / "recordings"
PROJECT_ROOT = Path(__file__).parent.parent
WORKSPACE_HOST = "https://workspace.test.databricks.com"


@pytest.fixture(autouse=True)
def local_home(tmp_path, monkeypatch) -> Path:
    """Each test gets its own local tables and indexes."""
    home = tmp_path / "local-home"
    monkeypatch.setenv(LOCAL_HOME_VARIABLE, str(home))
    return home


@pytest.fixture(scope="session")
def spark(tmp_path_factory):
    from {{ cookiecutter.package_name }}.spark_session import local_spark

    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = local_spark(cores=2, warehouse=str(tmp_path_factory.mktemp("warehouse")))
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture
def replay():
    """Replay recorded REST exchanges in order; every recorded call must happen, none other.

    A recording is a JSON list of {method, path, status, body?, request?}: `request` (if given)
    must equal the JSON the SDK sends.
    """
    with responses.RequestsMock(
        registry=OrderedRegistry, assert_all_requests_are_fired=True
    ) as mock:

        def load(*names: str, **substitutions: str) -> list[dict]:
            exchanges = []
            for name in names:
                text = (RECORDINGS / f"{name}.json").read_text()
                for key, value in substitutions.items():
                    text = text.replace("{" + key + "}", value)
                exchanges += json.loads(text)
            for exchange in exchanges:
                match = (
                    [matchers.json_params_matcher(exchange["request"])]
                    if "request" in exchange
                    else []
                )
                mock.add(
                    exchange["method"],
                    WORKSPACE_HOST + exchange["path"],
                    json=exchange.get("body", {}),
                    status=exchange.get("status", 200),
                    match=match,
                )
            return exchanges

        yield load


@pytest.fixture
def workspace_client(replay):
    """An SDK client whose HTTP calls can only reach the recordings.

    Creating a client already asks the host for its metadata; that exchange is replayed first.
    """
    from databricks.sdk import WorkspaceClient
    from databricks.sdk.config import Config

    replay("workspace_host_metadata")
    # A request the recordings do not expect must fail the test, not be retried for minutes.
    config = Config(
        host=WORKSPACE_HOST, token="dapi-recorded", auth_type="pat", retry_timeout_seconds=2
    )
    return WorkspaceClient(config=config)
