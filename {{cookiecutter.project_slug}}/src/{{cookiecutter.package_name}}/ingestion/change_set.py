"""What a run of task 1 changes, decided by pure functions over paths, statuses and chunk ids.

`plan_ingestion` picks the files to read from the listing and the document table, and
`last_attempt_sha256` the content each one is compared to. Once they are read, `document_actions`
says what happens to each document's chunks, `document_updates` gives the document table's rows,
`indexed_documents` the documents whose chunks belong in the chunk table afterwards, and
`change_set` the chunk ids to upsert and to delete. task.py gathers the inputs and applies the
results through the table store.
"""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

import pandas as pd

from .chunking import CHUNKING_RULES_VERSION, ChunkingSettings
from .pdf_parsing import DocumentStatus
from .schemas import DOCUMENT_CHANGES_SCHEMA, UNCHANGED, typed_like
from .sources import FileState
from .tables import ACTION, DELETE, UPSERT


@dataclass(frozen=True)
class IngestionPlan:
    to_process: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: tuple[str, ...]
    # Files whose indexed chunks another embedder made: re-parsed and re-embedded (in to_process).
    reembed: tuple[str, ...] = ()
    # Files whose indexed chunks were made with other chunking settings by the same embedder:
    # re-parsed and chunked anew (in to_process).
    rechunk: tuple[str, ...] = ()


def chunking_of(settings: ChunkingSettings) -> str:
    """The documents table's record of the settings and the rules that made a document's
    chunks."""
    return (
        f"chunk_size_tokens={settings.chunk_size} chunk_overlap_tokens={settings.chunk_overlap} "
        f"rules={CHUNKING_RULES_VERSION}"
    )


def plan_ingestion(
    current: list[FileState], known: pd.DataFrame, embedder: str, chunking: str
) -> IngestionPlan:
    """Decide what to read: new files, files whose size or timestamp moved, and files whose
    indexed chunks were embedded by another embedder than `embedder` (vectors of two models in
    one index would be compared as if they were one) or made with other settings than `chunking`
    (chunking_of; a run's parameters would otherwise reach only the files it reads anyway).

    A null `chunking` (a row written before the column existed) is taken as other settings: the
    job's parameters can be overridden for one run, so nothing says which ones made the chunks.
    It costs a parse: chunks made again with the same settings keep their ids, so their rows
    stay and nothing is re-embedded (change_set).
    """
    seen = {row.document_path: row for row in known.itertuples(index=False)}
    to_process, unchanged, reembed, rechunk = [], [], [], []
    for state in current:
        previous = seen.get(state.path)
        if previous is None:
            to_process.append(state.path)
        # Before the timestamp: a file whose timestamp moved is compared with its last content,
        # and found unchanged it would keep the chunks of the other embedder or settings.
        elif previous.indexed_sha256 and previous.embedder != embedder:
            to_process.append(state.path)
            reembed.append(state.path)
        elif previous.indexed_sha256 and previous.chunking != chunking:
            to_process.append(state.path)
            rechunk.append(state.path)
        elif not (
            _same_time(previous.modification_time, state.modification_time)
            and previous.size_bytes == state.size_bytes
        ):
            to_process.append(state.path)
        else:
            unchanged.append(state.path)
    present = {state.path for state in current}
    removed = sorted(path for path in seen if path not in present)
    return IngestionPlan(
        tuple(sorted(to_process)),
        tuple(removed),
        tuple(sorted(unchanged)),
        tuple(sorted(reembed)),
        tuple(sorted(rechunk)),
    )


