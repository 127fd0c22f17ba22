"""Cost analysis: the price table's loading, the per-request estimate, `cost` end to end, the
billing SQL checked as text against the system tables' schemas, and the tags it relies on."""

import json
import re
from pathlib import Path

import pandas as pd
import pytest
import yaml

from {{ cookiecutter.package_name }}.cli import main
from {{ cookiecutter.package_name }}.costs import command as cost_command
from {{ cookiecutter.package_name }}.costs.estimate import Endpoints, estimate
from {{ cookiecutter.package_name }}.costs.prices import PriceTableError, read_price_table
from {{ cookiecutter.package_name }}.costs.report import summary_markdown
from {{ cookiecutter.package_name }}.monitoring.local_log import default_log
from {{ cookiecutter.package_name }}.monitoring.rows import parse_rows
from {{ cookiecutter.package_name }}.monitoring.schema import deployment_check_id
from {{ cookiecutter.package_name }}.text import count_tokens

from tests.conftest import PROJECT_ROOT
from tests.monitoring_rows import PASSAGE, QUESTION, row

PRICES = PROJECT_ROOT / "config" / "costs.yml"
SQL = PROJECT_ROOT / "src" / "{{ cookiecutter.package_name }}" / "costs" / "sql"
ENDPOINTS = Endpoints(
    embedding_endpoint={{ cookiecutter.embedding_endpoint | tojson }},
    llm_endpoint={{ cookiecutter.llm_endpoint | tojson }},
    serving_workload_size="Small",
    serving_scale_to_zero=False,
)


# What config/costs.yml's template writes for an endpoint it has no price for.
TEMPLATE_HAS_NO_PRICE = "not among the endpoints the project template prices"
# $0.10, $0.50 and $1.50 per million tokens; each endpoint 1 DBU an hour at $1: $48 a day.
ROUND_PRICES = {
    "cloud": "aws",
    f"token_prices__{ENDPOINTS.embedding_endpoint}__input_per_million__value": 0.1,
    f"token_prices__{ENDPOINTS.llm_endpoint}__input_per_million__value": 0.5,
    f"token_prices__{ENDPOINTS.llm_endpoint}__output_per_million__value": 1.5,
    "dollars_per_dbu__model_serving__aws__value": 1.0,
    "dollars_per_dbu__vector_search__aws__value": 1.0,
    "fixed__serving_endpoint__dbu_per_hour__Small__value": 1.0,
    "fixed__vector_search_endpoint__dbu_per_unit_hour__value": 1.0,
}
# The figures `unpriced_table` leaves unknown by default.
UNKNOWN = (
    f"token_prices__{ENDPOINTS.embedding_endpoint}__input_per_million",
    "fixed__serving_endpoint__dbu_per_hour__Small",
    "fixed__vector_search_endpoint__dbu_per_unit_hour",
)


def _node(data: dict, dotted: str) -> tuple[dict, str]:
    """The mapping holding the key `a__b__c` names, and that last key."""
    *parents, last = dotted.split("__")
    for key in parents:
        data = data[key]
    return data, last


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "costs.yml"
    path.write_text(yaml.safe_dump(data))
    return path


def priced_table(tmp_path: Path, **changes) -> Path:
    """The project's price table with every unknown figure given a value, then `changes`
    (`a__b__c=value`; None deletes the key)."""
    data = yaml.safe_load(PRICES.read_text())
    for _, figure in figures(data):
        if figure["value"] is None:
            figure["value"] = 1.0
    for dotted, value in changes.items():
        node, last = _node(data, dotted)
        if value is None:
            del node[last]
        else:
            node[last] = value
    return _write(tmp_path, data)


def unpriced_table(tmp_path: Path, *unknown: str) -> Path:
    """The project's price table with these figures (`a__b__c`, default `UNKNOWN`) unknown:
    `value: null` and a note saying why."""
    data = yaml.safe_load(priced_table(tmp_path).read_text())
    for dotted in unknown or UNKNOWN:
        node, last = _node(data, dotted)
        node[last].update(value=None, note=f"not found ({last})")
    return _write(tmp_path, data)


