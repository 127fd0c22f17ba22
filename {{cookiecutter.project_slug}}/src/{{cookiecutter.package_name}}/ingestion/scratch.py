"""The scratch tables of one ingestion run: its staging rows and its new vectors.

Each run writes them under names of its own (`<chunk_table>_staging_<start>_<random>` and
`<chunk_table>_new_<start>_<random>`) and drops them when it ends, so no run ever reads rows
another run wrote. A run killed before it could drop them leaves them behind; the next run drops
those older than SCRATCH_LIFETIME, which no run lasts (the job's timeout is 11 hours), so a
table still in use is never among them.
"""

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..parameters import IngestionParameters

SCRATCH_LIFETIME = timedelta(days=2)
_STAMP = "%Y%m%d%H%M%S"


@dataclass(frozen=True)
class ScratchTables:
    staging: str
    new_chunks: str

    @classmethod
    def of_run(cls, config: IngestionParameters, started: datetime) -> "ScratchTables":
        suffix = f"{started:{_STAMP}}_{uuid.uuid4().hex[:8]}"
        return cls(f"{config.staging_table}_{suffix}", f"{config.new_chunks_table}_{suffix}")


def scratch_prefixes(config: IngestionParameters) -> tuple[str, str]:
    return f"{config.staging_table}_", f"{config.new_chunks_table}_"


def abandoned(names: list[str], prefix: str, now: datetime) -> list[str]:
    """The scratch tables among `names` (tables starting with `prefix`) started longer than
    SCRATCH_LIFETIME before `now`; any other name, a table of the user's included, is kept."""
    pattern = re.compile(re.escape(prefix) + r"(\d{14})_[0-9a-f]{8}")
    old = []
    for name in names:
        match = pattern.fullmatch(name)
        if match and now - datetime.strptime(match.group(1), _STAMP) > SCRATCH_LIFETIME:
            old.append(name)
    return old
