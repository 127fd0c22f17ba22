"""Task 1: PDFs in a folder or volume -> chunk table with embeddings -> vector index.

The per-document work (parse, chunk, embed) is a pure pandas function run by Spark's
`mapInPandas`, so it spreads over a cluster's cores; the driver only plans (which files changed)
and keeps the small per-document status table.
"""

import hashlib
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

import numpy as np
import pandas as pd
from pyspark.errors import AnalysisException
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import (
    ArrayType,
    FloatType,
    IntegerType,
    LongType,
    StringType,
    StructField,
    StructType,
    TimestampType,
)

from ..backend.kinds import EmbedderSpec
from ..backend.targets import Backend, backend_for
from ..errors import ConfigError, ProjectError
from ..names import index_full_name
from ..retrieval.embeddings import Embedder
from .chunking import ChunkingSettings, chunk_pages
from .pdf_parsing import DocumentStatus, parse_pdf
from .tables import ACTION, DELETE, UPSERT

log = logging.getLogger(__name__)

PDF_GLOB = "*.[pP][dD][fF]"
TASKS_PER_CORE = 3
_LOCAL_SCHEME = re.compile(r"^(file|dbfs):(?=/)")
# Staging rows are either one per document (its status) or one per chunk.
DOCUMENT_ROW, CHUNK_ROW = "document", "chunk"
# Content unchanged since it was indexed (only its timestamp moved): nothing to parse or embed.
UNCHANGED = "unchanged"

CHUNK_SCHEMA = StructType(
    [
        StructField("chunk_id", StringType(), False),
        StructField("document_path", StringType()),
        StructField("file_name", StringType()),
        StructField("page_number", IntegerType()),
        StructField("chunk_index", IntegerType()),
        StructField("chunk_text", StringType()),
        StructField("token_count", IntegerType()),
        StructField("content_sha256", StringType()),
        StructField("embedding", ArrayType(FloatType())),
        StructField("ingested_at", TimestampType()),
    ]
)
DOCUMENT_SCHEMA = StructType(
    [
        StructField("document_path", StringType(), False),
        StructField("file_name", StringType()),
        StructField("content_sha256", StringType()),
        StructField("modification_time", TimestampType()),
        StructField("size_bytes", LongType()),
        StructField("status", StringType()),
        StructField("reason", StringType()),
        StructField("page_count", IntegerType()),
        StructField("chunk_count", IntegerType()),
        StructField("indexed_sha256", StringType()),
        # The embedder of the indexed chunks: a document embedded by another one is re-embedded.
        StructField("embedder", StringType()),
        StructField("processed_at", TimestampType()),
    ]
)
DOCUMENT_CHANGES_SCHEMA = StructType([*DOCUMENT_SCHEMA.fields, StructField(ACTION, StringType())])
STAGING_SCHEMA = StructType(
    [
        StructField("row_kind", StringType()),
        StructField("document_path", StringType()),
        StructField("file_name", StringType()),
        StructField("content_sha256", StringType()),
        StructField("modification_time", TimestampType()),
        StructField("size_bytes", LongType()),
        StructField("status", StringType()),
        StructField("reason", StringType()),
        StructField("page_count", IntegerType()),
        StructField("chunk_count", IntegerType()),
        StructField("chunk_id", StringType()),
        StructField("page_number", IntegerType()),
        StructField("chunk_index", IntegerType()),
        StructField("chunk_text", StringType()),
        StructField("token_count", IntegerType()),
        StructField("embedding", ArrayType(FloatType())),
    ]
)
STAGING_COLUMNS = [f.name for f in STAGING_SCHEMA.fields]
# What Spark's binaryFile source gives process_documents.
BINARY_FILE_COLUMNS = ["path", "modificationTime", "length", "content"]


class IngestionError(ProjectError, RuntimeError):
    pass


class SourceError(IngestionError):
    pass


class ParameterError(ConfigError):
    pass


