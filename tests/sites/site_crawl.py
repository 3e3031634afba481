"""Running one real crawl of a site source against the replica server (used by the tests).

``crawl_process`` runs ``python -m crawler.crawl SOURCE`` in a child process pointed at the
replica server with ``PRESSWATCH_HOST_MAP``, into its own SQLite file prepared by
``presswatch init`` (so the seed reference article is there), with the built-in source
definitions and ``PRESSWATCH_NOW`` set just after the replicas' January 2025 articles.
Politeness delays are switched off for speed; nothing else about the crawl is changed.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from crawler.cli import main as presswatch
from crawler.replica import ReplicaServer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from replica_texts import NOW


@dataclass
class Crawl:
    """One finished crawl: its process result and the database it filled."""

    source: str
    db_path: Path
    returncode: int
    stderr: str
    fetched: list[str]

    def rows(self, sql: str, *params: object) -> list[sqlite3.Row]:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()


def crawl_process(server: ReplicaServer, workdir: Path, source: str, db_name: str, *,
                  fresh: bool = True) -> Crawl:
    """Run ``python -m crawler.crawl SOURCE`` against ``server`` into a fresh database (or,
    with ``fresh=False``, into the one a previous crawl of the same name filled)."""
    # built-in source definitions only: point the user's sources file at nothing
    sources_file = workdir / "no-user-sources.toml"
    db_path = workdir / f"{db_name}.db"
    if fresh:
        result = CliRunner().invoke(presswatch, ["init", "--db", str(db_path)])
        assert result.exit_code == 0, result.output
    env = dict(os.environ)
    env.update({
        "PRESSWATCH_HOST_MAP": json.dumps(server.host_map()),
        "PRESSWATCH_SOURCES_FILE": str(sources_file),
        "PRESSWATCH_NOW": NOW,
        "PRESSWATCH_LOG_LEVEL": "INFO",
    })
    before = len(server.requests)
    proc = subprocess.run(
        [sys.executable, "-m", "crawler.crawl", "--db", str(db_path),
         "--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=False", source],
        cwd=workdir, env=env, capture_output=True, text=True, timeout=120,
    )
    fetched = [f"{r.host}{r.path}" for r in server.requests[before:]]
    return Crawl(source, db_path, proc.returncode, proc.stderr, fetched)


