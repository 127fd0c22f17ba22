"""Task 1's change set without Spark: what happens to each document's chunks, and the chunk ids
to upsert and to delete."""

import hashlib
from datetime import datetime

import pandas as pd

from {{ cookiecutter.package_name }}.ingestion.change_set import (
    ChangeSet,
    DocumentAction,
    IngestionPlan,
    change_set,
    changing_documents,
    chunking_of,
    document_actions,
    document_updates,
    indexed_documents,
    last_attempt_sha256,
    plan_ingestion,
)
from {{ cookiecutter.package_name }}.ingestion.chunking import ChunkingSettings
from {{ cookiecutter.package_name }}.ingestion.documents import process_documents
from {{ cookiecutter.package_name }}.ingestion.schemas import (
    CHUNK_ROW,
    DOCUMENT_ROW,
    UNCHANGED,
)
from {{ cookiecutter.package_name }}.ingestion.sources import FileState
from {{ cookiecutter.package_name }}.ingestion.tables import ACTION, DELETE, UPSERT
from {{ cookiecutter.package_name }}.retrieval.embeddings import OfflineHashingEmbedder

from tests import pdf_factory

KEEP, REEMBED, REPLACE = DocumentAction.KEEP, DocumentAction.REEMBED, DocumentAction.REPLACE
T0 = datetime(2026, 11, 1, 12, 0, 0)
T1 = datetime(2026, 11, 2, 12, 0, 0)
EMBEDDER = "offline-hashing-512"
CHUNKING = chunking_of(ChunkingSettings(60, 10))


def plan(to_process=(), removed=(), unchanged=(), reembed=(), rechunk=()) -> IngestionPlan:
    return IngestionPlan(
        tuple(to_process), tuple(removed), tuple(unchanged), tuple(reembed), tuple(rechunk)
    )


def statuses(**status_of: str) -> pd.DataFrame:
    """Status rows of the files read now: `a="ok"` is a.pdf, parsed."""
    return pd.DataFrame(
        {
            "document_path": [f"{name}.pdf" for name in status_of],
            "status": list(status_of.values()),
        }
    )


def chunks(**ids_of: str) -> pd.DataFrame:
    """Chunk table rows: `a="a1 a2"` is a.pdf's chunks a1 and a2."""
    rows = [(chunk, f"{name}.pdf") for name, ids in ids_of.items() for chunk in ids.split()]
    return pd.DataFrame(rows, columns=["chunk_id", "document_path"])


def decide(the_plan: IngestionPlan, read: pd.DataFrame, existing, new_ids) -> ChangeSet:
    return change_set(document_actions(the_plan, read), existing, new_ids)


def test_a_new_document_adds_all_its_chunks():
    changes = decide(plan(["new.pdf"]), statuses(new="ok"), chunks(), ["n1", "n2"])
    assert changes == ChangeSet({"new.pdf": REPLACE}, ("n1", "n2"), ())


def test_an_unchanged_document_is_not_read_and_changes_nothing():
    changes = decide(plan(unchanged=["a.pdf"]), statuses(), chunks(a="a1 a2"), [])
    assert changes == ChangeSet({"a.pdf": KEEP}, (), ())


def test_a_moved_timestamp_over_the_same_content_changes_no_chunk():
    changes = decide(plan(["a.pdf"]), statuses(a=UNCHANGED), chunks(a="a1 a2"), [])
    assert changes == ChangeSet({"a.pdf": KEEP}, (), ())


def test_changed_content_replaces_the_chunks_of_that_document_only():
    existing = chunks(a="a1 a2", b="b1")
    changes = decide(plan(["a.pdf"], unchanged=["b.pdf"]), statuses(a="ok"), existing, ["a3", "a4"])
    assert changes.documents == {"a.pdf": REPLACE, "b.pdf": KEEP}
    assert (changes.upsert, changes.delete) == (("a3", "a4"), ("a1", "a2"))


def test_chunks_made_again_keep_their_rows_and_only_the_difference_changes():
    # Same document, page, position and text: the same id, so that row is neither rewritten
    # nor deleted.
    changes = decide(plan(["a.pdf"]), statuses(a="ok"), chunks(a="a1 a2 a3"), ["a2", "a3", "a4"])
    assert (changes.upsert, changes.delete) == (("a4",), ("a1",))


def test_a_document_of_another_embedder_rewrites_the_same_chunk_ids_in_place():
    changes = decide(
        plan(["a.pdf"], reembed=["a.pdf"]), statuses(a="ok"), chunks(a="a1 a2"), ["a1", "a2"]
    )
    assert changes == ChangeSet({"a.pdf": REEMBED}, ("a1", "a2"), ())


