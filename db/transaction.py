"""Write transactions (``BEGIN IMMEDIATE`` … ``COMMIT``, nested as savepoints) and the
read-only connection type.

Writers start with ``BEGIN IMMEDIATE`` so two writers never deadlock on a lock upgrade. A
module of its own (below ``db.connection`` and ``db.search``) so every store module can use
it without an import cycle.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import sqlite_utils

_SAVEPOINTS = itertools.count()


class ReadOnlyConnection(sqlite3.Connection):
    """A connection opened with ``mode=ro``: readers that would sync an index before
    reading (search) skip the sync on it."""


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
        # A savepoint of our own: sqlite-utils' atomic() names each one with a random token,
        # which cost ~0.15 ms a call on the ingest path (ten nested calls per article).
        name = f"pw_{next(_SAVEPOINTS)}"
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
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
