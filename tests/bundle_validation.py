"""Offline validation of a Databricks Asset Bundle against the CLI's published JSON schema.

There is no Databricks CLI in CI, so this loads `databricks.yml` and its includes the way the
CLI does, validates the merged configuration (and each target applied over it) against the
schema, and adds the checks the schema cannot express. `databricks bundle validate` remains
the authority wherever a CLI and a workspace are available.
"""

from __future__ import annotations

import copy
import functools
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import regex
import yaml
from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError, best_match

SCHEMA_ENV_VAR = "DATABRICKS_BUNDLE_SCHEMA"
_REPO_ROOT = Path(__file__).resolve().parent.parent
# The copy kept in this repository (schemas/README.md: source, version, licence).
_DEFAULT_SCHEMA_PATH = _REPO_ROOT / "schemas" / "databricks-bundle-v1.13.0.schema.json"

MODES = ("development", "production")
PRINCIPAL_KEYS = ("user_name", "group_name", "service_principal_name")
# Fields naming local files that the CLI uploads, resolved relative to the defining YAML file.
PATH_FIELDS = ("notebook_path", "python_file", "whl", "requirements", "file_path")
# Pip flags in environment dependencies whose argument the CLI uploads and rewrites like a path
# (PipFlagsWithLocalPaths in bundle/libraries/local_path.go of databricks/cli).
PIP_PATH_FLAGS = ("-r", "-e")
ROOT_CONFIG = "databricks.yml"

# Same name grammar as the schema's interpolation patterns; `re` lacks `\p{..}`.
_VAR_REFERENCE = regex.compile(r"\$\{var\.(\p{L}+(?:[-_]*[\p{L}\p{N}]+)*)")
_GLOB_CHARS = frozenset("*?[")

KeyPath = tuple[str | int, ...]


def __getattr__(name: str) -> Path:
    # SCHEMA_PATH reads the environment on each access, so a monkeypatched variable applies.
    if name == "SCHEMA_PATH":
        return _schema_path()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _schema_path() -> Path:
    return Path(os.environ.get(SCHEMA_ENV_VAR) or _DEFAULT_SCHEMA_PATH)


class BundleError(Exception):
    """The bundle's YAML files cannot be read or merged into one configuration."""


class Bundle(dict):
    """Merged bundle configuration that remembers which file defined each resource.

    `sources` maps the key path of every resource, e.g. `("resources", "jobs", "etl")` or
    `("targets", "prod", "resources", "jobs", "etl")`, to the YAML file that defines it:
    the CLI resolves the resource's relative paths against that file's folder.
    """

    def __init__(self, config: dict, sources: dict[KeyPath, Path]) -> None:
        super().__init__(config)
        self.sources = sources


def load_schema(path: Path | None = None) -> dict:
    """The bundle JSON schema at `path`, by default `SCHEMA_PATH`."""
    path = path or _schema_path()
    if not path.is_file():
        raise FileNotFoundError(
            f"Databricks bundle JSON schema not found at {path}. Set {SCHEMA_ENV_VAR} to the "
            f"schema file (`databricks bundle schema > schema.json` prints it), or place it at "
            f"{_DEFAULT_SCHEMA_PATH}."
        )
    return json.loads(path.read_text(encoding="utf-8"))


def load_bundle(project_dir: Path) -> Bundle:
    """Read `databricks.yml` and merge its `include:` files into it as the CLI does."""
    project_dir = Path(project_dir)
    root = _read_yaml(project_dir / ROOT_CONFIG, project_dir)
    sources: dict[KeyPath, Path] = {}
    _record_sources(root, project_dir / ROOT_CONFIG, sources)
    for path in _included_files(root.get("include"), project_dir):
        name = _display(path, project_dir)
        fragment = _read_yaml(path, project_dir)
        if "include" in fragment:
            raise BundleError(f"{name}: `include` is only allowed in {ROOT_CONFIG}")
        for key in _resource_keys(fragment):
            if key in sources:
                raise BundleError(
                    f"{_format_path(key)} is defined in both "
                    f"{_display(sources[key], project_dir)} and {name}"
                )
        _record_sources(fragment, path, sources)
        root = _merge(root, fragment)
    return Bundle(root, sources)


