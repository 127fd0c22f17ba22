"""The one place that knows the target: what runs where.

`targets.backend_for(target)` picks a backend once from the job's `target` parameter; the tasks
receive it and ask it for their tables, embedder, chunk index, MLflow set-up and deployer. No
other module tests the target or a kind of embedder, index or chat model.

| part | local (`LocalBackend`) | workspace targets (`WorkspaceBackend`) |
|---|---|---|
| tables | parquet snapshots under `.local/tables` | Delta tables in Unity Catalog (MERGE) |
| embedder | offline hashing embedder | Foundation Model embedding endpoint |
| chunk index | `.local/vector_indexes/<index>` | Vector Search Delta Sync index |
| chat model | offline extractive answerer | `chat_model.kind` of config/rag_chain.yml |
| MLflow | sqlite under `.local/mlflow` | Databricks tracking, Unity Catalog registry |
| judges | none (code scorers only) | Databricks built-in judges |
| deployer | MLflow model server behind a proxy | Model Serving endpoint |
"""