def figures(node, path: tuple[str, ...] = ()):
    """(dotted key, figure) of every figure of a parsed price table."""
    if isinstance(node, dict) and "value" in node:
        yield ".".join(path), node
    elif isinstance(node, dict):
        for key, child in node.items():
            yield from figures(child, (*path, str(key)))


# The shipped table's figures left unknown because the template has no price for an endpoint
# answered at generation: the tests of a fully priced table do not apply to such a project.
ENDPOINTS_WITHOUT_PRICE = [
    key
    for key, figure in figures(yaml.safe_load(PRICES.read_text()))
    if figure["value"] is None and TEMPLATE_HAS_NO_PRICE in figure["note"]
]
fully_priced = pytest.mark.skipif(
    bool(ENDPOINTS_WITHOUT_PRICE),
    reason=f"config/costs.yml has no price for {ENDPOINTS_WITHOUT_PRICE}: fill them in",
)


# --- the price table -----------------------------------------------------------------------------


def test_the_projects_price_table_loads_and_every_figure_is_dated_and_sourced():
    prices = read_price_table(PRICES)
    assert prices.tokens(ENDPOINTS.llm_endpoint) and prices.tokens(ENDPOINTS.embedding_endpoint)
    figures = re.findall(r"^\s+value: (.+)$", PRICES.read_text(), flags=re.MULTILINE)
    assert figures and len(figures) == PRICES.read_text().count("source: https://")


def test_a_missing_price_is_refused_naming_the_key(tmp_path):
    path = priced_table(tmp_path, fixed__vector_search_endpoint__dbu_per_unit_hour=None)
    with pytest.raises(
        PriceTableError, match=r"fixed\.vector_search_endpoint\.dbu_per_unit_hour is missing"
    ):
        read_price_table(path)


def test_the_shipped_table_leaves_unknown_only_the_endpoints_the_template_has_no_price_for():
    for key, figure in figures(yaml.safe_load(PRICES.read_text())):
        if figure["value"] is None:
            assert key.startswith("token_prices."), key
            assert TEMPLATE_HAS_NO_PRICE in figure["note"] and "lakemeter-oss" in figure["note"]


def test_each_token_price_is_the_estimators_dbus_times_the_clouds_dollars_per_dbu():
    prices = read_price_table(PRICES)
    per_dbu = getattr(prices.dollars_per_dbu.model_serving, prices.cloud).value
    checked = 0
    for endpoint, price in prices.token_prices.items():
        for direction in ("input", "output"):
            figure = getattr(price, f"{direction}_per_million")
            if figure.value is None or (
                endpoint == ENDPOINTS.embedding_endpoint and direction == "output"
            ):
                continue  # an endpoint without a price; an embedding returns no tokens
            assert "github.com/databrickslabs/lakemeter-oss/blob/" in figure.source
            dbus = re.search(rf"{direction}_token ([0-9.]+) DBU per 1M tokens", figure.note)
            assert dbus, f"{endpoint} {direction}: {figure.note}"
            assert figure.value == pytest.approx(float(dbus[1]) * per_dbu, abs=5e-5)
            checked += 1
    assert checked == 3 - len(ENDPOINTS_WITHOUT_PRICE)


@fully_priced
def test_the_shipped_table_prices_the_whole_estimate():
    prices = read_price_table(PRICES)
    for key, figure in figures(yaml.safe_load(PRICES.read_text())):
        assert figure["value"] is not None, key
        assert "Databricks Labs' estimator's copy of the list price" in figure["note"] or (
            key.endswith("output_per_million") and figure["value"] == 0.0
        ), key
    result = estimate(parse_rows(pd.DataFrame([row()])), prices, ENDPOINTS, requests_per_day=1000)
    assert result.unpriced == []
    # Small (4 DBU an hour) always on and one Vector Search unit (4 DBU an hour), at $0.07 a DBU.
    assert result.fixed_per_day == pytest.approx(2 * 24 * 4 * 0.07)
    assert "Unpriced" not in summary_markdown(result, prices, "log")


