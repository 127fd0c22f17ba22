"""Embedders and the chunk index: what ingestion writes and the chain searches.

A chunk index is refreshed from the chunk table after ingestion and searched by text. The local
target keeps it in a folder (`local_index`); workspace targets use a Databricks Vector Search
Delta Sync index (`vector_search`). The backend of the target picks one. `index` holds what both
share: the search hit, the index protocol and its error.
"""
