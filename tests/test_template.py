"""Render the template with many answers and check what comes out."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bundle_validation import load_bundle, validate_project
from cookiecutter.exceptions import FailedHookException
from cookiecutter.generate import generate_context
from cookiecutter.main import cookiecutter
from cookiecutter.prompt import prompt_for_config

TEMPLATE = Path(__file__).resolve().parent.parent
NODE_TYPES = {"azure": "Standard_D4ds_v5", "aws": "i3.xlarge", "gcp": "n2-highmem-4"}
LEFTOVER = re.compile(r"\{\{|\{%|\{#|cookiecutter\.")
# GitHub Actions expressions, legitimate in workflow and action files only.
GITHUB_EXPRESSION = re.compile(r"\$\{\{[^{}]*\}\}")
# Databricks secret references ({{secrets/<scope>/<key>}}), legitimate anywhere.
DATABRICKS_SECRET = re.compile(r"\{\{secrets/[^{}\s/]+/[^{}\s/]+\}\}")
# The recorded answers hold every answer by construction; they prove no input is used.
ANSWERS_FILE = ".cookiecutter-answers.json"

# Together these render every cloud with every CI/CD authentication option it allows.
COMBINATIONS = {
    "defaults": {},
    "azure-classic": {
        "cloud": "azure",
        "compute": "classic",
        "cicd_auth": "azure_service_principal",
    },
    "aws-serverless": {"cloud": "aws", "compute": "serverless", "cicd_auth": "github_oidc"},
    # A package name sorting after "tests": import order must not depend on it.
    "aws-classic": {"cloud": "aws", "compute": "classic", "project_name": "Wiki Support Bot"},
    "gcp-serverless": {
        "cloud": "gcp",
        "project_name": "Acme HR Assistant",
        "cicd_auth": "github_oidc",
    },
    "gcp-classic": {
        "cloud": "gcp",
        "compute": "classic",
        "default_branch": "trunk",
        "release_branch": "releases/prod",
    },
    "custom-catalogs": {
        "project_name": "Docs QA",
        "catalog_dev": "sandbox",
        "catalog_test": "ci_catalog",
        "catalog_staging": "pre_prod",
        "catalog_prod": "production",
        "schema_name": "docs_qa_rag",
        "source_volume": "raw_pdfs",
        "vector_search_index": "docs_chunks_idx",
        "cicd_auth": "github_oidc",
    },
    "custom-endpoints": {
        "project_name": "Policy Chat",
        "embedding_endpoint": "databricks-bge-large-en",
        "llm_endpoint": "databricks-claude-sonnet-4",
        "vector_search_endpoint": "shared-vs-endpoint",
        "serving_endpoint_name": "policy-chat-" + "x" * 51,
        "read_access_group": "Policy Readers",
        "failure_notification_emails": "oncall@contoso.com, ml-team@contoso.com",
        "staging_service_principal_id": "6a1f2b3c-4d5e-6f70-8192-a3b4c5d6e7f8",
        "prod_service_principal_id": "7b2e3c4d-5e6f-7081-92a3-b4c5d6e7f809",
        "databricks_staging_host": "https://staging.example.cloud.databricks.com",
    },
}


def render(tmp_path: Path, **answers) -> Path:
    return Path(
        cookiecutter(str(TEMPLATE), no_input=True, extra_context=answers, output_dir=str(tmp_path))
    )


def answers_of(overrides: dict) -> dict:
    """The effective answers, derived defaults rendered the way cookiecutter renders them."""
    context = generate_context(
        context_file=str(TEMPLATE / "cookiecutter.json"), extra_context=overrides
    )
    return prompt_for_config(context, no_input=True)


@pytest.fixture(scope="module", params=sorted(COMBINATIONS), ids=sorted(COMBINATIONS))
def rendered(request, tmp_path_factory) -> tuple[Path, dict]:
    overrides = COMBINATIONS[request.param]
    return render(tmp_path_factory.mktemp(request.param), **overrides), answers_of(overrides)


def text_files(project: Path):
    for path in sorted(project.rglob("*")):
        if path.is_file() and path.suffix not in {".pdf", ".png", ".pyc"}:
            yield path


def without_legitimate_braces(path: Path, project: Path, line: str) -> str:
    line = DATABRICKS_SECRET.sub("", line)
    if path.relative_to(project).parts[0] == ".github":
        return GITHUB_EXPRESSION.sub("", line)
    return line


def test_no_template_markers_are_left(rendered):
    project, _ = rendered
    leftovers = [
        f"{path.relative_to(project)}:{number}: {line.strip()}"
        for path in text_files(project)
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if LEFTOVER.search(without_legitimate_braces(path, project, line))
    ]
    assert leftovers == []


def test_every_yaml_file_parses(rendered):
    project, _ = rendered
    files = sorted(project.rglob("*.yml")) + sorted(project.rglob("*.yaml"))
    assert files
    for path in files:
        assert isinstance(yaml.safe_load(path.read_text()), dict), path


def test_bundle_validates_against_the_cli_schema(rendered):
    project, _ = rendered
    assert validate_project(project) == []


def test_targets_modes_hosts_and_run_as(rendered):
    project, answers = rendered
    bundle = load_bundle(project)
    targets = bundle["targets"]
    assert sorted(targets) == ["dev", "prod", "staging", "test"]
    assert targets["dev"]["mode"] == "development"
    assert targets["dev"]["default"] is True
    assert "run_as" not in targets["dev"]
    staging_sp = answers["staging_service_principal_id"]
    expected = {
        "test": (staging_sp, "catalog_test", "databricks_staging_host"),
        "staging": (staging_sp, "catalog_staging", "databricks_staging_host"),
        "prod": (answers["prod_service_principal_id"], "catalog_prod", "databricks_prod_host"),
    }
    for name, (principal, catalog, host) in expected.items():
        target = targets[name]
        assert target["mode"] == "production", name
        assert target["run_as"] == {"service_principal_name": principal}, name
        assert target["variables"]["catalog"] == answers[catalog], name
        assert target["workspace"]["host"] == answers[host], name
        # The deploying principal's home, writable by it and admins only, never /Workspace/Shared
        # (bundle/permissions/validate.go of databricks/cli v1.13.0 warns all users can write).
        home = "/Users/${workspace.current_user.userName}"
        root = "/Workspace" + home + "/.bundle/${bundle.name}/${bundle.target}"
        assert target["workspace"]["root_path"] == root, name
        assert target["variables"]["experiment_name"].startswith(home + "/.bundle/"), name
        assert {"level": "CAN_MANAGE", "service_principal_name": principal} in target["permissions"]
        emails = [e.strip() for e in answers["failure_notification_emails"].split(",")]
        assert target["variables"]["failure_notification_emails"] == emails, name
    assert targets["staging"]["git"]["branch"] == answers["default_branch"]
    assert targets["prod"]["git"]["branch"] == answers["release_branch"]
    assert targets["dev"]["workspace"]["host"] == answers["databricks_staging_host"]
    assert bundle["presets"]["tags"]["target"] == "${bundle.target}"
    for name in ("staging", "prod"):
        schema = targets[name]["resources"]["schemas"]["project_schema"]
        assert schema["lifecycle"]["prevent_destroy"] is True
    # Dev's names end with the user's domain_friendly_name; 32 characters are left for it.
    user = "${workspace.current_user.domain_friendly_name}"
    for key in ("serving_endpoint_name", "vector_search_endpoint"):
        names = [targets[t].get("variables", {}).get(key) for t in targets]
        assert all(len(name.replace(user, "u" * 32)) <= 63 for name in names if name), key


def test_job_compute_matches_the_choice(rendered):
    project, answers = rendered
    job = load_bundle(project)["resources"]["jobs"]["rag_job"]
    tasks = job["tasks"]
    assert tasks[0]["task_key"] == "pdf_chunks_embeddings"
    if answers["compute"] == "serverless":
        assert job["environments"][0]["spec"]["dependencies"] == [
            "-r ../requirements/job.txt",
            "../dist/*.whl",
        ]
        assert all(t["environment_key"] == "default" for t in tasks)
        assert "job_clusters" not in job
    else:
        cluster = job["job_clusters"][0]["new_cluster"]
        assert cluster["node_type_id"] == NODE_TYPES[answers["cloud"]]
        assert cluster["data_security_mode"] == "SINGLE_USER"
        libraries = [{"requirements": "../requirements/job.txt"}, {"whl": "../dist/*.whl"}]
        assert all(t["libraries"] == libraries for t in tasks)
        assert "environments" not in job


def test_inputs_reach_the_generated_files(rendered):
    project, answers = rendered
    bundle = load_bundle(project)
    variables = {name: spec.get("default") for name, spec in bundle["variables"].items()}
    for key in (
        "embedding_endpoint",
        "llm_endpoint",
        "vector_search_endpoint",
        "vector_search_index",
        "serving_endpoint_name",
        "read_access_group",
        "source_volume",
    ):
        assert variables[key] == answers[key], key
    assert variables["catalog"] == answers["catalog_dev"]
    assert variables["schema"] == answers["schema_name"]
    readme = (project / "README.md").read_text()
    assert readme.startswith(f"# {answers['project_name']}\n")
    assert (project / "docs" / "cloud" / f"{answers['cloud']}.md").is_file()


def test_only_the_chosen_clouds_docs_remain(rendered):
    project, answers = rendered
    assert sorted(p.stem for p in (project / "docs" / "cloud").glob("*.md")) == [answers["cloud"]]


def test_generated_python_lints_clean_and_compiles(rendered):
    project, _ = rendered
    for path in project.rglob("*.py"):
        compile(path.read_text(), str(path), "exec")
    ruff = Path(sys.executable).with_name("ruff")
    result = subprocess.run(
        [str(ruff), "check", "--no-cache", "."], cwd=project, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
    result = subprocess.run(
        [str(ruff), "format", "--check", "--no-cache", "."],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_derived_names_follow_the_project_name(tmp_path):
    project = render(tmp_path, project_name="Acme HR Assistant")
    assert project.name == "acme-hr-assistant"
    assert (project / "src" / "acme_hr_assistant" / "ingestion" / "task.py").is_file()
    bundle = load_bundle(project)
    assert bundle["bundle"]["name"] == "acme-hr-assistant"
    assert bundle["variables"]["schema"]["default"] == "acme_hr_assistant"


BAD_INPUTS = [
    ({"project_name": "9 lives"}, "project_name='9 lives': must start with a letter"),
    ({"project_slug": "Bad_Slug"}, "project_slug='Bad_Slug'"),
    ({"package_name": "class"}, "package_name='class'"),
    ({"databricks_prod_host": "http://insecure.example.com"}, "databricks_prod_host="),
    (
        {"databricks_staging_host": "adb-123.azuredatabricks.net"},
        "must be an https:// workspace URL",
    ),
    ({"catalog_prod": "prod-catalog"}, "catalog_prod='prod-catalog': must be a Unity Catalog name"),
    ({"schema_name": "1schema"}, "schema_name='1schema'"),
    ({"vector_search_index": "chunks-index"}, "letters, digits and underscores"),
    ({"serving_endpoint_name": "e" * 64}, "at most 63 characters (got 64)"),
    ({"serving_endpoint_name": "bad name"}, "serving_endpoint_name='bad name'"),
    ({"embedding_endpoint": "gte large"}, "embedding_endpoint='gte large'"),
    (
        {"embedding_endpoint": "my-model", "llm_endpoint": "my-model"},
        "llm_endpoint must differ from embedding_endpoint (both 'my-model')",
    ),
    ({"staging_service_principal_id": "not-a-uuid"}, "must be an application id (a UUID)"),
    (
        {"prod_read_only_service_principal_id": "reader"},
        "must be an application id (a UUID)",
    ),
    ({"release_branch": "main"}, "release_branch must differ from default_branch"),
    ({"default_branch": "feature..x"}, "must be a valid git branch name"),
    ({"read_access_group": "users'; drop"}, "read_access_group="),
    ({"failure_notification_emails": "oncall"}, "must be one or more e-mail addresses"),
    ({"failure_notification_emails": " , "}, "failure_notification_emails=' , '"),
    ({"read_access_group": "a\\b"}, "read_access_group='a\\\\b'"),
    # Quotes, even three in a row, reach the checks as typed.
    ({"project_name": 'Bad"""Name'}, """project_name='Bad\"\"\"Name': must start"""),
    (
        {"cicd_auth": "azure_service_principal", "cloud": "aws"},
        "cicd_auth='azure_service_principal' needs cloud='azure' (got cloud='aws')",
    ),
]


