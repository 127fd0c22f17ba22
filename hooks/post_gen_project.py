"""Remove the files that do not apply to the chosen options, and record the template's commit.

One table maps each option value to the paths that exist only for it; every other value's paths
are deleted. Paths are relative to the generated project.

The commit of the template (when it is a git checkout with nothing uncommitted) goes into
.cookiecutter-answers.json as `_template_commit`: the CI/CD refresh checks that commit out by
default (.github/scripts/refresh_cicd.py).
"""

import json
import shutil
import subprocess
from pathlib import Path

ANSWERS_FILE = ".cookiecutter-answers.json"
TEMPLATE_DIR = "{{ template_directory() }}"

OPTION_PATHS = {
    "cloud": {
        "azure": ["docs/cloud/azure.md"],
        "aws": ["docs/cloud/aws.md"],
        "gcp": ["docs/cloud/gcp.md"],
    },
}

CHOSEN = {
    "cloud": "{{ cookiecutter.cloud }}",
}


def prune(project_dir: Path, chosen: dict[str, str]) -> None:
    for option, paths_by_value in OPTION_PATHS.items():
        for value, paths in paths_by_value.items():
            if value == chosen[option]:
                continue
            for relative in paths:
                path = project_dir / relative
                if path.is_dir():
                    shutil.rmtree(path)
                elif path.exists():
                    path.unlink()


def template_commit(template_dir: Path) -> str:
    """HEAD of the template's git checkout; empty when it is not one or has changes."""

    def git(*arguments: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["git", "-C", str(template_dir), *arguments], capture_output=True, text=True
        )

    try:
        head, changes = git("rev-parse", "HEAD"), git("status", "--porcelain")
    except OSError:
        return ""
    if head.returncode != 0 or changes.returncode != 0 or changes.stdout.strip():
        return ""
    return head.stdout.strip()


def record_template_commit(project_dir: Path, template_dir: Path) -> None:
    commit = template_commit(template_dir)
    if not commit:
        return
    path = project_dir / ANSWERS_FILE
    answers = json.loads(path.read_text(encoding="utf-8"))
    answers["_template_commit"] = commit
    # As the template writes the file (cookiecutter's jsonify: sorted keys, indent 2).
    path.write_text(json.dumps(answers, sort_keys=True, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    prune(Path.cwd(), CHOSEN)
    record_template_commit(Path.cwd(), Path(TEMPLATE_DIR))
