"""Task 2: configure the chain for this target, log it with MLflow (models from code), register it.

The logged model is `agent_model.py` (the models-from-code file) plus this package as code, with
the chain configuration as its model config, the endpoints and index it calls declared as
resources (Model Serving passes credentials for exactly those), pip requirements pinned from
requirements/constraints.txt, and a ResponsesAgent signature (see docs/architecture.md).
"""

import importlib.metadata
import re
import tomllib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import mlflow
import yaml
from mlflow.exceptions import MlflowException
from mlflow.protos.databricks_pb2 import INVALID_PARAMETER_VALUE
from mlflow.pyfunc import ResponsesAgent
from mlflow.types.responses import ResponsesAgentRequest, ResponsesAgentResponse

from .bundle import required_parameters
from .chain import (
    DATABRICKS_INDEX,
    LOCAL_INDEX,
    OFFLINE_CHAT,
    ChainConfigError,
    ChainSettings,
    ChatRequestError,
    answer_messages,
)
from .embeddings import DATABRICKS, OFFLINE
from .tracking import CANDIDATE_ALIAS, configure_mlflow, is_local, registered_model_name
from .vector_index import index_full_name, local_index_folder

MODEL_FILE = Path(__file__).with_name("agent_model.py")
ARTIFACT_NAME = "rag_chain"
EVALUATION_STATUS_TAG = "evaluation_status"
PENDING = "pending"
# Installed where the offline embedder runs (local serving); Databricks embeds with an endpoint.
OFFLINE_ONLY_REQUIREMENTS = ("scikit-learn",)


class RagAgent(ResponsesAgent):
    """The chain behind MLflow's ResponsesAgent interface (what Model Serving and the agent
    tooling expect). Sources and the retrieval query travel in `custom_outputs`."""

    def __init__(self, config: dict) -> None:
        from .chain_components import create_chain

        self.settings = ChainSettings.from_config(config)
        self.chain = create_chain(self.settings)

    def predict(self, request: ResponsesAgentRequest) -> ResponsesAgentResponse:
        messages = [item.model_dump(exclude_none=True) for item in request.input]
        try:
            result = answer_messages(self.chain, messages, self.settings)
        except ChatRequestError as error:
            # MLflow's scoring server answers INVALID_PARAMETER_VALUE with 400, not 500.
            raise MlflowException(str(error), error_code=INVALID_PARAMETER_VALUE) from error
        return ResponsesAgentResponse(
            output=[self.create_text_output_item(text=result["answer"], id=str(uuid.uuid4()))],
            custom_outputs={
                "sources": result["sources"],
                "query": result["query"],
                "offline": result["offline"],
            },
        )


@dataclass(frozen=True)
class RagChainTaskConfig:
    target: str
    catalog: str
    schema: str
    model_name: str
    experiment_name: str
    chain_config: Path
    embedding_endpoint: str
    llm_endpoint: str
    vector_search_endpoint: str
    vector_search_index: str

    @classmethod
    def from_parameters(cls, get: Callable[[str], str]) -> "RagChainTaskConfig":
        values = required_parameters(get, cls.__dataclass_fields__, ChainConfigError)
        values["chain_config"] = Path(values["chain_config"])
        return cls(**values)

    @property
    def index_full_name(self) -> str:
        return index_full_name(self.catalog, self.schema, self.vector_search_index)

    @property
    def registered_model(self) -> str:
        return registered_model_name(self.target, self.catalog, self.schema, self.model_name)


def read_chain_yaml(path: Path) -> dict:
    if not path.is_file():
        raise ChainConfigError(f"chain configuration {path} does not exist")
    try:
        loaded = yaml.safe_load(path.read_text())
    except yaml.YAMLError as error:
        raise ChainConfigError(f"{path} is not valid YAML: {error}") from error
    if not isinstance(loaded, dict):
        raise ChainConfigError(f"{path} must hold a mapping of settings")
    return loaded


