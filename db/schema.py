"""The schema version of a store and the upgrade to this presswatch's version.

``PRAGMA user_version`` records the schema version. Opening a database applies every
migration above its version in one transaction; a database from a newer presswatch is
refused instead of being damaged. The migrations themselves are frozen in
``db/migrations.py``.
"""

from __future__ import annotations

import sqlite_utils

from db import migrations


class SchemaTooNew(Exception):
    """The database was written by a newer version of presswatch."""


SCHEMA_VERSION = len(migrations.MIGRATIONS)


def current_version(db: sqlite_utils.Database) -> int:
    """The schema version the database records (``PRAGMA user_version``; 0 when new)."""
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database, *, target: int = SCHEMA_VERSION) -> int:
    """Apply the migrations between the database's version and ``target``; return how many."""
    version = current_version(db)
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"the database has schema version {version} but this presswatch knows only up to "
            f"{SCHEMA_VERSION}; upgrade presswatch or give another --db"
        )
    if version >= target:
        return 0
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Re-read under the write lock: another process may have migrated meanwhile.
        version = current_version(db)
        for number in range(version + 1, target + 1):
            migrations.MIGRATIONS[number - 1](db)
            conn.execute(f"PRAGMA user_version = {number}")
        applied = max(0, target - version)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return applied
