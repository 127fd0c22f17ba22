"""Hybrid retrieval: the fusion, the local keyword index and its refresh, the retrieval.mode
setting, and the hybrid and keyword queries at the Vector Search boundary."""

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from {{ cookiecutter.package_name }}.backend.local import LocalBackend
from {{ cookiecutter.package_name }}.backend.workspace import WorkspaceBackend
from {{ cookiecutter.package_name }}.chain.settings import ChainConfigError, ChainSettings
from {{ cookiecutter.package_name }}.retrieval.embeddings import OfflineHashingEmbedder
from {{ cookiecutter.package_name }}.retrieval.fusion import reciprocal_rank_fusion
from {{ cookiecutter.package_name }}.retrieval.index import (
    DENSE,
    HYBRID,
    KEYWORD,
    RetrievalSettings,
    VectorIndexError,
)
from {{ cookiecutter.package_name }}.retrieval.keyword_index import KeywordIndex, terms
from {{ cookiecutter.package_name }}.retrieval.local_index import LocalChunkIndex, LocalVectorIndex
from {{ cookiecutter.package_name }}.retrieval.rerank import rerank

from tests import pdf_factory
from tests.conftest import PROJECT_ROOT

# --- fusion -------------------------------------------------------------------------------------


def test_fusion_adds_weighted_reciprocal_ranks():
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "d"]], [0.5, 0.5], constant=0, k=10)
    assert fused == [("b", 0.75), ("a", 0.5), ("d", 0.25), ("c", pytest.approx(1 / 6))]
    weighted = reciprocal_rank_fusion([["a"], ["b"]], [0.3, 0.7], constant=1, k=10)
    assert weighted == [("b", 0.35), ("a", 0.15)]


def test_fusion_ties_keep_the_order_the_lists_first_name_the_items():
    # x and y score 1/1 + 1/2 each: x is met first (rank 1 of the first list).
    assert [item for item, _ in reciprocal_rank_fusion([["x", "y"], ["y", "x"]], [1, 1], 0, 2)] == [
        "x",
        "y",
    ]
    assert [item for item, _ in reciprocal_rank_fusion([["a"], ["b"]], [1, 1], 60, 2)] == ["a", "b"]
    assert [item for item, _ in reciprocal_rank_fusion([["b"], ["a"]], [1, 1], 60, 2)] == ["b", "a"]


def test_fusion_with_one_side_empty_is_the_other_side_in_order():
    assert reciprocal_rank_fusion([[], ["p", "q"]], [0.3, 0.7], constant=1, k=5) == [
        ("p", 0.35),
        ("q", pytest.approx(0.7 / 3)),
    ]
    assert reciprocal_rank_fusion([["p", "q"], []], [0.3, 0.7], 1, 1) == [("p", 0.15)]
    assert reciprocal_rank_fusion([[], []], [0.5, 0.5], 1, 5) == []


def test_fusion_with_k_larger_than_the_corpus_returns_every_item_once():
    fused = reciprocal_rank_fusion([["a", "b", "a"], ["b", "c"]], [1, 1], 0, k=100)
    assert [item for item, _ in fused] == ["b", "a", "c"]
    assert dict(fused)["a"] == 1.0  # its repeat at rank 3 counts nothing


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (([["a"]], [1, 1], 1, 5), "1 rankings for 2 weights"),
        (([["a"]], [-0.1], 1, 5), "must not be negative"),
        (([["a"]], [1], -1, 5), "rank constant"),
        (([["a"]], [1], 1, 0), "k must be at least 1"),
    ],
)
def test_fusion_refuses_bad_arguments(arguments, message):
    with pytest.raises(ValueError, match=message):
        reciprocal_rank_fusion(*arguments)


# --- the local keyword index --------------------------------------------------------------------

TEXTS = [
    "The zeppelin hangar opens at dawn.",
    "Quokkas live on Rottnest Island; quokka sightings are common.",
    "The hangar doors of the hangar close at dusk.",
]


