"""Fixtures for daemon tests: a sources file, the fake crawl command, a daemon process."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
FAKE_CRAWL = Path(__file__).with_name("fake_crawl.py")
SCALE = 60  # a "1m" source runs every second


def builtin_source_names() -> list[str]:
    from crawler.sources import builtin_files, read_tables

    names: list[str] = []
    for file in builtin_files():
        names.extend(read_tables(file))
    return names


def is_fake_crawl(pid: int) -> bool:
    """Whether ``pid`` is (still) one of our fake crawls, not a reused PID."""
    try:
        return b"fake_crawl.py" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


class DaemonKit:
    """One test's daemon world: files, environment, processes and readers."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.db_path = tmp_path / "presswatch.db"
        self.sources_file = tmp_path / "sources.toml"
        self.crawl_log = tmp_path / "crawls.jsonl"
        self.log_file = tmp_path / "daemon.log"
        self.plan: dict[str, dict[str, Any]] = {}
        self.procs: list[subprocess.Popen] = []
        self.env = {
            **os.environ,
            "PRESSWATCH_DAEMON_CRAWL_COMMAND": f"{sys.executable} {FAKE_CRAWL}",
            "PRESSWATCH_DAEMON_TIME_SCALE": str(SCALE),
            "PRESSWATCH_DAEMON_JITTER": "0",
            "PRESSWATCH_DAEMON_RELOAD_CHECK": "0.3",
            "PRESSWATCH_DAEMON_STOP_GRACE": "5",
            "PRESSWATCH_DAEMON_CRAWL_TIMEOUT": "30",
            "PRESSWATCH_DAEMON_MAX_PARALLEL": "4",
            "PRESSWATCH_SOURCES_FILE": str(self.sources_file),
            "FAKE_CRAWL_LOG": str(self.crawl_log),
        }

    def write_sources(self, intervals: dict[str, str], *, extra: str = "") -> None:
        """A sources file with feed sources at the given intervals, built-ins switched off."""
        parts = [f"[sources.{name}]\nenabled = false\n" for name in builtin_source_names()
                 if name not in intervals]
        for name, interval in intervals.items():
            parts.append(
                f'[sources.{name}]\nspider = "feed"\nkind = "feed"\ninterval = "{interval}"\n'
                f'start_urls = ["http://127.0.0.1:9/{name}.xml"]\n'
            )
        self.sources_file.write_text("\n".join(parts) + extra)

    def start(self, *args: str, **env: str) -> subprocess.Popen:
        """``python scheduler.py`` on this world's database, as a real process."""
        environment = {**self.env, "FAKE_CRAWL_PLAN": json.dumps(self.plan), **env}
        proc = subprocess.Popen(
            [sys.executable, str(REPO_ROOT / "scheduler.py"), "--db", str(self.db_path),
             "--sources", str(self.sources_file), "--log-file", str(self.log_file), *args],
            cwd=self.tmp, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True,
        )
        self.procs.append(proc)
        return proc

    def runs(self) -> list[dict[str, Any]]:
        if not self.db_path.exists():
            return []
        conn = sqlite3.connect(self.db_path, timeout=15)
        conn.row_factory = sqlite3.Row
        try:
            return [dict(row) for row in conn.execute("SELECT * FROM crawl_runs ORDER BY id")]
        except sqlite3.OperationalError:  # not migrated yet
            return []
        finally:
            conn.close()

    def crawl_events(self) -> list[dict[str, Any]]:
        if not self.crawl_log.exists():
            return []
        return [json.loads(line) for line in self.crawl_log.read_text().splitlines() if line]

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 30, what: str = "") -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = predicate()
            if result:
                return result
            time.sleep(0.1)
        raise AssertionError(f"timed out after {timeout}s waiting for {what or predicate}; "
                             f"log:\n{self.log_text()}")

    def log_text(self) -> str:
        return self.log_file.read_text() if self.log_file.exists() else ""

    def stop(self, proc: subprocess.Popen, timeout: float = 30) -> tuple[int, str]:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=timeout)
        return proc.returncode, err

    def cleanup(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
                proc.communicate(timeout=10)
        # Fake crawls that outlived a test (they should not): end them by their own PIDs.
        for event in self.crawl_events():
            if event["event"] == "start" and is_fake_crawl(event["pid"]):
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(event["pid"], signal.SIGKILL)


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[DaemonKit]:
    world = DaemonKit(tmp_path)
    yield world
    world.cleanup()
