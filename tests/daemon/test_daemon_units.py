"""Daemon parts without a daemon: lock, schedules, run queries, health, runs/status."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from crawler.cli import main
from crawler.daemon.config import DaemonConfigError, load_config
from crawler.daemon.lock import DaemonAlreadyRunning, DaemonLock, running_daemon_pid
from crawler.daemon.plan import SourceSchedule, schedule_for
from crawler.sources import Source
from db.runs import (
    finish_run,
    health_of,
    kill_run,
    last_run_started,
    last_runs,
    mark_runs_killed,
    recent_finished_runs,
    running_runs,
    start_run,
)
from pipelines.dates import BEIJING


# --- lock -----------------------------------------------------------------------------------
def test_second_lock_on_one_database_names_the_holder(db_path):
    with DaemonLock(db_path):
        with pytest.raises(DaemonAlreadyRunning) as err:
            DaemonLock(db_path).acquire()
        assert f"a daemon (PID {os.getpid()}) is already running on {db_path}" in str(err.value)
        assert running_daemon_pid(db_path) == os.getpid()
    assert running_daemon_pid(db_path) is None
    with DaemonLock(db_path):  # free again after release
        pass


def test_stale_lock_of_a_killed_holder_is_recovered(db_path, tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from crawler.daemon.lock import DaemonLock; "
         f"DaemonLock({str(db_path)!r}).acquire(); print('locked', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert running_daemon_pid(db_path) == holder.pid
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        # The file still names the dead holder, but nobody holds the lock.
        assert str(holder.pid) in (db_path.parent / f"{db_path.name}.daemon.lock").read_text()
        assert running_daemon_pid(db_path) is None
        with DaemonLock(db_path):
            assert running_daemon_pid(db_path) == os.getpid()
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


# --- schedules ------------------------------------------------------------------------------
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


def test_bad_daemon_setting_is_one_sentence(db_path):
    with pytest.raises(DaemonConfigError, match="PRESSWATCH_DAEMON_CRAWL_TIMEOUT must be a "):
        load_config(db_path, crawl_timeout="an hour")
    config = load_config(db_path, log_file="-", crawl_command="python 'my crawl.py'")
    assert config.log_file is None
    assert config.crawl_command == ["python", "my crawl.py"]
    assert load_config(db_path, log_file="").log_file == db_path.with_name(
        "presswatch-daemon.log")


# --- run queries and health -----------------------------------------------------------------
def test_run_queries_for_recovery_and_status(fresh_db):
    first = start_run(fresh_db, "a", trigger="daemon", pid=1)
    finish_run(fresh_db, first, "ok", counts={"items": 3})
    second = start_run(fresh_db, "a", trigger="daemon", pid=1)
    other = start_run(fresh_db, "b", trigger="manual", pid=1)
    assert [r["id"] for r in running_runs(fresh_db)] == [second, other]
    assert mark_runs_killed(fresh_db, [second, first], "interrupted") == 1
    assert fresh_db.execute("SELECT status FROM crawl_runs WHERE id = ?",
                            [first]).fetchone()[0] == "ok"
    assert last_runs(fresh_db)["a"]["id"] == second
    assert last_runs(fresh_db)["a"]["status"] == "killed"
    assert set(last_run_started(fresh_db)) == {"a", "b"}
    assert [r["id"] for r in recent_finished_runs(fresh_db, "a", 5)] == [second, first]
    finish_run(fresh_db, other, "partial", counts={"items": 2})
    kill_run(fresh_db, other, "timed out")  # the daemon's verdict wins over the dying crawl's
    row = last_runs(fresh_db)["b"]
    assert (row["status"], row["items"], row["message"]) == ("killed", 2, "timed out")


def test_health_flags_repeated_failures_and_empty_runs():
    failed = {"status": "failed", "items": 0}
    empty = {"status": "ok", "items": 0}
    good = {"status": "ok", "items": 4}
    assert health_of([failed] * 3, 3) == "failed 3 runs in a row"
    assert health_of([empty, failed, empty], 3) == "zero items 3 runs in a row"
    assert health_of([failed, failed, good], 3) is None
    assert health_of([failed, failed], 3) is None  # too few runs to judge


# --- commands -------------------------------------------------------------------------------
def _sources_file(tmp_path, body: str):
    from crawler.sources import builtin_files, read_tables

    names = [name for file in builtin_files() for name in read_tables(file)]
    path = tmp_path / "sources.toml"
    path.write_text("".join(f"[sources.{n}]\nenabled = false\n" for n in names) + body)
    return path


def test_runs_command_lists_history_newest_first(runner, fresh_db, db_path):
    for source, status, items in (("a", "ok", 3), ("b", "failed", 0), ("a", "partial", 1)):
        finish_run(fresh_db, start_run(fresh_db, source, trigger="daemon"), status,
                   counts={"items": items}, message="boom" if status == "failed" else None)
    result = runner.invoke(main, ["runs", "--db", str(db_path), "--source", "a", "--json"])
    assert result.exit_code == 0, result.output
    assert [(r["source"], r["status"], r["items"]) for r in json.loads(result.output)] == [
        ("a", "partial", 1), ("a", "ok", 3)]
    result = runner.invoke(main, ["runs", "--db", str(db_path), "--limit", "2"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert "partial" in lines[1] and "failed" in lines[2] and "boom" in lines[2]
    assert len(lines) == 3


def test_status_shows_schedule_last_run_next_run_and_health(runner, fresh_db, db_path,
                                                            tmp_path):
    sources = _sources_file(tmp_path, """
