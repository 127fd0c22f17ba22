"""The chat model of a chain configuration, by its `chat_model.kind`.

Databricks Foundation Model endpoints and any OpenAI-compatible server are both reached through
`langchain-openai` (Databricks serves the OpenAI chat API under /serving-endpoints); the offline
kind has no model (the extractive answerer writes the answer).
"""

import base64
import os

import httpx
from langchain_core.runnables import Runnable

from ..chain.settings import ChainConfigError, ChainSettings
from .client import workspace_client
from .kinds import DATABRICKS_CHAT, OFFLINE_CHAT, OPENAI_COMPATIBLE


class DatabricksAuth(httpx.Auth):
    """Sign each request with the SDK's current credentials.

    OAuth tokens and Model Serving's passthrough credentials expire; asking the SDK per request
    keeps a long-lived served model working where a fixed API key would stop after an hour.
    """

    def __init__(self, config) -> None:
        self._config = config

    def auth_flow(self, request):
        request.headers.update(self._config.authenticate())
        yield request


def chat_model(
    settings: ChainSettings, client=None, transport: httpx.BaseTransport | None = None
) -> Runnable | None:
    """The LangChain chat model of this configuration; None for the offline answerer."""
    from langchain_openai import ChatOpenAI

    kind = settings.chat_model["kind"]
    if kind == OFFLINE_CHAT:
        return None
    if kind == DATABRICKS_CHAT:
        if not settings.llm_endpoint:
            raise ChainConfigError("chat_model.kind is databricks but llm_endpoint is empty")
        client = client or workspace_client()
        return ChatOpenAI(
            model=settings.llm_endpoint,
            base_url=f"{client.config.host.rstrip('/')}/serving-endpoints",
            # Required by the client library; the Authorization header comes from DatabricksAuth.
            api_key="databricks-sdk-credentials",
            http_client=httpx.Client(auth=DatabricksAuth(client.config), transport=transport),
            temperature=settings.temperature,
            # Databricks chat endpoints document `max_tokens` (Foundation Model REST API
            # reference, "Chat request": https://docs.databricks.com/aws/en/machine-learning/
            # foundation-model-apis/api-reference). ChatOpenAI(max_tokens=...) sends
            # `max_completion_tokens` instead, and renames `max_tokens` given in model_kwargs
            # too (langchain_openai/chat_models/base.py, ChatOpenAI._default_params and
            # _get_request_payload); extra_body goes into the request body as it is.
            extra_body={"max_tokens": settings.max_tokens},
        )
    options = settings.chat_model.get(OPENAI_COMPATIBLE) or {}
    if not options.get("base_url") or not options.get("model"):
        raise ChainConfigError(
            "chat_model.kind is openai_compatible: set chat_model.openai_compatible.base_url "
            "and .model in config/rag_chain.yml"
        )
    return ChatOpenAI(
        model=options["model"],
        base_url=options["base_url"],
        api_key=openai_api_key(options, client),
        http_client=httpx.Client(transport=transport) if transport else None,
        temperature=settings.temperature,
        # Sent as `max_completion_tokens`: the OpenAI chat API deprecated `max_tokens`, which its
        # o-series and newer models refuse (https://platform.openai.com/docs/api-reference/chat/
        # create). A server that knows only `max_tokens` needs extra_body as above.
        max_tokens=settings.max_tokens,
    )


def openai_api_key(options: dict, client=None) -> str:
    variable = options.get("api_key_env") or "OPENAI_API_KEY"
    if os.environ.get(variable):
        return os.environ[variable]
    secret = options.get("api_key_secret") or ""
    if secret:
        scope, _, key = secret.partition("/")
        client = client or workspace_client()
        return base64.b64decode(client.secrets.get_secret(scope, key).value).decode()
    raise ChainConfigError(
        f"no API key for the OpenAI-compatible endpoint: set the environment variable {variable} "
        "or chat_model.openai_compatible.api_key_secret (scope/key)"
    )
