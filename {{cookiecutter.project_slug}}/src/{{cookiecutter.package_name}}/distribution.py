"""The distribution that installs this package: named after the project slug (pyproject.toml's
`name`), which need not be the package's name with '_' for '-'."""

import importlib.metadata
import tomllib
from pathlib import Path

PACKAGE = __package__
# src/<package>/ of a checkout.
CHECKOUT_ROOT = Path(__file__).resolve().parents[2]


def distribution_name() -> str | None:
    """The name of the distribution that installs this package, or None if none can be found.

    A wheel's RECORD lists the package's files, which `packages_distributions` maps back to the
    distribution; an editable install's RECORD lists only its .pth file (uv with hatchling), so
    there the checkout's pyproject.toml names the project."""
    installed = importlib.metadata.packages_distributions().get(PACKAGE)
    if installed:
        return installed[0]
    pyproject = CHECKOUT_ROOT / "pyproject.toml"
    if pyproject.is_file():
        return tomllib.loads(pyproject.read_text())["project"]["name"]
    return None
