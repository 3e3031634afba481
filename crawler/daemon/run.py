"""Starting the daemon: configuration, logging, the store, the one-per-database lock.

Called by ``presswatch daemon`` and ``python scheduler.py`` (both the same Click command,
``crawler.cli.daemon_cmds.daemon``).
"""

from __future__ import annotations

from pathlib import Path

from crawler.daemon.config import load_config
from crawler.daemon.core import Daemon
from crawler.daemon.lock import DaemonLock
from crawler.daemon.logsetup import configure_logging
from db import open_db


def run_daemon(
    db_path: Path,
    *,
    once: bool = False,
    sources_file: Path | None = None,
    log_level: str = "INFO",
    log_file: str | None = None,
) -> int:
    """Run the daemon (or one round with ``once``) on ``db_path``; return the exit status.

    Raises :class:`~crawler.daemon.lock.DaemonAlreadyRunning`,
    :class:`~crawler.daemon.config.DaemonConfigError`, ``SourceConfigError`` and
    ``db.DatabaseError`` for the caller to report.
    """
    config = load_config(db_path, log_file=log_file)
    configure_logging(log_level, config.log_file)
    open_db(db_path).close()  # create or migrate before anything else touches it
    with DaemonLock(db_path):
        daemon = Daemon(db_path, config, sources_file=sources_file, log_level=log_level)
        return daemon.once() if once else daemon.serve()
