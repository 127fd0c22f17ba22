"""The columns monitoring reads and writes: the inference table's and the metrics table's.

Inference table: the AI Gateway-enabled inference table of a serving endpoint, "AI
Gateway-enabled inference table schema" in
https://docs.databricks.com/aws/en/ai-gateway/inference-tables (request_date DATE,
databricks_request_id STRING, client_request_id STRING, request_time TIMESTAMP, status_code INT,
sampling_fraction DOUBLE, execution_duration_ms BIGINT, request STRING, response STRING,
served_entity_id STRING, logging_error_codes ARRAY<STRING>, requester STRING). The local
endpoint's log (local/inference_log.py) has the same columns, with request_time as ISO text, plus
input_token_count/output_token_count, which the workspace table lacks.

Deployment checks: every request task 4 sends itself (smoke test, latency run) carries a
`client_request_id` starting with DEPLOYMENT_CHECK_PREFIX. The inference table logs that id (its
`client_request_id` column: "an optional client-provided request ID that can be specified in the
model serving request body",
https://learn.microsoft.com/azure/databricks/machine-learning/model-serving/inference-tables, and
the AI Gateway-enabled schema above has the same column), so the metrics leave those rows out of
every user figure and count them apart (`deployment_check_requests`).

Metrics table: one row per window (`hour` or `day`) and window start. Plain Python here: the
Spark schema is built from it where Spark runs (task.py).
"""

WINDOWS = ("hour", "day")

# What the computation reads; a row missing one of REQUIRED is malformed.
REQUIRED = ("request_time", "status_code", "execution_duration_ms", "request", "response")
OPTIONAL = (
    "databricks_request_id",
    "input_token_count",
    "output_token_count",
    "client_request_id",
)
INFERENCE_COLUMNS = REQUIRED + OPTIONAL

DEPLOYMENT_CHECK_PREFIX = "deployment-check:"


def deployment_check_id(version: str, check: str, number: int) -> str:
    """The client_request_id of task 4's `number`th request (from 1) of `check` to `version`."""
    return f"{DEPLOYMENT_CHECK_PREFIX}{version}:{check}-{number}"


# (name, Spark SQL type): the metrics table, in order.
METRIC_COLUMNS = (
    ("window", "string"),
    ("window_start", "timestamp"),
    ("window_end", "timestamp"),
    # Users' requests; task 4's own (DEPLOYMENT_CHECK_PREFIX) are only in the next column.
    ("requests", "bigint"),
    ("deployment_check_requests", "bigint"),
    ("errors", "bigint"),
    ("error_rate", "double"),
    ("server_error_rate", "double"),
    ("status_counts", "string"),
    ("latency_p50_ms", "double"),
    ("latency_p95_ms", "double"),
    ("latency_p99_ms", "double"),
    ("latency_mean_ms", "double"),
    ("input_tokens", "bigint"),
    ("output_tokens", "bigint"),
    ("input_tokens_per_request", "double"),
    ("output_tokens_per_request", "double"),
    ("token_source", "string"),
    ("answers", "bigint"),
    ("answer_length", "double"),
    ("no_sources_share", "double"),
    ("no_answer_share", "double"),
    ("quality_sampled", "bigint"),
    ("groundedness", "double"),
    ("retrieval_relevance", "double"),
    # Estimated from tokens and config/costs.yml (costs/window.py); null where a price is unknown.
    ("token_cost_usd", "double"),
    ("fixed_cost_usd", "double"),
    ("cost_usd", "double"),
    ("cost_per_request_usd", "double"),
    ("cost_unpriced", "string"),
    ("malformed_rows", "bigint"),
    ("malformed_share", "double"),
    ("malformed_reasons", "string"),
    ("computed_at", "timestamp"),
)
METRIC_NAMES = tuple(name for name, _ in METRIC_COLUMNS)
# The key of a metrics row: a re-run over the same window replaces its row.
METRIC_KEY = "metric_id"

# The metrics a threshold may judge: rates, percentiles and means, comparable across windows.
JUDGED_METRICS = (
    "error_rate",
    "server_error_rate",
    "latency_p50_ms",
    "latency_p95_ms",
    "latency_p99_ms",
    "input_tokens_per_request",
    "output_tokens_per_request",
    "answer_length",
    "no_sources_share",
    "no_answer_share",
    "groundedness",
    "retrieval_relevance",
    "malformed_share",
)


def spark_ddl(columns=METRIC_COLUMNS) -> str:
    """`name type, ...`: the schema string applyInPandas and CREATE TABLE take."""
    return ", ".join(f"`{name}` {kind}" for name, kind in columns)
