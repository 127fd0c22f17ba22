"""What `databricks bundle deploy` would get wrong on first contact, checked without a CLI.

Each check reads databricks.yml and resources/*.yml as written (the local reader merges the
includes; targets are read from the merged configuration the way the CLI overrides them) and
encodes a CLI behaviour checked in the CLI's source (databricks/cli v1.13): see each test.
"""

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from {{ cookiecutter.package_name }}.local.bundle import (
    load_bundle,
    normalize_prefix,
)

from tests.conftest import PROJECT_ROOT

CONFIG, ORIGINS = load_bundle(PROJECT_ROOT)
RESOURCES = CONFIG["resources"]
JOBS = RESOURCES["jobs"]
TARGETS = CONFIG["targets"]
SHARED_TARGETS = ("test", "staging", "prod")
REFERENCE = re.compile(r"\$\{([A-Za-z0-9_.\-\[\]]+)\}")
USER_REFERENCE = "${workspace.current_user.domain_friendly_name}"
# Serving endpoint names: letters, digits, '-' and '_', at most 63 characters (parameters.py).
ENDPOINT_NAME = re.compile(r"^[A-Za-z0-9_-]{1,63}$")
# The dev endpoint names leave this many of their 63 characters to the user's name.
USER_NAME_ROOM = 32


def walk(node: Any, path: tuple = ()):
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, (*path, index))


def variable(name: str, target: str) -> Any:
    """A variable's value in a target: the target's override, else the default."""
    overrides = TARGETS[target].get("variables") or {}
    return overrides.get(name, CONFIG["variables"][name].get("default"))


def parameters(job: dict) -> dict[str, str]:
    return {p["name"]: p.get("default", "") for p in job.get("parameters") or []}


# --- names: the jobs use the objects the bundle deploys -------------------------------------


def owned_names() -> dict[str, str]:
    """Each variable that is a bundle resource's name -> the reference to that resource's name.

    Development mode and presets.name_prefix rename experiments, registered models and schemas
    after `${var.*}` is resolved (ApplyTargetMode/ApplyPresets run after
    ResolveVariableReferencesWithoutResources in bundle/phases/initialize.go), so only the
    resource reference carries the deployed name.
    """
    owned = {}
    for kind, items in RESOURCES.items():
        for key, resource in items.items():
            whole = REFERENCE.fullmatch(str(resource.get("name", "")))
            if whole and whole.group(1).startswith("var."):
                owned[whole.group(1)] = "${" + f"resources.{kind}.{key}.name" + "}"
    return owned


def test_the_bundle_owns_the_experiment_model_schema_and_vector_search_endpoint():
    assert set(owned_names()) >= {
        "var.experiment_name",
        "var.model_name",
        "var.schema",
        "var.vector_search_endpoint",
    }


@pytest.mark.parametrize("job_key", sorted(JOBS))
def test_job_parameters_name_the_bundles_own_objects_through_their_resources(job_key):
    owned = owned_names()
    wrong = {
        name: f"{value} -> {owned[ref]}"
        for name, value in parameters(JOBS[job_key]).items()
        for ref in REFERENCE.findall(str(value))
        if ref in owned
    }
    assert wrong == {}


# --- schedules ------------------------------------------------------------------------------


def pause_status(target: str, schedule: dict) -> str:
    """The CLI's effective pause_status: the schedule's own, else the target's
    presets.trigger_pause_status (PAUSED by default in development mode:
    resourcemutator/apply_target_mode.go), else UNPAUSED (the default resource_mutator.go sets
    after ApplyPresets)."""
    if schedule.get("pause_status"):
        return schedule["pause_status"]
    presets = TARGETS[target].get("presets") or {}
    if presets.get("trigger_pause_status"):
        return presets["trigger_pause_status"]
    return "PAUSED" if TARGETS[target].get("mode") == "development" else "UNPAUSED"


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_a_name_prefix_keeps_a_separator_in_unity_catalog_names(target):
    """The CLI trims a trailing '_' from the prefix it gives schemas and registered models, so a
    plain `test_` would name the schema `test<schema>` (normalizePrefix, apply_presets.go)."""
    prefix = (TARGETS[target].get("presets") or {}).get("name_prefix")
    if prefix:
        assert normalize_prefix(prefix).endswith("_")


