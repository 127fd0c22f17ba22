"""Task 4 on Databricks at the SDK boundary: REST exchanges (tests/exchanges/) through the SDK.

The registry part (the approval check and the champion alias) runs against a local sqlite MLflow
registry holding a model with the Unity Catalog name: the UC registry's REST calls are not
replayed here.
"""

import json

import mlflow
import pytest
import yaml
from databricks.sdk.service.serving import ServedEntityOutput

from {{ cookiecutter.package_name }}.deployment.endpoint import deploy_to_workspace
from {{ cookiecutter.package_name }}.deployment.entities import as_input
from {{ cookiecutter.package_name }}.deployment.release import (
    DeploymentError,
    DeploymentTimeoutError,
)
from {{ cookiecutter.package_name }}.names import served_entity_name
from {{ cookiecutter.package_name }}.parameters import (
    DeploymentParameters,
    ParameterError,
    parse_environment_vars,
)

from tests.conftest import PROJECT_ROOT

MODEL = "main.rag.rag_chain"
QUESTIONS = (
    "How many days of paid annual leave do full-time employees get?",
    "What does error code E07 on the robot vacuum mean?",
)
{% raw %}SECRET = "{{secrets/rag/openai_key}}"{% endraw %}


@pytest.fixture
def task(tmp_path) -> DeploymentParameters:
    dataset = tmp_path / "minimal.jsonl"
    dataset.write_text(
        "\n".join(
            json.dumps({"inputs": {"question": q}, "expectations": {"expected_response": "x"}})
            for q in QUESTIONS
        )
    )
    parameters = {
        "target": "staging",
        "catalog": "main",
        "schema": "rag",
        "model_name": "rag_chain",
        "experiment_name": "/Shared/rag",
        "promote_alias": "challenger",
        "eval_dataset": str(dataset),
        "serving_endpoint_name": "rag-endpoint",
        "read_access_group": "rag-users",
        "serving_workload_size": "Small",
        "serving_scale_to_zero": "true",
        "serving_rate_limit_per_minute": "60",
        "serving_environment_vars": json.dumps({"OPENAI_API_KEY": SECRET}),
        "serving_ready_timeout_seconds": "600",
        "monitoring_config": str(monitoring_config(tmp_path, requests=3)),
    }
    return DeploymentParameters.from_parameters(parameters.get)


def monitoring_config(folder, **post_deployment):
    """The project's config/monitoring.yml with other post_deployment settings: three requests
    cycle the two questions (tests/exchanges/serving_endpoint_*.json replay them)."""
    config = yaml.safe_load((PROJECT_ROOT / "config" / "monitoring.yml").read_text())
    config["post_deployment"].update(post_deployment)
    path = folder / "monitoring.yml"
    path.write_text(yaml.safe_dump(config))
    return path


@pytest.fixture
def experiment_id() -> str:
    """The job's experiment in the test session's tracking store, as task 4 leaves it active;
    the exchanges expect its id in the new entity's MLFLOW_EXPERIMENT_ID."""
    experiment = mlflow.get_experiment_by_name("/Shared/rag")
    return experiment.experiment_id if experiment else mlflow.create_experiment("/Shared/rag")


def with_values(task: DeploymentParameters, **values) -> DeploymentParameters:
    return DeploymentParameters(**{**task.__dict__, **values})


def fresh_registry() -> mlflow.MlflowClient:
    """The model, registered anew in the test session's sqlite registry."""
    client = mlflow.MlflowClient()
    if client.search_registered_models(filter_string=f"name = '{MODEL}'"):
        client.delete_registered_model(MODEL)
    client.create_registered_model(MODEL)
    return client


def registry_with(versions: int, approved: bool = True) -> mlflow.MlflowClient:
    """A registry whose newest version is aliased challenger, tagged as task 3 tags it."""
    client = fresh_registry()
    for _ in range(versions):
        version = client.create_model_version(MODEL, source="file:///recorded/rag_chain").version
    status = "passed" if approved else "failed"
    client.set_model_version_tag(MODEL, version, "evaluation_status", status)
    client.set_registered_model_alias(MODEL, "challenger", version)
    return client


