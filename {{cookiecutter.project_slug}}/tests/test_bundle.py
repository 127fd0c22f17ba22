import textwrap
from pathlib import Path

import pytest

from {{ cookiecutter.package_name }}.local.bundle import (
    BundleError,
    domain_friendly_name,
    load_job,
    normalize_prefix,
    short_name,
    workspace_job_parameters,
)

from tests.conftest import PROJECT_ROOT


def test_the_projects_job_resolves_for_the_local_target():
    job = load_job(PROJECT_ROOT)
    assert job.key == "rag_job"
    assert job.name == "{{ cookiecutter.project_slug }}-rag-job"
    assert job.tasks[0].key == "pdf_chunks_embeddings"
    assert job.tasks[0].notebook == PROJECT_ROOT / "notebooks" / "01_pdf_chunks_embeddings.py"
    parameters = job.parameters
    assert parameters["target"] == "local"
    assert parameters["catalog"] == "local"
    assert parameters["schema"] == "{{ cookiecutter.schema_name }}"
    assert parameters["source_path"] == str(PROJECT_ROOT / "data" / "sample_pdfs")
    assert parameters["embedding_endpoint"] == "{{ cookiecutter.embedding_endpoint }}"
    # The jobs name the bundle's own model and experiment; locally they resolve to the local
    # registry's model and the experiment local.yml names.
    assert parameters["model_name"] == "{{ cookiecutter.package_name }}_chain"
    assert parameters["experiment_name"] == "{{ cookiecutter.project_slug }}"
    assert parameters["vector_search_endpoint"] == "{{ cookiecutter.vector_search_endpoint }}"
    assert "${" not in "".join(parameters.values())


def test_the_full_evaluation_uses_the_same_model_and_experiment_locally():
    job = load_job(PROJECT_ROOT, "full_evaluation")
    assert job.parameters["model_name"] == "{{ cookiecutter.package_name }}_chain"
    assert job.parameters["experiment_name"] == "{{ cookiecutter.project_slug }}"


def write_bundle(root: Path, job: str, local: str = "") -> Path:
    (root / "resources").mkdir(parents=True)
    (root / "notebooks").mkdir()
    for name in ("a", "b", "c"):
        (root / "notebooks" / f"{name}.py").write_text("# Databricks notebook source\n")
    (root / "databricks.yml").write_text(
        textwrap.dedent(
            """\
            bundle:
              name: demo
            include:
              - resources/*.yml
            variables:
              catalog:
                default: dev
              schema:
                default: ${var.catalog}_rag
            """
        )
    )
    (root / "resources" / "job.yml").write_text(textwrap.dedent(job))
    if local:
        (root / "local.yml").write_text(textwrap.dedent(local))
    return root


JOB = """\
    resources:
      jobs:
        demo_job:
          name: ${bundle.name}-job
          parameters:
            - name: where
              default: ${var.catalog}.${var.schema}
          tasks:
            - task_key: third
              depends_on: [{task_key: second}]
              notebook_task: {notebook_path: ../notebooks/c.py}
            - task_key: first
              notebook_task: {notebook_path: ../notebooks/a.py}
            - task_key: second
              depends_on: [{task_key: first}]
              notebook_task: {notebook_path: ../notebooks/b}
    """


def test_tasks_run_in_dependency_order_and_variables_nest(tmp_path):
    job = load_job(write_bundle(tmp_path, JOB, "variables:\n  catalog: mine\n"))
    assert [task.key for task in job.tasks] == ["first", "second", "third"]
    assert job.tasks[1].notebook.name == "b.py"
    assert job.parameters == {"where": "mine.mine_rag"}
    assert job.name == "demo-job"


@pytest.mark.parametrize(
    ("job", "local", "message"),
    [
        (JOB.replace("task_key: second}", "task_key: zeroth}"), "", "unknown task 'zeroth'"),
        (JOB.replace("c.py", "missing.py"), "", "missing.py does not exist"),
        (JOB.replace("${var.catalog}", "${var.region}"), "", "variable 'region' is not declared"),
        (JOB.replace("${var.catalog}", "${workspace.host}"), "", "cannot be resolved"),
        (JOB, "variables:\n  colour: red\n", "variable 'colour' is not declared"),
        (JOB, "job_parameters:\n  nowhere: x\n", "no job has a parameter 'nowhere'"),
        (JOB.replace("[{task_key: second}]", "[{task_key: third}]"), "", "cycle"),
        (JOB + "      bad: [unclosed\n", "", r"job\.yml:18:1: malformed YAML"),
    ],
    ids=[
        "unknown-dependency",
        "missing-notebook",
        "undeclared-variable",
        "unresolvable",
        "local-undeclared-variable",
        "local-unknown-parameter",
        "cycle",
        "malformed-yaml",
    ],
)
def test_bad_bundles_get_a_clear_error(tmp_path, job, local, message):
    with pytest.raises(BundleError, match=message):
        load_job(write_bundle(tmp_path, job, local))


