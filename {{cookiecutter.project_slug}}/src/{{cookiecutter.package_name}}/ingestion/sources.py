"""The source of task 1: the PDFs below a folder, a Unity Catalog volume or a cloud URL.

Listing reads metadata only (path, time, size): what changed is decided from it before any file
is read. The three listings (a folder walked here or through the /Volumes mount of Databricks
compute, a volume through the Files API, a URL through Spark) give the same path, time and size
for the same file: paths without a scheme, times in milliseconds (what the Files API and Spark's
file statuses carry), so a file listed one way and then another is not taken for a changed one.
"""

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath

import pandas as pd
from databricks.sdk.errors import NotFound
from pyspark.errors import AnalysisException
from pyspark.sql import SparkSession

from .errors import SourceError

PDF_GLOB = "*.[pP][dD][fF]"
# Spark reports file:/x and dbfs:/Volumes/x for the paths /x and /Volumes/x it was given (a Java
# regex too: Spark SQL's regexp_replace takes it).
PLAIN_PATH_PATTERN = r"^(file|dbfs):(?=/)"
_LOCAL_SCHEME = re.compile(PLAIN_PATH_PATTERN)
VOLUMES_ROOT = "/Volumes/"
_EPOCH = datetime(1970, 1, 1)


@dataclass(frozen=True)
class FileState:
    path: str
    modification_time: datetime
    size_bytes: int


def list_source_files(spark: SparkSession, source_path: str) -> list[FileState]:
    """List the PDFs below `source_path` (metadata only).

    Folders on this machine and Unity Catalog volumes (mounted at /Volumes on Databricks) are
    walked directly: Spark's file scan silently skips zero-byte files, which must get a status
    row like every other bad document. Other URLs (s3://, abfss://...) are listed by Spark.
    """
    if is_url(source_path):
        return _list_with_spark(spark, source_path)
    root = Path(source_path)
    if not root.is_dir():
        raise SourceError(
            f"source folder {source_path} does not exist: create it and upload the PDFs "
            "there, or set the job parameter source_path to the folder that holds them"
        )
    files = [
        _file_state(path)
        for path in root.rglob("*")
        if _listed(path.relative_to(root).parts) and path.is_file()
    ]
    return _found(files, source_path)


