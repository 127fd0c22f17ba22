"""Task 2: configure the chain for this target, log it with MLflow (models from code), register it.

The logged model is `agent_model.py` (the models-from-code file) plus the package as code, with
the chain configuration as its model config, the endpoints and index it calls declared as
resources (Model Serving passes credentials for exactly those), pip requirements pinned from
requirements/constraints.txt, and a ResponsesAgent signature (see docs/architecture.md).
"""

import hashlib
import importlib.metadata
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import mlflow

from ..backend.targets import Backend, backend_for
from ..distribution import distribution_name
from ..names import CANDIDATE_ALIAS, CHAMPION_ALIAS, EVALUATION_STATUS_TAG, PENDING
from ..parameters import ChainParameters
from .settings import ChainConfigError, ChainSettings, read_chain_yaml

# The package's top level: this module sits in its `chain` sub-package.
PACKAGE = __package__.rpartition(".")[0]
PACKAGE_FOLDER = Path(__file__).resolve().parents[1]
MODEL_FILE = Path(__file__).with_name("agent_model.py")
ARTIFACT_NAME = "rag_chain"
# A version's code, configuration, requirements and index, hashed: an unchanged re-run reuses it.
FINGERPRINT_TAG = "chain_fingerprint"
# The versions a re-run may find its fingerprint on: the last registered, and the one serving.
REUSABLE_ALIASES = (CANDIDATE_ALIAS, CHAMPION_ALIAS)


def model_config(task: ChainParameters, backend: Backend | None = None) -> dict:
    """The chain's configuration for this target, as logged with the model."""
    backend = backend or backend_for(task.target)
    config = read_chain_yaml(task.chain_config)
    config.update(package=PACKAGE, target=task.target, llm_endpoint=task.llm_endpoint)
    config.update(
        backend.chain_parts(
            config,
            index_full_name=task.index_full_name,
            vector_search_endpoint=task.vector_search_endpoint,
            embedding_endpoint=task.embedding_endpoint,
        )
    )
    ChainSettings.from_config(config)  # fail here, not at serving time
    return config


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_constraints() -> dict[str, str]:
    """Exact pins: packaged in the wheel, or the checkout's file in an editable install."""
    packaged = resources.files(PACKAGE) / "constraints.txt"
    checkout = _checkout_root() / "requirements" / "constraints.txt"
    if packaged.is_file():
        text = packaged.read_text()
    elif checkout.is_file():
        text = checkout.read_text()
    else:
        raise ChainConfigError(
            "requirements/constraints.txt is not packaged: build the wheel with the bundle "
            "artifact (it includes the file) or install the project in editable mode"
        )
    pins = {}
    for line in text.splitlines():
        name, sep, version = line.partition("==")
        if sep:
            pins[_normalise(name.strip())] = version.strip()
    return pins


def _distribution_name() -> str:
    name = distribution_name()
    if name is None:
        raise ChainConfigError(f"package {PACKAGE} is not installed: run `make install`")
    return name


def _checkout_root() -> Path:
    return PACKAGE_FOLDER.parents[1]


def project_requirements(extra: tuple[str, ...] = ()) -> list[str]:
    """The package's runtime dependencies, and `extra` packages, at the project's pinned
    versions."""
    requires = importlib.metadata.requires(_distribution_name()) or []
    names = [
        re.match(r"[A-Za-z0-9_.-]+", requirement).group(0)
        for requirement in requires
        if "extra ==" not in requirement
    ]
    names += extra
    pins = read_constraints()
    missing = [name for name in names if _normalise(name) not in pins]
    if missing:
        raise ChainConfigError(
            f"no pin for {', '.join(missing)} in requirements/constraints.txt: run `make lock`"
        )
    return sorted(f"{name}=={pins[_normalise(name)]}" for name in names)


