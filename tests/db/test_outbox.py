"""The notification outbox: claims are exclusive, failures back off, leases expire."""

from __future__ import annotations

import threading

from db import open_db
from db.outbox import (
    backoff_seconds,
    claim_due,
    mark_delivered,
    mark_failed,
    pending_messages,
    record_message,
)


def _record(db, run_id=None, **kw):
    return record_message(db, subscription="desk", target="t1", event="coverage",
                          title="t", body="b", run_id=run_id, **kw)


def test_a_run_records_each_message_once(fresh_db):
    fresh_db.execute("INSERT INTO crawl_runs (source, started_at, status) VALUES ('s','x','ok')")
    assert _record(fresh_db, run_id=1) > 0
    assert _record(fresh_db, run_id=1) == 0  # the same run's end recorded again
    assert len(pending_messages(fresh_db)) == 1


def test_two_processes_never_claim_the_same_message(db_path):
    open_db(db_path).close()
    db = open_db(db_path)
    for _ in range(50):
        _record(db)
    claimed: dict[str, list[int]] = {}

    def take(name):
        conn = open_db(db_path)
        got = []
        for _ in range(10):
            got += [row["id"] for row in claim_due(conn, name)]
        claimed[name] = got
        conn.close()

    threads = [threading.Thread(target=take, args=(f"p{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = [i for ids in claimed.values() for i in ids]
    assert sorted(every) == list(range(1, 51))  # each message claimed exactly once


def test_failure_backs_off_and_only_the_claimer_can_mark(fresh_db):
    _record(fresh_db)
    [row] = claim_due(fresh_db, "a")
    assert claim_due(fresh_db, "b") == []  # leased to a
    assert mark_delivered(fresh_db, [row["id"]], "b") == 0  # not b's claim
    mark_failed(fresh_db, [row["id"]], "a", "connection refused", first_backoff=60)
    [pending] = pending_messages(fresh_db)
    assert pending["attempts"] == 1 and pending["last_error"] == "connection refused"
    assert pending["claimed_by"] is None
    assert claim_due(fresh_db, "b") == []  # not due for a minute
    assert backoff_seconds(1) == 60 and backoff_seconds(3) == 240
    assert backoff_seconds(30) == 6 * 3600


def test_an_expired_lease_is_taken_by_the_next_sender(fresh_db):
    _record(fresh_db)
    assert claim_due(fresh_db, "dead", lease_seconds=-1)  # its owner died; lease passed
    [row] = claim_due(fresh_db, "next")
    assert mark_delivered(fresh_db, [row["id"]], "next") == 1
    assert pending_messages(fresh_db) == []
    assert mark_delivered(fresh_db, [row["id"]], "dead") == 0  # the dead one cannot re-mark
