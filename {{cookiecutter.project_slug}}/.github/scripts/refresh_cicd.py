"""Add or refresh this project's CI/CD files from the template, with the answers recorded at
generation.

Standard library plus the pinned `cookiecutter` (.github/requirements-cicd.txt):

    python3 .github/scripts/refresh_cicd.py --template gh:<org>/cookiecutter-databricks-llmops

renders the template again with the answers of .cookiecutter-answers.json (answers the template
added since are left at their defaults) into a temporary folder and copies only the CI/CD files
into the project: the workflows, actions and scripts under .github/, docs/ci-cd.md, the scripts'
tests and the answers file. Nothing else in the project is touched, and no file is deleted.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ANSWERS_FILE = ".cookiecutter-answers.json"
CICD_PATHS = (
    ".github",
    "docs/ci-cd.md",
    ANSWERS_FILE,
    "tests/test_cicd_scripts.py",
    "tests/exchanges/github",
)


def render_command(template: str, checkout: str, answers: dict, output_dir: Path) -> list[str]:
    """The cookiecutter command line that replays the answers without prompting."""
    command = [sys.executable, "-m", "cookiecutter", "--no-input", "--output-dir", str(output_dir)]
    if checkout:
        command += ["--checkout", checkout]
    return [*command, template, *(f"{key}={value}" for key, value in sorted(answers.items()))]


def cicd_files(project: Path) -> list[Path]:
    """The CI/CD files of a project, relative to it."""
    files = []
    for relative in CICD_PATHS:
        path = project / relative
        if path.is_dir():
            files += [p.relative_to(project) for p in path.rglob("*") if p.is_file()]
        elif path.is_file():
            files.append(Path(relative))
    return sorted(files)


def copy_cicd_files(rendered: Path, project: Path) -> list[Path]:
    """Copy the rendered CI/CD files over the project's; return those that changed."""
    changed = []
    for relative in cicd_files(rendered):
        source, destination = rendered / relative, project / relative
        if destination.is_file() and destination.read_bytes() == source.read_bytes():
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        shutil.copymode(source, destination)
        changed.append(relative)
    return changed


def refresh(project: Path, template: str, checkout: str = "") -> list[Path]:
    answers = json.loads((project / ANSWERS_FILE).read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as output:
        subprocess.run(render_command(template, checkout, answers, Path(output)), check=True)
        (rendered,) = Path(output).iterdir()
        return copy_cicd_files(rendered, project)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--template", required=True, help="template repository URL or path")
    parser.add_argument("--checkout", default="", help="branch, tag or commit of the template")
    parser.add_argument("--project", type=Path, default=Path.cwd(), help="default: here")
    args = parser.parse_args(argv)

    changed = refresh(args.project.resolve(), args.template, args.checkout)
    for relative in changed:
        print(f"updated {relative}")
    if not changed:
        print("the CI/CD files are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