def test_a_re_embedded_document_chunked_differently_also_drops_its_old_chunks():
    changes = decide(
        plan(["a.pdf"], reembed=["a.pdf"]), statuses(a="ok"), chunks(a="a1 a2"), ["a2", "a3"]
    )
    assert (changes.upsert, changes.delete) == (("a2", "a3"), ("a1",))


def test_a_removed_document_loses_all_its_chunks():
    existing = chunks(gone="g1 g2", a="a1")
    changes = decide(plan(removed=["gone.pdf"], unchanged=["a.pdf"]), statuses(), existing, [])
    assert changes == ChangeSet(
        {"gone.pdf": DocumentAction.DELETE, "a.pdf": KEEP}, (), ("g1", "g2")
    )


def test_a_new_version_that_fails_to_parse_keeps_the_previous_chunks():
    changes = decide(plan(["a.pdf"]), statuses(a="corrupt"), chunks(a="a1 a2"), [])
    assert changes == ChangeSet({"a.pdf": KEEP}, (), ())


def test_a_new_version_that_fails_keeps_its_last_good_row_in_the_document_table():
    known = pd.DataFrame(
        [
            {
                "document_path": "a.pdf",
                "file_name": "a.pdf",
                "content_sha256": "old",
                "modification_time": T0,
                "size_bytes": 10,
                "status": "ok",
                "reason": "",
                "page_count": 1,
                "chunk_count": 2,
                "indexed_sha256": "old",
                "embedder": EMBEDDER,
                "processed_at": T0,
                "chunking": CHUNKING,
            }
        ]
    )
    read = pd.DataFrame(
        [
            {
                "document_path": "a.pdf",
                "file_name": "a.pdf",
                "content_sha256": "new",
                "modification_time": T1,
                "size_bytes": 3,
                "status": "truncated",
                "reason": "the file ends before the PDF does",
                "page_count": 0,
                "chunk_count": 0,
            }
        ]
    )
    row = document_updates(known, read, (), EMBEDDER, "other settings").iloc[0]
    assert (row[ACTION], row["status"], row["indexed_sha256"]) == (UPSERT, "truncated", "old")
    assert (row["chunk_count"], row["chunking"]) == (2, CHUNKING), "its kept chunks' settings"
    assert document_actions(plan(["a.pdf"]), read) == {"a.pdf": KEEP}


def test_a_new_document_that_fails_to_parse_adds_nothing():
    changes = decide(plan(["bad.pdf"]), statuses(bad="no_text"), chunks(), [])
    assert changes == ChangeSet({"bad.pdf": KEEP}, (), ())


def test_nothing_in_gives_nothing_out():
    changes = decide(plan(), statuses(), chunks(), [])
    assert changes == ChangeSet({}, (), ())
    assert changing_documents(changes.documents) == []
    nothing_known = pd.DataFrame(columns=["document_path"])
    assert document_updates(nothing_known, statuses(), (), EMBEDDER, CHUNKING).empty


def test_rows_of_documents_that_keep_their_chunks_are_never_touched():
    # run passes only the changing documents' rows; the whole table gives the same answer.
    actions = document_actions(plan(["a.pdf"], unchanged=["b.pdf"]), statuses(a="ok"))
    whole = chunks(a="a1", b="b1 b2")
    only_changing = whole[whole["document_path"].isin(changing_documents(actions))]
    assert changing_documents(actions) == ["a.pdf"]
    assert change_set(actions, whole, ["a2"]) == change_set(actions, only_changing, ["a2"])
    assert change_set(actions, whole, ["a2"]).delete == ("a1",)


KNOWN_COLUMNS = [
    "document_path",
    "modification_time",
    "size_bytes",
    "status",
    "indexed_sha256",
    "embedder",
    "chunking",
]


def test_one_run_with_every_kind_of_document():
    current = [
        FileState("same.pdf", T0, 10),
        FileState("edited.pdf", T1, 12),
        FileState("broken.pdf", T0, 5),
        FileState("older.pdf", T0, 30),
    ]
    known = pd.DataFrame(
        [
            ("same.pdf", T0, 10, "ok", "s", EMBEDDER, CHUNKING),
            ("edited.pdf", T0, 11, "ok", "e", EMBEDDER, CHUNKING),
            ("older.pdf", T0, 30, "ok", "o", "another-embedder-512", CHUNKING),
            ("gone.pdf", T0, 7, "ok", "g", EMBEDDER, CHUNKING),
        ],
        columns=KNOWN_COLUMNS,
    )
    the_plan = plan_ingestion(current, known, EMBEDDER, CHUNKING)
    read = pd.DataFrame(
        {
            "document_path": ["broken.pdf", "edited.pdf", "older.pdf"],
            "status": ["corrupt", "ok", "ok"],
        }
    )
    existing = chunks(same="s1", edited="e1 e2", older="o1", gone="g1")
    changes = decide(the_plan, read, existing, ["e2", "e3", "o1"])
    assert changes.documents == {
        "same.pdf": KEEP,
        "broken.pdf": KEEP,
        "edited.pdf": REPLACE,
        "older.pdf": REEMBED,
        "gone.pdf": DocumentAction.DELETE,
    }
    assert (changes.upsert, changes.delete) == (("e3", "o1"), ("e1", "g1"))
    assert changes.summary() == (
        "documents: 2 keep, 1 re-embed, 1 replace, 1 delete; chunks: +2 -2"
    )