@dataclass(frozen=True)
class IngestionConfig:
    target: str
    catalog: str
    schema: str
    source_path: str
    chunk_table: str
    documents_table: str
    embedding_endpoint: str
    vector_search_endpoint: str
    vector_search_index: str
    chunking: ChunkingSettings = field(default_factory=ChunkingSettings)
    max_failure_ratio: float = 0.2
    index_sync_timeout_seconds: int = 3600
    max_partitions: int = 64

    @classmethod
    def from_parameters(cls, get: Callable[[str], str]) -> "IngestionConfig":
        """Build from job parameters (`dbutils.widgets.get` on Databricks and locally)."""

        def text(name: str) -> str:
            try:
                value = get(name)
            except Exception as error:  # dbutils raises its own types for a missing widget
                raise ParameterError(
                    f"job parameter {name!r} is missing: run this notebook as a task of the "
                    "bundle's job (it defines every parameter) or create the widget"
                ) from error
            if value is None or not str(value).strip():
                raise ParameterError(f"job parameter {name!r} is empty")
            return str(value).strip()

        def number(name: str, kind: type, low: float, high: float):
            raw = text(name)
            try:
                value = kind(raw)
            except ValueError:
                raise ParameterError(
                    f"job parameter {name!r} must be a {kind.__name__}, got {raw!r}"
                ) from None
            if not low <= value <= high:
                raise ParameterError(
                    f"job parameter {name!r} must be in [{low}, {high}], got {value}"
                )
            return value

        try:
            chunking = ChunkingSettings(
                number("chunk_size_tokens", int, 16, 8192),
                number("chunk_overlap_tokens", int, 0, 4096),
            )
        except ValueError as error:
            raise ParameterError(str(error)) from error
        return cls(
            target=text("target"),
            catalog=text("catalog"),
            schema=text("schema"),
            source_path=text("source_path"),
            chunk_table=text("chunk_table"),
            documents_table=text("documents_table"),
            embedding_endpoint=text("embedding_endpoint"),
            vector_search_endpoint=text("vector_search_endpoint"),
            vector_search_index=text("vector_search_index"),
            chunking=chunking,
            max_failure_ratio=number("max_failure_ratio", float, 0.0, 1.0),
            index_sync_timeout_seconds=number("index_sync_timeout_seconds", int, 1, 86400),
        )

    @property
    def staging_table(self) -> str:
        return f"{self.chunk_table}_staging"

    @property
    def index_full_name(self) -> str:
        return index_full_name(self.catalog, self.schema, self.vector_search_index)


@dataclass(frozen=True)
class FileState:
    path: str
    modification_time: datetime
    size_bytes: int


@dataclass(frozen=True)
class IngestionPlan:
    to_process: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: tuple[str, ...]
    # Unchanged files whose chunks another embedder made: re-parsed and re-embedded (in to_process).
    reembed: tuple[str, ...] = ()


@dataclass(frozen=True)
class IngestionResult:
    documents: int
    documents_processed: int
    documents_removed: int
    failures: tuple[tuple[str, str, str], ...]
    chunks_added: int
    chunks_removed: int
    chunks: int
    index_rows: int
    index_location: str
    seconds: float

    def summary(self) -> str:
        lines = [
            f"{self.documents} documents ({self.documents_processed} processed, "
            f"{self.documents_removed} removed, {len(self.failures)} failed); "
            f"{self.chunks} chunks (+{self.chunks_added} -{self.chunks_removed}); "
            f"index {self.index_location}: {self.index_rows} rows; {self.seconds:.1f}s"
        ]
        lines += [f"  {status:<10} {path}: {reason}" for path, status, reason in self.failures]
        return "\n".join(lines)


def plan_ingestion(current: list[FileState], known: pd.DataFrame, embedder: str) -> IngestionPlan:
    """Decide what to read: new files, files whose size or timestamp moved, and files whose
    indexed chunks were embedded by another embedder than `embedder` (vectors of two models in
    one index would be compared as if they were one)."""
    seen = {row.document_path: row for row in known.itertuples(index=False)}
    to_process, unchanged, reembed = [], [], []
    for state in current:
        previous = seen.get(state.path)
        if previous is None or not (
            _same_time(previous.modification_time, state.modification_time)
            and previous.size_bytes == state.size_bytes
        ):
            to_process.append(state.path)
        elif previous.indexed_sha256 and previous.embedder != embedder:
            to_process.append(state.path)
            reembed.append(state.path)
        else:
            unchanged.append(state.path)
    present = {state.path for state in current}
    removed = sorted(path for path in seen if path not in present)
    return IngestionPlan(
        tuple(sorted(to_process)), tuple(removed), tuple(sorted(unchanged)), tuple(sorted(reembed))
    )


def _same_time(a, b) -> bool:
    return pd.Timestamp(a).tz_localize(None) == pd.Timestamp(b).tz_localize(None)


