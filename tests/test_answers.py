"""Answers reach the generated YAML as the strings typed, and a package name that would shadow
another module is refused."""

import importlib.metadata
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from cookiecutter.exceptions import FailedHookException
from cookiecutter.generate import generate_context
from cookiecutter.main import cookiecutter
from cookiecutter.prompt import prompt_for_config

import local_extensions

TEMPLATE = Path(__file__).resolve().parent.parent
CONSTRAINTS = TEMPLATE / "{{cookiecutter.project_slug}}" / "requirements" / "constraints.txt"

# Each reads as another type when written unquoted into YAML (YAML 1.1 or 1.2).
TYPED_ANSWERS = {
    "project_name": "Null",
    "catalog_dev": "true",
    "catalog_test": "null",
    "catalog_staging": "yes",
    "catalog_prod": "off",
    "schema_name": "True",
    "source_volume": "NULL",
    "release_branch": "1.10",
    "default_branch": "0o17",
    "serving_endpoint_name": "123",
    "embedding_endpoint": "1e3",
    "llm_endpoint": "0x1F",
    "vector_search_endpoint": "007",
    "vector_search_index": "on",
    "read_access_group": "1.5",
}


def render(tmp_path: Path, **answers) -> Path:
    return Path(
        cookiecutter(str(TEMPLATE), no_input=True, extra_context=answers, output_dir=str(tmp_path))
    )


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


@pytest.fixture(scope="module")
def typed(tmp_path_factory) -> Path:
    return render(tmp_path_factory.mktemp("typed"), **TYPED_ANSWERS)


def test_answers_reach_databricks_yml_as_the_strings_typed(typed):
    bundle = load(typed / "databricks.yml")
    variables = {name: spec["default"] for name, spec in bundle["variables"].items()}
    targets = bundle["targets"]
    assert bundle["bundle"]["name"] == "null"
    assert bundle["presets"]["tags"]["project"] == "null"
    assert variables["catalog"] == "true"
    assert variables["schema"] == "True"
    assert variables["source_volume"] == "NULL"
    assert variables["embedding_endpoint"] == "1e3"
    assert variables["llm_endpoint"] == "0x1F"
    assert variables["vector_search_endpoint"] == "007"
    assert variables["vector_search_index"] == "on"
    assert variables["serving_endpoint_name"] == "123"
    assert variables["read_access_group"] == "1.5"
    assert targets["test"]["variables"]["catalog"] == "null"
    assert targets["staging"]["variables"]["catalog"] == "yes"
    assert targets["prod"]["variables"]["catalog"] == "off"
    assert targets["prod"]["git"]["branch"] == "1.10"
    assert targets["staging"]["git"]["branch"] == "0o17"
    assert targets["test"]["variables"]["serving_endpoint_name"] == "123-test"


def test_every_value_an_answer_changes_is_a_string(typed, tmp_path):
    """Rendered with the defaults and with the typed answers, every YAML file of the project
    (bundle, resources, configuration, workflows, actions) differs only in strings."""
    default = render(tmp_path)
    files = [
        path
        for path in sorted(typed.rglob("*"))
        if path.suffix in (".yml", ".yaml") and path.is_file()
    ]
    assert any(path.parent.name == "workflows" for path in files)
    wrong = []

    def compare(ours, theirs, where):
        if isinstance(ours, dict) and isinstance(theirs, dict):
            for key in ours.keys() & theirs.keys():
                compare(ours[key], theirs[key], f"{where}.{key}")
        elif isinstance(ours, list) and isinstance(theirs, list) and len(ours) == len(theirs):
            for number, (mine, other) in enumerate(zip(ours, theirs, strict=True)):
                compare(mine, other, f"{where}[{number}]")
        elif ours != theirs and not isinstance(ours, str):
            wrong.append(f"{where}: {ours!r} (with the defaults: {theirs!r})")

    for path in files:
        relative = str(path.relative_to(typed)).replace("null", "rag-chatbot")
        compare(load(path), load(default / relative), relative)
    assert wrong == []


def test_yaml_string_reads_back_as_the_same_text():
    for text in ["null", "1.10", 'a "quoted" #1: [x]', "tab\there", "naïve", "\\", "- item"]:
        assert yaml.safe_load(f"key: {local_extensions.yaml_string(text)}") == {"key": text}


