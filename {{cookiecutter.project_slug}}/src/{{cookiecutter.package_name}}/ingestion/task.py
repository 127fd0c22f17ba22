"""Task 1: PDFs in a folder or volume -> chunk table with embeddings -> vector index.

The per-document work (documents.py) is a pure pandas function run by Spark's `mapInPandas`, so
it spreads over a cluster's cores. The driver decides what to read and what to change
(change_set.py, pure as well) from the small per-document status table and the ids of the chunks
involved; this module moves the frames between Spark, the tables and those functions.
"""

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import reduce

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from ..backend.targets import Backend, backend_for
from ..parameters import IngestionParameters
from .change_set import (
    ChangeSet,
    IngestionPlan,
    change_set,
    changing_documents,
    chunking_of,
    document_actions,
    document_updates,
    indexed_documents,
    last_attempt_sha256,
    plan_ingestion,
)
from .chunking import ChunkingSettings
from .documents import process_documents
from .embedding import embedding_column
from .errors import IngestionError
from .pdf_parsing import DocumentStatus
from .schemas import (
    BINARY_FILE_COLUMNS,
    CHUNK_ROW,
    CHUNK_SCHEMA,
    DOCUMENT_CHANGES_SCHEMA,
    DOCUMENT_ROW,
    DOCUMENT_SCHEMA,
    STAGING_SCHEMA,
    UNCHANGED,
)
from .scratch import ScratchTables, abandoned, scratch_prefixes
from .sources import (
    PLAIN_PATH_PATTERN,
    FileState,
    glob_escape,
    in_source,
    pack_files,
)
from .tables import ACTION, DELETE, UPSERT, TableStore, add_missing_columns

log = logging.getLogger(__name__)

TASKS_PER_CORE = 3
# Spark Connect sessions have no core count: one task per document up to this many.
MAX_PARTITIONS = 64
# Whole PDFs of one partition sit in an executor's memory at once: more partitions where the
# files are large.
MAX_BYTES_PER_PARTITION = 256 * 1024 * 1024


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


def run(
    spark: SparkSession, config: IngestionParameters, backend: Backend | None = None
) -> IngestionResult:
    started = time.monotonic()
    backend = backend or backend_for(config.target)
    tables = backend.tables(spark, config.catalog, config.schema)
    backend.check_endpoints(embedding_endpoint=config.embedding_endpoint)
    # Its name goes into the document table (with the chunking settings): chunks another
    # embedder or other settings made are made again.
    embedder = backend.embedder(config.embedding_endpoint).name
    # From the first read of the tables to the index refresh: a run plans from the tables as
    # they are, and no other run may change them before its change set is committed.
    with tables.exclusive():
        now = datetime.now(UTC).replace(tzinfo=None)
        for prefix in scratch_prefixes(config):
            for name in abandoned(tables.names(prefix), prefix, now):
                tables.drop(name)
        scratch = ScratchTables.of_run(config, now)
        try:
            result = _Ingestion(spark, config, backend, tables, scratch).run(
                embedder, chunking_of(config.chunking), started
            )
        finally:
            tables.drop(scratch.staging)
            tables.drop(scratch.new_chunks)
    _enforce_failure_ratio(result, config.max_failure_ratio)
    return result


