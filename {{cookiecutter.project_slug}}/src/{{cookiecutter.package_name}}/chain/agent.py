"""The chain behind MLflow's ResponsesAgent interface: what Model Serving and agent tooling call.

MLflow logs a ResponsesAgent as streamable (mlflow/pyfunc/model.py: `streamable` defaults to
whether `predict_stream` is overridden, and ResponsesAgent overrides it to raise), so streaming
clients such as the AI Playground call `predict_stream`: it streams the answer as
`response.output_text.delta` events, then one `response.output_item.done` event with the whole
answer and, in `custom_outputs`, the same sources as `predict`
(https://mlflow.org/docs/latest/genai/flavors/responses-agent-intro#streaming-agent-output).
"""

import uuid
from collections.abc import Generator

from langchain_core.runnables import Runnable
from mlflow.exceptions import MlflowException
from mlflow.protos.databricks_pb2 import INVALID_PARAMETER_VALUE
from mlflow.pyfunc import ResponsesAgent
from mlflow.types.responses import (
    ResponsesAgentRequest,
    ResponsesAgentResponse,
    ResponsesAgentStreamEvent,
)

from ..backend.targets import backend_for
from ..responses import ChatRequestError
from .pipeline import answer_messages, build_chain, chain_answer, chain_input
from .settings import ChainSettings


def create_chain(settings: ChainSettings) -> Runnable:
    """The chain of a logged configuration, with the retriever and chat model of its target."""
    backend = backend_for(settings.target)
    return build_chain(settings, backend.retriever(settings), backend.chat_model(settings))


# The chain's outputs beside the answer, in `custom_outputs` of predict and of the stream's end.
CUSTOM_OUTPUTS = ("sources", "query", "offline")


def _refused(error: ChatRequestError) -> MlflowException:
    # MLflow's scoring server answers INVALID_PARAMETER_VALUE with 400, not 500.
    return MlflowException(str(error), error_code=INVALID_PARAMETER_VALUE)


class RagAgent(ResponsesAgent):
    """Sources and the retrieval query travel in `custom_outputs`."""

    def __init__(self, config: dict) -> None:
        self.settings = ChainSettings.from_config(config)
        self.chain = create_chain(self.settings)

    @staticmethod
    def _messages(request: ResponsesAgentRequest) -> list[dict]:
        return [item.model_dump(exclude_none=True) for item in request.input]

    def predict(self, request: ResponsesAgentRequest) -> ResponsesAgentResponse:
        try:
            result = answer_messages(self.chain, self._messages(request), self.settings)
        except ChatRequestError as error:
            raise _refused(error) from error
        return ResponsesAgentResponse(
            output=[self.create_text_output_item(text=result["answer"], id=str(uuid.uuid4()))],
            custom_outputs={key: result[key] for key in CUSTOM_OUTPUTS},
        )

    def predict_stream(
        self, request: ResponsesAgentRequest
    ) -> Generator[ResponsesAgentStreamEvent, None, None]:
        """The answer as the chat model writes it: the chain's `answer` chunks as text deltas
        (one delta offline, where the extractive answer comes whole)."""
        try:
            inputs = chain_input(self._messages(request), self.settings)
        except ChatRequestError as error:
            raise _refused(error) from error
        item_id = str(uuid.uuid4())
        answer, result = [], {}
        for chunk in self.chain.stream(inputs):
            delta = chunk.pop("answer", "")
            if delta:
                answer.append(delta)
                yield ResponsesAgentStreamEvent(**self.create_text_delta(delta, item_id))
            result.update(chunk)
        final = chain_answer({**result, "answer": "".join(answer)}, self.settings)
        yield ResponsesAgentStreamEvent(
            type="response.output_item.done",
            item=self.create_text_output_item(text=final["answer"], id=item_id),
            custom_outputs={key: final[key] for key in CUSTOM_OUTPUTS},
        )
