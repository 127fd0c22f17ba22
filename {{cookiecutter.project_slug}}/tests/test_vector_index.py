import numpy as np
import pandas as pd
import pytest

from {{ cookiecutter.package_name }}.vector_index import (
    DatabricksVectorSearch,
    LocalVectorIndex,
    VectorIndexError,
)

INDEX = "dev.rag.chunks_index"
SOURCE = "dev.rag.pdf_chunks"


def frame(vectors) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "chunk_id": [f"c{i}" for i in range(len(vectors))],
            "document_path": [f"doc{i}.pdf" for i in range(len(vectors))],
            "page_number": list(range(1, len(vectors) + 1)),
            "chunk_text": [f"text {i}" for i in range(len(vectors))],
            "embedding": [np.asarray(v, dtype=np.float32) for v in vectors],
        }
    )


def test_search_ranks_by_cosine_and_returns_metadata():
    index = LocalVectorIndex.from_frame(
        frame([[1, 0, 0], [0.8, 0.6, 0], [0, 0, 5]]), source_table=SOURCE
    )
    hits = index.search(np.array([1.0, 0.1, 0.0]), k=2)
    assert [h.chunk_id for h in hits] == ["c0", "c1"]
    assert hits[0].document_path == "doc0.pdf"
    assert hits[0].page_number == 1
    assert hits[0].score > hits[1].score
    assert index.search(np.array([0, 0, 1.0]), k=10)[0].chunk_id == "c2"


def test_save_and_load_round_trip_and_replace(tmp_path):
    folder = tmp_path / "index"
    LocalVectorIndex.from_frame(frame([[1, 0], [0, 1]]), source_version="1").save(folder)
    LocalVectorIndex.from_frame(frame([[1, 0], [0, 1], [1, 1]]), source_version="2").save(folder)
    loaded = LocalVectorIndex.load(folder)
    assert len(loaded) == 3
    assert loaded.manifest["source_version"] == "2"
    assert LocalVectorIndex.manifest_of(folder)["rows"] == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index"]


def test_query_of_the_wrong_dimension_is_a_clear_error():
    index = LocalVectorIndex.from_frame(frame([[1, 0, 0]]))
    with pytest.raises(VectorIndexError, match="embed questions with the embedder"):
        index.search(np.array([1.0, 0.0]))


def test_empty_index_returns_nothing_and_missing_index_says_what_to_run(tmp_path):
    assert LocalVectorIndex.from_frame(frame([])).search(np.array([1.0])) == []
    with pytest.raises(VectorIndexError, match="run the job"):
        LocalVectorIndex.load(tmp_path / "nowhere")


def test_creates_missing_endpoint_and_index_then_waits_for_the_first_sync(replay, workspace_client):
    replay("vector_search_create_endpoint_and_index")
    search = DatabricksVectorSearch(workspace_client, "rag-vs", INDEX, poll_seconds=0)
    search.ensure_endpoint(timeout_seconds=60)
    assert search.ensure_index(SOURCE, embedding_dimension=4) is True
    status = search.wait_until_synced(expected_rows=12, timeout_seconds=60)
    assert status["indexed_row_count"] == 12


def test_existing_index_is_synced_and_waited_for_until_all_rows_are_in(replay, workspace_client):
    replay("vector_search_sync_existing")
    search = DatabricksVectorSearch(workspace_client, "rag-vs", INDEX, poll_seconds=0)
    search.ensure_endpoint(timeout_seconds=60)
    assert search.ensure_index(SOURCE, embedding_dimension=4) is False
    search.sync(timeout_seconds=60)
    assert search.wait_until_synced(expected_rows=15, timeout_seconds=60)["indexed_row_count"] == 15


def test_sync_refused_while_syncing_waits_and_triggers_again(replay, workspace_client):
    replay("vector_search_sync_while_syncing")
    DatabricksVectorSearch(workspace_client, "rag-vs", INDEX, poll_seconds=0).sync(60)


def test_index_with_another_dimension_is_refused_with_the_fix(replay, workspace_client):
    replay("vector_search_index_other_dimension")
    search = DatabricksVectorSearch(workspace_client, "rag-vs", INDEX, poll_seconds=0)
    with pytest.raises(VectorIndexError, match=r"768-dimensional.*new name"):
        search.ensure_index(SOURCE, embedding_dimension=4)


def test_failed_index_fails_at_once(replay, workspace_client):
    replay("vector_search_index_failed")
    search = DatabricksVectorSearch(workspace_client, "rag-vs", INDEX, poll_seconds=0)
    with pytest.raises(VectorIndexError, match="OFFLINE_FAILED"):
        search.wait_until_synced(expected_rows=12, timeout_seconds=60)


def test_sync_that_outlasts_the_timeout_names_the_parameter(replay, workspace_client):
    replay("vector_search_index_still_syncing")
    search = DatabricksVectorSearch(workspace_client, "rag-vs", INDEX, poll_seconds=0)
    with pytest.raises(VectorIndexError, match="index_sync_timeout_seconds"):
        search.wait_until_synced(expected_rows=15, timeout_seconds=0)
