"""Crawl state across runs: catch-up after an unfinished walk, and what listings showed.

*Catch-up.* A crawl that did not finish its walk of a source's listings (killed, timed
out, stopped by an error: any run whose final status is not ``ok``, or that never got one)
may have stored page 1's articles and never reached page 2. The next crawl must then not
stop at "nothing unseen on this page" nor at a listing's 304: it walks on until it meets an
entry that was already known when the last *completed* walk (an ``ok`` run) ended, or the
window/page caps. :func:`catch_up_state` tells a crawl whether it is in catch-up and since
when entries count as "known from a completed walk"; :func:`known_before` answers that for
one URL. Both read ``crawl_runs``, ``articles``, ``sightings`` and ``dropped`` only.

*Listing pages* (table ``listing_pages``, migration "crawl catch-up state"): each listing
page a run read, how many entries it gave, whether its entries came from the fallback, and
the next page found. ``presswatch status`` uses it to flag a listing that gave no entry,
and one whose earlier crawls found a next page while the latest did not.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlite_utils

from db.connection import utcnow, write_transaction


def catch_up_state(db: sqlite_utils.Database, source: str,
                   run_id: int | None = None) -> tuple[bool, str | None]:
    """``(in_catch_up, completed_at)`` for a new crawl of ``source`` (run ``run_id``).

    ``in_catch_up`` is true when the source's previous run did not end ``ok``;
    ``completed_at`` is when its latest ``ok`` run finished (None: never).
    """
    exclude = int(run_id) if run_id is not None else -1
    last = db.execute(
        "SELECT status FROM crawl_runs WHERE source = ? AND id != ? ORDER BY id DESC LIMIT 1",
        [source, exclude],
    ).fetchone()
    done = db.execute(
        "SELECT MAX(finished_at) FROM crawl_runs WHERE source = ? AND id != ? "
        "AND status = 'ok'",
        [source, exclude],
    ).fetchone()
    return (last is not None and last[0] != "ok"), (done[0] if done else None)


def known_before(db: sqlite_utils.Database, url: str, when: str | None) -> bool:
    """True when ``url`` was stored, sighted or permanently dropped at or before ``when``."""
    if when is None:
        return False
    return db.execute(
        "SELECT 1 FROM articles WHERE url = ? AND fetched_at <= ? UNION ALL "
        "SELECT 1 FROM sightings WHERE url = ? AND seen_at <= ? UNION ALL "
        "SELECT 1 FROM dropped WHERE url = ? AND permanent = 1 AND dropped_at <= ? LIMIT 1",
        [url, when, url, when, url, when],
    ).fetchone() is not None


def record_listing_pages(db: sqlite_utils.Database, run_id: int | None, source: str,
                         pages: Iterable[dict[str, Any]]) -> int:
    """Store what each listing page of run ``run_id`` showed; return how many rows."""
    rows = [
        [run_id, source, p["url"], p.get("start_url"), int(p.get("page", 1)),
         int(p.get("entries", 0)), 1 if p.get("fallback") else 0, p.get("next_url"), utcnow()]
        for p in pages
    ]
    if not rows:
        return 0
    with write_transaction(db):
        db.conn.executemany(
            "INSERT INTO listing_pages (run_id, source, url, start_url, page, entries, "
            "fallback, next_url, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return len(rows)


def listing_warnings(db: sqlite_utils.Database, source: str) -> list[str]:
    """Problems the latest run of ``source`` showed on its first listing pages.

    - a first page that gave no entry at all;
    - a first page without a next page whose earlier runs had found one.
    """
    latest = db.execute(
        "SELECT MAX(run_id) FROM listing_pages WHERE source = ?", [source]
    ).fetchone()[0]
    if latest is None:
        return []
    warnings = []
    firsts = db.execute(
        "SELECT url, start_url, entries, next_url FROM listing_pages "
        "WHERE source = ? AND run_id = ? AND page = 1 ORDER BY id",
        [source, latest],
    ).fetchall()
    for url, start_url, entries, next_url in firsts:
        if entries == 0:
            warnings.append(f"listing {url} gave 0 entries in run {latest}")
            continue
        if next_url:
            continue
        earlier = db.execute(
            "SELECT COUNT(*) FROM listing_pages WHERE source = ? AND run_id < ? AND page = 1 "
            "AND COALESCE(start_url, url) = ? AND next_url IS NOT NULL",
            [source, latest, start_url or url],
        ).fetchone()[0]
        if earlier:
            warnings.append(f"listing {url}: no next page found in run {latest}, though "
                            f"{earlier} earlier run(s) found one (pager markup changed?)")
    return warnings


def article_quality(db: sqlite_utils.Database, run: dict[str, Any]) -> str | None:
    """A warning when every article stored during ``run`` lacks a date, or a headline."""
    if not run.get("started_at"):
        return None
    row = db.execute(
        "SELECT COUNT(*), SUM(published_at IS NULL OR published_at = ''), "
        "SUM(title IS NULL OR TRIM(title) = '') FROM articles "
        "WHERE source = ? AND fetched_at >= ? AND fetched_at <= COALESCE(?, fetched_at)",
        [run["source"], run["started_at"], run.get("finished_at")],
    ).fetchone()
    total, undated, untitled = row[0] or 0, row[1] or 0, row[2] or 0
    if total == 0:
        return None
    missing = [what for what, count in (("a date", undated), ("a headline", untitled))
               if count == total]
    if not missing:
        return None
    return (f"all {total} article(s) of run {run['id']} came out without "
            f"{' or '.join(missing)} (article selectors no longer match?)")


def check_facts(db: sqlite_utils.Database, source: str) -> dict[str, Any]:
    """What one (check) crawl of ``source`` showed: its first listing pages, the first
    article stored, the dropped rows with their reasons (for ``sources --check``)."""
    listings = [
        {"url": url, "entries": entries, "next_url": next_url, "fallback": bool(fallback)}
        for url, entries, next_url, fallback in db.execute(
            "SELECT url, entries, next_url, fallback FROM listing_pages "
            "WHERE source = ? AND page = 1 ORDER BY id", [source])
    ]
    row = db.execute(
        "SELECT url, title, published_at, LENGTH(body) FROM articles WHERE source = ? "
        "AND status != 'reference' ORDER BY id LIMIT 1", [source]).fetchone()
    article = None if row is None else {"url": row[0], "title": row[1], "published_at": row[2],
                                        "length": row[3] or 0}
    dropped = [{"url": u, "reason": r, "detail": d} for u, r, d in db.execute(
        "SELECT url, reason, detail FROM dropped WHERE source = ? ORDER BY id", [source])]
    return {"listings": listings, "article": article, "dropped": dropped}
