"""Workspace targets' chunk index: a Databricks Vector Search Delta Sync index over the chunk
table, with self-managed embeddings (the chunk table's `embedding` column)."""

import time
from collections.abc import Callable

from databricks.sdk.service.vectorsearch import RerankerConfig, RerankerConfigRerankerParameters

from ..deadlines import Deadline
from ..names import INDEX_COLUMNS
from .embeddings import Embedder
from .index import DENSE, HYBRID, KEYWORD, RetrievalSettings, SearchHit, VectorIndexError

# Vector Search reports progress in status.detailed_state, which the SDK's dataclass drops; the
# raw REST answer is read for it. Synced: the online states without an update under way, as the
# platform's own client waits for them (databricks-ai-search 0.81 `AISearchIndex.wait_until_ready`
# with wait_for_updates: ONLINE, ONLINE_NO_PENDING_UPDATE; ONLINE_DIRECT_ACCESS is for Direct
# Vector Access indexes only).
_SYNCED_STATES = ("ONLINE", "ONLINE_NO_PENDING_UPDATE")
_FAILED_MARKERS = ("FAILED", "OFFLINE")
# Endpoint states that never become ONLINE by themselves: a stopped endpoint "can't serve queries
# or sync indexes until it is started" (databricks-sdk 0.156 service/vectorsearch.py
# `stop_endpoint`), and the SDK's waiter polls it until its timeout.
_STOPPED_ENDPOINT_STATES = ("STOPPED", "STOPPING")

# `query_type` of VectorSearchIndexesAPI.query_index per retrieval mode (databricks-sdk 0.156
# service/vectorsearch.py: "ANN and HYBRID and FULL_TEXT. Defaults to ANN"). The docs
# (https://docs.databricks.com/aws/en/vector-search/query-vector-search) call HYBRID a "hybrid
# keyword-similarity search" and FULL_TEXT (beta) keyword matching "without using vector
# embeddings"; the vector_search() SQL reference
# (https://docs.databricks.com/en/sql/language-manual/functions/vector_search.html) has HYBRID
# take query_text for the keyword side and query_vector for the similarity side, the vector being
# required with self-managed embeddings like this index's. Dense queries send no query_type.
_QUERY_TYPES = {DENSE: None, HYBRID: "HYBRID", KEYWORD: "FULL_TEXT"}
# The query's `reranker` re-ranks "the top 50 results ... with the Databricks Reranker model
# before returning the num_results results" on the columns it names, concatenated (databricks-sdk
# 0.156 service/vectorsearch.py `query_index`, `RerankerConfig`: model "databricks_reranker" for
# the base model). The platform's own client sends the same block for its DatabricksReranker
# (databricks-ai-search 0.81 index.py `_build_query_payload`).
_RERANKER = RerankerConfig(
    model="databricks_reranker",
    parameters=RerankerConfigRerankerParameters(columns_to_rerank=["chunk_text"]),
)


