"""Fixtures for the site tests: the replica server and one real crawl per source.

Every source is crawled once per test session, lazily (only the sources whose tests run);
see :func:`tests.harness.crawl_builtin_source` for how.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.replica import ReplicaServer
from tests.harness import CrawlRun, crawl_builtin_source
from tests.sites.replica_texts import NOW


@pytest.fixture(scope="session")
def replica_server():
    with ReplicaServer() as server:
        yield server


@pytest.fixture(scope="session")
def site_workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("site-crawls")


@pytest.fixture(scope="session")
def crawl_once(replica_server, site_workdir):
    """``crawl_once(source)``: the :class:`CrawlRun` of ``source`` (run on first use)."""
    done: dict[str, CrawlRun] = {}

    def run(source: str) -> CrawlRun:
        if source not in done:
            done[source] = crawl_builtin_source(replica_server, site_workdir, source, source,
                                                now=NOW)
        return done[source]

    return run