def test_a_malformed_price_is_refused_naming_the_key(tmp_path):
    data = yaml.safe_load(PRICES.read_text())
    data["token_prices"][ENDPOINTS.llm_endpoint]["output_per_million"]["value"] = "1.50"
    path = tmp_path / "costs.yml"
    path.write_text(yaml.safe_dump(data))
    key = f"token_prices.{ENDPOINTS.llm_endpoint}.output_per_million.value"
    with pytest.raises(PriceTableError, match=re.escape(key)):
        read_price_table(path)


def test_an_unknown_figure_must_say_why(tmp_path):
    data = yaml.safe_load(priced_table(tmp_path).read_text())
    path = tmp_path / "costs.yml"
    data["dollars_per_dbu"]["model_serving"]["aws"].update(value=None, note="")
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(PriceTableError, match=r"dollars_per_dbu\.model_serving\.aws.*needs a note"):
        read_price_table(path)


def test_an_endpoint_the_job_calls_without_prices_is_refused(tmp_path):
    prices = read_price_table(PRICES)
    other = Endpoints("databricks-bge-large-en", ENDPOINTS.llm_endpoint, "Small", False)
    with pytest.raises(PriceTableError, match=r"token_prices\.databricks-bge-large-en is missing"):
        estimate(parse_rows(pd.DataFrame([row()])), prices, other)


# --- the estimate ---------------------------------------------------------------------------------


def test_the_cost_per_request_is_tokens_times_prices_and_fixed_costs_are_per_day(tmp_path):
    prices = read_price_table(priced_table(tmp_path, **ROUND_PRICES))
    rows = [row(minute=m, tokens=(12, 30)) for m in range(4)] + [row(minute=5, status=500)]
    result = estimate(parse_rows(pd.DataFrame(rows)), prices, ENDPOINTS)

    chat_in = 12 + count_tokens(PASSAGE)  # the endpoint's input plus the passage it retrieved
    expected = (count_tokens(QUESTION) * 0.1 + chat_in * 0.5 + 30 * 1.5) / 1e6
    assert result.requests == 4  # the failed request is not priced
    assert result.per_request == pytest.approx(expected)
    # Small always on: 1 DBU/h x $1/DBU x 24 h; Vector Search: 1 unit x 1 DBU/h x $1 x 24 h.
    assert result.fixed_per_day == pytest.approx(48.0)
    assert (result.requests_per_day, result.rate_source) == (5.0, "observed")
    assert result.monthly == pytest.approx(30 * (5 * expected + 48.0))
    assert result.unpriced == []


def test_unknown_figures_are_reported_unpriced_not_counted_as_zero(tmp_path):
    prices = read_price_table(unpriced_table(tmp_path))
    result = estimate(parse_rows(pd.DataFrame([row()])), prices, ENDPOINTS, requests_per_day=1000)
    unpriced = {line.component.split(" (")[0]: line.note for line in result.unpriced}
    assert unpriced == {
        "embedding of the question": "not found (input_per_million)",
        "serving endpoint": "not found (Small)",
        "Vector Search endpoint": "not found (dbu_per_unit_hour)",
    }
    # Priced parts only: the chat model's tokens.
    assert result.per_request > 0 and result.fixed_per_day == 0
    assert result.rate_source == "given" and result.requests_per_day == 1000


# --- `cost` end to end ----------------------------------------------------------------------------


