"""Task 1 under concurrent runs, a run stopped between its two table writes, and a broken PDF
that is repaired: nothing is lost, nothing stays served that should not, nothing stays failed."""

import logging
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import datetime

import pytest

from {{ cookiecutter.package_name }}.ingestion.locking import exclusive_run
from {{ cookiecutter.package_name }}.ingestion.scratch import abandoned
from {{ cookiecutter.package_name }}.ingestion.tables import LocalTables
from {{ cookiecutter.package_name }}.ingestion.task import run
from {{ cookiecutter.package_name }}.retrieval.local_index import LocalChunkIndex

from tests import pdf_factory
from tests.test_pdf_chunks_embeddings import (
    LEAVE,
    VACUUM,
    chunk_ids,
    config_for,
    index_of,
    statuses,
    tables_of,
    write,
)

ROBOT = ["The robot docks itself when its battery falls below 15 percent. " * 25]


def indexed_ids(config) -> set[str]:
    return set(index_of(config).metadata["chunk_id"])


# --- concurrent runs ----------------------------------------------------------------------------


@pytest.mark.spark
def test_two_runs_at_once_are_serialised_and_record_every_document(spark, tmp_path, monkeypatch):
    write(tmp_path / "first", "leave.pdf", pdf_factory.text_pdf(LEAVE))
    write(tmp_path / "first", "robot.pdf", pdf_factory.text_pdf(ROBOT))
    write(tmp_path / "second", "vacuum.pdf", pdf_factory.text_pdf(VACUUM))
    configs = {name: config_for(tmp_path / name) for name in ("first", "second")}
    first_staged, second_went_on = threading.Event(), threading.Event()
    replace = LocalTables.replace

    def replace_then_meet(self, table, frame):
        replace(self, table, frame)
        if "_staging" not in table:
            return
        if threading.current_thread().name == "first":
            # The first run has staged its documents: it goes on only once the second run has
            # staged its own, or waits for the first to end.
            first_staged.set()
            second_went_on.wait(timeout=120)
        else:
            second_went_on.set()

    waits = []

    class Waiting(logging.Handler):
        def emit(self, record):
            waits.append(record.getMessage())
            second_went_on.set()

    monkeypatch.setattr(LocalTables, "replace", replace_then_meet)
    lock_log = logging.getLogger("{{ cookiecutter.package_name }}.ingestion.locking")
    lock_log.addHandler(handler := Waiting(logging.WARNING))
    results, errors = {}, {}

    def ingest(name):
        try:
            results[name] = run(spark, configs[name])
        except Exception as error:  # reported by the assertion below
            errors[name] = error

    threads = {name: threading.Thread(target=ingest, args=(name,), name=name) for name in configs}
    try:
        threads["first"].start()
        assert first_staged.wait(timeout=300), errors
        threads["second"].start()
        for thread in threads.values():
            thread.join(timeout=600)
    finally:
        lock_log.removeHandler(handler)

    assert errors == {}
    assert (results["first"].documents, results["second"].documents) == (2, 1)
    assert statuses(spark, configs["first"]) == {
        "leave.pdf": "ok",
        "robot.pdf": "ok",
        "vacuum.pdf": "ok",
    }
    every_chunk = chunk_ids(spark, configs["first"])
    assert all(chunk_ids(spark, configs["first"], name) for name in ("leave.pdf", "robot.pdf"))
    assert chunk_ids(spark, configs["first"], "vacuum.pdf")
    assert indexed_ids(configs["first"]) == every_chunk
    assert results["second"].chunks == results["second"].index_rows == len(every_chunk)
    assert len(waits) == 1, "the second run waited for the first one, and said so"
    assert f"run of pid {os.getpid()} started " in waits[0]
    tables = tables_of(spark, configs["first"])
    assert tables.names(configs["first"].staging_table) == []
    assert tables.names(configs["first"].new_chunks_table) == []


HOLD_THE_LOCK = """
import sys, time
from pathlib import Path
from {{ cookiecutter.package_name }}.ingestion.locking import exclusive_run

with exclusive_run(Path(sys.argv[1]), "local.rag.*"):
    print("held", flush=True)
    time.sleep(600)
"""


def test_the_lock_of_a_killed_run_is_released_by_the_system(tmp_path, caplog):
    lock_file = tmp_path / ".ingestion.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(HOLD_THE_LOCK), str(lock_file)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        assert lock_file.read_text().startswith(f"pid {holder.pid} started ")
        acquired = threading.Event()

        def take():
            with exclusive_run(lock_file, "local.rag.*"):
                acquired.set()

        with caplog.at_level(logging.WARNING, "{{ cookiecutter.package_name }}.ingestion.locking"):
            waiter = threading.Thread(target=take)
            waiter.start()
            assert not acquired.wait(timeout=2), "taken while the other run holds it"
            holder.send_signal(signal.SIGKILL)
            assert acquired.wait(timeout=30), "still held after its holder was killed"
            waiter.join(timeout=30)
        assert f"run of pid {holder.pid} started " in caplog.text
        assert lock_file.read_text() == "", "no holder named once released"
    finally:
        holder.kill()
        holder.wait(timeout=30)


# --- a run stopped between its two commits -------------------------------------------------------


class Stopped(Exception):  # noqa: N818 - a stand-in for the process dying
    pass


