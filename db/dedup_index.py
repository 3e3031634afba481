"""The persistent duplicate-detection index: every SQL statement about it.

Tables (migration 3, ``db.migrations._v3_dedup``):

* ``dedup_keys(key, article_id)`` — a ``WITHOUT ROWID`` B-tree of index keys (LSH band keys
  and anchor hashes, see ``pipelines.fingerprint``). A lookup is one short range scan per key, so
  latency and memory do not grow with the store; nothing is loaded at start-up.
* ``dedup_docs(article_id, size)`` — which articles are indexed, with their dedup-text size.
* ``dedup_queue`` — filled by triggers on ``articles`` (insert, delete, update of ``body``),
  so the index can never silently fall behind the table: whoever writes an article,
  :func:`sync` applies the queue inside the next dedup writer's transaction (ingest calls it
  before its lookup and before COMMIT). The old body is queued on update and delete because
  the old keys are derived from it.
* ``dedup_meta(name, value)`` — the key derivation (``algo``) the index was built with.

Key derivation lives in ``pipelines.fingerprint``; the functions here take it as a callable so
``db/`` stays free of text logic.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from typing import Any

import sqlite_utils

from db.connection import write_transaction

logger = logging.getLogger(__name__)

KeysFor = Callable[[str], tuple[list[int], int]]


def sync(db: sqlite_utils.Database, keys_for: KeysFor, *, batch: int = 500) -> int:
    """Apply queued article changes to the index; return how many articles were (re)indexed.

    Runs in the caller's transaction when there is one. Each batch is one read of the queue
    joined with the articles' current bodies (a missing article reads as no row).
    """
    conn = db.conn
    if conn.execute("SELECT 1 FROM dedup_queue LIMIT 1").fetchone() is None:
        return 0
    done = 0
    # An article's later queue entries may fall in a later batch; once indexed from its
    # current body they must be skipped, or their old bodies would remove current keys.
    handled: set[int] = set()
    with write_transaction(db):
        while True:
            rows = conn.execute(
                "SELECT q.seq, q.article_id, q.op, q.old_body, a.id IS NOT NULL, a.body "
                "FROM dedup_queue q LEFT JOIN articles a ON a.id = q.article_id "
                "ORDER BY q.seq LIMIT ?",
                (batch,),
            ).fetchall()
            if not rows:
                break
            first: dict[int, tuple[str, str | None, bool, str | None]] = {}
            for _seq, article_id, op, old_body, exists, body in rows:
                if article_id not in handled:
                    first.setdefault(article_id, (op, old_body, exists, body))
            handled.update(first)
            for article_id, (op, old_body, exists, body) in first.items():
                # The first queued change tells what the index holds: nothing after an
                # insert, the keys of the old body after an update or a delete.
                if op != "insert" and old_body is not None:
                    old_keys, _ = keys_for(old_body)
                    remove_keys(db, article_id, old_keys)
                if not exists:
                    conn.execute("DELETE FROM dedup_docs WHERE article_id = ?", (article_id,))
                    continue
                keys, size = keys_for(body or "")
                add_keys(db, article_id, keys, size)
                done += 1
            conn.execute("DELETE FROM dedup_queue WHERE seq <= ?", (rows[-1][0],))
            if len(rows) < batch:  # the queue is empty now: no need to read it again
                break
    return done


def state(db: sqlite_utils.Database) -> tuple[str | None, bool]:
    """(the key derivation the index was built with, whether changes are queued) in one
    statement: what a writer checks before each lookup."""
    algo, queued = db.conn.execute(
        "SELECT (SELECT value FROM dedup_meta WHERE name = 'algo'), "
        "EXISTS (SELECT 1 FROM dedup_queue)").fetchone()
    return algo, bool(queued)


def queued_articles(db: sqlite_utils.Database, *, limit: int = 200) -> list[int]:
    """Articles whose current body is not in the index yet (a read-only check verifies them
    directly instead of syncing)."""
    return [
        row[0]
        for row in db.execute(
            "SELECT DISTINCT article_id FROM dedup_queue WHERE op != 'delete' LIMIT ?", [limit]
        )
    ]


def pending(db: sqlite_utils.Database) -> int:
    """Queued article changes not yet in the index."""
    return db.execute("SELECT count(*) FROM dedup_queue").fetchone()[0]


def add_keys(db: sqlite_utils.Database, article_id: int, keys: Iterable[int], size: int) -> None:
    # One statement for an article's ~60 keys (a JSON array, as in the lookup): an
    # executemany binds and steps once per key, ~20 % slower (measured).
    db.conn.execute(
        "INSERT OR IGNORE INTO dedup_keys (key, article_id) SELECT value, ?2 FROM json_each(?1)",
        (json.dumps(list(keys)), article_id),
    )
    db.execute(
        "INSERT OR REPLACE INTO dedup_docs (article_id, size) VALUES (?, ?)", [article_id, size]
    )


def remove_keys(db: sqlite_utils.Database, article_id: int, keys: Iterable[int]) -> None:
    db.conn.executemany(
        "DELETE FROM dedup_keys WHERE key = ? AND article_id = ?",
        [(key, article_id) for key in keys],
    )


def bulk_add(db: sqlite_utils.Database, rows: Iterable[tuple[int, list[int], int]]) -> int:
    """Index many articles at once (benchmarks, rebuilds): ``(article_id, keys, size)``."""
    count = 0
    key_rows: list[tuple[int, int]] = []
    doc_rows: list[tuple[int, int]] = []
    with write_transaction(db):
        for article_id, keys, size in rows:
            key_rows.extend((key, article_id) for key in keys)
            doc_rows.append((article_id, size))
            count += 1
        db.conn.executemany(
            "INSERT OR IGNORE INTO dedup_keys (key, article_id) VALUES (?, ?)", key_rows
        )
        db.conn.executemany(
            "INSERT OR REPLACE INTO dedup_docs (article_id, size) VALUES (?, ?)", doc_rows
        )
    return count


def rebuild(db: sqlite_utils.Database, keys_for: KeysFor, algo: str) -> int:
    """Drop the index and derive it again from every article body (in one transaction)."""
    with write_transaction(db):
        db.execute("DELETE FROM dedup_keys")
        db.execute("DELETE FROM dedup_docs")
        db.execute("DELETE FROM dedup_queue")
        count = 0
        for article_id, body in db.execute("SELECT id, body FROM articles ORDER BY id").fetchall():
            keys, size = keys_for(body or "")
            add_keys(db, article_id, keys, size)
            count += 1
        set_algo(db, algo)
    return count


def get_algo(db: sqlite_utils.Database) -> str | None:
    row = db.execute("SELECT value FROM dedup_meta WHERE name = 'algo'").fetchone()
    return row[0] if row else None


def set_algo(db: sqlite_utils.Database, algo: str) -> None:
    db.execute("INSERT OR REPLACE INTO dedup_meta (name, value) VALUES ('algo', ?)", [algo])


# One statement per lookup: the item's keys arrive as a JSON array; a key is "light" when
# fewer than max_postings + 1 articles hold it (the inner LIMIT stops counting there, so a
# boilerplate key costs at most max_postings index steps whatever the store's size); the
# postings of light keys are counted per article in SQLite, not Python (~5x faster than a
# query per key, measured in benchmarks/dedup.py).
_CANDIDATES_SQL = """
WITH q(key) AS (SELECT DISTINCT value FROM json_each(?1)),
light(key) AS (
    SELECT key FROM q
    WHERE (SELECT count(*) FROM (SELECT 1 FROM dedup_keys k WHERE k.key = q.key LIMIT ?2)) < ?2
)
SELECT article_id, count(*) AS shared FROM dedup_keys
WHERE key IN (SELECT key FROM light)
GROUP BY article_id HAVING shared >= ?4 ORDER BY shared DESC, article_id LIMIT ?3
"""


def candidates(
    db: sqlite_utils.Database,
    keys: Iterable[int],
    *,
    max_postings: int,
    limit: int,
    min_shared: int = 1,
) -> list[tuple[int, int]]:
    """Articles sharing at least ``min_shared`` index keys with an item, most first:
    ``(id, shared)``.

    A key held by more than ``max_postings`` articles is boilerplate (a footer, a standard
    phrase) and ignored, which also bounds the work per lookup whatever the store's size.
    """
    keys = list(keys)
    if not keys:
        return []
    rows = db.conn.execute(
        _CANDIDATES_SQL, (json.dumps(keys), max_postings + 1, limit, min_shared)
    )
    return [(article_id, shared) for article_id, shared in rows]


def stored_texts(db: sqlite_utils.Database, ids: list[int]) -> list[dict[str, Any]]:
    """``id, url, title, status, media, author, body, content_hash`` of the given articles
    (missing ones skipped)."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    return _dicts(db.conn.execute(
        f"SELECT id, url, title, status, media, author, body, content_hash FROM articles "
        f"WHERE id IN ({marks})",
        ids,
    ))


def exact_matches(db: sqlite_utils.Database, digest: str) -> list[dict[str, Any]]:
    """Articles whose stored ``content_hash`` equals ``digest``, oldest first."""
    return _dicts(db.conn.execute(
        "SELECT id, url, title, status, body, content_hash FROM articles "
        "WHERE content_hash = ? ORDER BY id LIMIT 5",
        [digest],
    ))


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    """A cursor's rows as dicts. (sqlite-utils' ``db.query`` wraps every read in a
    savepoint of its own: two more statements per lookup on the ingest path.)"""
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def index_stats(db: sqlite_utils.Database) -> dict[str, Any]:
    return {
        "indexed_articles": db.execute("SELECT count(*) FROM dedup_docs").fetchone()[0],
        "keys": db.execute("SELECT count(*) FROM dedup_keys").fetchone()[0],
        "pending": pending(db),
        "algo": get_algo(db),
    }
