import pytest
from pyspark.sql.types import ArrayType, FloatType, StringType, StructField, StructType

from {{ cookiecutter.package_name }}.ingestion.schemas import CHUNK_SCHEMA, DOCUMENT_SCHEMA
from {{ cookiecutter.package_name }}.ingestion.tables import (
    ACTION,
    DELETE,
    UPSERT,
    LocalTables,
    UnityCatalogTables,
    create_table_statement,
    merge_statement,
)

SCHEMA = StructType(
    [
        StructField("chunk_id", StringType(), False),
        StructField("text", StringType()),
        StructField("embedding", ArrayType(FloatType())),
    ]
)


def test_create_statement_enables_change_data_feed_and_keeps_types():
    statement = create_table_statement("dev.rag.pdf_chunks", SCHEMA, change_data_feed=True)
    assert statement.startswith("CREATE TABLE IF NOT EXISTS `dev`.`rag`.`pdf_chunks`")
    assert "`chunk_id` string NOT NULL" in statement
    assert "`embedding` array<float>" in statement
    assert statement.endswith("TBLPROPERTIES (delta.enableChangeDataFeed = true)")
    assert "TBLPROPERTIES" not in create_table_statement("c.s.t", SCHEMA, change_data_feed=False)


def test_merge_statement_upserts_and_deletes_on_the_key_without_recreating():
    statement = merge_statement(
        "dev.rag.pdf_chunks", "changes_view", "chunk_id", ["chunk_id", "text"]
    )
    assert statement.startswith(
        "MERGE INTO `dev`.`rag`.`pdf_chunks` AS t USING `changes_view` AS s"
    )
    assert "ON t.`chunk_id` = s.`chunk_id`" in statement
    assert f"WHEN MATCHED AND s.{ACTION} = '{DELETE}' THEN DELETE" in statement
    assert (
        f"WHEN MATCHED AND s.{ACTION} = '{UPSERT}' THEN UPDATE SET t.`chunk_id` = s.`chunk_id`"
        in statement
    )
    assert "INSERT (`chunk_id`, `text`) VALUES (s.`chunk_id`, s.`text`)" in statement
    assert ACTION not in statement.split("INSERT")[1].split("VALUES")[0]


@pytest.mark.spark
def test_local_tables_apply_changes_as_snapshots(spark, tmp_path):
    tables = LocalTables(spark, tmp_path, "local", "rag")
    tables.ensure("chunks", SCHEMA)
    assert tables.read("chunks").count() == 0
    assert tables.version("chunks") == "1"

    def changes(rows):
        schema = StructType([*SCHEMA.fields, StructField(ACTION, StringType())])
        return spark.createDataFrame(rows, schema)

    tables.apply_changes(
        "chunks", changes([("a", "A", [1.0], UPSERT), ("b", "B", [2.0], UPSERT)]), "chunk_id"
    )
    tables.apply_changes(
        "chunks", changes([("a", "A2", [3.0], UPSERT), ("b", None, None, DELETE)]), "chunk_id"
    )
    rows = {row.chunk_id: row.text for row in tables.read("chunks").collect()}
    assert rows == {"a": "A2"}
    assert tables.version("chunks") == "3"
    # The current snapshot and the one before it are kept; older ones are removed.
    assert sorted(p.name for p in tables.folder("chunks").glob("v*")) == ["v000002", "v000003"]


@pytest.mark.spark
@pytest.mark.parametrize("schema", [CHUNK_SCHEMA, DOCUMENT_SCHEMA], ids=["chunks", "documents"])
def test_an_ensured_table_reads_back_with_its_columns_and_types(spark, tmp_path, schema):
    tables = LocalTables(spark, tmp_path, "local", "rag")
    tables.ensure("table", schema)
    empty = tables.read("table")
    assert [(f.name, f.dataType) for f in empty.schema.fields] == [
        (f.name, f.dataType) for f in schema.fields
    ]
    assert empty.count() == 0
    assert empty.toPandas().columns.tolist() == schema.fieldNames()


@pytest.mark.spark
def test_an_interrupted_write_never_becomes_current(spark, tmp_path):
    tables = LocalTables(spark, tmp_path, "local", "rag")
    tables.ensure("docs", SCHEMA)
    (tables.folder("docs") / "v000002").mkdir()  # left by a crash before the pointer moved
    assert tables.read("docs").count() == 0
    tables.replace("docs", spark.createDataFrame([("x", "X", [0.5])], SCHEMA))
    assert [row.chunk_id for row in tables.read("docs").collect()] == ["x"]


def test_reading_a_missing_local_table_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"local\.rag\.nothing does not exist yet"):
        LocalTables(None, tmp_path, "local", "rag").read("nothing")


class RecordingSession:
    """Answers SHOW TABLES like Databricks does (database, tableName, isTemporary)."""

    def __init__(self, rows):
        self.rows = rows
        self.statements = []

    def sql(self, statement):
        self.statements.append(statement)
        return self

    def collect(self):
        return self.rows


def test_unity_catalog_scratch_tables_are_listed_by_prefix_and_dropped_by_name():
    session = RecordingSession(
        [
            {"database": "rag", "tableName": "pdf_chunks", "isTemporary": False},
            {"database": "rag", "tableName": "pdf_chunks_staging_1", "isTemporary": False},
            {"database": "", "tableName": "pdf_chunks_staging_view", "isTemporary": True},
        ]
    )
    tables = UnityCatalogTables(session, "dev", "rag")
    assert tables.names("pdf_chunks_staging_") == ["pdf_chunks_staging_1"]
    tables.drop("pdf_chunks_staging_1")
    assert session.statements == [
        "SHOW TABLES IN `dev`.`rag`",
        "DROP TABLE IF EXISTS `dev`.`rag`.`pdf_chunks_staging_1`",
    ]
