"""Where local runs keep their state: tables, indexes, the Spark warehouse and MLflow.

Everything lives under one folder (`.local/` beside `databricks.yml` by default, or the folder
named by the environment variable `RAG_LOCAL_HOME`), so `rm -rf .local` is a clean reset.
"""

import os
from dataclasses import dataclass
from pathlib import Path

LOCAL_HOME_VARIABLE = "RAG_LOCAL_HOME"


def find_project_root(start: Path | None = None) -> Path | None:
    """The nearest folder at or above `start` holding a databricks.yml, if any."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "databricks.yml").is_file():
            return folder
    return None


@dataclass(frozen=True)
class LocalWorkspace:
    root: Path

    @classmethod
    def current(cls) -> "LocalWorkspace":
        configured = os.environ.get(LOCAL_HOME_VARIABLE)
        if configured:
            return cls(Path(configured).resolve())
        return cls((find_project_root() or Path.cwd()) / ".local")

    @property
    def tables(self) -> Path:
        return self.root / "tables"

    @property
    def vector_indexes(self) -> Path:
        return self.root / "vector_indexes"

    @property
    def spark_warehouse(self) -> Path:
        return self.root / "spark-warehouse"
