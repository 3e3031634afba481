"""The daemon's logging: one line per event to stderr and to a rotating log file."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# 5 files of 5 MB hold months of run lines (about 300 bytes per run).
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5


def configure_logging(level: str, log_file: Path | None) -> None:
    """Send the root logger to stderr and, when given, to ``log_file`` (rotated)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    formatter = logging.Formatter(FORMAT)
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
            )
        )
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(level.upper())
    # APScheduler narrates every job at INFO; our own run lines say more in fewer words.
    if root.level > logging.DEBUG:
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
