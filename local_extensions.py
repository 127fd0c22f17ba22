"""Jinja extension of this template (`_extensions` in cookiecutter.json): refuse bad answers
before cookiecutter creates any folder, and write answers into YAML as strings (`yaml_string`).

The pre-generation hook alone is too late for some answers. Cookiecutter renders the project
folder's name and creates it, missing parents included, *before* it runs the hook, and when the
hook fails it removes only that final folder: a slug holding a path (`my-project/../x`, `a/b`)
would leave `my-project/` or `a/` behind in the output folder. Cookiecutter renders private
variables while it reads the answers, before it writes anything (project folder, output folder,
replay file); `__answers_check`, the first one after the answers in cookiecutter.json, calls
`check_answers`, so a refused answer writes nothing.

The rules are those of hooks/pre_gen_project.py, loaded from that file, so there is one set.
Cookiecutter puts the template's folder on `sys.path` to import this module.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

from cookiecutter.exceptions import FailedHookException
from jinja2 import Environment
from jinja2.ext import Extension

TEMPLATE = Path(__file__).resolve().parent
RULES_FILE = TEMPLATE / "hooks" / "pre_gen_project.py"
CONSTRAINTS = TEMPLATE / "{{cookiecutter.project_slug}}" / "requirements" / "constraints.txt"


class AnswersRefused(FailedHookException):
    """An answer breaks a rule of hooks/pre_gen_project.py; nothing was written.

    A FailedHookException like the hook's own refusal, so callers handle both alike and
    cookiecutter's command line reports it the same way: a message and exit status 1.
    """

    def __init__(self, problems: list[str]) -> None:
        super().__init__("The answers were refused (see the inputs listed above).")
        self.problems = problems


def _rules() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pre_gen_project_rules", RULES_FILE)
    assert spec is not None and spec.loader is not None, RULES_FILE
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reserved_package_names() -> dict[str, str]:
    """The names a package may not take, each with what owns it: this interpreter's standard
    library (sys.stdlib_module_names) and the import names of the project's pinned dependencies.
    """
    return _rules().reserved_package_names(CONSTRAINTS.read_text(), sys.stdlib_module_names)


def check_answers(answers: Mapping[str, object]) -> str:
    """Raise `AnswersRefused` after printing the hook's message if any answer breaks a rule."""
    rules = _rules()
    problems = rules.check(dict(answers), reserved_package_names())
    if problems:
        print(rules.report(problems), end="", file=sys.stderr, flush=True)
        raise AnswersRefused(problems)
    return "passed"


def yaml_string(value: object) -> str:
    """`value` as a YAML double-quoted scalar, read back as the same string whatever it holds.

    Unquoted, an answer such as `null`, `true`, `1.10` or `123` would be read as null, a boolean,
    the float 1.1 or an integer. A JSON string is a valid YAML double-quoted scalar: YAML 1.2
    accepts every JSON escape (https://yaml.org/spec/1.2.2/#57-escaped-characters).
    """
    return json.dumps(str(value), ensure_ascii=False)


class AnswerChecks(Extension):
    """Makes `check_answers(cookiecutter)` available to cookiecutter.json, and the filter
    `yaml_string` to every rendered file."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        environment.globals["check_answers"] = check_answers
        environment.globals["reserved_package_names"] = reserved_package_names
        environment.filters["yaml_string"] = yaml_string
        # Cookiecutter renders each hook inside work_in(<template folder>) (cookiecutter 2.7
        # hooks.py, run_hook_from_repo_dir), so the working directory while a hook renders is the
        # template's folder, absolute however the template was given (`_repo_dir` keeps a local
        # path as typed, relative to a directory the hook, run from the project, cannot know).
        environment.globals["template_directory"] = os.getcwd