@pytest.mark.parametrize(
    ("answers", "message"),
    BAD_INPUTS,
    ids=[next(iter(a)) + str(i) for i, (a, _) in enumerate(BAD_INPUTS)],
)
def test_bad_inputs_are_refused_and_nothing_is_written(tmp_path, capfd, answers, message):
    with pytest.raises(FailedHookException):
        render(tmp_path, **answers)
    assert list(tmp_path.iterdir()) == []
    error = capfd.readouterr().err
    assert "nothing was written" in error
    assert message in error


# Answers naming a path: cookiecutter creates the project folder, missing parents included, before
# the pre-generation hook runs and removes only the last folder when the hook fails, so these are
# refused while the answers are read (local_extensions.py). A plain bad answer for comparison.
PATH_ANSWERS = [
    ("project_name=my project/../x", "project_name='my project/../x': must start with a letter"),
    ("project_slug=a/b", "project_slug='a/b': must be 2-40 lowercase letters"),
    ("project_slug=../x", "project_slug='../x': must be 2-40 lowercase letters"),
    ("catalog_prod=prod-catalog", "catalog_prod='prod-catalog': must be a Unity Catalog name"),
]


@pytest.mark.parametrize(("answer", "message"), PATH_ANSWERS, ids=[a for a, _ in PATH_ANSWERS])
def test_a_refused_answer_leaves_no_folder_behind(tmp_path, answer, message):
    """The command line as a user types it: nothing in the output folder, nothing beside it, and
    not even cookiecutter's replay file in the home folder."""
    output, home = tmp_path / "out", tmp_path / "home"
    output.mkdir()
    home.mkdir()
    command = [Path(sys.executable).with_name("cookiecutter"), "--no-input", "-o", output, "."]
    result = subprocess.run(
        [*map(str, command), answer],
        cwd=TEMPLATE,
        env={**os.environ, "HOME": str(home)},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert list(output.iterdir()) == []
    assert sorted(path.name for path in tmp_path.iterdir()) == ["home", "out"]
    assert list(home.iterdir()) == []
    assert "nothing was written" in result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_a_group_name_with_yaml_syntax_reaches_the_bundle_as_typed(tmp_path):
    group = "ops: readers #1 [eu]"
    project = render(tmp_path, read_access_group=group)
    variables = yaml.safe_load((project / "databricks.yml").read_text())["variables"]
    assert variables["read_access_group"]["default"] == group


def test_every_input_is_used_by_the_generated_files(tmp_path):
    """Change one answer at a time to a marker value and find it in the output."""
    markers = {
        "databricks_staging_host": "https://marker-staging.example.com",
        "databricks_prod_host": "https://marker-prod.example.com",
        "default_branch": "marker-default",
        "release_branch": "marker-release",
        "catalog_dev": "marker_dev",
        "catalog_test": "marker_test",
        "catalog_staging": "marker_staging",
        "catalog_prod": "marker_prod",
        "schema_name": "marker_schema",
        "source_volume": "marker_volume",
        "embedding_endpoint": "marker-embedding",
        "llm_endpoint": "marker-llm",
        "vector_search_endpoint": "marker-vs",
        "vector_search_index": "marker_index",
        "serving_endpoint_name": "marker-serving",
        "staging_service_principal_id": "11111111-2222-3333-4444-555555555555",
        "prod_service_principal_id": "66666666-7777-8888-9999-000000000000",
        "read_access_group": "marker-group",
        "failure_notification_emails": "marker@example.org",
    }
    unused = []
    for key, value in markers.items():
        project = render(tmp_path / key, **{key: value})
        files = [path for path in text_files(project) if path.name != ANSWERS_FILE]
        if not any(value in path.read_text() for path in files):
            unused.append(key)
    assert unused == []
