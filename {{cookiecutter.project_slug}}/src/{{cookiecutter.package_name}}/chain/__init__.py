"""Task 2 and the served model: the RAG chain, its configuration, and its MLflow registration."""
