"""Read the bundle's job definition the way the Databricks CLI would.

databricks.yml plus its `include`d resource files are merged; `${...}` references are resolved
from variable defaults overridden by `local.yml` (the local target, which the CLI never reads),
or, for a workspace target, by that target's variables, with the names its presets give the
bundle's resources (`workspace_job_parameters`).
"""

import difflib
import getpass
import glob
import posixpath
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..config_files import ConfigFileError, read_mapping, validate
from ..names import LOCAL_TARGET, MAIN_JOB
from .bundle_files import Included, Overlay, Root

REFERENCE = re.compile(r"\$\{([A-Za-z0-9_.\-\[\]]+)\}")
LOCAL_OVERLAY = "local.yml"


class BundleError(ConfigFileError):
    pass


def _show(path: str) -> str:
    return "$" + "{" + path + "}"


def normalize_string(text: str) -> str:
    """The CLI's NormalizeString (libs/textutil/textutil.go of databricks/cli): lower case, each
    run of characters other than letters and digits one '_', none at either end."""
    kept = "".join(c if c.isalpha() or c.isdecimal() else "_" for c in text.lower())
    return re.sub("_+", "_", kept).strip("_")


def short_name(user: str) -> str:
    """The CLI's `workspace.current_user.short_name`: the part before '@', normalized
    (GetShortUserName in libs/iamutil/user.go)."""
    return normalize_string(user.partition("@")[0])


def domain_friendly_name(user: str) -> str:
    """The CLI's `workspace.current_user.domain_friendly_name`: the short name without accents,
    every character but ASCII letters and digits replaced by '-' (GetShortUserDomainFriendlyName
    in libs/iamutil/user.go)."""
    decomposed = unicodedata.normalize("NFD", short_name(user))
    bare = unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    )
    return re.sub("[^A-Za-z0-9]", "-", bare).lower()


@dataclass(frozen=True)
class Task:
    key: str
    notebook: Path
    depends_on: tuple[str, ...]


@dataclass(frozen=True)
class Job:
    key: str
    name: str
    parameters: dict[str, str]
    tasks: tuple[Task, ...]


def read_yaml(path: Path, model: type[BaseModel] = Included) -> dict:
    """A bundle file's mapping once its keys and the values this reader uses are checked."""
    data = read_mapping(path, BundleError, empty_ok=model is not Root)
    validate(model, data, path, BundleError)
    return data


def load_bundle(root: Path) -> tuple[dict, dict[tuple[str, str], Path]]:
    """Merged configuration, and for each resource (type, key) the file that defines it."""
    main = root / "databricks.yml"
    if not main.is_file():
        raise BundleError(f"no databricks.yml in {root}: run this from the project folder")
    config = read_yaml(main, Root)
    origins = {
        (kind, key): main
        for kind, items in (config.get("resources") or {}).items()
        for key in items or {}
    }
    for number, pattern in enumerate(config.get("include") or []):
        names = sorted(glob.glob(str(root / pattern)))
        if not names:
            raise BundleError(f"{main}: include[{number}] {pattern!r} matches no file")
        for name in names:
            part = read_yaml(Path(name))
            for kind, items in (part.get("resources") or {}).items():
                bucket = config.setdefault("resources", {}).setdefault(kind, {})
                for key, value in (items or {}).items():
                    if key in bucket:
                        raise BundleError(f"{name}: resources.{kind}.{key} is defined twice")
                    bucket[key] = value
                    origins[(kind, key)] = Path(name)
    if not (config.get("resources") or {}).get("jobs"):
        raise BundleError(
            f"{main}: resources.jobs: no job is defined in it or in the files its `include` "
            "lists; include the resource files that define the jobs (include: [resources/*.yml])"
        )
    return config, origins


def normalize_prefix(prefix: str) -> str:
    """The CLI's normalizePrefix (apply_presets.go): `[dev jane] ` -> `dev_jane_`, the form of the
    prefix in names that allow only letters, digits and '_'."""
    bare = prefix.replace("[", "").strip(" ")
    return normalize_string(bare) + ("_" if bare.endswith("]") else "")


def prefixed_name(kind: str, name: str, prefix: str) -> str:
    """A resource's name after presets.name_prefix, for the kinds a job parameter may name
    (bundle/config/mutator/resourcemutator/apply_presets.go of databricks/cli): an experiment's
    last path segment takes the prefix as is; Unity Catalog objects and serving endpoints take it
    normalized; other kinds (volumes, Vector Search endpoints) keep their names."""
    if kind == "experiments":
        folder, base = posixpath.split(name)
        return posixpath.join(folder, prefix + base)
    if kind in {"registered_models", "schemas", "model_serving_endpoints"}:
        return normalize_prefix(prefix) + name
    return name


