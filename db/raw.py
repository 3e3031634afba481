"""Raw responses, kept zlib-compressed so pipelines can be re-run after a rule improves."""

from __future__ import annotations

import json
import zlib
from typing import Any

import sqlite_utils

from db.connection import utcnow


def save_raw(
    db: sqlite_utils.Database,
    *,
    url: str,
    body: bytes,
    final_url: str | None = None,
    source: str | None = None,
    fetched_at: str | None = None,
    http_status: int | None = None,
    headers: dict[str, str] | None = None,
    encoding: str | None = None,
    meta: dict[str, Any] | None = None,
) -> int:
    """Store one response body compressed; return its id.

    One statement, atomic on its own: no savepoint of its own (inside a caller's
    transaction it is committed with the rest of the item's writes)."""
    cursor = db.execute(
        "INSERT INTO raw_pages (url, final_url, source, fetched_at, http_status, headers, "
        "encoding, size, meta, body_zlib) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            url,
            final_url or url,
            source,
            fetched_at or utcnow(),
            http_status,
            json.dumps(headers or {}, ensure_ascii=False),
            encoding,
            len(body),
            json.dumps(meta or {}, ensure_ascii=False, sort_keys=True),
            zlib.compress(body, 6),
        ],
    )
    return cursor.lastrowid


def count_raw(db: sqlite_utils.Database, *, source: str | None = None) -> int:
    """How many stored responses :func:`iter_raw` will yield (for progress)."""
    table = db.table("raw_pages")
    return table.count_where("source = ?", [source]) if source else table.count


def iter_raw(db: sqlite_utils.Database, *, source: str | None = None):
    """Yield stored responses (oldest first) as dicts with the body decompressed."""
    sql = (
        "SELECT id, url, final_url, source, fetched_at, http_status, headers, encoding, meta, "
        "body_zlib FROM raw_pages"
    )
    params: list[str] = []
    if source:
        sql += " WHERE source = ?"
        params.append(source)
    for row in db.execute(sql + " ORDER BY id", params):
        yield {
            "id": row[0],
            "url": row[1],
            "final_url": row[2],
            "source": row[3],
            "fetched_at": row[4],
            "http_status": row[5],
            "headers": json.loads(row[6] or "{}"),
            "encoding": row[7],
            "meta": json.loads(row[8] or "{}"),
            "body": zlib.decompress(row[9]),
        }
