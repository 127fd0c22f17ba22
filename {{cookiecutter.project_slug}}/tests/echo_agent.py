"""A trivial ResponsesAgent for serving tests, logged as models-from-code.

It answers "You asked: <question>"; logged with model_config {"silent": true} it answers with
empty text, which a smoke test must catch.
"""

import mlflow
from mlflow.pyfunc import ResponsesAgent
from mlflow.types.responses import ResponsesAgentRequest, ResponsesAgentResponse


class EchoAgent(ResponsesAgent):
    def __init__(self, silent: bool) -> None:
        self.silent = silent

    def predict(self, request: ResponsesAgentRequest) -> ResponsesAgentResponse:
        question = request.input[-1].content
        text = "" if self.silent else f"You asked: {question}"
        return ResponsesAgentResponse(
            output=[self.create_text_output_item(text=text, id="answer")],
            custom_outputs={"sources": [], "offline": True},
        )


config = mlflow.models.ModelConfig(development_config={"silent": False})
mlflow.models.set_model(EchoAgent(bool(config.get("silent"))))