def test_keyword_index_returns_only_matching_rows_best_first_and_survives_a_save(tmp_path):
    index = KeywordIndex.build(TEXTS)
    rows, scores = index.top("When does the hangar close?", k=10)
    assert rows.tolist() == [2, 0]
    assert scores[0] > scores[1] > 0
    assert index.top("hangar", k=1)[0].tolist() == [2]
    assert index.top("the of and", k=5)[0].tolist() == []  # stop words only
    index.save(tmp_path / "keyword")
    loaded = KeywordIndex.load(tmp_path / "keyword")
    assert len(loaded) == 3
    assert loaded.top("quokka", 5)[0].tolist() == [1]


def test_keyword_index_of_texts_without_terms_matches_nothing(tmp_path):
    for texts in ([], ["", "a 1 2"]):
        index = KeywordIndex.build(texts)
        assert len(index) == len(texts)
        assert index.top("quokka", 3)[0].tolist() == []
        index.save(tmp_path / str(len(texts)))
        assert KeywordIndex.load(tmp_path / str(len(texts))).top("quokka", 3)[0].tolist() == []


def test_keyword_index_matches_inflections_through_the_stemmer():
    index = KeywordIndex.build(
        ["Refunds are paid within 14 days.", "Policies are reviewed yearly.", "The hangar."]
    )
    assert index.top("Is a refund possible?", 5)[0].tolist() == [0]
    assert index.top("which policy", 5)[0].tolist() == [1]
    assert terms("Refunded policies, the 2025 reviews") == ["refund", "polici", "2025", "review"]


def test_keyword_index_idf_is_bm25s_and_grows_with_rarity(tmp_path):
    index = KeywordIndex.build(["hangar dawn", "hangar dusk", "hangar walrus", "quokka"])
    # Lucene's idf: log(1 + (N - n + 0.5) / (n + 0.5)), N = 4 texts.
    assert index.idf("hangar") == pytest.approx(math.log(1 + 1.5 / 3.5))
    assert index.idf("quokka") == pytest.approx(math.log(1 + 3.5 / 1.5))
    assert index.idf("zeppelin") == index.idf("") == 0.0
    index.save(tmp_path / "keyword")
    assert KeywordIndex.load(tmp_path / "keyword").idf("quokka") == index.idf("quokka")
    assert KeywordIndex.build([]).idf("quokka") == 0.0


# --- re-ranking by the best sentences -----------------------------------------------------------

SUBJECT = (
    "The zeppelin hangar is the zeppelin hangar of the airfield. The zeppelin hangar stands "
    "beside the zeppelin hangar road. Zeppelin hangar tours run daily."
)
ANSWER = (
    "The airfield has a museum. In 1929 the hangar roof was rebuilt by Brunel Ironworks after "
    "a storm. Tours run daily."
)
OTHER = "Quokkas live on Rottnest Island. Quokka sightings are common."


def test_rerank_lifts_the_chunk_whose_one_sentence_holds_the_question_rare_words():
    texts = [SUBJECT, ANSWER, OTHER]
    keywords = KeywordIndex.build(texts)
    question = "Which ironworks rebuilt the zeppelin hangar roof after the storm?"
    fused = [(0, 1.0), (1, 0.5), (2, 0.25)]
    assert [row for row, _ in rerank(question, fused, texts, keywords, 0.0, 1)] == [0, 1, 2]
    reranked = rerank(question, fused, texts, keywords, 1.0, 1)
    assert [row for row, _ in reranked][:2] == [1, 0]
    # The share added to each fused score (over the best, 1.0): none for the chunk without a
    # question term, most for the one whose single sentence holds the rare words.
    shares = {row: score - dict(fused)[row] for row, score in reranked}
    assert shares[2] == 0.0 < shares[0] < shares[1] <= 1.0


def test_rerank_ties_keep_the_fused_order_and_an_empty_list_stays_empty():
    texts = [OTHER, OTHER, SUBJECT]
    keywords = KeywordIndex.build(texts)
    # Rows 0 and 1 hold the same text with the same fused score: still in the fused order.
    fused = [(1, 0.5), (0, 0.5), (2, 0.2)]
    assert [row for row, _ in rerank("quokka island", fused, texts, keywords, 1.0, 2)] == [1, 0, 2]
    assert rerank("quokka island", [], texts, keywords, 1.0, 1) == []
    # No question term in the index: every share is 0 and the fused order stays.
    assert [row for row, _ in rerank("walrus", fused, texts, keywords, 1.0, 1)] == [1, 0, 2]
    with pytest.raises(ValueError, match="must not be negative"):
        rerank("quokka", fused, texts, keywords, -1.0, 1)
    with pytest.raises(ValueError, match="at least one sentence"):
        rerank("quokka", fused, texts, keywords, 1.0, 0)


