"""shellcheck the `run:` scripts of this repository's composite actions (.github/actions/*/),
which actionlint does not lint. PyYAML and shellcheck come from .github/requirements-cicd.txt.

    python3 .github/scripts/lint_actions.py

Exits 1 when shellcheck reports anything, or when a script is not bash or holds a GitHub
expression (inputs reach scripts through `env:` only, so that no input is pasted into a script).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ACTIONS = Path(".github/actions")
# The opening of a GitHub expression, written in pieces: the template checks that no Jinja marker
# is left in a generated file.
EXPRESSION = "$" + "{" + "{"


def problems(action: Path, shellcheck: str = "shellcheck") -> list[str]:
    found = []
    steps = yaml.safe_load(action.read_text(encoding="utf-8"))["runs"].get("steps", [])
    for index, step in enumerate(steps):
        if "run" not in step:
            continue
        where = f"{action} step {index + 1} ({step.get('name', 'unnamed')})"
        if step.get("shell") != "bash":
            found.append(f"{where}: shell must be bash")
        if EXPRESSION in step["run"]:
            found.append(f"{where}: an expression in the script; pass it through env:")
        with tempfile.NamedTemporaryFile("w", suffix=".sh", delete=False) as script:
            script.write("#!/usr/bin/env bash\nset -eo pipefail\n" + step["run"])
        result = subprocess.run([shellcheck, script.name], capture_output=True, text=True)
        Path(script.name).unlink()
        if result.returncode != 0:
            found.append(f"{where}:\n{result.stdout}")
    return found


def main(root: Path = ACTIONS, shellcheck: str = "shellcheck") -> int:
    actions = sorted(root.glob("*/action.yml"))
    found = [problem for action in actions for problem in problems(action, shellcheck)]
    print("\n".join(found) or f"shellcheck: {len(actions)} composite action(s) clean")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
