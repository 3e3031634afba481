"""pyproject.toml tells the truth: every imported package declared with a floor the code
needs, the linter a test runs pinned, one version source, no dead settings."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib

from packaging.requirements import Requirement
from packaging.version import Version

from tests.paths import REPO_ROOT

PYPROJECT = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# Our own packages, as pyproject ships them (a new top-level package is counted at once).
PACKAGES = tuple(pattern.rstrip("*")
                 for pattern in PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"])


def _requirements(*groups: str) -> dict[str, Requirement]:
    lines = list(PYPROJECT["project"]["dependencies"])
    for group in groups:
        lines += PYPROJECT["project"]["optional-dependencies"][group]
    reqs = [Requirement(line) for line in lines]
    return {re.sub(r"[-_.]+", "-", r.name).lower(): r for r in reqs}


def _imports() -> set[str]:
    names: set[str] = set()
    files = [REPO_ROOT / "scheduler.py"]
    for package in PACKAGES:
        files += sorted((REPO_ROOT / package).rglob("*.py"))
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return names


def test_every_third_party_import_is_declared():
    ours = set(PACKAGES) | {"scheduler", "tests", "benchmarks"}
    owners = importlib.metadata.packages_distributions()
    declared = _requirements("web")
    missing = []
    for name in sorted(_imports() - ours - set(sys.stdlib_module_names)):
        dists = {re.sub(r"[-_.]+", "-", d).lower() for d in owners.get(name, [name])}
        if not dists & set(declared):
            missing.append(f"{name} ({', '.join(sorted(dists))})")
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"


def test_scrapy_floor_allows_only_versions_with_async_start():
    uses_async_start = any("async def start(self)" in p.read_text(encoding="utf-8")
                           for p in (REPO_ROOT / "spiders").rglob("*.py"))
    assert uses_async_start
    floor = next(Version(s.version) for s in _requirements()["scrapy"].specifier
                 if s.operator == ">=")
    assert floor >= Version("2.13"), "async def start() is ignored before Scrapy 2.13"


def test_ruff_is_pinned_to_the_version_installed():
    spec = str(_requirements("test")["ruff"].specifier)
    assert spec.startswith("=="), f"ruff must be pinned (a test runs it), not {spec!r}"
    assert spec[2:] == importlib.metadata.version("ruff")


def test_the_version_has_one_source():
    import crawler
    from crawler.settings import USER_AGENT

    assert crawler.__version__ == importlib.metadata.version("presswatch")
    assert crawler.__version__ == PYPROJECT["project"]["version"]
    assert f"presswatch/{crawler.__version__} " in USER_AGENT
    source = (REPO_ROOT / "crawler" / "__init__.py").read_text(encoding="utf-8")
    assert not re.search(r"""__version__\s*=\s*["']""", source), "a second version literal"


def test_no_leftover_request_fingerprinter_setting():
    settings = (REPO_ROOT / "crawler" / "settings.py").read_text(encoding="utf-8")
    assert "REQUEST_FINGERPRINTER_IMPLEMENTATION" not in settings
