"""Download the per-row results of workspace evaluations from their MLflow runs.

Needs MLflow (the workflow installs mlflow-skinny at the project's locked version) and the
Databricks authentication of the job (the DATABRICKS_* variables setup-databricks exports):

    python3 .github/scripts/evaluation_rows.py --dst evaluation-rows test-minimal:<run id> ...

downloads the `evaluation/` artifacts of each run (per_row_results.json: one row per question with
its answer, retrieved context and scores; metrics.json; summary.md, as evaluation/task.py logs
them) into <dst>/<name>/, for actions/upload-artifact. MLflow's
`mlflow.artifacts.download_artifacts(run_id=..., artifact_path=..., dst_path=...,
tracking_uri=...)` (mlflow 3.17 mlflow/artifacts/__init__.py) reads the runs of the workspace's
tracking server with `tracking_uri="databricks"`, whose credentials come from the Databricks SDK's
default chain (mlflow/utils/databricks_utils.py `get_databricks_host_creds`), so every
authentication option of setup-databricks works. A run that cannot be downloaded is reported and
makes the script exit 1; the others are still downloaded.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

# Where evaluation/task.py logs the results of each evaluated version.
ARTIFACT_PATH = "evaluation"

Download = Callable[..., str]


def mlflow_download(**arguments: str) -> str:
    import mlflow.artifacts

    return mlflow.artifacts.download_artifacts(**arguments)


def parse_run(text: str) -> tuple[str, str]:
    """`<name>:<run id>` into its parts; the name becomes a folder, so it has no separator."""
    name, _, run_id = text.partition(":")
    if not name or not run_id or "/" in name or name.startswith("."):
        raise ValueError(f"expected <name>:<MLflow run id>, got {text!r}")
    return name, run_id


def download_rows(
    runs: list[str],
    dst: Path,
    tracking_uri: str = "databricks",
    download: Download = mlflow_download,
) -> list[str]:
    """Download each run's evaluation artifacts; return one error line per run that failed."""
    errors = []
    for text in runs:
        try:
            name, run_id = parse_run(text)
            folder = dst / name
            folder.mkdir(parents=True, exist_ok=True)
            download(
                run_id=run_id,
                artifact_path=ARTIFACT_PATH,
                dst_path=str(folder),
                tracking_uri=tracking_uri,
            )
        except Exception as error:  # one run's failure must not lose the others' rows
            errors.append(f"{text}: {type(error).__name__}: {error}")
    return errors


def main(argv: list[str] | None = None, download: Download = mlflow_download) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dst", required=True, type=Path, help="folder to download into")
    parser.add_argument("--tracking-uri", default="databricks", help="MLflow tracking URI")
    parser.add_argument("runs", nargs="*", help="<name>:<MLflow run id>")
    args = parser.parse_args(argv)
    errors = download_rows(args.runs, args.dst, args.tracking_uri, download)
    for error in errors:
        print(f"::warning::per-row results not downloaded: {error}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
