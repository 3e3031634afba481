"""Fixtures shared by every test folder: a fresh database file and the CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from db import open_db

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED_FILE = REPO_ROOT / "crawler" / "reference" / "seed_article.txt"


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
