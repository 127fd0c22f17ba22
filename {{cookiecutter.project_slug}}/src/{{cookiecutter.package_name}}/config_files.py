"""Configuration files read into typed models, with refusals that say where and why.

Every file the project reads (config/rag_chain.yml, config/evaluation.yml, databricks.yml and its
included resources/*.yml, local.yml) goes through `read_mapping` and `validate`: malformed YAML,
an empty file, a repeated key, a wrong type or an unknown key is refused with a message naming
the file, the key (a dotted path such as `retrieval.k` or `resources.jobs.x.tasks[0].task_key`)
and the rule; an unknown key gets the closest known one suggested.
"""

import difflib
import types
import typing
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .errors import ConfigError

Model = TypeVar("Model", bound=BaseModel)


class ConfigFileError(ConfigError):
    """A configuration file is unreadable or breaks a rule; the message names file and key."""


class _UniqueKeyLoader(yaml.SafeLoader):
    """safe_load, except that a key repeated in one mapping is refused: PyYAML would keep the
    last value silently, so a pasted duplicate would override a setting unseen."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, typing.Hashable) and key in seen:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    f"found the key {key!r} twice",
                    key_node.start_mark,
                )
            seen.add(key)
        return super().construct_mapping(node, deep)


def read_mapping(
    path: Path, error: type[ConfigError] = ConfigFileError, empty_ok: bool = False
) -> dict:
    """The top-level mapping of a YAML file; an empty file is `{}` only where `empty_ok`."""
    if not path.is_file():
        raise error(f"{path}: the file does not exist")
    try:
        data = yaml.load(path.read_text(), Loader=_UniqueKeyLoader)
    except yaml.YAMLError as problem:
        mark = getattr(problem, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        reason = " ".join(str(getattr(problem, "problem", None) or problem).split())
        raise error(f"{path}{where}: malformed YAML ({reason}); fix the file") from None
    except (OSError, UnicodeDecodeError) as problem:
        raise error(f"{path}: cannot be read ({problem})") from None
    if data is None and empty_ok:
        return {}
    if data is None:
        raise error(f"{path}: the file is empty; it must hold the settings as a mapping")
    if not isinstance(data, dict):
        raise error(f"{path}: the top level must be a mapping of keys, not a {type(data).__name__}")
    return data


def validate(
    model: type[Model], data: dict, path: Path | str, error: type[ConfigError] = ConfigFileError
) -> Model:
    """`data` as `model`, or `error` listing every problem with its key and rule."""
    try:
        return model.model_validate(data)
    except ValidationError as invalid:
        problems = describe(invalid, model)
        raise error(f"{path}: {'; '.join(problems)}") from None


def describe(invalid: ValidationError, model: type[BaseModel]) -> list[str]:
    """One sentence per pydantic error: the key's dotted path, what it holds, the rule."""
    return [_sentence(detail, model) for detail in invalid.errors(include_url=False)]


def dotted(loc: Sequence[Any]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part != "[key]":
            text += f".{part}" if text else str(part)
    return text


def _sentence(detail: dict, model: type[BaseModel]) -> str:
    loc = tuple(detail["loc"])
    key = dotted(loc) or "the top level"
    kind = detail["type"]
    if kind == "missing":
        return f"{key} is missing (a required key)"
    if kind == "extra_forbidden":
        known = known_keys(model, loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), known, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        return f"{key} is not a known key: {hint}known keys here: {', '.join(known)}"
    text = _RULES.get(kind) or detail["msg"].removeprefix("Value error, ")
    if kind == "literal_error":
        expected = detail["ctx"]["expected"]
        close = difflib.get_close_matches(str(detail["input"]), _literals(expected), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        text = f"use one of {expected}{hint}"
    if loc and loc[-1] == "[key]":
        return f"{key} is not an allowed name here: {text}"
    return f"{key} is {_shown(detail['input'])}: {text}"


# Pydantic's own wording names the model class ("a valid dictionary or instance of _Retrieval").
_RULES = {
    "model_type": "must be a mapping of keys",
    "model_attributes_type": "must be a mapping of keys",
    "dict_type": "must be a mapping",
    "list_type": "must be a list",
}


def _literals(expected: str) -> list[str]:
    return [part.strip(" '\"") for part in expected.replace(" or ", ",").split(",")]


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def known_keys(model: type[BaseModel], loc: Sequence[Any]) -> list[str]:
    """The keys of the mapping at `loc` (a pydantic error location) of `model`."""
    node: Any = model
    for part in loc:
        node = _inner(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            node = field.annotation if field else None
        elif typing.get_origin(node) is dict:
            node = typing.get_args(node)[1]
        elif typing.get_origin(node) is list:
            node = typing.get_args(node)[0]
        else:
            return []
    node = _inner(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [field.alias or name for name, field in node.model_fields.items()]
    return []


def _inner(annotation: Any) -> Any:
    """`X` of `X | None` and of `Annotated[X, ...]`."""
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(options) == 1:
            return _inner(options[0])
    return annotation
