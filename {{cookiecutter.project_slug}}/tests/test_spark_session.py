from importlib import metadata

import pytest

from {{ cookiecutter.package_name }} import distribution, spark_session


def test_local_spark_refuses_a_databricks_connect_environment(monkeypatch):
    monkeypatch.setattr(spark_session, "databricks_connect_installed", lambda: True)
    with pytest.raises(RuntimeError, match=r"run local jobs and tests from the project's \.venv"):
        spark_session.local_spark()


def test_on_databricks_the_runtime_session_is_used(monkeypatch):
    created = []

    class Builder:
        def getOrCreate(self):  # noqa: N802 - the pyspark name
            created.append("runtime")
            return "runtime-session"

    monkeypatch.setenv("DATABRICKS_RUNTIME_VERSION", "16.4")
    monkeypatch.setattr(spark_session.SparkSession, "builder", Builder())
    assert spark_session.get_spark() == "runtime-session"
    assert created == ["runtime"]


def test_udfs_of_a_remote_session_get_the_package_and_its_pinned_dependencies(monkeypatch):
    declared = [
        "pypdf>=7.1",
        "pandas>=2.2,<3",
        "pyspark==4.3.0; extra == 'local'",
        "tomli>=2; python_version < '3.11'",
    ]
    installed = {"pypdf": "7.1.0", "pandas": "2.3.3"}
    # The distribution is named after the project slug, not the package (pyproject.toml).
    monkeypatch.setattr(metadata, "requires", {"{{ cookiecutter.project_slug }}": declared}.get)
    monkeypatch.setattr(metadata, "version", installed.__getitem__)
    # The wheel's runtime dependencies at the versions installed (and locked) here; not its
    # extras nor what this Python does not need. Then the folder databricks-connect zips onto
    # the UDFs' PYTHONPATH: the package itself.
    assert spark_session.udf_dependencies() == [
        "pypdf==7.1.0",
        "pandas==2.3.3",
        f"local:{spark_session.PACKAGE_FOLDER}",
    ]
    assert (spark_session.PACKAGE_FOLDER / "ingestion" / "documents.py").is_file()
    assert spark_session.PACKAGE_FOLDER.name == "{{ cookiecutter.package_name }}"


def test_the_distribution_is_found_by_its_files_or_the_checkouts_pyproject(monkeypatch):
    monkeypatch.setattr(metadata, "packages_distributions", dict)  # an editable install
    assert distribution.distribution_name() == "{{ cookiecutter.project_slug }}"
    wheel = {"{{ cookiecutter.package_name }}": ["a-wheel"]}
    monkeypatch.setattr(metadata, "packages_distributions", lambda: wheel)
    assert distribution.distribution_name() == "a-wheel"


@pytest.mark.parametrize("missing", ["{{ cookiecutter.project_slug }}", "pypdf"])
def test_a_udf_environment_without_the_installed_project_fails_as_a_remote_session(
    monkeypatch, missing
):
    def requires(name):
        if name == missing:
            raise metadata.PackageNotFoundError(name)
        return ["pypdf>=7.1"]

    def version(name):
        if name == missing:
            raise metadata.PackageNotFoundError(name)
        return "7.1.0"

    monkeypatch.setattr(metadata, "requires", requires)
    monkeypatch.setattr(metadata, "version", version)
    with pytest.raises(spark_session.RemoteSparkError, match=f"but {missing} is not installed"):
        spark_session.udf_dependencies()


def test_the_udf_environment_pins_what_this_environment_has():
    assert f"pypdf=={metadata.version('pypdf')}" in spark_session.udf_dependencies()


def test_this_environment_is_a_local_one():
    assert not spark_session.databricks_connect_installed()
    assert not spark_session.on_databricks_runtime()


@pytest.mark.spark
def test_local_session_is_configured_for_laptops(spark):
    assert spark.conf.get("spark.sql.session.timeZone") == "UTC"
    assert spark.conf.get("spark.ui.enabled") == "false"
    assert spark.sparkContext.master == "local[2]"
