"""The chain's configuration: config/rag_chain.yml plus the target's runtime values, as logged
with each model version."""

import string
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
)

from ..backend.kinds import CHAT_KINDS, INDEX_KINDS, EmbedderSpec
from ..config_files import ConfigFileError, describe, read_mapping, validate
from ..responses import RequestLimits
from ..retrieval.index import RETRIEVAL_MODES, RetrievalSettings


class ChainConfigError(ConfigFileError):
    pass


Prompt = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Positive = Annotated[int, Field(ge=1)]


class _Section(BaseModel):
    # Strict: `k: "5"` or `k: true` is a mistake to point at, not a value to convert.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class _Fusion(_Section):
    # The local index's reciprocal rank fusion (retrieval/fusion.py); Vector Search fuses its
    # hybrid queries itself.
    keyword_weight: Annotated[float, Field(ge=0.0, le=1.0)]
    rrf_constant: Annotated[int, Field(ge=0)]
    candidates: Positive


class _Rerank(_Section):
    # The local index's re-ranking of fused chunks by their best sentences (retrieval/rerank.py).
    weight: Annotated[float, Field(ge=0.0)]
    window_sentences: Positive
    candidates: Positive


class _Retrieval(_Section):
    k: Positive
    snippet_chars: Positive
    mode: Literal[RETRIEVAL_MODES]
    fusion: _Fusion
    rerank: _Rerank
    databricks_reranker: bool


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
    min_score_ratio: Annotated[float, Field(gt=0.0, le=1.0)]
    label: str


def _braced(names) -> str:
    return ", ".join("{" + name + "}" for name in names)


def _placeholders(required: tuple[str, ...], optional: tuple[str, ...] = ()) -> AfterValidator:
    """A prompt's {placeholders} as the chain fills them: a name it does not fill fails the first
    question with a KeyError, and a prompt without a required one silently drops what it is for
    (the passages, the question). A literal brace is written twice."""
    filled = (*required, *optional)

    def check(text: str) -> str:
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
        except ValueError as error:
            raise ValueError(
                f"not a valid template ({error}): write a literal brace twice"
            ) from None
        listed = _braced(filled)
        if unknown := sorted(names - set(filled)):
            shown = _braced(unknown)
            raise ValueError(f"{shown} is not filled by the chain: use {listed} only")
        if missing := [name for name in required if name not in names]:
            shown = _braced(missing)
            raise ValueError(f"{shown} is missing: the chain fills {listed}")
        return text

    return AfterValidator(check)


class _Prompts(_Section):
    # The answer prompt gets the numbered passages and may repeat the question; each passage is
    # written with its number (what answers cite), document, page and text; the rewrite prompt
    # gets the conversation and the question (chain/pipeline.py).
    system: Annotated[Prompt, _placeholders(("context",), ("question",))]
    context_passage: Annotated[Prompt, _placeholders(("number", "text"), ("document", "page"))]
    rewrite: Annotated[Prompt, _placeholders(("history", "question"))]


class _OpenAICompatible(_Section):
    base_url: str = ""
    model: str = ""
    api_key_env: str = ""
    api_key_secret: str = ""


class _ChatModel(_Section):
    # The options of a kind may stay written while another kind is chosen.
    kind: Literal[CHAT_KINDS]
    openai_compatible: _OpenAICompatible | None = None


class _Index(BaseModel):
    # Written by the target's backend, never by hand (backend/*.py `chain_parts`).
    model_config = ConfigDict(extra="allow", frozen=True)

    kind: Literal[INDEX_KINDS]


class _Sections(BaseModel):
    model_config = ConfigDict(frozen=True, strict=True)

    chat_model: _ChatModel
    retrieval: _Retrieval
    request: _Request
    history: _History
    generation: _Generation
    offline_answerer: _OfflineAnswerer
    prompts: _Prompts


class ChainFile(_Sections):
    """config/rag_chain.yml as written: every key required, no other key."""

    model_config = ConfigDict(extra="forbid")

    input_example: Prompt


class _ChainConfig(_Sections):
    """The file's settings plus the runtime values task 2 adds before logging them."""

    model_config = ConfigDict(extra="allow")

    target: str
    llm_endpoint: str = ""
    embedder: dict
    index: _Index


def read_chain_yaml(path: Path) -> dict:
    """config/rag_chain.yml, checked key by key."""
    data = read_mapping(path, ChainConfigError)
    validate(ChainFile, data, path, ChainConfigError)
    return data


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
    retrieval: RetrievalSettings
    request: RequestLimits
    history_max_tokens: int
    temperature: float
    max_tokens: int
    max_sentences: int
    min_score_ratio: float
    offline_label: str
    prompts: dict

    @classmethod
    def from_config(cls, config: dict) -> "ChainSettings":
        try:
            loaded = _ChainConfig.model_validate(config)
            embedder = EmbedderSpec(**loaded.embedder)
        except ValidationError as error:
            problems = "; ".join(describe(error, _ChainConfig))
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
            retrieval=RetrievalSettings(
                mode=loaded.retrieval.mode,
                keyword_weight=loaded.retrieval.fusion.keyword_weight,
                rrf_constant=loaded.retrieval.fusion.rrf_constant,
                candidates=loaded.retrieval.fusion.candidates,
                rerank_weight=loaded.retrieval.rerank.weight,
                rerank_window=loaded.retrieval.rerank.window_sentences,
                rerank_candidates=loaded.retrieval.rerank.candidates,
                databricks_reranker=loaded.retrieval.databricks_reranker,
            ),
            request=RequestLimits(loaded.request.max_messages, loaded.request.max_question_chars),
            history_max_tokens=loaded.history.max_tokens,
            temperature=loaded.generation.temperature,
            max_tokens=loaded.generation.max_tokens,
            max_sentences=loaded.offline_answerer.max_sentences,
            min_score_ratio=loaded.offline_answerer.min_score_ratio,
            offline_label=loaded.offline_answerer.label,
            prompts=loaded.prompts.model_dump(),
        )