def test_hybrid_search_reranks_and_returns_each_chunk_once_when_k_exceeds_the_corpus():
    texts = [SUBJECT, ANSWER, OTHER]
    frame = pd.DataFrame(
        {
            "chunk_id": ["subject", "answer", "other"],
            "document_path": ["a.pdf", "b.pdf", "c.pdf"],
            "page_number": [1, 1, 1],
            "chunk_text": texts,
            "embedding": list(OfflineHashingEmbedder().embed(texts)),
        }
    )
    index = LocalVectorIndex.from_frame(frame)
    question = "Which ironworks rebuilt the zeppelin hangar roof after the storm?"
    vector = OfflineHashingEmbedder().embed([question])[0]
    reranked = index.hybrid_search(vector, question, 50, retrieval(HYBRID, rerank_weight=1.0))
    assert [hit.chunk_id for hit in reranked] == ["answer", "subject", "other"]
    assert reranked[0].score > reranked[1].score > reranked[2].score
    top = index.hybrid_search(vector, question, 1, retrieval(HYBRID, rerank_weight=1.0))
    assert top == reranked[:1]


class ChunkTable:
    """What LocalChunkIndex.refresh reads of the local tables: a version and the rows."""

    def __init__(self) -> None:
        self.version_number = 0
        self.frame = pd.DataFrame()

    def commit(self, documents: dict[str, str]) -> None:
        embedder = OfflineHashingEmbedder()
        self.version_number += 1
        self.frame = pd.DataFrame(
            {
                "chunk_id": [f"{name}-{self.version_number}" for name in documents],
                "document_path": [f"/pdfs/{name}" for name in documents],
                "page_number": [1] * len(documents),
                "chunk_text": list(documents.values()),
                "embedding": list(embedder.embed(list(documents.values()))),
            }
        )

    def version(self, table: str) -> int:
        return self.version_number

    def full_name(self, table: str) -> str:
        return f"local.rag.{table}"

    def read(self, table: str):
        return self

    def select(self, *columns: str):
        return self

    def toPandas(self) -> pd.DataFrame:  # noqa: N802 (Spark's name)
        return self.frame


def retrieval(mode: str, rerank_weight: float = 0.0) -> RetrievalSettings:
    return RetrievalSettings(
        mode,
        keyword_weight=0.7,
        rrf_constant=1,
        candidates=50,
        rerank_weight=rerank_weight,
        rerank_window=1,
        rerank_candidates=20,
        databricks_reranker=False,
    )


def paths(hits) -> list[str]:
    return [Path(hit.document_path).name for hit in hits]


def test_changed_and_removed_documents_leave_the_keyword_index_with_the_chunk_table(tmp_path):
    table, index = ChunkTable(), LocalChunkIndex(tmp_path / "index", OfflineHashingEmbedder())
    table.commit({"a.pdf": "The zeppelin hangar opens at dawn.", "b.pdf": "Quokkas live here."})
    assert index.refresh(table, "pdf_chunks", 2, changed=True) == 2
    keyword = index.searcher(retrieval(KEYWORD))
    assert paths(keyword("quokkas", 5)) == ["b.pdf"]
    assert paths(keyword("zeppelin", 5)) == ["a.pdf"]

    # The next run's change set: a.pdf changed, b.pdf removed.
    table.commit({"a.pdf": "The walrus enclosure opens at dawn."})
    assert index.refresh(table, "pdf_chunks", 1, changed=True) == 1
    for mode in (KEYWORD, HYBRID):
        search = index.searcher(retrieval(mode))
        assert "b.pdf" not in paths(search("quokkas zeppelin", 5))
        assert [hit.chunk_id for hit in search("walrus", 5)] == ["a.pdf-2"]
    keyword = index.searcher(retrieval(KEYWORD))
    assert keyword("zeppelin", 5) == keyword("quokkas", 5) == []


