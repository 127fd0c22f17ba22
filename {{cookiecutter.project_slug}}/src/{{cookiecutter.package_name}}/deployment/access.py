"""Who may query the endpoint once a version is released, and how to try it."""

import json

from ..responses import EXAMPLE_QUESTION, request_for


def grant_query(client, endpoint_name: str, group: str) -> None:
    """CAN_QUERY for the group, added to (not replacing) the endpoint's permissions."""
    from databricks.sdk.service.serving import (
        ServingEndpointAccessControlRequest,
        ServingEndpointPermissionLevel,
    )

    endpoint_id = client.serving_endpoints.get(endpoint_name).id
    client.serving_endpoints.update_permissions(
        endpoint_id,
        access_control_list=[
            ServingEndpointAccessControlRequest(
                group_name=group, permission_level=ServingEndpointPermissionLevel.CAN_QUERY
            )
        ],
    )


def curl_example(endpoint_name: str) -> str:
    body = json.dumps(request_for(EXAMPLE_QUESTION))
    return (
        f'curl -s "$DATABRICKS_HOST/serving-endpoints/{endpoint_name}/invocations" '
        '-H "Authorization: Bearer $DATABRICKS_TOKEN" '
        f"-H 'Content-Type: application/json' -d '{body}'"
    )
