"""The chain's configuration: config/rag_chain.yml plus the target's runtime values, as logged
with each model version."""

from dataclasses import dataclass
from pathlib import Path

import yaml

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


@dataclass(frozen=True)
class ChainSettings:
    """Every value comes from the configuration; config/rag_chain.yml holds the defaults."""

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
            chat = dict(config["chat_model"])
            if chat.get("kind") not in CHAT_KINDS:
                raise ChainConfigError(
                    f"chat_model.kind is {chat.get('kind')!r}: use one of {', '.join(CHAT_KINDS)}"
                )
            prompts = config["prompts"]
            for name in ("system", "context_passage", "rewrite"):
                if not isinstance(prompts.get(name), str) or not prompts[name].strip():
                    raise ChainConfigError(f"prompts.{name} is missing or empty")
            settings = cls(
                target=str(config["target"]),
                embedder=EmbedderSpec(**config["embedder"]),
                index=dict(config["index"]),
                chat_model=chat,
                llm_endpoint=str(config.get("llm_endpoint", "")),
                k=int(config["retrieval"]["k"]),
                snippet_chars=int(config["retrieval"]["snippet_chars"]),
                request=RequestLimits.from_config(config["request"]),
                history_max_tokens=int(config["history"]["max_tokens"]),
                temperature=float(config["generation"]["temperature"]),
                max_tokens=int(config["generation"]["max_tokens"]),
                max_sentences=int(config["offline_answerer"]["max_sentences"]),
                offline_label=str(config["offline_answerer"]["label"]),
                prompts=dict(prompts),
            )
        except (KeyError, TypeError) as error:
            raise ChainConfigError(f"chain configuration lacks or misstates {error}") from error
        if settings.k < 1:
            raise ChainConfigError(f"retrieval.k is {settings.k}: use 1 or more")
        if settings.index.get("kind") not in INDEX_KINDS:
            raise ChainConfigError(
                f"index.kind is {settings.index.get('kind')!r}: use one of {', '.join(INDEX_KINDS)}"
            )
        return settings