def test_an_edited_second_page_changes_only_the_chunks_from_that_page_on():
    """With real chunk ids: a chunk's id is its document, page, position and text."""
    first = "The dock needs half a metre of clearance. " * 20
    before = pdf_factory.text_pdf([first, "The battery lasts 150 minutes. " * 5])
    after = pdf_factory.text_pdf([first, "The dustbin holds 450 ml. " * 5])

    def staged(data: bytes) -> pd.DataFrame:
        files = pd.DataFrame(
            [{"path": "file:/data/a.pdf", "modificationTime": T0, "length": 1, "content": data}]
        )
        return process_documents(files, ChunkingSettings(60, 10), OfflineHashingEmbedder(32), {})

    old, new = staged(before), staged(after)
    old_chunks = old.loc[old["row_kind"] == CHUNK_ROW, ["chunk_id", "document_path", "page_number"]]
    new_chunks = new.loc[new["row_kind"] == CHUNK_ROW, ["chunk_id", "page_number"]]
    changes = decide(
        plan(["/data/a.pdf"]),
        new[new["row_kind"] == DOCUMENT_ROW],
        old_chunks[["chunk_id", "document_path"]],
        new_chunks["chunk_id"],
    )
    page_one = set(old_chunks.loc[old_chunks["page_number"] == 1, "chunk_id"])
    assert page_one == set(new_chunks.loc[new_chunks["page_number"] == 1, "chunk_id"])
    assert set(changes.upsert) == set(new_chunks.loc[new_chunks["page_number"] == 2, "chunk_id"])
    assert set(changes.delete) == set(old_chunks.loc[old_chunks["page_number"] == 2, "chunk_id"])
    assert not page_one & (set(changes.upsert) | set(changes.delete))


def test_a_failed_file_restored_to_its_indexed_version_is_parsed_again():
    good = pdf_factory.text_pdf(["The dock needs half a metre of clearance. " * 20])
    broken = pdf_factory.truncated_pdf(good)
    sha = {"good": hashlib.sha256(good).hexdigest(), "broken": hashlib.sha256(broken).hexdigest()}
    known = pd.DataFrame(
        [
            # Its truncated version failed; the good version's chunks stay indexed.
            ("/data/a.pdf", sha["broken"], "truncated", sha["good"]),
            ("/data/b.pdf", "b-sha", "ok", "b-sha"),
            ("/data/c.pdf", "c-sha", "ok", "c-sha"),
        ],
        columns=["document_path", "content_sha256", "status", "indexed_sha256"],
    )
    the_plan = plan(["/data/a.pdf", "/data/b.pdf", "/data/c.pdf"], reembed=["/data/c.pdf"])
    compared = last_attempt_sha256(known, the_plan, list(the_plan.to_process))
    assert compared == {"/data/a.pdf": sha["broken"], "/data/b.pdf": "b-sha"}

    def status_of(data: bytes) -> str:
        files = pd.DataFrame(
            [{"path": "file:/data/a.pdf", "modificationTime": T1, "length": 1, "content": data}]
        )
        staged = process_documents(files, ChunkingSettings(60, 10), None, compared)
        return staged.loc[staged["row_kind"] == DOCUMENT_ROW, "status"].item()

    assert status_of(good) == "ok", "restored: parsed again, so its status recovers"
    assert status_of(broken) == UNCHANGED, "the content that failed is not parsed again"


def test_only_documents_with_an_indexed_version_own_chunks_after_the_run():
    documents = pd.DataFrame(
        [("a.pdf", "a"), ("never-parsed.pdf", None), ("gone.pdf", "g"), ("other/x.pdf", "x")],
        columns=["document_path", "indexed_sha256"],
    )
    updates = pd.DataFrame(
        [
            ("gone.pdf", "g", DELETE),
            ("new.pdf", "n", UPSERT),
            ("new-and-broken.pdf", None, UPSERT),
            ("a.pdf", "a2", UPSERT),
        ],
        columns=["document_path", "indexed_sha256", ACTION],
    )
    assert indexed_documents(documents, updates) == {"a.pdf", "new.pdf", "other/x.pdf"}