def schema_errors(config: dict) -> list[str]:
    """Schema violations as `<path>: <message>`, unwrapping the schema's oneOf alternatives."""
    validator = _validator(_schema_path())
    leaves = [
        leaf
        for error in validator.iter_errors(config)
        for leaf in _leaf_errors(error)
        if not _is_partial_override(leaf)
    ]
    leaves.sort(key=lambda error: ([str(part) for part in error.absolute_path], error.message))
    return [f"{_format_path(error.absolute_path)}: {error.message}" for error in leaves]


def semantic_errors(config: dict, project_dir: Path) -> list[str]:
    """Errors the CLI reports that the schema cannot express, as `<path>: <message>`.

    Relative paths are resolved against the file recorded in `config.sources` for a `Bundle`;
    for a plain dict every resource counts as defined in `databricks.yml`.
    """
    project_dir = Path(project_dir)
    sources = config.sources if isinstance(config, Bundle) else {}
    default_source = project_dir / ROOT_CONFIG
    targets = _mapping(config.get("targets"))
    variables = _mapping(config.get("variables"))
    errors = [
        *_mode_errors(targets),
        *_variable_errors(config, variables, targets),
        *_principal_errors(config),
    ]
    for key, resource in _resources(config):
        source = sources.get(key, default_source)
        errors += _missing_file_errors(resource, key, source, project_dir)
        if key[-2] == "jobs":
            root_job = _mapping(_mapping(config.get("resources")).get("jobs")).get(key[-1])
            errors += _dependency_errors(resource, key, _mapping(root_job))
        if key[-2] == "dashboards":
            errors += _dashboard_errors(resource, key, source)
    return errors


def target_config(config: dict, name: str) -> dict:
    """The root configuration with `targets.<name>` applied, as `bundle validate -t` sees it.

    Follows the CLI's target override: mappings merge recursively, `run_as` is replaced,
    variable overrides set the variable's `default` or `lookup`, and `git`, `cluster_id` and
    `compute_id` move under `bundle`. `mode` and `default` are dropped because the CLI keeps them
    internally and the schema has no place for them outside a target; `targets` is dropped so
    its contents are not reported once per target.
    """
    target = _mapping(_mapping(config.get("targets")).get(name))
    merged = copy.deepcopy({key: value for key, value in config.items() if key != "targets"})
    for key, value in target.items():
        if key in ("mode", "default"):
            continue
        if key in ("cluster_id", "compute_id", "git"):
            merged["bundle"] = _merge(merged.get("bundle"), {key: copy.deepcopy(value)})
        elif key == "run_as":
            merged[key] = copy.deepcopy(value)
        elif key == "variables":
            declared = _mapping(merged.setdefault("variables", {}))
            for var_name, override in _mapping(value).items():
                value_of = _variable_override(override, declared.get(var_name))
                # A target's lookup drops the root's default and its default the root's lookup
                # (MergeTargetOverrides in bundle/config/root.go of databricks/cli v1.13).
                kept = {
                    key: item
                    for key, item in _mapping(declared.get(var_name)).items()
                    if key not in ("default", "lookup") or not value_of
                }
                declared[var_name] = {**kept, **value_of}
        else:
            merged[key] = _merge(merged.get(key), copy.deepcopy(value))
    return merged


def validate_project(project_dir: Path) -> list[str]:
    """All errors of the bundle in `project_dir`; an empty list means it is valid.

    A bundle that cannot be loaded gives its single `BundleError` message. A missing schema
    raises `FileNotFoundError`: the check must fail, not pass vacuously.
    """
    try:
        config = load_bundle(project_dir)
    except BundleError as error:
        return [str(error)]
    errors = schema_errors(config)
    root_errors = set(errors)
    for name, target in _mapping(config.get("targets")).items():
        if isinstance(target, dict):
            # Errors written in the top level or in the target itself are already reported.
            errors += [
                f"target {name}: {message}"
                for message in schema_errors(target_config(config, name))
                if message not in root_errors and f"targets.{name}.{message}" not in root_errors
            ]
    return errors + semantic_errors(config, project_dir)


