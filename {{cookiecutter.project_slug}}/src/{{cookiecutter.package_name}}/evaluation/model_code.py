"""Run a registered version with the code it was logged with, not the code of this process.

Task 2 logs the chain as models-from-code with the package as `code_paths`, which MLflow keeps in
the model's `code/` folder. Loading a version only puts that folder first on `sys.path`
(mlflow/utils/model_utils.py, `_add_code_from_conf_to_system_path`) and runs the model file under
a new module name (mlflow/models/utils.py, `_load_model_code_path`); the model file then imports
the package by name, and a package this process has already imported (the job's wheel) is not
imported again. Without `own_code`, the version serving would be evaluated with the candidate's
code, and the regression baseline would not be what users get.

While an `own_code` block runs, the modules the version's `code/` folder provides are that
folder's, fresh, also for imports the version makes lazily at prediction time; the process's own
copies are set aside and put back on exit, with `sys.path`. Code of this process that runs inside
the block must therefore have imported everything it uses beforehand (module-level imports): a
first import inside the block would load the version's module.
"""

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import mlflow


def code_modules(model_folder: Path) -> set[str]:
    """The top-level modules and packages of a downloaded model's `code/` folder."""
    flavor = mlflow.models.Model.load(str(model_folder)).flavors.get("python_function", {})
    code = flavor.get("code")
    if not code:
        return set()
    return {
        entry.stem if entry.suffix == ".py" else entry.name
        for entry in (model_folder / code).iterdir()
        if entry.is_dir() or entry.suffix == ".py"
    }


def _take_modules(names: set[str]) -> dict:
    """Remove `names` and their submodules from `sys.modules`; return what was removed."""
    taken = {
        module: sys.modules[module]
        for module in list(sys.modules)
        if module.partition(".")[0] in names
    }
    for module in taken:
        del sys.modules[module]
    return taken


@contextmanager
def own_code(model_uri: str) -> Iterator[str]:
    """Download `model_uri` and yield its local folder, to load with mlflow.pyfunc.load_model
    and run inside the block (see the module's docstring)."""
    folder = mlflow.artifacts.download_artifacts(artifact_uri=model_uri)
    names = code_modules(Path(folder))
    path = list(sys.path)
    own = _take_modules(names)
    try:
        yield folder
    finally:
        _take_modules(names)
        sys.modules.update(own)
        sys.path[:] = path
