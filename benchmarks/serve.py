"""`presswatch serve` on a big store: start time and the canned search's latency over HTTP.

Uses the stores of ``benchmarks/search.py`` (synthetic ~2,000-character articles written
through the real write path; built, or completed, on first use), then:

- **start**: runs ``presswatch serve --port 0`` as a process, ``--starts`` times, and
  measures from spawning it to the first successful HTTP answer (``/-/versions.json``) and
  to the first answer of the database page (``/presswatch_…``), which opens the store;
- **search**: ``--queries`` requests per query length (1–4 characters taken from stored
  text) to the canned query ``/DB/search.json?q=…`` over real HTTP on 127.0.0.1, after one
  warm-up request; p50/p95 in milliseconds, client-side (HTTP, Datasette, SQL, JSON);
- **feed**: ``/feed.atom`` (100 entries) the same way;
- **migration** (``--migration``): on a copy of the store, re-runs migration 6 alone
  (re-declaring ``articles_fts`` and ``articles_grams`` and rebuilding both), the one-time
  cost an existing store pays on upgrade.

    python benchmarks/serve.py --size 100000
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from search import OUT, build, sample_queries  # benchmarks/search.py, beside this script

from db import open_db

REPO = Path(__file__).resolve().parent.parent


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used (Linux ``/proc``): the start cost
    without the waiting a loaded machine adds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_server(path: Path) -> tuple[subprocess.Popen, str, float, float, float]:
    """Start ``presswatch serve``; (process, base URL, s to first answer, s to DB page,
    CPU s used until the first answer)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", "from crawler.cli import main; main()", "serve", "--db",
         str(path), "--port", "0"],
        cwd=REPO, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    line = proc.stderr.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        proc.kill()
        raise SystemExit(f"serve did not start: {line}")
    base = f"http://127.0.0.1:{match.group(1)}"
    first = None
    while first is None:
        try:
            with urllib.request.urlopen(base + "/-/versions.json", timeout=30):
                first = time.perf_counter() - started
        except OSError:
            time.sleep(0.01)
    cpu = cpu_seconds(proc.pid)
    with urllib.request.urlopen(f"{base}/{path.stem}.json", timeout=60):
        page = time.perf_counter() - started
    return proc, base, first, page, cpu


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


def timed_get(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
        if response.status != 200:
            raise SystemExit(f"{url}: HTTP {response.status}")
    return (time.perf_counter() - started) * 1000


def percentiles(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    return statistics.median(values), values[max(0, int(len(values) * 0.95) - 1)]


def time_migration(path: Path) -> tuple[float, float]:
    """Seconds to re-run migration 6 on a copy of ``path``: (schema + trigram rebuild,
    gram index refill)."""
    import shutil
    import tempfile

    from db.connection import write_transaction
    from db.migrations import MIGRATIONS, _v6_datasette_and_outbox
    from db.search import sync_search

    assert _v6_datasette_and_outbox in MIGRATIONS
    with tempfile.TemporaryDirectory(dir=OUT) as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        db = open_db(copy)
        db.execute("DROP TABLE notify_outbox")  # made by the migration being re-run
        started = time.perf_counter()
        with write_transaction(db):
            _v6_datasette_and_outbox(db)
        rebuilt = time.perf_counter() - started
        started = time.perf_counter()
        sync_search(db)
        refilled = time.perf_counter() - started
        db.close()
    return rebuilt, refilled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--store", type=Path, help="an existing store instead of building one")
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--queries", type=int, default=100, help="queries per length")
    parser.add_argument("--migration", action="store_true",
                        help="also time migration 6 on a copy of the store")
    parser.add_argument("--no-build", action="store_true",
                        help="measure the store as it is, even if smaller than --size")
    args = parser.parse_args()
    if args.store:
        path = args.store
    else:
        OUT.mkdir(exist_ok=True)
        path = OUT / f"search_{args.size}.db"
        if not args.no_build:
            build(path, args.size)
    db = open_db(path)
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    rng = random.Random(11)
    queries = {n: sample_queries(db, n, args.queries, rng) for n in (1, 2, 3, 4)}
    db.close()
    print(f"store: {path} ({articles} articles, {os.path.getsize(path) / 1e6:.0f} MB)")

    firsts, pages, cpus = [], [], []
    for _ in range(args.starts):
        proc, base, first, page, cpu = start_server(path)
        firsts.append(first)
        pages.append(page)
        cpus.append(cpu)
        stop(proc)
    print(f"serve start, {args.starts} runs: first answer median {statistics.median(firsts):.2f} s"
          f" (max {max(firsts):.2f}); database page median {statistics.median(pages):.2f} s "
          f"(max {max(pages):.2f}); CPU until the first answer median "
          f"{statistics.median(cpus):.2f} s")

    proc, base, _, _, _ = start_server(path)
    try:
        db_name = path.stem
        print("| canned search, query length | p50 ms | p95 ms |")
        print("|---|---|---|")
        for length, items in queries.items():
            urls = [f"{base}/{db_name}/search.json?q={urllib.parse.quote(q)}&_shape=array"
                    for q in items]
            timed_get(urls[0])  # warm-up
            p50, p95 = percentiles([timed_get(url) for url in urls])
            print(f"| {length} | {p50:.1f} | {p95:.1f} |")
        feed = [timed_get(f"{base}/feed.atom") for _ in range(20)]
        p50, p95 = percentiles(feed)
        print(f"/feed.atom (100 entries), 20 requests: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    finally:
        stop(proc)
    if args.migration:
        rebuilt, refilled = time_migration(path)
        print(f"migration 6 on {articles} articles: {rebuilt:.0f} s declaring and rebuilding "
              f"articles_fts, {refilled:.0f} s refilling articles_grams")


if __name__ == "__main__":
    main()
