"""Offline (no host resolves), a crawl says in one line per source what failed and why;
tracebacks go to the log file, or to the console with -v. Real processes, real Scrapy, a
resolver that fails every lookup (tests/crawl/offline.py): no packet leaves the machine."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

OFFLINE = Path(__file__).with_name("offline.py")
REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PRESSWATCH_")}
    env.update(**extra)
    return env


def _run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(OFFLINE), *args], cwd=tmp_path,
                          env=_env(tmp_path, **env), capture_output=True, text=True,
                          timeout=300)


def test_offline_crawl_prints_one_reason_line_per_source_and_no_traceback(tmp_path):
    db = tmp_path / "x.db"
    result = _run(tmp_path, "cli", "crawl", "nbd", "pbc", "-q", "--db", str(db))
    console = result.stdout + result.stderr
    assert result.returncode == 1, console
    assert "Traceback" not in console
    lines = console.strip().splitlines()
    assert "nbd: www.nbd.com.cn did not resolve — offline?" in lines
    assert "pbc: www.pbc.gov.cn did not resolve — offline?" in lines
    # created-store line, table header, 2 rows, 2 reasons, where the details are
    assert len(lines) <= 7, console
    log = (tmp_path / "presswatch-crawl.log").read_text(encoding="utf-8")
    assert "dns_error" in log
    conn = sqlite3.connect(db)
    messages = dict(conn.execute("SELECT source, message FROM crawl_runs"))
    assert messages == {"nbd": "www.nbd.com.cn did not resolve — offline?",
                        "pbc": "www.pbc.gov.cn did not resolve — offline?"}
    runs = _run(tmp_path, "cli", "runs", "--db", str(db))
    assert "www.nbd.com.cn did not resolve — offline?" in runs.stdout


def test_offline_crawl_with_verbose_shows_scrapys_log(tmp_path):
    result = _run(tmp_path, "cli", "crawl", "nbd", "-q", "-v", "--db", str(tmp_path / "x.db"))
    assert result.returncode == 1
    assert "[scrapy" in result.stderr and "dns_error" in result.stderr
    assert not (tmp_path / "presswatch-crawl.log").exists()


def test_offline_daemon_says_why_each_run_failed_and_keeps_scrapys_log_in_its_file(tmp_path):
    from crawler.sources import builtin_files, read_tables

    names = [name for file in builtin_files() for name in read_tables(file)]
    sources = tmp_path / "sources.toml"
    sources.write_text("".join(f"[sources.{n}]\nenabled = false\n" for n in names
                               if n != "nbd"))
    env = _env(tmp_path, PRESSWATCH_SOURCES_FILE=str(sources),
               PRESSWATCH_DAEMON_CRAWL_COMMAND=f"{sys.executable} {OFFLINE} crawl")
    result = subprocess.run(
        [sys.executable, str(REPO / "scheduler.py"), "--once", "--db", str(tmp_path / "x.db")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "run 1 of nbd ended failed" in result.stderr
    assert "(www.nbd.com.cn did not resolve — offline?)" in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 5, result.stderr
    log = (tmp_path / "presswatch-daemon.log").read_text(encoding="utf-8")
    assert "[crawler.middlewares.failures]" in log and "dns_error" in log  # the child's log
