"""The session factory in the Databricks Connect environment (.venv-connect/, `make connect`).

Run there: `.venv-connect/bin/python -m pytest tests/test_connect_session.py` (the template's
tests do, after building the environment). In the project's .venv, which has local Spark and no
databricks-connect, these tests are skipped; tests/test_spark_session.py covers that one.
"""

import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest

from {{ cookiecutter.package_name }} import spark_session
from {{ cookiecutter.package_name }}.ingestion.chunking import ChunkingSettings
from {{ cookiecutter.package_name }}.ingestion.schemas import BINARY_FILE_COLUMNS

from tests import pdf_factory
from tests.test_connect import FAST_FAILURE_SECONDS, no_credentials  # noqa: F401 - a fixture

pytestmark = pytest.mark.skipif(
    not spark_session.databricks_connect_installed(),
    reason="needs the Databricks Connect environment (make connect)",
)


class Builder:
    """DatabricksSession.builder's calls that the factory makes, recorded."""

    def __init__(self) -> None:
        self.environment = None

    def withEnvironment(self, environment):  # noqa: N802 - the Databricks Connect name
        self.environment = environment
        return self

    def getOrCreate(self):  # noqa: N802 - the Databricks Connect name
        return "remote-session"


def test_the_factory_chooses_a_databricks_connect_session(monkeypatch):
    from databricks.connect import DatabricksSession

    monkeypatch.delenv("DATABRICKS_RUNTIME_VERSION", raising=False)
    monkeypatch.setattr(DatabricksSession, "builder", Builder())
    assert spark_session.get_spark() == "remote-session"


def test_the_remote_sessions_udfs_get_the_package_and_its_dependencies(monkeypatch):
    from databricks.connect import DatabricksEnv, DatabricksSession

    builder = Builder()
    monkeypatch.delenv("DATABRICKS_RUNTIME_VERSION", raising=False)
    monkeypatch.setattr(DatabricksSession, "builder", builder)
    spark_session.get_spark()
    assert isinstance(builder.environment, DatabricksEnv)
    assert builder.environment.dependencies == spark_session.udf_dependencies()


# Runs in a fresh interpreter of this environment whose only copy of the package is the zip
# databricks-connect uploaded: task 1's mapInPandas function, pickled as Spark ships it, on one
# PDF.
UDF_ON_THE_COMPUTE = """
import pickle
import sys

uploaded, source, work = sys.argv[1:4]
sys.path = [uploaded] + [path for path in sys.path if path not in (source, "")]
with open(work, "rb") as handle:
    process, batch = pickle.load(handle)
staged = next(process(iter([batch])))
import {{ cookiecutter.package_name }}

print({{ cookiecutter.package_name }}.__file__)
print(sorted(staged["row_kind"].unique()))
"""


def test_the_uploaded_package_runs_task_1s_udf_without_this_checkout(tmp_path):
    """What databricks-connect uploads for the package's `local:` dependency (a zip put on the
    UDFs' PYTHONPATH: DatabricksEnv._upload_local_folder, databricks/connect/env.py) is enough
    to import and run the function task 1 gives mapInPandas."""
    from databricks.connect import DatabricksEnv
    from pyspark import cloudpickle

    from {{ cookiecutter.package_name }}.ingestion.task import _processor

    uploads = []

    class Session:
        def _add_artifacts_with_context(self, path, pyfile=False, file=False, **_):
            assert pyfile and not file  # on the PYTHONPATH, not pip-installed
            uploads.append(tmp_path / Path(path).name)
            uploads[-1].write_bytes(Path(path).read_bytes())

    environment = DatabricksEnv().withDependencies(spark_session.udf_dependencies())
    environment._process_and_upload_local_artifacts(Session())
    assert [upload.name for upload in uploads] == ["{{ cookiecutter.package_name }}.zip"]
    pdf = pdf_factory.text_pdf(["Annual leave is 27 days a year. " * 40])
    batch = pd.DataFrame(
        [["dbfs:/Volumes/dev/s/v/leave.pdf", datetime(2026, 1, 1), len(pdf), pdf]],
        columns=BINARY_FILE_COLUMNS,
    )
    work = tmp_path / "work.pickle"
    work.write_bytes(cloudpickle.dumps((_processor(ChunkingSettings(60, 10), {}), batch)))
    source = str(spark_session.PACKAGE_FOLDER.parent)
    script = textwrap.dedent(UDF_ON_THE_COMPUTE)
    completed = subprocess.run(
        [sys.executable, "-c", script, str(uploads[0]), source, str(work)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    module_file, row_kinds = completed.stdout.splitlines()
    assert module_file.startswith(str(uploads[0]))
    assert row_kinds == "['chunk', 'document']"


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
