"""One daemon per database: an exclusive ``flock`` on a pid file beside the database.

``flock`` is released by the kernel when its holder dies, even by ``kill -9``, so a lock
left by a killed daemon is stale by construction and the next daemon simply takes it; the
PID written inside is only there to name the running daemon in messages and in
``presswatch status``.
"""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path


class DaemonAlreadyRunning(Exception):
    """Another daemon holds the lock of this database."""

    def __init__(self, pid: int | None, db_path: Path) -> None:
        who = f"PID {pid}" if pid else "PID unknown"
        super().__init__(
            f"a daemon ({who}) is already running on {db_path}; stop it first "
            f"(kill -TERM {pid if pid else '<pid>'}) or give another --db"
        )
        self.pid = pid


def lock_path_for(db_path: str | Path) -> Path:
    """The lock file of a database: ``<db>.daemon.lock`` in the database's folder."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".daemon.lock")


def _read_pid(path: Path) -> int | None:
    # The holder writes its PID right after locking; a reader may land in between.
    for _ in range(20):
        try:
            text = path.read_text().strip()
        except OSError:
            return None
        if text.isdigit():
            return int(text)
        time.sleep(0.05)
    return None


class DaemonLock:
    """The exclusive lock of one database, held for the daemon's lifetime.

    Example::

        with DaemonLock(db_path):      # raises DaemonAlreadyRunning
            run_the_daemon()
    """

    def __init__(self, db_path: str | Path) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path_for(self.db_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`DaemonAlreadyRunning` naming the holder's PID."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise DaemonAlreadyRunning(_read_pid(self.path), self.db_path) from None
        # Ours now; whatever PID a killed predecessor left in the file is overwritten.
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        """Give the lock up (the file stays; an unlocked file means no daemon)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def __enter__(self) -> DaemonLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def running_daemon_pid(db_path: str | Path) -> int | None:
    """PID of the daemon running on ``db_path``, or None when no daemon holds the lock."""
    path = lock_path_for(db_path)
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return _read_pid(path) or -1
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)