def test_an_index_without_keywords_is_rebuilt_at_the_same_table_version(tmp_path):
    table, folder = ChunkTable(), tmp_path / "index"
    table.commit({"a.pdf": "The zeppelin hangar opens at dawn."})
    index = LocalChunkIndex(folder, OfflineHashingEmbedder())
    index.refresh(table, "pdf_chunks", 1, changed=True)
    # As a folder written before keyword search: no keyword index, nor its manifest entry.
    manifest = json.loads((folder / "manifest.json").read_text())
    del manifest["keyword_index"]
    (folder / "manifest.json").write_text(json.dumps(manifest))
    assert paths(index.searcher(retrieval(DENSE))("zeppelin", 1)) == ["a.pdf"]
    with pytest.raises(VectorIndexError, match=r"no keyword index.*retrieval.mode: dense"):
        index.searcher(retrieval(HYBRID))

    assert index.refresh(table, "pdf_chunks", 1, changed=False) == 1
    assert paths(index.searcher(retrieval(HYBRID))("zeppelin", 1)) == ["a.pdf"]


@pytest.mark.spark
def test_ingestion_runs_update_the_keyword_index_with_their_change_set(spark, tmp_path):
    from {{ cookiecutter.package_name }}.backend.targets import backend_for
    from {{ cookiecutter.package_name }}.ingestion.task import run

    from tests.test_pdf_chunks_embeddings import config_for

    source = tmp_path / "pdfs"
    source.mkdir()
    (source / "hangar.pdf").write_bytes(pdf_factory.text_pdf(["The zeppelin hangar. " * 20]))
    (source / "island.pdf").write_bytes(pdf_factory.text_pdf(["Quokkas live here. " * 20]))
    config = config_for(source)
    folder = backend_for(config.target).index_folder(config.index_full_name)
    run(spark, config)

    def keyword(query: str) -> list[str]:
        return paths(
            LocalChunkIndex(folder, OfflineHashingEmbedder()).searcher(retrieval(KEYWORD))(
                query, 50
            )
        )

    assert set(keyword("quokkas zeppelin")) == {"hangar.pdf", "island.pdf"}

    (source / "hangar.pdf").write_bytes(pdf_factory.text_pdf(["The walrus enclosure. " * 20]))
    (source / "island.pdf").unlink()
    run(spark, config)
    assert keyword("quokkas zeppelin") == []
    assert set(keyword("walrus")) == {"hangar.pdf"}


# --- the retrieval.mode setting -----------------------------------------------------------------


def chain_config(**retrieval) -> dict:
    config = yaml.safe_load((PROJECT_ROOT / "config" / "rag_chain.yml").read_text())
    config["retrieval"].update(retrieval)
    config.update(
        target="local",
        embedder={"kind": "offline"},
        index={"kind": "local", "folder": "/unused"},
        chat_model={**config["chat_model"], "kind": "offline"},
    )
    return config


def test_the_shipped_mode_is_hybrid_with_its_fusion_settings():
    settings = ChainSettings.from_config(chain_config())
    assert settings.retrieval == RetrievalSettings(HYBRID, 0.7, 1, 50, 1.0, 1, 10, False)


@pytest.mark.parametrize(
    ("retrieval", "message"),
    [
        ({"mode": "semantic"}, r"retrieval\.mode is 'semantic'"),
        ({"mode": None}, r"retrieval\.mode"),
        (
            {"fusion": {"keyword_weight": 1.5, "rrf_constant": 1, "candidates": 50}},
            "keyword_weight",
        ),
        ({"fusion": {"keyword_weight": 0.5, "rrf_constant": -1, "candidates": 50}}, "rrf_constant"),
        ({"fusion": {"keyword_weight": 0.5, "rrf_constant": 1, "candidates": 0}}, "candidates"),
        ({"fusion": {"keyword_weight": 0.5, "rrf_constant": 1}}, r"fusion\.candidates is missing"),
        ({"rerank": {"weight": -1.0, "window_sentences": 1, "candidates": 20}}, "weight"),
        ({"rerank": {"weight": 0.5, "window_sentences": 0, "candidates": 20}}, "window_sentences"),
        ({"rerank": {"weight": 0.5, "window_sentences": 1}}, r"rerank\.candidates is missing"),
        ({"databricks_reranker": "yes"}, "databricks_reranker"),
    ],
)
def test_bad_retrieval_settings_name_the_key(retrieval, message):
    with pytest.raises(ChainConfigError, match=message):
        ChainSettings.from_config(chain_config(**retrieval))


