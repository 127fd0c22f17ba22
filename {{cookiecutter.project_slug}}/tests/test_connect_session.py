"""The session factory in the Databricks Connect environment (.venv-connect/, `make connect`).

Run there: `.venv-connect/bin/python -m pytest tests/test_connect_session.py` (the template's
tests do, after building the environment). In the project's .venv, which has local Spark and no
databricks-connect, these tests are skipped; tests/test_spark_session.py covers that one.
"""

import time

import pytest

from {{ cookiecutter.package_name }} import spark_session

from tests.test_connect import FAST_FAILURE_SECONDS, no_credentials  # noqa: F401 - a fixture

pytestmark = pytest.mark.skipif(
    not spark_session.databricks_connect_installed(),
    reason="needs the Databricks Connect environment (make connect)",
)


def test_the_factory_chooses_a_databricks_connect_session(monkeypatch):
    from databricks.connect import DatabricksSession

    class Builder:
        def getOrCreate(self):  # noqa: N802 - the Databricks Connect name
            return "remote-session"

    monkeypatch.delenv("DATABRICKS_RUNTIME_VERSION", raising=False)
    monkeypatch.setattr(DatabricksSession, "builder", Builder())
    assert spark_session.get_spark() == "remote-session"


def test_local_spark_is_refused_here():
    with pytest.raises(RuntimeError, match=r"run local jobs and tests from the project's \.venv"):
        spark_session.local_spark()


def test_without_credentials_the_session_fails_at_once_naming_what_to_set(no_credentials):  # noqa: F811
    started = time.monotonic()
    with pytest.raises(spark_session.RemoteSparkError) as raised:
        spark_session.get_spark()
    assert time.monotonic() - started < FAST_FAILURE_SECONDS
    message = str(raised.value)
    assert "job --target dev" in message
    for variable in ("DATABRICKS_CONFIG_PROFILE", "DATABRICKS_SERVERLESS_COMPUTE_ID=auto"):
        assert variable in message
