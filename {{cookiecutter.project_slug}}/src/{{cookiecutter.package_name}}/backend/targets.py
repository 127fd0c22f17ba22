"""Which backend serves a target: the only test of the target in the package."""

from ..names import LOCAL_TARGET
from .local import LocalBackend
from .workspace import WorkspaceBackend

Backend = LocalBackend | WorkspaceBackend


def backend_for(target: str) -> Backend:
    if runs_on_this_machine(target):
        return LocalBackend()
    return WorkspaceBackend(target)


def runs_on_this_machine(target: str) -> bool:
    """Only the local target runs without a workspace; the others deploy as a bundle."""
    return target == LOCAL_TARGET