@pytest.mark.parametrize(
    ("user", "short", "friendly"),
    [
        ("jane.doe@example.com", "jane_doe", "jane-doe"),
        ("José.Núñez", "josé_núñez", "jose-nunez"),
        ("__ops--bot__", "ops_bot", "ops-bot"),
        ("Łukasz", "łukasz", "-ukasz"),
    ],
)
def test_user_names_are_derived_as_the_cli_derives_them(user, short, friendly):
    assert short_name(user) == short
    assert domain_friendly_name(user) == friendly


def test_the_current_users_names_resolve_locally(tmp_path, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "Jane.Doe")
    job = JOB.replace(
        "${var.catalog}.${var.schema}",
        "${workspace.current_user.short_name}/${workspace.current_user.domain_friendly_name}",
    )
    assert load_job(write_bundle(tmp_path, job)).parameters == {"where": "jane_doe/jane-doe"}


def test_a_folder_without_a_bundle_is_refused(tmp_path):
    with pytest.raises(BundleError, match=r"no databricks\.yml"):
        load_job(tmp_path)


def test_the_projects_job_resolves_for_the_dev_target_as_deployed_by_a_user():
    parameters = workspace_job_parameters(PROJECT_ROOT, "dev", "jane.doe@example.com")
    catalog = "{{ cookiecutter.catalog_dev }}"
    assert parameters["target"] == "dev"
    assert parameters["catalog"] == catalog
    # Development mode prefixes the schema and the model `dev_<short name>_`, the experiment's
    # last segment `[dev <short name>] ` (apply_target_mode.go, apply_presets.go of the CLI).
    schema = "dev_jane_doe_{{ cookiecutter.schema_name }}"
    volume = "{{ cookiecutter.source_volume }}"
    slug = "{{ cookiecutter.project_slug }}"
    assert parameters["schema"] == schema
    assert parameters["source_path"] == f"/Volumes/{catalog}/{schema}/{volume}"
    assert parameters["model_name"] == "dev_jane_doe_{{ cookiecutter.package_name }}_chain"
    assert parameters["experiment_name"] == f"/Users/jane.doe@example.com/[dev jane_doe] {slug}"
    # The dev target's own variables; Vector Search endpoints keep their names.
    serving = "{{ cookiecutter.serving_endpoint_name[:26].rstrip('-_') }}"
    vector_search = "{{ cookiecutter.vector_search_endpoint[:26].rstrip('-_') }}"
    assert parameters["serving_endpoint_name"] == f"{serving}-dev-jane-doe"
    assert parameters["vector_search_endpoint"] == f"{vector_search}-dev-jane-doe"
    assert parameters["chain_config"] == str(PROJECT_ROOT / "config" / "rag_chain.yml")
    assert "${" not in "".join(parameters.values())


def test_a_workspace_target_applies_its_variables_and_name_prefix(tmp_path):
    job = """\
        resources:
          schemas:
            main:
              name: ${var.schema}
          experiments:
            runs:
              name: /Shared/${bundle.name}
          volumes:
            pdfs:
              name: pdfs
          jobs:
            demo_job:
              name: demo
              parameters:
                - name: schema
                  default: ${resources.schemas.main.name}
                - name: experiment
                  default: ${resources.experiments.runs.name}
                - name: volume
                  default: ${resources.volumes.pdfs.name}
                - name: raw
                  default: ${var.schema}@${workspace.file_path}
              tasks:
                - task_key: first
                  notebook_task: {notebook_path: ../notebooks/a.py}
        """
    root = write_bundle(tmp_path, job)
    with (root / "databricks.yml").open("a") as bundle:
        bundle.write(
            textwrap.dedent(
                """\
                targets:
                  qa:
                    presets:
                      name_prefix: "[QA] "
                    variables:
                      catalog:
                        default: qa
                  mine:
                    mode: development
                  lookup:
                    variables:
                      catalog:
                        lookup: {cluster: shared}
                """
            )
        )
    assert workspace_job_parameters(root, "qa", "ops@example.com") == {
        "schema": "qa_qa_rag",
        "experiment": "/Shared/[QA] demo",
        "volume": "pdfs",
        # A variable is resolved before presets: it keeps the unprefixed name.
        "raw": f"qa_rag@{root}",
    }
    mine = workspace_job_parameters(root, "mine", "Ann.Lee@example.com")
    assert mine["schema"] == "dev_ann_lee_dev_rag"
    assert mine["experiment"] == "/Shared/[dev ann_lee] demo"
    with pytest.raises(BundleError, match="a lookup needs the workspace"):
        workspace_job_parameters(root, "lookup", "ops@example.com")
    with pytest.raises(BundleError, match="no target 'prod'"):
        workspace_job_parameters(root, "prod", "ops@example.com")


@pytest.mark.parametrize(
    ("prefix", "normalized"),
    [("[dev jane_doe] ", "dev_jane_doe_"), ("test_", "test"), ("[QA] ", "qa_")],
)
def test_prefixes_are_normalized_as_the_cli_normalizes_them(prefix, normalized):
    assert normalize_prefix(prefix) == normalized
