"""``crawler.daemon.plan``: when an interval or cron source is owed a run, jitter, and how a
schedule is described."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crawler.daemon.plan import SourceSchedule, schedule_for
from crawler.sources import Source
from pipelines.dates import BEIJING


def _source(name="s", *, interval=3600, cron=None, kind="feed", enabled=True) -> Source:
    return Source(name=name, spider="feed", kind=kind, enabled=enabled,
                  interval=None if cron else interval, cron=cron)


def test_interval_source_is_owed_when_its_last_run_is_older_than_the_interval():
    now = datetime(2025, 1, 10, 8, 0, tzinfo=UTC)
    schedule = schedule_for(_source(interval=7200), jitter=600)
    assert schedule.first_due(None, now) == now
    assert schedule.first_due(now - timedelta(hours=3), now) < now
    assert schedule.first_due(now - timedelta(hours=1), now) == now + timedelta(hours=1)


def test_jitter_is_capped_at_a_tenth_of_the_interval():
    assert schedule_for(_source(interval=600), jitter=120).jitter == 60
    assert schedule_for(_source(interval=86400), jitter=120).jitter == 120
    assert schedule_for(_source(interval=60), jitter=120, time_scale=60).interval == 1


def test_cron_source_is_owed_when_a_fire_time_passed_since_its_last_run():
    # 16:00 Beijing time = 08:00 UTC.
    schedule = schedule_for(_source(cron="0 16 * * *"), jitter=0)
    last = datetime(2025, 1, 9, 8, 0, 5, tzinfo=UTC)  # yesterday's 16:00 run
    assert schedule.first_due(last, datetime(2025, 1, 10, 7, 0, tzinfo=UTC)) == datetime(
        2025, 1, 10, 16, 0, tzinfo=BEIJING)
    assert schedule.first_due(last, datetime(2025, 1, 10, 9, 0, tzinfo=UTC)) <= datetime(
        2025, 1, 10, 9, 0, tzinfo=UTC)
    fire = schedule.trigger().get_next_fire_time(None, datetime(2025, 1, 10, 9, tzinfo=UTC))
    assert fire == datetime(2025, 1, 11, 8, 0, tzinfo=UTC)
    assert schedule.describe() == "cron 0 16 * * * (UTC+8)"


def test_schedule_description_names_interval_and_jitter():
    assert SourceSchedule("a", "feed", 7200, None, 720).describe() == (
        "every 2h, jitter up to 12m")
    assert SourceSchedule("a", "feed", 1.5, None, 0).describe() == "every 1.5s"