def test_no_trigger_is_unpaused_explicitly():
    # An explicit UNPAUSED keeps development copies of the job running on their schedule.
    explicit = [path for path, value in walk(CONFIG) if path[-1:] == ("pause_status",)]
    assert explicit == []


def test_the_weekly_evaluation_runs_in_staging_and_prod_only():
    schedule = JOBS["full_evaluation"]["schedule"]
    status = {target: pause_status(target, schedule) for target in TARGETS}
    assert status == {
        "dev": "PAUSED",
        "test": "PAUSED",
        "staging": "UNPAUSED",
        "prod": "UNPAUSED",
    }


# --- endpoints ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["serving_endpoint_name", "vector_search_endpoint"])
def test_dev_endpoints_are_per_user_and_valid_for_any_short_name(name):
    dev = variable(name, "dev")
    assert USER_REFERENCE in dev
    # domain_friendly_name holds ASCII letters, digits and '-' only (libs/iamutil/user.go).
    longest = dev.replace(USER_REFERENCE, "u" * USER_NAME_ROOM)
    assert ENDPOINT_NAME.match(longest), longest
    assert "${" not in longest


@pytest.mark.parametrize("name", ["serving_endpoint_name", "vector_search_endpoint"])
def test_targets_sharing_a_workspace_never_share_an_endpoint(name):
    by_host: dict[str, list[str]] = {}
    for target, spec in TARGETS.items():
        by_host.setdefault(spec["workspace"]["host"], []).append(variable(name, target))
    for names in by_host.values():
        assert len(set(names)) == len(names), names


def test_the_vector_search_endpoint_grants_the_readers_and_survives_destroy_where_shared():
    endpoint = RESOURCES["vector_search_endpoints"]["rag_vector_search"]
    assert endpoint["name"] == "${var.vector_search_endpoint}"
    assert {"level": "CAN_USE", "group_name": "${var.read_access_group}"} in endpoint["permissions"]
    for target in SHARED_TARGETS:
        spec = TARGETS[target]
        principal = spec["run_as"]["service_principal_name"]
        # Top-level CAN_MANAGE reaches every Vector Search endpoint of the bundle
        # (levelsMap in resourcemutator/apply_bundle_permissions.go).
        assert {"level": "CAN_MANAGE", "service_principal_name": principal} in spec["permissions"]
    for target in ("staging", "prod"):
        override = TARGETS[target]["resources"]["vector_search_endpoints"]["rag_vector_search"]
        assert override["lifecycle"]["prevent_destroy"] is True


# --- the experiment's folder ----------------------------------------------------------------


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_the_experiments_folder_exists_before_the_first_deploy_creates_it(target):
    """MLflow refuses an experiment in a missing folder and no bundle engine creates one
    (bundle/deploy/resource_path_mkdir.go serves dashboards and alerts only). The user's home
    exists; the root folder is created, missing parents included (MkdirsByPath), by the file
    sync (libs/sync/path.go, EnsureRemotePathIsUsable) before any resource is deployed
    (bundle/phases/deploy.go)."""
    name = variable("experiment_name", target)
    parent = name.rsplit("/", 1)[0]
    # Written without /Workspace: the name MLflow stores, which the jobs look the experiment up by.
    assert name.startswith("/Users/"), name
    if target == "dev":
        assert parent == "/Users/${workspace.current_user.userName}"
    else:
        assert "/Workspace" + parent == TARGETS[target]["workspace"]["root_path"]


DEPLOYER_HOME = "/Workspace/Users/${workspace.current_user.userName}"