def champion(client) -> str | None:
    aliases = client.get_registered_model(MODEL).aliases
    return str(aliases["champion"]) if "champion" in aliases else None


def test_first_deployment_creates_the_endpoint_then_aliases_and_grants(
    replay, workspace_client, task, experiment_id
):
    replay("serving_endpoint_create", experiment_id=experiment_id)
    client = registry_with(1)

    result = deploy_to_workspace(task, workspace_client, client, "rag-chatbot", poll_seconds=0)

    assert result.version == "1"
    assert result.details == {
        "created": True,
        "served_entity": "rag_chain-1",
        "pruned_entities": [],
    }
    assert result.smoke.passed
    assert [r.question for r in result.smoke.results] == list(QUESTIONS)
    assert result.url.endswith("/serving-endpoints/rag-endpoint/invocations")
    assert "Authorization: Bearer $DATABRICKS_TOKEN" in result.curl
    assert result.warnings == ()
    assert champion(client) == "1"
    # After the switch, three requests through the endpoint (the replay checks each of them).
    assert result.latency.passed and result.latency.sent == 3
    assert "latency run: PASSED, 3/3 requests, 0 errors" in result.summary()


def test_the_new_entity_sends_its_traces_to_the_job_experiment(
    replay, workspace_client, task, experiment_id
):
    # The create request of the recorded exchange must carry both variables (the replay
    # compares the whole body); a project variable cannot override them.
    replay("serving_endpoint_create", experiment_id=experiment_id)
    overriding = with_values(
        task,
        serving_environment_vars={"OPENAI_API_KEY": SECRET, "ENABLE_MLFLOW_TRACING": SECRET},
    )
    client = registry_with(1)

    deploy_to_workspace(overriding, workspace_client, client, "rag-chatbot", poll_seconds=0)

    created = json.loads(
        (PROJECT_ROOT / "tests/exchanges/serving_endpoint_create.json").read_text()
    )
    variables = created[1]["request"]["config"]["served_entities"][0]["environment_vars"]
    assert variables == {
        "OPENAI_API_KEY": SECRET,
        "ENABLE_MLFLOW_TRACING": "true",
        "MLFLOW_EXPERIMENT_ID": "{experiment_id}",
    }


def test_a_missing_experiment_is_refused_before_any_call(task):
    registry_with(1)
    elsewhere = with_values(task, experiment_name="/Shared/no-such-experiment")
    with pytest.raises(DeploymentError, match="no-such-experiment does not exist"):
        deploy_to_workspace(elsewhere, None, mlflow.MlflowClient(), "rag-chatbot")


def test_a_breached_latency_run_restores_the_previous_configuration_and_fails(
    replay, workspace_client, task, experiment_id
):
    # The update's exchanges up to the traffic switch, then one of the three latency requests
    # fails (an error rate of 1/3 against the 0.05 bound), then the rollback.
    replay("serving_endpoint_latency_run_fails", experiment_id=experiment_id)
    client = registry_with(4)
    prod = with_values(task, serving_scale_to_zero=False)

    with pytest.raises(DeploymentError) as failed:
        deploy_to_workspace(prod, workspace_client, client, "rag-chatbot", poll_seconds=0)

    message = str(failed.value)
    assert "version 4 failed its latency run: threshold breached: error_rate = 0.3333" in message
    assert "rolled back to its previous configuration (versions 3, 2, 1)" in message
    assert champion(client) is None


def test_update_stages_smoke_tests_switches_and_keeps_one_previous_version_scaled_to_zero(
    replay, workspace_client, task, experiment_id
):
    # As in prod: no entity scales to zero, yet the previous version kept at 0% of traffic does
    # (the recorded switch request sends it so); older versions are pruned.
    replay("serving_endpoint_update", experiment_id=experiment_id)
    client = registry_with(4)
    prod = with_values(task, serving_scale_to_zero=False)

    result = deploy_to_workspace(prod, workspace_client, client, "rag-chatbot", poll_seconds=0)

    assert result.details == {
        "created": False,
        "served_entity": "rag_chain-4",
        "pruned_entities": ["rag_chain-2", "rag_chain-1"],
    }
    assert all(r.answer for r in result.smoke.results)
    assert result.warnings == ()
    assert champion(client) == "4"


