"""The chain's configuration: config/rag_chain.yml plus the target's runtime values, as logged
with each model version."""

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from ..backend.kinds import CHAT_KINDS, INDEX_KINDS, EmbedderSpec
from ..errors import ConfigError
from ..responses import RequestLimits


class ChainConfigError(ConfigError):
    pass


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


Prompt = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Positive = Annotated[int, Field(ge=1)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Retrieval(_Section):
    k: Positive
    snippet_chars: Positive


class _Request(_Section):
    max_messages: Positive
    max_question_chars: Positive


class _History(_Section):
    max_tokens: Annotated[int, Field(ge=0)]


class _Generation(_Section):
    temperature: Annotated[float, Field(ge=0.0, le=2.0)]
    max_tokens: Positive


class _OfflineAnswerer(_Section):
    max_sentences: Positive
    label: str


class _Prompts(_Section):
    system: Prompt
    context_passage: Prompt
    rewrite: Prompt


class _ChatModel(BaseModel):
    # The options of every kind may sit side by side (openai_compatible: ...).
    model_config = ConfigDict(extra="allow", frozen=True)

    kind: Literal[CHAT_KINDS]


class _Index(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)

    kind: Literal[INDEX_KINDS]


class _ChainFile(BaseModel):
    """config/rag_chain.yml, plus the runtime values task 2 adds before logging it."""

    model_config = ConfigDict(extra="allow", frozen=True)

    target: str
    llm_endpoint: str = ""
    embedder: dict
    index: _Index
    chat_model: _ChatModel
    retrieval: _Retrieval
    request: _Request
    history: _History
    generation: _Generation
    offline_answerer: _OfflineAnswerer
    prompts: _Prompts


def _problem(error: dict) -> str:
    where = ".".join(str(part) for part in error["loc"])
    if error["type"] == "missing":
        return f"{where} is missing"
    if error["type"] == "literal_error":
        return f"{where} is {error['input']!r}: use one of {error['ctx']['expected']}"
    if where.startswith("prompts."):
        return f"{where} is missing or empty"
    return f"{where} is {error['input']!r}: {error['msg']}"


@dataclass(frozen=True)
class ChainSettings:
    """The chain's whole configuration, flattened for the code that runs it."""

    target: str
    embedder: EmbedderSpec
    index: dict
    chat_model: dict
    llm_endpoint: str
    k: int
    snippet_chars: int
    request: RequestLimits
    history_max_tokens: int
    temperature: float
    max_tokens: int
    max_sentences: int
    offline_label: str
    prompts: dict

    @classmethod
    def from_config(cls, config: dict) -> "ChainSettings":
        try:
            loaded = _ChainFile.model_validate(config)
            embedder = EmbedderSpec(**loaded.embedder)
        except ValidationError as error:
            problems = "; ".join(_problem(detail) for detail in error.errors())
            raise ChainConfigError(f"chain configuration: {problems}") from None
        except TypeError as error:
            raise ChainConfigError(f"chain configuration: embedder {error}") from None
        return cls(
            target=loaded.target,
            embedder=embedder,
            index=loaded.index.model_dump(),
            chat_model=loaded.chat_model.model_dump(),
            llm_endpoint=loaded.llm_endpoint,
            k=loaded.retrieval.k,
            snippet_chars=loaded.retrieval.snippet_chars,
            request=RequestLimits(loaded.request.max_messages, loaded.request.max_question_chars),
            history_max_tokens=loaded.history.max_tokens,
            temperature=loaded.generation.temperature,
            max_tokens=loaded.generation.max_tokens,
            max_sentences=loaded.offline_answerer.max_sentences,
            offline_label=loaded.offline_answerer.label,
            prompts=loaded.prompts.model_dump(),
        )
