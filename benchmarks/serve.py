"""`presswatch serve` on a big store: start time and the canned search's latency over HTTP.

Uses the stores of ``benchmarks/search.py`` (synthetic ~2,000-character articles written
through the real write path; built, or completed, on first use), then:

- **start**: runs ``presswatch serve --port 0`` as a process, ``--starts`` times, and
  measures from spawning it to the first successful HTTP answer (``/-/versions.json``) and
  to the first answer of the database page (``/presswatch_…``), which opens the store;
- **search**: ``--queries`` requests per query length (1–4 characters taken from stored
  text) to the canned query ``/DB/search.json?q=…`` over real HTTP on 127.0.0.1, after one
  warm-up request; p50/p95 in milliseconds, client-side (HTTP, Datasette, SQL, JSON);
- **feed**: ``/feed.atom`` (100 entries) the same way.

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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.search import OUT, build, sample_queries
from db import open_db

REPO = Path(__file__).resolve().parent.parent


def start_server(path: Path) -> tuple[subprocess.Popen, str, float, float]:
    """Start ``presswatch serve``; (process, base URL, s to first answer, s to DB page)."""
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
    with urllib.request.urlopen(f"{base}/{path.stem}.json", timeout=60):
        page = time.perf_counter() - started
    return proc, base, first, page


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--store", type=Path, help="an existing store instead of building one")
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--queries", type=int, default=100, help="queries per length")
    args = parser.parse_args()
    if args.store:
        path = args.store
    else:
        OUT.mkdir(exist_ok=True)
        path = OUT / f"search_{args.size}.db"
        build(path, args.size)
    db = open_db(path)
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    rng = random.Random(11)
    queries = {n: sample_queries(db, n, args.queries, rng) for n in (1, 2, 3, 4)}
    db.close()
    print(f"store: {path} ({articles} articles, {os.path.getsize(path) / 1e6:.0f} MB)")

    firsts, pages = [], []
    for _ in range(args.starts):
        proc, base, first, page = start_server(path)
        firsts.append(first)
        pages.append(page)
        stop(proc)
    print(f"serve start, {args.starts} runs: first answer median {statistics.median(firsts):.2f} s"
          f" (max {max(firsts):.2f}); database page median {statistics.median(pages):.2f} s "
          f"(max {max(pages):.2f})")

    proc, base, _, _ = start_server(path)
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


if __name__ == "__main__":
    main()
