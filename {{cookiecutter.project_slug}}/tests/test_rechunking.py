"""Task 1 on local Spark when the chunking settings change: the documents table records the
settings that made each document's chunks, so unchanged PDFs are chunked again with new ones."""

import pytest

from {{ cookiecutter.package_name }}.ingestion.change_set import chunking_of
from {{ cookiecutter.package_name }}.ingestion.task import run

from tests import pdf_factory
from tests.test_pdf_chunks_embeddings import (
    LEAVE,
    VACUUM,
    chunk_ids,
    config_for,
    index_of,
    tables_of,
    write,
)


def chunk_texts(spark, config) -> dict[str, list[str]]:
    rows = tables_of(spark, config).read(config.chunk_table).toPandas()
    rows = rows.sort_values(["file_name", "chunk_index"])
    return {name: list(group["chunk_text"]) for name, group in rows.groupby("file_name")}


def recorded_chunking(spark, config) -> set:
    documents = tables_of(spark, config).read(config.documents_table).toPandas()
    return set(documents["chunking"])


@pytest.mark.spark
def test_new_chunk_sizes_re_chunk_the_unchanged_pdfs(spark, tmp_path):
    source = tmp_path / "pdfs"
    write(source, "leave.pdf", pdf_factory.text_pdf(LEAVE))
    write(source, "vacuum.pdf", pdf_factory.text_pdf(VACUUM))
    small = config_for(source)
    first = run(spark, small)
    old_ids, old_texts = chunk_ids(spark, small), chunk_texts(spark, small)

    larger = config_for(source, chunk_size_tokens="200")
    again = run(spark, larger)

    assert again.documents_processed == 2
    new_ids, new_texts = chunk_ids(spark, larger), chunk_texts(spark, larger)
    assert again.chunks == len(new_ids) < first.chunks
    assert new_texts != old_texts
    assert all(len(texts) < len(old_texts[name]) for name, texts in new_texts.items())
    assert not new_ids & old_ids, "every chunk made with the old size is gone from the table"
    assert (again.chunks_added, again.chunks_removed) == (len(new_ids), len(old_ids))
    assert set(index_of(larger).metadata["chunk_id"]) == new_ids, "and from the local index"
    assert recorded_chunking(spark, larger) == {chunking_of(larger.chunking)}

    assert run(spark, larger).documents_processed == 0, "the new settings are recorded"
    overlap = run(spark, config_for(source, chunk_size_tokens="200", chunk_overlap_tokens="40"))
    assert overlap.documents_processed == 2


@pytest.mark.spark
def test_a_documents_table_without_the_chunking_column_is_upgraded(spark, tmp_path):
    source = tmp_path / "pdfs"
    write(source, "leave.pdf", pdf_factory.text_pdf(LEAVE))
    write(source, "vacuum.pdf", pdf_factory.text_pdf(VACUUM))
    config = config_for(source)
    first = run(spark, config)
    ids = chunk_ids(spark, config)
    tables = tables_of(spark, config)
    # As the previous version of the project left it: no chunking column.
    earlier = tables.read(config.documents_table).drop("chunking")
    tables.replace(config.documents_table, earlier)

    upgraded = run(spark, config)

    assert "chunking" in tables.read(config.documents_table).columns
    # Unknown settings are chunked again; made with the same ones, the chunks keep their rows.
    assert upgraded.documents_processed == 2
    assert (upgraded.chunks_added, upgraded.chunks_removed) == (0, 0)
    assert chunk_ids(spark, config) == ids and upgraded.chunks == first.chunks
    assert recorded_chunking(spark, config) == {chunking_of(config.chunking)}
    assert run(spark, config).documents_processed == 0
