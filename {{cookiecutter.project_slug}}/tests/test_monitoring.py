"""Monitoring: the metrics of recorded inference rows, the thresholds, config/monitoring.yml, and
`monitor` end to end on a generated log."""

import json
import random
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from {{ cookiecutter.package_name }}.chain.pipeline import extractive_answer
from {{ cookiecutter.package_name }}.cli import main
from {{ cookiecutter.package_name }}.costs.window import project_window_prices
from {{ cookiecutter.package_name }}.errors import ProjectError
from {{ cookiecutter.package_name }}.monitoring.local_log import default_log, read_log
from {{ cookiecutter.package_name }}.monitoring.metrics import (
    MetricSettings,
    compute_windows,
    unplaced,
)
from {{ cookiecutter.package_name }}.monitoring.settings import (
    MonitoringConfigError,
    read_monitoring_config,
)
from {{ cookiecutter.package_name }}.monitoring.thresholds import (
    BREACH,
    NO_DATA,
    PASS,
    ThresholdBreachError,
    judge,
    raise_on_breach,
)
from {{ cookiecutter.package_name }}.monitoring.traffic import questions, send_traffic
from {{ cookiecutter.package_name }}.text import count_tokens

from tests.conftest import PROJECT_ROOT
from tests.monitoring_rows import QUESTION, response_body, row

CONFIG = PROJECT_ROOT / "config" / "monitoring.yml"


@pytest.fixture
def config():
    return read_monitoring_config(CONFIG)


@pytest.fixture
def settings(config):
    return MetricSettings.from_config(config, project_window_prices(PROJECT_ROOT))


def hour_of(rows: list[dict], settings) -> dict:
    metrics = compute_windows(pd.DataFrame(rows), ["hour"], settings)
    assert len(metrics) == 1
    return metrics.iloc[0].to_dict()


def test_good_error_and_slow_rows(settings):
    good = [row(minute=m, duration_ms=100 + 10 * m) for m in range(6)]
    errors = [row(minute=10, status=400, duration_ms=5), row(minute=11, status=500, duration_ms=7)]
    slow = [row(minute=20, duration_ms=25_000)]
    metrics = hour_of(good + errors + slow, settings)

    latencies = [r["execution_duration_ms"] for r in good + errors + slow]
    assert metrics["requests"] == 9
    assert metrics["errors"] == 2
    assert metrics["error_rate"] == pytest.approx(2 / 9)
    assert metrics["server_error_rate"] == pytest.approx(1 / 9)
    assert json.loads(metrics["status_counts"]) == {"200": 7, "400": 1, "500": 1}
    for q in (50, 95, 99):
        assert metrics[f"latency_p{q}_ms"] == pytest.approx(np.percentile(latencies, q))
    assert metrics["latency_p99_ms"] > 20_000  # the slow row shows in the tail
    assert (metrics["input_tokens"], metrics["output_tokens"]) == (9 * 12, 9 * 30)
    assert metrics["token_source"] == "column"
    assert metrics["answers"] == 7
    assert metrics["no_sources_share"] == 0 and metrics["no_answer_share"] == 0
    assert metrics["quality_sampled"] == 7
    assert metrics["groundedness"] == pytest.approx(1.0)
    assert 0.5 < metrics["retrieval_relevance"] <= 1.0
    assert metrics["malformed_rows"] == 0
    assert pd.Timestamp(metrics["window_start"]) == pd.Timestamp("2026-11-20T09:00Z")


def test_missing_token_counts_come_from_usage_or_are_estimated(settings):
    with_usage = row(
        tokens=None,
        body=response_body(
            "Twenty-seven days [1]",
            usage={"input_tokens": 700, "output_tokens": 40, "total_tokens": 740},
        ),
    )
    estimated = row(minute=1, tokens=None, answer="Twenty-seven days [1]")
    metrics = hour_of([with_usage, estimated], settings)

    assert metrics["token_source"] == "estimate+usage"
    assert metrics["input_tokens"] == 700 + count_tokens(QUESTION)
    assert metrics["output_tokens"] == 40 + count_tokens("Twenty-seven days [1]")


def test_malformed_rows_are_counted_and_reported_never_fatal(settings, tmp_path):
    rows = [
        row(),
        row(minute=1, response="{not json"),
        row(minute=2, status_code="teapot"),
        row(minute=3, execution_duration_ms=None),
        row(minute=4, execution_duration_ms=12.5),
        row(minute=5, request_time="yesterday"),
    ]
    log = tmp_path / "inference_log.jsonl"
    log.write_text("\n".join([json.dumps(r) for r in rows] + ["{truncated", "[1, 2]"]) + "\n")

    read = read_log(log)
    metrics = compute_windows(read.rows, ["hour"], settings).iloc[0]

    assert read.unreadable_lines == 2
    assert unplaced(read.rows) == 1
    assert metrics["requests"] == 1
    assert metrics["malformed_rows"] == 4
    assert metrics["malformed_share"] == pytest.approx(4 / 5)
    assert json.loads(metrics["malformed_reasons"]) == {
        "bad response JSON": 1,
        "bad status_code": 1,
        "missing execution_duration_ms": 1,
        "bad execution_duration_ms": 1,
    }


