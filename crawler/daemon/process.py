"""Crawl child processes: start one in its own process group, stop it, recognise leftovers.

Each crawl is a separate OS process (Scrapy's reactor cannot be restarted in one process,
and a separate process isolates memory growth and crashes). It gets its own process group
so that terminating it also ends anything it started, and on Linux it asks the kernel to
kill it if the daemon dies, so a ``kill -9`` of the daemon never leaves a crawl writing
unsupervised.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

from crawler.liveness import pid_alive, process_started_at

logger = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1
try:  # looked up before any fork: the child must not import or allocate
    _prctl = ctypes.CDLL(None, use_errno=True).prctl if sys.platform == "linux" else None
except (OSError, AttributeError):  # pragma: no cover - non-glibc systems
    _prctl = None


def _die_with_parent() -> None:
    """In the child, before exec: SIGKILL me when the thread that started me goes away."""
    if _prctl is not None:
        _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def crawl_argv(command: list[str], db_path: Path, source: str, run_id: int) -> list[str]:
    """The child's command line: ``COMMAND --db PATH --run-id SOURCE=ID SOURCE``."""
    return [*command, "--db", str(db_path), "--run-id", f"{source}={run_id}", source]


def start_crawl(argv: list[str], *, env: dict[str, str] | None = None,
                log_file: Path | None = None) -> subprocess.Popen:
    """Start a crawl child in a new session (its own process group); stdout is discarded.

    The child's stderr (Scrapy's log, tracebacks included) is appended to ``log_file``,
    the daemon's log file, so the console shows only the daemon's own line per run; with
    no log file it goes to the daemon's stderr (journald). ``env`` is added to the
    daemon's environment.
    """
    stream = None
    if log_file is not None:
        try:
            stream = open(log_file, "ab")  # noqa: SIM115 - handed to the child, closed below
        except OSError as exc:
            logger.warning("cannot append the crawl's log to %s (%s); it goes to stderr",
                           log_file, exc.strerror)
    try:
        return subprocess.Popen(
            argv,
            env={**os.environ, **env} if env else None,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stream,
            start_new_session=True,
            preexec_fn=_die_with_parent if _prctl is not None else None,
            close_fds=True,
        )
    finally:
        if stream is not None:
            stream.close()


def _signal_group(pid: int, sig: int) -> bool:
    try:
        os.killpg(pid, sig)
    except ProcessLookupError:
        return False
    except PermissionError:
        logger.warning("no permission to signal process group %d", pid)
        return False
    return True


def stop_crawl(proc: subprocess.Popen, *, kill_after: float = 10.0) -> int:
    """SIGTERM the child's process group, SIGKILL it after ``kill_after`` s; return its code."""
    if proc.poll() is None:
        _signal_group(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            logger.warning("crawl process %d ignored SIGTERM for %.0fs; killing it",
                           proc.pid, kill_after)
            _signal_group(proc.pid, signal.SIGKILL)
            proc.wait()
    # Anything the crawl left behind in its group goes too.
    _signal_group(proc.pid, signal.SIGKILL)
    return proc.returncode


def is_leftover_crawl(pid: int, run_started: datetime) -> bool:
    """Whether ``pid`` is still the crawl started for a run that began at ``run_started``.

    A daemon starts the child right after inserting the run row, so the process must have
    started within a minute of it; an older or much newer process is a reused PID.
    """
    if not pid_alive(pid):
        return False
    try:
        if os.getpgid(pid) != pid:  # our children lead their own process group
            return False
    except ProcessLookupError:
        return False
    started = process_started_at(pid)
    return started is None or abs(started - run_started.timestamp()) < 60


def stop_leftover(pid: int, *, kill_after: float = 10.0) -> None:
    """Terminate a crawl group that a dead daemon left running."""
    _signal_group(pid, signal.SIGTERM)
    deadline = time.monotonic() + kill_after
    while time.monotonic() < deadline and pid_alive(pid):
        time.sleep(0.1)
    _signal_group(pid, signal.SIGKILL)