class DatabricksVectorSearch:
    """Create-if-missing, sync and wait for a Delta Sync index with self-managed embeddings."""

    def __init__(
        self, client, endpoint_name: str, index_name: str, poll_seconds: float = 10
    ) -> None:
        self.client = client
        self.endpoint_name = endpoint_name
        self.index_name = index_name
        self.poll_seconds = poll_seconds

    def ensure_endpoint(self, deadline: Deadline) -> None:
        from databricks.sdk.errors import NotFound, OperationFailed
        from databricks.sdk.service.vectorsearch import EndpointType

        try:
            self._refuse_stopped(
                self.client.vector_search_endpoints.get_endpoint(self.endpoint_name)
            )
        except NotFound:
            self.client.vector_search_endpoints.create_endpoint(
                name=self.endpoint_name, endpoint_type=EndpointType.STANDARD
            )
        try:
            # The waiter calls back with every poll that is not ONLINE yet (service/vectorsearch.py
            # `wait_get_endpoint_vector_search_endpoint_online`) and fails only on OFFLINE.
            self.client.vector_search_endpoints.wait_get_endpoint_vector_search_endpoint_online(
                self.endpoint_name,
                timeout=deadline.remaining_timedelta(),
                callback=self._refuse_stopped,
            )
        except OperationFailed as error:
            raise VectorIndexError(
                f"Vector Search endpoint {self.endpoint_name} is offline ({error}): check it in "
                "the workspace's Vector Search page"
            ) from None
        except TimeoutError:
            raise VectorIndexError(
                f"Vector Search endpoint {self.endpoint_name} not online within "
                f"{deadline.describe()}: raise that job parameter or check the endpoint in the "
                "workspace's Vector Search page"
            ) from None

    def _refuse_stopped(self, endpoint) -> None:
        status = endpoint.endpoint_status
        state = status.state.value if status and status.state else None
        if state in _STOPPED_ENDPOINT_STATES:
            raise VectorIndexError(
                f"Vector Search endpoint {self.endpoint_name} is {state}: a stopped endpoint "
                "cannot sync its indexes. Start it (its page in the workspace's Vector Search "
                "section, or the API's start_endpoint) and run the job again"
            )

    def describe(self) -> dict | None:
        from databricks.sdk.errors import NotFound

        try:
            return self.client.api_client.do(
                "GET", f"/api/2.0/vector-search/indexes/{self.index_name}"
            )
        except NotFound:
            return None

    def ensure_index(self, source_table: str, embedding_dimension: int) -> bool:
        """Create the index if it does not exist; return whether it was created."""
        from databricks.sdk.service.vectorsearch import (
            DeltaSyncVectorIndexSpecRequest,
            EmbeddingVectorColumn,
            PipelineType,
            VectorIndexType,
        )

        existing = self.describe()
        if existing is not None:
            spec = existing.get("delta_sync_index_spec", {})
            columns = spec.get("embedding_vector_columns") or [{}]
            dimension = columns[0].get("embedding_dimension")
            if spec.get("source_table") not in (None, source_table):
                raise VectorIndexError(
                    f"index {self.index_name} syncs from {spec['source_table']}, "
                    f"not {source_table}: "
                    "delete it or set the job parameter vector_search_index to a new name"
                )
            if dimension not in (None, embedding_dimension):
                raise VectorIndexError(
                    f"index {self.index_name} holds {dimension}-dimensional vectors but the chunks "
                    f"have {embedding_dimension} (was the embedding endpoint changed?): delete the "
                    "index or set vector_search_index to a new name"
                )
            return False
        self.client.vector_search_indexes.create_index(
            name=self.index_name,
            endpoint_name=self.endpoint_name,
            primary_key="chunk_id",
            index_type=VectorIndexType.DELTA_SYNC,
            delta_sync_index_spec=DeltaSyncVectorIndexSpecRequest(
                source_table=source_table,
                pipeline_type=PipelineType.TRIGGERED,
                embedding_vector_columns=[
                    EmbeddingVectorColumn(name="embedding", embedding_dimension=embedding_dimension)
                ],
                columns_to_sync=INDEX_COLUMNS,
            ),
        )
        return True

    def is_behind(self, rows: int) -> bool:
        """Whether the index holds another number of rows than the chunk table: a run stopped
        after its table commits but before its sync leaves it so, and the next run may change
        nothing."""
        status = (self.describe() or {}).get("status", {})
        return status.get("indexed_row_count") != rows

    def sync(self, deadline: Deadline) -> None:
        """Trigger a sync; if one is running, wait for it first (a second one is refused)."""
        from databricks.sdk.errors import BadRequest, ResourceConflict

        try:
            self.client.vector_search_indexes.sync_index(self.index_name)
        except (BadRequest, ResourceConflict):
            self.wait_until_synced(None, deadline)
            self.client.vector_search_indexes.sync_index(self.index_name)

    def wait_until_synced(self, expected_rows: int | None, deadline: Deadline) -> dict:
        while True:
            status = (self.describe() or {}).get("status", {})
            state, rows = status.get("detailed_state", "UNKNOWN"), status.get("indexed_row_count")
            if any(marker in state for marker in _FAILED_MARKERS):
                raise VectorIndexError(
                    f"index {self.index_name} is {state}: {status.get('message', '')}. Open the "
                    "index's sync pipeline in the workspace for the cause"
                )
            if state in _SYNCED_STATES and (expected_rows is None or rows == expected_rows):
                return status
            if deadline.expired:
                raise VectorIndexError(
                    f"index {self.index_name} not synced within {deadline.describe()} (state "
                    f"{state}, {rows} of {expected_rows} rows indexed): raise that job parameter "
                    "or check the endpoint's capacity"
                )
            time.sleep(self.poll_seconds)


