from itertools import pairwise

import numpy as np
import pytest

from {{ cookiecutter.package_name }}.backend.kinds import EmbedderSpec
from {{ cookiecutter.package_name }}.retrieval.embeddings import (
    DatabricksEndpointEmbedder,
    EmbeddingError,
    OfflineHashingEmbedder,
    lexical_terms,
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


def test_offline_embedder_handles_no_texts_and_texts_of_stop_words_only():
    assert OfflineHashingEmbedder(64).embed([]).shape == (0, 64)
    np.testing.assert_array_equal(OfflineHashingEmbedder(64).embed(["and of the"]), 0)


def test_terms_are_accent_free_content_words_with_plurals_folded():
    text = "The Hotels' policies: this process, its status and analysis of refunds at the café"
    assert lexical_terms(text) == [
        "hotel",
        "policy",
        "process",
        "status",
        "analysis",
        "refund",
        "cafe",
    ]


def test_inflections_match_through_character_grams():
    embedder = OfflineHashingEmbedder()
    question, refunds, deliveries = embedder.embed(
        [
            "How long until I am refunded?",
            "Refunds take five working days.",
            "Deliveries take five working days.",
        ]
    )
    # No word is shared with either text; only the grams of "refund" tell them apart.
    assert question @ refunds > question @ deliveries + 0.1


def test_each_words_grams_hashed_once_give_the_vectors_of_hashing_every_occurrence():
    from sklearn.feature_extraction.text import HashingVectorizer

    def words_and_pairs(words):
        return words + [f"{a} {b}" for a, b in pairwise(words)]

    def every_gram(words):
        return [f" {w} "[i : i + 4] for w in words for i in range(len(w) - 1)]

    texts = [
        "Refunds take five working days; refunded orders show the refund date.",
        "the of and",
        "Battery battery BATTERY: the vacuum's battery lasts 150 minutes in Eco mode.",
    ]
    words = [lexical_terms(text) for text in texts]
    reference = sum(
        HashingVectorizer(n_features=128, analyzer=analyzer, norm="l2").transform(words)
        for analyzer in (words_and_pairs, every_gram)
    ).toarray()
    norms = np.linalg.norm(reference, axis=1, keepdims=True)
    reference /= np.where(norms == 0, 1, norms)
    np.testing.assert_allclose(OfflineHashingEmbedder(128).embed(texts), reference, atol=1e-6)


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
