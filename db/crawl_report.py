"""What a set of crawl runs produced: new articles, sightings and dropped rows.

Used by ``presswatch crawl`` / ``presswatch demo`` to print a summary after a crawl.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils


def _rows(db: sqlite_utils.Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return list(db.query(sql, params))


def run_report(db: sqlite_utils.Database, run_ids: list[int]) -> dict[str, list[dict[str, Any]]]:
    """``{"stored": [...], "sighted": [...], "dropped": [...]}`` of the given runs.

    ``stored``: articles whose original sighting came from these runs; ``sighted``: other
    sightings (copies of stored or reference articles) recorded by them, with the matched
    article; ``dropped``: their dropped rows with reasons.
    """
    if not run_ids:
        return {"stored": [], "sighted": [], "dropped": []}
    marks = ", ".join("?" for _ in run_ids)
    stored = _rows(
        db,
        "SELECT a.id, a.source, a.title, a.published_at, a.status, a.related_to, a.url "
        "FROM sightings s JOIN articles a ON a.id = s.article_id "
        f"WHERE s.kind = 'original' AND s.run_id IN ({marks}) ORDER BY a.id",
        run_ids,
    )
    sighted = _rows(
        db,
        "SELECT s.article_id, s.url, s.source, s.kind, s.similarity, a.title, "
        "a.status AS article_status FROM sightings s JOIN articles a ON a.id = s.article_id "
        f"WHERE s.kind != 'original' AND s.run_id IN ({marks}) ORDER BY s.id",
        run_ids,
    )
    dropped = _rows(
        db,
        f"SELECT url, source, reason, detail FROM dropped WHERE run_id IN ({marks}) ORDER BY id",
        run_ids,
    )
    return {"stored": stored, "sighted": sighted, "dropped": dropped}
