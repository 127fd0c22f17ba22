"""Task 1: the pure per-document functions without Spark, then the whole task on local Spark."""

import hashlib
from datetime import datetime

import numpy as np
import pandas as pd
import pytest
from pyspark.sql import functions as F

from {{ cookiecutter.package_name }}.backend.targets import backend_for
from {{ cookiecutter.package_name }}.ingestion.change_set import (
    chunking_of,
    document_updates,
    plan_ingestion,
)
from {{ cookiecutter.package_name }}.ingestion.chunking import ChunkingSettings
from {{ cookiecutter.package_name }}.ingestion.documents import process_documents
from {{ cookiecutter.package_name }}.ingestion.errors import IngestionError, SourceError
from {{ cookiecutter.package_name }}.ingestion.schemas import (
    CHUNK_ROW,
    DOCUMENT_ROW,
    UNCHANGED,
)
from {{ cookiecutter.package_name }}.ingestion.sources import FileState, in_source
from {{ cookiecutter.package_name }}.ingestion.tables import ACTION, DELETE, UPSERT, LocalTables
from {{ cookiecutter.package_name }}.ingestion.task import run
from {{ cookiecutter.package_name }}.parameters import IngestionParameters, ParameterError
from {{ cookiecutter.package_name }}.retrieval.embeddings import OfflineHashingEmbedder
from {{ cookiecutter.package_name }}.retrieval.local_index import LocalVectorIndex

from tests import pdf_factory

PARAMETERS = {
    "target": "local",
    "catalog": "local",
    "schema": "rag",
    "source_path": "",
    "chunk_table": "pdf_chunks",
    "documents_table": "pdf_documents",
    "embedding_endpoint": "databricks-gte-large-en",
    "vector_search_endpoint": "vs",
    "vector_search_index": "chunks_index",
    "chunk_size_tokens": "60",
    "chunk_overlap_tokens": "10",
    "max_failure_ratio": "0.5",
    "index_sync_timeout_seconds": "60",
}
T0 = datetime(2026, 11, 1, 12, 0, 0)
T1 = datetime(2026, 11, 2, 12, 0, 0)


def config_for(folder, **overrides) -> IngestionParameters:
    return IngestionParameters.from_parameters(
        {**PARAMETERS, "source_path": str(folder), **overrides}.get
    )


EMBEDDER = OfflineHashingEmbedder().name
CHUNKING = chunking_of(ChunkingSettings(60, 10))


def known(*rows) -> pd.DataFrame:
    """Document rows (path, time, size, status, indexed sha, embedder), chunked with CHUNKING."""
    return pd.DataFrame(
        [(*row, CHUNKING) for row in rows],
        columns=[
            "document_path",
            "modification_time",
            "size_bytes",
            "status",
            "indexed_sha256",
            "embedder",
            "chunking",
        ],
    )


# --- pure functions ---------------------------------------------------------------------------


def test_plan_reads_only_new_and_moved_files_and_spots_removed_ones():
    current = [FileState("a.pdf", T0, 10), FileState("b.pdf", T1, 20), FileState("c.pdf", T0, 30)]
    before = known(
        ("a.pdf", pd.Timestamp(T0), 10, "ok", "x", EMBEDDER),
        ("b.pdf", pd.Timestamp(T0), 20, "ok", "y", EMBEDDER),
        ("gone.pdf", pd.Timestamp(T0), 5, "ok", "z", EMBEDDER),
    )
    plan = plan_ingestion(current, before, EMBEDDER, CHUNKING)
    assert plan.to_process == ("b.pdf", "c.pdf")
    assert plan.unchanged == ("a.pdf",)
    assert plan.removed == ("gone.pdf",)
    assert plan.reembed == ()


def test_plan_re_embeds_unchanged_files_another_embedder_indexed():
    current = [FileState(name, T0, 10) for name in ("a.pdf", "b.pdf", "bad.pdf")]
    before = known(
        ("a.pdf", pd.Timestamp(T0), 10, "ok", "x", "another-embedder-512"),
        ("b.pdf", pd.Timestamp(T0), 10, "ok", "y", EMBEDDER),
        # Nothing of a document that never parsed is indexed, so nothing needs re-embedding.
        ("bad.pdf", pd.Timestamp(T0), 10, "corrupt", None, None),
    )
    plan = plan_ingestion(current, before, EMBEDDER, CHUNKING)
    assert plan.to_process == plan.reembed == ("a.pdf",)
    assert plan.unchanged == ("b.pdf", "bad.pdf")


def test_source_scope_is_a_folder_not_a_string_prefix():
    documents = pd.DataFrame({"document_path": ["/data/a/x.pdf", "/data/ab/y.pdf", "/other/z.pdf"]})
    assert list(in_source(documents, "/data/a/")["document_path"]) == ["/data/a/x.pdf"]
    assert list(in_source(documents, "dbfs:/data/ab")["document_path"]) == ["/data/ab/y.pdf"]