class Resolver:
    def __init__(
        self,
        config: dict,
        root: Path,
        target: str,
        variables: dict[str, Any],
        user: str,
        name_prefix: str = "",
    ) -> None:
        self.config = config
        self.root = root
        self.target = target
        self.variables = variables
        self.user = user
        self.name_prefix = name_prefix

    def lookup(self, path: str, trail: tuple[str, ...]) -> Any:
        if path in trail:
            raise BundleError(f"circular reference: {' -> '.join((*trail, path))}")
        user = self.user
        fixed = {
            "bundle.target": self.target,
            "bundle.name": self.config.get("bundle", {}).get("name", ""),
            "workspace.current_user.userName": user,
            "workspace.current_user.short_name": short_name(user),
            "workspace.current_user.domain_friendly_name": domain_friendly_name(user),
            "project_root": str(self.root),
            # Where `bundle deploy` puts the project's files: locally the checkout, on a
            # workspace the folder the files were synced to.
            "workspace.file_path": str(self.root),
        }
        if path in fixed:
            return fixed[path]
        parts = path.split(".")
        if parts[0] == "var" and len(parts) == 2:
            if parts[1] not in self.variables:
                close = difflib.get_close_matches(parts[1], list(self.variables), n=1)
                hint = f"did you mean {_show('var.' + close[0])}? " if close else ""
                raise BundleError(
                    f"{_show(path)}: variable {parts[1]!r} is not declared in databricks.yml: "
                    f"{hint}declared: {', '.join(sorted(self.variables))}"
                )
            return self.resolve(self.variables[parts[1]], (*trail, path))
        if parts[0] == "resources" and len(parts) >= 4:
            node: Any = self.config.get("resources", {})
            for part in parts[1:]:
                if not isinstance(node, dict) or part not in node:
                    raise BundleError(f"{_show(path)}: no such resource field")
                node = node[part]
            value = self.resolve(node, (*trail, path))
            # `${resources.<kind>.<key>.name}` is resolved after presets rename the resource.
            if len(parts) == 4 and parts[3] == "name" and self.name_prefix:
                return prefixed_name(parts[1], value, self.name_prefix)
            return value
        raise BundleError(f"{_show(path)} cannot be resolved for the {self.target} target")

    def resolve(self, value: Any, trail: tuple[str, ...] = ()) -> Any:
        if isinstance(value, dict):
            return {k: self.resolve(v, trail) for k, v in value.items()}
        if isinstance(value, list):
            return [self.resolve(v, trail) for v in value]
        if not isinstance(value, str):
            return value
        whole = REFERENCE.fullmatch(value)
        if whole:  # a lone reference keeps the referenced value's type (lists, numbers)
            return self.lookup(whole.group(1), trail)
        return REFERENCE.sub(lambda m: str(self.lookup(m.group(1), trail)), value)


def _parameter_names(job: dict) -> set[str]:
    return {p["name"] for p in job.get("parameters") or []}


def load_job(root: Path, job_key: str | None = None) -> Job:
    config, origins = load_bundle(root)
    overlay = read_yaml(root / LOCAL_OVERLAY, Overlay) if (root / LOCAL_OVERLAY).is_file() else {}
    variables = _variables(config, overlay.get("variables") or {}, LOCAL_OVERLAY)
    resolver = Resolver(config, root, LOCAL_TARGET, variables, getpass.getuser())

    jobs = config.get("resources", {}).get("jobs") or {}
    job_key = _chosen_job(jobs, job_key)
    spec = jobs[job_key]
    folder = origins[("jobs", job_key)].parent
    parameters = _job_parameters(spec, jobs, overlay, resolver)
    tasks = [_task(job_key, task, folder, resolver) for task in spec.get("tasks") or []]
    return Job(
        job_key,
        str(resolver.resolve(spec.get("name", job_key))),
        parameters,
        topological_order(tasks),
    )


