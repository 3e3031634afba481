"""CPU per article of ``pipelines.ingest`` in process: one transaction per item against
groups of N items in one transaction (what a crawl's shared connection does), and where
the time goes.

Ingests the bench pages of ``benchmarks/crawl.py`` (distinct ~6 KB stories) into fresh
databases, alternating the two modes twice so machine load hits both alike::

    python benchmarks/ingest_groups.py --pages 300 --group 50
    python benchmarks/ingest_groups.py --pages 300 --profile     # cProfile, groups of 50
    python benchmarks/ingest_groups.py --pages 2000 --stages     # CPU per ingest stage
    python benchmarks/ingest_groups.py --pages 500 --statements  # SQL statements per article

Nothing is asserted; figures go to docs/crawling.md with the command.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SELECTORS = {"title": "h1.title", "body": "div.content", "date": "span.time"}


def run(pages: list[tuple[str, str, str]], group: int,
        trace: Callable[[str], None] | None = None, warm: int = 0) -> tuple[float, float]:
    """(CPU ms, wall ms) per article ingesting ``pages`` with groups of ``group`` items.

    The dedup settings are read once, as the crawl's item pipeline does. ``trace`` gets
    every SQL statement SQLite runs (``set_trace_callback``) from item ``warm`` on."""
    from db import open_db
    from db.transaction import commit
    from pipelines.dedup_settings import DedupSettings
    from pipelines.ingest import ingest
    from pipelines.relevance import make_relevance

    relevance = make_relevance(True)
    settings = DedupSettings.from_settings()
    db = open_db(Path(tempfile.mkdtemp(prefix="presswatch-ingest-")) / "bench.db")
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for n, (path, _, html) in enumerate(pages, 1):
        if trace is not None and n == warm + 1:
            db.conn.set_trace_callback(trace)
        if group > 1 and not db.conn.in_transaction:
            db.conn.execute("BEGIN IMMEDIATE")
        ingest(db, data=html.encode(), url=f"https://www.bench-news.cn{path}", source="bench",
               content_type="text/html; charset=utf-8", selectors=SELECTORS,
               relevance=relevance, settings=settings)
        if group > 1 and n % group == 0:
            commit(db)  # as crawler.store does: the search indexes take the group first
    if db.conn.in_transaction:
        commit(db)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    db.close()
    return 1000 * cpu / len(pages), 1000 * wall / len(pages)


# Stages of ingest timed by --stages: (module, function, label). Nested stages are included
# in their callers' figures (store includes assign_event, insert_article, decide ...).
STAGES = (
    ("pipelines.ingest", "clean_document", "clean"),
    ("pipelines.ingest", "fingerprint", "fingerprint"),
    ("pipelines.ingest", "save_raw", "raw page"),
    ("pipelines.ingest", "_store", "store (verdict, article, events, dedup index)"),
    ("pipelines.ingest", "sync_index", "  dedup index sync"),
    ("pipelines.ingest", "decide", "  dedup lookup (decide)"),
    ("pipelines.ingest", "insert_article", "  article row + sighting"),
    ("pipelines.ingest", "assign_event", "  events"),
    ("db.transaction", "commit", "commit (search indexes + COMMIT)"),
)


def timed_stages(pages: list[tuple[str, str, str]], group: int) -> dict[str, float]:
    """CPU ms per article of each stage in :data:`STAGES`, ingesting in groups of ``group``
    (after a warm-up of 20 pages)."""
    import importlib

    totals: dict[str, float] = {}
    originals = []
    for module_name, name, label in STAGES:
        module = importlib.import_module(module_name)
        original = getattr(module, name)
        originals.append((module, name, original))

        def wrapper(*args, _original=original, _label=label, **kwargs):
            started = time.process_time()
            try:
                return _original(*args, **kwargs)
            finally:
                totals[_label] = totals.get(_label, 0.0) + time.process_time() - started

        setattr(module, name, wrapper)
    try:
        run(pages[:20], group)
        totals.clear()
        cpu, _ = run(pages, group)
    finally:
        for module, name, original in originals:
            setattr(module, name, original)
    result = {label: 1000 * totals.get(label, 0.0) / len(pages) for *_, label in STAGES}
    result["total"] = cpu
    return result


def statements(pages: list[tuple[str, str, str]], group: int, warm: int = 20
               ) -> tuple[float, float, Counter[str]]:
    """SQL statements per article of grouped ingest after ``warm`` items, from SQLite's
    trace: (statements the code runs — each row of an executemany counts once —,
    statements run inside them: trigger bodies and FTS5's own writes, traced as ``-- …``,
    and a Counter of statement shapes per article)."""
    shapes: Counter[str] = Counter()

    def trace(sql: str) -> None:
        shape = re.sub(r"\b\d+(\.\d+)?\b", "N", re.sub(r"'[^']*'", "?", sql))
        shapes[" ".join(shape.split())[:100]] += 1

    run(pages, group, trace=trace, warm=warm)
    done = len(pages) - warm
    inner = sum(n for shape, n in shapes.items() if shape.startswith("--"))
    code = sum(shapes.values()) - inner
    return code / done, inner / done, Counter({k: v / done for k, v in shapes.items()})


def main() -> int:
    from crawl import article  # benchmarks/crawl.py, beside this script

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--group", type=int, default=50)
    parser.add_argument("--stages", action="store_true",
                        help="CPU ms per article of each ingest stage, in groups of --group")
    parser.add_argument("--statements", action="store_true",
                        help="SQL statements per article, in groups of --group")
    parser.add_argument("--profile", action="store_true",
                        help="cProfile ingest in groups of --group (after a warm-up)")
    args = parser.parse_args()
    rng = random.Random(20250110)
    pages = [article(i, rng) for i in range(args.pages)]
    if args.stages:
        for label, ms in timed_stages(pages, args.group).items():
            print(f"{label:48} {ms:6.2f} CPU ms/article")
        return 0
    if args.statements:
        code, inner, shapes = statements(pages, args.group)
        print(f"{code:.1f} statements per article run by the code (an executemany row counts "
              f"once), {inner:.1f} more inside them (triggers, FTS5); by shape, per article:")
        for shape, n in shapes.most_common(40):
            print(f"{n:7.2f}  {shape}")
        return 0
    if args.profile:
        run(pages[:20], args.group)  # imports and caches warm, as in a running crawl
        profile = cProfile.Profile()
        profile.enable()
        run(pages, args.group)
        profile.disable()
        stats = pstats.Stats(profile)
        stats.sort_stats("cumulative").print_stats(40)
        stats.sort_stats("tottime").print_stats(40)
        return 0
    for group in (1, args.group, 1, args.group):
        cpu, wall = run(pages, group)
        print(f"group {group:3d}: {cpu:.2f} CPU ms/article, {wall:.2f} wall ms/article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
