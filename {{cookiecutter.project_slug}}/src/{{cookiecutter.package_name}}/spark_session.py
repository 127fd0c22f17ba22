"""One way to get a Spark session wherever the code runs.

- On Databricks (a job or notebook): the runtime's session.
- In a Databricks Connect environment (.venv-connect/ of `make connect`, separate:
  databricks-connect replaces the pyspark package, so it cannot share an environment with local
  Spark): a remote session on the compute the SDK's configuration names, whose Python UDFs get
  this package and its dependencies (`udf_dependencies`).
- Otherwise: local pyspark, configured for laptops and CI.
"""

import importlib.util
import os
import sys
from pathlib import Path

from pyspark.sql import SparkSession

from .distribution import distribution_name
from .errors import ProjectError
from .local.workspace import LocalWorkspace

CORES_VARIABLE = "RAG_SPARK_CORES"
LOG_CONFIG = Path(__file__).with_name("log4j2.properties")
PACKAGE_FOLDER = Path(__file__).parent


def on_databricks_runtime() -> bool:
    return "DATABRICKS_RUNTIME_VERSION" in os.environ


def databricks_connect_installed() -> bool:
    return importlib.util.find_spec("databricks.connect") is not None


class RemoteSparkError(ProjectError):
    pass


def get_spark() -> SparkSession:
    if on_databricks_runtime():
        return SparkSession.builder.getOrCreate()
    if databricks_connect_installed():
        return remote_spark()
    return local_spark()


def remote_spark() -> SparkSession:
    """A Databricks Connect session from the SDK's unified authentication: the workspace of
    DATABRICKS_HOST or DATABRICKS_CONFIG_PROFILE's profile, on the cluster of DATABRICKS_CLUSTER_ID
    (or the profile's cluster_id), or on serverless compute with
    DATABRICKS_SERVERLESS_COMPUTE_ID=auto (databricks/connect/session.py, databricks-connect 18.3).
    `job --target <workspace target>` sets the host and the compute from the bundle.

    Python UDFs (task 1's `mapInPandas`) run on that compute, which has neither this package
    nor all of its dependencies: the session's UDF environment gets both (`udf_dependencies`)."""
    from databricks.connect import DatabricksEnv, DatabricksSession

    environment = DatabricksEnv().withDependencies(udf_dependencies())
    try:
        return DatabricksSession.builder.withEnvironment(environment).getOrCreate()
    except Exception as error:  # Databricks Connect raises plain Exceptions for its settings
        raise RemoteSparkError(
            f"no Databricks Connect session ({error}): run the job's tasks with `python -m "
            f"{__package__} job --target dev`, which signs in to the target's workspace, or set "
            "DATABRICKS_CONFIG_PROFILE (or DATABRICKS_HOST and credentials) and "
            "DATABRICKS_CLUSTER_ID or DATABRICKS_SERVERLESS_COMPUTE_ID=auto"
        ) from error


def udf_dependencies() -> list[str]:
    """The UDF environment of a Databricks Connect session: the runtime dependencies of the
    project's distribution (`distribution_name`) at the versions installed here (the lock's,
    which requirements/job.txt installs in the job), then this package's folder.

    databricks-connect 18.3 `DatabricksEnv.withDependencies` (databricks/connect/env.py):
    PEP 508 requirements are pip-installed on the compute; a `local:<folder>` is zipped,
    uploaded with the session (`addArtifact`) and put on the UDFs' PYTHONPATH, so the package
    code of this checkout runs there without a wheel. A Public Preview: the docs ask for a
    cluster on Databricks Runtime 16.4 or later and the workspace preview "Enhanced Python UDFs"
    (https://docs.databricks.com/aws/en/dev-tools/databricks-connect/python/udf); the client
    sends the same environment to serverless compute (databricks/connect/session.py), naming
    the client image version its UDFs run ("5").
    """
    from importlib import metadata

    # packaging parses requirements for databricks-connect itself, so it is installed here.
    from packaging.requirements import Requirement

    # Without a distribution name, the lookup below fails as for an uninstalled project.
    distribution = distribution_name() or __package__
    pinned = []
    try:
        # None when the distribution declares no requirement (importlib.metadata.requires).
        for line in metadata.requires(distribution) or []:
            requirement = Requirement(line)
            # The extras (`local`: local Spark, plots) are not what a UDF runs.
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pinned.append(f"{requirement.name}=={metadata.version(requirement.name)}")
    except metadata.PackageNotFoundError as error:
        raise RemoteSparkError(
            "the UDF environment pins the installed versions of the project's dependencies, "
            f"but {error.name} is not installed here: build this environment with `make connect`"
        ) from error
    return [*pinned, f"local:{PACKAGE_FOLDER}"]


def local_spark(cores: int | str | None = None, warehouse: str | None = None) -> SparkSession:
    """A local session; `cores` defaults to $RAG_SPARK_CORES or all cores."""
    if databricks_connect_installed():
        raise RuntimeError(
            "this environment has databricks-connect, which replaces local pyspark: run local "
            "jobs and tests from the project's .venv (make install), not the Connect environment"
        )
    # Workers must run this interpreter (it has pandas and pyarrow), and Spark must not guess a
    # network interface on a laptop or CI machine.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    cores = cores or os.environ.get(CORES_VARIABLE, "*")
    warehouse = warehouse or str(LocalWorkspace.current().spark_warehouse)
    session = (
        SparkSession.builder.master(f"local[{cores}]")
        .appName(__package__)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.warehouse.dir", warehouse)
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.driver.memory", os.environ.get("RAG_SPARK_DRIVER_MEMORY", "2g"))
        # Progress bars and WARN lines would bury the runner's own per-task report.
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={LOG_CONFIG}")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    return session
