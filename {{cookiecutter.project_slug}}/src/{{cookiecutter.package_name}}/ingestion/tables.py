"""Tables of the job: Delta tables in Unity Catalog on Databricks, parquet snapshots locally.

Both stores take the same change set (rows tagged upsert or delete on a key) so the ingestion
logic is written once. On Databricks the change set is applied with one MERGE: the table is never
re-created, which keeps Change Data Feed and the Vector Search sync intact.
"""

import logging
import os
import shutil
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Protocol

import pyarrow.parquet as pq
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.pandas.types import to_arrow_schema
from pyspark.sql.types import StructType

from .locking import exclusive_run

log = logging.getLogger(__name__)

ACTION = "_ingest_action"
UPSERT = "upsert"
DELETE = "delete"


class TableStore(Protocol):
    def full_name(self, table: str) -> str: ...

    def ensure(self, table: str, schema: StructType, change_data_feed: bool = False) -> None: ...

    def read(self, table: str) -> DataFrame: ...

    def replace(self, table: str, frame: DataFrame) -> None: ...

    def apply_changes(self, table: str, changes: DataFrame, key: str) -> None: ...

    def add_columns(self, table: str, columns: StructType) -> None:
        """Add nullable columns to an existing table; its rows get null in them."""
        ...

    def version(self, table: str) -> str: ...

    def drop(self, table: str) -> None: ...

    def names(self, prefix: str) -> list[str]: ...

    def exclusive(self) -> AbstractContextManager[None]:
        """Held by an ingestion run from its first read of the tables to its last write."""
        ...


def quote(name: str) -> str:
    return ".".join(f"`{part.replace('`', '``')}`" for part in name.split("."))


def create_table_statement(full_name: str, schema: StructType, change_data_feed: bool) -> str:
    columns = ", ".join(
        f"{quote(field.name)} {field.dataType.simpleString()}"
        + ("" if field.nullable else " NOT NULL")
        for field in schema.fields
    )
    properties = " TBLPROPERTIES (delta.enableChangeDataFeed = true)" if change_data_feed else ""
    return f"CREATE TABLE IF NOT EXISTS {quote(full_name)} ({columns}) USING DELTA{properties}"


def merge_statement(target: str, source_view: str, key: str, columns: list[str]) -> str:
    """One MERGE applying upserts and deletes; the action column never reaches the target."""
    assignments = ", ".join(f"t.{quote(c)} = s.{quote(c)}" for c in columns)
    names = ", ".join(quote(c) for c in columns)
    values = ", ".join(f"s.{quote(c)}" for c in columns)
    return (
        f"MERGE INTO {quote(target)} AS t USING {quote(source_view)} AS s "
        f"ON t.{quote(key)} = s.{quote(key)} "
        f"WHEN MATCHED AND s.{ACTION} = '{DELETE}' THEN DELETE "
        f"WHEN MATCHED AND s.{ACTION} = '{UPSERT}' THEN UPDATE SET {assignments} "
        f"WHEN NOT MATCHED AND s.{ACTION} = '{UPSERT}' THEN INSERT ({names}) VALUES ({values})"
    )


class UnityCatalogTables:
    def __init__(self, spark: SparkSession, catalog: str, schema: str) -> None:
        self.spark = spark
        self.catalog = catalog
        self.schema = schema

    def full_name(self, table: str) -> str:
        return f"{self.catalog}.{self.schema}.{table}"

    def ensure(self, table: str, schema: StructType, change_data_feed: bool = False) -> None:
        name = self.full_name(table)
        self.spark.sql(create_table_statement(name, schema, change_data_feed))
        if change_data_feed:
            properties = {
                row["key"]: row["value"]
                for row in self.spark.sql(f"SHOW TBLPROPERTIES {quote(name)}").collect()
            }
            if properties.get("delta.enableChangeDataFeed") != "true":
                self.spark.sql(
                    f"ALTER TABLE {quote(name)} "
                    "SET TBLPROPERTIES (delta.enableChangeDataFeed = true)"
                )

    def read(self, table: str) -> DataFrame:
        return self.spark.table(quote(self.full_name(table)))

    def replace(self, table: str, frame: DataFrame) -> None:
        frame.write.mode("overwrite").option("overwriteSchema", "true").saveAsTable(
            quote(self.full_name(table))
        )

    def apply_changes(self, table: str, changes: DataFrame, key: str) -> None:
        view = f"changes_{table}_{uuid.uuid4().hex[:8]}"
        changes.createOrReplaceTempView(view)
        columns = [c for c in changes.columns if c != ACTION]
        try:
            self.spark.sql(merge_statement(self.full_name(table), view, key, columns))
        finally:
            self.spark.catalog.dropTempView(view)

    def add_columns(self, table: str, columns: StructType) -> None:
        # Delta adds them in place, as nullable columns at the end (ALTER TABLE ... ADD COLUMNS,
        # https://docs.databricks.com/aws/en/sql/language-manual/sql-ref-syntax-ddl-alter-table-manage-column).
        added = ", ".join(f"{quote(f.name)} {f.dataType.simpleString()}" for f in columns.fields)
        self.spark.sql(f"ALTER TABLE {quote(self.full_name(table))} ADD COLUMNS ({added})")

    def version(self, table: str) -> str:
        history = self.spark.sql(f"DESCRIBE HISTORY {quote(self.full_name(table))} LIMIT 1")
        return str(history.first()["version"])

    def drop(self, table: str) -> None:
        self.spark.sql(f"DROP TABLE IF EXISTS {quote(self.full_name(table))}")

    def names(self, prefix: str) -> list[str]:
        # Rows of `database`, `tableName`, `isTemporary` (temporary views included):
        # https://docs.databricks.com/en/sql/language-manual/sql-ref-syntax-aux-show-tables.html
        rows = self.spark.sql(f"SHOW TABLES IN {quote(f'{self.catalog}.{self.schema}')}").collect()
        return sorted(
            row["tableName"]
            for row in rows
            if row["tableName"].startswith(prefix) and not row["isTemporary"]
        )

    def exclusive(self) -> AbstractContextManager[None]:
        """No lock is taken in Unity Catalog: the bundle's job runs one run at a time
        (`max_concurrent_runs: 1` with `queue` in resources/model_resources.yml: a run beyond the
        limit waits in the queue, https://docs.databricks.com/en/jobs/advanced.html). A notebook
        run by hand beside it writes scratch tables of its own (task.py), and Delta refuses a
        commit that conflicts with one made since its snapshot rather than interleave them
        (https://docs.databricks.com/delta/concurrency-control.html): the refused run fails, and
        the next run deletes the chunks it may have left without a document row."""
        return nullcontext()