def test_an_agent_endpoint_refusing_usage_tracking_and_rate_limits_is_a_warning(
    replay, workspace_client, task, experiment_id
):
    # The refusal is answered by putting the inference table alone; the deployment goes on.
    replay("serving_endpoint_gateway_refused", experiment_id=experiment_id)
    client = registry_with(4)
    prod = with_values(task, serving_scale_to_zero=False)

    result = deploy_to_workspace(prod, workspace_client, client, "rag-chatbot", poll_seconds=0)

    assert champion(client) == "4"
    [warning] = result.warnings
    assert "refused AI Gateway usage tracking and the rate limit of 60" in warning
    assert "not supported for agent serving endpoints" in warning
    assert "serving_rate_limit_per_minute to 0" in warning
    assert f"warning: {warning}" in result.summary()


def test_an_update_in_progress_is_waited_out_before_the_version_is_staged(
    replay, workspace_client, task, experiment_id
):
    # Two answers IN_PROGRESS (the first read, then the SDK waiter's first poll), then the
    # update's own exchanges, which start with the endpoint NOT_UPDATING.
    replay(
        "serving_endpoint_update_in_progress",
        "serving_endpoint_update_in_progress",
        "serving_endpoint_update",
        experiment_id=experiment_id,
    )
    client = registry_with(4)
    prod = with_values(task, serving_scale_to_zero=False)

    result = deploy_to_workspace(prod, workspace_client, client, "rag-chatbot", poll_seconds=0)

    assert result.details["served_entity"] == "rag_chain-4"
    assert champion(client) == "4"


def test_an_update_in_progress_that_outlasts_the_timeout_changes_nothing(
    replay, workspace_client, task, experiment_id
):
    replay("serving_endpoint_update_in_progress", experiment_id=experiment_id)
    client = registry_with(4)
    quick = with_values(task, serving_ready_timeout_seconds=1e-9)

    with pytest.raises(DeploymentTimeoutError, match="still being updated") as timed_out:
        deploy_to_workspace(quick, workspace_client, client, "rag-chatbot", poll_seconds=0)

    assert "nothing was changed" in str(timed_out.value)
    assert champion(client) is None


def test_an_endpoint_whose_creation_failed_gets_the_version_at_full_traffic(
    replay, workspace_client, task, experiment_id
):
    # No active config, only the failed pending one: nothing to stage beside or roll back to.
    # With no rate limit asked for, the AI Gateway gets the inference table alone.
    replay("serving_endpoint_creation_failed", experiment_id=experiment_id)
    client = registry_with(2)
    no_limit = with_values(task, serving_rate_limit_per_minute=0)

    result = deploy_to_workspace(no_limit, workspace_client, client, "rag-chatbot", poll_seconds=0)

    assert result.details == {
        "created": False,
        "served_entity": "rag_chain-2",
        "pruned_entities": [],
    }
    assert result.smoke.passed
    assert result.warnings == ()
    assert champion(client) == "2"


def test_a_failed_smoke_test_restores_the_previous_configuration_and_fails(
    replay, workspace_client, task, experiment_id
):
    replay("serving_endpoint_smoke_test_fails", experiment_id=experiment_id)
    client = registry_with(4)

    with pytest.raises(DeploymentError) as failed:
        deploy_to_workspace(task, workspace_client, client, "rag-chatbot", poll_seconds=0)

    message = str(failed.value)
    assert "version 4 failed its smoke test" in message
    assert "empty answer" in message
    assert "permission denied" in message
    assert "rolled back to its previous configuration (versions 3, 2, 1)" in message
    assert champion(client) is None


