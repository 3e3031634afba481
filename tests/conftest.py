"""Fixtures shared by every test folder: a fresh database file and the CLI runner, and the
crawl fixtures of ``tests/crawl/fixtures.py`` (the notify tests crawl too).

Helpers that test files import live in plain modules (``tests/paths.py``,
``tests/processes.py``, ``tests/harness.py`` …), never in a conftest."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from db import open_db

pytest_plugins = ("tests.crawl.fixtures",)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Path of a database that does not exist yet."""
    return tmp_path / "presswatch.db"


@pytest.fixture
def fresh_db(db_path: Path):
    """An empty, migrated presswatch database in a temporary file."""
    db = open_db(db_path)
    yield db
    db.close()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
