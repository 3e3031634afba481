"""``db.runs``: the run queries recovery and ``status`` use, and the health verdict."""

from __future__ import annotations

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
