import json
import os
import sys
from pathlib import Path

import pytest
import responses
from responses import matchers
from responses.registries import OrderedRegistry

from {{ cookiecutter.package_name }}.local.workspace import LOCAL_HOME_VARIABLE

# MLflow fetches its telemetry settings over the network from a thread it starts at import; tests
# never reach the network (and a replayed SDK session would see the request).
os.environ["MLFLOW_DISABLE_TELEMETRY"] = "true"

EXCHANGES = Path(__file__).parent / "exchanges"
# What the replay fixture reads of an exchange; `_source` says where its shape comes from.
EXCHANGE_KEYS = frozenset({"_source", "method", "path", "status", "body", "request"})
PROJECT_ROOT = Path(__file__).parent.parent
WORKSPACE_HOST = "https://workspace.test.databricks.com"


@pytest.fixture(scope="session")
def mlflow_store(tmp_path_factory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('mlflow') / 'mlflow.db'}"


@pytest.fixture(autouse=True)
def local_home(tmp_path, monkeypatch, mlflow_store) -> Path:
    """Each test gets its own local tables and indexes.

    MLflow traces and runs of code that does not choose a store go to a store of the test
    session, never to the project folder; code that calls configure_mlflow gets the local home's.
    """
    import mlflow

    home = tmp_path / "local-home"
    monkeypatch.setenv(LOCAL_HOME_VARIABLE, str(home))
    monkeypatch.setenv("MLFLOW_TRACKING_URI", mlflow_store)
    monkeypatch.setenv("MLFLOW_REGISTRY_URI", mlflow_store)
    mlflow.set_tracking_uri(mlflow_store)
    mlflow.set_registry_uri(mlflow_store)
    return home


@pytest.fixture(scope="session")
def spark(tmp_path_factory):
    from {{ cookiecutter.package_name }}.spark_session import local_spark

    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = local_spark(cores=2, warehouse=str(tmp_path_factory.mktemp("warehouse")))
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def checked_exchange(exchange: dict) -> dict:
    """The exchange if the replay fixture reads all of it: a misspelt key (`requests` for
    `request`) would otherwise drop its assertion without a word."""
    unknown = sorted(set(exchange) - EXCHANGE_KEYS)
    if unknown:
        raise ValueError(
            f"exchange {exchange.get('path')}: keys the replay does not read: {unknown}"
        )
    return exchange


@pytest.fixture
def replay():
    """Replay REST exchanges of tests/exchanges/ in order; every one must happen, none other.

    An exchange file is a JSON list of {_source, method, path, status?, body?, request?}:
    `request` (if given) must equal the JSON the SDK sends; `_source` names the reference the
    shapes were written from (see tests/exchanges/README.md) and is not replayed.
    """
    with responses.RequestsMock(
        registry=OrderedRegistry, assert_all_requests_are_fired=True
    ) as mock:

        def load(*names: str, **substitutions: str) -> list[dict]:
            exchanges = []
            for name in names:
                text = (EXCHANGES / f"{name}.json").read_text()
                for key, value in substitutions.items():
                    text = text.replace("{" + key + "}", value)
                exchanges += [checked_exchange(exchange) for exchange in json.loads(text)]
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
    """An SDK client whose HTTP calls can only reach the replayed exchanges.

    Creating a client already asks the host for its metadata; that exchange is replayed first.
    """
    from databricks.sdk import WorkspaceClient
    from databricks.sdk.config import Config

    replay("workspace_host_metadata")
    # A request the exchanges do not expect must fail the test, not be retried for minutes.
    config = Config(
        host=WORKSPACE_HOST, token="dapi-recorded", auth_type="pat", retry_timeout_seconds=2
    )
    return WorkspaceClient(config=config)


class FakeClock:
    """Time that passes only when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def fake_clock(monkeypatch) -> FakeClock:
    """The clock of the task steps' waits (their deadlines and polling sleeps); the SDK and the
    HTTP mock keep the real one."""
    clock = FakeClock()
    for module in (
        "{{ cookiecutter.package_name }}.deadlines",
        "{{ cookiecutter.package_name }}.retrieval.vector_search",
        "{{ cookiecutter.package_name }}.deployment.endpoint_state",
    ):
        monkeypatch.setattr(f"{module}.time", clock)
    return clock


@pytest.fixture(scope="session")
def sample_chunks():
    """Chunks and offline embeddings of data/sample_pdfs, from the ingestion's pure functions
    with the job's chunking (what task 1 writes, without starting Spark)."""
    from {{ cookiecutter.package_name }}.ingestion.documents import chunks_of_files
    from {{ cookiecutter.package_name }}.local.bundle import load_job
    from {{ cookiecutter.package_name }}.parameters import IngestionParameters
    from {{ cookiecutter.package_name }}.retrieval.embeddings import OfflineHashingEmbedder

    chunking = IngestionParameters.from_parameters(load_job(PROJECT_ROOT).parameters.get).chunking
    files = sorted((PROJECT_ROOT / "data" / "sample_pdfs").glob("*.pdf"))
    return chunks_of_files(files, chunking, OfflineHashingEmbedder())


@pytest.fixture
def job_parameters() -> dict[str, str]:
    """The local job's parameters, resolved from the bundle like the local runner does."""
    from {{ cookiecutter.package_name }}.local.bundle import load_job

    return dict(load_job(PROJECT_ROOT).parameters)


@pytest.fixture
def sample_index(local_home, sample_chunks, job_parameters) -> Path:
    """The local index of the sample PDFs where task 1 leaves it for the chain."""
    from {{ cookiecutter.package_name }}.backend.local import LocalBackend
    from {{ cookiecutter.package_name }}.names import index_full_name
    from {{ cookiecutter.package_name }}.retrieval.embeddings import OfflineHashingEmbedder
    from {{ cookiecutter.package_name }}.retrieval.local_index import LocalVectorIndex

    folder = LocalBackend().index_folder(
        index_full_name(
            job_parameters["catalog"],
            job_parameters["schema"],
            job_parameters["vector_search_index"],
        )
    )
    embedder = OfflineHashingEmbedder().name
    LocalVectorIndex.from_frame(
        sample_chunks, source_table="sample", source_version=1, embedder=embedder
    ).save(folder)
    return folder
