"""A retrieval-augmented chatbot packaged as a Databricks Asset Bundle."""