def last_attempt_sha256(
    known: pd.DataFrame, plan: IngestionPlan, to_read: list[str]
) -> dict[str, str]:
    """The content hash each file to read is compared to: a file whose content has it is neither
    parsed nor embedded again (it keeps its row, status included).

    It is the hash of the last attempt (`content_sha256`), not of the indexed version: a file
    that failed keeps its last good version's hash in `indexed_sha256`, and once restored to that
    version it differs from the content that failed, so it is parsed again and its status
    recovers (its chunks, made again with the same ids, are neither rewritten nor re-embedded).
    Files to re-embed or re-chunk get no hash: they are read whatever their content.
    """
    reading = set(to_read) - set(plan.reembed) - set(plan.rechunk)
    return {
        row.document_path: row.content_sha256
        for row in known.itertuples(index=False)
        if row.document_path in reading and row.content_sha256
    }


def _same_time(a, b) -> bool:
    return pd.Timestamp(a).tz_localize(None) == pd.Timestamp(b).tz_localize(None)


class DocumentAction(StrEnum):
    """What happens to a document's chunks in the chunk table."""

    # Its chunks stay as they are: its content is unchanged, or its new version cannot be read
    # (the last good version keeps serving).
    KEEP = "keep"
    # Another embedder made its vectors: every chunk made now gets a new one, those with an id
    # already in the table included, and its chunks not made again are deleted.
    REEMBED = "re-embed"
    # Read and chunked anew (new content, or other chunking settings): the new chunks replace the
    # previous ones (none for a new document); a chunk made again with the same id keeps its row.
    REPLACE = "replace"
    # Gone from the source: its chunks go too.
    DELETE = "delete"


@dataclass(frozen=True)
class ChangeSet:
    """Each document's action, and the chunk ids to upsert (from the chunks made now) and to
    delete (from the chunk table)."""

    documents: Mapping[str, DocumentAction]
    upsert: tuple[str, ...]
    delete: tuple[str, ...]

    @property
    def moves_the_index(self) -> bool:
        """Whether the index must catch up with the chunk table: chunks change, or a document is
        indexed anew over chunk rows that were already there (committed by a run that died
        before its index refresh, or kept from a version that is restored), which a Vector
        Search index synced before them may lack."""
        replaced = DocumentAction.REPLACE in self.documents.values()
        return bool(self.upsert or self.delete) or replaced

    def summary(self) -> str:
        counts = Counter(self.documents.values())
        actions = ", ".join(f"{counts[action]} {action}" for action in DocumentAction)
        return f"documents: {actions}; chunks: +{len(self.upsert)} -{len(self.delete)}"


def document_actions(plan: IngestionPlan, staged: pd.DataFrame) -> dict[str, DocumentAction]:
    """The action of every document the plan names, given the status rows (`document_path`,
    `status`) of the files read now."""
    actions = dict.fromkeys(plan.unchanged, DocumentAction.KEEP)
    for path, status in zip(staged["document_path"], staged["status"], strict=True):
        if status != DocumentStatus.OK:
            # Its content is already indexed, or cannot be read: whatever is indexed stays.
            actions[path] = DocumentAction.KEEP
        elif path in plan.reembed:
            actions[path] = DocumentAction.REEMBED
        else:
            actions[path] = DocumentAction.REPLACE
    actions.update(dict.fromkeys(plan.removed, DocumentAction.DELETE))
    return actions


def changing_documents(actions: Mapping[str, DocumentAction]) -> list[str]:
    """The documents whose chunks may change: of the chunk table, `change_set` needs only theirs
    (a chunk id is derived from its document's path, so no other row can hold one of their ids)."""
    return sorted(path for path, action in actions.items() if action is not DocumentAction.KEEP)


def change_set(
    actions: Mapping[str, DocumentAction],
    existing: pd.DataFrame,
    staged_chunk_ids: Iterable[str],
    orphans: Iterable[str] = (),
) -> ChangeSet:
    """The chunk ids to upsert and to delete.

    `existing` holds `chunk_id` and `document_path` of chunk table rows, at least those of the
    changing documents; `staged_chunk_ids` are the ids of the chunks made now. A chunk made again
    (same document, page, position and text, so the same id) keeps its row unless its document
    is re-embedded; a changing document's chunks that were not made again are deleted, and so are
    the `orphans` (chunks of no indexed document, see `indexed_documents`).
    """
    staged = pd.Series(list(staged_chunk_ids), dtype=object)
    reembedded = [path for path, action in actions.items() if action is DocumentAction.REEMBED]
    kept = existing.loc[~existing["document_path"].isin(reembedded), "chunk_id"]
    changing = existing["document_path"].isin(changing_documents(actions))
    stale = set(existing.loc[changing & ~existing["chunk_id"].isin(staged), "chunk_id"])
    return ChangeSet(
        dict(actions),
        tuple(sorted(staged[~staged.isin(kept)])),
        tuple(sorted(stale.union(orphans))),
    )


