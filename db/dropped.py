"""The ``dropped`` table: every fetched item that did not become an article or a sighting."""

from __future__ import annotations

import sqlite_utils

from db.connection import utcnow, write_transaction

# Reasons after which the URL is not fetched again: its content will not change into an
# article. Transient ones (timeouts, 5xx) are retried by the next crawl.
PERMANENT_REASONS = frozenset(
    {"irrelevant", "not_article", "empty", "too_large", "off_site", "not_found", "redirect_loop"}
)


def record_dropped(
    db: sqlite_utils.Database,
    url: str,
    reason: str,
    *,
    detail: str | None = None,
    source: str | None = None,
    run_id: int | None = None,
    permanent: bool | None = None,
) -> int:
    """Insert a dropped row; ``permanent`` defaults from :data:`PERMANENT_REASONS`."""
    if permanent is None:
        permanent = reason in PERMANENT_REASONS
    with write_transaction(db):
        cursor = db.execute(
            "INSERT INTO dropped (url, source, run_id, dropped_at, reason, detail, permanent) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [url, source, run_id, utcnow(), reason, (detail or "")[:2000], int(permanent)],
        )
    return cursor.lastrowid
