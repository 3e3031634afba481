"""Benchmark stores: bulk loads that bypass the normal write path (never on a real store).

Kept in ``db/`` because all SQL lives here; only ``benchmarks/`` calls it.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from db.connection import write_transaction


def bulk_load_benchmark_articles(
    db: sqlite_utils.Database, rows: Iterable[tuple[str, str, str, str, list[int], int]]
) -> int:
    """Insert ``(url, title, body, content_hash, keys, size)`` rows straight into
    ``articles`` and the dedup index, for benchmark stores only.

    The full-text search triggers of this database are dropped first (a trigram index of a
    million 2,000-character bodies would dominate the build and is not read by a dedup
    verdict); sightings are not written. Never use this on a real store.
    """
    # search_queue_ai queues every search index since migration 11 (articles_fts_ai and
    # articles_grams_ai before it)
    for trigger in ("articles_fts_ai", "articles_grams_ai", "search_queue_ai", "dedup_queue_ai"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    count = 0
    with write_transaction(db):
        article_rows, key_rows, doc_rows = [], [], []
        start = db.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
        for n, (url, title, body, digest, keys, size) in enumerate(rows, start + 1):
            article_rows.append((n, url, title, body, digest))
            key_rows.extend((key, n) for key in keys)
            doc_rows.append((n, size))
            count += 1
        db.conn.executemany(
            "INSERT INTO articles (id, url, source, title, fetched_at, status, content_hash, "
            "body) VALUES (?, ?, 'bench', ?, '2025-01-10T00:00:00+00:00', 'new', ?, ?)",
            [(n, url, title, digest, body) for n, url, title, body, digest in article_rows],
        )
        key_rows.sort()
        db.conn.executemany(
            "INSERT OR IGNORE INTO dedup_keys (key, article_id) VALUES (?, ?)", key_rows
        )
        db.conn.executemany(
            "INSERT OR REPLACE INTO dedup_docs (article_id, size) VALUES (?, ?)", doc_rows
        )
    return count
