"""Run a command as a real child process and read its own peak memory (tests and the hostile
benchmark share it)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

# A process forked from this (large) test process starts with the parent's memory counted in
# its ru_maxrss until it execs, so a peak read straight from wait4 reports pytest's own size.
# A small launcher process runs the command instead and reads the grandchild's peak.
_LAUNCHER = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(proc.pid, 0)
open(sys.argv[1], "w").write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_measured(command: list[str], *, env: dict[str, str] | None = None,
                 cwd: Path | None = None, timeout: float = 60,
                 output: Path) -> tuple[int, str, int]:
    """Run ``command`` as a real process: (exit code, its stderr, its peak RSS in KB).

    The peak is that process's own ``ru_maxrss`` (not the test process's, not a sibling's),
    measured by a small launcher so that pytest's memory is not counted. stdout and stderr go
    to files beside ``output`` (no pipe to fill up). ``timeout`` catches a hang; it is
    generous on purpose and does not time anything.
    """
    err_file = output.with_suffix(".stderr")
    peak_file = output.with_suffix(".peak")
    with open(output, "wb") as out, open(err_file, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-c", _LAUNCHER, str(peak_file), *command],
                                stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                env={**os.environ, **(env or {})}, cwd=cwd,
                                start_new_session=True)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        pytest.fail(f"{' '.join(command)} still running after {timeout} s")
    return (proc.returncode, err_file.read_text(encoding="utf-8", errors="replace"),
            int(peak_file.read_text()))
