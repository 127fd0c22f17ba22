"""The outcome of an evaluation: per version metrics, gate verdicts, and where they are written."""

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import ProjectError
from ..text import format_number
from .gates import GateResult


@dataclass(frozen=True)
class VersionEvaluation:
    alias: str
    version: str
    run_id: str
    metrics: dict[str, float]
    rows: list[dict]


@dataclass(frozen=True)
class EvaluationReport:
    model_name: str
    candidate: VersionEvaluation
    serving: VersionEvaluation | None
    gates: list[GateResult]
    dataset: str
    promoted_to: str
    run_links: dict[str, str]
    # The version aliased champion, also when it is the candidate (then `serving` is None).
    serving_version: str | None = None

    @property
    def passed(self) -> bool:
        return all(gate.passed for gate in self.gates)

    def metrics_json(self) -> dict:
        return {
            "model_name": self.model_name,
            "dataset": self.dataset,
            "passed": self.passed,
            "promoted_to": self.promoted_to,
            "candidate": {
                "version": self.candidate.version,
                "run_id": self.candidate.run_id,
                "metrics": self.candidate.metrics,
            },
            "serving": None
            if self.serving is None
            else {
                "version": self.serving.version,
                "run_id": self.serving.run_id,
                "metrics": self.serving.metrics,
            },
            "gates": [asdict(gate) for gate in self.gates],
            "runs": self.run_links,
        }

    def _serving_text(self) -> str:
        if self.serving:
            return self.serving.version
        if self.serving_version == self.candidate.version:
            return f"{self.serving_version}, the candidate itself (nothing to compare)"
        return "none"

    def summary_markdown(self) -> str:
        verdict = "PASSED" if self.passed else "FAILED"
        serving = self.serving
        lines = [
            f"## Offline evaluation: {verdict}",
            "",
            f"Model `{self.model_name}` version {self.candidate.version} "
            f"(alias `{self.candidate.alias}`) on `{self.dataset}` "
            f"({len(self.candidate.rows)} rows); serving version: {self._serving_text()}.",
            "",
            "| metric | candidate | serving |",
            "|---|---:|---:|",
        ]
        for metric, value in self.candidate.metrics.items():
            other = serving.metrics.get(metric) if serving else None
            lines.append(f"| {metric} | {format_number(value)} | {format_number(other)} |")
        lines += ["", "| gate | rule | value | limit | verdict |", "|---|---|---:|---:|---|"]
        for gate in self.gates:
            value, limit = format_number(gate.value), format_number(gate.limit)
            mark = "pass" if gate.passed else "**FAIL**"
            lines.append(
                f"| {gate.metric} | {gate.rule} | {value} | {limit} | {mark}: {gate.detail} |"
            )
        lines += [""]
        if self.promoted_to:
            lines.append(f"Promoted: version {self.candidate.version} is `@{self.promoted_to}`.")
        lines += [f"- {label}: {link}" for label, link in self.run_links.items()]
        return "\n".join(lines) + "\n"


def write_outputs(report: EvaluationReport, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "results.jsonl").open("w") as out:
        for row in report.candidate.rows:
            out.write(json.dumps(row) + "\n")
    (folder / "metrics.json").write_text(json.dumps(report.metrics_json(), indent=2) + "\n")
    (folder / "summary.md").write_text(report.summary_markdown())


class EvaluationGateError(ProjectError, RuntimeError):
    """The candidate failed at least one gate; the message holds the table of gates, `report`
    the whole evaluation (a caller that reports rather than gates still has the figures)."""

    def __init__(self, message: str, report: "EvaluationReport") -> None:
        super().__init__(message)
        self.report = report
