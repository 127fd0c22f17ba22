"""MLflow models-from-code entry point of the RAG chain (logged by task 2).

MLflow runs this file on its own, outside the package, so it cannot import the package by a
relative name; the package ships beside it as code and its name comes with the model config.
"""

import importlib

import mlflow

config = mlflow.models.ModelConfig().to_dict()
agent = importlib.import_module(f"{config['package']}.chain.agent")
mlflow.models.set_model(agent.RagAgent(config))
