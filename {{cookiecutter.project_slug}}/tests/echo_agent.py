"""A trivial ResponsesAgent for serving tests, logged as models-from-code.

It answers "You asked: <question>"; logged with model_config {"silent": true} it answers with
empty text, which a smoke test must catch. With {"first_call_seconds": s} its first answer takes
s seconds longer, like a chain loading its index. With {"answer_module": name} it answers
"<ANSWER_PREFIX of that module>: <question>": a module logged beside it as code and imported by a
name in its config, the way the chain imports its package.
"""

import importlib
import time

import mlflow
from mlflow.pyfunc import ResponsesAgent
from mlflow.types.responses import ResponsesAgentRequest, ResponsesAgentResponse


class EchoAgent(ResponsesAgent):
    def __init__(self, silent: bool, first_call_seconds: float, prefix: str) -> None:
        self.silent = silent
        self.first_call_seconds = first_call_seconds
        self.prefix = prefix

    def predict(self, request: ResponsesAgentRequest) -> ResponsesAgentResponse:
        time.sleep(self.first_call_seconds)
        self.first_call_seconds = 0.0
        question = request.input[-1].content
        text = "" if self.silent else f"{self.prefix}: {question}"
        return ResponsesAgentResponse(
            output=[self.create_text_output_item(text=text, id="answer")],
            custom_outputs={"sources": [], "offline": True},
        )


config = mlflow.models.ModelConfig(development_config={"silent": False}).to_dict()
answer_module = config.get("answer_module")
prefix = importlib.import_module(answer_module).ANSWER_PREFIX if answer_module else "You asked"
mlflow.models.set_model(
    EchoAgent(bool(config.get("silent")), float(config.get("first_call_seconds", 0)), prefix)
)