[sources.steady]
spider = "feed"
interval = "2h"
start_urls = ["http://example.org/feed.xml"]
[sources.sick]
spider = "feed"
cron = "0 16 * * *"
start_urls = ["http://example.org/sick.xml"]
""")
    finish_run(fresh_db, start_run(fresh_db, "steady", trigger="daemon"), "ok",
               counts={"items": 4, "new": 2})
    for _ in range(3):
        finish_run(fresh_db, start_run(fresh_db, "sick", trigger="daemon"), "failed")
    result = runner.invoke(main, ["status", "--db", str(db_path), "--sources", str(sources),
                                  "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["daemon"] == {"running": False, "pid": None}
    rows = {row["source"]: row for row in report["sources"]}
    assert rows["steady"]["schedule"].startswith("every 2h")
    assert rows["steady"]["last_run"]["status"] == "ok"
    assert rows["steady"]["last_run"]["items"] == 4
    assert rows["steady"]["health"] is None
    next_run = datetime.fromisoformat(rows["steady"]["next_run"])
    assert timedelta(hours=1, minutes=55) < next_run - datetime.now(UTC) <= timedelta(hours=2)
    assert rows["sick"]["health"] == "failed 3 runs in a row"
    assert rows["sick"]["schedule"].startswith("cron 0 16 * * * (UTC+8)")

    text = runner.invoke(main, ["status", "--db", str(db_path), "--sources", str(sources)])
    assert "Daemon: not running" in text.output
    assert "WARNING: failed 3 runs in a row" in text.output

    with DaemonLock(db_path):
        result = runner.invoke(main, ["status", "--db", str(db_path), "--sources",
                                      str(sources), "--json"])
        assert json.loads(result.output)["daemon"] == {"running": True, "pid": os.getpid()}


def test_status_with_a_broken_sources_file_exits_2(runner, fresh_db, db_path, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("[sources.x]\ncron = 'every day'\n")
    result = runner.invoke(main, ["status", "--db", str(db_path), "--sources", str(broken)])
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and "sources.x.cron" in result.output


def test_daemon_command_has_help_with_its_options(runner):
    result = runner.invoke(main, ["daemon", "--help"])
    assert result.exit_code == 0
    for option in ("--once", "--log-level", "--log-file", "--sources", "--db"):
        assert option in result.output


# --- state file -------------------------------------------------------------------------------
def test_state_stays_stopped_when_a_crawl_thread_writes_after_the_stop(db_path):
    """A crawl that ends after the daemon's final write must not mark it running again."""
    from apscheduler.schedulers.background import BackgroundScheduler

    from crawler.daemon.core import Daemon
    from crawler.daemon.state import read_state

    daemon = Daemon(db_path, load_config(db_path))
    daemon._scheduler = BackgroundScheduler(timezone=UTC)
    daemon._write_state()
    assert read_state(db_path)["running"] is True
    daemon._write_state(running=False)  # _shutdown's final write
    daemon._write_state()  # a crawl thread's `finally` after it
    assert read_state(db_path)["running"] is False