def files_frame(**documents: bytes) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "path": f"file:/data/{name}.pdf",
                "modificationTime": T0,
                "length": len(data),
                "content": data,
            }
            for name, data in documents.items()
        ]
    )


def test_process_documents_emits_statuses_chunks_and_vectors():
    good = pdf_factory.text_pdf(["The dock needs half a metre of clearance. " * 20, "Page two."])
    frame = process_documents(
        files_frame(good=good, bad=pdf_factory.corrupt_pdf(), empty=b""),
        ChunkingSettings(60, 10),
        OfflineHashingEmbedder(32),
        {},
    )
    documents = frame[frame.row_kind == DOCUMENT_ROW].set_index("file_name")
    assert documents.loc["good.pdf", "status"] == "ok"
    assert documents.loc["good.pdf", "page_count"] == 2
    assert documents.loc["bad.pdf", "status"] == "corrupt"
    assert documents.loc["empty.pdf", "status"] == "empty"
    assert documents.loc["good.pdf", "content_sha256"] == hashlib.sha256(good).hexdigest()
    chunks = frame[frame.row_kind == CHUNK_ROW]
    assert documents.loc["good.pdf", "chunk_count"] == len(chunks) > 2
    assert set(chunks.page_number) == {1, 2}
    assert all(len(vector) == 32 for vector in chunks.embedding)
    assert documents.embedding.isna().all()
    assert documents.loc["good.pdf", "document_path"] == "/data/good.pdf"


def test_content_already_indexed_is_neither_parsed_nor_embedded(job_parameters):
    data = pdf_factory.text_pdf(["unchanged words"])

    class Refuse:
        name = "refuse"

        def embed(self, texts):
            assert not texts, "nothing should be embedded"
            return []

    frame = process_documents(
        files_frame(same=data),
        IngestionParameters.from_parameters(job_parameters.get).chunking,
        Refuse(),
        {"/data/same.pdf": hashlib.sha256(data).hexdigest()},
    )
    assert list(frame.status) == [UNCHANGED]


def test_a_new_unreadable_version_keeps_the_previous_chunks():
    previous = pd.DataFrame(
        [
            {
                "document_path": "a.pdf",
                "file_name": "a.pdf",
                "content_sha256": "old",
                "modification_time": T0,
                "size_bytes": 10,
                "status": "ok",
                "reason": "",
                "page_count": 2,
                "chunk_count": 7,
                "indexed_sha256": "old",
                "embedder": "another-embedder-512",
                "processed_at": T0,
                "chunking": CHUNKING,
            },
            {
                "document_path": "gone.pdf",
                "file_name": "gone.pdf",
                "content_sha256": "g",
                "modification_time": T0,
                "size_bytes": 1,
                "status": "ok",
                "reason": "",
                "page_count": 1,
                "chunk_count": 1,
                "indexed_sha256": "g",
                "embedder": EMBEDDER,
                "processed_at": T0,
                "chunking": CHUNKING,
            },
        ]
    )
    staged = pd.DataFrame(
        [
            {
                "document_path": "a.pdf",
                "file_name": "a.pdf",
                "content_sha256": "new",
                "modification_time": T1,
                "size_bytes": 11,
                "status": "corrupt",
                "reason": "pypdf cannot read it",
                "page_count": 0,
                "chunk_count": 0,
            }
        ]
    )
    changes = document_updates(previous, staged, ("gone.pdf",), EMBEDDER, CHUNKING)
    changes = changes.set_index("document_path")
    assert changes.loc["a.pdf", ACTION] == UPSERT
    assert changes.loc["a.pdf", "status"] == "corrupt"
    assert changes.loc["a.pdf", "indexed_sha256"] == "old"
    assert changes.loc["a.pdf", "chunk_count"] == 7
    assert changes.loc["a.pdf", "embedder"] == "another-embedder-512", "its kept chunks' embedder"
    assert "previous version's chunks stay indexed" in changes.loc["a.pdf", "reason"]
    assert changes.loc["gone.pdf", ACTION] == DELETE


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("chunk_size_tokens", "lots", "must be a whole number"),
        ("chunk_size_tokens", "8", "must be at least 16"),
        ("chunk_overlap_tokens", "40", "between 0 and half"),
        ("max_failure_ratio", "1.5", "must be at most 1.0"),
        ("catalog", " ", "'catalog' is empty"),
    ],
)
def test_bad_parameters_name_the_parameter(name, value, message):
    with pytest.raises(ParameterError, match=message):
        config_for("/x", **{name: value})


def test_missing_parameter_says_how_to_run_the_notebook():
    def get(name):
        raise KeyError(name)

    with pytest.raises(ParameterError, match="run this notebook as a task of the bundle's job"):
        IngestionParameters.from_parameters(get)