def test_a_missing_column_marks_every_row_and_raises_nothing(settings):
    rows = pd.DataFrame([row(), row(minute=1)]).drop(columns=["execution_duration_ms"])
    metrics = compute_windows(rows, ["hour"], settings).iloc[0]

    assert metrics["requests"] == 0
    assert metrics["malformed_rows"] == 2
    assert json.loads(metrics["malformed_reasons"]) == {"missing column execution_duration_ms": 2}
    assert pd.isna(metrics["latency_p95_ms"]) and pd.isna(metrics["error_rate"])


def test_answers_without_sources_and_no_answer_replies(settings):
    offline_refusal = extractive_answer(
        "zzz", [], SimpleNamespace(offline_label="[offline extractive answer]", max_sentences=3)
    )
    rows = [
        row(),
        row(minute=1, body=response_body(offline_refusal, sources=[])),
        row(minute=2, body=response_body("I don't know: the passages do not say.")),
        row(minute=3, body=response_body("27 days.", sources=[])),
    ]
    metrics = hour_of(rows, settings)

    assert metrics["no_sources_share"] == pytest.approx(2 / 4)
    assert metrics["no_answer_share"] == pytest.approx(2 / 4)


def test_the_quality_sample_is_seeded_and_independent_of_row_order(config):
    settings = MetricSettings.from_config(
        config.model_copy(
            update={
                "quality_sample": config.quality_sample.model_copy(
                    update={"sample_rate": 0.5, "max_rows": 4}
                )
            }
        ),
        project_window_prices(PROJECT_ROOT),
    )
    rows = [row(minute=m, answer=f"Answer {m} about leave days [1]") for m in range(30)]
    shuffled = random.Random(3).sample(rows, len(rows))

    first = hour_of(rows, settings)
    second = hour_of(shuffled, settings)

    assert first["quality_sampled"] == 4
    for name in ("quality_sampled", "groundedness", "retrieval_relevance"):
        assert first[name] == second[name]


def test_windows_split_by_hour_and_day(settings):
    rows = [row(minute=0), row(minute=70), row(minute=60 * 24 + 5)]
    metrics = compute_windows(pd.DataFrame(rows), ["hour", "day"], settings)

    counts = {
        (w, pd.Timestamp(s).isoformat()): r
        for w, s, r in metrics[["window", "window_start", "requests"]].itertuples(index=False)
    }
    assert counts == {
        ("hour", "2026-11-20T09:00:00+00:00"): 1,
        ("hour", "2026-11-20T10:00:00+00:00"): 1,
        ("hour", "2026-11-21T09:00:00+00:00"): 1,
        ("day", "2026-11-20T00:00:00+00:00"): 2,
        ("day", "2026-11-21T00:00:00+00:00"): 1,
    }


# --- thresholds ---------------------------------------------------------------------------------


def day_row(**values) -> dict:
    return {"window": "day", "window_start": pd.Timestamp("2026-11-20"), "requests": 50} | values


def test_thresholds_pass_breach_and_missing_metric(config):
    thresholds = config.thresholds.model_copy(
        update={
            "metrics": {
                name: bound
                for name, bound in config.thresholds.metrics.items()
                if name in ("error_rate", "latency_p95_ms", "groundedness")
            },
            "max_daily_cost_usd": None,
        }
    )
    metrics = pd.DataFrame(
        [
            day_row(error_rate=0.01, latency_p95_ms=45_000.0, groundedness=None),
            # Too few requests to be judged.
            day_row(window_start=pd.Timestamp("2026-11-21"), requests=3, error_rate=0.9),
            # Hours are not the judged window.
            {
                "window": "hour",
                "window_start": pd.Timestamp("2026-11-20"),
                "requests": 50,
                "error_rate": 0.9,
            },
        ]
    )
    verdicts = {v.metric: v for v in judge(metrics, thresholds)}

    assert verdicts["error_rate"].status == PASS
    assert verdicts["latency_p95_ms"].status == BREACH
    assert verdicts["groundedness"].status == NO_DATA
    assert len(verdicts) == 3
    with pytest.raises(ThresholdBreachError, match=r"latency_p95_ms = 45000 \(max 30000\)"):
        raise_on_breach(list(verdicts.values()))
    raise_on_breach([verdicts["error_rate"], verdicts["groundedness"]])


