"""Add or refresh this project's CI/CD files from the template, with the answers recorded at
generation.

Standard library plus the pinned `cookiecutter` (.github/requirements-cicd.txt):

    python3 .github/scripts/refresh_cicd.py --template gh:<org>/cookiecutter-databricks-llmops

renders the template again with the answers of .cookiecutter-answers.json (answers the template
added since are left at their defaults) into a temporary folder and copies only the CI/CD files
into the project: the workflows, actions and scripts under .github/, docs/ci-cd.md, the scripts'
tests and the answers file. Nothing else in the project is touched, and no file is deleted.

The template is checked out at `--checkout`, by default at the commit recorded in the answers file
(`_template_commit`, written at generation from a clean git checkout of the template), so a
refresh reproduces the files the project was generated with until someone asks for a newer ref.

The answers file is part of the repository, and cookiecutter renders every answer as Jinja before
any hook of the template can check it: an answer holding Jinja syntax would run as template code
here, in a job that holds a write token. So answers holding an opening Jinja delimiter (a brace
followed by a brace, `%` or `#`) are refused before anything is rendered, and the render runs with
no token in its environment (docs/ci-cd.md).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ANSWERS_FILE = ".cookiecutter-answers.json"
COMMIT_KEY = "_template_commit"
# Jinja's opening delimiters, written in pieces: the template checks that no Jinja marker is left
# in a generated file.
JINJA_MARKERS = ("{" + "{", "{" + "%", "{" + "#")
CICD_PATHS = (
    ".github",
    "docs/ci-cd.md",
    ANSWERS_FILE,
    "tests/test_cicd_scripts.py",
    "tests/exchanges/github",
)


class UnsafeAnswersError(Exception):
    pass


def check_answers(answers: object) -> dict:
    """The recorded answers, refused if any key or value could be read as Jinja."""
    if not isinstance(answers, dict):
        raise UnsafeAnswersError(f"{ANSWERS_FILE} must hold one JSON object of answers")
    unsafe = [
        str(key)
        for key, value in answers.items()
        if not isinstance(value, str) or any(m in f"{key}{value}" for m in JINJA_MARKERS)
    ]
    if unsafe:
        raise UnsafeAnswersError(
            f"{ANSWERS_FILE}: refused answers {', '.join(sorted(unsafe))}: every answer must be "
            f"a string without Jinja syntax ({', '.join(JINJA_MARKERS)}); cookiecutter would run "
            "it as template code"
        )
    return answers


def render_command(template: str, checkout: str, answers: dict, output_dir: Path) -> list[str]:
    """The cookiecutter command line that replays the public answers without prompting."""
    command = [sys.executable, "-m", "cookiecutter", "--no-input", "--output-dir", str(output_dir)]
    checkout = checkout or answers.get(COMMIT_KEY, "")
    if checkout:
        command += ["--checkout", checkout]
    public = {key: value for key, value in answers.items() if not key.startswith("_")}
    return [*command, template, *(f"{key}={value}" for key, value in sorted(public.items()))]


def render_environment() -> dict[str, str]:
    """This process's environment without credentials: the template's code runs in it."""
    return {
        name: value
        for name, value in os.environ.items()
        if not any(word in name.upper() for word in ("TOKEN", "SECRET", "PASSWORD"))
    }


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
    answers = check_answers(json.loads((project / ANSWERS_FILE).read_text(encoding="utf-8")))
    with tempfile.TemporaryDirectory() as output:
        command = render_command(template, checkout, answers, Path(output))
        subprocess.run(command, check=True, env=render_environment())
        (rendered,) = Path(output).iterdir()
        return copy_cicd_files(rendered, project)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--template", required=True, help="template repository URL or path")
    parser.add_argument(
        "--checkout",
        default="",
        help=f"branch, tag or commit of the template (default {COMMIT_KEY})",
    )
    parser.add_argument("--project", type=Path, default=Path.cwd(), help="default: here")
    args = parser.parse_args(argv)

    try:
        changed = refresh(args.project.resolve(), args.template, args.checkout)
    except UnsafeAnswersError as error:
        print(f"::error::{error}")
        return 1
    for relative in changed:
        print(f"updated {relative}")
    if not changed:
        print("the CI/CD files are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
