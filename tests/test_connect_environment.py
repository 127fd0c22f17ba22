"""The default project's Databricks Connect environment, built with `make connect` as
docs/development.md says, and `job --target dev` run from it without a workspace to reach.

Everything installs from the package registries; the dev target's host is pointed at ports on
127.0.0.1 that refuse or never answer, so nothing leaves this machine.
"""

import glob
import json
import os
import re
import shutil
import socket
import subprocess
import textwrap
import time
from pathlib import Path

import pytest
from cookiecutter.main import cookiecutter
from test_generated_project import TEMPLATE, run

PACKAGE = "rag_chatbot"
# Generous for a loaded machine: importing the package and Databricks Connect takes 10-20 s of
# it; the sign-in itself gives up within about 15 s (backend/client.py).
FAST_FAILURE_SECONDS = 60


def python_312() -> str:
    """A Python 3.12 for `make connect`: $CONNECT_PYTHON, python3.12 on PATH, or pyenv's."""
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates = [
        os.environ.get("CONNECT_PYTHON"),
        shutil.which("python3.12"),
        *sorted(glob.glob(str(pyenv / "versions" / "3.12*" / "bin" / "python3.12"))),
    ]
    check = "import sys; sys.exit(sys.version_info[:2] != (3, 12))"
    for candidate in filter(None, candidates):
        if subprocess.run([candidate, "-c", check], capture_output=True).returncode == 0:
            return candidate
    pytest.fail("no Python 3.12 here for `make connect`: install one or set CONNECT_PYTHON")


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("connect")
    project = Path(cookiecutter(str(TEMPLATE), no_input=True, output_dir=str(output)))
    started = time.monotonic()
    assert run(["make", "connect", f"CONNECT_PYTHON={python_312()}"], project).returncode == 0
    print(f"make connect: {time.monotonic() - started:.0f} s")
    return project


def normalized(name: str) -> str:
    """A distribution's name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", name).lower()


def offline_env(home: Path) -> dict[str, str]:
    """No Databricks variable, no ~/.databrickscfg, no Databricks or Azure CLI on PATH."""
    kept = {k: v for k, v in os.environ.items() if not k.startswith(("DATABRICKS_", "ARM_"))}
    return {**kept, "HOME": str(home), "PATH": "/usr/bin:/bin"}


def with_dev_host(project: Path, host: str) -> None:
    bundle = project / "databricks.yml"
    text, count = re.subn(
        r"(\n  dev:\n(?:    .*\n)*?      host: )\S+", rf"\g<1>{host}", bundle.read_text()
    )
    assert count == 1
    bundle.write_text(text)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def job_dev(project: Path, env: dict[str, str]) -> tuple[subprocess.CompletedProcess, float]:
    command = [".venv-connect/bin/python", "-m", PACKAGE, "job", "--target", "dev"]
    started = time.monotonic()
    result = subprocess.run(
        [*command, "--task", "rag_chain"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=FAST_FAILURE_SECONDS * 2,
    )
    seconds = time.monotonic() - started
    print(result.stdout[-5000:], result.stderr[-5000:], f"{seconds:.0f} s")
    return result, seconds


def test_make_connect_installs_databricks_connect_at_the_locks_pins_beside_the_local_env(
    project,
):
    assert (project / ".venv-connect" / ".installed").is_file()
    assert not (project / ".venv").exists()  # `make install`'s environment is another one
    script = textwrap.dedent(
        """
        import importlib.metadata, json, sys
        import pyspark, rag_chatbot
        try:
            importlib.metadata.distribution("pyspark")
            local_spark = True
        except importlib.metadata.PackageNotFoundError:
            local_spark = False
        print(json.dumps({
            "python": list(sys.version_info[:2]),
            "installed": {
                d.metadata["Name"]: d.version for d in importlib.metadata.distributions()
            },
            "local_spark": local_spark,
            "package": rag_chatbot.__file__,
        }))
        """
    )
    result = run([".venv-connect/bin/python", "-c", script], project)
    assert result.returncode == 0
    found = json.loads(result.stdout)
    assert found["python"] == [3, 12]
    assert not found["local_spark"]  # pyspark is databricks-connect's own
    assert found["package"].startswith(str(project / "src"))
    installed = {normalized(name): version for name, version in found["installed"].items()}
    lock = dict(
        line.split("==")
        for line in (project / "requirements" / "connect.txt").read_text().splitlines()
        if "==" in line
    )
    assert {name: installed.get(normalized(name)) for name in lock} == lock


def test_the_session_factory_chooses_databricks_connect_there(project):
    """The session factory, the UDF environment it gives the remote session (the package as
    databricks-connect uploads it runs task 1's UDF), and task 1's listing of a volume through
    the Files API, all in the Connect environment."""
    pytest_command = [".venv-connect/bin/python", "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    tests = ["tests/test_connect_session.py", "tests/test_volume_listing.py"]
    result = run([*pytest_command, *tests], project)
    assert result.returncode == 0
    assert "11 passed" in result.stdout
    assert "skipped" not in result.stdout


def test_job_dev_without_credentials_fails_fast_naming_what_to_set(project, tmp_path):
    host = f"http://127.0.0.1:{closed_port()}"
    with_dev_host(project, host)
    result, seconds = job_dev(project, offline_env(tmp_path))
    assert result.returncode == 2
    assert seconds < FAST_FAILURE_SECONDS
    assert f"error: no Databricks credentials for {host}" in result.stderr
    assert f"databricks auth login --host {host}" in result.stderr
    assert "DATABRICKS_CONFIG_PROFILE" in result.stderr
    assert "Traceback" not in result.stderr


def test_job_dev_against_a_host_that_never_answers_fails_fast(project, tmp_path):
    # Connections complete in the listen backlog; no request is ever read.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        host = f"http://127.0.0.1:{silent.getsockname()[1]}"
        with_dev_host(project, host)
        env = {**offline_env(tmp_path), "DATABRICKS_TOKEN": "dapi-unused"}
        result, seconds = job_dev(project, env)
    assert result.returncode == 2
    assert seconds < FAST_FAILURE_SECONDS
    assert f"error: {host} did not answer" in result.stderr
    assert "workspace.host in databricks.yml" in result.stderr
    assert "Traceback" not in result.stderr