@pytest.mark.spark
def test_a_run_stopped_between_its_two_commits_leaves_no_orphan_chunk(spark, tmp_path, monkeypatch):
    source = tmp_path / "pdfs"
    write(source, "leave.pdf", pdf_factory.text_pdf(LEAVE))
    config = config_for(source)
    run(spark, config)
    leave = chunk_ids(spark, config)
    write(source, "vacuum.pdf", pdf_factory.text_pdf(VACUUM))
    write(source, "robot.pdf", pdf_factory.text_pdf(ROBOT))
    apply_changes = LocalTables.apply_changes

    def stop_before_the_documents(self, table, changes, key):
        if table == config.documents_table:
            raise Stopped("stopped after the chunk table's commit")
        apply_changes(self, table, changes, key)

    with monkeypatch.context() as patch:
        patch.setattr(LocalTables, "apply_changes", stop_before_the_documents)
        with pytest.raises(Stopped):
            run(spark, config)
    assert chunk_ids(spark, config, "vacuum.pdf") and chunk_ids(spark, config, "robot.pdf")
    assert set(statuses(spark, config)) == {"leave.pdf"}, "no row points to the new chunks"
    vacuum = chunk_ids(spark, config, "vacuum.pdf")
    (source / "vacuum.pdf").unlink()

    result = run(spark, config)

    robot = chunk_ids(spark, config, "robot.pdf")
    assert robot and chunk_ids(spark, config) == leave | robot
    assert indexed_ids(config) == leave | robot
    assert statuses(spark, config) == {"leave.pdf": "ok", "robot.pdf": "ok"}
    assert result.chunks_removed == len(vacuum)
    assert result.chunks == result.index_rows == len(leave | robot)
    again = run(spark, config)
    assert (again.chunks_added, again.chunks_removed, again.documents_processed) == (0, 0, 0)


@pytest.mark.spark
def test_chunks_a_stopped_run_committed_reach_the_index_on_the_next_run(
    spark, tmp_path, monkeypatch
):
    """The next run finds the stopped run's chunk rows already there and changes none of them:
    a Vector Search index, synced before they were committed, must still be synced again."""
    source = tmp_path / "pdfs"
    write(source, "leave.pdf", pdf_factory.text_pdf(LEAVE))
    config = config_for(source)
    run(spark, config)
    write(source, "vacuum.pdf", pdf_factory.text_pdf(VACUUM))
    apply_changes, refresh = LocalTables.apply_changes, LocalChunkIndex.refresh
    syncs = []

    def stop_before_the_documents(self, table, changes, key):
        if table == config.documents_table:
            raise Stopped("stopped after the chunk table's commit")
        apply_changes(self, table, changes, key)

    def recorded_refresh(self, tables, chunk_table, rows, changed):
        syncs.append(changed)
        return refresh(self, tables, chunk_table, rows, changed)

    with monkeypatch.context() as patch:
        patch.setattr(LocalTables, "apply_changes", stop_before_the_documents)
        with pytest.raises(Stopped):
            run(spark, config)
    monkeypatch.setattr(LocalChunkIndex, "refresh", recorded_refresh)

    again = run(spark, config)

    assert (again.chunks_added, again.chunks_removed) == (0, 0), "the rows were there already"
    assert statuses(spark, config) == {"leave.pdf": "ok", "vacuum.pdf": "ok"}
    assert syncs == [True], "an index synced before those rows must be synced again"
    assert run(spark, config).documents_processed == 0
    assert syncs == [True, False]


def test_only_scratch_tables_older_than_any_run_are_abandoned():
    names = [
        "pdf_chunks_staging_20261101120000_0123abcd",
        "pdf_chunks_staging_20261129110000_89abcdef",
        "pdf_chunks_staging_mine",
        "pdf_chunks_staging_20261101120000_0123abcd_copy",
    ]
    now = datetime(2026, 11, 29, 12, 0, 0)
    assert abandoned(names, "pdf_chunks_staging_", now) == [names[0]]


@pytest.mark.spark
def test_a_run_drops_the_scratch_tables_a_killed_run_left(spark, tmp_path):
    source = tmp_path / "pdfs"
    write(source, "leave.pdf", pdf_factory.text_pdf(LEAVE))
    config = config_for(source)
    tables = tables_of(spark, config)
    left = f"{config.staging_table}_20200101000000_0123abcd"
    recent = f"{config.new_chunks_table}_{time.strftime('%Y%m%d%H%M%S', time.gmtime())}_89abcdef"
    for name in (left, recent):
        tables.replace(name, spark.createDataFrame([("x",)], "chunk_id string"))
    run(spark, config)
    assert tables.names(config.staging_table) == []
    assert tables.names(config.new_chunks_table) == [recent], "it may be another run's"


# --- a broken PDF repaired ----------------------------------------------------------------------


@pytest.mark.spark
def test_a_broken_pdf_restored_to_its_good_version_recovers(spark, tmp_path):
    source = tmp_path / "pdfs"
    good = pdf_factory.text_pdf(VACUUM)
    write(source, "leave.pdf", pdf_factory.text_pdf(LEAVE))
    write(source, "vacuum.pdf", good)
    config = config_for(source)
    run(spark, config)
    vacuum = chunk_ids(spark, config, "vacuum.pdf")
    write(source, "vacuum.pdf", pdf_factory.truncated_pdf(good))
    broken = run(spark, config)
    assert statuses(spark, config)["vacuum.pdf"] == "truncated"
    assert [path.rsplit("/", 1)[-1] for path, _, _ in broken.failures] == ["vacuum.pdf"]

    write(source, "vacuum.pdf", good)
    repaired = run(spark, config)

    assert statuses(spark, config)["vacuum.pdf"] == "ok"
    assert repaired.failures == ()
    assert chunk_ids(spark, config, "vacuum.pdf") == vacuum
    assert vacuum <= indexed_ids(config)
    assert (repaired.chunks_added, repaired.chunks_removed) == (0, 0), "nothing re-embedded"
    row = tables_of(spark, config).read(config.documents_table).where("file_name = 'vacuum.pdf'")
    assert row.first().reason == ""
