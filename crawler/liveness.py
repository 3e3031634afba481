"""Is the process that carries a ``running`` crawl run still there?

A crawl killed with ``kill -9`` (or by the OOM killer, or a power cut) never writes its final
status. Its row stays ``running`` until someone notices the process is gone. A PID alone is
not proof: PIDs are reused, and after a reboot every PID is someone else's. So a run records
its process's identity — PID, the process's start time (``/proc/PID/stat``) and the kernel's
boot id — and a run is dead when any of them no longer matches.

``presswatch crawl`` (and ``python -m crawler.crawl``) mark dead runs ``killed`` before
starting; ``runs`` and ``status``, which never write, show them as ``killed``; the daemon does
the same at start (``crawler.daemon.core``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def pid_alive(pid: int) -> bool:
    """Whether a process with this PID exists (zombies count as gone)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state not in ("Z", "X")


def process_started_at(pid: int) -> float | None:
    """Start time of a process as a Unix timestamp (Linux), or None when unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        boot = next(
            float(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime ")
        )
    except (OSError, IndexError, StopIteration, ValueError):
        return None
    return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")


DEAD_MESSAGE = "killed: its process {pid} ended without recording a result"
# Start times computed from /proc at two moments may differ by the rounding of the boot
# time (whole seconds): a reused PID's process starts much later than that.
_START_TOLERANCE = 2.0


def boot_id() -> str | None:
    """This boot's id (Linux), or None where the kernel gives none."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip() or None
    except OSError:
        return None


def process_identity(pid: int | None = None) -> dict[str, Any]:
    """``{"pid", "pid_started", "boot_id"}`` of ``pid`` (default: this process)."""
    pid = os.getpid() if pid is None else pid
    return {"pid": pid, "pid_started": process_started_at(pid), "boot_id": boot_id()}


def run_process_gone(row: dict[str, Any]) -> bool:
    """True when the process recorded for a ``running`` row no longer exists.

    Rows from before identities were recorded (no ``pid_started``) are judged by the PID.
    """
    pid = row.get("pid") or 0
    recorded_boot = row.get("boot_id")
    if recorded_boot and boot_id() not in (None, recorded_boot):
        return True  # the machine rebooted since: nothing of that run survives
    if not pid_alive(pid):
        return True
    recorded_start = row.get("pid_started")
    if recorded_start is None:
        return False
    started = process_started_at(pid)
    return started is not None and abs(started - float(recorded_start)) > _START_TOLERANCE


def dead_message(row: dict[str, Any]) -> str:
    return DEAD_MESSAGE.format(pid=row.get("pid") or "?")


def shown_with_dead_runs(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` as a reader should see them: a ``running`` row whose process is gone is
    ``killed`` (read commands never write; the next writer records it)."""
    shown = []
    for row in rows:
        if row.get("status") == "running" and run_process_gone(row):
            row = {**row, "status": "killed", "message": dead_message(row)}
        shown.append(row)
    return shown
