"""Names the job's stages share: the local target, registry aliases and tags, index columns.

Task 2 registers a version as `candidate`; task 3 moves `promote_alias` (challenger) to it and
tags it `evaluation_status=passed` only if every gate passes; task 4 serves only such a version
and then calls it `champion`.
"""

import re

# The target `python -m <package> job` runs on this machine (local.yml applies it).
LOCAL_TARGET = "local"
# The job the local runner runs when the bundle has several and none is named.
MAIN_JOB = "rag_job"
INGESTION_TASK = "pdf_chunks_embeddings"

CANDIDATE_ALIAS = "candidate"
CHAMPION_ALIAS = "champion"
EVALUATION_STATUS_TAG = "evaluation_status"
PENDING, PASSED, FAILED = "pending", "passed", "failed"

# The chunk table's columns a chunk index holds beside its vectors (a Delta Sync index's
# columns_to_sync, and the local index's metadata).
INDEX_COLUMNS = ["chunk_id", "document_path", "page_number", "chunk_text"]


def index_full_name(catalog: str, schema: str, index: str) -> str:
    return unity_catalog_name(catalog, schema, index)


def unity_catalog_name(catalog: str, schema: str, name: str) -> str:
    """Unity Catalog's three-level name of a table, index or registered model."""
    return f"{catalog}.{schema}.{name}"


def served_entity_name(model_name: str, version: str) -> str:
    """`<model>-<version>`: unique per version, within the 63 characters a name may have."""
    suffix = f"-{version}"
    short = re.sub(r"[^A-Za-z0-9_-]", "-", model_name.rsplit(".", 1)[-1])
    return short[: 63 - len(suffix)] + suffix
