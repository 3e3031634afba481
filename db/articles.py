"""Reads and writes of articles and their sightings.

An article is one story; every URL where a copy of it was seen is a sighting (the first one
with ``kind='original'``). Writers call these functions inside
:func:`db.connection.write_transaction`, so an article row, its sighting and its raw page are
committed together or not at all.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from db.connection import utcnow, write_transaction
from db.search import sync_search
from db.transaction import before_commit

ARTICLE_COLUMNS = (
    "url",
    "source",
    "title",
    "published_at",
    "fetched_at",
    "media",
    "author",
    "status",
    "related_to",
    "similarity",
    "content_hash",
    "body_url",
    "body_updated_at",
    "meta",
    "body",
    "original_text",
)


def insert_article(
    db: sqlite_utils.Database, article: dict[str, Any], *, run_id: int | None = None
) -> int:
    """Insert an article with its ``original`` sighting; return the new id.

    ``article`` holds columns of ``articles`` (``url``, ``source``, ``status``,
    ``content_hash`` and ``body`` at least); ``meta`` may be a dict.
    """
    record = {key: article.get(key) for key in ARTICLE_COLUMNS}
    record["fetched_at"] = record["fetched_at"] or utcnow()
    record["body"] = record["body"] or ""
    record["body_url"] = record["body_url"] or record["url"]
    record["body_updated_at"] = record["body_updated_at"] or record["fetched_at"]
    if not isinstance(record["meta"], str):
        record["meta"] = json.dumps(record["meta"] or {}, ensure_ascii=False, sort_keys=True)
    columns = ", ".join(ARTICLE_COLUMNS)
    placeholders = ", ".join("?" for _ in ARTICLE_COLUMNS)
    with write_transaction(db):
        cursor = db.execute(
            f"INSERT INTO articles ({columns}) VALUES ({placeholders})",
            [record[key] for key in ARTICLE_COLUMNS],
        )
        article_id = cursor.lastrowid
        add_sighting(
            db,
            article_id,
            url=record["url"],
            source=record["source"],
            similarity=1.0,
            kind="original",
            seen_at=record["fetched_at"],
            run_id=run_id,
        )
        _index_before_commit(db)
    return article_id


def _index_before_commit(db: sqlite_utils.Database) -> None:
    """Search sees the article's change from the commit on: the indexes are brought up to
    date once per transaction, just before it commits (a crawl's group of 50 in one pass)."""
    before_commit(db, "search", lambda: sync_search(db))


def update_article(db: sqlite_utils.Database, article_id: int, changes: dict[str, Any]) -> None:
    """Update columns of one article (e.g. a more complete body) and keep search in step."""
    unknown = set(changes) - set(ARTICLE_COLUMNS)
    if unknown:
        raise ValueError(f"not article columns: {sorted(unknown)}")
    if not changes:
        return
    values = dict(changes)
    if "meta" in values and not isinstance(values["meta"], str):
        values["meta"] = json.dumps(values["meta"] or {}, ensure_ascii=False, sort_keys=True)
    assignments = ", ".join(f"{key} = ?" for key in values)
    with write_transaction(db):
        db.execute(
            f"UPDATE articles SET {assignments} WHERE id = ?", [*values.values(), article_id]
        )
        _index_before_commit(db)


def delete_article(db: sqlite_utils.Database, article_id: int) -> None:
    """Delete an article; its sightings go with it, search is kept in step."""
    with write_transaction(db):
        db.execute("UPDATE articles SET related_to = NULL WHERE related_to = ?", [article_id])
        db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        _index_before_commit(db)


def add_sighting(
    db: sqlite_utils.Database,
    article_id: int,
    *,
    url: str,
    source: str,
    similarity: float,
    kind: str,
    seen_at: str | None = None,
    run_id: int | None = None,
) -> bool:
    """Record that a copy of ``article_id`` was seen at ``url``; False if already recorded."""
    cursor = db.execute(
        "INSERT OR IGNORE INTO sightings (article_id, url, source, seen_at, similarity, kind, "
        "run_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [article_id, url, source, seen_at or utcnow(), round(similarity, 4), kind, run_id],
    )
    return cursor.rowcount > 0


def get_article(db: sqlite_utils.Database, article_id: int) -> dict[str, Any] | None:
    """One article as a dict (``meta`` decoded), or None."""
    row = db.execute("SELECT * FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return None
    columns = [d[0] for d in db.execute("SELECT * FROM articles LIMIT 0").description]
    article = dict(zip(columns, row, strict=True))
    article["meta"] = json.loads(article["meta"] or "{}")
    return article


def article_id_for_url(db: sqlite_utils.Database, url: str) -> int | None:
    """The article stored or sighted at ``url``, if any."""
    row = db.execute("SELECT id FROM articles WHERE url = ?", [url]).fetchone()
    if row:
        return row[0]
    row = db.execute("SELECT article_id FROM sightings WHERE url = ? LIMIT 1", [url]).fetchone()
    return row[0] if row else None


def articles_with_hash(db: sqlite_utils.Database, content_hash: str) -> list[int]:
    """Ids of articles whose normalised text has this hash, oldest first."""
    return [
        row[0]
        for row in db.execute(
            "SELECT id FROM articles WHERE content_hash = ? ORDER BY id", [content_hash]
        )
    ]


def sightings_of(db: sqlite_utils.Database, article_id: int) -> list[dict[str, Any]]:
    """Every sighting of an article, oldest first."""
    cursor = db.execute(
        "SELECT id, url, source, seen_at, similarity, kind, run_id FROM sightings "
        "WHERE article_id = ? ORDER BY seen_at, id",
        [article_id],
    )
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def is_known_url(db: sqlite_utils.Database, url: str) -> bool:
    """True when ``url`` need not be fetched again: stored, sighted or permanently dropped."""
    return (
        db.execute(
            "SELECT 1 FROM articles WHERE url = ? UNION ALL "
            "SELECT 1 FROM sightings WHERE url = ? UNION ALL "
            "SELECT 1 FROM dropped WHERE url = ? AND permanent = 1 LIMIT 1",
            [url, url, url],
        ).fetchone()
        is not None
    )


def reference_articles(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """``id, url, body, original_text, meta`` of every reference article (for re-cleaning)."""
    cursor = db.execute(
        "SELECT id, url, body, original_text, meta FROM articles WHERE status = 'reference' "
        "ORDER BY id"
    )
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def articles_with_body_url(db: sqlite_utils.Database, url: str) -> list[int]:
    """Ids of articles whose body was taken from the page at ``url``."""
    return [
        row[0]
        for row in db.execute(
            "SELECT id FROM articles WHERE body_url = ? OR (body_url IS NULL AND url = ?) "
            "ORDER BY id",
            [url, url],
        )
    ]


def stored_article_at(db: sqlite_utils.Database, url: str) -> int | None:
    """The article whose own (canonical) URL is ``url``; sightings are not considered."""
    row = db.execute("SELECT id FROM articles WHERE url = ?", [url]).fetchone()
    return row[0] if row else None


def list_references(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every reference article for ``seed list``: id, url, title, published_at, fetched_at,
    the length of its body and how many sightings it has, oldest first."""
    return list(db.query(
        "SELECT a.id, a.url, a.title, a.media, a.published_at, a.fetched_at, "
        "length(a.body) AS chars, "
        "(SELECT count(*) FROM sightings s WHERE s.article_id = a.id AND s.kind != 'original') "
        "AS copies FROM articles a WHERE a.status = 'reference' ORDER BY a.id"
    ))


def sighting_owner(db: sqlite_utils.Database, url: str) -> int | None:
    """The article a page is a sighting of, when ``url`` is not an article's own URL."""
    if stored_article_at(db, url) is not None:
        return None
    row = db.execute("SELECT article_id FROM sightings WHERE url = ? ORDER BY id LIMIT 1",
                     [url]).fetchone()
    return row[0] if row else None


def move_sightings(db: sqlite_utils.Database, urls: list[str], article_id: int, *,
                   similarity: float, kind: str) -> int:
    """Make the sightings at ``urls`` sightings of ``article_id``; return how many moved."""
    moved = 0
    for url in urls:
        cursor = db.execute(
            "UPDATE OR REPLACE sightings SET article_id = ?, similarity = ?, kind = ? "
            "WHERE url = ? AND article_id != ? AND kind != 'original'",
            [article_id, round(similarity, 4), kind, url, article_id])
        moved += cursor.rowcount
    return moved


def remove_sightings(db: sqlite_utils.Database, urls: list[str]) -> int:
    """Delete the (non-original) sightings at ``urls``: the page becomes its own article."""
    marks = ", ".join("?" for _ in urls)
    cursor = db.execute(f"DELETE FROM sightings WHERE url IN ({marks}) AND kind != 'original'",
                        urls)
    return cursor.rowcount


def articles_for_links(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """``id, body, status, related_to, similarity`` of every non-reference article, by id."""
    cursor = db.execute(
        "SELECT id, body, status, related_to, similarity FROM articles "
        "WHERE status != 'reference' ORDER BY id")
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]
