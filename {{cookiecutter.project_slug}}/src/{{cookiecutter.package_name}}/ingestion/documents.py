"""The per-document work of task 1 (parse, chunk, and embed where an embedder is given) as a
pure pandas function.

Spark runs `process_documents` on batches of its binaryFile rows with `mapInPandas`, without an
embedder: the chunks it keeps get their vectors in SQL afterwards (`embedding.py`), so executors
never need credentials. `chunks_of_files` runs it with an embedder on local files without Spark
(tests, benchmarks, small folders).
"""

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

import pandas as pd

from ..retrieval.embeddings import Embedder
from .chunking import ChunkingSettings, chunk_pages
from .pdf_parsing import parse_pdf
from .schemas import (
    BINARY_FILE_COLUMNS,
    CHUNK_ROW,
    DOCUMENT_ROW,
    STAGING_COLUMNS,
    STAGING_SCHEMA,
    UNCHANGED,
    typed_like,
)
from .sources import plain_path


def process_documents(
    files: pd.DataFrame,
    settings: ChunkingSettings,
    embedder: Embedder | None,
    unchanged_sha256: dict[str, str],
) -> pd.DataFrame:
    """Parse and chunk a batch of files (`path, modificationTime, length, content`), and embed
    the chunks if an embedder is given. A file whose content hash is its `unchanged_sha256`
    entry (change_set.last_attempt_sha256) gets an `unchanged` status row and nothing else.

    Returns staging rows: one status row per document and one row per chunk.
    """
    documents, chunks = [], []
    for file in files.itertuples(index=False):
        content = bytes(file.content) if file.content is not None else b""
        sha = hashlib.sha256(content).hexdigest()
        path = plain_path(file.path)
        base = {
            "document_path": path,
            "file_name": PurePosixPath(path).name,
            "content_sha256": sha,
        }
        if unchanged_sha256.get(path) == sha:
            documents.append(
                {
                    **base,
                    "status": UNCHANGED,
                    "modification_time": file.modificationTime,
                    "size_bytes": file.length,
                }
            )
            continue
        parsed = parse_pdf(content)
        document_chunks = chunk_pages(path, parsed.pages, settings)
        documents.append(
            {
                **base,
                "modification_time": file.modificationTime,
                "size_bytes": file.length,
                "status": str(parsed.status),
                "reason": parsed.reason,
                "page_count": parsed.page_count,
                "chunk_count": len(document_chunks),
            }
        )
        chunks.extend(
            {
                **base,
                "chunk_id": chunk.chunk_id,
                "page_number": chunk.page_number,
                "chunk_index": chunk.chunk_index,
                "chunk_text": chunk.text,
                "token_count": chunk.token_count,
            }
            for chunk in document_chunks
        )
    if embedder is not None:
        vectors = embedder.embed([chunk["chunk_text"] for chunk in chunks])
        for chunk, vector in zip(chunks, vectors, strict=True):
            chunk["embedding"] = vector
    frame = pd.DataFrame(
        [{"row_kind": DOCUMENT_ROW, **row} for row in documents]
        + [{"row_kind": CHUNK_ROW, **row} for row in chunks],
        columns=STAGING_COLUMNS,
    )
    return typed_like(frame, STAGING_SCHEMA)


def chunks_of_files(
    paths: Iterable[Path], settings: ChunkingSettings, embedder: Embedder
) -> pd.DataFrame:
    """Task 1's chunk rows for local PDF files, from the same pure functions without Spark (for
    tests, benchmarks and other small folders)."""
    files = pd.DataFrame(
        [
            {
                "path": str(path),
                "modificationTime": datetime.fromtimestamp(path.stat().st_mtime, UTC),
                "length": path.stat().st_size,
                "content": path.read_bytes(),
            }
            for path in paths
        ],
        columns=BINARY_FILE_COLUMNS,
    )
    staged = process_documents(files, settings, embedder, {})
    return staged[staged["row_kind"] == CHUNK_ROW].reset_index(drop=True)
