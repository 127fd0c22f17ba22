"""The parts the chain is built from, per target: retriever and chat model.

Every retriever is traced as an MLflow RETRIEVER span whose documents carry `page_content`, which
is what MLflow's retrieval judges (RetrievalGroundedness and others) read.
"""

import base64
import os
from collections.abc import Callable
from pathlib import Path

import httpx
import mlflow
from langchain_core.documents import Document
from langchain_core.runnables import Runnable
from mlflow.entities import SpanType

from .chain import (
    DATABRICKS_CHAT,
    LOCAL_INDEX,
    OFFLINE_CHAT,
    OPENAI_COMPATIBLE,
    ChainConfigError,
    ChainSettings,
    build_chain,
)
from .embeddings import DatabricksEndpointEmbedder
from .vector_index import INDEX_COLUMNS, LocalVectorIndex, VectorIndexError


def _document(chunk_id, document_path, page_number, text, score) -> Document:
    # Vector Search returns every value as JSON: numbers may come back as 4.0 or "4".
    page_number = int(float(page_number))
    return Document(
        page_content=text,
        metadata={
            "chunk_id": chunk_id,
            "document_path": document_path,
            "page_number": page_number,
            "doc_uri": f"{Path(document_path).name}#page={page_number}",
            "score": float(score),
        },
    )


def local_retriever(settings: ChainSettings) -> Callable[[str], list[Document]]:
    folder = Path(settings.index["folder"])
    index = LocalVectorIndex.load(folder)
    built_with = index.manifest.get("embedder")
    embedder = settings.embedder.create()
    if built_with and built_with != embedder.name:
        raise VectorIndexError(
            f"the index at {folder} was built with {built_with}, the chain embeds questions "
            f"with {embedder.name}: run the ingestion task again"
        )

    @mlflow.trace(span_type=SpanType.RETRIEVER, name="local_index_search")
    def retrieve(query: str) -> list[Document]:
        hits = index.search(embedder.embed([query])[0], settings.k)
        return [
            _document(h.chunk_id, h.document_path, h.page_number, h.chunk_text, h.score)
            for h in hits
        ]

    return retrieve


def databricks_retriever(settings: ChainSettings, client) -> Callable[[str], list[Document]]:
    """Self-managed embeddings: the question is embedded with the ingestion endpoint, then the
    index is queried by vector through the SDK."""
    embedder = DatabricksEndpointEmbedder(settings.embedder.endpoint, client=client)
    index_name = settings.index["name"]

    @mlflow.trace(span_type=SpanType.RETRIEVER, name="vector_search")
    def retrieve(query: str) -> list[Document]:
        response = client.vector_search_indexes.query_index(
            index_name=index_name,
            columns=INDEX_COLUMNS,
            query_vector=[float(v) for v in embedder.embed([query])[0]],
            num_results=settings.k,
        )
        names = [column.name for column in response.manifest.columns]
        documents = []
        for row in response.result.data_array or []:
            values = dict(zip(names, row, strict=True))
            # The service appends the similarity score as the last column.
            documents.append(
                _document(
                    values["chunk_id"],
                    values["document_path"],
                    values["page_number"],
                    values["chunk_text"],
                    values.get("score", row[-1]),
                )
            )
        return documents

    return retrieve


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
    common = {"temperature": settings.temperature, "max_tokens": settings.max_tokens}
    if kind == OFFLINE_CHAT:
        return None
    if kind == DATABRICKS_CHAT:
        if not settings.llm_endpoint:
            raise ChainConfigError("chat_model.kind is databricks but llm_endpoint is empty")
        if client is None:
            from databricks.sdk import WorkspaceClient

            client = WorkspaceClient()
        return ChatOpenAI(
            model=settings.llm_endpoint,
            base_url=f"{client.config.host.rstrip('/')}/serving-endpoints",
            # Required by the client library; the Authorization header comes from DatabricksAuth.
            api_key="databricks-sdk-credentials",
            http_client=httpx.Client(auth=DatabricksAuth(client.config), transport=transport),
            **common,
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
        **common,
    )


def openai_api_key(options: dict, client=None) -> str:
    variable = options.get("api_key_env") or "OPENAI_API_KEY"
    if os.environ.get(variable):
        return os.environ[variable]
    secret = options.get("api_key_secret") or ""
    if secret:
        scope, _, key = secret.partition("/")
        if client is None:
            from databricks.sdk import WorkspaceClient

            client = WorkspaceClient()
        return base64.b64decode(client.secrets.get_secret(scope, key).value).decode()
    raise ChainConfigError(
        f"no API key for the OpenAI-compatible endpoint: set the environment variable {variable} "
        "or chat_model.openai_compatible.api_key_secret (scope/key)"
    )


def create_chain(settings: ChainSettings) -> Runnable:
    client = None
    if settings.index["kind"] == LOCAL_INDEX:
        retrieve = local_retriever(settings)
    else:
        from databricks.sdk import WorkspaceClient

        client = WorkspaceClient()
        retrieve = databricks_retriever(settings, client)
    return build_chain(settings, retrieve, chat_model(settings, client))