def test_cost_writes_the_table_and_the_chart(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(PROJECT_ROOT)
    log = default_log()
    log.parent.mkdir(parents=True, exist_ok=True)
    rows = [row(minute=m * 7) for m in range(30)] + [{"request_time": "garbage"}]
    log.write_text("".join(json.dumps(r) + "\n" for r in rows) + "not json\n")
    output = tmp_path / "cost"
    unpriced = read_price_table(unpriced_table(tmp_path))
    monkeypatch.setattr(cost_command, "read_price_table", lambda path: unpriced)

    assert main(["cost", "--requests-per-day", "500", "--output", str(output)]) == 0

    summary = (output / "cost.md").read_text()
    assert "500.0 requests/day (given)" in summary
    assert "| chat answer (" in summary and "Monthly projection (30 days)" in summary
    assert "Unpriced (left out of the totals above" in summary
    assert (output / "cost_projection.png").read_bytes().startswith(b"\x89PNG")
    assert summary in capsys.readouterr().out


def test_cost_projects_the_users_requests_not_the_deployment_checks(monkeypatch, capsys):
    monkeypatch.chdir(PROJECT_ROOT)
    log = default_log()
    log.parent.mkdir(parents=True, exist_ok=True)
    checks = [
        row(minute=60 + m, client_request_id=deployment_check_id("3", "smoke", m + 1))
        for m in range(25)
    ]
    rows = [row(minute=m * 7) for m in range(40)] + checks
    log.write_text("".join(json.dumps(r) + "\n" for r in rows))

    result, _ = cost_command.cost(PROJECT_ROOT, None, None, None, None)

    assert (result.requests, result.requests_per_day, result.rate_source) == (40, 40.0, "observed")


def test_cost_refuses_a_negative_rate(monkeypatch, capsys):
    monkeypatch.chdir(PROJECT_ROOT)
    assert main(["cost", "--requests-per-day", "-1"]) == 2
    assert "--requests-per-day must be 0 or more" in capsys.readouterr().err


# --- the billing SQL, as text ---------------------------------------------------------------------

# The columns of the system tables the queries read (the doc pages cited in each SQL file):
# billing usage https://docs.databricks.com/aws/en/admin/system-tables/billing, list prices
# https://docs.databricks.com/en/admin/system-tables/pricing.html, serving
# https://docs.databricks.com/aws/en/admin/system-tables/serving.
SCHEMAS = {
    "system.billing.usage": {
        "account_id",
        "workspace_id",
        "record_id",
        "sku_name",
        "cloud",
        "usage_start_time",
        "usage_end_time",
        "usage_date",
        "custom_tags",
        "usage_unit",
        "usage_quantity",
        "usage_metadata",
        "identity_metadata",
        "record_type",
        "ingestion_date",
        "billing_origin_product",
        "product_features",
        "usage_type",
    },
    "system.billing.list_prices": {
        "price_start_time",
        "price_end_time",
        "account_id",
        "sku_name",
        "cloud",
        "currency_code",
        "usage_unit",
        "pricing",
    },
    "system.serving.endpoint_usage": {
        "account_id",
        "workspace_id",
        "client_request_id",
        "databricks_request_id",
        "requester",
        "status_code",
        "request_time",
        "input_token_count",
        "output_token_count",
        "input_character_count",
        "output_character_count",
        "usage_context",
        "request_streaming",
        "served_entity_id",
    },
    "system.serving.served_entities": {
        "served_entity_id",
        "account_id",
        "workspace_id",
        "created_by",
        "endpoint_name",
        "endpoint_id",
        "served_entity_name",
        "entity_type",
        "entity_name",
        "entity_version",
        "endpoint_config_version",
        "task",
        "change_time",
        "endpoint_delete_time",
    },
}
STRUCT_FIELDS = {
    ("usage_metadata", "endpoint_name"),
    ("usage_metadata", "job_id"),
    ("pricing", "effective_list"),
}


def _code(path: Path) -> str:
    return "\n".join(line.split("--")[0] for line in path.read_text().splitlines())


def _aliases(code: str) -> dict[str, set[str]]:
    aliases = {}
    for table, alias in re.findall(r"(?:FROM|JOIN)\s+([\w.]+)\s+AS\s+(\w+)", code):
        aliases[alias] = SCHEMAS[table]
    for columns, table, alias in re.findall(
        r"JOIN\s+\(SELECT DISTINCT ([\w, ]+) FROM ([\w.]+)\)\s+AS\s+(\w+)", code
    ):
        chosen = {c.strip() for c in columns.split(",")}
        assert chosen <= SCHEMAS[table]
        aliases[alias] = chosen
    return aliases


@pytest.mark.parametrize("name", ["billing_by_day.sql", "endpoint_tokens.sql"])
def test_every_column_the_sql_reads_exists_and_every_table_is_cited(name):
    text = (SQL / name).read_text()
    code = _code(SQL / name)
    aliases = _aliases(code)
    assert aliases
    references = re.findall(r"\b(\w+)\.(\w+)(?:\.(\w+))?", code)
    checked = 0
    for alias, column, field in references:
        if alias not in aliases:
            continue
        assert column in aliases[alias], f"{name}: {alias}.{column} is not a column"
        if field:
            assert (column, field) in STRUCT_FIELDS
        checked += 1
    assert checked >= 8
    assert text.count("https://docs.databricks.com/") >= 1
    for table in {t for t in re.findall(r"system\.\w+\.\w+", code)}:
        assert table in text.split("SELECT")[0], f"{name}: {table} is used but not cited"


def test_billing_joins_the_price_valid_at_usage_time_and_never_attributes_by_sku():
    code = " ".join(_code(SQL / "billing_by_day.sql").split())
    join = code.split(" ON ", 1)[1].split(" WHERE ")[0]
    for key in ("sku_name", "cloud", "usage_unit"):
        assert f"u.{key} = l.{key}" in join
    assert "u.usage_end_time >= l.price_start_time" in join
    assert "l.price_end_time IS NULL OR u.usage_end_time < l.price_end_time" in join
    assert "l.pricing.effective_list.default" in code
    where = code.split(" WHERE ", 1)[1]
    assert "sku_name" not in where  # attribution by tags and endpoint names only
    assert "u.custom_tags['project'] = :project AND u.custom_tags['target'] = :target" in where
    assert "u.usage_metadata.endpoint_name IN (:serving_endpoint, :vector_search_endpoint)" in where
    assert "GROUP BY u.usage_date, u.billing_origin_product" in code


# --- tags -----------------------------------------------------------------------------------------


def test_every_resource_the_project_creates_carries_the_project_and_target_tags():
    bundle = yaml.safe_load((PROJECT_ROOT / "databricks.yml").read_text())
    # presets.tags reach every job and experiment (apply_presets.go in the CLI).
    assert bundle["presets"]["tags"] == {
        "project": {{ cookiecutter.project_slug | tojson }},
        "target": "${bundle.target}",
    }
    kinds = set()
    for path in sorted((PROJECT_ROOT / "resources").glob("*.yml")):
        resources = (yaml.safe_load(path.read_text()) or {}).get("resources", {})
        for kind, entries in resources.items():
            kinds.add(kind)
            for key, resource in entries.items():
                tags = resource.get("tags") or {}
                # A resource's own tag of the same key would override the preset.
                assert not {"project", "target"} & set(tags), f"{path.name}: {kind}.{key}"
    assert {"jobs", "experiments", "vector_search_endpoints"} <= kinds
    # The Vector Search endpoint takes no tags (bundle schema): the SQL finds it by name.
    assert ":vector_search_endpoint" in (SQL / "billing_by_day.sql").read_text()
    # The serving endpoint is created by the deploy task with the SDK.
    exchanges = json.loads(
        (PROJECT_ROOT / "tests" / "exchanges" / "serving_endpoint_create.json").read_text()
    )
    create = next(e for e in exchanges if e["method"] == "POST" and "request" in e)
    tags = {t["key"]: t["value"] for t in create["request"]["tags"]}
    assert {"project", "target"} <= set(tags)
