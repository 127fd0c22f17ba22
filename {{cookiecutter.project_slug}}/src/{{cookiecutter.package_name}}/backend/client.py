"""The Databricks SDK client: built here and nowhere else."""


def workspace_client():
    """A WorkspaceClient from the SDK's unified authentication: the notebook context on
    Databricks, DATABRICKS_* environment variables or a CLI profile elsewhere."""
    from databricks.sdk import WorkspaceClient

    return WorkspaceClient()
