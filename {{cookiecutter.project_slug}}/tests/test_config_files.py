"""Every configuration file the project reads refuses a malformed, mistyped or misspelt setting
with a message naming the file, the key and the rule, and the command line prints it without a
traceback."""

import copy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from {{ cookiecutter.package_name }}.chain.registration import model_config
from {{ cookiecutter.package_name }}.cli import main
from {{ cookiecutter.package_name }}.evaluation.gates import EvaluationSettings
from {{ cookiecutter.package_name }}.local.bundle import load_job
from {{ cookiecutter.package_name }}.parameters import ChainParameters

from tests.conftest import PROJECT_ROOT

CHAIN = "config/rag_chain.yml"
EVALUATION = "config/evaluation.yml"
BUNDLE = "databricks.yml"
JOBS = "resources/model_resources.yml"
LOCAL = "local.yml"
TASKS = ("resources", "jobs", "rag_job", "tasks")
PARAMETERS = ("resources", "jobs", "rag_job", "parameters")


def setting(*path, value):
    return ("set", path, value)


def renamed(*path, to):
    return ("rename", path, to)


def removed(*path):
    return ("remove", path, None)


def text(content):
    return ("text", (), content)


# (file, change, what the message must name besides the file)
CASES = {
    "chain-k-not-a-number": (CHAIN, setting("retrieval", "k", value="abc"), "retrieval.k"),
    "chain-k-quoted-number": (CHAIN, setting("retrieval", "k", value="5"), "retrieval.k"),
    "chain-k-zero": (CHAIN, setting("retrieval", "k", value=0), "retrieval.k"),
    "chain-k-boolean": (CHAIN, setting("retrieval", "k", value=True), "retrieval.k"),
    "chain-snippet-fraction": (
        CHAIN,
        setting("retrieval", "snippet_chars", value=1.5),
        "retrieval.snippet_chars",
    ),
    "chain-max-messages-word": (
        CHAIN,
        setting("request", "max_messages", value="many"),
        "request.max_messages",
    ),
    "chain-question-chars-negative": (
        CHAIN,
        setting("request", "max_question_chars", value=-1),
        "request.max_question_chars",
    ),
    "chain-history-negative": (
        CHAIN,
        setting("history", "max_tokens", value=-5),
        "history.max_tokens",
    ),
    "chain-temperature-too-high": (
        CHAIN,
        setting("generation", "temperature", value=3.0),
        "generation.temperature",
    ),
    "chain-temperature-word": (
        CHAIN,
        setting("generation", "temperature", value="hot"),
        "generation.temperature",
    ),
    "chain-max-tokens-null": (
        CHAIN,
        setting("generation", "max_tokens", value=None),
        "generation.max_tokens",
    ),
    "chain-unknown-chat-kind": (
        CHAIN,
        setting("chat_model", "kind", value="gpt"),
        "chat_model.kind",
    ),
    "chain-misspelt-base-url": (
        CHAIN,
        renamed("chat_model", "openai_compatible", "base_url", to="base_ur"),
        "did you mean 'base_url'",
    ),
    "chain-model-number": (
        CHAIN,
        setting("chat_model", "openai_compatible", "model", value=5),
        "chat_model.openai_compatible.model",
    ),
    "chain-sentences-zero": (
        CHAIN,
        setting("offline_answerer", "max_sentences", value=0),
        "offline_answerer.max_sentences",
    ),
    "chain-label-list": (
        CHAIN,
        setting("offline_answerer", "label", value=["a"]),
        "offline_answerer.label",
    ),
    "chain-empty-prompt": (CHAIN, setting("prompts", "system", value=" "), "prompts.system"),
    "chain-misspelt-prompt": (
        CHAIN,
        renamed("prompts", "system", to="sytem"),
        "did you mean 'system'",
    ),
    "chain-misspelt-section": (CHAIN, renamed("retrieval", to="retreival"), "'retrieval'"),
    "chain-unknown-top-level-key": (
        CHAIN,
        setting("temperature", value=0.5),
        "temperature is not a known key",
    ),
    "chain-missing-example": (CHAIN, removed("input_example"), "input_example is missing"),
    "chain-section-not-a-mapping": (CHAIN, setting("retrieval", value=5), "retrieval"),
    "chain-repeated-key": (CHAIN, text("retrieval:\n  k: 5\n  k: 6\n"), "'k' twice"),
    "chain-malformed": (CHAIN, text("retrieval: [k: 5\n"), "malformed YAML"),
    "chain-empty": (CHAIN, text(""), "the file is empty"),
    "chain-list": (CHAIN, text("- retrieval\n"), "the top level must be a mapping"),
    "evaluation-empty": (EVALUATION, text(""), "the file is empty"),
    "evaluation-comments-only": (EVALUATION, text("# gates: {}\n"), "the file is empty"),
    "evaluation-k-word": (EVALUATION, setting("retrieval_k", value="five"), "retrieval_k"),
    "evaluation-k-zero": (EVALUATION, setting("retrieval_k", value=0), "retrieval_k"),
    "evaluation-parallel-fraction": (
        EVALUATION,
        setting("parallel_requests", value=2.5),
        "parallel_requests",
    ),
    "evaluation-misspelt-rule": (
        EVALUATION,
        renamed("gates", "groundedness", "min", to="minimum"),
        "did you mean 'min'",
    ),
    "evaluation-quoted-limit": (
        EVALUATION,
        setting("gates", "groundedness", "min", value="0.4"),
        "gates.groundedness.min",
    ),
    "evaluation-boolean-limit": (
        EVALUATION,
        setting("gates", "latency_p95_ms", "max", value=True),
        "gates.latency_p95_ms.max",
    ),
    "evaluation-gate-without-rules": (
        EVALUATION,
        setting("gates", "groundedness", value={}),
        "gates.groundedness",
    ),
    "evaluation-gates-null": (EVALUATION, setting("gates", value=None), "gates"),
    "evaluation-unknown-judge": (EVALUATION, setting("judges", value=["vibes"]), "judges[0]"),
    "evaluation-misspelt-judge": (
        EVALUATION,
        setting("judges", value=["corectness"]),
        "did you mean 'correctness'",
    ),
    "evaluation-unknown-judge-gate": (
        EVALUATION,
        setting("judge_gates", "vibes", value={"min": 0.5}),
        "judge_gates.vibes",
    ),
    "evaluation-misspelt-top-level-key": (
        EVALUATION,
        renamed("gates", to="gate"),
        "did you mean 'gates'",
    ),
    "evaluation-missing-judges": (EVALUATION, removed("judges"), "judges is missing"),
    "evaluation-misspelt-metric": (
        EVALUATION,
        renamed("gates", "groundedness", to="groundednes"),
        "did you mean 'groundedness'",
    ),
    "bundle-missing-name": (BUNDLE, removed("bundle", "name"), "bundle.name is missing"),
    "bundle-name-list": (BUNDLE, setting("bundle", "name", value=["x"]), "bundle.name"),
    "bundle-misspelt-include": (BUNDLE, renamed("include", to="includ"), "did you mean 'include'"),
    "bundle-include-string": (BUNDLE, setting("include", value="resources/*.yml"), "include"),
    "bundle-include-matches-nothing": (
        BUNDLE,
        setting("include", value=["resource/*.yml"]),
        "include[0]",
    ),
    "bundle-without-include": (BUNDLE, removed("include"), "resources.jobs"),
    "bundle-misspelt-variable-default": (
        BUNDLE,
        renamed("variables", "catalog", "default", to="defualt"),
        "did you mean 'default'",
    ),
    "bundle-unknown-mode": (
        BUNDLE,
        setting("targets", "dev", "mode", value="develop"),
        "targets.dev.mode",
    ),
    "bundle-misspelt-target-variables": (
        BUNDLE,
        renamed("targets", "dev", "variables", to="varibles"),
        "did you mean 'variables'",
    ),
    "bundle-misspelt-name-prefix": (
        BUNDLE,
        setting("targets", "dev", "presets", value={"name_prefx": "x_"}),
        "did you mean 'name_prefix'",
    ),
    "bundle-malformed": (BUNDLE, text("bundle:\n  name: [x\n"), "malformed YAML"),
    "resources-misspelt-jobs": (JOBS, renamed("resources", "jobs", to="jbos"), "'jobs'"),
    "resources-task-without-key": (
        JOBS,
        removed(*TASKS, 0, "task_key"),
        "resources.jobs.rag_job.tasks[0].task_key is missing",
    ),
    "resources-misspelt-parameter-default": (
        JOBS,
        renamed(*PARAMETERS, 0, "default", to="defualt"),
        "did you mean 'default'",
    ),
    "resources-misspelt-notebook-path": (
        JOBS,
        renamed(*TASKS, 0, "notebook_task", "notebook_path", to="notebook_pth"),
        "did you mean 'notebook_path'",
    ),
    "resources-misspelt-dependency": (
        JOBS,
        renamed(*TASKS, 1, "depends_on", 0, "task_key", to="task_keys"),
        "did you mean 'task_key'",
    ),
    "resources-tasks-mapping": (JOBS, setting(*TASKS, value={"a": 1}), "rag_job.tasks"),
    "local-misspelt-variables": (LOCAL, renamed("variables", to="variabels"), "'variables'"),
    "local-parameters-list": (
        LOCAL,
        setting("job_parameters", value=["source_path"]),
        "job_parameters",
    ),
}


