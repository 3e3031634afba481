"""The daemon driving real crawls (``python -m crawler.crawl``) of the bundled replicas."""

from __future__ import annotations

import json
import signal
import sqlite3
import sys
import time

import pytest

from crawler.replica import ReplicaServer

pytestmark = pytest.mark.slow

FEED_HOST = "finance.people.com.cn"
STORED_FIRST = "/n1/2025/0110/c1004-40399001.html"
STALLED = "/n1/2025/0110/c1004-40399025.html"
NOW = "2025-01-24T12:00:00+08:00"  # the replicas' articles are from January 2025
FAST = ("--set DOWNLOAD_DELAY=0 --set AUTOTHROTTLE_ENABLED=False --set RETRY_TIMES=1 "
        "--set DOWNLOAD_TIMEOUT=5")


@pytest.fixture
def replica():
    with ReplicaServer() as server:
        yield server


@pytest.fixture
def real_kit(kit, replica):
    """The daemon world, crawling people_finance (an RSS feed) from the replica."""
    kit.env.update({
        "PRESSWATCH_DAEMON_CRAWL_COMMAND": f"{sys.executable} -m crawler.crawl {FAST}",
        "PRESSWATCH_HOST_MAP": json.dumps(replica.host_map()),
        "PRESSWATCH_NOW": NOW,
    })
    return kit


def _slow_downloads(kit) -> None:
    """Let a stalled request hang instead of timing out, so a crawl stays mid-way."""
    kit.env["PRESSWATCH_DAEMON_CRAWL_COMMAND"] = kit.env[
        "PRESSWATCH_DAEMON_CRAWL_COMMAND"].replace("DOWNLOAD_TIMEOUT=5", "DOWNLOAD_TIMEOUT=120")


def _people_sources(kit, interval: str) -> None:
    kit.write_sources({})
    kit.sources_file.write_text(
        kit.sources_file.read_text().replace(
            "[sources.people_finance]\nenabled = false\n", "")
        + f'\n[sources.people_finance]\nenabled = true\nwindow_days = 30\ninterval = "{interval}"\n'
    )


def _rows(kit, sql: str, params=()) -> list[dict]:
    conn = sqlite3.connect(kit.db_path, timeout=15)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(sql, params)]
    finally:
        conn.close()


def _has_article(kit, url: str) -> bool:
    try:
        return bool(_rows(kit, "SELECT id FROM articles WHERE url = ?", (url,)))
    except sqlite3.OperationalError:  # the daemon has not created the tables yet
        return False


def test_real_crawls_are_recorded_in_order_with_counts(real_kit):
    kit = real_kit
    _people_sources(kit, "5m")  # every 5 s at the test scale
    proc = kit.start()
    kit.wait_for(lambda: len([r for r in kit.runs() if r["status"] != "running"]) >= 2,
                 timeout=60, what="two finished crawls")
    code, err = kit.stop(proc)
    assert code == 0, err
    runs = [r for r in kit.runs() if r["status"] != "killed"]
    first, second = runs[0], runs[1]
    assert (first["status"], first["items"], first["new"], first["dropped"]) == ("ok", 3, 2, 1)
    # The second crawl finds nothing new and stores nothing twice.
    assert second["status"] == "ok" and second["new"] == 0
    assert second["started_at"] >= first["finished_at"]
    urls = [a["url"] for a in _rows(kit, "SELECT url FROM articles WHERE source = ?",
                                    ("people_finance",))]
    assert sorted(urls) == sorted(f"http://{FEED_HOST}{p}" for p in (STORED_FIRST, STALLED))
    assert f"run {first['id']} of people_finance ended ok" in kit.log_text()


def test_kill_9_during_a_real_crawl_then_restart_completes_what_was_missed(real_kit, replica):
    kit = real_kit
    _people_sources(kit, "60m")  # one minute at the test scale: no second scheduled run
    _slow_downloads(kit)
    replica.fault(FEED_HOST, STALLED, stall=60)
    first = kit.start()
    stored = f"http://{FEED_HOST}{STORED_FIRST}"
    kit.wait_for(lambda: _has_article(kit, stored),
                 timeout=60, what="one article stored while another is still being fetched")
    interrupted = kit.runs()[-1]
    assert interrupted["status"] == "running"
    missed = f"http://{FEED_HOST}{STALLED}"
    assert not _has_article(kit, missed)
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=10)

    replica.clear_faults()
    replica.clear_log()
    second = kit.start()
    kit.wait_for(lambda: any(r["status"] == "ok" for r in kit.runs()), timeout=60,
                 what="the crawl after the restart")
    assert kit.stop(second)[0] == 0

    runs = kit.runs()
    assert runs[0]["id"] == interrupted["id"]
    assert runs[0]["status"] == "killed" and "interrupted" in runs[0]["message"]
    assert runs[1]["status"] == "ok"
    assert [r["status"] for r in runs[2:]] == []  # one prompt crawl, then the rhythm
    assert _rows(kit, "PRAGMA integrity_check")[0]["integrity_check"] == "ok"
    articles = _rows(kit, "SELECT url, title, body, content_hash FROM articles "
                          "WHERE source = 'people_finance'")
    assert sorted(a["url"] for a in articles) == sorted(
        f"http://{FEED_HOST}{p}" for p in (STORED_FIRST, STALLED))
    assert all(a["title"] and a["body"] and a["content_hash"] for a in articles)
    sightings = _rows(kit, "SELECT url, COUNT(*) AS n FROM sightings GROUP BY url")
    assert all(row["n"] == 1 for row in sightings)
    # The restart fetched the missed article; the stored one was not fetched again.
    fetched = replica.fetched(FEED_HOST)
    assert STALLED in fetched and STORED_FIRST not in fetched


def test_sigterm_during_a_real_crawl_finalises_the_run(real_kit, replica):
    kit = real_kit
    _people_sources(kit, "60m")
    _slow_downloads(kit)
    replica.fault(FEED_HOST, STALLED, stall=60)
    proc = kit.start(PRESSWATCH_DAEMON_STOP_GRACE="1", PRESSWATCH_DAEMON_KILL_AFTER="5")
    stored = f"http://{FEED_HOST}{STORED_FIRST}"
    kit.wait_for(lambda: _has_article(kit, stored),
                 timeout=60, what="the crawl to be mid-way")
    started = time.monotonic()
    code, err = kit.stop(proc)
    assert code == 0, err
    assert time.monotonic() - started < 30
    runs = kit.runs()
    assert len(runs) == 1 and runs[0]["status"] == "killed" and runs[0]["finished_at"]
    assert _rows(kit, "PRAGMA integrity_check")[0]["integrity_check"] == "ok"
