"""Tests of the offline bundle validator on small bundles written to a temporary folder."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from bundle_validation import (
    SCHEMA_ENV_VAR,
    BundleError,
    load_bundle,
    schema_errors,
    semantic_errors,
    target_config,
    validate_project,
)

ROOT = """\
bundle:
  name: demo
include:
  - resources/*.yml
variables:
  catalog:
    default: main
targets:
  dev:
    mode: development
    default: true
  prod:
    mode: production
    variables:
      catalog: prod
"""

JOB = """\
resources:
  jobs:
    my_job:
      name: my_job
      timeout_seconds: 3600
      tasks:
        - task_key: ingest
          notebook_task:
            notebook_path: ../src/ingest.py
            base_parameters:
              catalog: ${var.catalog}
        - task_key: report
          depends_on:
            - task_key: ingest
          spark_python_task:
            python_file: ../src/report.py
"""


def write_bundle(project: Path, files: dict[str, str]) -> Path:
    """Write `files` (relative path -> YAML or source text) below `project`."""
    for name, text in files.items():
        path = project / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return project


def valid_files(**overrides: str) -> dict[str, str]:
    files = {
        "databricks.yml": ROOT,
        "resources/job.yml": JOB,
        "src/ingest.py": "# notebook\n",
        "src/report.py": "print('report')\n",
    }
    return {**files, **overrides}


def test_valid_bundle_with_include_passes(tmp_path: Path) -> None:
    project = write_bundle(tmp_path, valid_files())

    assert validate_project(project) == []


def test_load_bundle_merges_includes_and_records_their_files(tmp_path: Path) -> None:
    project = write_bundle(tmp_path, valid_files())

    config = load_bundle(project)

    assert config["resources"]["jobs"]["my_job"]["name"] == "my_job"
    assert config["targets"]["prod"]["variables"] == {"catalog": "prod"}
    assert config.sources[("resources", "jobs", "my_job")] == project / "resources" / "job.yml"


def test_missing_task_key_reports_the_required_property(tmp_path: Path) -> None:
    job = JOB.replace("- task_key: report\n          depends_on:", "- depends_on:")
    project = write_bundle(tmp_path, valid_files(**{"resources/job.yml": job}))

    errors = validate_project(project)

    assert errors == ["resources.jobs.my_job.tasks[1]: 'task_key' is a required property"]


def test_interpolation_is_allowed_in_an_integer_field(tmp_path: Path) -> None:
    job = JOB.replace("timeout_seconds: 3600", "timeout_seconds: ${var.catalog}")
    project = write_bundle(tmp_path, valid_files(**{"resources/job.yml": job}))

    assert validate_project(project) == []


def test_plain_string_in_an_integer_field_reports_the_real_type(tmp_path: Path) -> None:
    job = JOB.replace("timeout_seconds: 3600", "timeout_seconds: one hour")
    project = write_bundle(tmp_path, valid_files(**{"resources/job.yml": job}))

    assert validate_project(project) == [
        "resources.jobs.my_job.timeout_seconds: 'one hour' is not of type 'integer'"
    ]


def test_unknown_top_level_key_is_reported(tmp_path: Path) -> None:
    project = write_bundle(tmp_path, valid_files(**{"databricks.yml": ROOT + "resource: {}\n"}))

    assert validate_project(project) == [
        "(root): Additional properties are not allowed ('resource' was unexpected)"
    ]


def test_unknown_task_field_is_reported(tmp_path: Path) -> None:
    job = JOB.replace("notebook_task:", "notebok_task:")
    project = write_bundle(tmp_path, valid_files(**{"resources/job.yml": job}))

    assert validate_project(project) == [
        "resources.jobs.my_job.tasks[0]: Additional properties are not allowed "
        "('notebok_task' was unexpected)"
    ]


def test_bad_mode_is_reported(tmp_path: Path) -> None:
    root = ROOT.replace("mode: production", "mode: prod")
    project = write_bundle(tmp_path, valid_files(**{"databricks.yml": root}))

    assert validate_project(project) == [
        "targets.prod.mode: 'prod' is not one of 'development', 'production'"
    ]


def test_undeclared_variable_reference_is_reported(tmp_path: Path) -> None:
    job = JOB.replace("catalog: ${var.catalog}", "catalog: ${var.catalgo}")
    project = write_bundle(tmp_path, valid_files(**{"resources/job.yml": job}))

    assert validate_project(project) == [
        "resources.jobs.my_job.tasks[0].notebook_task.base_parameters.catalog: "
        "${var.catalgo} refers to undeclared variable 'catalgo'"
    ]


def test_target_variables_must_be_declared_and_complete(tmp_path: Path) -> None:
    root = ROOT.replace("    default: main\n", "    description: no default\n").replace(
        "      catalog: prod\n", "      catalog: prod\n      schema: x\n"
    )
    project = write_bundle(tmp_path, valid_files(**{"databricks.yml": root}))

    assert validate_project(project) == [
        "targets.dev: variable 'catalog' has no default and is not set in this target",
        "targets.prod.variables.schema: variable 'schema' is not declared in the top-level "
        "variables",
    ]


def test_missing_notebook_is_resolved_against_the_defining_file(tmp_path: Path) -> None:
    # `src/ingest.py` exists relative to the project, not relative to resources/job.yml.
    job = JOB.replace("../src/ingest.py", "src/ingest.py")
    project = write_bundle(tmp_path, valid_files(**{"resources/job.yml": job}))

    assert validate_project(project) == [
        "resources.jobs.my_job.tasks[0].notebook_task.notebook_path: file 'src/ingest.py' "
        "does not exist (relative to resources/job.yml)"
    ]


def test_local_dependencies_are_checked_but_globs_and_packages_are_not(tmp_path: Path) -> None:
    job = JOB + textwrap.indent(
        textwrap.dedent(
            """\
            environments:
              - environment_key: default
                spec:
                  environment_version: "4"
                  dependencies:
                    - ../dist/*.whl
                    - pandas==2.2.3
                    - ../vendor/missing.whl
            """
        ),
        "      ",
    )
    project = write_bundle(tmp_path, valid_files(**{"resources/job.yml": job}))

    assert validate_project(project) == [
        "resources.jobs.my_job.environments[0].spec.dependencies[2]: file "
        "'../vendor/missing.whl' does not exist (relative to resources/job.yml)"
    ]


def test_requirements_files_are_checked_in_dependencies_and_libraries(tmp_path: Path) -> None:
    job = JOB.replace(
        "          spark_python_task:",
        "          libraries:\n"
        "            - requirements: ../requirements/missing.txt\n"
        "            - requirements: ../requirements/job.txt\n"
        "          spark_python_task:",
    ) + textwrap.indent(
        textwrap.dedent(
            """\
            environments:
              - environment_key: default
                spec:
                  environment_version: "5"
                  dependencies:
                    - -r ../requirements/job.txt
                    - -r ../requirements/gone.txt
                    - --index-url https://pypi.example.com/simple
                    - -r /Workspace/Shared/requirements.txt
            """
        ),
        "      ",
    )
    files = {"resources/job.yml": job, "requirements/job.txt": "pandas==2.2.3\n"}
    project = write_bundle(tmp_path, valid_files(**files))

    assert validate_project(project) == [
        "resources.jobs.my_job.tasks[1].libraries[0].requirements: file "
        "'../requirements/missing.txt' does not exist (relative to resources/job.yml)",
        "resources.jobs.my_job.environments[0].spec.dependencies[1]: file "
        "'../requirements/gone.txt' does not exist (relative to resources/job.yml)",
    ]


def test_unknown_dependency_task_is_reported(tmp_path: Path) -> None:
    job = JOB.replace(
        "depends_on:\n            - task_key: ingest",
        "depends_on:\n            - task_key: ingestion",
    )
    project = write_bundle(tmp_path, valid_files(**{"resources/job.yml": job}))

    assert validate_project(project) == [
        "resources.jobs.my_job.tasks[1].depends_on[0].task_key: task 'ingestion' does not "
        "exist in job 'my_job'"
    ]


def test_principals_need_exactly_one_identity(tmp_path: Path) -> None:
    root = ROOT + textwrap.dedent(
        """\
        run_as:
          user_name: a@example.com
          service_principal_name: 00000000-0000-0000-0000-000000000001
        permissions:
          - level: CAN_VIEW
        """
    )
    project = write_bundle(tmp_path, valid_files(**{"databricks.yml": root}))

    assert validate_project(project) == [
        "run_as: exactly one of user_name, group_name, service_principal_name must be set "
        "(found user_name, service_principal_name)",
        "permissions[0]: exactly one of user_name, group_name, service_principal_name must be "
        "set (found none)",
    ]


def test_duplicate_resource_across_includes_is_an_error(tmp_path: Path) -> None:
    project = write_bundle(tmp_path, valid_files(**{"resources/other.yml": JOB}))

    with pytest.raises(BundleError) as raised:
        load_bundle(project)

    message = "resources.jobs.my_job is defined in both resources/job.yml and resources/other.yml"
    assert str(raised.value) == message
    assert validate_project(project) == [message]


def test_include_matching_nothing_is_an_error(tmp_path: Path) -> None:
    root = ROOT.replace("  - resources/*.yml\n", "  - resources/*.yml\n  - jobs/*.yml\n")
    project = write_bundle(tmp_path, valid_files(**{"databricks.yml": root}))

    assert validate_project(project) == [
        "databricks.yml: include 'jobs/*.yml' does not match any files"
    ]


def test_malformed_yaml_reports_file_and_line(tmp_path: Path) -> None:
    job = JOB.replace("      name: my_job\n", "      name: my_job\n     bad: [\n")
    project = write_bundle(tmp_path, valid_files(**{"resources/job.yml": job}))

    with pytest.raises(BundleError) as raised:
        load_bundle(project)

    assert str(raised.value) == (
        "resources/job.yml:5:6: malformed YAML: expected <block end>, but found "
        "'<block mapping start>'"
    )


def test_target_is_validated_merged_over_the_root(tmp_path: Path) -> None:
    # The job override is partial (the top-level job supplies the rest), so only its bad value
    # is reported, once, where it is written; the target-only schema lacks required fields.
    root = ROOT + textwrap.indent(
        textwrap.dedent(
            """\
            resources:
              jobs:
                my_job:
                  max_concurrent_runs: many
              schemas:
                staging_schema:
                  comment: only in prod
            """
        ),
        "    ",
    )
    project = write_bundle(tmp_path, valid_files(**{"databricks.yml": root}))

    assert validate_project(project) == [
        "targets.prod.resources.jobs.my_job.max_concurrent_runs: 'many' is not of type 'integer'",
        "target prod: resources.schemas.staging_schema: 'catalog_name' is a required property",
        "target prod: resources.schemas.staging_schema: 'name' is a required property",
    ]


def test_target_config_applies_the_target_like_the_cli(tmp_path: Path) -> None:
    project = write_bundle(tmp_path, valid_files())

    prod = target_config(load_bundle(project), "prod")

    assert "targets" not in prod
    assert "mode" not in prod
    assert prod["variables"]["catalog"] == {"default": "prod"}
    assert prod["resources"]["jobs"]["my_job"]["name"] == "my_job"


def test_schema_and_semantic_errors_accept_a_plain_dict(tmp_path: Path) -> None:
    config = {
        "bundle": {"name": "demo"},
        "resources": {"jobs": {"j": {"tasks": [{"task_key": "a", "timeout_seconds": "soon"}]}}},
        "targets": {"dev": {"mode": "dev"}},
    }

    assert schema_errors(config) == [
        "resources.jobs.j.tasks[0].timeout_seconds: 'soon' is not of type 'integer'"
    ]
    assert semantic_errors(config, tmp_path) == [
        "targets.dev.mode: 'dev' is not one of 'development', 'production'"
    ]


def test_missing_schema_fails_with_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "nowhere" / "schema.json"
    monkeypatch.setenv(SCHEMA_ENV_VAR, str(missing))
    project = write_bundle(tmp_path / "project", valid_files())

    with pytest.raises(FileNotFoundError) as raised:
        validate_project(project)

    assert str(raised.value).startswith(
        f"Databricks bundle JSON schema not found at {missing}. Set DATABRICKS_BUNDLE_SCHEMA to"
    )


# --- dashboards and alerts -----------------------------------------------------------------------

DASHBOARD = """\
resources:
  dashboards:
    metrics:
      display_name: metrics
      warehouse_id: abc123
      file_path: ../dashboards/metrics.lvdash.json
  alerts:
    error_rate:
      display_name: error rate
      warehouse_id: abc123
      query_text: SELECT error_rate FROM metrics
      evaluation:
        source:
          name: error_rate
        comparison_operator: GREATER_THAN
        threshold:
          value:
            double_value: 0.05
      schedule:
        quartz_cron_schedule: "0 0 6 * * ?"
        timezone_id: UTC
"""
LVDASH = """\
{"datasets": [{"name": "hourly", "queryLines": ["SELECT 1\\n"]}],
 "pages": [{"name": "p", "layout": [{"widget": {"name": "w",
   "queries": [{"name": "main_query", "query": {"datasetName": "hourly", "fields": []}}]}}]}]}
"""


def dashboard_files(**overrides: str) -> dict[str, str]:
    files = {"resources/dashboard.yml": DASHBOARD, "dashboards/metrics.lvdash.json": LVDASH}
    return valid_files(**{**files, **overrides})


def test_a_dashboard_and_an_alert_pass(tmp_path: Path) -> None:
    assert validate_project(write_bundle(tmp_path, dashboard_files())) == []


@pytest.mark.parametrize(
    ("lvdash", "message"),
    [
        ("{not json", "is not JSON"),
        ("[]", "is not a JSON object"),
        (
            '{"datasets": [{"name": "hourly"}]}',
            "datasets[0] needs a name and a query or queryLines",
        ),
        (
            LVDASH.replace('"datasetName": "hourly"', '"datasetName": "daily"'),
            "widget 'w' queries unknown dataset 'daily'",
        ),
    ],
)
def test_a_dashboard_file_must_be_a_lakeview_dashboard(tmp_path: Path, lvdash, message) -> None:
    project = write_bundle(tmp_path, dashboard_files(**{"dashboards/metrics.lvdash.json": lvdash}))

    [error] = validate_project(project)

    assert error.startswith(
        "resources.dashboards.metrics.file_path: '../dashboards/metrics.lvdash.json'"
    )
    assert message in error


def test_a_missing_dashboard_file_and_an_incomplete_alert_are_reported(tmp_path: Path) -> None:
    files = dashboard_files(
        **{"resources/dashboard.yml": DASHBOARD.replace("      schedule:\n", "      cadence:\n")}
    )
    del files["dashboards/metrics.lvdash.json"]
    errors = validate_project(write_bundle(tmp_path, files))

    assert "resources.alerts.error_rate: 'schedule' is a required property" in errors
    assert (
        "resources.dashboards.metrics.file_path: file '../dashboards/metrics.lvdash.json' does "
        "not exist (relative to resources/dashboard.yml)"
    ) in errors


# --- the template's monitoring dashboard and alerts ----------------------------------------------

TEMPLATE = Path(__file__).resolve().parent.parent
METRICS_TABLE_REFERENCE = "${var.catalog}.${resources.schemas.project_schema.name}."


@pytest.fixture(scope="module", params=[{}, {"catalog_prod": "production", "schema_name": "qa"}])
def generated(request, tmp_path_factory) -> tuple[Path, dict]:
    from cookiecutter.main import cookiecutter

    output = tmp_path_factory.mktemp("project")
    project = cookiecutter(
        str(TEMPLATE), no_input=True, extra_context=request.param, output_dir=str(output)
    )
    return Path(project), request.param


def test_the_monitoring_dashboard_and_alerts_exist_only_where_a_warehouse_is_set(generated):
    project, _ = generated
    config = load_bundle(project)
    for name in config["targets"]:
        resources = target_config(config, name).get("resources", {})
        warehouse = target_config(config, name)["variables"]["monitoring_warehouse_id"]
        if name in ("staging", "prod"):
            # The target's lookup replaces the root's empty default, as the CLI merges it.
            assert "default" not in warehouse
            assert warehouse["lookup"] == {"warehouse": "Starter Warehouse"}
            assert set(resources["alerts"]) == {
                "monitoring_error_rate",
                "monitoring_latency_p95_ms",
                "monitoring_cost_usd",
            }
            assert schema_errors(target_config(config, name)) == []
        else:
            assert "dashboards" not in resources and "alerts" not in resources, name


def test_the_dashboard_and_alerts_read_the_metrics_table_of_the_target(generated):
    import json

    project, answers = generated
    config = load_bundle(project)
    job = config["resources"]["jobs"]["monitoring"]
    table = next(p["default"] for p in job["parameters"] if p["name"] == "metrics_table")
    for name in ("staging", "prod"):
        target = target_config(config, name)
        dashboard = target["resources"]["dashboards"]["monitoring"]
        # Every dataset names the table bare; the target's catalog and schema are set for all.
        assert dashboard["dataset_catalog"] == "${var.catalog}"
        assert target["variables"]["catalog"]["default"] == answers.get(
            f"catalog_{name}", {"staging": "staging", "prod": "prod"}[name]
        )
        assert dashboard["dataset_schema"] == "${resources.schemas.project_schema.name}"
        lvdash = json.loads((project / "resources" / dashboard["file_path"]).read_text())
        metrics = [d for d in lvdash["datasets"] if d["name"].startswith("metrics_")]
        assert metrics and all(f"FROM {table}\n" in d["queryLines"] for d in metrics)
        for alert in target["resources"]["alerts"].values():
            assert f" FROM {METRICS_TABLE_REFERENCE}{table} WHERE " in alert["query_text"]
            assert alert["warehouse_id"] == dashboard["warehouse_id"]