def test_workspace_targets_embed_with_the_endpoint_and_local_offline():
    local = config_for("/x")
    assert backend_for(local.target).embedder_spec(local.embedding_endpoint).kind == "offline"
    staging = config_for("/x", target="staging")
    workspace = backend_for(staging.target).embedder_spec(staging.embedding_endpoint)
    assert (workspace.kind, workspace.endpoint) == ("databricks", "databricks-gte-large-en")


# --- the whole task on local Spark -----------------------------------------------------------


def write(folder, name: str, data: bytes) -> None:
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def tables_of(spark, config):
    return backend_for(config.target).tables(spark, config.catalog, config.schema)


def statuses(spark, config) -> dict[str, str]:
    documents = tables_of(spark, config).read(config.documents_table).collect()
    return {row.file_name: row.status for row in documents}


def chunk_ids(spark, config, file_name=None) -> set[str]:
    rows = tables_of(spark, config).read(config.chunk_table).collect()
    return {row.chunk_id for row in rows if file_name in (None, row.file_name)}


def index_of(config) -> LocalVectorIndex:
    return LocalVectorIndex.load(backend_for(config.target).index_folder(config.index_full_name))


LEAVE = ["Annual leave is 27 days. " * 25, "Remote work on Tuesdays and Thursdays. " * 20]
VACUUM = ["The battery lasts 150 minutes in Eco mode. " * 30]


@pytest.mark.spark
def test_bad_documents_get_status_rows_and_good_ones_are_indexed(spark, tmp_path):
    source = tmp_path / "pdfs"
    write(source, "leave.pdf", pdf_factory.text_pdf(LEAVE))
    write(source, "nested/vacuum.pdf", pdf_factory.text_pdf(VACUUM))
    write(source, "locked.pdf", pdf_factory.encrypted_pdf(["secret"]))
    write(source, "scan.pdf", pdf_factory.image_only_pdf())
    write(source, "cut.pdf", pdf_factory.truncated_pdf(pdf_factory.text_pdf(VACUUM)))
    write(source, "empty.pdf", b"")
    write(source, "notes.pdf", pdf_factory.NOT_A_PDF)
    write(source, "garbage.pdf", pdf_factory.corrupt_pdf())
    write(source, "readme.txt", b"not a pdf by name, so not listed")
    config = config_for(source, max_failure_ratio="0.9")

    result = run(spark, config)

    assert statuses(spark, config) == {
        "leave.pdf": "ok",
        "vacuum.pdf": "ok",
        "locked.pdf": "encrypted",
        "scan.pdf": "no_text",
        "cut.pdf": "truncated",
        "empty.pdf": "empty",
        "notes.pdf": "not_pdf",
        "garbage.pdf": "corrupt",
    }
    assert result.documents == 8
    assert len(result.failures) == 6
    assert result.chunks == result.chunks_added == len(chunk_ids(spark, config)) > 3
    index = index_of(config)
    assert len(index) == result.chunks == result.index_rows
    question = OfflineHashingEmbedder().embed(["How long does the battery last in Eco mode?"])[0]
    top = index.search(question, k=1)[0]
    assert top.document_path.endswith("vacuum.pdf")
    assert top.page_number == 1


@pytest.mark.spark
def test_reruns_are_incremental(spark, tmp_path, monkeypatch):
    source = tmp_path / "pdfs"
    write(source, "leave.pdf", pdf_factory.text_pdf(LEAVE))
    write(source, "vacuum.pdf", pdf_factory.text_pdf(VACUUM))
    config = config_for(source)
    first = run(spark, config)
    tables = tables_of(spark, config)
    leave_chunks = chunk_ids(spark, config, "leave.pdf")
    vacuum_chunks = chunk_ids(spark, config, "vacuum.pdf")

    def refuse(self, table, frame):
        raise AssertionError(f"nothing is parsed or embedded, yet {table} was written")

    with monkeypatch.context() as patch:
        patch.setattr(LocalTables, "replace", refuse)
        unchanged = run(spark, config)
    assert unchanged.documents_processed == 0
    assert (unchanged.chunks_added, unchanged.chunks_removed) == (0, 0)

    write(source, "vacuum.pdf", pdf_factory.text_pdf(["The dustbin holds 450 ml. " * 30]))
    changed = run(spark, config)
    assert changed.documents_processed == 1
    assert changed.chunks_removed == len(vacuum_chunks)
    assert changed.chunks_added == len(chunk_ids(spark, config, "vacuum.pdf")) > 0
    assert not chunk_ids(spark, config, "vacuum.pdf") & vacuum_chunks
    assert chunk_ids(spark, config, "leave.pdf") == leave_chunks
    texts = " ".join(r.chunk_text for r in tables.read(config.chunk_table).collect())
    assert "dustbin" in texts and "150 minutes" not in texts

    (source / "vacuum.pdf").unlink()
    removed = run(spark, config)
    assert removed.documents_removed == 1
    assert chunk_ids(spark, config) == leave_chunks
    assert set(statuses(spark, config)) == {"leave.pdf"}
    assert {
        hit.chunk_id
        for hit in index_of(config).search(OfflineHashingEmbedder().embed(["dustbin"])[0], k=50)
    } == leave_chunks
    assert first.chunks > removed.chunks


