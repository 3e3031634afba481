"""Crawl fixtures: the generated test site (``tests/crawl/site.py``), its sources file, and a
crawl harness serving it (:class:`tests.harness.CrawlHarness`: real crawl processes against a
replica server on 127.0.0.1, into a real SQLite file).

A pytest plugin registered by ``tests/conftest.py``, so the crawl and notify tests share it
without importing fixtures from a conftest."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.replica import ReplicaServer
from tests.crawl.site import NOW, SOURCES_TOML, write_site
from tests.harness import FAST, CrawlHarness


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "replicas"
    write_site(root)
    return root


@pytest.fixture
def crawl(site: Path, tmp_path: Path):
    sources_file = tmp_path / "sources.toml"
    sources_file.write_text(SOURCES_TOML, encoding="utf-8")
    with ReplicaServer(site) as server:
        yield CrawlHarness(server, tmp_path / "crawl.db", tmp_path, NOW, sources_file, FAST)
