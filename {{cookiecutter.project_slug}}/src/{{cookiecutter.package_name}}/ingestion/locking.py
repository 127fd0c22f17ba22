"""One ingestion run at a time over a set of local tables: an exclusive lock on a file.

The lock is `flock(2)` on a file beside the tables. The kernel releases it when the holder's file
is closed, which happens however the process ends (exit, exception, SIGKILL, a crashed machine
that reboots), so no run can be locked out by one that died. A pid file written and deleted by
hand cannot say as much: a killed run leaves it behind, and telling whether its pid is still the
same process (pids are reused) is a guess. `flock` locks belong to the open file, not to the
process, so two runs in threads of one process are serialised as well. The file's text only
names the holder for the message of a run that waits; the lock itself never depends on it.
"""

import fcntl
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)


@contextmanager
def exclusive_run(lock_file: Path, tables: str) -> Iterator[None]:
    """Hold `lock_file`'s lock for the block; if another run holds it, say which one and wait
    until it ends (a job's runs queue the same way on Databricks)."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    # Append mode: opening must not erase the holder's text before the lock is ours.
    with open(lock_file, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another run"
            log.warning(
                "the tables %s are being ingested by the run of %s: this run waits for it to "
                "end (lock file %s)",
                tables,
                holder,
                lock_file,
            )
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.truncate(0)
        handle.write(f"pid {os.getpid()} started {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC\n")
        handle.flush()
        try:
            yield
        finally:
            handle.truncate(0)
