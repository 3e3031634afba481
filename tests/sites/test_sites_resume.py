"""A crawl killed between listing pages loses nothing: the next crawl catches up.

Real processes on the nbd replica: the first crawl is killed with SIGKILL once page 1's
articles are stored and page 2 of the column is being fetched (the replica stalls it);
the next crawl must not stop at "nothing unseen on page 1" and must fetch page 2's
articles. Then a third crawl, after that completed walk, is back to the usual stop.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import main as presswatch
from crawler.replica import ReplicaServer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from replica_texts import NBD, NOW
from site_crawl import crawl_process

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
    assert CliRunner().invoke(presswatch, ["init", "--db", str(db_path)]).exit_code == 0
    with ReplicaServer() as server:
        server.fault(HOST, PAGE_2, stall=60)
        env = dict(os.environ)
        env.update({"PRESSWATCH_HOST_MAP": json.dumps(server.host_map()),
                    "PRESSWATCH_SOURCES_FILE": str(tmp_path / "none.toml"),
                    "PRESSWATCH_NOW": NOW, "PRESSWATCH_LOG_LEVEL": "INFO"})
        proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.crawl", "--db", str(db_path), "--set",
             "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=False", "nbd"],
            cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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

        second = crawl_process(server, tmp_path, "nbd", "nbd-resume", fresh=False)
        assert second.returncode == 0, second.stderr[-3000:]
        fetched = {"https://" + f for f in second.fetched}
        assert set(page2) <= fetched, second.fetched  # the walk went on to page 2
        assert handled(db_path, page2) == set(page2)
        assert "catching up" in second.stderr

        third = crawl_process(server, tmp_path, "nbd", "nbd-resume", fresh=False)
        assert third.returncode == 0, third.stderr[-3000:]
        assert not any("/articles/" in f for f in third.fetched)
        assert "catching up" not in third.stderr
