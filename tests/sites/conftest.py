"""Fixtures for the site tests: the replica server and one real crawl per source.

Every source is crawled once per test session, lazily (only the sources whose tests run);
see ``site_crawl.crawl_process`` for how.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from crawler.replica import ReplicaServer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from site_crawl import Crawl, crawl_process


@pytest.fixture(scope="session")
def replica_server():
    with ReplicaServer() as server:
        yield server


@pytest.fixture(scope="session")
def site_workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("site-crawls")


@pytest.fixture(scope="session")
def crawl_once(replica_server, site_workdir):
    """``crawl_once(source)``: the :class:`Crawl` of ``source`` (run on first use)."""
    done: dict[str, Crawl] = {}

    def run(source: str) -> Crawl:
        if source not in done:
            done[source] = crawl_process(replica_server, site_workdir, source, source)
        return done[source]

    return run
