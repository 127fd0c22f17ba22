"""The package's shape, read from its source with `ast`: nothing here imports the package.

- Its imports form no cycle, counting imports inside functions (they run on the first call).
- Only `backend/` tests the target or the kind of an embedder, chunk index or chat model; only
  `backend/client.py` builds a WorkspaceClient; only local code opens the local home.
- No module is longer than MAX_LINES lines.
- Package `__init__.py` files hold only a docstring, so importing a sub-package runs nothing.
"""

import ast
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
MAX_LINES = 400

# The constants a test of the target or of a kind compares with (names.py, backend/kinds.py).
KIND_NAMES = {
    "LOCAL_TARGET",
    "LOCAL_INDEX",
    "VECTOR_SEARCH_INDEX",
    "OFFLINE_EMBEDDER",
    "ENDPOINT_EMBEDDER",
    "DATABRICKS_CHAT",
    "OPENAI_COMPATIBLE",
    "OFFLINE_CHAT",
    "CHAT_KINDS",
    "INDEX_KINDS",
}
# `x.target`, `x["kind"]` or `x.get("kind")` compared with a string is a test of the target or a
# kind. A bare variable `target` or `kind` is, when compared with a target's or a kind's value
# (a bare `kind` is also a common name for other things, such as an error's kind).
SELECTORS = {"target", "kind"}
TARGET_AND_KIND_VALUES = {
    "local",
    "dev",
    "test",
    "staging",
    "prod",
    "databricks",
    "offline",
    "openai_compatible",
}
COMPARISONS = (ast.Eq, ast.NotEq, ast.In, ast.NotIn, ast.Is, ast.IsNot)


def the_package(src: Path) -> Path:
    """The one package under src/."""
    packages = [path for path in src.iterdir() if (path / "__init__.py").is_file()]
    assert len(packages) == 1, f"expected one package under {src}, found {packages}"
    return packages[0]


def module_name(path: Path, src: Path) -> str:
    """`src/pkg/sub/mod.py` -> `pkg.sub.mod`; `src/pkg/sub/__init__.py` -> `pkg.sub`."""
    parts = path.relative_to(src).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def sources(src: Path) -> dict[str, Path]:
    """The package's modules by name."""
    return {module_name(path, src): path for path in sorted(the_package(src).rglob("*.py"))}


def package_path(path: Path, src: Path) -> str:
    """A module's path inside the package, as a report names it: `backend/client.py`."""
    return path.relative_to(the_package(src)).as_posix()


# --- the import graph ---------------------------------------------------------------------------


def imported_names(node: ast.AST, module: str, is_package: bool) -> list[str]:
    """The dotted names an import statement may load: the module it names and, for
    `from m import n`, `m.n` too (n may be a submodule)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    if node.level:
        parts = module.split(".") if is_package else module.split(".")[:-1]
        parts = parts[: len(parts) - (node.level - 1)]
        base = ".".join([*parts, node.module] if node.module else parts)
    else:
        base = node.module or ""
    return [base, *(f"{base}.{alias.name}" for alias in node.names if alias.name != "*")]


def executed_modules(name: str, known: Iterable[str]) -> set[str]:
    """Importing `a.b.c` runs `a/__init__.py`, `a/b/__init__.py` and `a/b/c.py`: the ones of
    this package."""
    parts = name.split(".")
    prefixes = {".".join(parts[:end]) for end in range(1, len(parts) + 1)}
    return prefixes & set(known)


def import_graph(src: Path) -> dict[str, set[str]]:
    """For each module of the package, the package's modules its import statements run, at the
    top level and inside functions, methods and classes."""
    modules = sources(src)
    graph = {}
    for module, path in modules.items():
        is_package = path.name == "__init__.py"
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            for name in imported_names(node, module, is_package):
                edges |= executed_modules(name, modules)
        graph[module] = edges - {module}
    return graph


def find_cycle(graph: Mapping[str, Iterable[str]]) -> list[str] | None:
    """One cycle, as the path `[a, b, ..., a]`, or None if the graph has none."""
    done, path = set(), []

    def visit(node: str) -> list[str] | None:
        path.append(node)
        for successor in sorted(graph.get(node, ())):
            if successor in path:
                return [*path[path.index(successor) :], successor]
            if successor not in done:
                cycle = visit(successor)
                if cycle:
                    return cycle
        path.pop()
        done.add(node)
        return None

    for node in sorted(graph):
        if node not in done:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def test_the_cycle_finder_finds_cycles_and_only_cycles():
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"b"}}) == ["b", "c", "b"]
    assert find_cycle({"a": {"a"}}) == ["a", "a"]


def test_the_import_graph_counts_relative_nested_and_parent_package_imports(tmp_path):
    files = {
        "toy/__init__.py": '"""Toy."""\n',
        "toy/a.py": "from . import b\nfrom .b import helper\n",
        "toy/b.py": "def helper():\n    from .sub.c import value\n\n    return value\n",
        "toy/sub/__init__.py": '"""Sub."""\n',
        "toy/sub/c.py": "import json\n\nimport toy.a\n\nvalue = 1\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    graph = import_graph(tmp_path)
    assert graph == {
        "toy": set(),
        "toy.a": {"toy", "toy.b"},
        "toy.b": {"toy", "toy.sub", "toy.sub.c"},
        "toy.sub": set(),
        "toy.sub.c": {"toy", "toy.a"},
    }
    assert find_cycle(graph) == ["toy.a", "toy.b", "toy.sub.c", "toy.a"]


def test_imports_form_no_cycle():
    graph = import_graph(SRC)
    assert sum(map(len, graph.values())) > len(graph), f"too few imports found: {graph}"
    cycle = find_cycle(graph)
    assert cycle is None, f"import cycle: {' -> '.join(cycle)}"


# --- only the backend tests the target ----------------------------------------------------------


def names_in(node: ast.AST) -> set[str]:
    """The names an operand is or holds: `X`, `kinds.X`, `(X, Y)`."""
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.Attribute):
        return {node.attr}
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return set().union(*map(names_in, node.elts))
    return set()


def strings_in(node: ast.AST) -> set[str]:
    """The string constants an operand is or holds: `"local"`, `("dev", "prod")`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return set().union(*map(strings_in, node.elts))
    return set()


