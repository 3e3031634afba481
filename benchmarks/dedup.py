"""Dedup verdict latency, process memory and cold-open time at growing store sizes.

Builds stores of N synthetic ~2,000-character articles (``benchmarks/corpus.py``) with bulk
inserts straight into ``articles`` and the dedup index tables
(``db.bench.bulk_load_benchmark_articles``; the bench stores have no full-text
search index, which a verdict does not read). Then, in a fresh process per store:

* cold open: interpreter start to the first verdict (imports, ``open_db``, settings, first
  lookup), and ``open_db`` alone;
* verdict latency: ``pipelines.verdict.decide`` (fingerprint + index lookup + exact
  verification of candidates; no writes) for a mix of queries: garbled copies and
  excerpts of stored articles (duplicates), and fresh articles (new);
* memory: peak resident set size of that process (VmHWM).

    python -m benchmarks.dedup --sizes 1000 100000 [--queries 300] [--rebuild]
    python -m benchmarks.dedup --sweep      # the threshold sweep of docs/dedup.md

Stores are kept in ``benchmarks/out/dedup_<N>.db`` and re-used. The operating system's page
cache is not dropped between build and measurement (that needs root), so "cold" means a
new process, not a cold disk.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

if not __package__:  # run as a file: the tests' modules it uses would not import
    sys.exit("run it from the repository root: python -m benchmarks.dedup")

REPO = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"


def _make(n: int) -> tuple[str, str, str, str, list[int], int]:
    from benchmarks.corpus import article
    from pipelines.fingerprint import fingerprint

    title, body = article(random.Random(n))
    fp = fingerprint(body)
    return f"https://bench.example/{n}.html", title, body, fp.content_hash, fp.keys, fp.size


def build(path: Path, size: int, *, batch: int = 20_000, workers: int = 2) -> float:
    """Create (or extend) the store at ``path`` to ``size`` articles; return seconds taken."""
    from db import open_db
    from db.bench import bulk_load_benchmark_articles
    from db.connection import write_transaction
    from db.dedup_index import set_algo
    from pipelines.dedup_settings import DedupSettings
    from pipelines.verdict import algo_name

    db = open_db(path)
    db.execute("PRAGMA cache_size = -1000000")  # 1 GB page cache while building only
    have = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    started = time.perf_counter()
    with multiprocessing.Pool(workers) as pool:
        for start in range(have, size, batch):
            rows = pool.map(_make, range(start, min(size, start + batch)), chunksize=500)
            bulk_load_benchmark_articles(db, rows)
            print(f"  {min(size, start + batch)}/{size} articles "
                  f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    with write_transaction(db):
        set_algo(db, algo_name(DedupSettings()))
    db.close()
    return time.perf_counter() - started


def _queries(size: int, count: int) -> list[tuple[str, str]]:
    from benchmarks.corpus import article
    from tests.dedup.evalset import excerpt, garble, paras

    rng = random.Random(99)
    queries = []
    for i in range(count):
        kind = ("copy", "excerpt", "new")[i % 3]
        if kind == "new":
            queries.append((kind, article(random.Random(10**9 + i))[1]))
            continue
        _, body = article(random.Random(rng.randrange(size)))
        if kind == "copy":
            queries.append((kind, garble(body, 3, rng)))
        else:
            n = len(paras(body))
            queries.append((kind, excerpt(body, rng.randrange(max(1, n - 2)), 2)))
    return queries


def measure(path: Path, size: int, count: int, started: float) -> dict:
    """Run in a fresh process: cold open, then verdict latency and peak memory."""
    from db import open_db
    from pipelines.dedup_settings import DedupSettings
    from pipelines.fingerprint import fingerprint
    from pipelines.verdict import decide

    t = time.perf_counter()
    db = open_db(path, create=False)
    open_ms = (time.perf_counter() - t) * 1000
    settings = DedupSettings.from_settings()
    from benchmarks.corpus import article

    first_body = article(random.Random(0))[1]  # the first stored article: a duplicate
    first = decide(db, fingerprint(first_body, settings), first_body, settings)
    cold_s = time.time() - started
    assert first.verdict == "duplicate", first
    queries = _queries(size, count)
    times: dict[str, list[float]] = {"copy": [], "excerpt": [], "new": []}
    verdicts: dict[str, dict[str, int]] = {k: {} for k in times}
    for kind, body in queries:
        t = time.perf_counter()
        verdict = decide(db, fingerprint(body, settings), body, settings)
        times[kind].append((time.perf_counter() - t) * 1000)
        verdicts[kind][verdict.verdict] = verdicts[kind].get(verdict.verdict, 0) + 1
    every = sorted(x for v in times.values() for x in v)

    def pct(values: list[float], q: float) -> float:
        return round(values[min(len(values) - 1, int(q * len(values)))], 2)

    return {
        "articles": db.execute("SELECT count(*) FROM articles").fetchone()[0],
        "index_keys": db.execute("SELECT count(*) FROM dedup_keys").fetchone()[0],
        "db_mb": round(path.stat().st_size / 2**20),
        "open_db_ms": round(open_ms, 1),
        "cold_first_verdict_s": round(cold_s, 3),
        "queries": len(queries),
        "p50_ms": round(statistics.median(every), 2),
        "p95_ms": pct(every, 0.95),
        "by_kind_p95_ms": {k: pct(sorted(v), 0.95) for k, v in times.items()},
        "verdicts": verdicts,
        "peak_rss_mb": _peak_rss_mb(),
    }


def _peak_rss_mb() -> int:
    """Peak resident memory of this process. Linux's ru_maxrss survives exec (it would report
    the building parent's peak), so read VmHWM, which a new program image resets."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024)
    except OSError:
        pass
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def sweep(names: list[str] | None = None) -> None:
    """Precision/recall on the evaluation set while one setting varies (docs/dedup.md)."""
    from pipelines.dedup_settings import DedupSettings
    from tests.dedup.evalset import build_items, evaluate

    items = build_items()
    grid = {
        "duplicate_containment": [0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95],
        "duplicate_resemblance": [0.3, 0.5, 0.7, 0.9],
        "related_containment": [0.05, 0.12, 0.3, 0.5],
        "related_min_chars": [20, 40, 60, 100, 200],
        "shingle_size": [3, 4, 5, 6, 8],
        # 1_000_000: no passage is that long, so the attribution rule is off.
        "attribution_min_run": [4, 6, 8, 10, 12, 14, 16, 20, 30, 1_000_000],
    }
    only = [name for name in (names or []) if name in grid]
    if only:
        grid = {name: grid[name] for name in only}
    print(f"{len(items)} labelled items")
    for name, values in grid.items():
        for value in values:
            score = evaluate(replace(DedupSettings(), **{name: value}), items)
            wrong = ", ".join(e[0] for e in score.errors[:4])
            print(f"{name:24s} {value:<7} {score.summary()}  errors {len(score.errors)}"
                  + (f" ({wrong}{', …' if len(score.errors) > 4 else ''})" if wrong else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 100_000])
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--rebuild", action="store_true", help="delete and rebuild stores")
    parser.add_argument("--sweep", nargs="*", metavar="SETTING",
                        help="run the threshold sweep (all settings, or the ones named)")
    parser.add_argument("--measure", nargs=3, metavar=("PATH", "SIZE", "STARTED"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.sweep is not None:
        sweep(args.sweep)
        return
    if args.measure:
        path, size, started = args.measure
        print(json.dumps(measure(Path(path), int(size), args.queries, float(started))))
        return
    OUT.mkdir(exist_ok=True)
    results = {}
    for size in args.sizes:
        path = OUT / f"dedup_{size}.db"
        if args.rebuild:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        print(f"building {size} articles in {path}", file=sys.stderr)
        built = build(path, size)
        started = time.time()
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.dedup", "--queries", str(args.queries),
             "--measure", str(path), str(size), str(started)],
            capture_output=True, text=True, check=True, cwd=REPO,
        ).stdout
        results[size] = {"build_s": round(built, 1), **json.loads(out)}
        print(json.dumps({size: results[size]}, indent=2))
    if len(results) > 1:
        small, large = results[min(results)], results[max(results)]
        print(f"p95 ratio {max(results)} / {min(results)}: "
              f"{large['p95_ms'] / small['p95_ms']:.2f}x")


if __name__ == "__main__":
    main()
