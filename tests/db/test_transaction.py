"""db/transaction.py: nested write transactions, savepoints all named alike."""

from __future__ import annotations

import pytest

from db.transaction import write_transaction


def _drop(db, url: str) -> None:
    db.execute("INSERT INTO dropped (url, dropped_at, reason) VALUES (?, 'x', 'r')", [url])


def _urls(db) -> list[str]:
    return [row[0] for row in db.execute("SELECT url FROM dropped ORDER BY id")]


def test_savepoints_nested_three_deep_undo_only_the_failing_level(fresh_db):
    with write_transaction(fresh_db):  # BEGIN IMMEDIATE
        _drop(fresh_db, "a")
        with write_transaction(fresh_db):  # a savepoint
            _drop(fresh_db, "b")
            with pytest.raises(RuntimeError), write_transaction(fresh_db):  # one inside it
                _drop(fresh_db, "c")
                raise RuntimeError("innermost failure")
            _drop(fresh_db, "d")
            with write_transaction(fresh_db):
                _drop(fresh_db, "e")
        with pytest.raises(RuntimeError), write_transaction(fresh_db):
            _drop(fresh_db, "f")
            with write_transaction(fresh_db):
                _drop(fresh_db, "g")  # released into "f"'s savepoint, then undone with it
            raise RuntimeError("middle failure")
        # A savepoint of another name (sqlite-utils' own) between ours.
        with fresh_db.atomic():
            with write_transaction(fresh_db):
                _drop(fresh_db, "h")
            with pytest.raises(RuntimeError), write_transaction(fresh_db):
                _drop(fresh_db, "i")
                raise RuntimeError("inside sqlite-utils' savepoint")
    assert not fresh_db.conn.in_transaction
    assert _urls(fresh_db) == ["a", "b", "d", "e", "h"]


def test_a_failure_at_the_outer_level_undoes_every_savepoint_inside(fresh_db):
    with pytest.raises(RuntimeError), write_transaction(fresh_db):
        with write_transaction(fresh_db), write_transaction(fresh_db):
            _drop(fresh_db, "a")
        raise RuntimeError("outer failure")
    assert not fresh_db.conn.in_transaction
    assert _urls(fresh_db) == []