def test_a_version_already_serving_all_traffic_is_checked_where_it_serves(
    replay, workspace_client, task, experiment_id
):
    # An unchanged re-run: task 2 reused version 4, which serves all traffic with the settings
    # asked for. Staging it beside itself would send routes adding up to 0%; the replay refuses
    # any config update, so nothing but the checks (smoke test, latency run) and the grant run.
    replay("serving_endpoint_redeploy_unchanged", experiment_id=experiment_id)
    client = registry_with(4)
    prod = with_values(task, serving_scale_to_zero=False)

    result = deploy_to_workspace(prod, workspace_client, client, "rag-chatbot", poll_seconds=0)

    assert result.details == {
        "created": False,
        "served_entity": "rag_chain-4",
        "pruned_entities": [],
    }
    assert result.smoke.passed and result.latency.passed
    assert champion(client) == "4"


def test_a_version_already_serving_that_fails_its_smoke_test_fails_the_task_unchanged(
    replay, workspace_client, task, experiment_id
):
    # No config update and no latency run after the failed smoke test: the replay refuses both.
    replay("serving_endpoint_redeploy_smoke_test_fails", experiment_id=experiment_id)
    client = registry_with(4)
    prod = with_values(task, serving_scale_to_zero=False)

    with pytest.raises(DeploymentError) as failed:
        deploy_to_workspace(prod, workspace_client, client, "rag-chatbot", poll_seconds=0)

    message = str(failed.value)
    assert "version 4, already serving all traffic of endpoint rag-endpoint," in message
    assert "failed its smoke test" in message and "permission denied" in message
    assert "Nothing was changed" in message
    assert champion(client) is None


def test_a_version_already_serving_gets_new_settings_and_all_traffic_in_one_update(
    replay, workspace_client, task, experiment_id
):
    # The same version with another workload size: one update gives it the size and all the
    # traffic (the previous version kept at 0%), then the checks run through it.
    replay("serving_endpoint_redeploy_resized", experiment_id=experiment_id)
    client = registry_with(4)
    resized = with_values(task, serving_scale_to_zero=False, serving_workload_size="Medium")

    result = deploy_to_workspace(resized, workspace_client, client, "rag-chatbot", poll_seconds=0)

    assert result.details["served_entity"] == "rag_chain-4"
    assert result.smoke.passed and result.latency.passed
    assert champion(client) == "4"


def test_entities_are_sent_back_sized_one_way():
    # The recorded GET of the failed smoke test returns both styles; its staging and rollback
    # requests carry the workload size only. An entity sized by concurrency keeps it.
    read = {"name": "rag_chain-3", "entity_name": MODEL, "entity_version": "3"}
    concurrency = {"min_provisioned_concurrency": 0, "max_provisioned_concurrency": 4}
    both = as_input(ServedEntityOutput.from_dict({**read, "workload_size": "Small", **concurrency}))
    assert both.as_dict() == {**read, "workload_size": "Small"}
    alone = as_input(ServedEntityOutput.from_dict({**read, **concurrency, "creator": "sp"}))
    assert alone.as_dict() == {**read, **concurrency}


def test_a_failed_build_leaves_the_previous_configuration_serving(
    replay, workspace_client, task, experiment_id
):
    replay("serving_endpoint_build_fails", experiment_id=experiment_id)
    client = registry_with(4)

    with pytest.raises(DeploymentError) as failed:
        deploy_to_workspace(task, workspace_client, client, "rag-chatbot", poll_seconds=0)

    message = str(failed.value)
    assert "UPDATE_FAILED" in message
    assert "could not install langchain-core" in message
    assert "still serves versions 3, 2, 1" in message
    assert champion(client) is None


def test_an_update_that_outlasts_the_timeout_fails_with_no_traffic_on_the_new_version(
    replay, workspace_client, task, experiment_id
):
    replay("serving_endpoint_update_times_out", experiment_id=experiment_id)
    client = registry_with(4)
    # Any poll outlasts a nanosecond: the first IN_PROGRESS answer ends the wait.
    quick = with_values(task, serving_ready_timeout_seconds=1e-9)

    with pytest.raises(DeploymentTimeoutError) as timed_out:
        deploy_to_workspace(quick, workspace_client, client, "rag-chatbot", poll_seconds=0)

    message = str(timed_out.value)
    assert "serving_ready_timeout_seconds" in message
    assert "staged at 0% of traffic" in message
    assert champion(client) is None