def test_a_config_without_a_mode_is_refused():
    config = chain_config()
    del config["retrieval"]["mode"]
    with pytest.raises(ChainConfigError, match=r"retrieval\.mode is missing"):
        ChainSettings.from_config(config)


def test_the_local_chain_searches_as_the_mode_says(sample_index):
    question = "What is the maximum hotel rate in London?"
    folder = {"kind": "local", "folder": str(sample_index)}

    def top(mode: str, query: str = question) -> list:
        settings = ChainSettings.from_config({**chain_config(mode=mode), "index": folder})
        return LocalBackend().searcher(settings)(query, 1)

    # The vector's nearest page is the vacuum manual's; the keywords name the travel policy.
    assert paths(top(DENSE)) == ["robot_vacuum_manual.pdf"]
    assert paths(top(KEYWORD)) == paths(top(HYBRID)) == ["travel_expense_policy.pdf"]
    assert top(KEYWORD, "?? the of") == []
    assert len(top(DENSE, "?? the of")) == 1


def test_a_hybrid_hit_scores_by_fusion_and_a_local_query_needs_no_match(tmp_path):
    frame = pd.DataFrame(
        {
            "chunk_id": ["c0", "c1"],
            "document_path": ["a.pdf", "b.pdf"],
            "page_number": [1, 2],
            "chunk_text": ["zeppelin hangar", "walrus enclosure"],
            "embedding": [np.array([1.0, 0.0]), np.array([0.0, 1.0])],
        }
    )
    index = LocalVectorIndex.from_frame(frame)
    hits = index.hybrid_search(np.array([0.0, 1.0]), "zeppelin", 5, retrieval(HYBRID))
    # c0: keyword rank 1 (0.7 / 2) and dense rank 2 (0.3 / 3); c1: dense rank 1 only (0.3 / 2).
    assert [(hit.chunk_id, hit.score) for hit in hits] == [
        ("c0", pytest.approx(0.45)),
        ("c1", pytest.approx(0.15)),
    ]


# --- Vector Search ------------------------------------------------------------------------------


def workspace_settings(mode: str, databricks_reranker: bool = False) -> ChainSettings:
    return ChainSettings.from_config(
        {
            **chain_config(mode=mode, databricks_reranker=databricks_reranker),
            "target": "staging",
            "embedder": {"kind": "databricks", "endpoint": "databricks-gte-large-en"},
            "index": {"kind": "databricks", "name": "main.rag.chunks_index", "endpoint": "vs"},
            "chat_model": {"kind": "databricks"},
        }
    )


def test_hybrid_mode_sends_the_text_and_the_vector_in_one_hybrid_query(replay, workspace_client):
    replay("vector_search_hybrid_query")
    search = WorkspaceBackend("staging", workspace_client).searcher(workspace_settings(HYBRID))
    hits = search("What does error code E07 mean?", 2)
    assert [(hit.chunk_id, hit.page_number, hit.score) for hit in hits] == [
        ("c1", 4, 0.033),
        ("c2", 1, 0.016),
    ]
    assert hits[0].chunk_text.startswith("E07 - Battery temperature")


def test_the_databricks_reranker_is_asked_for_in_the_query_when_configured(
    replay, workspace_client
):
    # The exchange's request holds the reranker block: the replay refuses a query without it.
    replay("vector_search_reranked_query")
    settings = workspace_settings(HYBRID, databricks_reranker=True)
    hits = WorkspaceBackend("staging", workspace_client).searcher(settings)(
        "What does error code E07 mean?", 2
    )
    assert [(hit.chunk_id, hit.score) for hit in hits] == [("c1", 0.91), ("c2", 0.12)]


def test_keyword_mode_sends_a_full_text_query_without_embedding(replay, workspace_client):
    # The exchange file holds no embedding call: the replay fails on any request it lacks.
    replay("vector_search_full_text_query")
    search = WorkspaceBackend("staging", workspace_client).searcher(workspace_settings(KEYWORD))
    hits = search("E07 battery temperature", 1)
    assert [(hit.chunk_id, hit.score) for hit in hits] == [("c1", 7.25)]
