"""Search latency on stores of realistic Chinese articles (issue: foundation / search).

Builds stores of N synthetic ~2,000-character articles through the real write path
(``db.articles.insert_article``: trigram index by trigger, 1-/2-gram index in the same
transaction), then times ``db.search.search`` for 1-, 2-, 3- and 4-character queries taken
from stored text (so they hit), with the CLI's default limit of 20.

    python benchmarks/search.py --sizes 10000 100000
    python benchmarks/search.py --sizes 20000 --group 50 --automerge 8 --rebuild

``--group`` is the number of articles per write transaction (a crawl commits groups of
``PRESSWATCH_COMMIT_ITEMS`` = 50, so its indexes get one FTS5 segment per 50 articles);
``--automerge`` sets FTS5's ``automerge`` of the three search indexes on a new store (how
many segments of one level are merged), to see what a merge setting costs searches.

Reports p50/p95 latency per query length, build time and database size. Stores are kept
in ``benchmarks/out/`` (re-used when the size matches; ``--rebuild`` to start over).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

from corpus import article  # benchmarks/corpus.py, beside this script

from db import open_db
from db.articles import insert_article
from db.connection import write_transaction
from db.search import search

OUT = Path(__file__).resolve().parent / "out"


SEARCH_INDEXES = ("articles_fts", "articles_grams", "articles_title_fts")


def build(path: Path, size: int, *, batch: int = 500, automerge: int | None = None
          ) -> tuple[float, float]:
    """Create a store of ``size`` articles at ``path``, ``batch`` per transaction; return
    (wall seconds, CPU seconds) it took."""
    db = open_db(path)
    have = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    if automerge is not None and not have:
        for table in SEARCH_INDEXES:
            db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', ?)",
                       [automerge])
    cpu = time.process_time()
    rng = random.Random(size)
    started = time.perf_counter()
    for start in range(have, size, batch):
        with write_transaction(db):
            for n in range(start, min(size, start + batch)):
                title, body = article(rng)
                day = 1 + n % 28
                insert_article(
                    db,
                    {
                        "url": f"https://news.example.cn/{n}.html",
                        "source": f"s{n % 7}",
                        "status": "new",
                        "title": title,
                        "body": body,
                        "content_hash": f"{n}",
                        "published_at": f"2025-01-{day:02d}T10:00:00+08:00",
                    },
                )
        if (start // batch) % 20 == 0:
            print(f"  {min(size, start + batch)}/{size} articles", file=sys.stderr)
    db.close()
    return time.perf_counter() - started, time.process_time() - cpu


def segments(path: Path) -> dict[str, int]:
    """FTS5 segments per search index (what a query term is looked up in)."""
    db = open_db(path)
    counts = {}
    for table in SEARCH_INDEXES:
        # Every segment has rows in the index's %_idx table (first term of each leaf).
        counts[table] = db.execute(f"SELECT count(DISTINCT segid) FROM {table}_idx"
                                   ).fetchone()[0]
    db.close()
    return counts


def sample_queries(db, length: int, count: int, rng: random.Random) -> list[str]:
    max_id = db.execute("SELECT max(id) FROM articles").fetchone()[0]
    queries = []
    while len(queries) < count:
        row = db.execute(
            "SELECT body FROM articles WHERE id = ?", [rng.randint(1, max_id)]
        ).fetchone()
        body = row[0].replace("\n", "")
        start = rng.randrange(0, len(body) - length)
        query = body[start : start + length]
        if all(ch.isalnum() for ch in query):
            queries.append(query)
    return queries


def measure(path: Path, queries_per_length: int) -> dict[int, dict[str, float]]:
    db = open_db(path)
    rng = random.Random(7)
    results = {}
    for length in (1, 2, 3, 4):
        queries = sample_queries(db, length, queries_per_length, rng)
        search(db, queries[0])  # warm the page cache once
        timings, hits = [], []
        for query in queries:
            started = time.perf_counter()
            found = search(db, query)
            timings.append((time.perf_counter() - started) * 1000)
            hits.append(len(found))
        timings.sort()
        results[length] = {
            "p50": statistics.median(timings),
            "p95": timings[int(len(timings) * 0.95) - 1],
            "mean_hits": statistics.mean(hits),
        }
    db.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=200, help="queries per length")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--group", type=int, default=500,
                        help="articles per write transaction while building (a crawl: 50)")
    parser.add_argument("--automerge", type=int, default=None,
                        help="FTS5 automerge of the search indexes of a new store")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    for size in args.sizes:
        variant = (f"_g{args.group}" if args.group != 500 else "") + (
            f"_am{args.automerge}" if args.automerge is not None else "")
        path = OUT / f"search_{size}{variant}.db"
        if args.rebuild and path.exists():
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        print(f"store of {size} articles: {path}", file=sys.stderr)
        seconds, cpu = build(path, size, batch=args.group, automerge=args.automerge)
        results = measure(path, args.queries)
        megabytes = os.path.getsize(path) / 1e6
        print(
            f"\n{size} articles: database {megabytes:.0f} MB, built in {seconds:.0f} s "
            f"({1000 * cpu / size:.2f} CPU ms an article; 0 s = re-used), "
            f"groups of {args.group}, automerge {args.automerge or 'as stored'}, "
            f"load average {os.getloadavg()[0]:.1f}; FTS5 segments {segments(path)}"
        )
        print("| query length | p50 ms | p95 ms | hits (mean, limit 20) |")
        print("|---|---|---|---|")
        for length, r in results.items():
            print(f"| {length} | {r['p50']:.1f} | {r['p95']:.1f} | {r['mean_hits']:.1f} |")


if __name__ == "__main__":
    main()