def test_the_waits_of_one_deployment_share_the_timeout(
    replay, workspace_client, task, fake_clock, experiment_id
):
    # The staging build takes 200 s of a 150 s budget (its second poll finds it done); the traffic
    # switch then has nothing left and fails at its first poll, instead of waiting 150 s more.
    replay("serving_endpoint_switch_outlasts_the_budget", experiment_id=experiment_id)
    client = registry_with(4)
    quick = with_values(task, serving_scale_to_zero=False, serving_ready_timeout_seconds=150)

    with pytest.raises(DeploymentTimeoutError) as timed_out:
        deploy_to_workspace(quick, workspace_client, client, "rag-chatbot", poll_seconds=200)

    message = str(timed_out.value)
    assert "traffic switch to version 4" in message
    assert "serving_ready_timeout_seconds (150s, shared by every wait" in message
    assert "passed its smoke test" in message
    assert fake_clock.now == 200
    assert champion(client) is None


def test_a_rollback_gets_a_budget_of_its_own(
    replay, workspace_client, task, fake_clock, experiment_id
):
    # The staging build spends the whole 150 s budget (done at its second poll, 200 s in); the
    # smoke test fails; the rollback, still in progress at its first poll, is waited out.
    replay("serving_endpoint_slow_build_then_smoke_test_fails", experiment_id=experiment_id)
    client = registry_with(4)
    quick = with_values(task, serving_ready_timeout_seconds=150)

    with pytest.raises(DeploymentError) as failed:
        deploy_to_workspace(quick, workspace_client, client, "rag-chatbot", poll_seconds=200)

    assert "rolled back to its previous configuration" in str(failed.value)
    assert fake_clock.now == 400


def test_a_version_that_did_not_pass_evaluation_is_refused_before_any_call(replay, task):
    # No workspace exchange is recorded: the refusal must come before the SDK is used.
    client = registry_with(2, approved=False)
    with pytest.raises(DeploymentError, match="evaluation_status is 'failed', not 'passed'"):
        deploy_to_workspace(task, None, client, "rag-chatbot")


def test_a_model_without_the_promote_alias_is_refused(task):
    client = fresh_registry()
    with pytest.raises(DeploymentError, match="no version aliased 'challenger'"):
        deploy_to_workspace(task, None, client, "rag-chatbot")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"OPENAI_API_KEY": "sk-live-123"}', "must be a secret reference"),
        ('{"OPENAI_API_KEY": 5}', "must be a secret reference"),
        ('{"bad name": "x"}', "is not a variable name"),
        ("[1]", "must be a JSON object"),
        ("{", "is not JSON"),
    ],
)
def test_environment_variables_must_be_secret_references(text, message):
    with pytest.raises(ValueError, match=message):
        parse_environment_vars(text)
    assert parse_environment_vars(json.dumps({"OPENAI_API_KEY": SECRET})) == {
        "OPENAI_API_KEY": SECRET
    }


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("serving_endpoint_name", "x" * 64, "at most 63"),
        ("serving_scale_to_zero", "yes", "use true or false"),
        ("serving_rate_limit_per_minute", "-1", "must be at least 0"),
        ("serving_ready_timeout_seconds", "soon", "must be a number"),
        ("read_access_group", " ", "'read_access_group' is empty"),
    ],
)
def test_bad_parameters_are_named(task, name, value, message):
    parameters = {
        field: str(getattr(task, field)) for field in DeploymentParameters.__dataclass_fields__
    }
    parameters["serving_scale_to_zero"] = "true"
    parameters["serving_environment_vars"] = "{}"
    parameters[name] = value
    with pytest.raises(ParameterError, match=message):
        DeploymentParameters.from_parameters(parameters.get)


def test_served_entity_names_fit_the_limit_and_keep_the_version():
    assert served_entity_name("main.rag.rag_chain", "12") == "rag_chain-12"
    long = served_entity_name("c.s." + "m" * 80, "123")
    assert len(long) == 63 and long.endswith("-123")
