"""The daemon as a real process with second-level intervals and a stand-in crawl command."""

from __future__ import annotations

import itertools
import json
import signal
import sqlite3
import time
from collections import defaultdict

import pytest

pytestmark = pytest.mark.slow


def _finished(runs: list[dict]) -> list[dict]:
    return [run for run in runs if run["status"] != "running"]


def test_runs_recorded_in_order_with_counts_and_never_overlap(kit):
    kit.write_sources({"alpha": "1m", "beta": "2m"})  # every 1 s and every 2 s
    kit.plan = {"alpha": {"sleep": 1.6, "items": 4}, "beta": {"sleep": 0.3, "items": 2}}
    proc = kit.start()
    def enough() -> bool:
        finished = [r["source"] for r in _finished(kit.runs())]
        return finished.count("alpha") >= 4 and finished.count("beta") >= 2

    kit.wait_for(enough, timeout=60, what="four finished runs of alpha and two of beta")
    code, err = kit.stop(proc)
    assert code == 0, err

    runs = kit.runs()
    assert runs and all(run["status"] in ("ok", "killed") for run in runs)
    assert all(run["trigger"] == "daemon" and run["planned_at"] for run in runs)
    ok = [run for run in runs if run["status"] == "ok"]
    for run in ok:
        expected = 4 if run["source"] == "alpha" else 2
        assert (run["items"], run["new"], run["pages"]) == (expected, expected, expected + 1)
    # Recorded in start order: ids and start times rise together.
    assert [r["started_at"] for r in runs] == sorted(r["started_at"] for r in runs)
    # No two crawls of one source overlap (alpha's crawl outlasts its 1 s interval).
    spans = defaultdict(dict)
    for event in kit.crawl_events():
        spans[event["run_id"]][event["event"]] = event
    by_source = defaultdict(list)
    for run_id, span in spans.items():
        end = span.get("end", {}).get("t", float("inf"))
        by_source[span["start"]["source"]].append((span["start"]["t"], end, run_id))
    assert len(by_source["alpha"]) >= 4 and len(by_source["beta"]) >= 2
    for source, intervals in by_source.items():
        intervals.sort()
        for (_, end, first), (start, _, second) in itertools.pairwise(intervals):
            assert start >= end, f"{source}: run {second} started before run {first} ended"
    log = kit.log_text()
    assert f"run {ok[0]['id']} of {ok[0]['source']} started" in log
    assert f"run {ok[0]['id']} of {ok[0]['source']} ended ok" in log
    assert "items 4, new 4" in log


def test_sigterm_during_a_crawl_finalises_every_run_and_exits_0(kit):
    kit.write_sources({"slow": "1m"})
    kit.plan = {"slow": {"sleep": 60}}
    proc = kit.start(PRESSWATCH_DAEMON_STOP_GRACE="1")
    kit.wait_for(lambda: any(e["event"] == "start" for e in kit.crawl_events()),
                 what="the crawl to start")
    code, err = kit.stop(proc)
    assert code == 0, err
    runs = kit.runs()
    assert len(runs) == 1
    assert runs[0]["status"] == "killed"
    assert runs[0]["finished_at"]
    assert "daemon was stopping" in runs[0]["message"]
    assert "SIGTERM received: stopping" in err
    child = kit.crawl_events()[0]["pid"]
    assert not _alive(child)


def test_a_crawl_that_finishes_within_the_grace_period_keeps_its_result(kit):
    kit.write_sources({"brief": "1m"})
    kit.plan = {"brief": {"sleep": 1.5, "items": 5}}
    proc = kit.start(PRESSWATCH_DAEMON_STOP_GRACE="20")
    kit.wait_for(lambda: any(e["event"] == "start" for e in kit.crawl_events()),
                 what="the crawl to start")
    code, err = kit.stop(proc)
    assert code == 0, err
    runs = kit.runs()
    assert [(r["status"], r["items"]) for r in runs] == [("ok", 5)]


