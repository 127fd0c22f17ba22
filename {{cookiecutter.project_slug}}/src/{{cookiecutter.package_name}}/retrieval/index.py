"""What every chunk index shares: the hit a search returns, the protocol, the error."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from ..errors import ProjectError


class VectorIndexError(ProjectError, RuntimeError):
    pass


@dataclass(frozen=True)
class SearchHit:
    chunk_id: str
    document_path: str
    page_number: int
    chunk_text: str
    score: float


class ChunkIndex(Protocol):
    location: str

    def refresh(self, tables, chunk_table: str, rows: int, changed: bool) -> int:
        """Bring the index in line with the chunk table (`rows` rows; `changed` if this run
        changed it); return the rows the index holds."""
        ...

    def searcher(self) -> Callable[[str, int], list[SearchHit]]:
        """A function from (question, k) to the k best chunks, ready to serve."""
        ...