def change(data, kind, path, value):
    *parents, last = path
    node = data
    for part in parents:
        node = node[part]
    if kind == "set":
        node[last] = value
    elif kind == "remove":
        del node[last]
    else:
        node[value] = node.pop(last)


def copied_project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    for folder in ("config", "resources", "notebooks", "data/eval"):
        shutil.copytree(PROJECT_ROOT / folder, root / folder)
    for name in (BUNDLE, LOCAL):
        shutil.copy(PROJECT_ROOT / name, root / name)
    return root


def broken_project(tmp_path: Path, relative: str, edit: tuple) -> Path:
    root = copied_project(tmp_path)
    kind, path, value = edit
    target = root / relative
    if kind == "text":
        target.write_text(value)
    else:
        data = copy.deepcopy(yaml.safe_load(target.read_text()))
        change(data, kind, path, value)
        target.write_text(yaml.safe_dump(data, sort_keys=False))
    return root


def command(relative: str, tmp_path: Path) -> list[str]:
    if relative == EVALUATION:
        dataset = "data/eval/minimal.jsonl"
        return ["evaluate", "--dataset", dataset, "--output", str(tmp_path / "out")]
    return ["ask", "What is the warranty?"]


@pytest.mark.parametrize(("relative", "edit", "named"), CASES.values(), ids=CASES.keys())
def test_a_bad_configuration_file_is_named_with_its_key(
    tmp_path, monkeypatch, capsys, relative, edit, named
):
    root = broken_project(tmp_path, relative, edit)
    monkeypatch.chdir(root)
    status = main(command(relative, tmp_path))
    error = capsys.readouterr().err
    assert status != 0
    assert f"error: {root / relative}" in error
    assert named in error


def test_the_copied_files_load_unchanged(tmp_path):
    """The failures above come from the edits, not from the copy."""
    root = copied_project(tmp_path)
    job = load_job(root)
    task = ChainParameters.from_parameters(job.parameters.get)
    assert model_config(task)["retrieval"]["k"] == 5
    assert EvaluationSettings.load(root / EVALUATION, with_judges=True).judges


def test_the_command_line_prints_no_traceback(tmp_path):
    relative, edit, named = CASES["chain-misspelt-section"]
    root = broken_project(tmp_path, relative, edit)
    result = subprocess.run(
        [sys.executable, "-m", "{{ cookiecutter.package_name }}", *command(relative, tmp_path)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert named in result.stderr and str(root / relative) in result.stderr
