"""Validate the answers before cookiecutter writes anything.

`check` is the one set of rules, applied twice:

- while the answers are read: `local_extensions.py` imports this file (unrendered; everything
  rendered is under `__main__`) and runs `check` when cookiecutter renders the private variable
  `__answers_check`, which comes after every answer. A refusal there happens before cookiecutter
  creates any folder. This matters: cookiecutter creates the project folder (with `mkdir -p`)
  *before* the pre-generation hook runs, and on a hook failure removes only the final folder, so
  a refused slug such as `my-project/../x` would leave `my-project/` behind;
- as the pre-generation hook, for runs that skip reading the answers (`--replay`).

Both pass `check` the names a package may not take (`reserved_package_names`), which
local_extensions.py derives from the interpreter's standard library and the project's pins.
"""

import json
import keyword
import re
import sys
from collections.abc import Iterable

UC_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,254}$")
ENDPOINT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
HOST = re.compile(
    r"^https://[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+(:\d{1,5})?/?$"
)
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
BRANCH = re.compile(r"^(?!/)(?!.*//)(?!.*\.\.)(?!.*/$)[A-Za-z0-9._/-]+$")
# Pinned distributions whose import names do not follow from their names by the rules of
# `import_names`; read from each installed wheel's top-level names
# (importlib.metadata.packages_distributions) in an environment holding every pin.
OTHER_IMPORT_NAMES = {
    "attrs": ("attr",),
    "gitpython": ("git",),
    "jsonpatch": ("jsonpatch_cli",),
    "matplotlib": ("mpl_toolkits", "pylab"),
    "protobuf": ("google",),
    "pytest": ("py",),
    "pyyaml": ("yaml",),
    "scikit-learn": ("sklearn",),
    "tiktoken": ("tiktoken_ext",),
}


def import_names(distribution: str) -> set[str]:
    """The names a distribution may install as top-level modules: its normalized name
    (`databricks-sdk` -> databricks_sdk), its first part (the namespace: databricks, google,
    langchain), without a `python-` prefix (python-dateutil -> dateutil) or a version suffix
    (fpdf2 -> fpdf), and the names of `OTHER_IMPORT_NAMES`."""
    name = re.sub(r"[-_.]+", "_", distribution).lower()
    derived = {name, name.split("_")[0], name.removeprefix("python_"), name.rstrip("0123456789")}
    return derived | set(OTHER_IMPORT_NAMES.get(name.replace("_", "-"), ()))


def reserved_package_names(constraints: str, stdlib: Iterable[str]) -> dict[str, str]:
    """Each name a package may not take, with what already owns it: a module of the standard
    library, or a distribution pinned in requirements/constraints.txt (`constraints`)."""
    reserved = {}
    for line in constraints.splitlines():
        distribution, pinned, _ = line.partition("==")
        if pinned:
            for name in import_names(distribution.strip()):
                reserved[name] = f"the import name of the dependency {distribution.strip()}"
    reserved.update({name: "a module of Python's standard library" for name in stdlib})
    return reserved


# The answers whose default cookiecutter.json derives from another answer: each with that answer
# and the derivation (tests/test_answers.py checks that these agree with cookiecutter.json).
DERIVED = {
    "project_slug": (
        "project_name",
        lambda a: a["project_name"].lower().strip().replace(" ", "-").replace("_", "-"),
    ),
    "package_name": ("project_slug", lambda a: a["project_slug"].replace("-", "_")),
    "schema_name": ("package_name", lambda a: a["package_name"]),
    "vector_search_index": ("package_name", lambda a: f"{a['package_name']}_chunks_index"),
    "vector_search_endpoint": ("project_slug", lambda a: f"{a['project_slug']}-vs"),
    "serving_endpoint_name": ("project_slug", lambda a: f"{a['project_slug']}-endpoint"),
    "read_access_group": ("project_slug", lambda a: f"{a['project_slug']}-users"),
    "failure_notification_emails": (
        "project_slug",
        lambda a: f"{a['project_slug']}-alerts@example.com",
    ),
}


def typed_origin(name: str, answers: dict[str, str]) -> str | None:
    """The answer `name`'s value follows from (through other derived answers, e.g. package_name
    from project_slug from project_name), or None when `name` holds a value of its own."""
    origin = None
    while name in DERIVED:
        source, derive = DERIVED[name]
        if source not in answers or answers.get(name) != derive(answers):
            break
        origin = name = source
    return origin


def attribute_derived(
    answers: dict[str, str], errors: list[str], refused: dict[str, int]
) -> list[str]:
    """`errors` with each refused answer that was derived (not typed) traced to the answer it
    follows from: left out when that answer is refused too (fixing it fixes both), else told that
    it may be given itself. `refused` maps an answer to the index of its message."""
    messages = list(errors)
    followers: dict[str, list[str]] = {}
    for name, index in refused.items():
        origin = typed_origin(name, answers)
        if origin is None:
            continue
        if origin in refused:
            followers.setdefault(origin, []).append(name)
            messages[index] = ""
        else:
            messages[index] += (
                f" ({name} follows from {origin}={answers[origin]!r}: give {name} a value of its "
                f"own, or change {origin})"
            )
    for origin, names in followers.items():
        verb = "follows" if len(names) == 1 else "follow"
        messages[refused[origin]] += f" ({', '.join(names)} {verb} from it)"
    return [message for message in messages if message]


