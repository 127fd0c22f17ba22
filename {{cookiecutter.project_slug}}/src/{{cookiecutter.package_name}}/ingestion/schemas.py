"""The columns of task 1's tables and staging rows, and the pandas dtypes Spark reads them with."""

import numpy as np
import pandas as pd
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

from .tables import ACTION

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
        # The chunking settings of the indexed chunks (change_set.chunking_of): a document
        # chunked with others is chunked again. Last, where a table created before this column
        # gets it (add_missing_columns); such a table's rows hold null, taken as "unknown".
        StructField("chunking", StringType()),
    ]
)
DOCUMENT_CHANGES_SCHEMA = StructType([*DOCUMENT_SCHEMA.fields, StructField(ACTION, StringType())])


def _nullable(schema: StructType, names: tuple[str, ...]) -> list[StructField]:
    return [StructField(name, schema[name].dataType) for name in names]


# The staging rows: a row kind, then a document's status (null on chunk rows) and a chunk's fields
# (null on document rows), typed as the two tables type them.
STAGING_SCHEMA = StructType(
    [
        StructField("row_kind", StringType()),
        *_nullable(
            DOCUMENT_SCHEMA,
            (
                "document_path",
                "file_name",
                "content_sha256",
                "modification_time",
                "size_bytes",
                "status",
                "reason",
                "page_count",
                "chunk_count",
            ),
        ),
        *_nullable(
            CHUNK_SCHEMA,
            ("chunk_id", "page_number", "chunk_index", "chunk_text", "token_count", "embedding"),
        ),
    ]
)
STAGING_COLUMNS = [f.name for f in STAGING_SCHEMA.fields]
# What Spark's binaryFile source gives process_documents.
BINARY_FILE_COLUMNS = ["path", "modificationTime", "length", "content"]


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
