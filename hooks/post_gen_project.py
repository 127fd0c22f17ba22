"""Remove the files that do not apply to the chosen options.

One table maps each option value to the paths that exist only for it; every other value's paths
are deleted. Paths are relative to the generated project.
"""

import shutil
from pathlib import Path

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


if __name__ == "__main__":
    prune(Path.cwd(), CHOSEN)
