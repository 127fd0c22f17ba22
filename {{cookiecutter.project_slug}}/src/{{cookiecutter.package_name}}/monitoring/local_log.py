"""The local endpoint's inference log (local/inference_log.py) as inference rows.

Every file of the log, rotated ones first; a line that is not a JSON object is counted as
unreadable and skipped, never fatal.
"""

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..local.detached import serving_folder
from ..local.inference_log import log_files


def default_log() -> Path:
    return serving_folder() / "inference_log.jsonl"


@dataclass(frozen=True)
class LogRows:
    rows: pd.DataFrame
    files: list[Path]
    unreadable_lines: int


def read_log(path: Path, since: pd.Timestamp | None = None) -> LogRows:
    """The rows of every file of the log at `path`; with `since`, only rows from then on (rows
    whose time cannot be read are kept: they are counted as malformed)."""
    records, unreadable = [], 0
    files = log_files(path)
    for file in files:
        with file.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError:
                    unreadable += 1
                    continue
                if isinstance(record, dict):
                    records.append(record)
                else:
                    unreadable += 1
    rows = pd.DataFrame.from_records(records)
    if "request_time" not in rows.columns:
        rows["request_time"] = pd.Series([None] * len(rows), dtype=object)
    if since is not None and len(rows):
        times = pd.to_datetime(rows["request_time"], utc=True, errors="coerce", format="ISO8601")
        rows = rows[(times.isna() | (times >= since)).to_numpy()].reset_index(drop=True)
    return LogRows(rows, files, unreadable)