@dataclass(frozen=True)
class _Ingestion:
    """What the steps of one run share: the session, the parameters, the target's backend, its
    tables and its own scratch tables."""

    spark: SparkSession
    config: IngestionParameters
    backend: Backend
    tables: TableStore
    scratch: ScratchTables

    def run(self, embedder: str, chunking: str, started: float) -> IngestionResult:
        config, tables = self.config, self.tables
        tables.ensure(config.chunk_table, CHUNK_SCHEMA, change_data_feed=True)
        tables.ensure(config.documents_table, DOCUMENT_SCHEMA)
        files = self.backend.source_files(self.spark, config.source_path)
        add_missing_columns(tables, config.documents_table, DOCUMENT_SCHEMA)
        # Only documents under this source can have been removed from it: ingesting another
        # folder adds to the corpus rather than replacing it.
        known = in_source(tables.read(config.documents_table).toPandas(), config.source_path)
        plan = plan_ingestion(files, known, embedder, chunking)
        log.info(
            "%d files: %d to process (%d to re-embed with %s, %d to re-chunk with %s), "
            "%d unchanged, %d removed",
            len(files),
            len(plan.to_process),
            len(plan.reembed),
            embedder,
            len(plan.rechunk),
            chunking,
            len(plan.unchanged),
            len(plan.removed),
        )
        statuses, chunks = self.stage(files, known, plan)
        updates = document_updates(known, statuses, plan.removed, embedder, chunking)
        changes = self.decide(plan, statuses, chunks, updates)
        self.apply(changes, chunks, updates)
        return self.refresh_index_and_report(statuses, plan, changes, started)

    def stage(
        self, files: list[FileState], known: pd.DataFrame, plan: IngestionPlan
    ) -> tuple[pd.DataFrame, DataFrame | None]:
        """Parse, chunk and embed the files the plan reads: their status rows (pandas) and their
        chunk rows (Spark, from the staging table), or None when no file had content to read."""
        listed = {state.path: state for state in files}
        # Zero-byte files never reach Spark's scan; the same pure function gives them a status.
        empty = [listed[path] for path in plan.to_process if listed[path].size_bytes == 0]
        to_read = [path for path in plan.to_process if listed[path].size_bytes > 0]
        statuses = _statuses_of_empty_files(empty, self.config.chunking)
        chunks = None
        if to_read:
            reading = [listed[path] for path in to_read]
            staged = self.process_with_spark(reading, last_attempt_sha256(known, plan, to_read))
            statuses = pd.concat(
                [statuses, staged.where(F.col("row_kind") == DOCUMENT_ROW).toPandas()],
                ignore_index=True,
            )
            chunks = staged.where(F.col("row_kind") == CHUNK_ROW).select(
                *[
                    F.lit(datetime.now(UTC).replace(tzinfo=None)).alias(name)
                    if name == "ingested_at"
                    else F.col(name)
                    for name in CHUNK_SCHEMA.fieldNames()
                ]
            )
        # The listing's timestamps are the ones the next run's plan compares against.
        statuses["modification_time"] = [
            listed[path].modification_time for path in statuses["document_path"]
        ]
        return statuses, chunks

    def process_with_spark(self, to_read: list[FileState], unchanged: dict[str, str]) -> DataFrame:
        """The staging rows of `to_read` (statuses and chunks without vectors), made on the
        executors and read back from this run's staging table."""
        paths = [state.path for state in to_read]
        contents = self.spark.read.format("binaryFile").load([glob_escape(p) for p in paths])
        packed = pack_files(
            to_read,
            partition_count(self.spark, len(to_read), MAX_PARTITIONS),
            MAX_BYTES_PER_PARTITION,
        )
        parts = self.spark.createDataFrame(list(packed.items()), "plain_path string, part int")
        # Range partitioning on the part numbers gives each its own partition (hashing would
        # put some together).
        staged = (
            contents.withColumn("plain_path", F.regexp_replace("path", PLAIN_PATH_PATTERN, ""))
            # Left: a file the listing names otherwise is still read (in the first partition).
            .join(F.broadcast(parts), "plain_path", "left")
            .withColumn("part", F.coalesce("part", F.lit(0)))
            .repartitionByRange(len(set(packed.values())), "part")
            .drop("plain_path", "part")
            .mapInPandas(_processor(self.config.chunking, unchanged), STAGING_SCHEMA)
        )
        # Written once, read twice: no document is parsed a second time.
        self.tables.replace(self.scratch.staging, staged)
        return self.tables.read(self.scratch.staging)

    def embedded(self, chunks: DataFrame) -> DataFrame:
        """`chunks` with their vectors from `ai_query`, computed once, for the chunks the change
        set adds only, and kept in a table so a MERGE that reads its source twice never calls
        the endpoint twice."""
        self.backend.register_embedding_function(self.spark)
        vectors = chunks.withColumn("embedding", embedding_column(self.config.embedding_endpoint))
        self.tables.replace(self.scratch.new_chunks, vectors)
        return self.tables.read(self.scratch.new_chunks)

    def decide(
        self,
        plan: IngestionPlan,
        statuses: pd.DataFrame,
        chunks: DataFrame | None,
        updates: pd.DataFrame,
    ) -> ChangeSet:
        """The change set, from the pure decision over the paths and chunk ids involved."""
        actions = document_actions(plan, statuses)
        new_ids = [] if chunks is None else chunks.select("chunk_id").toPandas()["chunk_id"]
        orphans = self.orphan_chunk_ids(updates)
        if orphans:
            log.warning(
                "%d chunks of documents without an indexed version (left by a run that stopped "
                "between its two table writes) are deleted",
                len(orphans),
            )
        existing = self.chunk_ids_of(changing_documents(actions))
        changes = change_set(actions, existing, new_ids, orphans)
        log.info("change set: %s", changes.summary())
        return changes

    def orphan_chunk_ids(self, updates: pd.DataFrame) -> list[str]:
        """The chunks of every document, in any source, that has no indexed version once
        `updates` is applied (change_set.indexed_documents)."""
        documents = self.tables.read(self.config.documents_table)
        indexed = indexed_documents(
            documents.select("document_path", "indexed_sha256").toPandas(), updates
        )
        owners = self.spark.createDataFrame([(path,) for path in indexed], "document_path string")
        rows = self.tables.read(self.config.chunk_table).select("chunk_id", "document_path")
        orphans = rows.join(F.broadcast(owners), "document_path", "left_anti")
        return orphans.toPandas()["chunk_id"].tolist()

    def apply(
        self, changes: ChangeSet, chunks: DataFrame | None, document_changes: pd.DataFrame
    ) -> None:
        """Write the change set to the chunk table, then the new statuses to the document table
        (the next run deletes what a stop between the two leaves: change_set.indexed_documents)."""
        config = self.config
        if changes.upsert or changes.delete:
            self.tables.apply_changes(
                config.chunk_table, self.chunk_changes(changes, chunks), "chunk_id"
            )
        if len(document_changes):
            self.tables.apply_changes(
                config.documents_table,
                self.spark.createDataFrame(document_changes, DOCUMENT_CHANGES_SCHEMA),
                "document_path",
            )

    def chunk_ids_of(self, documents: list[str]) -> pd.DataFrame:
        """`chunk_id` and `document_path` of the chunk table's rows of `documents`."""
        if not documents:
            return pd.DataFrame(columns=["chunk_id", "document_path"])
        wanted = self.spark.createDataFrame([(path,) for path in documents], "document_path string")
        rows = self.tables.read(self.config.chunk_table).join(wanted, "document_path", "left_semi")
        return rows.select("chunk_id", "document_path").toPandas()

    def chunk_changes(self, changes: ChangeSet, chunks: DataFrame | None) -> DataFrame:
        """The change set as rows for the table store: staged chunks to upsert, rows to delete."""
        frames = []
        if changes.upsert:
            upserts = self.embedded(self.with_ids(chunks, changes.upsert))
            frames.append(upserts.withColumn(ACTION, F.lit(UPSERT)))
        if changes.delete:
            stale = self.with_ids(self.tables.read(self.config.chunk_table), changes.delete)
            frames.append(stale.withColumn(ACTION, F.lit(DELETE)))
        return reduce(DataFrame.unionByName, frames).select(*CHUNK_SCHEMA.fieldNames(), ACTION)

    def with_ids(self, chunks: DataFrame, ids: tuple[str, ...]) -> DataFrame:
        wanted = self.spark.createDataFrame([(chunk_id,) for chunk_id in ids], "chunk_id string")
        return chunks.join(wanted, "chunk_id", "left_semi")

    def refresh_index_and_report(
        self, statuses: pd.DataFrame, plan: IngestionPlan, changes: ChangeSet, started: float
    ) -> IngestionResult:
        """Bring the index up to date with the chunk table, then sum the run up."""
        config, tables = self.config, self.tables
        documents = in_source(tables.read(config.documents_table).toPandas(), config.source_path)
        total_chunks = tables.read(config.chunk_table).count()
        index = self.backend.chunk_index(
            config.index_full_name,
            config.vector_search_endpoint,
            config.embedding_endpoint,
            sync_timeout_seconds=config.index_sync_timeout_seconds,
        )
        index_rows = index.refresh(
            tables, config.chunk_table, total_chunks, changes.moves_the_index
        )
        failed = documents[documents["status"] != DocumentStatus.OK].sort_values("document_path")
        return IngestionResult(
            documents=len(documents),
            documents_processed=int((statuses["status"] != UNCHANGED).sum()),
            documents_removed=len(plan.removed),
            failures=tuple(
                (row.document_path, row.status, row.reason)
                for row in failed.itertuples(index=False)
            ),
            chunks_added=len(changes.upsert),
            chunks_removed=len(changes.delete),
            chunks=total_chunks,
            index_rows=index_rows,
            index_location=index.location,
            seconds=time.monotonic() - started,
        )


def _statuses_of_empty_files(empty: list[FileState], settings: ChunkingSettings) -> pd.DataFrame:
    files = pd.DataFrame(
        [
            {
                "path": state.path,
                "modificationTime": state.modification_time,
                "length": 0,
                "content": b"",
            }
            for state in empty
        ],
        columns=BINARY_FILE_COLUMNS,
    )
    staged = process_documents(files, settings, None, {})
    return staged[staged["row_kind"] == DOCUMENT_ROW]


def _processor(settings: ChunkingSettings, unchanged: dict[str, str]):
    def process(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:
            yield process_documents(batch, settings, None, unchanged)

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


def _enforce_failure_ratio(result: IngestionResult, max_failure_ratio: float) -> None:
    """Too many bad documents fail the task, after the good ones were ingested and indexed."""
    failed = len(result.failures)
    ratio = failed / result.documents if result.documents else 0.0
    if ratio > max_failure_ratio:
        raise IngestionError(
            f"{failed} of {result.documents} documents failed ({ratio:.0%} > "
            f"max_failure_ratio {max_failure_ratio:.0%}); the good ones were ingested and "
            f"indexed. Fix or remove these files, or raise max_failure_ratio:\n{result.summary()}"
        )
