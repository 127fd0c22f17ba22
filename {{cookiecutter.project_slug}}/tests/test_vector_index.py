import numpy as np
import pandas as pd
import pytest

from {{ cookiecutter.package_name }}.deadlines import Deadline
from {{ cookiecutter.package_name }}.retrieval.index import VectorIndexError
from {{ cookiecutter.package_name }}.retrieval.local_index import LocalVectorIndex
from {{ cookiecutter.package_name }}.retrieval.vector_search import DatabricksVectorSearch

INDEX = "dev.rag.chunks_index"
SOURCE = "dev.rag.pdf_chunks"


def budget(seconds: float) -> Deadline:
    return Deadline(seconds, "index_sync_timeout_seconds")


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
    search.ensure_endpoint(budget(60))
    assert search.ensure_index(SOURCE, embedding_dimension=4) is True
    status = search.wait_until_synced(12, budget(60))
    assert status["indexed_row_count"] == 12


def test_existing_index_is_synced_and_waited_for_until_all_rows_are_in(replay, workspace_client):
    replay("vector_search_sync_existing")
    search = DatabricksVectorSearch(workspace_client, "rag-vs", INDEX, poll_seconds=0)
    search.ensure_endpoint(budget(60))
    assert search.ensure_index(SOURCE, embedding_dimension=4) is False
    search.sync(budget(60))
    assert search.wait_until_synced(15, budget(60))["indexed_row_count"] == 15


def test_sync_refused_while_syncing_waits_and_triggers_again(replay, workspace_client):
    replay("vector_search_sync_while_syncing")
    DatabricksVectorSearch(workspace_client, "rag-vs", INDEX, poll_seconds=0).sync(budget(60))


def test_index_with_another_dimension_is_refused_with_the_fix(replay, workspace_client):
    replay("vector_search_index_other_dimension")
    search = DatabricksVectorSearch(workspace_client, "rag-vs", INDEX, poll_seconds=0)
    with pytest.raises(VectorIndexError, match=r"768-dimensional.*new name"):
        search.ensure_index(SOURCE, embedding_dimension=4)


def test_failed_index_fails_at_once(replay, workspace_client):
    replay("vector_search_index_failed")
    search = DatabricksVectorSearch(workspace_client, "rag-vs", INDEX, poll_seconds=0)
    with pytest.raises(VectorIndexError, match="OFFLINE_FAILED"):
        search.wait_until_synced(12, budget(60))


def test_sync_that_outlasts_the_timeout_names_the_parameter(replay, workspace_client):
    replay("vector_search_index_still_syncing")
    search = DatabricksVectorSearch(workspace_client, "rag-vs", INDEX, poll_seconds=0)
    with pytest.raises(VectorIndexError, match="index_sync_timeout_seconds"):
        search.wait_until_synced(15, budget(0))


def test_an_index_with_another_row_count_than_the_table_is_behind(replay, workspace_client):
    replay("vector_search_index_online", "vector_search_index_online")
    search = DatabricksVectorSearch(workspace_client, "rag-vs", INDEX, poll_seconds=0)
    assert search.is_behind(rows=15)
    assert not search.is_behind(rows=12)


def test_the_waits_of_one_refresh_share_the_sync_budget(replay, workspace_client, fake_clock):
    # A sync already running is waited out (two polls, 60 s apart), the new sync triggered, and
    # the wait for it gets only what is left of the 50 s budget: nothing, so it fails at its
    # first poll instead of waiting 50 s more.
    replay("vector_search_sync_while_syncing", "vector_search_index_still_syncing")
    search = DatabricksVectorSearch(workspace_client, "rag-vs", INDEX, poll_seconds=60)
    deadline = budget(50)
    search.sync(deadline)
    with pytest.raises(VectorIndexError, match=r"index_sync_timeout_seconds \(50s, shared"):
        search.wait_until_synced(expected_rows=15, deadline=deadline)
    assert fake_clock.now == 60


def seeded_frame(rows: int, dimension: int, seed: int) -> pd.DataFrame:
    """Non-negative vectors with about half their dimensions zero, like hashed text."""
    rng = np.random.default_rng(seed)
    vectors = rng.random((rows, dimension)) * (rng.random((rows, dimension)) < 0.5)
    return frame(list(vectors))


def exact_top(vectors: np.ndarray, query: np.ndarray, k: int) -> list[str]:
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    scores = unit.astype(np.float64) @ (query / np.linalg.norm(query))
    return [f"c{i}" for i in np.argsort(-scores)[:k]]


# Up to 8 of 64 dimensions (SPARSE_QUERY_SHARE) the query is scored from its columns only.
@pytest.mark.parametrize("non_zero", [1, 3, 8, 9, 40, 64], ids=lambda n: f"{n}-of-64-dims")
def test_sparse_and_dense_queries_both_return_the_exact_top_k(non_zero):
    rows = seeded_frame(400, 64, seed=3)
    vectors = np.vstack(rows["embedding"].to_numpy())
    index = LocalVectorIndex.from_frame(rows)
    rng = np.random.default_rng(non_zero)
    for _ in range(20):
        query = np.zeros(64, dtype=np.float32)
        query[rng.choice(64, non_zero, replace=False)] = rng.random(non_zero) + 0.1
        hits = index.search(query, k=10)
        assert [hit.chunk_id for hit in hits] == exact_top(vectors, query, 10)
        unit_query = query / np.linalg.norm(query)
        best = vectors[int(hits[0].chunk_id[1:])]
        assert hits[0].score == pytest.approx(best @ unit_query / np.linalg.norm(best), rel=1e-5)


def test_index_saved_row_major_loads_column_major_with_the_same_answers(tmp_path):
    index = LocalVectorIndex.from_frame(seeded_frame(50, 16, seed=5), source_version="1")
    folder = tmp_path / "index"
    index.save(folder)
    # vectors.npy as another writer may save it, row-major: it loads column-major, unchanged.
    np.save(folder / "vectors.npy", np.ascontiguousarray(index.vectors))
    loaded = LocalVectorIndex.load(folder)
    assert loaded.vectors.flags.f_contiguous
    np.testing.assert_array_equal(loaded.vectors, index.vectors)
    query = np.arange(16, dtype=np.float32)
    assert loaded.search(query, k=5) == index.search(query, k=5)


def test_k_below_one_is_refused():
    with pytest.raises(ValueError, match="k must be at least 1"):
        LocalVectorIndex.from_frame(frame([[1, 0]])).search(np.array([1.0, 0.0]), k=0)