@dataclass(frozen=True)
class RegisteredChain:
    name: str
    version: str
    run_id: str
    model_uri: str
    # An unchanged re-run: the version existed with this fingerprint and nothing was logged.
    reused: bool = False

    def summary(self) -> str:
        if self.reused:
            return (
                f"{self.name} version {self.version} already has this code, configuration and "
                f"index ({FINGERPRINT_TAG}): kept it as @{CANDIDATE_ALIAS}, registered nothing "
                f"(run {self.run_id}, {self.model_uri})"
            )
        return (
            f"registered {self.name} version {self.version} as @{CANDIDATE_ALIAS} "
            f"(run {self.run_id}, {self.model_uri})"
        )


def fingerprint(config: dict, requirements: list[str], index_version: str) -> str:
    """The hash of what a version is: the package's files (the code logged with the model), the
    model configuration, the pinned requirements and the version of the index it serves."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_FOLDER.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE_FOLDER).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    described = {"config": config, "requirements": requirements, "index": index_version}
    digest.update(json.dumps(described, sort_keys=True).encode())
    return digest.hexdigest()


def _version_with(client, name: str, fingerprint_value: str):
    """The version under one of REUSABLE_ALIASES whose tag holds this fingerprint, or None.

    Versions are found by alias, not searched by tag: get_model_version_by_alias returns the tags
    in the local registry and in Unity Catalog (mlflow/store/_unity_catalog/registry/rest_store.py
    and mlflow/utils/_unity_catalog_utils.py, model_version_from_uc_proto)."""
    from mlflow.exceptions import MlflowException

    for alias in REUSABLE_ALIASES:
        try:
            version = client.get_model_version_by_alias(name, alias)
        except MlflowException:
            continue  # no such model or alias yet
        if (version.tags or {}).get(FINGERPRINT_TAG) == fingerprint_value:
            return version
    return None


def run(task: ChainParameters, backend: Backend | None = None) -> RegisteredChain:
    backend = backend or backend_for(task.target)
    config = model_config(task, backend)
    backend.configure_mlflow(task.experiment_name)
    registered_model = backend.registered_model_name(task.catalog, task.schema, task.model_name)
    requirements = project_requirements(backend.model_extra_requirements)
    current = fingerprint(config, requirements, backend.index_version(config))
    client = mlflow.MlflowClient()
    existing = _version_with(client, registered_model, current)
    if existing is not None:
        # Its evaluation_status stays: task 3 evaluates it again and sets it.
        version = str(existing.version)
        client.set_registered_model_alias(registered_model, CANDIDATE_ALIAS, version)
        return RegisteredChain(
            registered_model, version, existing.run_id, existing.source, reused=True
        )
    example = {"input": [{"role": "user", "content": config["input_example"]}]}
    with mlflow.start_run(run_name="rag_chain") as active:
        mlflow.log_params(
            {
                "target": task.target,
                "chat_model": config["chat_model"]["kind"],
                "llm_endpoint": task.llm_endpoint,
                "embedder": config["embedder"]["kind"],
                "index": config["index"].get("name") or config["index"].get("folder"),
                "k": config["retrieval"]["k"],
            }
        )
        mlflow.log_dict(config, "chain_config.json")
        info = mlflow.pyfunc.log_model(
            name=ARTIFACT_NAME,
            python_model=str(MODEL_FILE),
            model_config=config,
            code_paths=[str(PACKAGE_FOLDER)],
            pip_requirements=requirements,
            resources=backend.model_resources(config),
            input_example=example,
            registered_model_name=registered_model,
        )
    version = str(info.registered_model_version)
    client.set_model_version_tag(registered_model, version, EVALUATION_STATUS_TAG, PENDING)
    client.set_model_version_tag(registered_model, version, FINGERPRINT_TAG, current)
    client.set_registered_model_alias(registered_model, CANDIDATE_ALIAS, version)
    return RegisteredChain(registered_model, version, active.info.run_id, info.model_uri)
