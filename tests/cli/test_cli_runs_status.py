"""The ``runs``, ``status`` and ``daemon`` commands without a daemon running: history,
schedule, last and next run, health, a broken sources file."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta

from crawler.cli import main
from crawler.daemon.lock import DaemonLock
from db.runs import finish_run, start_run


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