def check(answers: dict[str, str], reserved: dict[str, str]) -> list[str]:
    """Return one message per broken rule, each naming the input and the rule; an answer derived
    from a refused one is named in that one's message instead of having its own."""
    errors: list[str] = []
    refused: dict[str, int] = {}

    def rule(name: str, ok: bool, what: str) -> None:
        if not ok:
            refused.setdefault(name, len(errors))
            errors.append(f"{name}={answers[name]!r}: {what}")

    rule(
        "project_name",
        re.fullmatch(r"[A-Za-z][A-Za-z0-9 _-]{0,59}", answers["project_name"]) is not None,
        "must start with a letter and use only letters, digits, spaces, '-' and '_' "
        "(at most 60 characters)",
    )
    rule(
        "project_slug",
        re.fullmatch(r"[a-z][a-z0-9-]{0,38}[a-z0-9]", answers["project_slug"]) is not None
        and "--" not in answers["project_slug"],
        "must be 2-40 lowercase letters, digits and single hyphens, starting with a letter "
        "(it names the folder, the bundle and the workflows)",
    )
    package = answers["package_name"]
    rule(
        "package_name",
        re.fullmatch(r"[a-z][a-z0-9_]*", package) is not None and not keyword.iskeyword(package),
        "must be a lowercase Python identifier (letters, digits, '_') and not a keyword",
    )
    if package in reserved:
        # `python -m <package>` and `import <package>` would reach the other module instead.
        refused.setdefault("package_name", len(errors))
        errors.append(
            f"package_name={package!r} is {reserved[package]}: the project's commands would run "
            f"that module instead; choose another name (e.g. {package}_bot) and keep project_name"
        )
    for host in ("databricks_staging_host", "databricks_prod_host"):
        rule(host, HOST.match(answers[host]) is not None, "must be an https:// workspace URL")
    for branch in ("default_branch", "release_branch"):
        rule(branch, BRANCH.match(answers[branch]) is not None, "must be a valid git branch name")
    if answers["default_branch"] == answers["release_branch"]:
        errors.append("release_branch must differ from default_branch")
    for name in (
        "catalog_dev",
        "catalog_test",
        "catalog_staging",
        "catalog_prod",
        "schema_name",
        "source_volume",
    ):
        rule(
            name,
            UC_NAME.match(answers[name]) is not None,
            "must be a Unity Catalog name: letters, digits and '_', not starting with a digit",
        )
    rule(
        "vector_search_index",
        UC_NAME.match(answers["vector_search_index"]) is not None,
        "must use only letters, digits and underscores (a Vector Search index name rule)",
    )
    for name in ("embedding_endpoint", "llm_endpoint", "vector_search_endpoint"):
        rule(
            name,
            ENDPOINT_NAME.match(answers[name]) is not None,
            "must be an endpoint name: letters, digits, '-' and '_'",
        )
    if answers["embedding_endpoint"] == answers["llm_endpoint"]:
        # One endpoint cannot both embed and chat (and config/costs.yml prices each by name).
        errors.append(
            f"llm_endpoint must differ from embedding_endpoint (both {answers['llm_endpoint']!r}): "
            "the chain embeds with one and chats with the other"
        )
    serving = answers["serving_endpoint_name"]
    rule(
        "serving_endpoint_name",
        ENDPOINT_NAME.match(serving) is not None and len(serving) <= 63,
        f"must be letters, digits, '-' and '_', at most 63 characters (got {len(serving)})",
    )
    for name in (
        "staging_service_principal_id",
        "prod_service_principal_id",
        "prod_read_only_service_principal_id",
    ):
        rule(name, UUID.match(answers[name]) is not None, "must be an application id (a UUID)")
    rule(
        "read_access_group",
        re.fullmatch(r"[^\s\"'`$\\{}][^\"'`$\\{}\n]*", answers["read_access_group"]) is not None,
        "must be a group name without quotes, '$', '{', '}' or backslashes",
    )
    emails = [e.strip() for e in answers["failure_notification_emails"].split(",") if e.strip()]
    rule(
        "failure_notification_emails",
        bool(emails) and all(EMAIL.match(email) for email in emails),
        "must be one or more e-mail addresses separated by commas",
    )
    # Azure service principal secrets (ARM_*) authenticate only to Azure Databricks workspaces.
    if answers["cicd_auth"] == "azure_service_principal" and answers["cloud"] != "azure":
        errors.append(
            "cicd_auth='azure_service_principal' needs cloud='azure' "
            f"(got cloud={answers['cloud']!r}): choose oauth_m2m or github_oidc"
        )
    return attribute_derived(answers, errors, refused)


def report(problems: list[str]) -> str:
    """The refusal printed on standard error, one line per broken rule."""
    lines = ["Cannot generate the project; nothing was written. Fix these inputs:"]
    return "\n".join([*lines, *(f"  - {problem}" for problem in problems)]) + "\n"


if __name__ == "__main__":
    # The whole context as JSON, which escapes every quote and backslash: an answer reaches the
    # checks exactly as typed, and no answer can break this file.
    # `reserved_package_names` of local_extensions.py, rendered by cookiecutter's process.
    problems = check(
        json.loads(r"""{{ cookiecutter | tojson }}"""),
        json.loads(r"""{{ reserved_package_names() | tojson }}"""),
    )
    if problems:
        print(report(problems), end="", file=sys.stderr)
        sys.exit(1)
