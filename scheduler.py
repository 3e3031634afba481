"""The presswatch daemon: ``python scheduler.py [--once]``, the same as ``presswatch daemon``.

Crawls every enabled source on its schedule into the SQLite database until stopped
(SIGTERM/SIGINT); SIGHUP reloads the sources. See docs/daemon.md.
"""

from __future__ import annotations

import logging
from pathlib import Path

import click

from crawler.cli.common import UserError, db_option, handle_errors, prepare_store
from crawler.daemon.config import DaemonConfigError, load_config
from crawler.daemon.core import Daemon
from crawler.daemon.logsetup import configure_logging
from crawler.exitcodes import ExitStatus
from crawler.lock import DaemonAlreadyRunning, DaemonLock
from db import open_db

logger = logging.getLogger("presswatch.daemon")

LOG_LEVELS = click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False)


def run_daemon(
    db_path: Path,
    *,
    once: bool = False,
    sources_file: Path | None = None,
    log_level: str = "INFO",
    log_file: str | None = None,
) -> int:
    """Run the daemon (or one round with ``once``) on ``db_path``; return the exit status.

    Raises :class:`DaemonAlreadyRunning`, :class:`DaemonConfigError`, ``SourceConfigError``
    and ``db.DatabaseError`` for the caller to report.
    """
    config = load_config(db_path, log_file=log_file)
    configure_logging(log_level, config.log_file)
    open_db(db_path).close()  # create or migrate before anything else touches it
    with DaemonLock(db_path):
        daemon = Daemon(db_path, config, sources_file=sources_file, log_level=log_level)
        return daemon.once() if once else daemon.serve()


@click.command("daemon")
@click.option("--once", is_flag=True,
              help="Crawl every due source once and exit (for cron or a systemd timer).")
@click.option("--sources", "sources_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Sources file (default $PRESSWATCH_SOURCES_FILE or ./sources.toml).")
@click.option("--log-level", type=LOG_LEVELS, default="INFO", show_default=True)
@click.option("--log-file", help="Rotating log file; '-' for stderr only "
              "(default: presswatch-daemon.log beside the database).")
@db_option
@handle_errors
def daemon(
    once: bool, sources_file: Path | None, log_level: str, log_file: str | None, db_path: Path
) -> None:
    """Crawl every enabled source on its schedule until stopped.

    Each crawl runs in its own process with a timeout. SIGTERM or Ctrl-C stops cleanly
    (running crawls get a grace period); SIGHUP or editing the sources file reloads it.
    One daemon per database: a second one exits with status 2.

    Example: presswatch daemon --db data/presswatch.db --log-level INFO
    """
    from crawler.sources import SourceConfigError, load_sources

    try:
        # A broken configuration is refused before a store is made for it.
        load_config(db_path, log_file=log_file)
        load_sources(sources_file)
        prepare_store(db_path)
        status = run_daemon(db_path, once=once, sources_file=sources_file,
                            log_level=log_level, log_file=log_file)
    except DaemonAlreadyRunning as exc:
        raise UserError(str(exc), ExitStatus.USAGE) from exc
    except (DaemonConfigError, SourceConfigError) as exc:
        raise UserError(f"{exc}; fix it and start the daemon again", ExitStatus.USAGE) from exc
    raise SystemExit(status)


if __name__ == "__main__":
    daemon(prog_name="scheduler.py")
