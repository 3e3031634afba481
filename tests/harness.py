"""The one crawl harness of the tests: real crawl processes against a real replica server on
127.0.0.1, into real SQLite files.

A crawl runs as ``python -m crawler.crawl`` in a child process (Twisted's reactor cannot
restart in one test process), pointed at a :class:`crawler.replica.ReplicaServer` with
``PRESSWATCH_HOST_MAP`` and at a fixed ``PRESSWATCH_NOW``. ``tests/crawl`` crawls its
generated test site through a user sources file (the way a user adds a source without
code); ``tests/sites`` crawls the bundled replicas of the real sites with the built-in
source definitions only (:func:`crawl_builtin_source`). Tests that stop a crawl midway
(signals, SIGKILL) start it with :meth:`CrawlHarness.start`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from crawler.cli import main as presswatch
from crawler.replica import ReplicaServer

#: Politeness off (no delay, no AutoThrottle); nothing else about the crawl changes.
POLITENESS_OFF = ("DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False")
#: Politeness off, one retry after a short back-off, a 3 s download timeout and frequent
#: progress lines: for test sites whose faults are injected on purpose.
FAST = (*POLITENESS_OFF, "PRESSWATCH_PROGRESS_INTERVAL=0.5", "RETRY_TIMES=1",
        "PRESSWATCH_RETRY_BACKOFF_BASE=0.1", "DOWNLOAD_TIMEOUT=3")


def rows(db: Path, sql: str, *params: Any) -> list[dict[str, Any]]:
    """The rows ``sql`` selects from the SQLite file ``db``, as dicts."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(sql, params)]
    finally:
        conn.close()


@dataclass
class CrawlRun:
    """One finished crawl process: its exit code and output, what the replica server
    answered meanwhile (``host/path`` per request) and the database it filled."""

    db: Path
    returncode: int
    stdout: str
    stderr: str
    fetched: list[str]

    def rows(self, sql: str, *params: Any) -> list[dict[str, Any]]:
        return rows(self.db, sql, *params)


@dataclass
class CrawlHarness:
    """Runs crawls into one database against one replica server.

    ``sources_file`` is a user sources file given with ``--sources-file``; without one the
    crawl knows only the built-in sources (``PRESSWATCH_SOURCES_FILE`` points at a file that
    does not exist, so a developer's own file is not read). ``workdir`` is the crawl
    processes' working directory (where a log file would go).
    """

    server: ReplicaServer
    db: Path
    workdir: Path
    now: str
    sources_file: Path | None = None
    settings: tuple[str, ...] = FAST

    def init(self) -> None:
        """Create the store the way ``presswatch init`` does (schema and seed article)."""
        result = CliRunner().invoke(presswatch, ["init", "--db", str(self.db)])
        assert result.exit_code == 0, result.output

    def command(self, *args: str, settings: tuple[str, ...] | list[str] = ()) -> list[str]:
        """``python -m crawler.crawl`` with this harness's settings, then ``settings``."""
        command = [sys.executable, "-m", "crawler.crawl", "--db", str(self.db)]
        if self.sources_file is not None:
            command += ["--sources-file", str(self.sources_file)]
        for item in (*self.settings, *settings):
            command += ["--set", item]
        return [*command, *args]

    def env(self, extra: dict[str, str] | None = None, *,
            log_level: str | None = "INFO") -> dict[str, str]:
        """The crawl's environment: ours, with the host map, the clock and ``extra``."""
        env = {**os.environ, "PRESSWATCH_HOST_MAP": json.dumps(self.server.host_map()),
               "PRESSWATCH_NOW": self.now}
        if log_level:
            env["PRESSWATCH_LOG_LEVEL"] = log_level
        if self.sources_file is None:
            env["PRESSWATCH_SOURCES_FILE"] = str(self.workdir / "no-user-sources.toml")
        return {**env, **(extra or {})}

    def run(self, *args: str, settings: tuple[str, ...] | list[str] = (),
            env: dict[str, str] | None = None, timeout: float = 150) -> CrawlRun:
        """Crawl ``args`` (source names, options) to the end. ``timeout`` only catches a
        hang; it is generous on purpose and times nothing."""
        before = len(self.server.requests)
        proc = subprocess.run(self.command(*args, settings=settings), env=self.env(env),
                              cwd=self.workdir, capture_output=True, text=True,
                              timeout=timeout)
        fetched = [f"{r.host}{r.path}" for r in self.server.requests[before:]]
        return CrawlRun(self.db, proc.returncode, proc.stdout, proc.stderr, fetched)

    def start(self, *args: str, settings: tuple[str, ...] | list[str] = (),
              env: dict[str, str] | None = None, **popen: Any) -> subprocess.Popen:
        """Start a crawl and return at once, for a test that signals or kills it; Scrapy's
        log level is left as configured (an unread pipe must not fill up)."""
        return subprocess.Popen(self.command(*args, settings=settings),
                                env=self.env(env, log_level=None), cwd=self.workdir, **popen)

    def rows(self, sql: str, *params: Any) -> list[dict[str, Any]]:
        return rows(self.db, sql, *params)


def crawl_builtin_source(server: ReplicaServer, workdir: Path, source: str, db_name: str, *,
                         now: str, fresh: bool = True) -> CrawlRun:
    """Crawl the built-in source ``source`` with politeness off into ``workdir/<db_name>.db``:
    a store made by ``presswatch init`` first (so the seed reference article is there), or
    with ``fresh=False`` the one a previous crawl of the same name filled."""
    harness = CrawlHarness(server, workdir / f"{db_name}.db", workdir, now,
                           settings=POLITENESS_OFF)
    if fresh:
        harness.init()
    return harness.run(source, timeout=120)
