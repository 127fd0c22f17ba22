"""Chunk vectors computed in SQL: `ai_query('<endpoint>', chunk_text)`.

On Databricks `ai_query` is the platform's AI Function: it calls the Foundation Model endpoint
with the platform's own credentials, so no code of this project authenticates on an executor
(Spark executors get no Databricks credentials from the SDK: the runtime's token lives in the
driver's notebook context). Locally the backend registers a function of the same name backed by
the offline embedder, so one expression serves both targets.
"""

from functools import lru_cache

import pandas as pd
from pyspark.sql import Column
from pyspark.sql import functions as F
from pyspark.sql.types import ArrayType, FloatType

AI_QUERY = "ai_query"
VECTOR = ArrayType(FloatType())


def embedding_column(endpoint: str, text_column: str = "chunk_text") -> Column:
    """The vector of each row's text. Endpoint names are letters, digits, '-' and '_' (checked
    when the job parameters are read), so the name needs no escaping inside the quotes."""
    return F.expr(f"{AI_QUERY}('{endpoint}', {text_column})").cast(VECTOR)


@lru_cache(maxsize=4)
def _embedder(spec):
    # One embedder per Python worker and spec: vectorizers are built where they are used.
    return spec.create()


def offline_ai_query(spec):
    """A pandas UDF with `ai_query`'s arguments (endpoint, text) that embeds with `spec`'s
    embedder; the endpoint argument is ignored, as no endpoint exists offline."""

    @F.pandas_udf(VECTOR)
    def ai_query(endpoint: pd.Series, request: pd.Series) -> pd.Series:
        present = request.notna().tolist()
        texts = [text for text, ok in zip(request, present, strict=True) if ok]
        vectors = iter(_embedder(spec).embed(texts) if texts else [])
        return pd.Series([next(vectors) if ok else None for ok in present], dtype=object)

    return ai_query
