"""A retrieval-augmented chatbot packaged as a Databricks Asset Bundle."""

__version__ = "0.1.0"
