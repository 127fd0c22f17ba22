"""Job parameters: one typed declaration per task, read by one reader, declared by every job.

Notebooks read their task's parameters with `<Parameters>.from_parameters(dbutils.widgets.get)`;
the jobs in resources/*.yml must declare each of them (with its default), or a run fails at
`dbutils.widgets.get` on Databricks. rag_job and full_evaluation both run notebook 03.
"""

import ast
import dataclasses
from pathlib import Path

import pytest

from {{ cookiecutter.package_name }} import parameters as declared
from {{ cookiecutter.package_name }}.local.bundle import load_bundle
from {{ cookiecutter.package_name }}.parameters import (
    DeploymentParameters,
    EvaluationParameters,
    IngestionParameters,
    ParameterError,
)

from tests.conftest import PROJECT_ROOT


def parameters_read_by(notebook: Path) -> set[str]:
    """Names a notebook reads: each `X.from_parameters(...)` reads X's fields, and each
    `dbutils.widgets.get("name")` reads one name."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(notebook.read_text())):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        target = node.func.value
        if node.func.attr == "from_parameters" and isinstance(target, ast.Name):
            names |= {field.name for field in dataclasses.fields(getattr(declared, target.id))}
        if (
            node.func.attr == "get"
            and ast.unparse(target) == "dbutils.widgets"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names.add(node.args[0].value)
    return names


def jobs_and_their_notebooks() -> list[tuple[str, set[str], list[Path]]]:
    config, origins = load_bundle(PROJECT_ROOT)
    found = []
    for key, job in config["resources"]["jobs"].items():
        folder = origins[("jobs", key)].parent
        notebooks = [
            (folder / task["notebook_task"]["notebook_path"]).resolve() for task in job["tasks"]
        ]
        found.append((key, {p["name"] for p in job.get("parameters") or []}, notebooks))
    return found


JOBS = jobs_and_their_notebooks()


def test_the_bundle_has_both_jobs_and_notebook_03_runs_in_each():
    runs_03 = [
        key for key, _, notebooks in JOBS if any(n.name.startswith("03_") for n in notebooks)
    ]
    assert sorted(runs_03) == ["full_evaluation", "rag_job"]


@pytest.mark.parametrize(("job", "job_parameters", "notebooks"), JOBS, ids=[j[0] for j in JOBS])
def test_every_parameter_a_notebook_reads_is_declared_by_its_job(job, job_parameters, notebooks):
    for notebook in notebooks:
        read = parameters_read_by(notebook)
        assert read, f"{notebook.name} reads no job parameter: the check would pass vacuously"
        missing = read - job_parameters
        assert not missing, f"job {job} runs {notebook.name}, which reads undeclared {missing}"


@pytest.mark.parametrize(("job", "job_parameters", "notebooks"), JOBS, ids=[j[0] for j in JOBS])
def test_every_parameter_a_job_declares_is_read(job, job_parameters, notebooks):
    read = set().union(*(parameters_read_by(notebook) for notebook in notebooks))
    assert job_parameters - read == set(), f"job {job} declares parameters no task reads"


def test_the_reader_reports_every_problem_at_once_and_names_each_parameter(job_parameters):
    bad = {**job_parameters, "chunk_size_tokens": "lots", "catalog": "", "max_failure_ratio": "2"}
    with pytest.raises(ParameterError) as refused:
        IngestionParameters.from_parameters(bad.get)
    message = str(refused.value)
    assert "'chunk_size_tokens' must be a whole number, got 'lots'" in message
    assert "'catalog' is empty" in message
    assert "'max_failure_ratio' must be at most 1.0, got '2'" in message


def test_values_are_typed_and_stripped(job_parameters):
    read = DeploymentParameters.from_parameters(
        {
            **job_parameters,
            "promote_alias": " challenger ",
            "serving_scale_to_zero": "False",
            "serving_environment_vars": '{"KEY": "{{ '{{' }}secrets/scope/key{{ '}}' }}"}',
        }.get
    )
    assert read.promote_alias == "challenger"
    assert read.serving_scale_to_zero is False
    limit = int(job_parameters["serving_rate_limit_per_minute"])
    assert read.serving_rate_limit_per_minute == limit
    assert read.serving_environment_vars == {"KEY": "{{ '{{' }}secrets/scope/key{{ '}}' }}"}
    assert isinstance(read.eval_dataset, Path)


def test_an_optional_parameter_may_be_empty_and_a_missing_one_says_how_to_run(job_parameters):
    assert EvaluationParameters.from_parameters({**job_parameters, "promote_alias": ""}.get)
    with pytest.raises(ParameterError, match="run this notebook as a task of the bundle's job"):
        EvaluationParameters.from_parameters({}.__getitem__)
