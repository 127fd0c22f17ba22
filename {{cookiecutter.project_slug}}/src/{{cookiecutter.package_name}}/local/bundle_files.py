"""The shape of databricks.yml, its included resource files and local.yml, as the local reader
(local/bundle.py) checks them before resolving anything.

The keys of each mapping are those of the bundle's JSON schema (`databricks bundle schema`, the
schemas/databricks-bundle-v1.13.0.schema.json the template is tested against): the top level
(`Root`), `bundle` (config.Bundle), a variable (variable.Variable), a target (config.Target), its
`presets` (config.Presets), `resources` (config.Resources), a job parameter
(jobs.JobParameterDefinition), a task's `depends_on` item (jobs.TaskDependency) and its
`notebook_task` (jobs.NotebookTask). Their values are typed only where this reader uses them;
jobs and tasks accept every other key, which `databricks bundle validate` checks.
"""

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, create_model

_CLOSED = ConfigDict(extra="forbid", frozen=True)
_OPEN = ConfigDict(extra="allow", frozen=True)


def _mapping(
    model: str, keys: str, config: ConfigDict = _CLOSED, /, **typed: Any
) -> type[BaseModel]:
    """A model of a mapping with these `keys` (any value), `typed` those this reader uses."""
    fields: dict[str, Any] = {key: (Any, None) for key in keys.split()}
    fields.update(typed)
    return create_model(model, __config__=config, **fields)


Dependency = _mapping("Dependency", "outcome", task_key=(str, ...))
NotebookTask = _mapping(
    "NotebookTask", "base_parameters source warehouse_id", notebook_path=(str, ...)
)
Parameter = _mapping("Parameter", "", name=(str, ...), default=(Any, ...))
Task = _mapping(
    "Task",
    "",
    _OPEN,
    task_key=(str, ...),
    depends_on=(list[Dependency] | None, None),
    notebook_task=(NotebookTask | None, None),
)
Job = _mapping(
    "Job",
    "",
    _OPEN,
    name=(str | None, None),
    parameters=(list[Parameter] | None, None),
    tasks=(list[Task] | None, None),
)
Resources = _mapping(
    "Resources",
    "alerts apps catalogs clusters dashboards database_catalogs database_instances experiments "
    "external_locations genie_spaces instance_pools job_runs model_serving_endpoints models "
    "pipelines postgres_branches postgres_catalogs postgres_databases postgres_endpoints "
    "postgres_projects postgres_roles postgres_synced_tables quality_monitors registered_models "
    "schemas secret_scopes secrets sql_warehouses synced_database_tables vector_search_endpoints "
    "vector_search_indexes volumes",
    jobs=(dict[str, Job] | None, None),
)
Variable = _mapping("Variable", "default description lookup type")
Presets = _mapping(
    "Presets",
    "artifacts_dynamic_version jobs_max_concurrent_runs pipelines_development "
    "source_linked_deployment tags trigger_pause_status",
    name_prefix=(str | None, None),
)
Target = _mapping(
    "Target",
    "artifacts bundle cluster_id compute_id default git permissions resources run_as sync "
    "workspace",
    mode=(Literal["development", "production"] | None, None),
    presets=(Presets | None, None),
    variables=(dict[str, Any] | None, None),
)
Bundle = _mapping(
    "Bundle",
    "cluster_id compute_id databricks_cli_version deployment engine git uuid",
    name=(str, ...),
)
_ROOT_KEYS = "artifacts environments experimental permissions python run_as scripts sync workspace"
_ROOT_FIELDS: dict[str, Any] = {
    "include": (list[str] | None, None),
    "presets": (Presets | None, None),
    "resources": (Resources | None, None),
    "targets": (dict[str, Target | None] | None, None),
    "variables": (dict[str, Variable | None] | None, None),
}
# databricks.yml names the bundle; an included file may hold any other top-level key.
Root = _mapping("Root", _ROOT_KEYS, bundle=(Bundle, ...), **_ROOT_FIELDS)
Included = _mapping("Included", _ROOT_KEYS, bundle=(Bundle | None, None), **_ROOT_FIELDS)
Overlay = _mapping(
    "Overlay",
    "",
    variables=(dict[str, Any] | None, None),
    job_parameters=(dict[str, Any] | None, None),
)
