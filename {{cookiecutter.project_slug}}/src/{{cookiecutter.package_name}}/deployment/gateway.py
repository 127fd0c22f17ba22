"""The endpoint's AI Gateway: an inference table always; usage tracking and a per-user rate limit
only when asked for.

The served model is a ResponsesAgent (endpoint task `agent/v1/responses`), and agent endpoints
"currently only support inference tables" (databricks-sdk 0.156,
`ServingEndpointsAPI.put_ai_gateway` docstring; REST reference
https://docs.databricks.com/api/model-serving/v1/put-inference-endpoint-ai-gateway.md). So the
endpoint's own configuration carries the inference table only. A `serving_rate_limit_per_minute`
above 0 asks, in a separate call, for usage tracking and that rate limit too; a refusal is a
warning and the deployment goes on. Token usage and cost of an agent endpoint are read from the
Foundation Model endpoints the chain calls, or from its traces.
"""

import logging

from ..parameters import DeploymentParameters

log = logging.getLogger(__name__)


def inference_table(task: DeploymentParameters):
    """Requests and responses land in <catalog>.<schema>.<model_name>_payload."""
    from databricks.sdk.service.serving import AiGatewayInferenceTableConfig

    return AiGatewayInferenceTableConfig(
        enabled=True,
        catalog_name=task.catalog,
        schema_name=task.schema,
        table_name_prefix=task.model_name,
    )


def requested_extras(task: DeploymentParameters) -> dict:
    """put_ai_gateway's usage tracking and rate limit keywords; none unless asked for."""
    from databricks.sdk.service.serving import (
        AiGatewayRateLimit,
        AiGatewayRateLimitKey,
        AiGatewayRateLimitRenewalPeriod,
        AiGatewayUsageTrackingConfig,
    )

    limit = task.serving_rate_limit_per_minute
    if not limit:
        return {}
    return {
        "usage_tracking_config": AiGatewayUsageTrackingConfig(enabled=True),
        # Per user, so one runaway client cannot starve everyone else.
        "rate_limits": [
            AiGatewayRateLimit(
                calls=limit,
                key=AiGatewayRateLimitKey.USER,
                renewal_period=AiGatewayRateLimitRenewalPeriod.MINUTE,
            )
        ],
    }


def configure_gateway(
    client, name: str, task: DeploymentParameters, inference_table_in_place: bool
) -> str | None:
    """Put the endpoint's AI Gateway; return a warning if the requested extras were refused.

    The extras are asked for together with the inference table, in one call. If they are
    refused, the inference table alone is put unless the endpoint already has it (it was created
    with it); a refusal of the inference table alone fails the task.
    """
    from databricks.sdk.errors import DatabricksError

    table = inference_table(task)
    extras = requested_extras(task)
    warning = None
    if extras:
        try:
            client.serving_endpoints.put_ai_gateway(name, inference_table_config=table, **extras)
            return None
        except DatabricksError as refused:
            warning = (
                f"endpoint {name} refused AI Gateway usage tracking and the rate limit of "
                f"{task.serving_rate_limit_per_minute} requests per user and minute ({refused}); "
                "it serves without them (agent endpoints support only inference tables): set "
                "serving_rate_limit_per_minute to 0 to stop asking"
            )
            log.warning(warning)
    if not inference_table_in_place:
        client.serving_endpoints.put_ai_gateway(name, inference_table_config=table)
    return warning
