"""Write requirements/job.txt from pyproject.toml and requirements/constraints.txt (`make lock`).

Part 1 of job.txt is derived: the wheel's runtime dependencies at the versions of constraints.txt,
the versions the chain logs as its model's pip requirements. Part 2 (job-only packages, from the
line starting with `# 2.` to the end) is chosen by hand and kept as it is. Standard library only,
and no import of the project: it needs nothing of the environment whose pins `make lock` changes.

    python3 scripts/job_requirements.py [--root PROJECT_FOLDER]
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path

HEADER = """\
# What the bundle's jobs install next to the project wheel (templates: the serverless environment's
# `-r` line, the classic tasks' `requirements` library).
# 1. Written by `make lock` (scripts/job_requirements.py): the wheel's runtime dependencies
#    (pyproject.toml) at the versions of constraints.txt, the versions the chain logs as its
#    model's pip requirements, so tasks 2-4 run what is served.
#    tests/test_bundle_checks.py fails when this list and those two files disagree.
"""
JOB_ONLY_MARKER = "# 2."


def normalized(name: str) -> str:
    """The PEP 503 form of a distribution name: `PyYAML` and `pyyaml` are the same package."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    return normalized(re.match(r"[A-Za-z0-9_.-]+", requirement.strip()).group(0))


def job_requirements(pyproject: str, constraints: str, current_job: str) -> str:
    """The new job.txt: part 1 from the two files, part 2 from the current job.txt."""
    runtime = {requirement_name(d) for d in tomllib.loads(pyproject)["project"]["dependencies"]}
    pinned = {
        requirement_name(line): line.strip()
        for line in constraints.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    }
    missing = sorted(runtime - pinned.keys())
    if missing:
        raise SystemExit(f"not pinned in requirements/constraints.txt: {', '.join(missing)}")
    lines = current_job.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.startswith(JOB_ONLY_MARKER)), None)
    if start is None:
        raise SystemExit(
            f"requirements/job.txt: no job-only part (no line starts {JOB_ONLY_MARKER!r})"
        )
    return (
        HEADER + "".join(pinned[name] + "\n" for name in sorted(runtime)) + "".join(lines[start:])
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    root = parser.parse_args(argv).root
    job = root / "requirements" / "job.txt"
    job.write_text(
        job_requirements(
            (root / "pyproject.toml").read_text(encoding="utf-8"),
            (root / "requirements" / "constraints.txt").read_text(encoding="utf-8"),
            job.read_text(encoding="utf-8"),
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
