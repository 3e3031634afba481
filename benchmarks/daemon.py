"""Benchmark of the scheduler daemon: memory over many runs and scheduling delay.

Starts ``python scheduler.py`` as a real process on a fresh database with ``--sources N``
feed sources that each crawl the bundled replica of 人民网's finance RSS feed (a local
``ReplicaServer``) every ``--interval`` seconds, until ``--runs`` crawls have finished.
Reports the daemon's resident memory (VmRSS of the daemon process only, not its crawl
children) at the start and at the end, and the scheduling delay (actual start of the crawl
process minus the planned start, as the daemon logs it per run) p50/p95/max.

``--crawl stand-in`` swaps the real crawl (``python -m crawler.crawl``) for the daemon
tests' stand-in command (tests/daemon/fake_crawl.py), which measures the daemon alone.

    python benchmarks/daemon.py --runs 200 --sources 3 --interval 6
    python benchmarks/daemon.py --runs 200 --sources 4 --interval 1 --crawl stand-in

Intervals are given in seconds; the daemon runs with PRESSWATCH_DAEMON_TIME_SCALE=60 so the
sources file can say "6m" (one minute is the shortest interval a sources file accepts).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawler.replica import ReplicaServer
from crawler.sources import builtin_files, read_tables

REPO = Path(__file__).resolve().parent.parent

SCALE = 60
FEED_SOURCE = """
[sources.{name}]
spider = "feed"
kind = "feed"
interval = "{interval}m"
start_urls = ["http://www.people.com.cn/rss/finance.xml"]
allowed_hosts = ["finance.people.com.cn"]
window_days = 30
[sources.{name}.selectors]
title = "div.rm_txt h1"
body = "div.rm_txt_con"
remove = "p.edit"
"""
FAST = ["--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=False"]
DELAY_RE = re.compile(r"run \d+ of \S+ started: pid \d+, planned \S+, delay (-?[\d.]+)s")


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def finished_runs(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=15)
        try:
            return conn.execute(
                "SELECT COUNT(*) FROM crawl_runs WHERE status != 'running'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--sources", type=int, default=3)
    parser.add_argument("--interval", type=int, default=6, help="seconds between crawls")
    parser.add_argument("--parallel", type=int, default=2, help="PRESSWATCH_DAEMON_MAX_PARALLEL")
    parser.add_argument("--crawl", choices=["real", "stand-in"], default="real")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, ReplicaServer() as server:
        tmp_path = Path(tmp)
        db, log_file = tmp_path / "bench.db", tmp_path / "daemon.log"
        sources = tmp_path / "sources.toml"
        names = [f"bench_{i}" for i in range(1, args.sources + 1)]
        builtin = [n for file in builtin_files() for n in read_tables(file)]
        sources.write_text(
            "".join(f"[sources.{n}]\nenabled = false\n" for n in builtin)
            + "".join(FEED_SOURCE.format(name=n, interval=args.interval) for n in names)
        )
        if args.crawl == "real":
            command = [sys.executable, "-m", "crawler.crawl", *FAST]
        else:
            command = [sys.executable, str(REPO / "tests" / "daemon" / "fake_crawl.py")]
        env = {
            **os.environ,
            "PRESSWATCH_DAEMON_CRAWL_COMMAND": " ".join(command),
            "PRESSWATCH_DAEMON_TIME_SCALE": str(SCALE),
            "PRESSWATCH_DAEMON_MAX_PARALLEL": str(args.parallel),
            "PRESSWATCH_HOST_MAP": json.dumps(server.host_map()),
            "PRESSWATCH_NOW": "2025-01-24T12:00:00+08:00",
            "FAKE_CRAWL_PLAN": json.dumps({n: {"sleep": 0.3} for n in names}),
        }
        daemon = subprocess.Popen(
            [sys.executable, str(REPO / "scheduler.py"), "--db", str(db), "--sources",
             str(sources), "--log-file", str(log_file)],
            env=env, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            while "started on" not in (log_file.read_text() if log_file.exists() else ""):
                if daemon.poll() is not None:
                    raise SystemExit(f"the daemon exited with {daemon.returncode}")
                time.sleep(0.05)
            rss_start = rss_kb(daemon.pid)
            began = time.monotonic()
            samples = [rss_start]
            while finished_runs(db) < args.runs:
                if daemon.poll() is not None:
                    raise SystemExit(f"the daemon exited with {daemon.returncode}")
                time.sleep(1)
                samples.append(rss_kb(daemon.pid))
            elapsed = time.monotonic() - began
            rss_end = rss_kb(daemon.pid)
        finally:
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(timeout=120)
        delays = [float(m.group(1)) for m in DELAY_RE.finditer(log_file.read_text())]
        conn = sqlite3.connect(db)
        statuses = dict(conn.execute(
            "SELECT status, COUNT(*) FROM crawl_runs GROUP BY status").fetchall())
        conn.close()

    figures = {
        "crawl": args.crawl, "sources": args.sources, "interval_s": args.interval,
        "parallel": args.parallel, "finished_runs": args.runs, "started_runs": len(delays),
        "statuses": statuses, "elapsed_s": round(elapsed, 1),
        "rss_start_mb": round(rss_start / 1024, 1), "rss_end_mb": round(rss_end / 1024, 1),
        "rss_max_mb": round(max(samples) / 1024, 1),
        "rss_growth_mb": round((rss_end - rss_start) / 1024, 1),
        "delay_p50_s": round(statistics.median(delays), 3),
        "delay_p95_s": round(percentile(delays, 0.95), 3),
        "delay_max_s": round(max(delays), 3),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:>15}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