def model_config(task: RagChainTaskConfig) -> dict:
    """The chain's configuration for this target, as logged with the model."""
    config = read_chain_yaml(task.chain_config)
    config.update(package=__package__, target=task.target, llm_endpoint=task.llm_endpoint)
    if is_local(task.target):
        folder = local_index_folder(task.index_full_name)
        config["embedder"] = {"kind": OFFLINE}
        config["index"] = {"kind": LOCAL_INDEX, "folder": str(folder)}
        # No model runs offline: the extractive answerer stands in for every configured kind.
        config["chat_model"] = {**config.get("chat_model", {}), "kind": OFFLINE_CHAT}
    else:
        config["embedder"] = {"kind": DATABRICKS, "endpoint": task.embedding_endpoint}
        config["index"] = {
            "kind": DATABRICKS_INDEX,
            "name": task.index_full_name,
            "endpoint": task.vector_search_endpoint,
        }
    ChainSettings.from_config(config)  # fail here, not at serving time
    return config


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_constraints() -> dict[str, str]:
    """Exact pins: packaged in the wheel, or the checkout's file in an editable install."""
    packaged = resources.files(__package__) / "constraints.txt"
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
    installed = importlib.metadata.packages_distributions().get(__package__)
    if installed:
        return installed[0]
    # Editable installs do not list their packages; the checkout's pyproject names the project.
    pyproject = _checkout_root() / "pyproject.toml"
    if pyproject.is_file():
        return tomllib.loads(pyproject.read_text())["project"]["name"]
    raise ChainConfigError(f"package {__package__} is not installed: run `make install`")


def _checkout_root() -> Path:
    return Path(__file__).resolve().parents[2]


def project_requirements(offline: bool) -> list[str]:
    """The package's runtime dependencies at the project's pinned versions."""
    requires = importlib.metadata.requires(_distribution_name()) or []
    names = [
        re.match(r"[A-Za-z0-9_.-]+", requirement).group(0)
        for requirement in requires
        if "extra ==" not in requirement
    ]
    if offline:
        names += OFFLINE_ONLY_REQUIREMENTS
    pins = read_constraints()
    missing = [name for name in names if _normalise(name) not in pins]
    if missing:
        raise ChainConfigError(
            f"no pin for {', '.join(missing)} in requirements/constraints.txt: run `make lock`"
        )
    return sorted(f"{name}=={pins[_normalise(name)]}" for name in names)


def model_resources(config: dict) -> list:
    """What the served model calls, so Model Serving gives it credentials for exactly these."""
    from mlflow.models.resources import DatabricksServingEndpoint, DatabricksVectorSearchIndex

    if config["index"]["kind"] == LOCAL_INDEX:
        return []
    declared = [
        DatabricksServingEndpoint(endpoint_name=config["embedder"]["endpoint"]),
        DatabricksVectorSearchIndex(index_name=config["index"]["name"]),
    ]
    if config["chat_model"]["kind"] != OFFLINE_CHAT and config.get("llm_endpoint"):
        declared.append(DatabricksServingEndpoint(endpoint_name=config["llm_endpoint"]))
    return declared


@dataclass(frozen=True)
class RegisteredChain:
    name: str
    version: str
    run_id: str
    model_uri: str

    def summary(self) -> str:
        return (
            f"registered {self.name} version {self.version} as @{CANDIDATE_ALIAS} "
            f"(run {self.run_id}, {self.model_uri})"
        )


def run(task: RagChainTaskConfig) -> RegisteredChain:
    config = model_config(task)
    configure_mlflow(task.target, task.experiment_name)
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
            code_paths=[str(Path(__file__).parent)],
            pip_requirements=project_requirements(offline=is_local(task.target)),
            resources=model_resources(config),
            input_example=example,
            registered_model_name=task.registered_model,
        )
    version = str(info.registered_model_version)
    client = mlflow.MlflowClient()
    client.set_model_version_tag(task.registered_model, version, EVALUATION_STATUS_TAG, PENDING)
    client.set_registered_model_alias(task.registered_model, CANDIDATE_ALIAS, version)
    return RegisteredChain(task.registered_model, version, active.info.run_id, info.model_uri)