def _file_state(path: Path) -> FileState:
    stat = path.stat()
    return FileState(str(path), _milliseconds(stat.st_mtime_ns // 1_000_000), stat.st_size)


def list_volume_files(client, source_path: str) -> list[FileState]:
    """List the PDFs below a Unity Catalog volume folder through the Files API of the
    WorkspaceClient `client` (metadata only), for a machine without the /Volumes mount of
    Databricks compute; the same files, paths, sizes and times as `list_source_files` there.

    Each folder is listed page by page (`list_directory_contents` follows `next_page_token`)
    and its subfolders in turn: `GET /api/2.0/fs/directories{path}`, which answers 404 for a
    folder that does not exist (databricks-sdk 0.156 service/files.py `FilesAPI`,
    `DirectoryEntry`: `last_modified` in milliseconds since the epoch; REST reference
    https://docs.databricks.com/api/workspace/files/listdirectorycontents).
    """
    root = source_path.rstrip("/")
    if not (root + "/").startswith(VOLUMES_ROOT):
        raise SourceError(
            f"source_path {source_path} is not a Unity Catalog volume: a task run against the "
            "workspace from this machine reads its PDFs on the workspace's compute, from a "
            f"volume ({VOLUMES_ROOT}<catalog>/<schema>/<volume>/...) or a cloud URL"
        )
    files, folders = [], [root]
    while folders:
        folder = folders.pop()
        try:
            entries = list(client.files.list_directory_contents(folder))
        except NotFound:
            if folder != root:
                continue  # removed while the listing ran, like a file deleted before its read
            raise SourceError(
                f"source folder {source_path} does not exist: create it and upload the PDFs "
                "there, or set the job parameter source_path to the folder that holds them"
            ) from None
        for entry in entries:
            path = entry.path.rstrip("/")
            if not _listed(PurePosixPath(path).relative_to(root).parts, entry.is_directory):
                continue
            if entry.is_directory:
                folders.append(path)
            else:
                # Both are optional in the SDK's dataclass: JSON may leave out a zero.
                modified = _milliseconds(entry.last_modified or 0)
                files.append(FileState(path, modified, entry.file_size or 0))
    return _found(files, source_path)


def _listed(relative_parts: tuple[str, ...], is_directory: bool = False) -> bool:
    """Whether a walk keeps an entry below the source folder: PDFs (any case of .pdf) outside
    hidden files and folders; a folder is kept for its contents."""
    if any(part.startswith(".") for part in relative_parts):
        return False
    return is_directory or PurePosixPath(relative_parts[-1]).suffix.lower() == ".pdf"


def _milliseconds(since_epoch: int) -> datetime:
    return _EPOCH + timedelta(milliseconds=since_epoch)


def _found(files: list[FileState], source_path: str) -> list[FileState]:
    if not files:
        raise SourceError(
            f"no PDF files under {source_path}: upload PDFs (*.pdf) there, or set the job "
            "parameter source_path to the folder that holds them"
        )
    return sorted(files, key=lambda state: state.path)


def is_url(path: str) -> bool:
    return "://" in path or path.startswith(("dbfs:", "file:"))


def _list_with_spark(spark: SparkSession, source_path: str) -> list[FileState]:
    try:
        rows = (
            spark.read.format("binaryFile")
            .option("pathGlobFilter", PDF_GLOB)
            .option("recursiveFileLookup", "true")
            .load(source_path)
            .select("path", "modificationTime", "length")
            .collect()
        )
    except AnalysisException as error:
        if "PATH_NOT_FOUND" in str(error) or "does not exist" in str(error):
            raise SourceError(
                f"source path {source_path} does not exist: upload the PDFs there, or set the "
                "job parameter source_path to the folder that holds them"
            ) from None
        raise
    if not rows:
        raise SourceError(f"no PDF files under {source_path}: upload PDFs (*.pdf) there")
    return [FileState(plain_path(row.path), row.modificationTime, row.length) for row in rows]


def in_source(documents: pd.DataFrame, source_path: str) -> pd.DataFrame:
    prefix = plain_path(source_path).rstrip("/") + "/"
    return documents[documents["document_path"].str.startswith(prefix)].reset_index(drop=True)


def plain_path(path: str) -> str:
    """Spark reports file:/x and dbfs:/Volumes/x for the paths /x and /Volumes/x it was given."""
    return _LOCAL_SCHEME.sub("", path)


def glob_escape(path: str) -> str:
    """Spark treats load() paths as Hadoop globs; file names may contain glob characters."""
    return "".join("\\" + c if c in "[]{}*?\\" else c for c in path)


def pack_files(files: list[FileState], partitions: int, max_bytes: int) -> dict[str, int]:
    """A partition number for each file: at least `partitions` partitions, more where needed
    so that no partition holds more than `max_bytes` of files (a larger file gets one alone).

    `mapInPandas` receives a partition's whole files in one Arrow batch (up to 10,000 rows), so
    the bytes of a partition are what one executor holds in memory at once. Largest first, each
    file goes to the partition with the fewest bytes that can still take it.
    """
    loads = [0] * max(1, partitions)
    assigned = {}
    for state in sorted(files, key=lambda state: (-state.size_bytes, state.path)):
        fits = [part for part, load in enumerate(loads) if load + state.size_bytes <= max_bytes]
        part = min(fits, key=loads.__getitem__) if fits else None
        if part is None:
            part = min(range(len(loads)), key=loads.__getitem__)
            if loads[part]:
                loads.append(0)
                part = len(loads) - 1
        loads[part] += state.size_bytes
        assigned[state.path] = part
    return assigned
