"""A crawl killed with -9 leaves no final status; the next ``crawl``, ``runs`` or ``status``
sees its process is gone and calls the run ``killed`` — and a reused PID does not fool it."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from crawler.cli import main
from crawler.liveness import process_identity, run_process_gone, shown_with_dead_runs
from tests.crawl.site import NEWS

pytestmark = pytest.mark.slow


def status_in_db(db) -> str | None:
    """The news_rss run's status; None before the crawl has made its database or row."""
    if not db.exists():
        return None
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT status FROM crawl_runs WHERE source = 'news_rss'").fetchone()
    except sqlite3.OperationalError:  # still being created
        return None
    finally:
        conn.close()
    return row[0] if row else None


def test_a_crawl_killed_with_sigkill_is_marked_killed_by_the_next_commands(crawl, runner):
    crawl.server.fault(NEWS, "/rss/finance.xml", stall=120)  # the crawl hangs on its feed
    proc = crawl.start("news_rss", settings=["DOWNLOAD_TIMEOUT=180"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while status_in_db(crawl.db) != "running":
            assert proc.poll() is None and time.monotonic() < deadline, "no running run row"
            time.sleep(0.2)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert status_in_db(crawl.db) == "running"  # nobody wrote a final status

    # read commands show it killed without writing
    runs = runner.invoke(main, ["runs", "--json", "--db", str(crawl.db)])
    assert runs.exit_code == 0, runs.output
    shown = json.loads(runs.output)
    assert [(r["status"], r["message"]) for r in shown] == [
        ("killed", f"killed: its process {proc.pid} ended without recording a result")]
    status = runner.invoke(main, ["status", "--json", "--db", str(crawl.db),
                                  "--sources", str(crawl.sources_file)])
    assert status.exit_code == 0, status.output
    last = {r["source"]: r["last_run"] for r in json.loads(status.output)["sources"]}
    assert last["news_rss"]["status"] == "killed"
    assert status_in_db(crawl.db) == "running"

    # the next crawl (of another source) records it
    crawl.server.clear_faults()
    result = crawl.run("news_atom")
    assert result.returncode == 0, result.stderr[-2000:]
    assert status_in_db(crawl.db) == "killed"


def running_row(**identity) -> dict:
    return {"status": "running", "id": 7, **identity}


def test_a_live_process_with_its_recorded_identity_is_running():
    row = running_row(**process_identity())
    assert not run_process_gone(row)
    assert shown_with_dead_runs([row])[0]["status"] == "running"


def test_a_reused_pid_is_not_the_runs_process():
    me = process_identity()
    if me["pid_started"] is None:
        pytest.skip("needs /proc")
    reused = running_row(**{**me, "pid_started": me["pid_started"] - 3600})
    assert run_process_gone(reused)
    assert shown_with_dead_runs([reused])[0]["status"] == "killed"


def test_a_run_from_another_boot_is_dead():
    me = process_identity()
    if me["boot_id"] is None:
        pytest.skip("needs /proc")
    assert run_process_gone(running_row(**{**me, "boot_id": "another-boot"}))


def test_a_pid_that_does_not_exist_is_dead_and_old_rows_are_judged_by_pid():
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert run_process_gone(running_row(pid=child.pid))
    assert not run_process_gone(running_row(pid=os.getpid()))  # no identity recorded
