import mlflow
import pytest
from mlflow.exceptions import MlflowException

from {{ cookiecutter.package_name }}.backend.local import LocalBackend
from {{ cookiecutter.package_name }}.backend.workspace import WorkspaceBackend
from {{ cookiecutter.package_name }}.chain.registration import (
    model_config,
    project_requirements,
    read_constraints,
    run,
)
from {{ cookiecutter.package_name }}.chain.settings import ChainConfigError
from {{ cookiecutter.package_name }}.parameters import ChainParameters, ParameterError


def task_config(parameters: dict[str, str], **overrides) -> ChainParameters:
    return ChainParameters.from_parameters({**parameters, **overrides}.get)


def test_local_configuration_is_offline_and_points_at_the_local_index(job_parameters, local_home):
    config = model_config(task_config(job_parameters))
    assert config["embedder"] == {"kind": "offline"}
    assert config["chat_model"]["kind"] == "offline"
    assert config["index"]["kind"] == "local"
    assert config["index"]["folder"].startswith(str(local_home))
    assert config["index"]["folder"].endswith(job_parameters["vector_search_index"])
    assert LocalBackend().model_resources(config) == []


def test_workspace_configuration_declares_every_resource_it_calls(job_parameters):
    config = model_config(task_config(job_parameters, target="staging", catalog="main"))
    index = f"main.{job_parameters['schema']}.{job_parameters['vector_search_index']}"
    assert config["index"] == {
        "kind": "databricks",
        "name": index,
        "endpoint": job_parameters["vector_search_endpoint"],
    }
    resources = WorkspaceBackend("staging").model_resources(config)
    declared = {resource.to_dict().popitem()[1][0]["name"] for resource in resources}
    assert declared == {
        job_parameters["embedding_endpoint"],
        job_parameters["llm_endpoint"],
        index,
    }


def test_requirements_are_the_project_pins(job_parameters):
    pins = read_constraints()
    offline = project_requirements(LocalBackend.model_extra_requirements)
    online = project_requirements(WorkspaceBackend.model_extra_requirements)
    assert {line.split("==")[0] for line in offline} - {line.split("==")[0] for line in online} == {
        "scikit-learn"
    }
    for line in offline:
        name, version = line.split("==")
        assert pins[name.replace("_", "-").lower()] == version
    assert any(line.startswith("mlflow==") for line in online)
    assert not any(line.startswith("pyspark") for line in online)


def test_bad_configuration_files_are_named(job_parameters, tmp_path):
    broken = tmp_path / "chain.yml"
    broken.write_text("retrieval: [k: 5\n")
    with pytest.raises(ChainConfigError, match="malformed YAML"):
        model_config(task_config(job_parameters, chain_config=str(broken)))
    with pytest.raises(ChainConfigError, match="does not exist"):
        model_config(task_config(job_parameters, chain_config=str(tmp_path / "none.yml")))
    with pytest.raises(ParameterError, match="'llm_endpoint' is empty"):
        task_config(job_parameters, llm_endpoint=" ")


def test_logs_registers_and_aliases_a_chain_that_answers_with_sources(job_parameters, sample_index):
    registered = run(task_config(job_parameters))
    assert registered.version == "1"
    client = mlflow.MlflowClient()
    version = client.get_model_version_by_alias(registered.name, "candidate")
    assert str(version.version) == "1"
    assert version.tags["evaluation_status"] == "pending"

    model = mlflow.pyfunc.load_model(f"models:/{registered.name}@candidate")
    response = model.predict(
        {"input": [{"role": "user", "content": "What is the per diem for international trips?"}]}
    )
    answer = response["output"][0]["content"][0]["text"]
    assert "$95 per day for international trips" in answer
    sources = response["custom_outputs"]["sources"]
    assert sources[0]["document_path"].endswith("travel_expense_policy.pdf")
    assert {"page_number", "chunk_id", "snippet", "score", "text"} <= set(sources[0])

    with pytest.raises(MlflowException, match="the question is empty") as refused:
        model.predict({"input": [{"role": "user", "content": " "}]})
    assert refused.value.get_http_status_code() == 400

    # The same code, configuration and index again: the version is reused
    # (tests/test_registration_rerun.py covers what registers a new one).
    again = run(task_config(job_parameters))
    assert (again.version, again.reused) == ("1", True)
    assert str(client.get_model_version_by_alias(registered.name, "candidate").version) == "1"