def is_selector(node: ast.AST) -> bool:
    """`x.target`, `x["kind"]` or `x.get("kind")`."""
    if isinstance(node, ast.Attribute):
        return node.attr in SELECTORS
    if isinstance(node, ast.Subscript):
        return bool(strings_in(node.slice) & SELECTORS)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
        return node.func.attr == "get" and bool(strings_in(node.args[0]) & SELECTORS)
    return False


def compares_target_or_kind(one: ast.AST, other: ast.AST) -> bool:
    if names_in(one) & KIND_NAMES:
        return True
    if is_selector(one) and (strings_in(other) or names_in(other) & KIND_NAMES):
        return True
    return (
        isinstance(one, ast.Name)
        and one.id in SELECTORS
        and bool(strings_in(other) & TARGET_AND_KIND_VALUES)
    )


def comparison_tests_target(node: ast.Compare) -> bool:
    operands = [node.left, *node.comparators]
    return any(
        isinstance(op, COMPARISONS)
        and (compares_target_or_kind(left, right) or compares_target_or_kind(right, left))
        for op, left, right in zip(node.ops, operands[:-1], operands[1:], strict=True)
    )


def match_tests_target(node: ast.Match) -> bool:
    values = [
        pattern.value
        for case in node.cases
        for pattern in ast.walk(case.pattern)
        if isinstance(pattern, ast.MatchValue)
    ]
    return any(
        compares_target_or_kind(node.subject, value) or names_in(value) & KIND_NAMES
        for value in values
    )


def names_is_local(node: ast.AST) -> bool:
    """A function named `is_local`, or a use of one."""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        return node.name == "is_local"
    return isinstance(node, ast.Name | ast.Attribute) and "is_local" in names_in(node)


def target_tests(tree: ast.AST) -> list[ast.AST]:
    """The comparisons, `match` statements and `is_local`s of a module that test the target or a
    kind."""
    return [
        node
        for node in ast.walk(tree)
        if (isinstance(node, ast.Compare) and comparison_tests_target(node))
        or (isinstance(node, ast.Match) and match_tests_target(node))
        or names_is_local(node)
    ]


def test_the_target_check_catches_the_usual_forms():
    flagged = [
        'if task.target == "local": pass',
        'if settings.index["kind"] == LOCAL_INDEX: pass',
        'if config.get("kind") != "databricks": pass',
        "if kind in (OFFLINE_EMBEDDER, ENDPOINT_EMBEDDER): pass",
        "if spec.kind is kinds.OFFLINE_CHAT: pass",
        'if target not in ("dev", "test"): pass',
        'match settings.target:\n    case "local": pass',
        "def is_local(target): pass",
        "use = backend.is_local",
    ]
    passed = [
        'if error["type"] == "missing": pass',
        'if kind in ("int_parsing", "int_from_float"): pass',
        'if "kind" in config: pass',
        "backend = backend_for(task.target)",
    ]
    assert [source for source in flagged if not target_tests(ast.parse(source))] == []
    assert [source for source in passed if target_tests(ast.parse(source))] == []


def test_only_the_backend_tests_the_target_or_a_kind():
    found = []
    for path in sources(SRC).values():
        where = package_path(path, SRC)
        if where.startswith("backend/"):
            continue
        found += [
            (where, node.lineno, ast.unparse(node).splitlines()[0])
            for node in target_tests(ast.parse(path.read_text(), str(path)))
        ]
    report = [f"{where}:{line}: {code}" for where, line, code in sorted(found)]
    assert report == [], "ask the backend instead of testing the target:\n" + "\n".join(report)


def lines_containing(text: str, allowed: Callable[[str], bool]) -> list[str]:
    """`file:line` of every line of the package holding `text`, outside the allowed files."""
    return [
        f"{package_path(path, SRC)}:{number}"
        for path in sources(SRC).values()
        if not allowed(package_path(path, SRC))
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if text in line
    ]


def test_only_backend_client_builds_a_workspace_client():
    assert "WorkspaceClient(" in (the_package(SRC) / "backend" / "client.py").read_text()
    assert lines_containing("WorkspaceClient(", lambda where: where == "backend/client.py") == []


def test_only_local_code_opens_the_local_home():
    def allowed(where: str) -> bool:
        folder = where.rpartition("/")[0]
        return where in {"backend/local.py", "spark_session.py"} or folder == "local"

    assert lines_containing("LocalWorkspace.current(", allowed) == []


# --- size and package files ---------------------------------------------------------------------


def test_no_module_is_longer_than_the_limit():
    long = {
        package_path(path, SRC): lines
        for path in sources(SRC).values()
        if (lines := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert long == {}, f"split these modules (lines; at most {MAX_LINES}): {long}"


def test_package_init_files_hold_only_a_docstring():
    def only_a_docstring(body: list[ast.stmt]) -> bool:
        return body == [] or (
            len(body) == 1
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        )

    offenders = [
        package_path(path, SRC)
        for path in sources(SRC).values()
        if path.name == "__init__.py" and not only_a_docstring(ast.parse(path.read_text()).body)
    ]
    assert offenders == [], f"move the code of these files into modules: {offenders}"