@pytest.mark.parametrize("target", SHARED_TARGETS)
def test_only_the_deploying_principal_can_write_what_a_shared_target_runs(target):
    """A folder under /Workspace/Shared inherits "all users can manage" from /Shared, which a
    child cannot revoke: any user could edit the deployed notebooks and wheel that the jobs then
    run as the target's principal. The CLI warns of such a root on every validation
    (bundle/permissions/validate.go, CLI v1.13.0); production mode advises the deployer's home
    (bundle/config/mutator/resourcemutator/validate_target_mode.go), where only its owner and
    admins can write. The experiment lives in that root (the test above), so its runs are not
    writable by all users either."""
    workspace = TARGETS[target]["workspace"]
    root = workspace["root_path"]
    assert root == DEPLOYER_HOME + "/.bundle/${bundle.name}/${bundle.target}"
    # The other workspace paths default to folders inside the root (default_workspace_paths.go).
    for key in ("file_path", "artifact_path", "state_path", "resource_path"):
        if key in workspace:
            assert workspace[key].startswith(root + "/"), key
    experiment = "/Workspace" + variable("experiment_name", target)
    assert experiment.startswith(root + "/"), experiment


def test_nothing_the_bundle_deploys_lives_under_shared():
    for path, value in walk(CONFIG):
        if isinstance(value, str):
            assert "/Shared/" not in value, (path, value)


# --- timeouts -------------------------------------------------------------------------------


def worst_case_seconds(task: dict) -> float:
    """A task's longest run: every attempt up to its timeout, with the pauses between them."""
    retries = task.get("max_retries", 0)
    pause = task.get("min_retry_interval_millis", 0) / 1000
    return (retries + 1) * task["timeout_seconds"] + retries * pause


def longest_path_seconds(job: dict) -> float:
    """Tasks wait for their dependencies; independent tasks run side by side."""
    tasks = {task["task_key"]: task for task in job["tasks"]}
    finished: dict[str, float] = {}

    def finish(key: str) -> float:
        if key not in finished:
            start = max(
                (finish(d["task_key"]) for d in tasks[key].get("depends_on") or []), default=0
            )
            finished[key] = start + worst_case_seconds(tasks[key])
        return finished[key]

    return max(finish(key) for key in tasks)


@pytest.mark.parametrize("job_key", sorted(JOBS))
def test_the_job_timeout_lets_every_task_use_its_own(job_key):
    """The job's timeout bounds the whole run, retries included, so it must not cut a run whose
    tasks all stay within their own timeouts. The longest path through the task graph is the
    bound (tasks without a dependency between them run side by side); for a chain it is the sum."""
    job = JOBS[job_key]
    assert all(task["timeout_seconds"] > 0 for task in job["tasks"])
    assert job["timeout_seconds"] >= longest_path_seconds(job)


def test_the_longest_path_follows_dependencies_and_counts_retries():
    job = {
        "tasks": [
            {"task_key": "a", "timeout_seconds": 100, "max_retries": 1,
             "min_retry_interval_millis": 10_000},
            {"task_key": "b", "timeout_seconds": 50, "depends_on": [{"task_key": "a"}]},
            {"task_key": "c", "timeout_seconds": 500},
        ]
    }  # fmt: skip
    assert longest_path_seconds(job) == 500
    job["tasks"][2]["depends_on"] = [{"task_key": "b"}]
    assert longest_path_seconds(job) == 210 + 50 + 500


# A request through the SDK at worst: retries until retry_timeout_seconds (300 s by default),
# then a last attempt up to http_timeout_seconds (60 s) (databricks-sdk 0.156 _base_client.py).
SDK_REQUEST_SECONDS = 300 + 60


def task_of(job: dict, key: str) -> dict:
    return next(task for task in job["tasks"] if task["task_key"] == key)


def test_task_1_outlasts_its_index_waits_with_room_to_ingest():
    """The endpoint and sync waits share index_sync_timeout_seconds (retrieval/vector_search.py);
    at least as long again is left for parsing, chunking and embedding."""
    job = JOBS["rag_job"]
    waits = float(parameters(job)["index_sync_timeout_seconds"])
    assert task_of(job, "pdf_chunks_embeddings")["timeout_seconds"] >= 2 * waits