def indexed_documents(documents: pd.DataFrame, updates: pd.DataFrame) -> set[str]:
    """The documents whose chunks belong in the chunk table once `updates` (document_updates)
    is applied to the document table `documents` (`document_path`, `indexed_sha256`): those
    with an indexed version.

    The chunk table is committed before the document table (the two cannot share a commit on
    either target: Delta commits one table at a time, and the local snapshots switch one
    pointer per table). A run that stops between the two leaves chunks no document row points
    to; if their PDFs are then deleted, no plan names them again. Every run therefore deletes
    the chunks of any document outside this set, whatever left them.
    """
    indexed = dict(zip(documents["document_path"], documents["indexed_sha256"], strict=True))
    for path, sha, action in zip(
        updates["document_path"], updates["indexed_sha256"], updates[ACTION], strict=True
    ):
        if action == DELETE:
            indexed.pop(path, None)
        else:
            indexed[path] = sha
    return {path for path, sha in indexed.items() if isinstance(sha, str) and sha}


def document_updates(
    known: pd.DataFrame,
    staged: pd.DataFrame,
    removed: tuple[str, ...],
    embedder: str,
    chunking: str,
) -> pd.DataFrame:
    """The document table's change set: new statuses, moved timestamps, removed files; the
    chunks of a document read now are made with `chunking` and embedded by `embedder`.

    A document whose new version cannot be read keeps its previous chunks (nothing good is
    lost) and says so in its reason.
    """
    now = datetime.now(UTC).replace(tzinfo=None)
    previous = {row.document_path: row for row in known.itertuples(index=False)}
    rows = []
    for doc in staged.itertuples(index=False):
        before = previous.get(doc.document_path)
        if doc.status == UNCHANGED:
            row = {
                **before._asdict(),
                "modification_time": doc.modification_time,
                "size_bytes": doc.size_bytes,
            }
        elif doc.status == DocumentStatus.OK:
            row = {
                **_staged_fields(doc),
                "indexed_sha256": doc.content_sha256,
                "embedder": embedder,
                "chunking": chunking,
                "processed_at": now,
            }
        else:
            kept = before is not None and bool(before.indexed_sha256)
            reason = doc.reason + (
                "; the previous version's chunks stay indexed until this is fixed" if kept else ""
            )
            row = {
                **_staged_fields(doc),
                "reason": reason,
                "chunk_count": before.chunk_count if kept else 0,
                "indexed_sha256": before.indexed_sha256 if kept else None,
                "embedder": before.embedder if kept else None,
                "chunking": before.chunking if kept else None,
                "processed_at": now,
            }
        rows.append({**row, ACTION: UPSERT})
    rows += [{**previous[path]._asdict(), ACTION: DELETE} for path in removed if path in previous]
    return typed_like(
        pd.DataFrame(rows, columns=DOCUMENT_CHANGES_SCHEMA.fieldNames()), DOCUMENT_CHANGES_SCHEMA
    )


def _staged_fields(doc) -> dict:
    return {
        "document_path": doc.document_path,
        "file_name": doc.file_name,
        "content_sha256": doc.content_sha256,
        "modification_time": doc.modification_time,
        "size_bytes": doc.size_bytes,
        "status": doc.status,
        "reason": doc.reason or "",
        "page_count": doc.page_count,
        "chunk_count": doc.chunk_count,
    }
