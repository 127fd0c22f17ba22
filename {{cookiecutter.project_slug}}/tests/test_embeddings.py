import numpy as np
import pytest

from {{ cookiecutter.package_name }}.embeddings import (
    DatabricksEndpointEmbedder,
    EmbedderSpec,
    EmbeddingError,
    OfflineHashingEmbedder,
    require_serving_endpoint,
)


def test_offline_embedder_is_deterministic_normalised_and_lexical():
    texts = [
        "The robot vacuum battery lasts two hours.",
        "How long does the vacuum battery last?",
        "Travel expenses need approval from a manager.",
    ]
    first = OfflineHashingEmbedder(256).embed(texts)
    second = EmbedderSpec("offline", dimension=256).create().embed(texts)
    assert first.shape == (3, 256)
    assert first.dtype == np.float32
    np.testing.assert_array_equal(first, second)
    np.testing.assert_allclose(np.linalg.norm(first, axis=1), 1.0, rtol=1e-5)
    assert first[0] @ first[1] > first[0] @ first[2]


def test_offline_embedder_handles_no_texts():
    assert OfflineHashingEmbedder(64).embed([]).shape == (0, 64)


def test_unknown_embedder_kind_is_refused():
    with pytest.raises(ValueError, match="unknown embedder kind"):
        EmbedderSpec("word2vec").create()


def test_endpoint_embedder_batches_and_orders_by_index(replay, workspace_client):
    replay("embeddings_two_batches")
    embedder = DatabricksEndpointEmbedder(
        "databricks-gte-large-en", batch_size=2, client=workspace_client
    )
    vectors = embedder.embed(["first chunk", "second chunk", "third chunk"])
    np.testing.assert_array_equal(vectors, np.eye(3, dtype=np.float32))


def test_endpoint_that_returns_no_embeddings_is_a_clear_error(replay, workspace_client):
    replay("embeddings_chat_endpoint")
    embedder = DatabricksEndpointEmbedder(
        "databricks-meta-llama-3-3-70b-instruct", client=workspace_client
    )
    with pytest.raises(EmbeddingError, match="is it an embedding endpoint"):
        embedder.embed(["a chunk"])


def test_missing_endpoint_names_the_variable_and_the_choices(replay, workspace_client):
    replay("serving_endpoint_missing")
    with pytest.raises(EmbeddingError) as error:
        require_serving_endpoint(workspace_client, "databricks-gte-large-v9", "embedding_endpoint")
    message = str(error.value)
    assert "'embedding_endpoint'" in message
    assert "databricks-bge-large-en, databricks-gte-large-en" in message


def test_batch_size_above_the_endpoint_limit_is_refused():
    with pytest.raises(ValueError, match="between 1 and 150"):
        DatabricksEndpointEmbedder("e", batch_size=500)
