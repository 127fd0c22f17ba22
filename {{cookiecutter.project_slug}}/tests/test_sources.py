"""How task 1 spreads the files it reads over Spark partitions."""

from datetime import datetime

from {{ cookiecutter.package_name }}.ingestion.sources import FileState, pack_files

T0 = datetime(2026, 11, 1)
MB = 1024 * 1024


def files(*sizes_mb: float) -> list[FileState]:
    return [FileState(f"/data/{n}.pdf", T0, int(size * MB)) for n, size in enumerate(sizes_mb)]


def loads(packed: dict[str, int], listed: list[FileState]) -> dict[int, int]:
    totals: dict[int, int] = {}
    for state in listed:
        totals[packed[state.path]] = totals.get(packed[state.path], 0) + state.size_bytes
    return totals


def test_small_files_spread_over_the_partitions_asked_for():
    listed = files(*[1] * 12)
    packed = pack_files(listed, partitions=4, max_bytes=64 * MB)
    assert set(packed.values()) == {0, 1, 2, 3}
    assert set(loads(packed, listed).values()) == {3 * MB}


def test_large_files_get_more_partitions_so_none_exceeds_the_limit():
    listed = files(40, 40, 40, 30, 20, 10, 5)
    packed = pack_files(listed, partitions=2, max_bytes=64 * MB)
    assert max(loads(packed, listed).values()) <= 64 * MB
    assert len(set(packed.values())) == 4
    assert set(packed) == {state.path for state in listed}


def test_a_file_larger_than_the_limit_gets_a_partition_of_its_own():
    listed = files(100, 1, 1)
    packed = pack_files(listed, partitions=1, max_bytes=64 * MB)
    big = packed["/data/0.pdf"]
    assert [path for path, part in packed.items() if part == big] == ["/data/0.pdf"]


def test_no_files_and_no_partitions_asked_for():
    assert pack_files([], partitions=0, max_bytes=MB) == {}
    assert set(pack_files(files(1), partitions=0, max_bytes=MB).values()) == {0}
