"""Run one crawl of one or more sources in this process, recording a ``crawl_runs`` row each.

Scrapy's Twisted reactor starts once per process and cannot be restarted, so a process
runs :func:`run_crawl` once: ``presswatch crawl`` and ``presswatch demo`` call it in the
foreground, the daemon spawns ``python -m crawler.crawl`` per crawl::

    python -m crawler.crawl --db data/presswatch.db --run-id scio=12 scio
    python -m crawler.crawl --db /tmp/t.db people_finance stats_fbh

Exit status: 0 when every run ended ``ok`` or ``partial``, 1 when one ``failed`` (or was
``killed`` by a signal), 2 for a configuration error (unknown source, broken sources file,
malformed host map).
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from crawler.exitcodes import ExitStatus
from crawler.liveness import run_process_gone
from crawler.middlewares.hostmap import HostMapError, host_map_from
from crawler.sources import SourceConfigError, load_sources, user_sources_file
from db import DatabaseError, open_db
from db.runs import finish_run, get_run, mark_runs_killed, running_runs, start_run
from notify import NotifyConfigError, deliver_now, run_end_hook_for

logger = logging.getLogger(__name__)


# A crawl allocates container objects by the million (Scrapy's requests, responses and
# deferreds, lxml-backed parsing, ingest's lists and dicts), nearly all short-lived. At
# CPython's default first-generation threshold (700) the cyclic collector ran ~600 times in
# a 2,000-page benchmark crawl, ~0.4 ms of CPU per page; at 10,000, ~180 times and ~0.1 ms
# (gc.callbacks timing, docs/crawling.md "Throughput work"). Garbage cycles live a little
# longer; nothing else changes.
GC_YOUNG_THRESHOLD = 10_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the block with the collector's first threshold at least
    :data:`GC_YOUNG_THRESHOLD`; the thresholds are restored afterwards."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_YOUNG_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


class CrawlConfigError(ValueError):
    """The crawl cannot start as asked (one sentence, exit status 2)."""


def project_settings(overrides: dict[str, Any] | None = None) -> Any:
    """Scrapy settings from ``crawler.settings`` plus ``overrides``, wherever we run from."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def select_sources(names: list[str] | None, sources_file: str | Path | None = None) -> list[str]:
    """The sources to crawl: ``names`` (checked), or every enabled source."""
    path = sources_file
    if path is None and user_sources_file().is_file():
        path = user_sources_file()
    sources = load_sources(path)
    if not names:
        return [name for name, source in sources.items() if source.enabled]
    unknown = [name for name in names if name not in sources]
    if unknown:
        raise CrawlConfigError(
            f"unknown source {unknown[0]!r}; known sources: {', '.join(sources)} "
            "(see 'presswatch sources')"
        )
    return list(dict.fromkeys(names))


def mark_dead_runs(db: Any) -> list[int]:
    """Finalise as ``killed`` the ``running`` runs whose process is gone (``kill -9``,
    OOM, reboot), so a crash is visible without waiting for a daemon start."""
    dead = [row["id"] for row in running_runs(db) if run_process_gone(row)]
    if dead:
        mark_runs_killed(db, dead, "killed: its process ended without recording a result "
                                   "(found by a later crawl)")
        logger.warning("marked run(s) %s killed: their process is gone",
                       ", ".join(map(str, dead)))
    return dead