def process_documents(
    files: pd.DataFrame,
    settings: ChunkingSettings,
    embedder: Embedder,
    indexed_sha256: dict[str, str],
) -> pd.DataFrame:
    """Parse, chunk and embed a batch of files (`path, modificationTime, length, content`).

    Returns staging rows: one status row per document and one row per chunk.
    """
    documents, chunks = [], []
    for file in files.itertuples(index=False):
        content = bytes(file.content) if file.content is not None else b""
        sha = hashlib.sha256(content).hexdigest()
        path = plain_path(file.path)
        base = {
            "document_path": path,
            "file_name": PurePosixPath(path).name,
            "content_sha256": sha,
        }
        if indexed_sha256.get(path) == sha:
            documents.append(
                {
                    **base,
                    "status": UNCHANGED,
                    "modification_time": file.modificationTime,
                    "size_bytes": file.length,
                }
            )
            continue
        parsed = parse_pdf(content)
        document_chunks = chunk_pages(path, parsed.pages, settings)
        documents.append(
            {
                **base,
                "modification_time": file.modificationTime,
                "size_bytes": file.length,
                "status": str(parsed.status),
                "reason": parsed.reason,
                "page_count": parsed.page_count,
                "chunk_count": len(document_chunks),
            }
        )
        chunks.extend(
            {
                **base,
                "chunk_id": chunk.chunk_id,
                "page_number": chunk.page_number,
                "chunk_index": chunk.chunk_index,
                "chunk_text": chunk.text,
                "token_count": chunk.token_count,
            }
            for chunk in document_chunks
        )
    vectors = embedder.embed([chunk["chunk_text"] for chunk in chunks])
    for chunk, vector in zip(chunks, vectors, strict=True):
        chunk["embedding"] = vector
    frame = pd.DataFrame(
        [{"row_kind": DOCUMENT_ROW, **row} for row in documents]
        + [{"row_kind": CHUNK_ROW, **row} for row in chunks],
        columns=STAGING_COLUMNS,
    )
    return typed_like(frame, STAGING_SCHEMA)


def chunks_of_files(
    paths: Iterable[Path], settings: ChunkingSettings, embedder: Embedder
) -> pd.DataFrame:
    """Task 1's chunk rows for local PDF files, from the same pure functions without Spark (for
    tests, benchmarks and other small folders)."""
    files = pd.DataFrame(
        [
            {
                "path": str(path),
                "modificationTime": datetime.fromtimestamp(path.stat().st_mtime, UTC),
                "length": path.stat().st_size,
                "content": path.read_bytes(),
            }
            for path in paths
        ],
        columns=BINARY_FILE_COLUMNS,
    )
    staged = process_documents(files, settings, embedder, {})
    return staged[staged["row_kind"] == CHUNK_ROW].reset_index(drop=True)


def typed_like(frame: pd.DataFrame, schema: StructType) -> pd.DataFrame:
    """Give every column the dtype its Spark type needs: missing values must reach Arrow as
    nulls, not as NaN in a float column (an all-missing column is float64 in pandas)."""
    for spark_field in schema.fields:
        name, kind = spark_field.name, spark_field.dataType
        if isinstance(kind, IntegerType):
            frame[name] = frame[name].astype("Int32")
        elif isinstance(kind, LongType):
            frame[name] = frame[name].astype("Int64")
        elif isinstance(kind, ArrayType):
            frame[name] = [v if isinstance(v, np.ndarray | list) else None for v in frame[name]]
        elif isinstance(kind, TimestampType):
            frame[name] = pd.to_datetime(frame[name])
        else:
            frame[name] = frame[name].astype(object).where(frame[name].notna(), None)
    return frame


