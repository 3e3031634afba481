"""A Click group that imports a command's module only when that command runs.

``presswatch --help`` and ``presswatch check`` used to import every command module, and
with them Scrapy, Twisted, APScheduler, NumPy and sqlite-utils: over a second before any
work. :class:`LazyGroup` reads each module's source instead (``ast``: the names in its
``commands`` list, their decorators and docstrings) to list commands and their one-line
help, and imports a module when one of its commands is asked for. A module whose commands
cannot be read that way is simply imported.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
from dataclasses import dataclass
from typing import Any

import click

_SUFFIXES = {"command", "cmd", "group", "grp"}


@dataclass(frozen=True)
class CommandStub:
    """What the top-level help needs of a command, read from source without importing it."""

    name: str
    module: str
    help: str
    hidden: bool = False

    def short_help(self, limit: int) -> str:
        """The one-line help Click would show for the command (its own rule)."""
        return click.Command(self.name, help=self.help).get_short_help_str(limit)


def _command_name(function: str) -> str:
    """The name Click gives a command defined by ``function`` without an explicit name."""
    name = function.lower().replace("_", "-")
    left, sep, suffix = name.rpartition("-")
    return left if sep and suffix in _SUFFIXES else name


def _tree(module: str) -> ast.Module | None:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.origin or not spec.origin.endswith(".py"):
        return None
    with open(spec.origin, encoding="utf-8") as handle:
        return ast.parse(handle.read(), filename=spec.origin)


def _stub(function: ast.FunctionDef, module: str) -> CommandStub | None:
    for decorator in function.decorator_list:
        call = decorator if isinstance(decorator, ast.Call) else None
        target = call.func if call else decorator
        kind = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        if kind not in ("command", "group"):
            continue
        name = _command_name(function.name)
        hidden = False
        if call is not None:
            if call.args and isinstance(call.args[0], ast.Constant):
                name = str(call.args[0].value)
            for keyword in call.keywords:
                if keyword.arg == "name" and isinstance(keyword.value, ast.Constant):
                    name = str(keyword.value.value)
                if keyword.arg == "hidden" and isinstance(keyword.value, ast.Constant):
                    hidden = bool(keyword.value.value)
                if keyword.arg in ("help", "short_help"):
                    return None  # help not in the docstring: let the import tell
        return CommandStub(name, module, ast.get_docstring(function) or "", hidden)
    return None


def read_stubs(module: str) -> list[CommandStub] | None:
    """The commands ``module`` registers (its ``commands`` list), or None when unsure."""
    tree = _tree(module)
    if tree is None:
        return None
    functions = {node.name: (node, module) for node in tree.body
                 if isinstance(node, ast.FunctionDef)}
    imported = {alias.asname or alias.name: (node.module, alias.name)
                for node in tree.body if isinstance(node, ast.ImportFrom) and node.module
                for alias in node.names}
    listed = next((node.value for node in tree.body if isinstance(node, ast.Assign)
                   and any(getattr(t, "id", None) == "commands" for t in node.targets)), None)
    if not isinstance(listed, ast.List):
        return None
    stubs = []
    for element in listed.elts:
        if not isinstance(element, ast.Name):
            return None
        found = functions.get(element.id)
        if found is None and element.id in imported:
            source, original = imported[element.id]
            other = _tree(source)
            node = next((n for n in other.body if isinstance(n, ast.FunctionDef)
                         and n.name == original), None) if other else None
            found = (node, module) if node else None
        stub = _stub(*found) if found else None
        if stub is None:
            return None
        stubs.append(stub)
    return stubs


class LazyGroup(click.Group):
    """A group whose commands live in ``package.<module>`` files, imported on demand."""

    def __init__(self, *args: Any, package: str, modules: tuple[str, ...], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._package = package
        self._pending = [f"{package}.{module}" for module in modules]
        self._stubs: dict[str, CommandStub] | None = None

    def _index(self) -> dict[str, CommandStub]:
        if self._stubs is None:
            self._stubs = {}
            for module in list(self._pending):
                stubs = read_stubs(module)
                if stubs is None:
                    self._load(module)
                    continue
                self._stubs.update((stub.name, stub) for stub in stubs)
        return self._stubs

    def _load(self, module: str) -> None:
        if module in self._pending:
            self._pending.remove(module)
            for command in importlib.import_module(module).commands:
                self.add_command(command)

    def load_all(self) -> dict[str, click.Command]:
        """Import every command module; return the commands (for tests and docs)."""
        for module in list(self._pending):
            self._load(module)
        return self.commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(self.commands) | set(self._index()))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            stub = self._index().get(cmd_name)
            if stub is not None:
                self._load(stub.module)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of ``--help`` from the stubs: no command module is imported."""
        index = self._index()
        rows = []
        for name in self.list_commands(ctx):
            command = self.commands.get(name)
            if command is not None:
                if not command.hidden:
                    rows.append((name, command))
                continue
            stub = index[name]
            if not stub.hidden:
                rows.append((name, stub))
        if not rows:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in rows)
        lines = []
        for name, item in rows:
            if isinstance(item, CommandStub):
                lines.append((name, item.short_help(limit)))
            else:
                lines.append((name, item.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(lines)