def run_crawl(
    sources: list[str],
    *,
    db_path: str | Path,
    settings_overrides: dict[str, Any] | None = None,
    run_ids: dict[str, int] | None = None,
    progress: Callable[[str, dict[str, int]], None] | None = None,
    sequential: bool = False,
) -> dict[str, dict[str, Any]]:
    """Crawl ``sources`` (empty = every enabled one) into the database at ``db_path``.

    Each source gets one ``crawl_runs`` row: the one given in ``run_ids`` (the daemon
    creates it before spawning the crawl) or a new one. ``progress(source, counts)`` is
    called about every second. Returns ``{source: {"run_id", "status", "message",
    "counts"}}``. Raises :class:`CrawlConfigError`, :class:`SourceConfigError` or
    :class:`HostMapError` before anything is fetched when the request cannot work.
    Call once per process (Scrapy's reactor cannot restart). ``sequential`` crawls the
    sources one after another instead of at once (the demo: ids and verdicts that do not
    depend on which page arrived first).

    Example::

        >>> run_crawl(["stats_fbh"], db_path="data/presswatch.db")
        {'stats_fbh': {'run_id': 3, 'status': 'ok', 'message': '...', 'counts': {...}}}
    """
    from scrapy.crawler import CrawlerProcess
    from scrapy.spiderloader import get_spider_loader

    overrides = dict(settings_overrides or {})
    overrides["PRESSWATCH_DB"] = str(db_path)
    if progress is not None:
        overrides["PRESSWATCH_PROGRESS"] = progress
    settings = project_settings(overrides)
    host_map_from(settings)  # a malformed map is a configuration error, before any fetch
    now = settings.get("PRESSWATCH_NOW")
    if now:
        from pipelines.dates import parse_date_hint

        if parse_date_hint(now) is None:
            raise CrawlConfigError(
                f"PRESSWATCH_NOW={now!r} is not a date; give e.g. 2025-01-25T12:00:00+08:00"
            )
    sources_file = settings.get("PRESSWATCH_SOURCES_FILE")
    names = select_sources(
        sources, sources_file if sources_file and Path(sources_file).is_file() else None
    )
    run_ids = dict(run_ids or {})
    stray = sorted(set(run_ids) - set(names))
    if stray:
        raise CrawlConfigError(f"--run-id given for {stray[0]!r}, which is not crawled")
    loader = get_spider_loader(settings)
    for name in names:
        try:
            loader.load(name)
        except KeyError as exc:
            raise CrawlConfigError(
                f"source {name!r} names a spider that does not exist ({exc.args[0]}); "
                "'scrapy list' shows the spiders"
            ) from exc
    notify = settings.getbool("PRESSWATCH_NOTIFY_ENABLED", True)
    try:  # a broken [notify] stops the crawl before any fetch, like a broken source
        on_end = run_end_hook_for(
            sources_file, settings.get("PRESSWATCH_DAEMON_HEALTH_RUNS")) if notify else None
    except NotifyConfigError as exc:
        raise CrawlConfigError(str(exc)) from exc
    db = open_db(db_path)  # create and migrate once, before crawlers open it concurrently
    mark_dead_runs(db)

    process = CrawlerProcess(settings)
    crawlers: dict[str, Any] = {name: process.create_crawler(name) for name in names}
    startup_errors: dict[str, str] = {}

    def start(name: str) -> Any:
        kwargs = {"run_id": run_ids[name]} if name in run_ids else {}
        deferred = process.crawl(crawlers[name], **kwargs)

        def failed(failure: Any) -> None:
            startup_errors[name] = f"{failure.type.__name__}: {failure.value}"
            logger.error("crawl of %s failed: %s", name, startup_errors[name])

        return deferred.addErrback(failed)

    with fewer_collections():
        if sequential:  # one source after another, in the order given: the same ids each time
            chain = start(names[0]) if names else None
            for name in names[1:]:
                chain.addBoth(lambda _, name=name: start(name))
            if chain is not None:
                chain.addBoth(process._stop_reactor)
                process.start(stop_after_crawl=False)
        else:
            for name in names:
                start(name)
            process.start()

    results: dict[str, dict[str, Any]] = {}
    for name, crawler in crawlers.items():
        stats = crawler.stats.get_stats() if crawler.stats else {}
        run_id = stats.get("presswatch/run_id") or run_ids.get(name)
        if run_id is None:  # the crawler died before its recorder made a row
            run_id = start_run(db, name)
        row = get_run(db, run_id)
        if row is None or row["status"] == "running":
            message = startup_errors.get(name, "the crawl ended without a final status")
            finish_run(db, run_id, "failed", message=message, on_end=on_end)
            row = get_run(db, run_id)
        results[name] = {
            "run_id": run_id,
            "status": row["status"],
            "message": row["message"],
            "counts": {key: row[key] for key in
                       ("pages", "items", "new", "duplicate", "related", "dropped", "errors")},
        }
    # Every run has ended and recorded its messages: send them, and whatever earlier runs
    # could not deliver (retries with backoff). A failure here never fails the crawl.
    try:
        if notify:
            deliver_now(db, sources_file)
    except Exception:
        logger.exception("delivering notifications failed; they stay in the outbox")
    db.close()
    return results


def _parse_run_ids(values: list[str]) -> dict[str, int]:
    run_ids = {}
    for value in values:
        source, sep, number = value.partition("=")
        if not sep or not source or not number.isdigit():
            raise CrawlConfigError(f"--run-id expects SOURCE=ID such as scio=12, got {value!r}")
        run_ids[source] = int(number)
    return run_ids


def main(argv: list[str] | None = None) -> int:
    """``python -m crawler.crawl``: the daemon's (and tests') way to run one crawl."""
    parser = argparse.ArgumentParser(
        prog="python -m crawler.crawl",
        description="Crawl sources once into the presswatch database.",
    )
    parser.add_argument("sources", nargs="*", help="source names (default: every enabled one)")
    parser.add_argument("--db", default=os.environ.get("PRESSWATCH_DB") or None,
                        help="SQLite database (default: $PRESSWATCH_DB or the setting)")
    parser.add_argument("--run-id", action="append", default=[], metavar="SOURCE=ID",
                        help="use this existing crawl_runs row for SOURCE")
    parser.add_argument("--sources-file", help="a sources TOML file (default: ./sources.toml)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="override a Scrapy setting, e.g. --set DOWNLOAD_DELAY=0")
    args = parser.parse_args(argv)
    try:
        run_ids = _parse_run_ids(args.run_id)
        overrides: dict[str, Any] = {}
        for item in args.set:
            key, sep, value = item.partition("=")
            if not sep:
                raise CrawlConfigError(f"--set expects NAME=VALUE, got {item!r}")
            overrides[key] = value
        if args.sources_file:
            overrides["PRESSWATCH_SOURCES_FILE"] = args.sources_file
            if not Path(args.sources_file).is_file():
                raise CrawlConfigError(f"no sources file at {args.sources_file}")
        db_path = args.db or project_settings().get("PRESSWATCH_DB")
        results = run_crawl(args.sources, db_path=db_path, settings_overrides=overrides,
                            run_ids=run_ids)
    except (CrawlConfigError, SourceConfigError, HostMapError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return ExitStatus.USAGE
    except DatabaseError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return exc.exit_code
    for name, result in results.items():
        counts = result["counts"]
        print(f"{name}: run {result['run_id']} {result['status']} — "
              + ", ".join(f"{k} {v}" for k, v in counts.items()), file=sys.stderr)
    failed = any(result["status"] in ("failed", "killed") for result in results.values())
    return ExitStatus.FAILURE if failed else ExitStatus.OK


if __name__ == "__main__":
    sys.exit(main())
