"""Fixtures of the web tests: the sample store (``tests/web/sample.py``) and a server on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web.sample import Served, fill_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("web") / "presswatch.db"
    return path, fill_store(path)


@pytest.fixture(scope="module")
def served(store) -> Iterator[Served]:
    server = Served(store[0])
    try:
        yield server
    finally:
        server.stop()
