"""MLflow 3 production monitoring: the configured scorers registered on the experiment and
started on a sample of its traces; idempotent.

`Scorer.register(name=, experiment_id=)` then `.start(name=, experiment_id=,
sampling_config=ScorerSamplingConfig(sample_rate=, filter_string=))`, and `.update(...)` with a
new sampling configuration for a scorer already registered (mlflow 3.17,
mlflow/genai/scorers/base.py and registry.py; `list_scorers(experiment_id=)` returns the latest
version of each registered name). `start` refuses a sample rate of 0, so a scorer configured at
0 is registered and stopped. Scheduled scoring needs a Databricks tracking URI, the production
monitoring preview, and a SQL warehouse when the experiment's traces live in Unity Catalog
(docs/monitoring.md).
"""

from dataclasses import dataclass

from .settings import PRODUCTION_JUDGES, Production


@dataclass(frozen=True)
class ScorerPlan:
    name: str
    scorer: object
    sample_rate: float


@dataclass(frozen=True)
class ScorerOutcome:
    name: str
    action: str  # "registered", "updated"
    sample_rate: float


def planned_scorers(production: Production) -> list[ScorerPlan]:
    """The code scorers and the built-in judges config/monitoring.yml names, with their rates."""
    from mlflow.genai import scorers

    from .production_scorers import CODE_SCORERS

    plans = [
        ScorerPlan(name, CODE_SCORERS[name], production.code_scorer_sample_rate)
        for name in production.code_scorers
    ]
    plans += [
        ScorerPlan(name, getattr(scorers, PRODUCTION_JUDGES[name])(), production.judge_sample_rate)
        for name in production.judges
    ]
    return plans


def ensure_scorers(
    production: Production, experiment_id: str, registry=None
) -> list[ScorerOutcome]:
    """Register and start each planned scorer, or update the sampling of one already there.

    `registry` holds `list_scorers` and `ScorerSamplingConfig` (mlflow.genai.scorers by
    default; tests pass fakes)."""
    if registry is None:
        from mlflow.genai import scorers as registry
    existing = {s.name: s for s in registry.list_scorers(experiment_id=experiment_id)}
    outcomes = []
    for plan in planned_scorers(production):
        config = registry.ScorerSamplingConfig(
            sample_rate=plan.sample_rate, filter_string=production.filter_string or None
        )
        if plan.name in existing:
            existing[plan.name].update(
                name=plan.name, experiment_id=experiment_id, sampling_config=config
            )
            outcomes.append(ScorerOutcome(plan.name, "updated", plan.sample_rate))
            continue
        registered = plan.scorer.register(name=plan.name, experiment_id=experiment_id)
        if plan.sample_rate > 0:
            registered.start(name=plan.name, experiment_id=experiment_id, sampling_config=config)
        outcomes.append(ScorerOutcome(plan.name, "registered", plan.sample_rate))
    return outcomes
