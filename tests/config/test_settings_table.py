"""The settings table (config/settings.py) is the one list of settings: code, Scrapy's
settings module, the dedup defaults and docs/settings.md all agree with it."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest

from config import settings as table
from tests.paths import REPO_ROOT

NAME = re.compile(r"(?<![A-Za-z0-9_])PRESSWATCH_[A-Z0-9_]+")  # not Click's _PRESSWATCH_COMPLETE
CODE_FOLDERS = ("config", "db", "pipelines", "crawler", "spiders", "notify", "web",
                "benchmarks", "tests", "contrib")
THIS_FILE = "tests/config/test_settings_table.py"


def _code_files():
    yield REPO_ROOT / "scheduler.py"
    for folder in CODE_FOLDERS:
        for path in sorted((REPO_ROOT / folder).rglob("*")):
            if path.suffix in (".py", ".service", ".toml", ".sh") and path.is_file():
                yield path


def names_in_code() -> dict[str, set[str]]:
    """Every ``PRESSWATCH_`` name written in the code, with the files it is in."""
    found: dict[str, set[str]] = {}
    for path in _code_files():
        relative = str(path.relative_to(REPO_ROOT))
        if relative == THIS_FILE:
            continue
        for name in NAME.findall(path.read_text(encoding="utf-8", errors="replace")):
            found.setdefault(name, set()).add(relative)
    return found


def test_every_presswatch_name_in_the_code_is_a_setting_of_the_table():
    unknown = {}
    for name, files in names_in_code().items():
        if name.endswith("_"):  # a prefix the code completes, e.g. f"PRESSWATCH_DEDUP_{x}"
            known = any(row.name.startswith(name) for row in table.SETTINGS)
        else:
            known = name in table.BY_NAME
        if not known:
            unknown[name] = sorted(files)
    assert not unknown, f"PRESSWATCH_ names missing from config/settings.py: {unknown}"


def test_the_name_scan_finds_names_and_prefixes():
    found = names_in_code()
    assert "PRESSWATCH_HOST_MAP" in found and "PRESSWATCH_RUN_TRIGGER" in found
    assert NAME.findall('f"PRESSWATCH_DEDUP_{name}"') == ["PRESSWATCH_DEDUP_"]


def test_each_setting_has_a_type_a_help_line_and_one_row():
    names = [row.name for row in table.SETTINGS]
    assert len(names) == len(set(names)), "a setting is listed twice"
    for row in table.SETTINGS:
        assert row.type in ("str", "path", "int", "float", "bool", "json", "dict", "list",
                            "callable"), row.name
        assert len(row.help) > 10, row.name


def test_docs_settings_page_is_generated_from_the_table():
    docs = (REPO_ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    assert docs == table.markdown(), (
        "docs/settings.md differs from the table: run "
        "`python -m config.settings > docs/settings.md`")


def test_every_presswatch_setting_is_in_docs_and_docs_name_no_other():
    docs = (REPO_ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    rows = {match.group(1): match.group(2)
            for match in re.finditer(r"^\| `(PRESSWATCH_[A-Z0-9_]+)` \| ([^|]*) \|", docs, re.M)}
    ours = [row for row in table.SETTINGS if row.name.startswith("PRESSWATCH_")]
    missing = [row.name for row in ours if row.name not in rows]
    assert not missing, f"settings missing from docs/settings.md: {missing}"
    stale = sorted(set(rows) - set(table.BY_NAME))
    assert not stale, f"docs/settings.md documents settings that do not exist: {stale}"
    # the "(env)" mark says whether the environment is read, as the table does
    wrong_env = [row.name for row in ours if ("env" in rows[row.name]) != row.env]
    assert not wrong_env, f"docs/settings.md marks (env) wrongly for: {wrong_env}"


def test_scrapy_reads_the_same_values_as_the_table(monkeypatch):
    from crawler import settings as scrapy_module

    for row in table.SETTINGS:
        if not row.env:
            assert getattr(scrapy_module, row.name) == row.default, row.name


def test_the_environment_wins_then_given_settings_then_the_default():
    name = "PRESSWATCH_HOST_MAP"
    assert table.value(name, environ={}) == "{}"
    assert table.value(name, {name: '{"a": "b"}'}, environ={}) == '{"a": "b"}'
    assert table.value(name, {name: '{"a": "b"}'}, environ={name: "{}"}) == "{}"
    # a setting the environment may not set ignores it
    assert table.value("PRESSWATCH_RAW_ENABLED", environ={"PRESSWATCH_RAW_ENABLED": "0"})
    with pytest.raises(KeyError):
        table.value("PRESSWATCH_NO_SUCH_SETTING")


def test_dedup_defaults_live_in_the_table_only():
    from pipelines.dedup_settings import DedupSettings

    defaults = DedupSettings()
    for field in fields(DedupSettings):
        assert getattr(defaults, field.name) == table.default(
            f"PRESSWATCH_DEDUP_{field.name.upper()}"), field.name
