"""The source of task 1: the PDFs below a folder, a Unity Catalog volume or a cloud URL.

Listing reads metadata only (path, time, size): what changed is decided from it before any file
is read.
"""

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from pyspark.errors import AnalysisException
from pyspark.sql import SparkSession

from .errors import SourceError

PDF_GLOB = "*.[pP][dD][fF]"
# Spark reports file:/x and dbfs:/Volumes/x for the paths /x and /Volumes/x it was given (a Java
# regex too: Spark SQL's regexp_replace takes it).
PLAIN_PATH_PATTERN = r"^(file|dbfs):(?=/)"
_LOCAL_SCHEME = re.compile(PLAIN_PATH_PATTERN)


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
    if _is_url(source_path):
        return _list_with_spark(spark, source_path)
    root = Path(source_path)
    if not root.is_dir():
        raise SourceError(
            f"source folder {source_path} does not exist: create it and upload the PDFs "
            "there, or set the job parameter source_path to the folder that holds them"
        )
    files = []
    for path in sorted(root.rglob("*")):
        hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
        if path.suffix.lower() == ".pdf" and path.is_file() and not hidden:
            stat = path.stat()
            modified = datetime.fromtimestamp(stat.st_mtime, UTC).replace(tzinfo=None)
            files.append(FileState(str(path), modified, stat.st_size))
    if not files:
        raise SourceError(
            f"no PDF files under {source_path}: upload PDFs (*.pdf) there, or set the job "
            "parameter source_path to the folder that holds them"
        )
    return files


def _is_url(path: str) -> bool:
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
