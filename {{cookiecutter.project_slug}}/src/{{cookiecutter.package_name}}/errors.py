"""The base of every error this package raises on purpose.

Its message says what is wrong and what to do; the command line prints it without a traceback.
"""


class ProjectError(Exception):
    pass


class ConfigError(ProjectError, ValueError):
    """A job parameter or a configuration file is missing or wrong."""