def test_task_4_outlasts_its_deployment_and_rollback_waits_smoke_test_and_latency_run():
    """The deployment's waits share serving_ready_timeout_seconds and a rollback gets as much
    again (deployment/endpoint.py); the smoke test asks each question of the minimal set once;
    the latency run sends requests until its budget is spent, the last one started within it
    (deployment/latency.py). Within the task's timeout, a deployment that runs out of time still
    rolls back and says so instead of being killed half-way."""
    job = JOBS["rag_job"]
    values = parameters(job)
    waits = float(values["serving_ready_timeout_seconds"])
    dataset = values["eval_dataset"].replace("${workspace.file_path}", str(PROJECT_ROOT))
    questions = len(Path(dataset).read_text().splitlines())
    monitoring = values["monitoring_config"].replace("${workspace.file_path}", str(PROJECT_ROOT))
    latency_budget = yaml.safe_load(Path(monitoring).read_text())["post_deployment"]
    latency_run = latency_budget["timeout_seconds"] + SDK_REQUEST_SECONDS
    needed = 2 * waits + questions * SDK_REQUEST_SECONDS + latency_run
    assert task_of(job, "deploy_model_as_endpoint")["timeout_seconds"] >= needed


# --- the job environment --------------------------------------------------------------------


def pins(path: Path) -> dict[str, str]:
    found = {}
    for line in path.read_text().splitlines():
        name, sep, version = line.partition("==")
        if sep and not line.startswith("#"):
            found[re.sub(r"[-_.]+", "-", name.strip()).lower()] = version.strip()
    return found


def test_the_job_requirements_pin_the_wheels_dependencies_as_the_model_does():
    pyproject = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())
    runtime = {
        re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9_.-]+", dependency).group(0)).lower()
        for dependency in pyproject["project"]["dependencies"]
    }
    locked = pins(PROJECT_ROOT / "requirements" / "constraints.txt")
    job = pins(PROJECT_ROOT / "requirements" / "job.txt")
    expected = {name: locked[name] for name in runtime}
    assert {name: job.get(name) for name in runtime} == expected
    # The judges' client, and nothing else beyond the wheel's own dependencies.
    assert set(job) - runtime == {"databricks-agents"}
    assert "databricks-agents" not in runtime


@pytest.mark.parametrize("job_key", sorted(JOBS))
def test_every_task_installs_the_pinned_requirements_and_the_wheel(job_key):
    job = JOBS[job_key]
    folder = ORIGINS[("jobs", job_key)].parent
    environments = {e["environment_key"]: e["spec"] for e in job.get("environments") or []}
    for task in job["tasks"]:
        if "environment_key" in task:
            dependencies = environments[task["environment_key"]]["dependencies"]
            requirements = [d.removeprefix("-r ") for d in dependencies if d.startswith("-r ")]
            wheels = [d for d in dependencies if d.endswith(".whl")]
        else:
            libraries = task["libraries"]
            requirements = [lib["requirements"] for lib in libraries if "requirements" in lib]
            wheels = [lib["whl"] for lib in libraries if "whl" in lib]
        assert wheels == ["../dist/*.whl"], task["task_key"]
        assert [(folder / r).resolve() for r in requirements] == [
            PROJECT_ROOT / "requirements" / "job.txt"
        ], task["task_key"]


def test_the_wheel_gets_a_new_version_on_every_deploy():
    # Same version, same cached serverless environment: dynamic_version adds a per-build suffix
    # (bundle/config/mutator/artifacts_dynamic_version.go; libraries/switch_to_patched_wheels.go).
    wheels = [a for a in CONFIG["artifacts"].values() if a.get("type") == "whl"]
    assert wheels
    assert all(artifact.get("dynamic_version") is True for artifact in wheels)


# --- the CLI version ------------------------------------------------------------------------


def has_key(*keys: str):
    def used(config: dict) -> bool:
        return any(path[-len(keys) :] == keys for path, _ in walk(config))

    return used


def has_text(text: str):
    def used(config: dict) -> bool:
        return any(isinstance(value, str) and text in value for _, value in walk(config))

    return used


def has_library_requirements(config: dict) -> bool:
    return any(path[-1:] == ("requirements",) and "libraries" in path for path, _ in walk(config))


def has_dependency_flag(config: dict) -> bool:
    return any(
        "dependencies" in path and isinstance(value, str) and value.startswith("-r ")
        for path, value in walk(config)
    )


