"""From sources to APScheduler triggers: one schedule per enabled source, and when it is due.

A source has either an interval (seconds) or a crontab line. Cron lines are read in China
Standard Time (UTC+8, no daylight saving), the clock of the sites and press conferences we
follow, so ``0 16 * * *`` means 16:00 in Beijing wherever the daemon runs.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from pipelines.dates import BEIJING

# Jitter is capped at this share of an interval so a short interval keeps its rhythm.
JITTER_SHARE = 0.1


@dataclass(frozen=True)
class SourceSchedule:
    """When one source is crawled: every ``interval`` seconds or on ``cron``, plus jitter."""

    name: str
    kind: str
    interval: float | None
    cron: str | None
    jitter: float

    def trigger(self, *, start: datetime | None = None) -> BaseTrigger:
        """The APScheduler trigger; an interval's rhythm is anchored at ``start``."""
        if self.cron:
            return CronTrigger(
                **_cron_fields(self.cron), timezone=BEIJING, jitter=self.jitter or None
            )
        return IntervalTrigger(
            seconds=self.interval,
            start_date=start or datetime.now(UTC),
            timezone=UTC,
            jitter=self.jitter or None,
        )

    def first_due(self, last_started: datetime | None, now: datetime) -> datetime:
        """When the next crawl is owed, given the source's last run (``None``: never ran)."""
        if last_started is None:
            return now
        if self.cron:
            owed = CronTrigger(**_cron_fields(self.cron), timezone=BEIJING).get_next_fire_time(
                None, last_started + timedelta(seconds=1)
            )
            return owed or now
        return last_started + timedelta(seconds=self.interval or 0)

    def describe(self) -> str:
        """``every 2h (jitter up to 12m)`` or ``cron 0 16 * * * (UTC+8)``."""
        base = f"cron {self.cron} (UTC+8)" if self.cron else f"every {_human(self.interval)}"
        return f"{base}, jitter up to {_human(self.jitter)}" if self.jitter else base


def _cron_fields(line: str) -> dict[str, str]:
    minute, hour, day, month, day_of_week = line.split()
    return {"minute": minute, "hour": hour, "day": day, "month": month,
            "day_of_week": day_of_week}


def _human(seconds: float | None) -> str:
    seconds = float(seconds or 0)
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


def schedule_for(source: object, *, jitter: float, time_scale: float = 1.0) -> SourceSchedule:
    """The schedule of a :class:`crawler.sources.Source`.

    ``time_scale`` divides intervals (tests and benchmarks run a "1m" source every second
    with a scale of 60); jitter is at most a tenth of the (scaled) interval.
    """
    cron = getattr(source, "cron", None)
    interval = None if cron else float(source.interval) / time_scale
    cap = (interval or 3600.0) * JITTER_SHARE
    return SourceSchedule(
        name=source.name,
        kind=source.kind,
        interval=interval,
        cron=cron,
        jitter=min(jitter, cap),
    )


def load_schedules(
    sources_file: Path | None, *, jitter: float, time_scale: float = 1.0
) -> dict[str, SourceSchedule]:
    """Schedules of the enabled sources; raises ``SourceConfigError`` for a broken file."""
    from crawler.sources import load_sources

    return {
        name: schedule_for(source, jitter=jitter, time_scale=time_scale)
        for name, source in load_sources(sources_file).items()
        if source.enabled
    }


def watched_files(sources_file: Path | None) -> list[Path]:
    """Files whose change triggers a reload: the built-in source files and the user's."""
    from crawler.sources import builtin_files, user_sources_file

    return [*builtin_files(), user_sources_file(sources_file)]


def files_signature(files: list[Path]) -> str:
    """A fingerprint of the files' presence, size and modification time."""
    digest = hashlib.sha1()
    for path in files:
        try:
            stat = path.stat()
            digest.update(f"{path}:{stat.st_mtime_ns}:{stat.st_size};".encode())
        except OSError:
            digest.update(f"{path}:missing;".encode())
    return digest.hexdigest()
