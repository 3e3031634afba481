"""Write transactions (``BEGIN IMMEDIATE`` … ``COMMIT``, nested as savepoints), work
deferred to the commit, and the connection types.

Writers start with ``BEGIN IMMEDIATE`` so two writers never deadlock on a lock upgrade. A
module of its own (below ``db.connection`` and ``db.search``) so every store module can use
it without an import cycle.

Some upkeep is cheaper done once per transaction than once per write: the search indexes
(``db.search.sync_search``) take a whole commit group of articles in one pass instead of one
FTS5 segment per article. A writer registers it with :func:`before_commit`; the outermost
transaction runs it just before ``COMMIT`` (:func:`commit`), so what is committed is always
in step.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlite_utils

_SAVEPOINT = "pw_item"


class ReadOnlyConnection(sqlite3.Connection):
    """A connection opened with ``mode=ro``: readers that would sync an index before
    reading (search) skip the sync on it."""


class StoreConnection(sqlite3.Connection):
    """A writable connection from ``db.open_db``: it holds the work registered with
    :func:`before_commit` for the transaction in progress."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.before_commit: dict[str, Callable[[], object]] = {}


def before_commit(db: sqlite_utils.Database, key: str, action: Callable[[], object]) -> None:
    """Run ``action`` once, just before the outermost transaction in progress commits.

    Several registrations under one ``key`` run once. Outside a transaction, or on a
    connection not opened by ``db.open_db`` (which cannot hold the work), it runs now.
    """
    pending = getattr(db.conn, "before_commit", None)
    if pending is None or not db.conn.in_transaction:
        action()
    else:
        pending.setdefault(key, action)


def commit(db: sqlite_utils.Database) -> None:
    """Run the work registered with :func:`before_commit`, then ``COMMIT``."""
    conn = db.conn
    pending = getattr(conn, "before_commit", None)
    try:
        while pending:  # an action may register another
            _, action = pending.popitem()
            action()
    except BaseException:
        pending.clear()
        raise
    conn.execute("COMMIT")


def rollback(db: sqlite_utils.Database) -> None:
    """``ROLLBACK`` the transaction in progress, and forget its registered work."""
    pending = getattr(db.conn, "before_commit", None)
    if pending:
        pending.clear()
    if db.conn.in_transaction:
        db.conn.execute("ROLLBACK")


def is_read_only(db: sqlite_utils.Database) -> bool:
    """Whether ``db`` was opened by ``db.open_db`` with ``read_only=True``."""
    return isinstance(db.conn, ReadOnlyConnection)


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One atomic unit of writes: ``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on error.

    Nested use becomes a savepoint, so library functions can wrap their own writes and
    still be part of a caller's larger transaction.
    """
    conn = db.conn
    if conn.in_transaction:
        # A savepoint of our own, always named alike: SQLite releases or rolls back to the
        # most recent savepoint of a name, and these nest strictly, so one name is enough,
        # and its three statements stay in the connection's statement cache (sqlite-utils'
        # atomic() names each one with a random token, ~0.15 ms a call; a counter in the
        # name still made every statement a new one to compile, ~5 us each).
        name = _SAVEPOINT
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            raise
        else:
            conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
        commit(db)
    except BaseException:
        rollback(db)
        raise
