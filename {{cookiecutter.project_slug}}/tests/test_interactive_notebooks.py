"""Each notebook run by hand ("Run all" in the workspace): no job, no widget, no task value.

The notebooks run here as the local runner runs them, with the `dbutils` stand-in of a notebook
outside any job, from the notebooks' folder (a notebook's working directory on Databricks). The
user comes from the workspace (a replayed `current_user.me`). Running a task itself needs the dev
target's workspace (tables in Unity Catalog, Vector Search, serving endpoints), so the task
functions are stubbed: the notebook stops where it hands its parameters to the task, or, for
notebook 04, runs to its end on a stubbed deployment.
"""

import dataclasses
import json
import textwrap
from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest

from {{ cookiecutter.package_name }}.backend import client, targets
from {{ cookiecutter.package_name }}.chain import registration
from {{ cookiecutter.package_name }}.deployment import task as deployment_task
from {{ cookiecutter.package_name }}.deployment.latency import LatencyRun
from {{ cookiecutter.package_name }}.deployment.smoke_test import SmokeReport, SmokeResult
from {{ cookiecutter.package_name }}.errors import ProjectError
from {{ cookiecutter.package_name }}.evaluation import task as evaluation_task
from {{ cookiecutter.package_name }}.ingestion import task as ingestion_task
from {{ cookiecutter.package_name }}.interactive import INTERACTIVE_TARGET, declare_parameters
from {{ cookiecutter.package_name }}.local.bundle import workspace_job_parameters
from {{ cookiecutter.package_name }}.local.dbutils import interactive_dbutils, job_task_dbutils
from {{ cookiecutter.package_name }}.local.runner import run_notebook
from {{ cookiecutter.package_name }}.monitoring import task as monitoring_task
from {{ cookiecutter.package_name }}.parameters import IngestionParameters

from tests.conftest import PROJECT_ROOT
from tests.test_bundle import write_bundle
from tests.test_parameters import parameters_read_by

# The notebooks' task modules bind `backend_for` when first imported: imported here, before any
# test patches it, so none keeps a stand-in for the tests that run after this file.
TASK_MODULES = (ingestion_task, registration, evaluation_task, deployment_task, monitoring_task)

USER = "jane.doe@example.com"  # the userName of tests/exchanges/current_user_me.json
NOTEBOOKS = sorted((PROJECT_ROOT / "notebooks").glob("0*.py"))
# The job whose parameters a notebook declares by hand, where it is not the main job's.
JOB_OF_NOTEBOOK = {"05_monitoring": "monitoring"}


class StopAtTheTask(Exception):  # noqa: N818 - not an error: where the test stops the notebook
    pass


@pytest.fixture
def workspace_user(workspace_client, replay, monkeypatch):
    """The notebook asks the workspace who runs it, once."""
    replay("current_user_me")
    monkeypatch.setattr(client, "workspace_client", lambda: workspace_client)


@pytest.fixture
def in_the_notebooks_folder(monkeypatch):
    monkeypatch.chdir(PROJECT_ROOT / "notebooks")


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda path: path.stem)
def test_a_notebook_run_by_hand_declares_what_it_reads_with_the_dev_values(
    notebook, workspace_user, in_the_notebooks_folder, monkeypatch
):
    targets_asked = []

    def stop(*args, **kwargs):
        raise StopAtTheTask

    def backend_for(target):
        targets_asked.append(target)
        raise StopAtTheTask

    # Task 1 starts Spark before it asks for the backend; the other tasks ask for it first.
    monkeypatch.setattr("{{ cookiecutter.package_name }}.spark_session.get_spark", stop)
    monkeypatch.setattr(targets, "backend_for", backend_for)
    dbutils = interactive_dbutils()

    with pytest.raises(StopAtTheTask):
        run_notebook(notebook, dbutils, echo=lambda _: None)

    read = parameters_read_by(notebook)
    dev = workspace_job_parameters(
        PROJECT_ROOT, INTERACTIVE_TARGET, USER, JOB_OF_NOTEBOOK.get(notebook.stem)
    )
    assert dbutils.widgets.getAll() == {name: dev[name] for name in read}
    assert dbutils.widgets.get("target") == "dev"
    if notebook.name.startswith("01_"):
        assert dbutils.widgets.get("schema") == "dev_jane_doe_{{ cookiecutter.schema_name }}"
    else:
        assert targets_asked == ["dev"]