@pytest.mark.spark
def test_chunks_of_another_embedder_are_re_embedded_in_place(spark, tmp_path):
    source = tmp_path / "pdfs"
    write(source, "leave.pdf", pdf_factory.text_pdf(LEAVE))
    write(source, "vacuum.pdf", pdf_factory.text_pdf(VACUUM))
    config = config_for(source)
    first = run(spark, config)
    tables = tables_of(spark, config)
    ids = chunk_ids(spark, config)
    # As another embedder leaves them: other vectors, another name on the documents.
    older = tables.read(config.chunk_table).withColumn(
        "embedding", F.array_repeat(F.lit(0.5).cast("float"), 512)
    )
    tables.replace(config.chunk_table, older)
    documents = tables.read(config.documents_table).withColumn(
        "embedder", F.lit("another-embedder-512")
    )
    tables.replace(config.documents_table, documents)

    again = run(spark, config)

    assert again.documents_processed == 2
    assert (again.chunks_added, again.chunks_removed) == (first.chunks, 0)
    assert chunk_ids(spark, config) == ids, "the same chunks, updated in place"
    rows = tables.read(config.chunk_table).toPandas()
    expected = OfflineHashingEmbedder().embed(list(rows["chunk_text"]))
    assert np.allclose(np.stack(rows["embedding"].to_list()), expected, atol=1e-6)
    assert set(tables.read(config.documents_table).toPandas()["embedder"]) == {EMBEDDER}
    index = index_of(config)
    assert (index.manifest["embedder"], len(index)) == (EMBEDDER, first.chunks)
    assert run(spark, config).documents_processed == 0


@pytest.mark.spark
def test_ingesting_another_folder_adds_to_the_corpus(spark, tmp_path):
    write(tmp_path / "first", "leave.pdf", pdf_factory.text_pdf(LEAVE))
    write(tmp_path / "second", "vacuum.pdf", pdf_factory.text_pdf(VACUUM))
    first = run(spark, config_for(tmp_path / "first"))
    second = run(spark, config_for(tmp_path / "second"))
    config = config_for(tmp_path / "second")
    assert (second.documents, second.documents_removed, second.chunks_removed) == (1, 0, 0)
    assert chunk_ids(spark, config, "leave.pdf") and chunk_ids(spark, config, "vacuum.pdf")
    assert second.chunks == len(index_of(config)) > first.chunks


@pytest.mark.spark
def test_a_changed_pdf_that_breaks_keeps_serving_its_last_good_version(spark, tmp_path):
    source = tmp_path / "pdfs"
    write(source, "leave.pdf", pdf_factory.text_pdf(LEAVE))
    write(source, "vacuum.pdf", pdf_factory.text_pdf(VACUUM))
    config = config_for(source)
    run(spark, config)
    before = chunk_ids(spark, config, "vacuum.pdf")
    write(source, "vacuum.pdf", pdf_factory.corrupt_pdf())
    result = run(spark, config)
    assert chunk_ids(spark, config, "vacuum.pdf") == before
    assert statuses(spark, config)["vacuum.pdf"] == "corrupt"
    assert result.chunks_removed == 0


@pytest.mark.spark
def test_too_many_failures_fail_the_task_after_keeping_the_good_documents(spark, tmp_path):
    source = tmp_path / "pdfs"
    write(source, "leave.pdf", pdf_factory.text_pdf(LEAVE))
    write(source, "locked.pdf", pdf_factory.encrypted_pdf(["secret"]))
    write(source, "scan.pdf", pdf_factory.image_only_pdf())
    config = config_for(source, max_failure_ratio="0.5")
    with pytest.raises(IngestionError, match=r"2 of 3 documents failed \(67% > max_failure_ratio"):
        run(spark, config)
    assert len(chunk_ids(spark, config, "leave.pdf")) > 0
    assert len(index_of(config)) == len(chunk_ids(spark, config))


@pytest.mark.spark
def test_missing_and_empty_source_folders_are_clear_errors(spark, tmp_path):
    with pytest.raises(SourceError, match="does not exist: create it"):
        run(spark, config_for(tmp_path / "nowhere"))
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("no pdfs here")
    with pytest.raises(SourceError, match="no PDF files under"):
        run(spark, config_for(tmp_path / "empty"))
