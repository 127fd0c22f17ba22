"""`make lock` writes requirements/job.txt with scripts/job_requirements.py."""

import importlib.util
import re

import pytest

from tests.conftest import PROJECT_ROOT

SCRIPT = PROJECT_ROOT / "scripts" / "job_requirements.py"
spec = importlib.util.spec_from_file_location("job_requirements", SCRIPT)
job_requirements = importlib.util.module_from_spec(spec)
spec.loader.exec_module(job_requirements)

PYPROJECT = """
[project]
dependencies = ["PyYAML>=6", "databricks-sdk>=0.156.0"]
"""
CONSTRAINTS = "# header\ndatabricks-sdk==0.157.0\nidna==3.10\npyyaml==6.0.4\n"
JOB = "# old header\ndatabricks-sdk==0.156.0\n# 2. Job-only: by hand.\ndatabricks-agents==1.13.0\n"


def test_the_committed_job_requirements_are_what_make_lock_writes():
    requirements = PROJECT_ROOT / "requirements"
    current = (requirements / "job.txt").read_text()
    written = job_requirements.job_requirements(
        (PROJECT_ROOT / "pyproject.toml").read_text(),
        (requirements / "constraints.txt").read_text(),
        current,
    )
    assert written == current


def test_part_one_follows_the_constraints_and_part_two_is_kept(tmp_path):
    (tmp_path / "requirements").mkdir()
    (tmp_path / "pyproject.toml").write_text(PYPROJECT)
    (tmp_path / "requirements" / "constraints.txt").write_text(CONSTRAINTS)
    (tmp_path / "requirements" / "job.txt").write_text(JOB)

    assert job_requirements.main(["--root", str(tmp_path)]) == 0

    written = (tmp_path / "requirements" / "job.txt").read_text()
    assert written == (
        job_requirements.HEADER
        + "databricks-sdk==0.157.0\npyyaml==6.0.4\n"
        + "# 2. Job-only: by hand.\ndatabricks-agents==1.13.0\n"
    )


def test_a_dependency_without_a_pin_or_a_job_without_its_own_part_stops_the_lock():
    with pytest.raises(SystemExit, match=r"not pinned in requirements/constraints\.txt: pyyaml"):
        job_requirements.job_requirements(PYPROJECT, "databricks-sdk==0.157.0\n", JOB)
    with pytest.raises(SystemExit, match="no job-only part"):
        job_requirements.job_requirements(PYPROJECT, CONSTRAINTS, "databricks-sdk==0.156.0\n")


def test_make_lock_writes_the_job_requirements_after_the_constraints():
    makefile = (PROJECT_ROOT / "Makefile").read_text()
    recipe = re.search(r"^lock:.*\n((?:\t.*\n)+)", makefile, flags=re.MULTILINE).group(1)
    steps = [line.strip() for line in recipe.splitlines()]
    assert steps.index("$(BIN)/python scripts/job_requirements.py") > next(
        i for i, step in enumerate(steps) if "-o requirements/constraints.txt" in step
    )