@dataclass
class FakeDeployment:
    model_name: str = "dev.schema.model"
    version: str = "3"
    endpoint_name: str = "x"
    url: str = "https://workspace.test.databricks.com/serving-endpoints/x/invocations"
    smoke: SmokeReport = field(
        default_factory=lambda: SmokeReport((SmokeResult("What is covered?", "This.", 120.0),))
    )
    warnings: tuple[str, ...] = ()
    latency: LatencyRun = field(
        default_factory=lambda: LatencyRun(1, (300.0,), (), (), "post_deployment.timeout_seconds")
    )


def test_notebook_04_run_by_hand_reads_the_debug_value_of_each_ingestion_count(
    workspace_user, in_the_notebooks_folder, monkeypatch
):
    summaries = []
    monkeypatch.setattr(targets, "backend_for", lambda target: SimpleNamespace(target=target))
    monkeypatch.setattr(
        deployment_task, "deploy", lambda config, project, backend: FakeDeployment()
    )
    monkeypatch.setattr(deployment_task, "evaluation_of", lambda name, version: {})
    monkeypatch.setattr(
        deployment_task,
        "job_summary",
        lambda ingestion, evaluation, result: summaries.append(ingestion) or "summary",
    )
    notebook = PROJECT_ROOT / "notebooks" / "04_deploy_model_as_endpoint.py"

    exit_value = run_notebook(notebook, interactive_dbutils(), echo=lambda _: None)

    assert summaries == [
        dict.fromkeys(("documents", "failed_documents", "chunks", "index_rows"), "?")
    ]
    # What CI's job summary reads back (.github/scripts/job_summary.py, deployment_report).
    assert json.loads(exit_value) == {
        "model_version": "3",
        "endpoint_name": "x",
        "endpoint_url": FakeDeployment.url,
        "smoke_test": {
            "passed": True,
            "results": [
                {"question": "What is covered?", "latency_ms": 120.0, "passed": True, "error": ""}
            ],
        },
        "latency_run": {
            "passed": True,
            "planned": 1,
            "sent": 1,
            "errors": 0,
            "error_rate": 0.0,
            "latency_p50_ms": 300.0,
            "latency_p95_ms": 300.0,
            "verdicts": [],
            "failures": [],
        },
        "warnings": [],
    }


def test_in_a_job_run_the_jobs_parameters_stay_and_nothing_is_asked():
    parameters = {f.name: "from the job" for f in dataclasses.fields(IngestionParameters)}
    dbutils = job_task_dbutils(parameters, {}, "pdf_chunks_embeddings")

    def not_asked():
        raise AssertionError("a job run must not read the bundle or ask the workspace")

    assert declare_parameters(dbutils, IngestionParameters, root=not_asked, user=not_asked) == {}
    assert dbutils.widgets.getAll() == parameters


JOB = """\
    resources:
      jobs:
        demo_job:
          name: demo
          parameters:
            - name: catalog
              default: ${var.catalog}
            - name: owner
              default: ${workspace.current_user.userName}
          tasks:
            - task_key: first
              notebook_task: {notebook_path: ../notebooks/a.py}
    """
DEV_TARGET = """\
    targets:
      dev:
        mode: development
        variables:
          catalog: sandbox
    """


@dataclass(frozen=True)
class DemoParameters:
    catalog: str
    owner: str


@dataclass(frozen=True)
class UnknownParameters:
    colour: str


def test_only_missing_widgets_are_declared_and_an_existing_one_keeps_its_value(tmp_path):
    root = write_bundle(tmp_path, JOB)
    with (root / "databricks.yml").open("a") as bundle:
        bundle.write(textwrap.dedent(DEV_TARGET))
    dbutils = interactive_dbutils()
    dbutils.widgets.text("catalog", "edited by hand")

    declared = declare_parameters(
        dbutils, DemoParameters, root=lambda: root, user=lambda: "ann@example.com"
    )

    assert declared == {"owner": "ann@example.com"}
    assert declare_parameters(
        interactive_dbutils(), DemoParameters, root=lambda: root, user=lambda: "ann@example.com"
    ) == {"catalog": "sandbox", "owner": "ann@example.com"}
    assert dbutils.widgets.getAll() == {"catalog": "edited by hand", "owner": "ann@example.com"}
    with pytest.raises(ProjectError, match=r"has no parameter \['colour'\]"):
        declare_parameters(
            dbutils, UnknownParameters, root=lambda: root, user=lambda: "ann@example.com"
        )