def workspace_job_parameters(
    root: Path, target: str, user: str, job_key: str | None = None
) -> dict[str, str]:
    """A job's parameters as `bundle deploy -t <target>` by `user` (a userName) defines them, with
    the bundle's files at `root` (the deployed `${workspace.file_path}`).

    The target's variables override the defaults; its presets.name_prefix, or in development
    mode `[dev <short name>] ` (apply_target_mode.go of databricks/cli), renames the resources
    the parameters reference.
    """
    config, _ = load_bundle(root)
    targets = config.get("targets") or {}
    if target not in targets:
        raise BundleError(f"no target {target!r} in databricks.yml; targets: {sorted(targets)}")
    spec = targets[target] or {}
    overrides = {
        name: _target_value(target, name, value)
        for name, value in (spec.get("variables") or {}).items()
    }
    variables = _variables(config, overrides, f"targets.{target}")
    presets = {**(config.get("presets") or {}), **(spec.get("presets") or {})}
    prefix = presets.get("name_prefix") or ""
    if not prefix and spec.get("mode") == "development":
        prefix = f"[dev {short_name(user)}] "
    resolver = Resolver(config, root, target, variables, user, prefix)
    jobs = config.get("resources", {}).get("jobs") or {}
    job = jobs[_chosen_job(jobs, job_key)]
    return {
        p["name"]: str(resolver.resolve(p.get("default", ""))) for p in job.get("parameters") or []
    }


def _target_value(target: str, name: str, value: Any) -> Any:
    """A target's variable value: the value itself, or the `default` of a mapping."""
    if isinstance(value, dict) and "lookup" in value:
        raise BundleError(f"targets.{target}.variables.{name}: a lookup needs the workspace")
    if isinstance(value, dict) and "default" in value:
        return value["default"]
    return value


def _variables(config: dict, overrides: dict, source: str) -> dict[str, Any]:
    """Variable defaults of databricks.yml, overridden by a target's (or the overlay's) values."""
    declared = config.get("variables") or {}
    variables = {name: (spec or {}).get("default") for name, spec in declared.items()}
    for name, value in overrides.items():
        if name not in declared:
            raise BundleError(f"{source}: variable {name!r} is not declared in databricks.yml")
        variables[name] = value
    return variables


def _chosen_job(jobs: dict, job_key: str | None) -> str:
    """The job named, else the bundle's only job, else the main job."""
    if job_key is None:
        if len(jobs) == 1:
            job_key = next(iter(jobs))
        elif MAIN_JOB in jobs:
            job_key = MAIN_JOB
        else:
            raise BundleError(f"the bundle has jobs {sorted(jobs)}: name one with --job")
    if job_key not in jobs:
        raise BundleError(f"no job {job_key!r} in the bundle; jobs: {', '.join(sorted(jobs))}")
    return job_key


def _job_parameters(spec: dict, jobs: dict, overlay: dict, resolver: Resolver) -> dict[str, str]:
    """The job's parameter defaults, overridden by the overlay's, with references resolved."""
    parameters = {p["name"]: p.get("default", "") for p in spec.get("parameters") or []}
    for name, value in (overlay.get("job_parameters") or {}).items():
        # The overlay serves every job: it sets a parameter where a job has it.
        if not any(name in _parameter_names(job) for job in jobs.values()):
            raise BundleError(f"{LOCAL_OVERLAY}: no job has a parameter {name!r}")
        if name in parameters:
            parameters[name] = value
    return {name: str(resolver.resolve(value)) for name, value in parameters.items()}


def _task(job_key: str, task: dict, folder: Path, resolver: Resolver) -> Task:
    key = task.get("task_key")
    notebook = (task.get("notebook_task") or {}).get("notebook_path")
    if not key or not notebook:
        raise BundleError(f"job {job_key!r}: every task needs task_key and notebook_task")
    path = (folder / resolver.resolve(notebook)).resolve()
    if not path.is_file() and path.with_suffix(".py").is_file():
        path = path.with_suffix(".py")
    if not path.is_file():
        raise BundleError(f"task {key!r}: notebook {path} does not exist")
    depends = tuple(d["task_key"] for d in task.get("depends_on") or [])
    return Task(key, path, depends)


def topological_order(tasks: list[Task]) -> tuple[Task, ...]:
    """Dependency order, keeping the file's order among independent tasks."""
    by_key = {task.key: task for task in tasks}
    for task in tasks:
        for dependency in task.depends_on:
            if dependency not in by_key:
                raise BundleError(f"task {task.key!r} depends on unknown task {dependency!r}")
    ordered, done, visiting = [], set(), set()

    def visit(task: Task) -> None:
        if task.key in done:
            return
        if task.key in visiting:
            raise BundleError(f"tasks depend on each other in a cycle through {task.key!r}")
        visiting.add(task.key)
        for dependency in task.depends_on:
            visit(by_key[dependency])
        visiting.discard(task.key)
        done.add(task.key)
        ordered.append(task)

    for task in tasks:
        visit(task)
    return tuple(ordered)
