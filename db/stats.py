"""Read-only summaries of the store for `presswatch stats` and `presswatch status`."""

from __future__ import annotations

from typing import Any

import sqlite_utils


def store_stats(db: sqlite_utils.Database, *, last_runs: int = 10) -> dict[str, Any]:
    """Articles by source and status, sighting and dropped counts, and the latest runs."""
    by_source: dict[str, dict[str, int]] = {}
    for source, status, count in db.execute(
        "SELECT source, status, count(*) FROM articles GROUP BY source, status ORDER BY source"
    ):
        by_source.setdefault(source, {})[status] = count
    by_status = dict(db.execute("SELECT status, count(*) FROM articles GROUP BY status"))
    sightings = dict(db.execute("SELECT kind, count(*) FROM sightings GROUP BY kind"))
    dropped = dict(
        db.execute("SELECT reason, count(*) FROM dropped GROUP BY reason ORDER BY 2 DESC")
    )
    runs = list(db.query(
        "SELECT id, source, status, started_at, finished_at, pages, items, new, duplicate, "
        "related, dropped, errors FROM crawl_runs ORDER BY id DESC LIMIT ?",
        [last_runs],
    ))
    return {
        "articles": sum(by_status.values()),
        "articles_by_status": by_status,
        "articles_by_source": by_source,
        "sightings_by_kind": sightings,
        "dropped_by_reason": dropped,
        "raw_pages": db.execute("SELECT count(*) FROM raw_pages").fetchone()[0],
        "last_runs": runs,
    }


_EVENT_COLUMNS = (
    "(SELECT e.id FROM event_articles ea JOIN events e ON e.id = ea.event_id "
    "WHERE ea.article_id = articles.id) AS event_id, "
    "(SELECT e.date FROM event_articles ea JOIN events e ON e.id = ea.event_id "
    "WHERE ea.article_id = articles.id) AS event_date, "
    "(SELECT e.title FROM event_articles ea JOIN events e ON e.id = ea.event_id "
    "WHERE ea.article_id = articles.id) AS event_title, "
)


def _event_columns(db: sqlite_utils.Database) -> str:
    """The event columns of an export; NULL in a store older than the events tables (read
    commands never migrate)."""
    if "event_articles" in db.table_names():
        return _EVENT_COLUMNS
    return "NULL AS event_id, NULL AS event_date, NULL AS event_title, "


def iter_articles(
    db: sqlite_utils.Database,
    *,
    source: str | None = None,
    status: str | None = None,
    since: str | None = None,
    found_since: str | None = None,
) -> Any:
    """Yield articles (without ``original_text``) for export, oldest first, with the
    ``event_id``, ``event_date`` and ``event_title`` of the press conference each reports on.

    ``since`` (ISO 8601) is compared with ``published_at`` as an instant, not as text;
    ``found_since`` likewise with ``fetched_at`` (when presswatch found the article).
    """
    clauses, params = [], []
    for clause, value in (("source = ?", source), ("status = ?", status),
                          ("datetime(published_at) >= datetime(?)", since),
                          ("datetime(fetched_at) >= datetime(?)", found_since)):
        if value:
            clauses.append(clause)
            params.append(value)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    yield from db.query(
        "SELECT id, url, source, title, published_at, fetched_at, media, author, status, "
        f"related_to, similarity, content_hash, {_event_columns(db)}body FROM articles{where} "
        "ORDER BY id",
        params,
    )
