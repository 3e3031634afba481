"""Fixtures shared by every test folder: a fresh database file and the CLI runner."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from db import open_db

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED_FILE = REPO_ROOT / "crawler" / "reference" / "seed_article.txt"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Path of a database that does not exist yet."""
    return tmp_path / "presswatch.db"


@pytest.fixture
def fresh_db(db_path: Path):
    """An empty, migrated presswatch database in a temporary file."""
    db = open_db(db_path)
    yield db
    db.close()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run_measured(command: list[str], *, env: dict[str, str] | None = None,
                 cwd: Path | None = None, timeout: float = 60,
                 output: Path) -> tuple[int, str, int]:
    """Run ``command`` as a real process: (exit code, its stderr, its peak RSS in KB).

    The peak is that process's own ``ru_maxrss`` from ``wait4`` (not the test process's,
    not a sibling's). stdout and stderr go to files beside ``output`` (no pipe to fill up).
    ``timeout`` catches a hang; it is generous on purpose and does not time anything.
    """
    err_file = output.with_suffix(".stderr")
    with open(output, "wb") as out, open(err_file, "wb") as err:
        proc = subprocess.Popen(command, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                env={**os.environ, **(env or {})}, cwd=cwd)
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            break
        if time.monotonic() > deadline:
            proc.kill()
            proc.wait()
            pytest.fail(f"{' '.join(command)} still running after {timeout} s")
        time.sleep(0.05)
    return proc.returncode, err_file.read_text(encoding="utf-8", errors="replace"), usage.ru_maxrss
