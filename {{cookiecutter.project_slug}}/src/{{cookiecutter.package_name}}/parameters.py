"""Job parameters, as each task's notebook reads them (`dbutils.widgets.get`)."""

from collections.abc import Callable, Iterable


def required_parameters(
    get: Callable[[str], str],
    names: Iterable[str],
    error: type[Exception],
    optional: Iterable[str] = (),
) -> dict[str, str]:
    """A task's job parameters, stripped; empty ones not in `optional` are refused at once."""
    values = {name: get(name).strip() for name in names}
    empty = [name for name, value in values.items() if not value and name not in optional]
    if empty:
        raise error(f"job parameters must not be empty: {', '.join(empty)}")
    return values
