"""The chain behind MLflow's ResponsesAgent interface: what Model Serving and agent tooling call."""

import uuid

from langchain_core.runnables import Runnable
from mlflow.exceptions import MlflowException
from mlflow.protos.databricks_pb2 import INVALID_PARAMETER_VALUE
from mlflow.pyfunc import ResponsesAgent
from mlflow.types.responses import ResponsesAgentRequest, ResponsesAgentResponse

from ..backend.targets import backend_for
from ..responses import ChatRequestError
from .pipeline import answer_messages, build_chain
from .settings import ChainSettings


def create_chain(settings: ChainSettings) -> Runnable:
    """The chain of a logged configuration, with the retriever and chat model of its target."""
    backend = backend_for(settings.target)
    return build_chain(settings, backend.retriever(settings), backend.chat_model(settings))


class RagAgent(ResponsesAgent):
    """Sources and the retrieval query travel in `custom_outputs`."""

    def __init__(self, config: dict) -> None:
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