def test_orphan_chunks_are_deleted_with_the_stale_ones():
    changes = change_set(
        document_actions(plan(["a.pdf"]), statuses(a="ok")),
        chunks(a="a1 a2"),
        ["a2", "a3"],
        orphans=["x1", "x2"],
    )
    assert (changes.upsert, changes.delete) == (("a3",), ("a1", "x1", "x2"))


def test_a_document_indexed_over_chunk_rows_already_there_still_moves_the_index():
    # Rows committed by a run that died before its index refresh: a synced index may lack them.
    again = decide(plan(["a.pdf"]), statuses(a="ok"), chunks(a="a1 a2"), ["a1", "a2"])
    assert (again.upsert, again.delete, again.moves_the_index) == ((), (), True)
    unchanged = decide(plan(unchanged=["b.pdf"]), statuses(), chunks(b="b1"), [])
    still_broken = decide(plan(["c.pdf"]), statuses(c="corrupt"), chunks(c="c1"), [])
    assert not unchanged.moves_the_index and not still_broken.moves_the_index
    assert decide(plan(removed=["b.pdf"]), statuses(), chunks(b="b1"), []).moves_the_index


def test_documents_chunked_with_other_settings_are_read_and_chunked_again():
    current = [FileState(name, T0, 10) for name in ("same", "resized", "unknown", "bad")]
    current += [FileState("touched", T1, 10), FileState("both", T0, 10)]
    known = pd.DataFrame(
        [
            ("same", T0, 10, "ok", "s", EMBEDDER, CHUNKING),
            ("resized", T0, 10, "ok", "r", EMBEDDER, chunking_of(ChunkingSettings(200, 10))),
            # Written before the documents table recorded chunking settings: unknown ones.
            ("unknown", T0, 10, "ok", "u", EMBEDDER, None),
            # Its timestamp moved over the same content: still chunked again, not found unchanged.
            ("touched", T0, 10, "ok", "t", EMBEDDER, chunking_of(ChunkingSettings(60, 20))),
            # No chunk of a document that never parsed is indexed: nothing to chunk again.
            ("bad", T0, 10, "corrupt", None, None, None),
            ("both", T0, 10, "ok", "b", "another-embedder-512", None),
        ],
        columns=KNOWN_COLUMNS,
    )
    the_plan = plan_ingestion(current, known, EMBEDDER, CHUNKING)
    assert the_plan.rechunk == ("resized", "touched", "unknown")
    assert the_plan.reembed == ("both",)
    assert the_plan.to_process == ("both", "resized", "touched", "unknown")
    assert the_plan.unchanged == ("bad", "same")
    known["content_sha256"] = known["indexed_sha256"]
    assert last_attempt_sha256(known, the_plan, list(the_plan.to_process)) == {}, "read anyway"

    read = statuses(resized="ok", touched="ok", unknown="ok", both="ok")
    read["document_path"] = read["document_path"].str.removesuffix(".pdf")
    existing = pd.DataFrame(
        [("r1", "resized"), ("r2", "resized"), ("t1", "touched"), ("u1", "unknown")],
        columns=["chunk_id", "document_path"],
    )
    # New sizes give new chunks (new ids); the same settings give the same ones back.
    changes = change_set(document_actions(the_plan, read), existing, ["r3", "t2", "u1"])
    assert {path: changes.documents[path] for path in the_plan.rechunk} == dict.fromkeys(
        the_plan.rechunk, REPLACE
    )
    assert (changes.upsert, changes.delete) == (("r3", "t2"), ("r1", "r2", "t1"))
    assert changes.moves_the_index


def test_the_documents_table_records_the_settings_of_the_chunks_made_now():
    read = pd.DataFrame(
        [
            {
                "document_path": "a.pdf",
                "file_name": "a.pdf",
                "content_sha256": "a",
                "modification_time": T0,
                "size_bytes": 10,
                "status": "ok",
                "reason": "",
                "page_count": 1,
                "chunk_count": 3,
            }
        ]
    )
    known = pd.DataFrame(columns=["document_path"])
    row = document_updates(known, read, (), EMBEDDER, CHUNKING).iloc[0]
    assert (row["embedder"], row["chunking"]) == (EMBEDDER, CHUNKING)
    assert CHUNKING == "chunk_size_tokens=60 chunk_overlap_tokens=10 rules=1"
