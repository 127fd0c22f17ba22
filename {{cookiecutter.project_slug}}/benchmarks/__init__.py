"""Benchmarks run by `make bench`; each writes its figures to .local/bench/<name>.json."""

import json
from pathlib import Path

from {{ cookiecutter.package_name }}.local.workspace import LocalWorkspace


def write_figures(name: str, figures: dict) -> Path:
    output = LocalWorkspace.current().root / "bench" / f"{name}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(figures, indent=2) + "\n")
    return output
