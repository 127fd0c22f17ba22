"""Vector Search states task 1 and the chain meet on a workspace beyond the usual sync: an index
reported plainly ONLINE, a stopped or offline endpoint, a query answered without rows."""

import pytest

from {{ cookiecutter.package_name }}.backend.workspace import WorkspaceBackend
from {{ cookiecutter.package_name }}.deadlines import Deadline
from {{ cookiecutter.package_name }}.retrieval.index import KEYWORD, VectorIndexError
from {{ cookiecutter.package_name }}.retrieval.vector_search import DatabricksVectorSearch

from tests.test_hybrid_retrieval import workspace_settings

INDEX = "dev.rag.chunks_index"


def budget(seconds: float) -> Deadline:
    return Deadline(seconds, "index_sync_timeout_seconds")


def test_an_index_reported_online_without_an_update_is_synced(replay, workspace_client):
    # No time to wait: a state not taken for synced would fail on the deadline.
    replay("vector_search_index_online_plain")
    search = DatabricksVectorSearch(workspace_client, "rag-vs", INDEX, poll_seconds=0)
    assert search.wait_until_synced(12, budget(0))["detailed_state"] == "ONLINE"


def test_a_stopped_endpoint_fails_at_once_and_says_to_start_it(replay, workspace_client):
    # One exchange: the SDK's waiter would poll a stopped endpoint until the whole budget is gone.
    replay("vector_search_endpoint_stopped")
    search = DatabricksVectorSearch(workspace_client, "rag-vs", INDEX, poll_seconds=0)
    with pytest.raises(VectorIndexError, match=r"rag-vs is STOPPED.*Start it"):
        search.ensure_endpoint(budget(3600))


def test_an_offline_endpoint_is_the_projects_error(replay, workspace_client):
    replay("vector_search_endpoint_offline")
    search = DatabricksVectorSearch(workspace_client, "rag-vs", INDEX, poll_seconds=0)
    with pytest.raises(VectorIndexError, match="rag-vs is offline"):
        search.ensure_endpoint(budget(3600))


def test_a_query_answered_without_rows_finds_nothing(replay, workspace_client):
    replay("vector_search_query_without_rows")
    settings = workspace_settings(KEYWORD)
    assert WorkspaceBackend("staging", workspace_client).searcher(settings)("zeppelin", 1) == []
