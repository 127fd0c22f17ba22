"""Upload the source PDFs into a bundle target's source volume, for the job to ingest.

Standard library only. After `databricks bundle deploy -t test` (which creates the volume):

    python3 .github/scripts/upload_sources.py --target test --volume source_pdfs \
        --folder data/sample_pdfs

reads the volume's path from the deployed bundle, `resources.volumes.<volume>.volume_path` of
`databricks bundle summary -t <target> -o json`, instead of rebuilding it from the variables:
targets rename the schema (`presets.name_prefix: test_` turns `<schema>` into `test_<schema>`;
the CLI prefixes schemas but not volumes, databricks/cli
bundle/config/mutator/resourcemutator/apply_presets.go), and the CLI computes `volume_path` after
applying presets (bundle/phases/initialize.go, `InitializeVolumePaths`, CLI 1.7.0 and later).
Then copies every `*.pdf` of the folder into the volume with
`databricks fs cp --overwrite <file> dbfs:<volume path>/<file name>` (cmd/fs/cp.go: volume paths
take the `dbfs:` scheme). Files already in the volume are overwritten or left as they are, never
deleted. Exits 1 with a GitHub error annotation when there is nothing to upload or no such volume.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

Cli = Callable[[list[str]], str]


class UploadError(Exception):
    pass


def databricks(arguments: list[str]) -> str:
    """Run the Databricks CLI (authenticated through the environment); return its output."""
    result = subprocess.run(["databricks", *arguments], capture_output=True, text=True)
    if result.returncode != 0:
        raise UploadError(f"databricks {' '.join(arguments)} failed: {result.stderr.strip()}")
    return result.stdout


def volume_path(summary: dict, volume: str) -> str:
    """The `/Volumes/<catalog>/<schema>/<volume>` path of the bundle's volume resource `volume`."""
    volumes = summary.get("resources", {}).get("volumes", {})
    if volume not in volumes:
        known = ", ".join(sorted(volumes)) or "none"
        raise UploadError(f"the bundle has no volume resource {volume!r} (volumes: {known})")
    path = volumes[volume].get("volume_path", "")
    if not path.startswith("/Volumes/"):
        raise UploadError(
            f"the bundle summary gives volume {volume!r} no volume_path: the Databricks CLI "
            "computes it from version 1.7.0 on"
        )
    return path


def source_files(folder: Path) -> list[Path]:
    files = sorted(folder.glob("*.pdf"))
    if not files:
        raise UploadError(f"no *.pdf file in {folder}")
    return files


def upload(target: str, volume: str, folder: Path, cli: Cli = databricks) -> list[str]:
    """Copy the folder's PDFs into the volume of `target`; return their volume paths."""
    files = source_files(folder)
    summary = json.loads(cli(["bundle", "summary", "--target", target, "--output", "json"]))
    destination = volume_path(summary, volume)
    uploaded = []
    for file in files:
        cli(["fs", "cp", "--overwrite", str(file), f"dbfs:{destination}/{file.name}"])
        uploaded.append(f"{destination}/{file.name}")
    return uploaded


def main(argv: list[str] | None = None, cli: Cli = databricks) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", required=True, help="bundle target, deployed already")
    parser.add_argument("--volume", required=True, help="key of the volume in resources.volumes")
    parser.add_argument("--folder", required=True, type=Path, help="folder of the PDFs")
    args = parser.parse_args(argv)
    try:
        uploaded = upload(args.target, args.volume, args.folder, cli)
    except UploadError as error:
        print(f"::error::{error}")
        return 1
    print(f"uploaded {len(uploaded)} PDFs of {args.folder} to the {args.target} target:")
    print("\n".join(f"  {path}" for path in uploaded))
    return 0


if __name__ == "__main__":
    sys.exit(main())
