"""The notification outbox: messages recorded with a run's end, delivered after, once.

A message is a row of ``notify_outbox`` written in the same transaction that gives a crawl
run its final status (``db.runs.finish_run(..., on_end=...)``), so a run that ended has
its messages, whatever happens to the process next. Delivery is a separate step:

1. :func:`claim_due` marks due rows with an owner and a lease in one write transaction, so
   two processes (the daemon's crawl and a manual one) never both send a row;
2. the caller sends them (Apprise, in ``notify/``);
3. :func:`mark_delivered` or :func:`mark_failed` (retry later with backoff) releases them.

A process killed after claiming leaves a lease that expires (``lease_until``); a later run
takes the row again. Only a kill between the receiver accepting a message and
:func:`mark_delivered` can repeat one — the unavoidable window of any sender without the
receiver's help. There is one row per service URL (``target``), so a message that reached
one URL and failed at another is retried at that one only. The URLs themselves (which hold
tokens) are never stored: ``target`` is a hash, looked up in the configuration when sending.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlite_utils

from db.connection import write_transaction

#: seconds before the first retry; doubled per failed attempt up to MAX_BACKOFF
FIRST_BACKOFF = 60
MAX_BACKOFF = 6 * 3600


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def _now() -> datetime:
    return datetime.now(UTC)


def record_message(
    db: sqlite_utils.Database,
    *,
    subscription: str,
    target: str,
    event: str,
    title: str,
    body: str,
    run_id: int | None = None,
    source: str | None = None,
    article_ids: list[int] | None = None,
    due_at: datetime | None = None,
) -> int:
    """Add one pending message (inside the caller's transaction when there is one).

    Returns its id, or 0 when this subscription already has this event's message of this run.
    """
    now = _now()
    with write_transaction(db):
        cursor = db.execute(
            "INSERT OR IGNORE INTO notify_outbox (subscription, target, event, run_id, source, "
            "title, body, article_ids, created_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [subscription, target, event, run_id, source, title, body,
             json.dumps(article_ids or []), _iso(now), _iso(due_at or now)],
        )
    return cursor.lastrowid if cursor.rowcount else 0


def run_articles(db: sqlite_utils.Database, run_id: int) -> list[dict[str, Any]]:
    """New and related articles first stored by run ``run_id`` (their original sighting)."""
    cursor = db.execute(
        "SELECT a.id, a.url, a.source, a.title, a.published_at, a.fetched_at, a.media, "
        "a.status, a.related_to, a.body FROM sightings s JOIN articles a ON a.id = s.article_id "
        "WHERE s.run_id = ? AND s.kind = 'original' AND a.status IN ('new', 'related') "
        "ORDER BY a.id",
        [run_id],
    )
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def claim_due(
    db: sqlite_utils.Database, owner: str, *, lease_seconds: float = 300,
    subscriptions: list[str] | None = None,
) -> list[dict[str, Any]]:
    """Take every due, unleased pending message for ``owner``; return them oldest first."""
    now = _now()
    params: list[Any] = [owner, _iso(now + timedelta(seconds=lease_seconds)), _iso(now),
                         _iso(now)]
    only = ""
    if subscriptions is not None:
        if not subscriptions:
            return []
        only = f" AND subscription IN ({', '.join('?' for _ in subscriptions)})"
        params.extend(subscriptions)
    with write_transaction(db):
        cursor = db.execute(
            "UPDATE notify_outbox SET claimed_by = ?, lease_until = ? "
            "WHERE state = 'pending' AND due_at <= ? "
            f"AND (lease_until IS NULL OR lease_until < ?){only} "
            "RETURNING id, subscription, target, event, run_id, source, title, body, article_ids, "
            "created_at, attempts",
            params,
        )
        columns = [d[0] for d in cursor.description]
        rows = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    return sorted(rows, key=lambda row: row["id"])


def mark_delivered(db: sqlite_utils.Database, ids: list[int], owner: str) -> int:
    """Mark ``owner``'s claimed messages delivered; return how many were still its own."""
    changed = 0
    with write_transaction(db):
        for message_id in ids:
            changed += db.execute(
                "UPDATE notify_outbox SET state = 'delivered', delivered_at = ?, "
                "attempts = attempts + 1, claimed_by = NULL, lease_until = NULL, "
                "last_error = NULL WHERE id = ? AND claimed_by = ? AND state = 'pending'",
                [_iso(_now()), message_id, owner],
            ).rowcount
    return changed


def backoff_seconds(attempts: int, first: float = FIRST_BACKOFF) -> float:
    """Wait before retry number ``attempts`` (1 = after the first failure): ``first``,
    doubling, at most :data:`MAX_BACKOFF`."""
    return min(MAX_BACKOFF, first * 2 ** max(0, attempts - 1))


def mark_failed(
    db: sqlite_utils.Database, ids: list[int], owner: str, error: str, *,
    first_backoff: float = FIRST_BACKOFF,
) -> None:
    """Release ``owner``'s claimed messages for a retry after a growing wait."""
    with write_transaction(db):
        for message_id in ids:
            row = db.execute(
                "SELECT attempts FROM notify_outbox WHERE id = ? AND claimed_by = ?",
                [message_id, owner],
            ).fetchone()
            if row is None:
                continue
            attempts = row[0] + 1
            retry_at = _now() + timedelta(seconds=backoff_seconds(attempts, first_backoff))
            db.execute(
                "UPDATE notify_outbox SET attempts = ?, due_at = ?, last_error = ?, "
                "claimed_by = NULL, lease_until = NULL WHERE id = ?",
                [attempts, _iso(retry_at), error[:500], message_id],
            )


def pending_messages(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Undelivered messages, oldest first (for ``presswatch notify pending``)."""
    cursor = db.execute(
        "SELECT id, subscription, target, event, run_id, source, title, created_at, due_at, "
        "attempts, claimed_by, lease_until, last_error FROM notify_outbox "
        "WHERE state = 'pending' ORDER BY id"
    )
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def count_delivered(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM notify_outbox WHERE state = 'delivered'").fetchone()[0]
