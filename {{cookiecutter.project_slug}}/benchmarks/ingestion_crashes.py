"""Task 1 under concurrent runs and killed runs, checked end to end on this machine.

`python -m benchmarks.ingestion_crashes` (from the project root; not part of `make bench`, it
checks rather than measures). Every run is a real `ingest` process (the command line's) on a
scratch local home (RAG_LOCAL_HOME), so `.local/` is never touched:

1. concurrent: two ingests of two folders, the second started `--delay` seconds after the first
   (once per delay): both must exit 0, and every PDF of both be recorded and indexed;
2. killed between the two commits: a run killed by SIGKILL (sent by the process to itself right
   after the chunk table's commit), some of its new PDFs deleted, then one plain run;
3. killed at random: `--kills` runs, each killed by SIGKILL at a random moment of its work
   (20% to 95% of the first run's duration) while PDFs are added, edited and deleted, each
   followed by one plain run.

After each plain run the tables and the index must agree: unique chunk ids, every chunk of a
document with an indexed version, no chunk of a deleted PDF, every PDF recorded with status ok,
the index rows equal to the chunk rows. With the defaults it starts 8 + 2 x `--kills` processes
(14), each bounded by `--timeout` seconds, so the whole check is bounded too; each process costs
a Spark session's start and a run over 10 to 20 small PDFs. The figures go to
.local/bench/ingestion_crashes.json; the exit code is 1 if any check failed.
"""

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pandas as pd

from {{ cookiecutter.package_name }}.local.bundle import load_job
from {{ cookiecutter.package_name }}.local.workspace import LOCAL_HOME_VARIABLE, LocalWorkspace
from {{ cookiecutter.package_name }}.names import index_full_name

from . import write_figures
from tests.pdf_factory import synthetic_corpus

ROOT = Path(__file__).resolve().parent.parent
PARAMETERS = load_job(ROOT).parameters
PAGES_PER_DOCUMENT = 2

# `ingest`, killed by SIGKILL once the chunk table is committed and before the document table
# is: the moment a run can die that leaves chunks no document row points to.
KILLED_BETWEEN_COMMITS = """
import os, signal, sys
from {{ cookiecutter.package_name }}.cli import main
from {{ cookiecutter.package_name }}.ingestion.tables import LocalTables

apply_changes = LocalTables.apply_changes


def die_before_the_documents(self, table, changes, key):
    if table == sys.argv[1]:
        os.kill(os.getpid(), signal.SIGKILL)
    apply_changes(self, table, changes, key)


LocalTables.apply_changes = die_before_the_documents
sys.exit(main(["ingest", "--source", sys.argv[2]]))
"""


