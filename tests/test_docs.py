"""Docs checked by tests: every command has help, every setting is documented, the README's
test command is the one CI runs, and the code is ruff-clean."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import click
import pytest

from crawler import settings
from crawler.cli import main
from tests.paths import REPO_ROOT


def _commands(group: click.Group, prefix: str = ""):
    commands = group.load_all() if hasattr(group, "load_all") else group.commands
    for name, command in commands.items():
        yield f"{prefix}{name}", command
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix}{name} ")


@pytest.mark.parametrize("name", [name for name, _ in _commands(main)])
def test_every_command_has_help_and_is_in_the_readme(name, runner):
    command = dict(_commands(main))[name]
    assert command.help and len(command.help.strip()) > 20, f"{name} has no help text"
    result = runner.invoke(main, [*name.split(), "--help"])
    assert result.exit_code == 0
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert f"presswatch {name}" in readme, f"README does not mention 'presswatch {name}'"


def test_every_presswatch_setting_is_documented():
    documented = (REPO_ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    names = [n for n in dir(settings) if n.startswith("PRESSWATCH_")]
    missing = [n for n in names if f"`{n}`" not in documented]
    assert names and not missing, f"undocumented settings: {missing}"


def test_readme_test_command_is_what_ci_runs():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line for line in ci.splitlines() if "pytest" in line).strip()
    assert command in readme
    head = readme[:1500]
    assert command in head, "the test command must be among the first lines of README"


def test_code_is_ruff_clean():
    ruff = shutil.which("ruff") or str(REPO_ROOT / ".venv" / "bin" / "ruff")
    result = subprocess.run([ruff, "check", "."], cwd=REPO_ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout[-3000:]


def test_scrapy_finds_the_project_from_the_repository_root():
    result = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=REPO_ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert re.search(r"^\w+$", result.stdout, re.M), "scrapy list shows no spider"