def has_vector_search_permissions(config: dict) -> bool:
    endpoints = (config.get("resources") or {}).get("vector_search_endpoints") or {}
    return any(endpoint.get("permissions") for endpoint in endpoints.values())


def has_vector_search_endpoints(config: dict) -> bool:
    return bool((config.get("resources") or {}).get("vector_search_endpoints"))


CHANGELOG = "https://github.com/databricks/cli/blob/v1.13.0/CHANGELOG.md"
# What the bundle may use -> the first CLI release that handles it (CHANGELOG of databricks/cli).
CLI_FEATURES = [
    ("presets: name_prefix, tags, trigger_pause_status", has_key("presets"), "0.227.0", "#1490"),
    ("task library `requirements`", has_library_requirements, "0.227.0", "#1543"),
    ("artifacts.*.dynamic_version", has_key("dynamic_version"), "0.245.0", "#2520"),
    ("`-r <file>` in environment dependencies", has_dependency_flag, "0.252.0", "#2736, #2861"),
    ("lifecycle.prevent_destroy", has_key("lifecycle", "prevent_destroy"), "0.267.0", "#3448"),
    ("environments spec.environment_version", has_key("environment_version"), "0.268.0", "#3554"),
    ("dashboards resources", has_key("resources", "dashboards"), "0.232.0", "#1743"),
    ("${workspace.current_user.domain_friendly_name}", has_text(USER_REFERENCE), "0.270.0",
     "#3623"),
    ("alerts resources", has_key("resources", "alerts"), "0.279.0", "#4004"),
    ("dashboards' dataset_catalog and dataset_schema", has_key("dataset_catalog"), "0.281.0",
     "#4130"),
    ("bundle.engine", has_key("bundle", "engine"), "0.295.0", "#4749"),
    ("vector_search_endpoints resources", has_vector_search_endpoints, "0.298.0", "#4887"),
    ("Vector Search endpoints keep their name in development mode", has_vector_search_endpoints,
     "0.299.2", "#5209"),
    ("Vector Search endpoint permissions the backend accepts", has_vector_search_permissions,
     "1.10.0", "#6022"),
]  # fmt: skip


def version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def test_the_cli_floor_covers_every_feature_the_bundle_uses():
    floor = re.fullmatch(r">= ?(\d+\.\d+\.\d+)", CONFIG["bundle"]["databricks_cli_version"])
    assert floor, "databricks_cli_version must read '>= X.Y.Z'"
    used = [feature for feature in CLI_FEATURES if feature[1](CONFIG)]
    assert used, "no feature detected: the table would pass vacuously"
    name, _, newest, source = max(used, key=lambda feature: version(feature[2]))
    message = f"{name} needs CLI {newest} ({source} in {CHANGELOG})"
    assert version(floor.group(1)) >= version(newest), message


def test_ci_installs_a_cli_the_bundle_accepts():
    action = (PROJECT_ROOT / ".github" / "actions" / "setup-databricks" / "action.yml").read_text()
    # Pinned by commit with the version in a comment: `setup-cli@<sha> # v1.13.0`.
    pinned = re.search(r"databricks/setup-cli@[0-9a-f]{40} # v(\d+\.\d+\.\d+)", action).group(1)
    floor = CONFIG["bundle"]["databricks_cli_version"].lstrip(">= ")
    assert version(pinned) >= version(floor)


def test_the_feature_probes_find_what_they_look_for():
    config = {
        "bundle": {"engine": "direct"},
        "resources": {
            "jobs": {"j": {"environments": [{"spec": {"dependencies": ["-r ../r.txt"]}}]}},
            "vector_search_endpoints": {"e": {"permissions": [{"level": "CAN_USE"}]}},
        },
    }
    found = {name for name, uses, _, _ in CLI_FEATURES if uses(config)}
    assert found == {
        "bundle.engine",
        "`-r <file>` in environment dependencies",
        "vector_search_endpoints resources",
        "Vector Search endpoints keep their name in development mode",
        "Vector Search endpoint permissions the backend accepts",
    }
