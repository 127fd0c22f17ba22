import pytest

from {{ cookiecutter.package_name }} import spark_session


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


def test_this_environment_is_a_local_one():
    assert not spark_session.databricks_connect_installed()
    assert not spark_session.on_databricks_runtime()


@pytest.mark.spark
def test_local_session_is_configured_for_laptops(spark):
    assert spark.conf.get("spark.sql.session.timeZone") == "UTC"
    assert spark.conf.get("spark.ui.enabled") == "false"
    assert spark.sparkContext.master == "local[2]"
