"""The serving benchmark's floor: a ResponsesAgent that does no work (models-from-code)."""

import mlflow
from mlflow.pyfunc import ResponsesAgent
from mlflow.types.responses import ResponsesAgentRequest, ResponsesAgentResponse


class TrivialAgent(ResponsesAgent):
    def predict(self, request: ResponsesAgentRequest) -> ResponsesAgentResponse:
        return ResponsesAgentResponse(output=[self.create_text_output_item(text="ok", id="0")])


mlflow.models.set_model(TrivialAgent())
