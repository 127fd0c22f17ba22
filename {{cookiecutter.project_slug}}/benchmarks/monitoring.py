"""Monitoring computation throughput, in inference rows per second, on 1,000,000 synthetic rows.

The rows have the workspace inference table's columns and types (no token counts: they are
estimated), spread over 30 days: 97% answered, 2% refused (400), 1% failed (500). Rows:
- pandas, in-process: `metrics.compute_windows` over hour and day windows (the `monitor` path);
- Spark `applyInPandas`: `task.metrics_of` on the same rows read from parquet (the job's path),
  in a new process per core count pinned to that many CPUs, after a warm-up on 10,000 rows;
  session start-up reported apart.
Each row is timed once (a run takes minutes). Run from the project root: `make bench`. Figures
also go to .local/bench/monitoring.json.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from {{ cookiecutter.package_name }}.costs.window import project_window_prices
from {{ cookiecutter.package_name }}.monitoring.metrics import MetricSettings, compute_windows
from {{ cookiecutter.package_name }}.monitoring.settings import read_monitoring_config

from . import write_figures

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "config" / "monitoring.yml"
SPARK_CORES = (1, 2)
WINDOWS = ["hour", "day"]
START = datetime(2026, 10, 1, tzinfo=UTC)
PASSAGE = (
    "Full-time employees receive 27 days of paid annual leave per year in addition to public "
    "holidays. After five years of continuous service the allowance rises to 30 days."
)


def synthetic_rows(count: int, seed: int = 14) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    seconds = np.sort(rng.uniform(0, 30 * 86400, count))
    status = rng.choice([200, 400, 500], size=count, p=[0.97, 0.02, 0.01])
    request = json.dumps(
        {"input": [{"role": "user", "content": "How many days of paid annual leave do I get?"}]}
    )
    answered = json.dumps(
        {
            "object": "response",
            "output": [
                {
                    "type": "message",
                    "role": "assistant",
                    "content": [{"type": "output_text", "text": f"{PASSAGE} [1]"}],
                }
            ],
            "custom_outputs": {
                "sources": [{"document_path": "handbook.pdf", "page_number": 2, "text": PASSAGE}]
            },
        }
    )
    refused = json.dumps({"error_code": "BAD_REQUEST", "message": "refused"})
    return pd.DataFrame(
        {
            "databricks_request_id": [f"r{n}" for n in range(count)],
            "request_time": pd.Timestamp(START).tz_localize(None)
            + pd.to_timedelta(seconds.round(3), unit="s"),
            "status_code": status.astype("int32"),
            "execution_duration_ms": rng.lognormal(7, 0.5, count).astype("int64"),
            "request": request,
            "response": np.where(status == 200, answered, refused),
        }
    )


def settings() -> MetricSettings:
    return MetricSettings.from_config(read_monitoring_config(CONFIG), project_window_prices(ROOT))


def pandas_row(rows: pd.DataFrame) -> dict:
    started = time.perf_counter()
    metrics = compute_windows(rows, WINDOWS, settings())
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "rows_per_second": len(rows) / seconds, "windows": len(metrics)}


def spark_measurement(cores: int, data: Path) -> dict:
    from {{ cookiecutter.package_name }}.monitoring.task import metrics_of
    from {{ cookiecutter.package_name }}.spark_session import local_spark

    started = time.perf_counter()
    spark = local_spark(cores=cores)
    startup = time.perf_counter() - started
    rows = spark.read.parquet(str(data))
    since = START.replace(tzinfo=None)
    metrics_of(rows.limit(10_000), WINDOWS, settings(), since).collect()  # warm-up
    started = time.perf_counter()
    windows = len(metrics_of(rows, WINDOWS, settings(), since).collect())
    seconds = time.perf_counter() - started
    count = rows.count()
    return {
        "cores": cores,
        "startup_seconds": startup,
        "seconds": seconds,
        "rows_per_second": count / seconds,
        "windows": windows,
    }


def spark_in_subprocess(cores: int, data: Path) -> dict:
    # Pinned to `cores` CPUs: local[1] alone would still spread the JVM's threads over the rest.
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.monitoring", "--spark-cores", str(cores), str(data)],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=lambda: os.sched_setaffinity(0, range(cores)),
    )
    if completed.returncode != 0:
        raise RuntimeError(f"Spark on {cores} core(s) failed:\n{completed.stderr[-5000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def benchmark(count: int) -> dict:
    load_before = os.getloadavg()[0]
    rows = synthetic_rows(count)
    local = pandas_row(rows)
    with tempfile.TemporaryDirectory(prefix="bench-monitoring-") as folder:
        data = Path(folder) / "rows.parquet"
        # Microseconds: Spark reads no nanosecond timestamps.
        rows.to_parquet(data, coerce_timestamps="us")
        spark = [spark_in_subprocess(cores, data) for cores in SPARK_CORES]
    return {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "rows": count,
        "load_average": [load_before, os.getloadavg()[0]],
        "pandas": local,
        "spark": spark,
    }


def report(figures: dict) -> str:
    lines = [
        f"Monitoring computation on {figures['rows']:,} inference rows (hour and day windows)",
        f"load average {figures['load_average'][0]:.1f} before, "
        f"{figures['load_average'][1]:.1f} after",
        "",
        f"{'row':<40} {'seconds':>9} {'rows/s':>10}",
    ]
    local = figures["pandas"]
    lines.append(
        f"{'pandas, in-process':<40} {local['seconds']:>9.1f} {local['rows_per_second']:>10,.0f}"
    )
    for s in figures["spark"]:
        name = f"Spark applyInPandas, {s['cores']} core(s)"
        lines.append(f"{name:<40} {s['seconds']:>9.1f} {s['rows_per_second']:>10,.0f}")
    lines.append(
        "Spark session start-up, apart: "
        + ", ".join(f"{s['cores']} core(s) {s['startup_seconds']:.1f} s" for s in figures["spark"])
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows (default 1,000,000)")
    parser.add_argument("--spark-cores", type=int, help="internal: time Spark only, print JSON")
    parser.add_argument("data", nargs="?", type=Path, help="internal: parquet for --spark-cores")
    args = parser.parse_args(argv)
    if args.spark_cores:
        print(json.dumps(spark_measurement(args.spark_cores, args.data)))
        return 0
    if os.cpu_count() < max(SPARK_CORES):
        parser.error(f"the Spark rows need {max(SPARK_CORES)} CPU cores; this machine has fewer")
    figures = benchmark(args.rows)
    print(report(figures))
    print(f"\nFigures written to {write_figures('monitoring', figures)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
