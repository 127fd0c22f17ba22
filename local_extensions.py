"""Jinja extension of this template (`_extensions` in cookiecutter.json): refuse bad answers
before cookiecutter creates any folder.

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
import sys
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

from cookiecutter.exceptions import FailedHookException
from jinja2 import Environment
from jinja2.ext import Extension

RULES_FILE = Path(__file__).resolve().parent / "hooks" / "pre_gen_project.py"


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


def check_answers(answers: Mapping[str, object]) -> str:
    """Raise `AnswersRefused` after printing the hook's message if any answer breaks a rule."""
    rules = _rules()
    problems = rules.check(dict(answers))
    if problems:
        print(rules.report(problems), end="", file=sys.stderr, flush=True)
        raise AnswersRefused(problems)
    return "passed"


class AnswerChecks(Extension):
    """Makes `check_answers(cookiecutter)` available to cookiecutter.json."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        environment.globals["check_answers"] = check_answers
