"""The store: schema, migrations, reads and writes. Nothing outside ``db/`` writes SQL."""

from db.connection import (
    DatabaseCorrupt,
    DatabaseError,
    DatabaseLocked,
    DatabaseMissing,
    DatabaseTooNew,
    DatabaseTooOld,
    is_read_only,
    open_db,
    utcnow,
    write_transaction,
)
from db.schema import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "DatabaseCorrupt",
    "DatabaseError",
    "DatabaseLocked",
    "DatabaseMissing",
    "DatabaseTooNew",
    "DatabaseTooOld",
    "is_read_only",
    "open_db",
    "utcnow",
    "write_transaction",
]
