"""Task 2 run again: the same code, configuration and index reuse the registered version; a change
to any of them registers a new one."""

import json
from pathlib import Path

import mlflow

from {{ cookiecutter.package_name }}.chain.registration import FINGERPRINT_TAG, run
from {{ cookiecutter.package_name }}.parameters import ChainParameters


def task_for(parameters: dict) -> ChainParameters:
    return ChainParameters.from_parameters(parameters.get)


def test_an_unchanged_rerun_reuses_the_version_and_each_change_registers_one(
    sample_index, job_parameters, tmp_path
):
    first = run(task_for(job_parameters))
    again = run(task_for(job_parameters))
    assert (again.version, again.run_id, again.reused) == (first.version, first.run_id, True)
    assert "registered nothing" in again.summary()
    client = mlflow.MlflowClient()
    assert str(client.get_model_version_by_alias(first.name, "candidate").version) == first.version

    changed = tmp_path / "rag_chain.yml"
    original = Path(job_parameters["chain_config"]).read_text()
    changed.write_text(original.replace("  k: 5", "  k: 4"))
    assert changed.read_text() != original
    other_config = run(task_for({**job_parameters, "chain_config": str(changed)}))
    assert int(other_config.version) == int(first.version) + 1 and not other_config.reused

    manifest = sample_index / "manifest.json"
    manifest.write_text(json.dumps({**json.loads(manifest.read_text()), "source_version": 2}))
    new_index = run(task_for(job_parameters))
    assert int(new_index.version) == int(other_config.version) + 1 and not new_index.reused
    tags = client.get_model_version(first.name, new_index.version).tags
    assert len(tags[FINGERPRINT_TAG]) == 64

    # Back to the first configuration and index: @candidate moved on, so this is a new version.
    manifest.write_text(json.dumps({**json.loads(manifest.read_text()), "source_version": 1}))
    back = run(task_for(job_parameters))
    assert not back.reused