class VectorSearchChunkIndex:
    """Refreshed by a sync after ingestion; searched by vector (the question embedded with the
    endpoint that embedded the chunks), by keyword, or both, as the retrieval mode says."""

    def __init__(
        self,
        client,
        endpoint_name: str,
        index_name: str,
        embedder: Embedder,
        sync_timeout_seconds: float = 3600,
    ) -> None:
        self.client = client
        self.search_index = DatabricksVectorSearch(client, endpoint_name, index_name)
        self.index_name = index_name
        self.embedder = embedder
        self.sync_timeout_seconds = sync_timeout_seconds
        self.location = index_name

    def refresh(self, tables, chunk_table: str, rows: int, changed: bool) -> int:
        from pyspark.sql import functions as F

        if rows == 0:
            raise VectorIndexError("the chunk table is empty: no document yielded text to index")
        first = tables.read(chunk_table).select(F.size("embedding").alias("dimension")).first()
        deadline = Deadline(self.sync_timeout_seconds, "index_sync_timeout_seconds")
        self.search_index.ensure_endpoint(deadline)
        created = self.search_index.ensure_index(
            tables.full_name(chunk_table), int(first["dimension"])
        )
        if not (created or changed or self.search_index.is_behind(rows)):
            return rows
        if not created:
            self.search_index.sync(deadline)
        status = self.search_index.wait_until_synced(rows, deadline)
        return int(status.get("indexed_row_count") or rows)

    def searcher(self, retrieval: RetrievalSettings) -> Callable[[str, int], list[SearchHit]]:
        """The service fuses a hybrid query itself (`retrieval.fusion` is the local index's) and
        re-ranks with its own model if `retrieval.databricks_reranker`."""
        query_type = _QUERY_TYPES[retrieval.mode]
        reranker = _RERANKER if retrieval.databricks_reranker else None

        def search(query: str, k: int) -> list[SearchHit]:
            vector = (
                [float(v) for v in self.embedder.embed([query])[0]]
                if retrieval.mode != KEYWORD
                else None
            )
            response = self.client.vector_search_indexes.query_index(
                index_name=self.index_name,
                columns=INDEX_COLUMNS,
                query_vector=vector,
                query_text=query if query_type else None,
                query_type=query_type,
                num_results=k,
                reranker=reranker,
            )
            # An answer without rows may leave out `result` (or its data_array) and the
            # manifest's columns: the platform's own parser reads every one of them with a
            # default (databricks-ai-bridge 0.22 utils/vector_search.py
            # `parse_vector_search_response`).
            rows = (response.result.data_array if response.result else None) or []
            if not rows:
                return []
            names = [column.name for column in response.manifest.columns]
            hits = []
            for row in rows:
                values = dict(zip(names, row, strict=True))
                hits.append(
                    SearchHit(
                        values["chunk_id"],
                        values["document_path"],
                        # Vector Search returns every value as JSON: 4.0 or "4" for a page.
                        int(float(values["page_number"])),
                        values["chunk_text"],
                        # The service appends the hit's score as the last column.
                        float(values.get("score", row[-1])),
                    )
                )
            return hits

        return search