def test_the_shipped_config_reads_and_matches_the_offline_no_answer(config):
    assert config.thresholds.window in config.windows
    offline = extractive_answer(
        "zzz", [], SimpleNamespace(offline_label="[offline extractive answer]", max_sentences=3)
    )
    assert any(p.casefold() in offline.casefold() for p in config.no_answer_phrases)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda c: c.pop("windows"), r"monitoring.yml: windows is missing"),
        (
            lambda c: c["thresholds"]["metrics"].update({"latency_p96_ms": {"max": 1.0}}),
            r"thresholds.metrics.latency_p96_ms is not an allowed name",
        ),
        (
            lambda c: c["thresholds"]["metrics"].update({"error_rate": {}}),
            r"thresholds.metrics.error_rate.*give min, max or both",
        ),
        (
            lambda c: c["quality_sample"].update({"sample_rte": 0.1}),
            r"quality_sample.sample_rte is not a known key: did you mean 'sample_rate'",
        ),
        (lambda c: c.update({"windows": ["hour"]}), r"thresholds.window 'day' is not one of"),
        (
            lambda c: c["production"].update({"judges": ["correctness"]}),
            r"production.judges\[0\] is 'correctness'",
        ),
    ],
)
def test_config_errors_name_the_file_and_the_key(tmp_path, edit, message):
    import yaml

    data = yaml.safe_load(CONFIG.read_text())
    edit(data)
    path = tmp_path / "monitoring.yml"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(MonitoringConfigError, match=message):
        read_monitoring_config(path)


# --- `monitor` end to end -----------------------------------------------------------------------


def write_log(rows: list[dict]) -> Path:
    log = default_log()
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return log


def test_monitor_writes_the_report_and_plots(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(PROJECT_ROOT)
    write_log(
        [row(minute=m * 7, duration_ms=80 + m) for m in range(30)] + [row(minute=3, status=400)]
    )
    output = tmp_path / "report"

    assert main(["monitor", "--output", str(output)]) == 0

    summary = (output / "summary.md").read_text()
    assert "every threshold passes" in summary
    assert "| error_rate | 2026-11-20T00:00:00+00:00 | 0.03226 | max 0.05 | pass |" in summary
    for plot in ("requests_errors.png", "latency.png", "tokens.png", "quality.png"):
        assert (output / plot).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert f"]({plot})" in summary
    assert f"report: {output / 'summary.md'}" in capsys.readouterr().out


def test_monitor_exits_non_zero_on_a_breach_and_since_filters(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(PROJECT_ROOT)
    old_failures = [row(minute=-60 * 24 * 3 + m, status=500) for m in range(20)]
    write_log(old_failures + [row(minute=m) for m in range(12)] + [row(minute=13, status=500)])

    assert main(["monitor", "--output", str(tmp_path / "all")]) == 1
    assert "**BREACH**" in (tmp_path / "all" / "summary.md").read_text()
    assert "threshold is breached" in capsys.readouterr().err

    assert main(["monitor", "--since", "2026-11-20", "--output", str(tmp_path / "recent")]) == 1
    recent = (tmp_path / "recent" / "summary.md").read_text()
    assert "Requests: 13" in recent
    assert (
        "server_error_rate | 2026-11-20T00:00:00+00:00 | 0.07692 | max 0.01 | **BREACH**" in recent
    )


def test_monitor_rejects_a_bad_since(monkeypatch, capsys):
    monkeypatch.chdir(PROJECT_ROOT)
    assert main(["monitor", "--since", "last tuesday"]) == 2
    assert "use a duration such as 90m" in capsys.readouterr().err


# --- `traffic` ----------------------------------------------------------------------------------


def test_traffic_sends_evaluation_questions_and_needs_a_running_endpoint():
    received = []

    class Endpoint(BaseHTTPRequestHandler):
        def do_POST(self):
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(400 if len(received) == 2 else 200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        sent = send_traffic(PROJECT_ROOT / "data" / "eval", 5, seed=1, url=url)
    finally:
        server.shutdown()

    assert sent["statuses"] == {200: 4, 400: 1}
    asked = {m["input"][0]["content"] for m in received}
    assert asked <= set(questions(PROJECT_ROOT / "data" / "eval"))
    assert [m["client_request_id"] for m in received] == [f"traffic-1-{n}" for n in range(5)]
    with pytest.raises(ProjectError, match="no local endpoint is running"):
        send_traffic(PROJECT_ROOT / "data" / "eval", 1, seed=1)