def _processor(settings: ChunkingSettings, spec: EmbedderSpec, indexed: dict[str, str]):
    def process(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        embedder = spec.create()  # once per task, on the executor
        for batch in batches:
            yield process_documents(batch, settings, embedder, indexed)

    return process


def partition_count(spark: SparkSession, documents: int, max_partitions: int) -> int:
    """A few tasks per core: enough to even out uneven documents, few enough that Spark's
    per-task cost (about 80 ms on local Spark) is not paid once per document."""
    try:
        cores = spark.sparkContext.defaultParallelism
    except AttributeError:
        # Spark Connect sessions (serverless, Databricks Connect) have no SparkContext; the
        # service sizes the cluster, so one task per document up to the cap.
        return max(1, min(documents, max_partitions))
    return max(1, min(documents, max_partitions, TASKS_PER_CORE * cores))


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


def _glob_escape(path: str) -> str:
    """Spark treats load() paths as Hadoop globs; file names may contain glob characters."""
    return "".join("\\" + c if c in "[]{}*?\\" else c for c in path)


def run(
    spark: SparkSession, config: IngestionConfig, backend: Backend | None = None
) -> IngestionResult:
    started = time.monotonic()
    backend = backend or backend_for(config.target)
    tables = backend.tables(spark, config.catalog, config.schema)
    backend.check_endpoints(embedding_endpoint=config.embedding_endpoint)
    embedder_spec = backend.embedder_spec(config.embedding_endpoint)
    embedder = backend.embedder(config.embedding_endpoint)
    tables.ensure(config.chunk_table, CHUNK_SCHEMA, change_data_feed=True)
    tables.ensure(config.documents_table, DOCUMENT_SCHEMA)

    files = list_source_files(spark, config.source_path)
    # Only documents under this source can have been removed from it: ingesting another folder
    # adds to the corpus rather than replacing it.
    known = in_source(tables.read(config.documents_table).toPandas(), config.source_path)
    embedder_name = embedder.name
    plan = plan_ingestion(files, known, embedder_name)
    log.info(
        "%d files: %d to process (%d to re-embed with %s), %d unchanged, %d removed",
        len(files),
        len(plan.to_process),
        len(plan.reembed),
        embedder_name,
        len(plan.unchanged),
        len(plan.removed),
    )

    listed = {state.path: state for state in files}
    # Zero-byte files never reach Spark's scan; the same pure function gives them their status.
    empty = [path for path in plan.to_process if listed[path].size_bytes == 0]
    to_read = [path for path in plan.to_process if listed[path].size_bytes > 0]
    staged_documents = process_documents(
        pd.DataFrame(
            [
                {
                    "path": p,
                    "modificationTime": listed[p].modification_time,
                    "length": 0,
                    "content": b"",
                }
                for p in empty
            ],
            columns=BINARY_FILE_COLUMNS,
        ),
        config.chunking,
        embedder,
        {},
    ).query("row_kind == @DOCUMENT_ROW")
    new_chunks = None
    if to_read:
        indexed = {
            row.document_path: row.indexed_sha256
            for row in known.itertuples(index=False)
            if row.document_path in set(to_read)
            and row.indexed_sha256
            and row.document_path not in plan.reembed
        }
        contents = spark.read.format("binaryFile").load([_glob_escape(p) for p in to_read])
        partitions = partition_count(spark, len(to_read), config.max_partitions)
        staged = contents.repartition(partitions).mapInPandas(
            _processor(config.chunking, embedder_spec, indexed), STAGING_SCHEMA
        )
        # Written once, read twice: the UDF (and any endpoint call) never runs a second time.
        tables.replace(config.staging_table, staged)
        staged = tables.read(config.staging_table)
        staged_documents = pd.concat(
            [staged_documents, staged.where(F.col("row_kind") == DOCUMENT_ROW).toPandas()],
            ignore_index=True,
        )
        new_chunks = staged.where(F.col("row_kind") == CHUNK_ROW).select(
            *[
                F.lit(datetime.now(UTC).replace(tzinfo=None)).alias(name)
                if name == "ingested_at"
                else F.col(name)
                for name in CHUNK_SCHEMA.fieldNames()
            ]
        )

    # The listing's timestamps are the ones the next run's plan compares against.
    staged_documents["modification_time"] = [
        listed[path].modification_time for path in staged_documents["document_path"]
    ]
    reparsed = staged_documents.loc[
        staged_documents["status"] == DocumentStatus.OK, "document_path"
    ]
    replaced = sorted(set(reparsed) | set(plan.removed))
    chunks_added = chunks_removed = 0
    if replaced or new_chunks is not None:
        existing = tables.read(config.chunk_table)
        changes = None
        if new_chunks is not None:
            # Chunks already in the table keep their rows, unless their vectors are re-embedded.
            kept = existing.where(~F.col("document_path").isin(list(plan.reembed)))
            changes = new_chunks.join(kept.select("chunk_id"), "chunk_id", "left_anti").select(
                *CHUNK_SCHEMA.fieldNames(), F.lit(UPSERT).alias(ACTION)
            )
        if replaced:
            replaced_frame = spark.createDataFrame([(p,) for p in replaced], "document_path string")
            stale = existing.join(F.broadcast(replaced_frame), "document_path")
            if new_chunks is not None:
                stale = stale.join(new_chunks.select("chunk_id"), "chunk_id", "left_anti")
            stale = stale.select(*CHUNK_SCHEMA.fieldNames(), F.lit(DELETE).alias(ACTION))
            changes = stale if changes is None else changes.unionByName(stale)
        counts = {row[ACTION]: row["count"] for row in changes.groupBy(ACTION).count().collect()}
        chunks_added, chunks_removed = counts.get(UPSERT, 0), counts.get(DELETE, 0)
        if chunks_added or chunks_removed:
            tables.apply_changes(config.chunk_table, changes, "chunk_id")

    document_changes = document_updates(known, staged_documents, plan.removed, embedder_name)
    if len(document_changes):
        tables.apply_changes(
            config.documents_table,
            spark.createDataFrame(document_changes, DOCUMENT_CHANGES_SCHEMA),
            "document_path",
        )
    documents = in_source(tables.read(config.documents_table).toPandas(), config.source_path)
    total_chunks = tables.read(config.chunk_table).count()

    index = backend.chunk_index(
        config.index_full_name,
        config.vector_search_endpoint,
        config.embedding_endpoint,
        sync_timeout_seconds=config.index_sync_timeout_seconds,
    )
    changed = bool(chunks_added or chunks_removed)
    index_rows = index.refresh(tables, config.chunk_table, total_chunks, changed)

    failed = documents[documents["status"] != DocumentStatus.OK].sort_values("document_path")
    result = IngestionResult(
        documents=len(documents),
        documents_processed=int((staged_documents["status"] != UNCHANGED).sum()),
        documents_removed=len(plan.removed),
        failures=tuple(
            (row.document_path, row.status, row.reason) for row in failed.itertuples(index=False)
        ),
        chunks_added=chunks_added,
        chunks_removed=chunks_removed,
        chunks=total_chunks,
        index_rows=index_rows,
        index_location=index.location,
        seconds=time.monotonic() - started,
    )
    ratio = len(failed) / len(documents) if len(documents) else 0.0
    if ratio > config.max_failure_ratio:
        raise IngestionError(
            f"{len(failed)} of {len(documents)} documents failed ({ratio:.0%} > "
            f"max_failure_ratio {config.max_failure_ratio:.0%}); the good ones were ingested and "
            f"indexed. Fix or remove these files, or raise max_failure_ratio:\n{result.summary()}"
        )
    return result


def document_updates(
    known: pd.DataFrame, staged: pd.DataFrame, removed: tuple[str, ...], embedder: str
) -> pd.DataFrame:
    """The document table's change set: new statuses, moved timestamps, removed files; the
    chunks of a document read now are embedded by `embedder`.

    A document whose new version cannot be read keeps its previous chunks (nothing good is
    lost) and says so in its reason.
    """
    now = datetime.now(UTC).replace(tzinfo=None)
    previous = {row.document_path: row for row in known.itertuples(index=False)}
    rows = []
    for doc in staged.itertuples(index=False):
        before = previous.get(doc.document_path)
        if doc.status == UNCHANGED:
            row = {
                **before._asdict(),
                "modification_time": doc.modification_time,
                "size_bytes": doc.size_bytes,
            }
        elif doc.status == DocumentStatus.OK:
            row = {
                **_staged_fields(doc),
                "indexed_sha256": doc.content_sha256,
                "embedder": embedder,
                "processed_at": now,
            }
        else:
            kept = before is not None and bool(before.indexed_sha256)
            reason = doc.reason + (
                "; the previous version's chunks stay indexed until this is fixed" if kept else ""
            )
            row = {
                **_staged_fields(doc),
                "reason": reason,
                "chunk_count": before.chunk_count if kept else 0,
                "indexed_sha256": before.indexed_sha256 if kept else None,
                "embedder": before.embedder if kept else None,
                "processed_at": now,
            }
        rows.append({**row, ACTION: UPSERT})
    rows += [{**previous[path]._asdict(), ACTION: DELETE} for path in removed if path in previous]
    return typed_like(
        pd.DataFrame(rows, columns=DOCUMENT_CHANGES_SCHEMA.fieldNames()), DOCUMENT_CHANGES_SCHEMA
    )


def _staged_fields(doc) -> dict:
    return {
        "document_path": doc.document_path,
        "file_name": doc.file_name,
        "content_sha256": doc.content_sha256,
        "modification_time": doc.modification_time,
        "size_bytes": doc.size_bytes,
        "status": doc.status,
        "reason": doc.reason or "",
        "page_count": doc.page_count,
        "chunk_count": doc.chunk_count,
    }
