"""A crawl killed between listing pages loses nothing: the next crawl catches up.

Real processes on the nbd replica: the first crawl is killed with SIGKILL once page 1's
articles are stored and page 2 of the column is being fetched (the replica stalls it);
the next crawl must not stop at "nothing unseen on page 1" and must fetch page 2's
articles. Then a third crawl, after that completed walk, is back to the usual stop.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from crawler.replica import ReplicaServer
from tests.harness import POLITENESS_OFF, CrawlHarness
from tests.sites.replica_texts import NBD, NOW

pytestmark = pytest.mark.slow

HOST = "www.nbd.com.cn"
PAGE_2 = "/columns/3/page/2"


def handled(db_path: Path, urls: list[str]) -> set[str]:
    """Which of ``urls`` have an article, sighting or dropped row (the pipeline is done)."""
    conn = sqlite3.connect(db_path, timeout=30)
    try:
        found = set()
        for url in urls:
            if conn.execute("SELECT 1 FROM articles WHERE url = ? UNION ALL "
                            "SELECT 1 FROM sightings WHERE url = ? UNION ALL "
                            "SELECT 1 FROM dropped WHERE url = ?", [url, url, url]).fetchone():
                found.add(url)
        return found
    finally:
        conn.close()


def test_crawl_killed_between_listing_pages_loses_nothing(tmp_path):
    column = NBD["columns"][0]
    page1 = [e["url"] for e in column["pages"][0]]
    page2 = [e["url"] for e in column["pages"][1]]
    db_path = tmp_path / "nbd-resume.db"
    with ReplicaServer() as server:
        crawl = CrawlHarness(server, db_path, tmp_path, NOW, settings=POLITENESS_OFF)
        crawl.init()
        server.fault(HOST, PAGE_2, stall=60)
        proc = crawl.start("nbd", env={"PRESSWATCH_LOG_LEVEL": "INFO"},
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                asked = any(r.path == PAGE_2 for r in server.requests)
                if asked and handled(db_path, page1) == set(page1):
                    break
                assert proc.poll() is None, "the crawl ended before it could be killed"
                time.sleep(0.2)
            else:
                pytest.fail("page 1's articles were not all stored in time")
            time.sleep(0.5)
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait(timeout=30)
        assert handled(db_path, page2) == set()  # page 2 never got through
        server.clear_faults()

        second = crawl.run("nbd", timeout=120)
        assert second.returncode == 0, second.stderr[-3000:]
        fetched = {"https://" + f for f in second.fetched}
        assert set(page2) <= fetched, second.fetched  # the walk went on to page 2
        assert handled(db_path, page2) == set(page2)
        assert "catching up" in second.stderr

        third = crawl.run("nbd", timeout=120)
        assert third.returncode == 0, third.stderr[-3000:]
        assert not any("/articles/" in f for f in third.fetched)
        assert "catching up" not in third.stderr
