"""Reads and writes of press-conference events (migration ``_v7_events``).

``events`` holds one row per press conference (date, organiser, title, speakers and
participants as JSON lists); ``event_articles`` says which event each article reports on
(at most one) and how it joined. Writers call these inside
:func:`db.connection.write_transaction`; the decisions are made in ``pipelines/events.py``.
"""

from __future__ import annotations

import contextlib
import functools
import json
from typing import Any

import sqlite_utils

from db.connection import utcnow


@functools.lru_cache(maxsize=4096)
def _names(value: str | None) -> tuple[str, ...]:
    """A stored JSON list of names, decoded once: a day's events are read again for every
    article stored that day, and their lists rarely change."""
    return tuple(json.loads(value or "[]"))


def _event(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    row["speakers"] = json.loads(row.get("speakers") or "[]")
    row["participants"] = json.loads(row.get("participants") or "[]")
    return row


def _rows(cursor) -> list[dict[str, Any]]:
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def has_events(db: sqlite_utils.Database) -> bool:
    """Whether the store has the events tables (schema with migration ``_v7_events``).

    Asked once per connection where the connection can remember it (``db.open_db``'s):
    migrations only ever add tables, so once seen they stay, and ingest asks per article.
    """
    if getattr(db.conn, "presswatch_has_events", False):
        return True
    found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'"
                       ).fetchone() is not None
    if found:
        # A plain sqlite3 connection holds no attributes: it is asked again next time.
        with contextlib.suppress(AttributeError):
            db.conn.presswatch_has_events = True
    return found


def events_on(db: sqlite_utils.Database, day: str | None, *,
              organiser: str | None = None) -> list[dict[str, Any]]:
    """The events of one date (``YYYY-MM-DD``), oldest first: ``id``, ``date``,
    ``organiser``, ``title``, ``speakers``, ``participants``; only ``organiser``'s when
    given."""
    if day is None:
        return []
    # Read on every article stored (ingest's event choice): the fields it judges by only,
    # decoded straight from the row.
    if organiser is None:
        cursor = db.conn.execute(
            "SELECT id, date, organiser, title, speakers, participants FROM events "
            "WHERE date = ? ORDER BY id", [day])
    else:
        cursor = db.conn.execute(
            "SELECT id, date, organiser, title, speakers, participants FROM events "
            "WHERE date = ? AND organiser = ? ORDER BY id", [day, organiser])
    return [{"id": event_id, "date": date, "organiser": organiser, "title": title,
             "speakers": list(_names(speakers)), "participants": list(_names(participants))}
            for event_id, date, organiser, title, speakers, participants in cursor]


def get_event(db: sqlite_utils.Database, event_id: int) -> dict[str, Any] | None:
    rows = _rows(db.execute("SELECT * FROM events WHERE id = ?", [event_id]))
    return _event(rows[0]) if rows else None


def event_of(db: sqlite_utils.Database, article_id: int) -> dict[str, Any] | None:
    """The event an article reports on (with ``basis``), or None."""
    rows = _rows(db.execute(
        "SELECT e.*, ea.basis FROM event_articles ea JOIN events e ON e.id = ea.event_id "
        "WHERE ea.article_id = ?", [article_id]))
    return _event(rows[0]) if rows else None


def create_event(db: sqlite_utils.Database, *, date: str | None, organiser: str | None,
                 title: str | None, speakers: list[str], participants: list[str]) -> int:
    now = utcnow()
    cursor = db.execute(
        "INSERT INTO events (date, organiser, title, speakers, participants, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [date, organiser, title, json.dumps(speakers, ensure_ascii=False),
         json.dumps(participants, ensure_ascii=False), now, now],
    )
    return cursor.lastrowid