def test_a_hanging_crawl_is_killed_at_its_timeout_and_the_schedule_goes_on(kit):
    kit.write_sources({"stuck": "1m", "fine": "1m"})
    kit.plan = {"stuck": {"hang": True}, "fine": {"sleep": 0.2}}
    proc = kit.start(PRESSWATCH_DAEMON_CRAWL_TIMEOUT="2", PRESSWATCH_DAEMON_KILL_AFTER="1",
                     PRESSWATCH_DAEMON_STOP_GRACE="1")
    # The hanging crawl ignores SIGTERM: it is killed 1 s after its 2 s timeout.
    def schedule_went_on() -> bool:
        runs = kit.runs()
        stuck = [r for r in runs if r["source"] == "stuck"]
        if len(stuck) < 2 or stuck[0]["status"] != "killed":
            return False
        return any(r["source"] == "fine" and r["status"] == "ok"
                   and r["started_at"] >= stuck[0]["finished_at"] for r in runs)

    kit.wait_for(schedule_went_on, timeout=60,
                 what="stuck to start again and fine to complete a run after the timeout")
    code, err = kit.stop(proc)
    assert code == 0, err
    stuck = [r for r in kit.runs() if r["source"] == "stuck"]
    assert all(r["status"] == "killed" for r in stuck)
    assert "timed out after 2s" in stuck[0]["message"]
    # The hanging crawl ignored SIGTERM; it was killed, not left behind.
    for event in kit.crawl_events():
        if event["source"] == "stuck":
            assert not _alive(event["pid"])


def test_a_second_daemon_exits_2_naming_the_first_ones_pid(kit, runner):
    kit.write_sources({"alpha": "10m"})
    first = kit.start()
    kit.wait_for(lambda: "started on" in kit.log_text(), what="the first daemon")
    second = kit.start()
    _, err = second.communicate(timeout=30)
    assert second.returncode == 2
    assert f"a daemon (PID {first.pid}) is already running on {kit.db_path}" in err
    assert "Traceback" not in err

    # `presswatch status` names the running daemon, its schedule and planned next run.
    kit.wait_for(lambda: _status(runner, kit)["sources"][0]["next_run"], what="a next run")
    report = _status(runner, kit)
    assert report["daemon"] == {"running": True, "pid": first.pid}
    alpha = next(row for row in report["sources"] if row["source"] == "alpha")
    assert alpha["schedule"] == "every 10s"  # as the daemon runs it (time scale 60, no jitter)
    assert alpha["next_run"] >= alpha["last_run"]["started_at"]
    assert kit.stop(first)[0] == 0
    assert _status(runner, kit)["daemon"] == {"running": False, "pid": None}


def _status(runner, kit) -> dict:
    from crawler.cli import main

    result = runner.invoke(main, ["status", "--db", str(kit.db_path), "--sources",
                                  str(kit.sources_file), "--json"], env=kit.env)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    report["sources"] = [row for row in report["sources"] if row["schedule"] != "disabled"]
    return report


