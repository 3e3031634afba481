"""The import rules of docs/architecture.md, read from the source with ``ast``.

Every import counts, also the ones inside functions: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.paths import REPO_ROOT

PACKAGES = ("config", "db", "pipelines", "notify", "crawler", "spiders", "web")
TOP_FILES = ("scheduler.py",)
# Third-party frameworks the lower layers must not know.
FRAMEWORKS = ("scrapy", "twisted", "click", "apscheduler")
SCRAPY_FREE = ("config", "db", "pipelines")


def layer(module: str) -> int:
    """Rank of a project module: it may import modules of the same or a lower rank."""
    top = module.split(".")[0]
    if top == "config":
        return 0
    if top == "db":
        return 1
    if top == "pipelines":
        return 2
    if top == "notify":
        return 3  # with the Scrapy project: the run recorder records messages as runs end
    if top == "spiders":
        return 4
    if top == "web":
        return 6
    if top == "scheduler":
        return 8
    if module == "crawler.cli" or module.startswith("crawler.cli."):
        return 7
    if module in ("crawler.crawl", "crawler.replica") or module.startswith("crawler.daemon"):
        return 6
    return 3  # crawler: the Scrapy project (settings, items, sources, store, adapters)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO_ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _project_files() -> list[Path]:
    files = [REPO_ROOT / name for name in TOP_FILES]
    for package in PACKAGES:
        if (REPO_ROOT / package).is_dir():
            files.extend(sorted((REPO_ROOT / package).rglob("*.py")))
    return files


MODULES = {_module_name(path): path for path in _project_files()}


def _is_project(name: str) -> bool:
    return name.split(".")[0] in (*PACKAGES, "scheduler")


def imports_of(path: Path) -> Iterator[str]:
    """Every absolute module name ``path`` imports (``from pkg import mod`` gives pkg.mod)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                child = f"{node.module}.{alias.name}"
                yield child if child in MODULES else node.module


GRAPH = {
    name: sorted({dep for dep in imports_of(path) if _is_project(dep) and dep != name})
    for name, path in MODULES.items()
}


def test_the_layer_rule_sees_every_package():
    assert {"config", "db", "pipelines", "crawler", "spiders", "scheduler"} <= {
        name.split(".")[0] for name in MODULES
    }


@pytest.mark.parametrize("package", SCRAPY_FREE)
def test_lower_layers_import_no_crawling_or_cli_framework(package):
    offenders = [
        f"{name} imports {dep}"
        for name, path in MODULES.items() if name.split(".")[0] == package
        for dep in imports_of(path) if dep.split(".")[0] in FRAMEWORKS
    ]
    assert not offenders, offenders


def test_no_module_imports_a_higher_layer():
    offenders = [
        f"{name} (layer {layer(name)}) imports {dep} (layer {layer(dep)})"
        for name, deps in GRAPH.items() for dep in deps if layer(dep) > layer(name)
    ]
    assert not offenders, "\n".join(offenders)


def test_nothing_below_imports_the_cli_or_the_daemon():
    offenders = [
        f"{name} imports {dep}"
        for name, deps in GRAPH.items() for dep in deps
        if (dep.startswith("crawler.cli") and not name.startswith("crawler.cli")
            and name != "scheduler")
        or (dep == "scheduler")
        or (dep.startswith("crawler.daemon") and layer(name) < layer("crawler.daemon"))
    ]
    assert not offenders, offenders


def _cycles(graph: dict[str, list[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for dep in graph.get(node, []):
            if dep not in index:
                visit(dep)
                low[node] = min(low[node], low[dep])
            elif dep in on_stack:
                low[node] = min(low[node], index[dep])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles_between_modules():
    assert _cycles(GRAPH) == []


def unit(module: str) -> str:
    """The folder-level unit of a module: its package, with ``crawler/`` split in its
    layers (the Scrapy project, the daemon and runner, the CLI) and ``notify/`` part of the
    Scrapy project's layer (the run recorder records messages as a run ends)."""
    top = module.split(".")[0]
    if top in ("crawler", "notify"):
        return {3: "crawler (project)", 6: "crawler (daemon, runner)", 7: "crawler.cli"}[
            layer(module)]
    return top


def test_no_import_cycles_between_packages():
    units: dict[str, set[str]] = {}
    for name, deps in GRAPH.items():
        units.setdefault(unit(name), set()).update(unit(d) for d in deps)
    graph = {u: sorted(d for d in deps if d != u) for u, deps in units.items()}
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}) == [["a", "b", "c"]]


def test_frozen_migrations_import_no_project_module():
    """An old migration must not change when a live module does (docs/architecture.md)."""
    assert "db.migrations" in GRAPH
    assert GRAPH["db.migrations"] == []


def _python_files_of_the_checkout() -> list[Path]:
    files = sorted(REPO_ROOT.glob("*.py"))
    for folder in sorted(REPO_ROOT.iterdir()):
        if folder.is_dir() and not folder.name.startswith((".", "__")) and folder.name not in (
                "node_modules", "build", "dist"):
            files.extend(sorted(folder.rglob("*.py")))
    return files


def _lines_of_the_checkout(check: Callable[[Path], list[int]]) -> list[str]:
    """``path:line`` for every line ``check`` reports in the checkout's Python files."""
    return [f"{path.relative_to(REPO_ROOT)}:{line}"
            for path in _python_files_of_the_checkout() for line in check(path)]


def _is_sys_path(node: ast.AST) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "path"
            and isinstance(node.value, ast.Name) and node.value.id == "sys")


def import_path_edits(path: Path) -> list[int]:
    """Lines of ``path`` that change ``sys.path`` (a method call on it, or an assignment)."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AugAssign) else [])
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and _is_sys_path(node.func.value)) or any(
                _is_sys_path(t) or (isinstance(t, ast.Subscript) and _is_sys_path(t.value))
                for t in targets):
            lines.append(node.lineno)
    return sorted(lines)


def test_no_code_edits_the_import_path():
    """Imports resolve through the installed project, pytest's ``pythonpath`` and a script's
    own folder (docs/architecture.md, "Tests"; ``benchmarks/__init__.py``), never through
    edits of ``sys.path``."""
    assert not _lines_of_the_checkout(import_path_edits)


def test_the_import_path_check_finds_every_kind_of_edit(tmp_path):
    script = tmp_path / "script.py"
    script.write_text("import sys\nsys.path.insert(0, 'x')\nsys.path[:] = []\n"
                      "sys.path += ['y']\nprint(sys.path)\nsys.path = ['z']\n")
    assert import_path_edits(script) == [2, 3, 4, 6]


def conftest_imports(path: Path) -> list[int]:
    """Lines of ``path`` that import from a ``conftest`` module."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        names = ([node.module or ""] if isinstance(node, ast.ImportFrom)
                 else [alias.name for alias in node.names] if isinstance(node, ast.Import) else [])
        if any(name.split(".")[-1] == "conftest" for name in names):
            lines.append(node.lineno)
    return sorted(lines)


def test_no_code_imports_from_a_conftest():
    """A conftest holds fixtures for its folder; helpers other files import live in plain
    modules (``tests/paths.py``, ``tests/processes.py``, ``tests/web/sample.py`` …), so a
    helper's home does not depend on which folder first needed it."""
    assert not _lines_of_the_checkout(conftest_imports)


def test_the_conftest_import_check_finds_both_spellings(tmp_path):
    script = tmp_path / "script.py"
    script.write_text("from tests.web.conftest import x\nimport tests.conftest\n"
                      "from conftest import y\nfrom tests.paths import REPO_ROOT\n")
    assert conftest_imports(script) == [1, 2, 3]
