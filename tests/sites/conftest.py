"""Fixtures for the site tests: the replica server and one real crawl per source.

Every source is crawled once per test session, lazily (only the sources whose tests run),
by a real ``python -m crawler.crawl`` process pointed at the replica server with
``PRESSWATCH_HOST_MAP``, into its own SQLite file prepared by ``presswatch init`` (so the
seed reference article is there). Politeness delays are switched off for speed; nothing
else about the crawl is changed.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import main as presswatch
from crawler.replica import ReplicaServer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from replica_texts import NOW

# The replica articles are dated January 2025: the crawls run with PRESSWATCH_NOW set to
# just after them, and the news sources get the 30-day window the government ones have, so
# the nbd column's older stories (and the seed copy) are inside it.
SOURCES_FILE = "[sources.nbd]\nwindow_days = 30\n[sources.chinanews]\nwindow_days = 30\n"


@dataclass
class Crawl:
    """One finished crawl: its process result and the database it filled."""

    source: str
    db_path: Path
    returncode: int
    stderr: str
    fetched: list[str]

    def rows(self, sql: str, *params: object) -> list[sqlite3.Row]:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()


@pytest.fixture(scope="session")
def replica_server():
    with ReplicaServer() as server:
        yield server


@pytest.fixture(scope="session")
def crawl_once(replica_server, tmp_path_factory):
    """``crawl_once(source)``: the :class:`Crawl` of ``source`` (run on first use)."""
    done: dict[str, Crawl] = {}
    workdir = tmp_path_factory.mktemp("site-crawls")
    sources_file = workdir / "sources.toml"
    sources_file.write_text(SOURCES_FILE, encoding="utf-8")

    def run(source: str) -> Crawl:
        if source in done:
            return done[source]
        db_path = workdir / f"{source}.db"
        result = CliRunner().invoke(presswatch, ["init", "--db", str(db_path)])
        assert result.exit_code == 0, result.output
        env = dict(os.environ)
        env.update({
            "PRESSWATCH_HOST_MAP": json.dumps(replica_server.host_map()),
            "PRESSWATCH_SOURCES_FILE": str(sources_file),
            "PRESSWATCH_NOW": NOW,
            "PRESSWATCH_LOG_LEVEL": "INFO",
        })
        before = len(replica_server.requests)
        proc = subprocess.run(
            [sys.executable, "-m", "crawler.crawl", "--db", str(db_path),
             "--sources-file", str(sources_file),
             "--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=False", source],
            cwd=workdir, env=env, capture_output=True, text=True, timeout=120,
        )
        fetched = [f"{r.host}{r.path}" for r in replica_server.requests[before:]]
        done[source] = Crawl(source, db_path, proc.returncode, proc.stderr, fetched)
        return done[source]

    return run
