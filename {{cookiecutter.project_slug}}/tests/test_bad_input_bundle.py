"""A bundle with a mistake the local runner reads: the message names the fix."""

import pytest

from {{ cookiecutter.package_name }}.local.bundle import BundleError, load_job

from tests.test_bundle import write_bundle


def test_an_undeclared_variable_is_named_with_the_closest_declared_one(tmp_path):
    root = write_bundle(
        tmp_path / "project",
        """\
        resources:
          jobs:
            demo_job:
              name: demo
              parameters:
                - {name: catalog, default: "${var.catalgo}"}
              tasks:
                - task_key: first
                  notebook_task: {notebook_path: ../notebooks/a.py}
        """,
    )
    with pytest.raises(BundleError) as refused:
        load_job(root)
    assert str(refused.value) == (
        "${var.catalgo}: variable 'catalgo' is not declared in databricks.yml: "
        "did you mean ${var.catalog}? declared: catalog, schema"
    )
