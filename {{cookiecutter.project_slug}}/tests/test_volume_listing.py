"""Task 1's listing of its source from wherever it runs.

On Databricks compute a volume is a folder under /Volumes; from a laptop (`job --target dev`
through Databricks Connect) it is listed through the Files API. Both listings must give the same
paths, sizes and times, or a run from one place would re-read every file the other one listed.
The Files API answers are replayed (tests/exchanges/files_*.json).
"""

import os
from contextlib import nullcontext
from datetime import datetime

import pytest

from {{ cookiecutter.package_name }}.backend.workspace import WorkspaceBackend
from {{ cookiecutter.package_name }}.ingestion.errors import SourceError
from {{ cookiecutter.package_name }}.ingestion.sources import list_source_files, list_volume_files
from {{ cookiecutter.package_name }}.ingestion.task import run
from {{ cookiecutter.package_name }}.parameters import IngestionParameters

from tests.test_pdf_chunks_embeddings import PARAMETERS

VOLUME = "/Volumes/dev/rag_chatbot/source_pdfs"
# What tests/exchanges/files_list_volume.json lists, relative to the volume folder: each file's
# size and last_modified (milliseconds since the epoch).
VOLUME_FILES = {
    "handbook.pdf": (2048, 1767225600123),
    "notes.txt": (12, 1767225600000),
    "SCAN.PDF": (4096, 1767312000999),
    "empty.pdf": (0, 1767398400001),
    "policies/leave.pdf": (1000, 1767484800500),
    "policies/.draft.pdf": (900, 1767484800600),
}
LISTED = [
    ("SCAN.PDF", 4096, datetime(2026, 1, 2, 0, 0, 0, 999000)),
    ("empty.pdf", 0, datetime(2026, 1, 3, 0, 0, 0, 1000)),
    ("handbook.pdf", 2048, datetime(2026, 1, 1, 0, 0, 0, 123000)),
    ("policies/leave.pdf", 1000, datetime(2026, 1, 4, 0, 0, 0, 500000)),
]


def relative(files, root: str) -> list[tuple[str, int, datetime]]:
    return [
        (state.path.removeprefix(root + "/"), state.size_bytes, state.modification_time)
        for state in files
    ]


def mounted_copy(folder) -> None:
    """The volume as the /Volumes mount of Databricks compute shows it: the same files, plus a
    hidden folder and an empty one. File times carry nanoseconds beyond the milliseconds the
    Files API has."""
    (folder / ".trash").mkdir(parents=True)
    (folder / ".trash" / "old.pdf").write_bytes(b"%PDF")
    (folder / "archive").mkdir()
    for name, (size, milliseconds) in VOLUME_FILES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * size)
        nanoseconds = milliseconds * 1_000_000 + 456_789
        os.utime(path, ns=(nanoseconds, nanoseconds))


def test_the_files_api_lists_a_volume_as_its_mount_does(replay, workspace_client, tmp_path):
    replay("files_list_volume")
    through_the_api = list_volume_files(workspace_client, VOLUME + "/")
    mounted_copy(tmp_path / "mount")
    walked = list_source_files(None, str(tmp_path / "mount"))

    assert relative(through_the_api, VOLUME) == LISTED
    assert relative(walked, str(tmp_path / "mount")) == LISTED


def test_a_missing_volume_folder_says_what_to_do(replay, workspace_client):
    replay("files_volume_missing")
    with pytest.raises(SourceError, match=f"source folder {VOLUME} does not exist: create it"):
        list_volume_files(workspace_client, VOLUME)


def test_a_folder_of_this_machine_is_no_source_for_the_workspace(tmp_path):
    with pytest.raises(SourceError, match="is not a Unity Catalog volume"):
        list_volume_files(object(), str(tmp_path))


def test_the_workspace_backend_lists_through_the_files_api_off_databricks(
    replay, workspace_client, monkeypatch
):
    monkeypatch.delenv("DATABRICKS_RUNTIME_VERSION", raising=False)
    replay("files_list_volume")
    listed = WorkspaceBackend("dev", client=workspace_client).source_files(None, VOLUME)
    assert relative(listed, VOLUME) == LISTED


def test_on_databricks_the_workspace_backend_walks_the_mounted_volume(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABRICKS_RUNTIME_VERSION", "18.0")
    mounted_copy(tmp_path)
    # No client is asked: the walk needs none.
    listed = WorkspaceBackend("dev", client=object()).source_files(None, str(tmp_path))
    assert relative(listed, str(tmp_path)) == LISTED


class ListingReachedError(Exception):
    pass


class ListingBackend:
    """Task 1's backend up to the listing, which it records and stops at."""

    def __init__(self) -> None:
        self.listed = []

    def tables(self, spark, catalog, schema):
        return self

    def exclusive(self):
        return nullcontext()

    def names(self, prefix):
        return []

    def drop(self, name):
        pass

    def ensure(self, *args, **kwargs):
        pass

    def check_endpoints(self, **endpoints):
        pass

    def embedder(self, endpoint):
        return self

    name = "listing-only"

    def source_files(self, spark, source_path):
        self.listed.append(source_path)
        raise ListingReachedError


def test_task_1_lists_its_source_through_its_backend():
    backend = ListingBackend()
    config = IngestionParameters.from_parameters(
        {**PARAMETERS, "target": "dev", "source_path": VOLUME}.get
    )
    with pytest.raises(ListingReachedError):
        run(None, config, backend)
    assert backend.listed == [VOLUME]
