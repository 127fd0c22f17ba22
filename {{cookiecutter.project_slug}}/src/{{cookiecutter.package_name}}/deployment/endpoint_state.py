"""Reading one serving endpoint for task 4: its details, the end of an update in progress, the
wait for a config update to finish, and requests to it or to one of its served entities.

References: databricks-sdk 0.156 `databricks/sdk/service/serving.py` (`ServingEndpointsAPI.get`,
`wait_get_serving_endpoint_not_updating`, `EndpointStateConfigUpdate`, `EndpointStateReady`).
"""

import time
from collections.abc import Callable

from ..deadlines import Deadline
from .entities import entity_messages
from .release import DeploymentError, DeploymentTimeoutError


class EndpointState:
    """The reads and waits of one endpoint; the subclass sets `client`, `name` and
    `poll_seconds`."""

    client: object
    name: str
    poll_seconds: float

    def describe(self):
        from databricks.sdk.errors import NotFound

        try:
            return self.client.serving_endpoints.get(self.name)
        except NotFound:
            return None

    def settled(self, endpoint, deadline: Deadline):
        """The endpoint once an update already in progress (another run's, a person's) is over.

        `wait_get_serving_endpoint_not_updating` polls `get` until `config_update` is
        NOT_UPDATING, raises `OperationFailed` if it ends UPDATE_FAILED or UPDATE_CANCELED and
        the builtin `TimeoutError` after `timeout` (databricks-sdk 0.156, service/serving.py).
        """
        from databricks.sdk.errors import OperationFailed
        from databricks.sdk.service.serving import EndpointStateConfigUpdate

        state = endpoint.state if endpoint else None
        if not state or state.config_update != EndpointStateConfigUpdate.IN_PROGRESS:
            return endpoint
        try:
            return self.client.serving_endpoints.wait_get_serving_endpoint_not_updating(
                self.name, timeout=deadline.remaining_timedelta()
            )
        except OperationFailed:
            # A failed update leaves the active config (if any) serving: start from it.
            return self.describe()
        except TimeoutError:
            raise DeploymentTimeoutError(
                f"endpoint {self.name} was still being updated by an earlier deployment or a "
                f"person when {deadline.describe()} ran out; nothing was changed. Wait for that "
                "update (the Serving UI shows it) or raise that job parameter"
            ) from None

    def wait_until_ready(self, entity_name: str | None, what: str, deadline: Deadline):
        """Poll until the config update is done and the endpoint is ready.

        Raises DeploymentError if the update failed or was cancelled, DeploymentTimeoutError when
        the deadline passes first.
        """
        from databricks.sdk.service.serving import EndpointStateConfigUpdate, EndpointStateReady

        while True:
            endpoint = self.client.serving_endpoints.get(self.name)
            state = endpoint.state
            update = state.config_update if state else None
            if update in (
                EndpointStateConfigUpdate.UPDATE_FAILED,
                EndpointStateConfigUpdate.UPDATE_CANCELED,
            ):
                raise DeploymentError(
                    f"{what} of endpoint {self.name} ended {update.value}: "
                    f"{entity_messages(endpoint)}"
                )
            served = (
                {e.name for e in (endpoint.config.served_entities or [])}
                if endpoint.config
                else set()
            )
            if (
                update == EndpointStateConfigUpdate.NOT_UPDATING
                and state.ready == EndpointStateReady.READY
                and (entity_name is None or entity_name in served)
            ):
                return endpoint
            if deadline.expired:
                raise DeploymentTimeoutError(
                    f"{what} of endpoint {self.name} not done within {deadline.describe()} "
                    f"(config update {update.value if update else 'unknown'}, ready "
                    f"{state.ready.value if state and state.ready else 'unknown'}): raise that job "
                    "parameter or read the served entity's build logs in the Serving UI"
                )
            time.sleep(self.poll_seconds)

    def query(self, entity_name: str | None) -> Callable[[dict], dict]:
        """Send one request to the endpoint, or to one served entity whatever its traffic."""
        path = f"/serving-endpoints/{self.name}"
        if entity_name:
            path += f"/served-models/{entity_name}"

        def send(body: dict) -> dict:
            return self.client.api_client.do("POST", path + "/invocations", body=body)

        return send