class LocalTables:
    """Parquet snapshots under <root>/<catalog>/<schema>/<table>/vNNNNNN, switched by a pointer.

    Local Spark has no Delta (its jars would come from Maven at start-up), so a change writes a
    new snapshot and then atomically moves the `CURRENT` pointer; a failed write leaves the
    previous snapshot current. The snapshot before the current one is kept as well.
    """

    def __init__(self, spark: SparkSession, root: Path, catalog: str, schema: str) -> None:
        self.spark = spark
        self.root = root
        self.catalog = catalog
        self.schema = schema

    def full_name(self, table: str) -> str:
        return f"{self.catalog}.{self.schema}.{table}"

    def folder(self, table: str) -> Path:
        return self.root / self.catalog / self.schema / table

    def _current(self, table: str) -> int | None:
        pointer = self.folder(table) / "CURRENT"
        return int(pointer.read_text().strip()) if pointer.is_file() else None

    def ensure(self, table: str, schema: StructType, change_data_feed: bool = False) -> None:
        if self._current(table) is None:
            self._commit(table, lambda target: _write_empty(target, schema))

    def read(self, table: str) -> DataFrame:
        current = self._current(table)
        if current is None:
            raise FileNotFoundError(f"local table {self.full_name(table)} does not exist yet")
        return self.spark.read.parquet(str(self.folder(table) / f"v{current:06d}"))

    def replace(self, table: str, frame: DataFrame) -> None:
        self._write(table, frame)

    def apply_changes(self, table: str, changes: DataFrame, key: str) -> None:
        upserts = changes.where(F.col(ACTION) == UPSERT).drop(ACTION)
        touched = changes.select(key).distinct()
        merged = self.read(table).join(touched, key, "left_anti").unionByName(upserts)
        self._write(table, merged)

    def add_columns(self, table: str, columns: StructType) -> None:
        # A new snapshot: the one read stays on disk until the next write (_commit).
        current = self.read(table)
        nulls = [F.lit(None).cast(f.dataType).alias(f.name) for f in columns.fields]
        self._write(table, current.select("*", *nulls))

    def version(self, table: str) -> str:
        return str(self._current(table))

    def drop(self, table: str) -> None:
        shutil.rmtree(self.folder(table), ignore_errors=True)

    def names(self, prefix: str) -> list[str]:
        schema = self.root / self.catalog / self.schema
        if not schema.is_dir():
            return []
        return sorted(p.name for p in schema.iterdir() if p.is_dir() and p.name.startswith(prefix))

    def exclusive(self) -> AbstractContextManager[None]:
        """One ingestion run at a time over this schema's tables and its index (locking.py):
        two runs sharing the local tables would each commit a change set planned from a
        snapshot the other one changes."""
        lock_file = self.root / self.catalog / self.schema / ".ingestion.lock"
        return exclusive_run(lock_file, f"{self.catalog}.{self.schema}.*")

    def _write(self, table: str, frame: DataFrame) -> None:
        self._commit(table, lambda target: frame.write.parquet(str(target)))

    def _commit(self, table: str, write: Callable[[Path], None]) -> None:
        """`write` fills a new snapshot folder; only then does the pointer move to it."""
        folder = self.folder(table)
        folder.mkdir(parents=True, exist_ok=True)
        version = (self._current(table) or 0) + 1
        target = folder / f"v{version:06d}"
        if target.exists():  # left over by an interrupted write that never became current
            shutil.rmtree(target)
        write(target)
        pointer = folder / "CURRENT.tmp"
        pointer.write_text(str(version))
        os.replace(pointer, folder / "CURRENT")
        for old in folder.glob("v*"):
            if old.is_dir() and int(old.name[1:]) < version - 1:
                shutil.rmtree(old)


def add_missing_columns(tables: TableStore, table: str, schema: StructType) -> list[str]:
    """Add to a table created before some of `schema`'s columns existed the ones it lacks (null in
    its existing rows): a change set names every column, and neither the MERGE (which assigns
    each by name) nor the local `unionByName` accepts a column the table lacks. The names
    added."""
    present = set(tables.read(table).columns)
    missing = StructType([f for f in schema.fields if f.name not in present])
    if missing.fields:
        tables.add_columns(table, missing)
        log.info("added %s to %s", ", ".join(missing.fieldNames()), tables.full_name(table))
    return missing.fieldNames()


def _write_empty(folder: Path, schema: StructType) -> None:
    # pyarrow, not Spark: an empty snapshot written by Spark costs two jobs (about 0.2 s).
    folder.mkdir()
    pq.write_table(to_arrow_schema(schema, timezone="UTC").empty_table(), folder / "part-0.parquet")