def update_event(db: sqlite_utils.Database, event_id: int, *, title: str | None,
                 speakers: list[str], participants: list[str], date: str | None = None,
                 organiser: str | None = None,
                 current: dict[str, Any] | None = None) -> bool:
    """Write changed fields of an event; return whether anything changed.

    ``current`` is the stored row as the caller just read it (at least the fields being
    set), which saves reading it again."""
    if current is None:
        current = get_event(db, event_id)
    if current is None:
        return False
    wanted = {"title": title, "speakers": speakers, "participants": participants}
    if date is not None:
        wanted["date"] = date
    if organiser is not None:
        wanted["organiser"] = organiser
    changes = {k: v for k, v in wanted.items() if current.get(k) != v}
    if not changes:
        return False
    sets = ", ".join(f"{k} = ?" for k in changes)
    values = [json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
              for v in changes.values()]
    db.execute(f"UPDATE events SET {sets}, updated_at = ? WHERE id = ?",
               [*values, utcnow(), event_id])
    return True


def set_article_event(db: sqlite_utils.Database, article_id: int, event_id: int,
                      basis: str) -> bool:
    """Put an article in an event (replacing another); return whether anything changed."""
    # One statement: the row is written only when new or different (changes() tells).
    cursor = db.execute(
        "INSERT INTO event_articles (article_id, event_id, basis) VALUES (?, ?, ?) "
        "ON CONFLICT (article_id) DO UPDATE SET event_id = excluded.event_id, "
        "basis = excluded.basis WHERE event_id IS NOT excluded.event_id "
        "OR basis IS NOT excluded.basis", [article_id, event_id, basis])
    return cursor.rowcount > 0


def clear_article_event(db: sqlite_utils.Database, article_id: int) -> bool:
    cursor = db.execute("DELETE FROM event_articles WHERE article_id = ?", [article_id])
    return cursor.rowcount > 0


def delete_empty_events(db: sqlite_utils.Database) -> int:
    """Remove events no article reports on any more; return how many."""
    cursor = db.execute(
        "DELETE FROM events WHERE id NOT IN (SELECT DISTINCT event_id FROM event_articles)")
    return cursor.rowcount


def assignments(db: sqlite_utils.Database) -> dict[int, int]:
    """``article_id -> event_id`` for every article in an event."""
    return dict(db.execute("SELECT article_id, event_id FROM event_articles").fetchall())


def articles_for_events(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """``id, title, body, published_at, fetched_at, related_to`` of every article, by id."""
    return _rows(db.execute(
        "SELECT id, title, body, published_at, fetched_at, related_to FROM articles "
        "ORDER BY id"))


def list_events(db: sqlite_utils.Database, *, since: str | None = None) -> list[dict[str, Any]]:
    """Events (newest date first) with their articles' ids, sources, titles and URLs."""
    # An event whose articles were all deleted (``seed remove``) is not listed; the next
    # ``reprocess`` deletes it.
    where = "WHERE EXISTS (SELECT 1 FROM event_articles x WHERE x.event_id = e.id)"
    params: list[Any] = []
    if since:
        where += " AND e.date >= ?"
        params = [since[:10]]
    events = [_event(r) for r in _rows(db.execute(
        f"SELECT e.* FROM events e {where} ORDER BY e.date DESC, e.id DESC", params))]
    if not events:
        return []
    marks = ", ".join("?" for _ in events)
    members = _rows(db.execute(
        "SELECT ea.event_id, ea.basis, a.id, a.source, a.media, a.title, a.url, a.status, "
        "a.published_at, (SELECT count(*) FROM sightings s WHERE s.article_id = a.id) "
        "AS sightings FROM event_articles ea JOIN articles a ON a.id = ea.article_id "
        f"WHERE ea.event_id IN ({marks}) ORDER BY a.id", [e["id"] for e in events]))
    by_event: dict[int, list[dict[str, Any]]] = {}
    for member in members:
        by_event.setdefault(member.pop("event_id"), []).append(member)
    for event in events:
        event["members"] = by_event.get(event["id"], [])
        event["articles"] = [m["id"] for m in event["members"]]
    return events