@pytest.mark.parametrize(
    ("package", "owner"),
    [
        ("json", "a module of Python's standard library"),
        ("os", "a module of Python's standard library"),
        ("asyncio", "a module of Python's standard library"),
        ("yaml", "the dependency pyyaml"),
        ("mlflow", "the dependency mlflow"),
        ("databricks", "the dependency databricks-sdk"),
        ("langchain_core", "the dependency langchain-core"),
        ("sklearn", "the dependency scikit-learn"),
        ("pyspark", "the dependency pyspark"),
        ("dateutil", "the dependency python-dateutil"),
    ],
)
def test_a_package_name_that_shadows_a_module_is_refused(tmp_path, capfd, package, owner):
    with pytest.raises(FailedHookException):
        render(tmp_path, package_name=package)
    assert list(tmp_path.iterdir()) == []
    error = capfd.readouterr().err
    assert f"package_name={package!r} is {'the import name of ' if 'dep' in owner else ''}" in error
    assert owner in error
    assert "choose another name" in error


def test_the_hook_refuses_it_too_when_the_answers_are_replayed(tmp_path):
    """`--replay` skips reading the answers, so only the pre-generation hook checks them."""
    output = tmp_path / "out"
    output.mkdir()
    context = generate_context(context_file=str(TEMPLATE / "cookiecutter.json"))
    answers = prompt_for_config(context, no_input=True)
    replayed = tmp_path / "replayed.json"
    replayed.write_text(json.dumps({"cookiecutter": {**answers, "package_name": "json"}}))
    cookiecutter_command = Path(sys.executable).with_name("cookiecutter")
    result = subprocess.run(
        [str(cookiecutter_command), "--replay-file", str(replayed), "-o", str(output), "."],
        cwd=TEMPLATE,
        env={**os.environ, "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "package_name='json' is a module of Python's standard library" in result.stderr
    assert list(output.iterdir()) == []


def test_every_import_name_of_an_installed_pin_is_reserved():
    """The derivation misses no import name of the pinned distributions installed here (the
    template's own test environment holds some of them: pyyaml, attrs, pytest, jinja2...)."""
    reserved = local_extensions.reserved_package_names()
    pins = {
        re.sub(r"[-_.]+", "-", line.partition("==")[0]).lower()
        for line in CONSTRAINTS.read_text().splitlines()
        if "==" in line
    }
    checked, missing = 0, []
    for module, distributions in importlib.metadata.packages_distributions().items():
        if module.isidentifier() and module == module.lower() and not module.startswith("_"):
            for distribution in distributions:
                if re.sub(r"[-_.]+", "-", distribution).lower() in pins:
                    checked += 1
                    if module not in reserved:
                        missing.append(f"{module} ({distribution})")
    assert checked >= 3
    assert missing == []


def test_answers_derived_from_a_refused_answer_are_named_in_its_message(tmp_path, capfd):
    """The one typed answer is the one to fix: the names derived from it are not listed as
    separate inputs to fix."""
    with pytest.raises(FailedHookException):
        render(tmp_path, project_name="1 bad!")
    problems = [line for line in capfd.readouterr().err.splitlines() if line.startswith("  - ")]
    assert len(problems) == 1, problems
    assert problems[0].startswith("  - project_name='1 bad!': must start with a letter")
    assert "(project_slug, package_name, schema_name, vector_search_index" in problems[0]


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"project_name": "A"}, "project_slug follows from project_name='A': give project_slug"),
        ({"project_name": "Json"}, "package_name follows from project_name='Json'"),
        ({"project_slug": "mlflow"}, "(package_name follows from project_slug='mlflow'"),
    ],
)
def test_a_refused_derived_answer_names_the_answer_it_follows_from(
    tmp_path, capfd, answers, message
):
    with pytest.raises(FailedHookException):
        render(tmp_path, **answers)
    assert message in capfd.readouterr().err


@pytest.mark.parametrize("name", ["RAG Chatbot", "Acme_HR  Helper ", "x-ray Bot"])
def test_the_hooks_derivations_are_those_of_cookiecutter_json(name):
    rules = local_extensions._rules()
    context = generate_context(
        context_file=str(TEMPLATE / "cookiecutter.json"), extra_context={"project_name": name}
    )
    context["cookiecutter"].pop("__answers_check")
    answers = prompt_for_config(context, no_input=True)
    for derived, (source, derive) in rules.DERIVED.items():
        assert answers[derived] == derive(answers), (derived, source)
