"""``presswatch serve``: Datasette on the store, read-only, with presswatch's plugin.

Datasette opens a file it may watch change (the daemon writes while it serves) with
``mode=ro`` connections; nothing here writes. The database is named after the file's stem,
as ``datasette FILE`` would name it.
"""

from __future__ import annotations

import asyncio
import socket
import sqlite3
from pathlib import Path
from typing import Any

import sqlite_utils

from db.schema import SCHEMA_VERSION, current_version
from db.views import table_names
from web.metadata import build_metadata

TEMPLATES = Path(__file__).resolve().parent / "templates"


class ServeError(Exception):
    """The store cannot be served (one sentence)."""


def read_only_tables(path: Path) -> tuple[list[str], int]:
    """The store's tables and schema version, read through a read-only connection."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
            return table_names(db), current_version(db)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ServeError(f"{path} is not a readable presswatch database ({exc})") from exc


def make_datasette(path: Path) -> Any:
    """A Datasette instance serving ``path`` with presswatch's metadata and plugin."""
    from datasette.app import Datasette

    from web.plugin import install

    tables, version = read_only_tables(path)
    if version > SCHEMA_VERSION:
        raise ServeError(f"{path} has schema version {version} but this presswatch knows "
                         f"only up to {SCHEMA_VERSION}; upgrade presswatch")
    if "articles" not in tables:
        raise ServeError(f"{path} has no articles table; run 'presswatch init --db {path}'")
    install()
    return Datasette(
        [str(path)],
        metadata=build_metadata(path.stem, tables),
        template_dir=str(TEMPLATES),
        settings={"sql_time_limit_ms": 3000, "facet_time_limit_ms": 500},
    )


def bind(host: str, port: int) -> socket.socket:
    """A listening socket (port 0: a free one), bound before Datasette starts."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror}; "
                         "choose another --port") from exc
    sock.listen(128)
    return sock


def serve(datasette: Any, sock: socket.socket) -> None:
    """Run the server on ``sock`` until interrupted."""
    import uvicorn

    asyncio.run(datasette.invoke_startup())
    config = uvicorn.Config(datasette.app(), log_level="warning", lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])
