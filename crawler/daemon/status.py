"""What ``presswatch status`` reports: per source its schedule, last run, next run, health."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawler.daemon.core import parse_time
from crawler.daemon.lock import running_daemon_pid
from crawler.daemon.plan import SourceSchedule, schedule_for
from crawler.daemon.state import read_state
from crawler.liveness import shown_with_dead_runs
from db.crawl_state import article_quality, catch_up_state, listing_warnings
from db.runs import health_of, last_runs, recent_finished_runs

logger = logging.getLogger(__name__)



def source_warnings(db: Any, source: str, last: dict[str, Any] | None) -> list[str]:
    """What the latest run of ``source`` showed that needs a look (``db.crawl_state``):
    a listing with 0 entries, a next page no longer found, every article without a date
    or headline, a walk left unfinished (the next crawl catches up)."""
    warnings = listing_warnings(db, source)
    finished = recent_finished_runs(db, source, 1)
    if finished:
        quality = article_quality(db, finished[0])
        if quality:
            warnings.append(quality)
    if last is not None and last.get("status") != "running":
        behind, _ = catch_up_state(db, source)
        if behind:
            warnings.append(f"run {last['id']} did not finish its walk ({last['status']}); "
                            "the next crawl catches up")
    return warnings


def daemon_status(
    db: Any, db_path: Path, sources: dict[str, Any], *, jitter: float, health_runs: int,
    time_scale: float = 1.0,
) -> dict[str, Any]:
    """The status report as data (the ``--json`` form of ``presswatch status``)."""
    pid = running_daemon_pid(db_path)
    state = read_state(db_path) if pid else None
    planned = (state or {}).get("sources", {})
    # a run whose process died shows as killed (status never writes; the next crawl does)
    latest = {run["source"]: run for run in shown_with_dead_runs(list(last_runs(db).values()))}
    now = datetime.now(UTC)
    rows = []
    for name in sorted(set(sources) | set(latest)):
        source = sources.get(name)
        schedule: SourceSchedule | None = (
            schedule_for(source, jitter=jitter, time_scale=time_scale) if source else None
        )
        last = latest.get(name)
        if source is None:
            next_run, schedule_text = None, "not defined any more"
        elif not source.enabled:
            next_run, schedule_text = None, "disabled"
        else:
            schedule_text = schedule.describe()
            if pid:  # the running daemon's own view (it may run with other settings)
                running = planned.get(name) or {}
                next_run = running.get("next_run")
                schedule_text = running.get("schedule") or schedule_text
            else:  # what a daemon started now would do
                due = schedule.first_due(parse_time(last["started_at"]) if last else None, now)
                next_run = "when the daemon starts" if due <= now else due.isoformat(
                    timespec="seconds")
        rows.append({
            "source": name,
            "schedule": schedule_text,
            "last_run": _last(last),
            "next_run": next_run,
            "health": health_of(recent_finished_runs(db, name, health_runs), health_runs),
            "warnings": source_warnings(db, name, last),
        })
    return {"daemon": {"running": pid is not None, "pid": pid if pid and pid > 0 else None},
            "sources": rows}


def _last(row: dict[str, Any] | None) -> dict[str, Any] | None:
    if not row:
        return None
    keys = ("id", "status", "trigger", "started_at", "finished_at", "pages", "items", "new",
            "duplicate", "related", "dropped", "errors", "message")
    return {key: row.get(key) for key in keys}
