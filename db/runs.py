"""The ``crawl_runs`` table: one row per crawl of one source, from start to final status."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import sqlite_utils

from db.connection import utcnow, write_transaction

COUNTERS = ("pages", "items", "new", "duplicate", "related", "dropped", "errors")
FINAL_STATUSES = ("ok", "partial", "failed", "killed")

#: called as ``on_end(db, run_id)`` inside the transaction that ends a run, e.g. to record
#: the run's notifications (``notify.outbox_hook``) atomically with its final status
RunEndHook = Callable[[sqlite_utils.Database, int], None]


def start_run(
    db: sqlite_utils.Database,
    source: str,
    *,
    trigger: str = "manual",
    pid: int | None = None,
    planned_at: str | None = None,
    pid_started: float | None = None,
    boot_id: str | None = None,
) -> int:
    """Insert a ``running`` row for a crawl of ``source``; return its id.

    ``pid`` (default: this process), ``pid_started`` (that process's start time) and
    ``boot_id`` identify the process, so a run whose process died can be told from a
    live one although PIDs are reused (``crawler.liveness``).
    """
    with write_transaction(db):
        cursor = db.execute(
            "INSERT INTO crawl_runs (source, trigger, pid, pid_started, boot_id, planned_at, "
            "started_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'running')",
            [source, trigger, pid if pid is not None else os.getpid(), pid_started, boot_id,
             planned_at, utcnow()],
        )
    return cursor.lastrowid


def set_run_pid(db: sqlite_utils.Database, run_id: int, pid: int, *,
                pid_started: float | None = None, boot_id: str | None = None) -> None:
    """Record the process that carries out a run (the daemon starts it in a child)."""
    with write_transaction(db):
        db.execute("UPDATE crawl_runs SET pid = ?, pid_started = ?, boot_id = ? WHERE id = ?",
                   [pid, pid_started, boot_id, run_id])


def update_counts(db: sqlite_utils.Database, run_id: int, counts: dict[str, int]) -> None:
    """Overwrite a running row's counters (progress, readable by `presswatch runs`)."""
    values = {key: int(counts[key]) for key in COUNTERS if key in counts}
    if not values:
        return
    assignments = ", ".join(f"{key} = ?" for key in values)
    with write_transaction(db):
        db.execute(
            f"UPDATE crawl_runs SET {assignments} WHERE id = ?", [*values.values(), run_id]
        )


def finish_run(
    db: sqlite_utils.Database,
    run_id: int,
    status: str,
    *,
    counts: dict[str, int] | None = None,
    message: str | None = None,
    on_end: RunEndHook | None = None,
) -> None:
    """Give a run its final status, counters and message; a finished run is left as it is.

    ``on_end`` runs in the same transaction, only when this call ended the run.
    """
    if status not in FINAL_STATUSES:
        raise ValueError(f"not a final run status: {status!r}")
    values: dict[str, Any] = {key: int(v) for key, v in (counts or {}).items() if key in COUNTERS}
    values.update(status=status, finished_at=utcnow(), message=message)
    assignments = ", ".join(f"{key} = ?" for key in values)
    with write_transaction(db):
        cursor = db.execute(
            f"UPDATE crawl_runs SET {assignments} WHERE id = ? AND status = 'running'",
            [*values.values(), run_id],
        )
        if cursor.rowcount and on_end is not None:
            on_end(db, run_id)


def get_run(db: sqlite_utils.Database, run_id: int) -> dict[str, Any] | None:
    return next(db.query("SELECT * FROM crawl_runs WHERE id = ?", [run_id]), None)


def list_runs(
    db: sqlite_utils.Database, *, source: str | None = None, limit: int | None = 20
) -> list[dict[str, Any]]:
    """Runs newest first, optionally of one source."""
    sql, params = "SELECT * FROM crawl_runs", []
    if source:
        sql += " WHERE source = ?"
        params.append(source)
    sql += " ORDER BY id DESC"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return list(db.query(sql, params))


def running_runs(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Rows still marked ``running`` (oldest first)."""
    return list(db.query("SELECT * FROM crawl_runs WHERE status = 'running' ORDER BY id"))


def mark_runs_killed(
    db: sqlite_utils.Database, run_ids: list[int], message: str, *,
    on_end: RunEndHook | None = None,
) -> int:
    """Finalise the given still-``running`` rows as ``killed``; return how many changed."""
    changed = 0
    with write_transaction(db):
        for run_id in run_ids:
            cursor = db.execute(
                "UPDATE crawl_runs SET status = 'killed', finished_at = ?, message = ? "
                "WHERE id = ? AND status = 'running'",
                [utcnow(), message, run_id],
            )
            changed += cursor.rowcount
            if cursor.rowcount and on_end is not None:
                on_end(db, run_id)
    return changed


def last_run_started(db: sqlite_utils.Database) -> dict[str, str]:
    """``{source: started_at}`` of each source's latest run that was not ``killed``.

    A killed run was interrupted (timeout, daemon stopped or died), so the daemon owes that
    source a crawl; a failed one counts, so a broken site is not retried in a tight loop.
    """
    cursor = db.execute(
        "SELECT source, MAX(started_at) FROM crawl_runs WHERE status != 'killed' "
        "GROUP BY source"
    )
    return {source: started for source, started in cursor}


def last_runs(db: sqlite_utils.Database) -> dict[str, dict[str, Any]]:
    """``{source: row}`` of each source's latest run (highest id)."""
    rows = list(db.query(
        "SELECT * FROM crawl_runs WHERE id IN (SELECT MAX(id) FROM crawl_runs GROUP BY source)"
    ))
    return {row["source"]: row for row in rows}


def recent_finished_runs(
    db: sqlite_utils.Database, source: str, limit: int
) -> list[dict[str, Any]]:
    """The ``limit`` latest finished runs of ``source``, newest first (for health checks)."""
    return list(db.query(
        "SELECT * FROM crawl_runs WHERE source = ? AND status != 'running' "
        f"ORDER BY id DESC LIMIT {int(limit)}",
        [source],
    ))


def kill_run(
    db: sqlite_utils.Database, run_id: int, message: str, *, on_end: RunEndHook | None = None
) -> None:
    """Mark a run the daemon terminated as ``killed``, whatever the dying crawl wrote last.

    The counters the crawl recorded are kept; ``finished_at`` is set if it was not, and then
    ``on_end`` runs in the same transaction (a crawl that finished its row ran it already).
    """
    with write_transaction(db):
        row = db.execute("SELECT finished_at FROM crawl_runs WHERE id = ?", [run_id]).fetchone()
        db.execute(
            "UPDATE crawl_runs SET status = 'killed', message = ?, "
            "finished_at = COALESCE(finished_at, ?) WHERE id = ?",
            [message, utcnow(), run_id],
        )
        if on_end is not None and row is not None and row[0] is None:
            on_end(db, run_id)


#: final statuses that count against a source's health
BAD_STATUSES = ("failed", "killed")


def health_of(runs: list[dict[str, Any]], needed: int) -> str | None:
    """A warning when the ``needed`` latest finished runs all failed or all found nothing.

    Either usually means the site changed (layout, URL, blocking) and the source needs care.
    """
    if len(runs) < needed:
        return None
    runs = runs[:needed]
    if all(run["status"] in BAD_STATUSES for run in runs):
        return f"failed {needed} runs in a row"
    if all((run["items"] or 0) == 0 for run in runs):
        return f"zero items {needed} runs in a row"
    return None
