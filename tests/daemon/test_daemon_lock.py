"""``crawler.daemon.lock``: one daemon per database; a killed holder's lock is recovered."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from crawler.daemon.lock import DaemonAlreadyRunning, DaemonLock, running_daemon_pid


def test_second_lock_on_one_database_names_the_holder(db_path):
    with DaemonLock(db_path):
        with pytest.raises(DaemonAlreadyRunning) as err:
            DaemonLock(db_path).acquire()
        assert f"a daemon (PID {os.getpid()}) is already running on {db_path}" in str(err.value)
        assert running_daemon_pid(db_path) == os.getpid()
    assert running_daemon_pid(db_path) is None
    with DaemonLock(db_path):  # free again after release
        pass


def test_stale_lock_of_a_killed_holder_is_recovered(db_path, tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from crawler.daemon.lock import DaemonLock; "
         f"DaemonLock({str(db_path)!r}).acquire(); print('locked', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert running_daemon_pid(db_path) == holder.pid
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        # The file still names the dead holder, but nobody holds the lock.
        assert str(holder.pid) in (db_path.parent / f"{db_path.name}.daemon.lock").read_text()
        assert running_daemon_pid(db_path) is None
        with DaemonLock(db_path):
            assert running_daemon_pid(db_path) == os.getpid()
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