def test_kill_9_during_a_crawl_then_restart_marks_the_run_killed(kit):
    kit.write_sources({"alpha": "1m"})
    kit.plan = {"alpha": {"sleep": 30}}
    first = kit.start()
    kit.wait_for(lambda: any(e["event"] == "start" for e in kit.crawl_events()),
                 what="the crawl to start")
    interrupted = kit.runs()[0]
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=10)
    # The crawl dies with its daemon instead of writing on unsupervised.
    child = kit.crawl_events()[0]["pid"]
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(child)
    assert kit.runs()[0]["status"] == "running"

    kit.plan = {"alpha": {"sleep": 0.2, "items": 2}}
    second = kit.start()
    kit.wait_for(lambda: any(r["status"] == "ok" for r in kit.runs()),
                 what="a crawl after the restart")
    assert kit.stop(second)[0] == 0
    runs = kit.runs()
    assert runs[0]["id"] == interrupted["id"]
    assert runs[0]["status"] == "killed"
    assert "interrupted" in runs[0]["message"]
    assert runs[1]["status"] == "ok"
    conn = sqlite3.connect(kit.db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_once_runs_every_due_source_and_exits(kit):
    # "120m" is two minutes at the test scale: the second round below starts well inside it
    # even on a loaded machine (two process start-ups can take more than ten seconds there).
    kit.write_sources({"alpha": "120m", "beta": "120m"})
    kit.plan = {"alpha": {"items": 1}, "beta": {"items": 2, "sleep": 0.1}}
    proc = kit.start("--once")
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert sorted((r["source"], r["status"], r["items"]) for r in kit.runs()) == [
        ("alpha", "ok", 1), ("beta", "ok", 2)]
    # Nothing is due any more: a second round crawls nothing.
    proc = kit.start("--once")
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert len(kit.runs()) == 2
    assert "0 of 2 source(s) due" in err


def test_once_exits_1_when_a_crawl_fails(kit):
    kit.write_sources({"broken": "10m"})
    kit.plan = {"broken": {"exit": 1}}
    proc = kit.start("--once")
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, err
    run = kit.runs()[0]
    assert run["status"] == "failed"
    assert "exited with code 1" in run["message"]


def test_recent_sources_keep_their_rhythm_on_start(kit):
    # "60m" is one minute at the test scale: "fresh" ran just now and is not owed for a
    # minute; "stale" last ran years ago and is owed at once.
    kit.write_sources({"fresh": "60m", "stale": "60m"})
    from db import open_db
    from db.runs import finish_run, start_run

    db = open_db(kit.db_path)
    for source in ("fresh", "stale"):
        finish_run(db, start_run(db, source, trigger="manual"), "ok")
    db.close()
    conn = sqlite3.connect(kit.db_path)
    conn.execute("UPDATE crawl_runs SET started_at = '2020-01-01T00:00:00+00:00' "
                 "WHERE source = 'stale'")
    conn.commit()
    conn.close()
    proc = kit.start()
    kit.wait_for(lambda: any(r["source"] == "stale" and r["trigger"] == "daemon"
                             for r in kit.runs()), what="the owed source to run")
    time.sleep(1.0)
    assert kit.stop(proc)[0] == 0
    daemon_runs = [r["source"] for r in kit.runs() if r["trigger"] == "daemon"]
    assert daemon_runs == ["stale"]
    lines = kit.log_text().splitlines()
    stale = next(line for line in lines if "source stale: every 1m" in line)
    fresh = next(line for line in lines if "source fresh: every 1m" in line)
    assert stale.endswith("(owed now)") and not fresh.endswith("(owed now)")


def test_sighup_reloads_and_a_broken_file_keeps_the_old_schedule(kit):
    kit.write_sources({"alpha": "1m"})
    kit.plan = {"alpha": {"sleep": 0.1}, "gamma": {"sleep": 0.1}}
    proc = kit.start(PRESSWATCH_DAEMON_RELOAD_CHECK="600")
    kit.wait_for(lambda: any(r["source"] == "alpha" for r in _finished(kit.runs())),
                 what="alpha to run")
    kit.sources_file.write_text(kit.sources_file.read_text() + "\n[sources.broken\n")
    proc.send_signal(signal.SIGHUP)
    kit.wait_for(lambda: "keeping the current schedule" in kit.log_text(),
                 what="the broken file to be refused")
    count = len([r for r in kit.runs() if r["source"] == "alpha"])
    kit.wait_for(lambda: len([r for r in kit.runs() if r["source"] == "alpha"]) > count + 1,
                 what="alpha to keep running")
    kit.write_sources({"gamma": "1m"})
    proc.send_signal(signal.SIGHUP)
    kit.wait_for(lambda: any(r["source"] == "gamma" for r in _finished(kit.runs())),
                 what="gamma to run after the reload")
    assert "source alpha removed or disabled" in kit.log_text()
    assert kit.stop(proc)[0] == 0


def test_editing_the_sources_file_reloads_without_a_signal(kit):
    kit.write_sources({"alpha": "10m"})
    proc = kit.start()
    kit.wait_for(lambda: "started on" in kit.log_text(), what="the daemon")
    time.sleep(0.2)
    kit.write_sources({"alpha": "10m", "delta": "10m"})
    kit.wait_for(lambda: any(r["source"] == "delta" for r in _finished(kit.runs())),
                 what="delta to run after the file changed")
    assert "sources reloaded (the sources file changed)" in kit.log_text()
    assert kit.stop(proc)[0] == 0


def test_a_broken_sources_file_at_start_is_one_sentence_and_exit_2(kit):
    kit.sources_file.write_text("[sources.alpha]\ninterval = 'soon'\n")
    proc = kit.start()
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 2
    assert err.strip().startswith("Error:") and "sources.alpha.interval" in err
    assert "Traceback" not in err


def _alive(pid: int) -> bool:
    from crawler.daemon.process import pid_alive

    return pid_alive(pid)


def test_state_file_says_not_running_after_a_stop_during_crawls(kit):
    from crawler.daemon.state import read_state

    kit.write_sources({"brief": "1m", "other": "1m"})
    kit.plan = {"brief": {"sleep": 1.0}, "other": {"sleep": 1.0}}
    proc = kit.start(PRESSWATCH_DAEMON_STOP_GRACE="20")
    kit.wait_for(lambda: len([e for e in kit.crawl_events() if e["event"] == "start"]) >= 2,
                 what="both crawls to start")
    code, err = kit.stop(proc)
    assert code == 0, err
    assert read_state(kit.db_path)["running"] is False