# --- loading -------------------------------------------------------------------------------


def _read_yaml(path: Path, project_dir: Path) -> dict:
    name = _display(path, project_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise BundleError(f"{name}: cannot read: {error.strerror}") from error
    try:
        content = yaml.safe_load(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"{name}:{mark.line + 1}:{mark.column + 1}" if mark else name
        raise BundleError(f"{where}: malformed YAML: {error.problem or error.context}") from error
    except yaml.YAMLError as error:
        raise BundleError(f"{name}: malformed YAML: {error}") from error
    if content is None:
        return {}
    if not isinstance(content, dict):
        raise BundleError(f"{name}: expected a mapping at the top level")
    return content


def _included_files(patterns: Any, project_dir: Path) -> list[Path]:
    if patterns is None:
        return []
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise BundleError(f"{ROOT_CONFIG}: `include` must be a list of glob patterns")
    root_config = (project_dir / ROOT_CONFIG).resolve()
    files: list[Path] = []
    for pattern in patterns:
        try:
            matches = sorted(path for path in project_dir.glob(pattern) if path.is_file())
        except (NotImplementedError, ValueError) as error:
            raise BundleError(f"{ROOT_CONFIG}: include {pattern!r}: {error}") from error
        if not matches:
            raise BundleError(f"{ROOT_CONFIG}: include {pattern!r} does not match any files")
        # Like the CLI, load a file matched by several patterns (or the root itself) once.
        files += [p for p in matches if p.resolve() != root_config and p not in files]
    return files


def _resource_keys(fragment: dict) -> Iterator[KeyPath]:
    for kind, named in _mapping(fragment.get("resources")).items():
        for name in _mapping(named):
            yield ("resources", kind, name)


def _record_sources(fragment: dict, path: Path, sources: dict[KeyPath, Path]) -> None:
    for key in _resource_keys(fragment):
        sources[key] = path
    for target_name, target in _mapping(fragment.get("targets")).items():
        for key in _resource_keys(_mapping(target)):
            sources[("targets", target_name, *key)] = path


def _merge(base: Any, override: Any) -> Any:
    """The CLI's merge: mappings merge recursively, sequences concatenate, scalars override."""
    if isinstance(base, dict) and isinstance(override, dict):
        merged = dict(base)
        for key, value in override.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(override, list):
        return base + override
    return override


def _variable_override(override: Any, declaration: Any) -> dict:
    """A target's variable value as `{default: ...}` / `{lookup: ...}`, as the CLI rewrites it.

    A mapping is an override block unless the variable is complex, where it is the value itself.
    """
    is_complex = _mapping(declaration).get("type") == "complex"
    if isinstance(override, dict) and (not is_complex or _has_value(override)):
        return {key: override[key] for key in ("default", "lookup") if key in override}
    return {"default": override}


# --- schema ----------------------------------------------------------------------------------


def _regex_pattern(validator, pattern, instance, schema) -> Iterator[ValidationError]:
    # The schema's interpolation patterns use `\p{L}` / `\p{N}`, which `re` rejects.
    if validator.is_type(instance, "string") and not regex.search(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


# The schema declares no `$schema`; its `$defs` are 2019-09+ vocabulary.
_BundleValidator = validators.extend(Draft202012Validator, {"pattern": _regex_pattern})


@functools.cache
def _validator(path: Path) -> Draft202012Validator:
    schema = load_schema(path)
    # The root schema allows any extra key (`additionalProperties: {}`), yet the CLI reports
    # unknown top-level keys; close it so a misspelt section is not silently ignored.
    return _BundleValidator({**schema, "additionalProperties": False})


def _is_interpolation(subschema: dict) -> bool:
    return subschema.get("type") == "string" and subschema.get("pattern", "").startswith(r"\$\{")


def _is_partial_override(error: ValidationError) -> bool:
    # The schema gives target resources the same required fields as top-level ones, but a
    # target usually overrides a few fields of a resource defined at the top level.
    # `target_config` completes them and its validation checks the required fields.
    path = list(error.absolute_path)
    return error.validator == "required" and path[:1] == ["targets"] and path[2:3] == ["resources"]


def _leaf_errors(error: ValidationError) -> list[ValidationError]:
    """Replace a oneOf/anyOf error by the errors of the alternative the value was meant for.

    Nearly every schema node is `oneOf [real type, ${...} string]`; the real alternative
    whose type matches the value holds the actual problem (e.g. a missing `task_key`). A value
    matching no alternative's type (e.g. `"abc"` for an integer) gets the real type error.
    """
    if not error.context:
        return [error]
    by_branch: dict[int, list[ValidationError]] = defaultdict(list)
    for sub_error in error.context:
        by_branch[sub_error.relative_schema_path[0]].append(sub_error)
    alternatives = error.schema[error.validator]
    real = {i: errs for i, errs in by_branch.items() if not _is_interpolation(alternatives[i])}
    matching_type = [
        errs
        for errs in real.values()
        if not any(e.validator == "type" and not e.relative_path for e in errs)
    ]
    candidates = matching_type or list(real.values())
    if len(candidates) != 1:
        return [best_match([error])]
    return [leaf for sub_error in candidates[0] for leaf in _leaf_errors(sub_error)]


# --- semantic checks ----------------------------------------------------------------------------


def _mode_errors(targets: dict) -> list[str]:
    return [
        f"targets.{name}.mode: {target['mode']!r} is not one of {', '.join(map(repr, MODES))}"
        for name, target in targets.items()
        if isinstance(target, dict) and "mode" in target and target["mode"] not in MODES
    ]


def _variable_errors(config: dict, variables: dict, targets: dict) -> list[str]:
    errors = [
        f"{_format_path(path)}: ${{var.{name}}} refers to undeclared variable {name!r}"
        for path, value in _walk(config)
        if isinstance(value, str)
        for name in _VAR_REFERENCE.findall(value)
        if name not in variables
    ]
    errors += [
        f"variables.{name}.type: {declaration['type']!r} is not a variable type (only 'complex')"
        for name, declaration in variables.items()
        if isinstance(declaration, dict) and declaration.get("type", "complex") != "complex"
    ]
    for target_name, target in targets.items():
        overrides = _mapping(_mapping(target).get("variables"))
        errors += [
            f"targets.{target_name}.variables.{name}: variable {name!r} is not declared "
            f"in the top-level variables"
            for name in overrides
            if name not in variables
        ]
        errors += [
            f"targets.{target_name}: variable {name!r} has no default and is not set in this target"
            for name, declaration in variables.items()
            if not _has_value(_mapping(declaration))
            and not (
                name in overrides and _has_value(_variable_override(overrides[name], declaration))
            )
        ]
    return errors


def _has_value(variable: dict) -> bool:
    return "default" in variable or "lookup" in variable


def _principal_errors(config: dict) -> list[str]:
    errors = []
    for path, value in _walk(config):
        is_principal = (path and path[-1] == "run_as") or (
            len(path) >= 2 and path[-2] == "permissions" and isinstance(path[-1], int)
        )
        if is_principal and isinstance(value, dict):
            found = [key for key in PRINCIPAL_KEYS if key in value]
            if len(found) != 1:
                errors.append(
                    f"{_format_path(path)}: exactly one of {', '.join(PRINCIPAL_KEYS)} must be "
                    f"set (found {', '.join(found) or 'none'})"
                )
    return errors


def _resources(config: dict) -> Iterator[tuple[KeyPath, Any]]:
    """Every resource with its key path: top-level ones, then those in targets."""
    for key in _resource_keys(config):
        yield key, config["resources"][key[1]][key[2]]
    for target_name, target in _mapping(config.get("targets")).items():
        for key in _resource_keys(_mapping(target)):
            yield ("targets", target_name, *key), target["resources"][key[1]][key[2]]


def _missing_file_errors(resource: Any, key: KeyPath, source: Path, project_dir: Path) -> list[str]:
    errors = []
    for path, value in _walk(resource, key):
        local = _local_file(path, value)
        if local is not None and not (source.parent / local).exists():
            errors.append(
                f"{_format_path(path)}: file {local!r} does not exist "
                f"(relative to {_display(source, project_dir)})"
            )
    return errors


def _local_file(path: KeyPath, value: Any) -> str | None:
    """The local file that the field at `path` names, or None."""
    if not isinstance(value, str):
        return None
    if len(path) >= 2 and path[-2] == "dependencies":
        # Environment dependencies mix pip requirements with local wheels and pip flags.
        flag, _, argument = value.partition(" ")
        if flag in PIP_PATH_FLAGS:
            value = argument.strip()
        elif not _looks_like_path(value):
            return None
    elif path[-1] not in PATH_FIELDS:
        return None
    return value if _is_local_path(value) else None


def _is_local_path(value: str) -> bool:
    # Workspace/Volumes paths, URLs and `${...}` values are remote or unknown offline. Globs
    # name build outputs (e.g. `../dist/*.whl`) that exist only after the artifacts build.
    return not (
        value.startswith("/") or "://" in value or "${" in value or _GLOB_CHARS.intersection(value)
    )


def _looks_like_path(dependency: str) -> bool:
    # `pandas==2.2` and `--index-url ...` style entries are pip arguments, not files.
    return not dependency.startswith("-") and (
        dependency.startswith(".") or "/" in dependency or dependency.endswith((".whl", ".jar"))
    )


def _dashboard_errors(dashboard: Any, key: KeyPath, source: Path) -> list[str]:
    """A dashboard's `.lvdash.json` (the CLI sends it as `serialized_dashboard`,
    configure_dashboards_serialized_dashboard.go): a JSON object whose datasets each have a name
    and a query (`queryLines` or `query`), and whose widgets query only those datasets."""
    local = _local_file((*key, "file_path"), _mapping(dashboard).get("file_path"))
    path = source.parent / local if local else None
    if path is None or not path.is_file():
        return []  # a missing file is reported with the other missing files
    where = f"{_format_path((*key, 'file_path'))}: {local!r}"
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        return [f"{where} is not JSON: {error}"]
    if not isinstance(content, dict):
        return [f"{where} is not a JSON object"]
    errors, names = [], set()
    for index, dataset in enumerate(_list(content.get("datasets"))):
        dataset = _mapping(dataset)
        lines = dataset.get("queryLines")
        has_query = isinstance(dataset.get("query"), str) or (
            isinstance(lines, list) and lines and all(isinstance(line, str) for line in lines)
        )
        if not isinstance(dataset.get("name"), str) or not has_query:
            errors.append(f"{where}: datasets[{index}] needs a name and a query or queryLines")
        names.add(dataset.get("name"))
    for page in _list(content.get("pages")):
        for item in _list(_mapping(page).get("layout")):
            widget = _mapping(_mapping(item).get("widget"))
            for query in _list(widget.get("queries")):
                dataset = _mapping(_mapping(query).get("query")).get("datasetName")
                if dataset not in names:
                    errors.append(
                        f"{where}: widget {widget.get('name')!r} queries unknown dataset "
                        f"{dataset!r}"
                    )
    return errors


def _dependency_errors(job: Any, key: KeyPath, root_job: dict) -> list[str]:
    # A target's job override may depend on tasks defined in the top-level job.
    tasks = _list(_mapping(job).get("tasks"))
    known = {_mapping(task).get("task_key") for task in [*tasks, *_list(root_job.get("tasks"))]}
    errors = []
    for index, task in enumerate(tasks):
        for dep_index, dependency in enumerate(_list(_mapping(task).get("depends_on"))):
            task_key = _mapping(dependency).get("task_key")
            if isinstance(task_key, str) and task_key not in known:
                errors.append(
                    f"{_format_path((*key, 'tasks', index, 'depends_on', dep_index, 'task_key'))}: "
                    f"task {task_key!r} does not exist in job {key[-1]!r}"
                )
    return errors


# --- helpers -------------------------------------------------------------------------------------


def _walk(node: Any, path: KeyPath = ()) -> Iterator[tuple[KeyPath, Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*path, index))


def _mapping(value: Any) -> dict:
    # Malformed sections are the schema's to report; the semantic checks skip them.
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _format_path(path: Iterable[str | int]) -> str:
    text = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)
    return text.removeprefix(".") or "(root)"


def _display(path: Path, project_dir: Path) -> str:
    return os.path.relpath(path, project_dir)
