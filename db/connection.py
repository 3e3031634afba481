"""Opening the SQLite store: pragmas, migration on open, transactions and error mapping.

Every process (CLI, daemon, crawl, a user's sqlite-utils) may open the same file at once:
WAL lets readers work while one writer writes, and ``busy_timeout`` makes a second writer
wait instead of failing. Writers start with ``BEGIN IMMEDIATE`` so two writers never
deadlock on a lock upgrade.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from db import schema
from db.search import sync_search
from db.transaction import (
    ReadOnlyConnection,
    StoreConnection,
    is_read_only,
    write_transaction,
)

# Re-exported: the one way writers open a transaction, and the read-only test.
__all__ = ["ReadOnlyConnection", "is_read_only", "write_transaction"]

DEFAULT_BUSY_TIMEOUT_MS = 15_000


class DatabaseError(Exception):
    """A store problem that the CLI reports as one sentence."""

    exit_code = 1


class DatabaseMissing(DatabaseError):
    exit_code = 2


class DatabaseCorrupt(DatabaseError):
    pass


class DatabaseLocked(DatabaseError):
    pass


class DatabaseTooNew(DatabaseError):
    exit_code = 2


class DatabaseTooOld(DatabaseError):
    """A read-only open found a database that needs a migration (reads never migrate)."""

    exit_code = 2


def utcnow() -> str:
    """Current time as ISO 8601 UTC with seconds, e.g. ``2025-01-10T08:47:15+00:00``."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def open_db(
    path: str | Path,
    *,
    create: bool = True,
    migrate: bool = True,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    read_only: bool = False,
) -> sqlite_utils.Database:
    """Open (and by default create and migrate) the presswatch database at ``path``.

    With ``read_only`` the file is opened through a ``file:…?mode=ro`` URI: nothing is
    created, migrated or written (a 0-byte file stays 0 bytes); a file that is not a
    presswatch database raises :class:`DatabaseCorrupt`, one that needs a migration
    :class:`DatabaseTooOld`.

    Raises :class:`DatabaseMissing` when ``create`` is false and there is no file,
    :class:`DatabaseCorrupt` when the file is not a SQLite database,
    :class:`DatabaseTooNew` when it was written by a newer presswatch and
    :class:`DatabaseLocked` when another writer holds it past the busy timeout.
    """
    path = Path(path)
    if read_only:
        return _open_read_only(path, busy_timeout_ms)
    if str(path) != ":memory:":
        if not path.exists():
            if not create:
                raise DatabaseMissing(
                    f"no database at {path}; run 'presswatch init --db {path}' to create it"
                )
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(
                    f"cannot create the folder for the database {path}: {exc.strerror}"
                ) from exc
        elif path.is_dir():
            raise DatabaseMissing(f"{path} is a folder, not a database file; give a file path")
    try:
        conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000,
                               factory=StoreConnection)
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot open the database {path}: {exc}") from exc
    db = sqlite_utils.Database(conn, execute_plugins=False)
    try:
        _configure(db, busy_timeout_ms)
        if migrate and schema.migrate(db) and "search_queue" in db.table_names():
            sync_search(db)  # rows from before the search migrations get indexed
    except schema.SchemaTooNew as exc:
        conn.close()
        raise DatabaseTooNew(f"{path}: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise translate_error(exc, path) from exc
    return db


def _open_read_only(path: Path, busy_timeout_ms: int) -> sqlite_utils.Database:
    if not path.exists():
        raise DatabaseMissing(
            f"no database at {path}; run 'presswatch init --db {path}' to create it"
        )
    if path.is_dir():
        raise DatabaseMissing(f"{path} is a folder, not a database file; give a file path")
    uri = path.resolve().as_uri().replace("file://", "file:", 1) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000,
                               factory=ReadOnlyConnection)
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot open the database {path}: {exc}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise translate_error(exc, path) from exc
    if version == 0:
        conn.close()
        what = "an empty file" if path.stat().st_size == 0 else (
            "a SQLite database of another program" if tables else "an empty database")
        raise DatabaseCorrupt(
            f"{path} is {what}, not a presswatch database; give another --db or run "
            f"'presswatch init --db {path}' to make one"
        )
    if version > schema.SCHEMA_VERSION:
        conn.close()
        raise DatabaseTooNew(
            f"{path}: database schema v{version} is newer than this presswatch's "
            f"v{schema.SCHEMA_VERSION}; upgrade presswatch or give another --db"
        )
    if version < schema.SCHEMA_VERSION:
        conn.close()
        raise DatabaseTooOld(
            f"{path} has schema v{version} (this presswatch writes v{schema.SCHEMA_VERSION}); "
            f"run 'presswatch init --db {path}' once to upgrade it"
        )
    db = sqlite_utils.Database(conn, execute_plugins=False)
    return db


def _configure(db: sqlite_utils.Database, busy_timeout_ms: int) -> None:
    db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    db.execute("PRAGMA foreign_keys = ON")
    mode = db.execute("PRAGMA journal_mode").fetchone()[0]
    if mode != "wal":
        db.execute("PRAGMA journal_mode = WAL")
    # NORMAL is durable across application crashes in WAL mode; only a power loss can drop
    # the last transactions, never corrupt the file.
    db.execute("PRAGMA synchronous = NORMAL")
    # Savepoint journals in memory, not in a temporary file: every page an item's
    # savepoint changes (a crawl writes each item in one inside its commit group, and the
    # ~60 dedup keys of an article land on as many B-tree pages) is copied there first.
    # In a file that was write() calls per page: ~0.6 CPU ms an article (measured).
    db.execute("PRAGMA temp_store = MEMORY")


def translate_error(exc: sqlite3.Error, path: str | Path) -> DatabaseError:
    """Turn a sqlite3 exception into a one-sentence :class:`DatabaseError`."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return DatabaseLocked(
            f"the database {path} is locked by another writer; try again when it has finished"
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseCorrupt(
            f"{path} is not a readable presswatch database ({text}); "
            "restore it from a backup or give another --db"
        )
    return DatabaseError(f"database error in {path}: {text}")