class Scenario:
    """A scratch local home and the `ingest` processes run on it."""

    def __init__(self, home: Path, timeout: float) -> None:
        self.home = home
        self.timeout = timeout
        self.environment = {**os.environ, LOCAL_HOME_VARIABLE: str(home)}

    def start(self, source: Path, killed_between_commits: bool = False) -> subprocess.Popen:
        if killed_between_commits:
            code = textwrap.dedent(KILLED_BETWEEN_COMMITS)
            command = ["-c", code, PARAMETERS["documents_table"], str(source)]
        else:
            command = ["-m", "{{ cookiecutter.package_name }}", "ingest", "--source", str(source)]
        return subprocess.Popen(
            [sys.executable, *command],
            cwd=ROOT,
            env=self.environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    def finish(self, process: subprocess.Popen) -> tuple[int, str]:
        try:
            output, _ = process.communicate(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
            return -1, output + f"\n(killed after the {self.timeout:.0f}s timeout)"
        return process.returncode, output

    def ingest(self, source: Path) -> tuple[int, str, float]:
        started = time.perf_counter()
        code, output = self.finish(self.start(source))
        return code, output, time.perf_counter() - started

    def table(self, name: str) -> pd.DataFrame:
        folder = self.home / "tables" / PARAMETERS["catalog"] / PARAMETERS["schema"] / name
        version = int((folder / "CURRENT").read_text())
        return pd.read_parquet(folder / f"v{version:06d}")

    def index_ids(self) -> list[str]:
        name = index_full_name(
            PARAMETERS["catalog"], PARAMETERS["schema"], PARAMETERS["vector_search_index"]
        )
        folder = LocalWorkspace(self.home).vector_indexes / name
        return pd.read_parquet(folder / "metadata.parquet")["chunk_id"].tolist()

    def problems(self, sources: list[Path]) -> list[str]:
        """What breaks the agreement of the tables, the index and the source folders."""
        documents = self.table(PARAMETERS["documents_table"])
        chunks = self.table(PARAMETERS["chunk_table"])
        index = self.index_ids()
        on_disk = {str(path) for source in sources for path in source.glob("*.pdf")}
        indexed = set(documents.loc[documents["indexed_sha256"].notna(), "document_path"])
        found = []
        if chunks["chunk_id"].duplicated().any():
            found.append(f"{chunks['chunk_id'].duplicated().sum()} duplicate chunk ids")
        orphans = chunks[~chunks["document_path"].isin(indexed)]
        if len(orphans):
            found.append(f"{len(orphans)} chunks of no indexed document")
        deleted = chunks[~chunks["document_path"].isin(on_disk)]
        if len(deleted):
            found.append(f"{len(deleted)} chunks of deleted PDFs")
        if sorted(index) != sorted(chunks["chunk_id"]):
            found.append(f"index rows {len(index)} != chunk rows {len(chunks)}")
        recorded = dict(zip(documents["document_path"], documents["status"], strict=True))
        if missing := on_disk - set(recorded):
            found.append(f"{len(missing)} PDFs without a document row")
        if failed := {path: status for path, status in recorded.items() if status != "ok"}:
            found.append(f"not ok: {failed}")
        return found


def concurrent_runs(scratch: Path, delays: list[float], documents: int, timeout: float) -> list:
    results = []
    for number, delay in enumerate(delays):
        scenario = Scenario(scratch / f"concurrent-{number}", timeout)
        sources = [scratch / f"concurrent-{number}-{name}" for name in ("first", "second")]
        for seed, source in enumerate(sources):
            synthetic_corpus(source, documents * PAGES_PER_DOCUMENT, PAGES_PER_DOCUMENT, seed)
        started = time.perf_counter()
        first = scenario.start(sources[0])
        time.sleep(delay)
        second = scenario.start(sources[1])
        finished = [scenario.finish(process) for process in (first, second)]
        results.append(
            {
                "delay_seconds": delay,
                "exit_codes": [code for code, _ in finished],
                # Which run waited for the other, if any (started together, either may).
                "waited": ["this run waits for it to end" in output for _, output in finished],
                "seconds": round(time.perf_counter() - started, 1),
                "documents": len(scenario.table(PARAMETERS["documents_table"])),
                "expected_documents": 2 * documents,
                "problems": scenario.problems(sources),
            }
        )
        report("concurrent runs", results[-1])
    return results


def killed_between_commits(scratch: Path, documents: int, timeout: float) -> dict:
    scenario = Scenario(scratch / "between-commits", timeout)
    source = scratch / "between-commits-pdfs"
    paths = synthetic_corpus(source, documents * PAGES_PER_DOCUMENT, PAGES_PER_DOCUMENT)
    held_back = paths[documents // 2 :]
    moved = [path.rename(path.with_suffix(".held")) for path in held_back]
    first_code, _, _ = scenario.ingest(source)
    for path in moved:
        path.rename(path.with_suffix(".pdf"))
    killed_code, _ = scenario.finish(scenario.start(source, killed_between_commits=True))
    chunks = scenario.table(PARAMETERS["chunk_table"])
    left = int(chunks["document_path"].isin([str(p) for p in held_back]).sum())
    deleted = held_back[: len(held_back) // 2 + 1]
    for path in deleted:
        path.unlink()
    code, output, seconds = scenario.ingest(source)
    result = {
        "first_run_exit_code": first_code,
        "killed_run_exit_code": killed_code,
        "chunks_left_without_a_document_row": left,
        "pdfs_deleted_before_the_rerun": len(deleted),
        "rerun_exit_code": code,
        "rerun_seconds": round(seconds, 1),
        "problems": scenario.problems([source]) + ([output[-2000:]] if code else []),
    }
    report("killed between the commits", result)
    return result


def killed_at_random(scratch: Path, kills: int, documents: int, timeout: float) -> list:
    rng = random.Random(18)
    scenario = Scenario(scratch / "random-kills", timeout)
    source = scratch / "random-kills-pdfs"
    synthetic_corpus(source, documents * PAGES_PER_DOCUMENT, PAGES_PER_DOCUMENT)
    spare = synthetic_corpus(
        scratch / "spare", 4 * kills * PAGES_PER_DOCUMENT, PAGES_PER_DOCUMENT, seed=9
    )
    first_code, _, first_seconds = scenario.ingest(source)
    results = [{"first_run_exit_code": first_code, "first_run_seconds": round(first_seconds, 1)}]
    for number in range(kills):
        current = sorted(source.glob("*.pdf"))
        rng.choice(current).unlink()
        rng.choice(current[1:]).write_bytes(spare.pop().read_bytes())
        for _ in range(2):
            added = spare.pop()
            added.rename(source / f"added_{number}_{added.name}")
        # Anywhere from the Spark session's start to the index refresh of a run like the first.
        delay = rng.uniform(0.2, 0.95) * first_seconds
        process = scenario.start(source)
        time.sleep(delay)
        killed = process.poll() is None
        process.send_signal(signal.SIGKILL)
        scenario.finish(process)
        code, output, seconds = scenario.ingest(source)
        results.append(
            {
                "killed_after_seconds": round(delay, 1),
                "killed_while_running": killed,
                "rerun_exit_code": code,
                "rerun_seconds": round(seconds, 1),
                "problems": scenario.problems([source]) + ([output[-2000:]] if code else []),
            }
        )
        report("killed at random", results[-1])
    return results


def report(check: str, result: dict) -> None:
    print(f"{check}: {json.dumps(result)}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10, help="PDFs per folder (2 pages)")
    parser.add_argument(
        "--delay", type=float, action="append", help="seconds between the two concurrent runs"
    )
    parser.add_argument("--kills", type=int, default=3, help="runs killed at a random moment")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per process")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-crashes-") as folder:
        scratch = Path(folder)
        started = time.perf_counter()
        figures = {
            "concurrent": concurrent_runs(
                scratch, args.delay or [0.0, 5.0], args.documents, args.timeout
            ),
            "killed_between_commits": killed_between_commits(scratch, args.documents, args.timeout),
            "killed_at_random": killed_at_random(scratch, args.kills, args.documents, args.timeout),
        }
        figures["seconds"] = round(time.perf_counter() - started, 1)
    concurrent_ok = all(
        run["exit_codes"] == [0, 0] and not run["problems"] for run in figures["concurrent"]
    )
    between = figures["killed_between_commits"]
    random_runs = figures["killed_at_random"][1:]
    figures["passed"] = (
        concurrent_ok
        and between["rerun_exit_code"] == 0
        and not between["problems"]
        and all(run["rerun_exit_code"] == 0 and not run["problems"] for run in random_runs)
    )
    print(f"{'PASS' if figures['passed'] else 'FAIL'} in {figures['seconds']}s")
    print(f"figures: {write_figures('ingestion_crashes', figures)}")
    return 0 if figures["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
