"""The Databricks SDK client: built here and nowhere else."""

import os

from ..errors import ProjectError

# The first request to a workspace from a laptop. The SDK's defaults wait 60 s for an answer and
# retry a refused or silent connection for 300 s (databricks/sdk/_base_client.py, 0.156); creating
# a Config already asks the host for its metadata with these limits (Config._resolve_host_metadata
# in databricks/sdk/config.py). A wrong host or a missing VPN must show in seconds instead.
SIGN_IN_HTTP_TIMEOUT_SECONDS = 5.0
SIGN_IN_RETRY_TIMEOUT_SECONDS = 5
# The variables that choose the credentials of the SDK's unified authentication themselves
# (https://docs.databricks.com/dev-tools/auth/unified-auth).
PROFILE_VARIABLE = "DATABRICKS_CONFIG_PROFILE"
HOST_VARIABLE = "DATABRICKS_HOST"


class WorkspaceSignInError(ProjectError):
    pass


def workspace_client():
    """A WorkspaceClient from the SDK's unified authentication: the notebook context on
    Databricks, DATABRICKS_* environment variables or a CLI profile elsewhere."""
    from databricks.sdk import WorkspaceClient

    return WorkspaceClient()


def _same_host(one: str, other: str) -> bool:
    return one.rstrip("/").lower() == other.rstrip("/").lower()


def _credentials_help(host: str) -> str:
    return (
        f"log in with `databricks auth login --host {host}` (OAuth), set {PROFILE_VARIABLE} "
        f"to a profile of ~/.databrickscfg for that workspace, or set DATABRICKS_TOKEN (or "
        "DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET of a service principal)"
    )


def sign_in(host: str) -> tuple[str, str | None]:
    """Sign in to the workspace at `host` through the SDK's unified authentication, with short
    timeouts: the signed-in user's userName and the cluster the configuration names, if any.

    DATABRICKS_CONFIG_PROFILE or DATABRICKS_HOST, when set, choose the credentials as usual and
    must point at `host`. Otherwise the SDK signs in to `host` with the credentials of the
    environment (a token, a service principal, the Databricks CLI's OAuth login), and
    DATABRICKS_HOST is set for this process so that every later client (the SDK's, MLflow's,
    Databricks Connect's) reaches the same workspace.
    """
    from databricks.sdk import WorkspaceClient
    from databricks.sdk.config import Config
    from databricks.sdk.errors import DatabricksError

    chosen = os.environ.get(PROFILE_VARIABLE) or os.environ.get(HOST_VARIABLE)
    limits = {
        "http_timeout_seconds": SIGN_IN_HTTP_TIMEOUT_SECONDS,
        "retry_timeout_seconds": SIGN_IN_RETRY_TIMEOUT_SECONDS,
    }
    try:
        config = Config(**limits) if chosen else Config(host=host, **limits)
    except ValueError as error:
        raise WorkspaceSignInError(
            f"no Databricks credentials for {host}: {_credentials_help(host)} ({error})"
        ) from error
    if not _same_host(config.host or "", host):
        profile = os.environ.get(PROFILE_VARIABLE)
        raise WorkspaceSignInError(
            f"{f'profile {profile}' if profile else HOST_VARIABLE} points at {config.host}, but "
            f"the target deploys to {host}: unset it, or choose a profile of that workspace "
            f"with {PROFILE_VARIABLE}"
        )
    try:
        user = WorkspaceClient(config=config).current_user.me().user_name
    except OSError as error:
        # The SDK's errors are OSErrors, and so are a refused connection and its TimeoutError
        # once the retries are spent.
        if isinstance(error, DatabricksError):
            raise WorkspaceSignInError(
                f"{host} refused the credentials ({config.auth_type}): "
                f"{_credentials_help(host)} ({error})"
            ) from error
        raise WorkspaceSignInError(
            f"{host} did not answer: check the target's workspace.host in databricks.yml (or "
            f"{HOST_VARIABLE}, or the host of {PROFILE_VARIABLE}'s profile) and the network or "
            f"VPN to it ({error})"
        ) from error
    if not chosen:
        os.environ[HOST_VARIABLE] = host
    return user, config.cluster_id
