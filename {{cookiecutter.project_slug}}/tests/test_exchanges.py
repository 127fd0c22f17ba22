"""The exchange files under tests/exchanges/ say where their shapes come from.

None was captured from a workspace or a repository: each was written from a REST reference, an
SDK dataclass or a CLI's output format, and its `_source` names which.
"""

import json
import re

import pytest

from tests.conftest import EXCHANGES, checked_exchange

JSON_FILES = sorted(EXCHANGES.rglob("*.json"))
# "not captured" is the honest statement; "captured" alone claims a capture.
CLAIMED_CAPTURE = re.compile(r"(?<!not )\bcaptured\b", re.IGNORECASE)


def exchanges_of(path) -> list[dict]:
    """A REST exchange file is a list of exchanges; a payload file (GitHub event, CLI output) is
    one object, or the list of objects one response holds."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, list) else [data]


@pytest.mark.parametrize("path", JSON_FILES, ids=lambda p: str(p.relative_to(EXCHANGES)))
def test_every_exchange_names_its_source_and_none_claims_a_capture(path):
    for exchange in exchanges_of(path):
        source = exchange.get("_source")
        assert isinstance(source, str) and source.strip(), f"no _source in {exchange}"
        assert "not captured" in source
    assert not CLAIMED_CAPTURE.search(path.read_text(encoding="utf-8"))


def test_the_readme_lists_every_exchange_file():
    readme = (EXCHANGES / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([^`]+)` \|", readme, flags=re.MULTILINE))
    files = {
        str(path.relative_to(EXCHANGES))
        for path in EXCHANGES.rglob("*")
        if path.is_file() and path.name != "README.md"
    }
    assert listed == files


def test_the_replay_refuses_a_key_it_would_not_read():
    exchange = {"_source": "REST reference", "method": "POST", "path": "/api/2.0/x", "body": {}}
    assert checked_exchange(exchange) is exchange
    with pytest.raises(ValueError, match=r"\['requests'\]"):
        checked_exchange({**exchange, "requests": {"name": "x"}})
