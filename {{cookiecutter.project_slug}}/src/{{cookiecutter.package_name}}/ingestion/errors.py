"""The errors task 1 fails with; each message says what to fix."""

from ..errors import ProjectError


class IngestionError(ProjectError, RuntimeError):
    pass


class SourceError(IngestionError):
    """The source folder or volume does not exist or holds no PDF."""
