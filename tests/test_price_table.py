"""The generated price table (config/costs.yml): the configured endpoints priced from the
template's one table of known Foundation Model endpoints, any other left unknown with a note, and
the dollars per DBU of the chosen cloud."""

from pathlib import Path

import pytest
import yaml
from cookiecutter.main import cookiecutter

TEMPLATE = Path(__file__).resolve().parent.parent
# Dollars per 1M tokens: the estimator's DBUs per 1M tokens x $0.07 a DBU (config/costs.yml).
PRICED = {
    "defaults": (
        {},
        {
            "databricks-meta-llama-3-3-70b-instruct": (0.5, 1.5),
            "databricks-gte-large-en": (0.13, 0.0),
        },
    ),
    "gcp-known": (
        {
            "cloud": "gcp",
            "embedding_endpoint": "databricks-bge-large-en",
            "llm_endpoint": "databricks-gpt-oss-120b",
        },
        {"databricks-gpt-oss-120b": (0.15, 0.6), "databricks-bge-large-en": (0.1, 0.0)},
    ),
    "aws-unknown": (
        {
            "cloud": "aws",
            "embedding_endpoint": "team-embedder",
            "llm_endpoint": "databricks-claude-sonnet-4",
        },
        {"databricks-claude-sonnet-4": (None, None), "team-embedder": (None, 0.0)},
    ),
}


def price_table(tmp_path: Path, answers: dict) -> dict:
    project = cookiecutter(
        str(TEMPLATE), no_input=True, extra_context=answers, output_dir=str(tmp_path)
    )
    return yaml.safe_load((Path(project) / "config" / "costs.yml").read_text())


@pytest.mark.parametrize("name", sorted(PRICED))
def test_the_configured_endpoints_are_priced_from_the_known_table_or_left_unknown(tmp_path, name):
    answers, expected = PRICED[name]
    table = price_table(tmp_path, answers)

    assert table["cloud"] == answers.get("cloud", "azure")
    prices = {
        endpoint: (price["input_per_million"]["value"], price["output_per_million"]["value"])
        for endpoint, price in table["token_prices"].items()
    }
    assert prices == expected
    for endpoint, price in table["token_prices"].items():
        for direction in ("input", "output"):
            figure = price[f"{direction}_per_million"]
            if figure["value"] is None:
                note = figure["note"]
                assert note.startswith("not among the endpoints the project template prices")
                assert f"{direction} tokens of {endpoint}" in note and "lakemeter-oss" in note
                assert figure["source"].startswith("https://www.databricks.com/product/pricing/")
    # Every other figure is priced, whatever the answers.
    for product in ("model_serving", "vector_search"):
        assert {c: f["value"] for c, f in table["dollars_per_dbu"][product].items()} == {
            "aws": 0.07,
            "azure": 0.07,
            "gcp": 0.07,
        }
    serving = table["fixed"]["serving_endpoint"]["dbu_per_hour"]
    assert {size: figure["value"] for size, figure in serving.items()} == {
        "Small": 4.0,
        "Medium": 8.0,
        "Large": 16.0,
    }
    assert table["fixed"]["vector_search_endpoint"]["dbu_per_unit_hour"]["value"] == 4.0
