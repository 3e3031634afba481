"""Crawl state across runs (``db.crawl_state``) and the ``status`` warnings built on it."""

from __future__ import annotations

from crawler.daemon.status import source_warnings
from db import open_db
from db.crawl_state import catch_up_state, known_before, record_listing_pages
from db.runs import finish_run, start_run


def add_article(db, url: str, fetched_at: str, *, title: str | None = "t",
                published: str | None = "2025-01-10T10:00:00+08:00") -> None:
    db.execute(
        "INSERT INTO articles (url, source, title, published_at, fetched_at, status, "
        "content_hash) VALUES (?, 'nbd', ?, ?, ?, 'new', ?)",
        [url, title, published, fetched_at, url])
    db.conn.commit()


def test_an_unfinished_walk_puts_the_source_in_catch_up(tmp_path):
    db = open_db(tmp_path / "s.db")
    assert catch_up_state(db, "nbd") == (False, None)
    ok = start_run(db, "nbd")
    finish_run(db, ok, "ok")
    behind, completed = catch_up_state(db, "nbd")
    assert not behind and completed
    killed = start_run(db, "nbd")  # left "running": the process was killed -9
    assert catch_up_state(db, "nbd", run_id=killed + 1) == (True, completed)
    current = start_run(db, "nbd")
    assert catch_up_state(db, "nbd", run_id=current)[0]
    finish_run(db, current, "ok")
    assert not catch_up_state(db, "nbd")[0]


def test_known_before_counts_only_what_a_completed_walk_saw(tmp_path):
    db = open_db(tmp_path / "s.db")
    add_article(db, "https://x.cn/a.html", "2025-01-10T00:00:00+00:00")
    add_article(db, "https://x.cn/b.html", "2025-01-12T00:00:00+00:00")
    when = "2025-01-11T00:00:00+00:00"
    assert known_before(db, "https://x.cn/a.html", when)
    assert not known_before(db, "https://x.cn/b.html", when)
    assert not known_before(db, "https://x.cn/a.html", None)


def test_status_flags_empty_listings_lost_next_pages_and_headless_articles(tmp_path):
    db = open_db(tmp_path / "s.db")
    first = start_run(db, "nbd")
    record_listing_pages(db, first, "nbd", [
        {"url": "https://x.cn/l/", "page": 1, "entries": 5, "next_url": "https://x.cn/l/2"}])
    finish_run(db, first, "ok")
    assert source_warnings(db, "nbd", {"id": first, "status": "ok"}) == []

    second = start_run(db, "nbd")
    record_listing_pages(db, second, "nbd", [
        {"url": "https://x.cn/l/", "page": 1, "entries": 5, "next_url": None},
        {"url": "https://x.cn/m/", "page": 1, "entries": 0, "next_url": None}])
    add_article(db, "https://x.cn/c.html", "2999-01-01T00:00:00+00:00", title=None)
    add_article(db, "https://x.cn/d.html", "2999-01-01T00:00:00+00:00", title="")
    db.execute("UPDATE crawl_runs SET started_at = '2999-01-01T00:00:00+00:00' WHERE id = ?",
               [second])
    db.conn.commit()
    finish_run(db, second, "partial")
    db.execute("UPDATE crawl_runs SET finished_at = '2999-01-01T00:00:01+00:00' WHERE id = ?",
               [second])
    db.conn.commit()
    warnings = source_warnings(db, "nbd", {"id": second, "status": "partial"})
    text = "\n".join(warnings)
    assert "https://x.cn/m/ gave 0 entries" in text
    assert "https://x.cn/l/: no next page found" in text
    assert "without a headline" in text and "without a date" not in text
    assert "did not finish its walk" in text
