"""The local endpoint's inference log: JSON Lines with the AI Gateway inference table's columns,
rotated by size.

`inference_log.jsonl` takes new rows; when the next row would take it past `max_bytes` it is
renamed `inference_log.<UTC time of the rotation>-<pid>-<n>.jsonl` and a new one is started, and
only the newest `keep` rotated files are kept. Every file has the same rows: a reader globs
`inference_log*.jsonl` (`log_files` lists them oldest first).
"""

import itertools
import json
import os
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path

from ..text import count_tokens

MAX_LOG_BYTES = 64 * 1024 * 1024
KEEP_ROTATED = 16


def rotated_files(path: Path) -> list[Path]:
    """The rotated files of the log at `path`, oldest first (their names sort by time)."""
    return sorted(path.parent.glob(f"{path.stem}.*{path.suffix}"))


def log_files(path: Path) -> list[Path]:
    """Every file of the log at `path`, oldest first: the rotated ones, then `path`."""
    return rotated_files(path) + ([path] if path.is_file() else [])


def _input_text(payload: dict | None) -> str:
    if not payload:
        return ""
    return "\n".join(
        m["content"] if isinstance(m.get("content"), str) else json.dumps(m.get("content"))
        for m in payload.get("input", [])
        if isinstance(m, dict)
    )


class InferenceLog:
    """One row a request, with the AI Gateway inference table's columns.

    `input_token_count`/`output_token_count` are what system.serving.endpoint_usage reports on
    Databricks; here they are estimates (no tokenizer download offline).

    Rotation is written here rather than with logging.handlers.RotatingFileHandler: during a
    local deployment two server processes append to the same log, and that handler rotates the
    file its own stream holds, which the logging cookbook says is unsupported across processes
    (https://docs.python.org/3/howto/logging-cookbook.html#logging-to-a-single-file-from-multiple-processes).
    Here each row opens the file by name, and a rotated file's name is unique to the process that
    renamed it, so two processes rotating at once lose no row.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_LOG_BYTES, keep: int = KEEP_ROTATED):
        self.path = path
        self.max_bytes = max_bytes
        self.keep = keep
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._rotations = itertools.count()

    def append(
        self,
        *,
        started: datetime,
        status: int,
        duration_ms: float,
        request: str,
        response: str,
        payload: dict | None,
        answer: str,
        served_entity: str,
        client_request_id: str | None,
    ) -> dict:
        row = {
            "request_date": started.date().isoformat(),
            "databricks_request_id": str(uuid.uuid4()),
            "client_request_id": client_request_id,
            "request_time": started.isoformat(timespec="milliseconds"),
            "status_code": status,
            "sampling_fraction": 1.0,
            "execution_duration_ms": round(duration_ms),
            "request": request,
            "response": response,
            "served_entity_id": served_entity,
            "logging_error_codes": [],
            "requester": "local",
            "input_token_count": count_tokens(_input_text(payload)),
            "output_token_count": count_tokens(answer),
        }
        line = (json.dumps(row) + "\n").encode()
        with self._lock:
            try:
                size = self.path.stat().st_size
            except FileNotFoundError:
                size = 0
            if size and size + len(line) > self.max_bytes:
                self._rotate()
            with self.path.open("ab") as out:
                out.write(line)
        return row

    def _rotate(self) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        rotated = self.path.with_name(
            f"{self.path.stem}.{stamp}-{os.getpid()}-{next(self._rotations)}{self.path.suffix}"
        )
        try:
            os.replace(self.path, rotated)
        except FileNotFoundError:
            return  # another server process rotated it first
        rotated = rotated_files(self.path)
        for old in rotated[: max(len(rotated) - self.keep, 0)]:
            old.unlink(missing_ok=True)  # another process may have removed it first
