"""Group commit: a crawl process killed with SIGKILL loses at most its open group of
writes; the store stays consistent and the next crawl stores the rest.

A real crawl process (``python -m crawler.crawl``) against a real replica server on
127.0.0.1, into a real SQLite file.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from benchmarks.crawl import HOST, NOW, build_site, write_sources
from crawler.replica import ReplicaServer
from tests.harness import POLITENESS_OFF, CrawlHarness

pytestmark = pytest.mark.slow

PAGES = 40
FAST = 25  # pages answered at once; the others stall until the crawl is killed
GROUP = 10  # PRESSWATCH_COMMIT_ITEMS


def _crawl(db: Path, sources: Path, server: ReplicaServer, cwd: Path) -> subprocess.Popen:
    settings = ("ROBOTSTXT_OBEY=False", *POLITENESS_OFF, "CONCURRENT_REQUESTS=8",
                "CONCURRENT_REQUESTS_PER_DOMAIN=8", f"PRESSWATCH_COMMIT_ITEMS={GROUP}",
                "PRESSWATCH_COMMIT_SECONDS=600", "DOWNLOAD_TIMEOUT=120", "RETRY_ENABLED=False")
    return CrawlHarness(server, db, cwd, NOW, sources, settings).start(
        "bench", stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0
    finally:
        conn.close()


def _wait(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def test_a_killed_crawl_loses_at_most_its_open_group_and_the_next_crawl_stores_the_rest(
        tmp_path):
    root = tmp_path / "replicas"
    paths = build_site(root, PAGES)
    sources = write_sources(tmp_path)
    db = tmp_path / "store.db"
    with ReplicaServer(root) as server:
        for path in paths[FAST:]:
            server.fault(HOST, path, stall=120)
        crawl = _crawl(db, sources, server, tmp_path)
        try:
            # two full groups committed, and every fast page fetched: the rest of them
            # (FAST - 2 * GROUP) sit in the open group when the process is killed
            _wait(lambda: _count(db, "SELECT count(*) FROM articles WHERE source = 'bench'")
                  >= 2 * GROUP, 180, "two committed groups")
            _wait(lambda: len(server.fetched(HOST, prefix="/a/")) >= FAST, 60,
                  "the fast pages to be fetched")
            time.sleep(2)  # the last fast pages go through ingest into the open group
        finally:
            crawl.send_signal(signal.SIGKILL)
            crawl.wait(timeout=30)
        assert crawl.returncode == -signal.SIGKILL

        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = conn.execute("SELECT count(*) FROM articles WHERE source = 'bench'"
                              ).fetchone()[0]
        # whole groups only: the open one is gone, nothing half-written
        assert stored == 2 * GROUP
        assert conn.execute(
            "SELECT count(*) FROM articles a WHERE source = 'bench' AND NOT EXISTS "
            "(SELECT 1 FROM raw_pages r WHERE r.final_url = a.url)").fetchone()[0] == 0
        assert conn.execute(
            "SELECT count(*) FROM articles a WHERE source = 'bench' AND NOT EXISTS "
            "(SELECT 1 FROM sightings s WHERE s.article_id = a.id)").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM raw_pages").fetchone()[0] == stored
        conn.close()

        server.clear_faults()
        server.clear_log()
        again = _crawl(db, sources, server, tmp_path)
        _, err = again.communicate(timeout=300)
        assert again.returncode == 0, err[-2000:]
        refetched = server.fetched(HOST, prefix="/a/")

    conn = sqlite3.connect(db)
    urls = [row[0] for row in conn.execute("SELECT url FROM articles WHERE source = 'bench'")]
    conn.close()
    assert len(urls) == len(set(urls)) == PAGES  # every page stored once
    # what the killed crawl had committed is known and not fetched again; the lost open
    # group and the stalled pages are
    assert len(refetched) == PAGES - 2 * GROUP
