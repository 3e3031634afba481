"""HTTP validators (ETag / Last-Modified) of listing and feed pages, per URL.

A crawl sends them back as ``If-None-Match`` / ``If-Modified-Since``; an unchanged listing
then answers ``304 Not Modified`` and costs nothing more. The table is created by migration
``_v4_fetch_validators`` in ``db/migrations.py``.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from db.connection import utcnow, write_transaction


def get_validators(db: sqlite_utils.Database, url: str) -> tuple[str | None, str | None] | None:
    """``(etag, last_modified)`` last seen for ``url``, or None."""
    row = db.execute(
        "SELECT etag, last_modified FROM fetch_validators WHERE url = ?", [url]
    ).fetchone()
    return (row[0], row[1]) if row else None


def save_validators(
    db: sqlite_utils.Database,
    entries: Iterable[tuple[str, str | None, str | None]],
    *,
    source: str | None = None,
) -> int:
    """Store ``(url, etag, last_modified)`` triples in one transaction; return how many."""
    now = utcnow()
    rows = [(url, source, etag, modified, now) for url, etag, modified in entries]
    if not rows:
        return 0
    with write_transaction(db):
        db.conn.executemany(
            "INSERT INTO fetch_validators (url, source, etag, last_modified, checked_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET source = excluded.source, "
            "etag = excluded.etag, last_modified = excluded.last_modified, "
            "checked_at = excluded.checked_at",
            rows,
        )
    return len(rows)
