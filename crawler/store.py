"""The crawl process's store: one shared write connection, the run's counters and drops.

Every presswatch Scrapy component that writes — the item pipeline, the run recorder, the
conditional-request and failure middlewares, the site spiders' empty-listing report —
gets the connection from :func:`for_crawler` (keyed by the database path, opened once per
process, closed when the last crawl using it stops) instead of reaching into another
component. The connection commits in groups (:class:`SharedStore`): the item pipeline's
per-item transactions become savepoints of a group committed every
``PRESSWATCH_COMMIT_ITEMS`` items or ``PRESSWATCH_COMMIT_SECONDS`` seconds. Each component
can be switched off on its own: with ``PRESSWATCH_RUNS_ENABLED = False`` items are still
stored and failures still recorded.

Counters live in Scrapy's stats under ``presswatch/<counter>`` (:data:`db.runs.COUNTERS`),
so every component counts the same way and the run recorder writes them to the run row.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils
from scrapy import signals
from twisted.internet import task

from config import settings as settings_table
from db import open_db, transaction
from db.dropped import record_dropped
from db.runs import COUNTERS

logger = logging.getLogger(__name__)

STAT_PREFIX = "presswatch/"

class SharedStore:
    """The crawl process's one write connection to a store, committing in groups.

    Writers inside a group (``pipelines.ingest`` and every ``db`` function) use
    ``write_transaction``, which becomes a savepoint of the open group, so each item is
    still all-or-nothing. A group is committed after ``max_items`` items, when it is
    ``max_seconds`` old (checked after each item and by a timer, so an idle crawl never
    holds SQLite's write lock longer), before a run row is finished and when the last
    crawl using the store stops. A killed process loses at most the open group; those
    pages are not known to the store, so the next crawl fetches them again.
    """

    def __init__(self, path: str, *, max_items: int, max_seconds: float) -> None:
        self.path = path
        self.db = open_db(path)
        self.max_items = max(1, max_items)
        self.max_seconds = max(0.0, max_seconds)
        self.users = 0
        self.items = 0
        self.opened_at: float | None = None
        self._timer: task.LoopingCall | None = None

    @property
    def grouping(self) -> bool:
        return self.max_items > 1 and self.max_seconds > 0

    def begin(self) -> None:
        """Open a group (``BEGIN IMMEDIATE``) unless one is open or grouping is off."""
        if not self.grouping or self.db.conn.in_transaction:
            return
        self.db.conn.execute("BEGIN IMMEDIATE")
        self.opened_at = time.monotonic()
        self.items = 0
        if self._timer is None:
            self._timer = task.LoopingCall(self.tick)
            self._timer.start(max(self.max_seconds / 2, 0.05), now=False)

    def item_done(self) -> None:
        """One item is written; commit when the group is full or old enough."""
        self.items += 1
        if self.items >= self.max_items:
            self.commit()
        else:
            self.tick()

    def tick(self) -> None:
        """Commit a group older than ``max_seconds`` (the timer calls this too)."""
        if self.opened_at is not None and (
                time.monotonic() - self.opened_at >= self.max_seconds):
            self.commit()

    def commit(self) -> None:
        """Commit the open group, if any (the search indexes take its articles first:
        ``db.transaction.commit``). A group that cannot be committed is rolled back, as a
        kill would lose it: its pages are not known, so the next crawl fetches them."""
        try:
            if self.db.conn.in_transaction and self.opened_at is not None:
                try:
                    transaction.commit(self.db)
                except BaseException:
                    transaction.rollback(self.db)
                    raise
        finally:
            self.opened_at = None
            self.items = 0

    def close(self) -> None:
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        self._timer = None
        self.commit()
        self.db.close()


# path -> the process's store
_shared: dict[str, SharedStore] = {}


def acquire(path: str, *, max_items: int = 1, max_seconds: float = 0.0) -> SharedStore:
    """The process's shared store at ``path`` (opened on first use)."""
    shared = _shared.get(str(path))
    if shared is None:
        shared = _shared[str(path)] = SharedStore(str(path), max_items=max_items,
                                                  max_seconds=max_seconds)
    shared.users += 1
    return shared


def release(path: str) -> None:
    """One user is done with the store; the last one commits and closes it."""
    shared = _shared.get(str(path))
    if shared is None:
        return
    shared.users -= 1
    if shared.users <= 0:
        del _shared[str(path)]
        shared.close()


def shared_for(crawler: Any) -> SharedStore:
    """The shared store of ``crawler`` (setting ``PRESSWATCH_DB``), held until its engine
    stops; group sizes from ``PRESSWATCH_COMMIT_ITEMS`` / ``PRESSWATCH_COMMIT_SECONDS``."""
    shared = getattr(crawler, "_presswatch_store", None)
    if shared is None:
        path = db_path(crawler)
        settings = crawler.settings
        shared = acquire(
            path,
            max_items=int(settings_table.value("PRESSWATCH_COMMIT_ITEMS", settings)),
            max_seconds=float(settings_table.value("PRESSWATCH_COMMIT_SECONDS", settings)),
        )
        crawler._presswatch_store = shared
        crawler.signals.connect(lambda: _release_for(crawler, path),
                                signal=signals.engine_stopped, weak=False)
    return shared


def for_crawler(crawler: Any) -> sqlite_utils.Database:
    """The shared write connection of ``crawler``'s store."""
    return shared_for(crawler).db


def commit(crawler: Any) -> None:
    """Commit ``crawler``'s open group now (before a run row is finished)."""
    shared = getattr(crawler, "_presswatch_store", None)
    if shared is not None:
        shared.commit()


def _release_for(crawler: Any, path: str) -> None:
    if getattr(crawler, "_presswatch_store", None) is not None:
        crawler._presswatch_store = None
        release(path)


def db_path(crawler: Any) -> str:
    """The store this crawl writes to (setting ``PRESSWATCH_DB``)."""
    return str(crawler.settings.get("PRESSWATCH_DB"))


def source_name(crawler: Any) -> str | None:
    """The source being crawled (the spider's ``source_name``, else its name)."""
    spider = getattr(crawler, "spider", None)
    if spider is None:
        return None
    return getattr(spider, "source_name", None) or spider.name


def run_id(crawler: Any) -> int | None:
    """The ``crawl_runs`` row of this crawl, when one is recorded."""
    value = getattr(getattr(crawler, "spider", None), "run_id", None)
    return int(value) if value else None


def inc(crawler: Any, counter: str, count: int = 1) -> None:
    """Add to a run counter (``pages``, ``items``, ``new``, … in :data:`db.runs.COUNTERS`)."""
    crawler.stats.inc_value(STAT_PREFIX + counter, count)


def counts(crawler: Any) -> dict[str, int]:
    """The run counters so far."""
    return {key: int(crawler.stats.get_value(STAT_PREFIX + key, 0)) for key in COUNTERS}


def pages_ok(crawler: Any) -> int:
    """Pages that answered below 400 (a 304 included): fetched, whatever they held."""
    return int(crawler.stats.get_value(STAT_PREFIX + "pages_ok", 0))


def failures(crawler: Any) -> Counter[str]:
    """This crawl's failed pages counted by their reason in words (:func:`describe_failure`)."""
    counter = getattr(crawler, "_presswatch_failures", None)
    if counter is None:
        counter = crawler._presswatch_failures = Counter()
    return counter


_WORDS = {
    "dns_error": "{host} did not resolve — offline?",
    "connection_error": "{host} refused or dropped the connection",
    "timeout": "{host} did not answer in time",
    "http_error": "{host} answered {detail}",
    "not_found": "{host}: page not found ({detail})",
    "too_large": "{host}: a page was over the size limit",
    "truncated": "{host}: an answer was cut short",
    "redirect_loop": "{host}: a page redirects in a loop",
    "robots": "{host}: robots.txt forbids the page",
    "parse_error": "{host}: a page could not be parsed ({detail})",
    "blocked": "{host}: refused by the request policy ({detail})",
    "no_entries": "{host}: a listing page showed no entries — has the site changed?",
}


def describe_failure(reason: str, url: str, detail: str | None = None) -> str:
    """A failed page's reason in words, naming the host: what a person reads in the crawl
    summary and in ``presswatch runs`` (e.g. ``www.nbd.com.cn did not resolve — offline?``).

    >>> describe_failure("dns_error", "https://www.nbd.com.cn/columns/3/")
    'www.nbd.com.cn did not resolve — offline?'
    >>> describe_failure("http_error", "https://www.gov.cn/a.htm", "HTTP 503")
    'www.gov.cn answered HTTP 503'
    """
    host = urlsplit(url).hostname or url
    detail = (detail or reason).splitlines()[0][:120] if (detail or reason) else reason
    template = _WORDS.get(reason, "{host}: {reason} ({detail})")
    return template.format(host=host, detail=detail, reason=reason)


def record_drop(crawler: Any, db: sqlite_utils.Database, url: str, reason: str, *,
                detail: str | None = None, permanent: bool | None = None,
                error: bool = False) -> None:
    """A ``dropped`` row for this crawl, counted; ``error`` also counts the page as failed."""
    record_dropped(db, url, reason, detail=detail, source=source_name(crawler),
                   run_id=run_id(crawler), permanent=permanent)
    inc(crawler, "dropped")
    crawler.stats.inc_value(f"{STAT_PREFIX}dropped/{reason}")
    if error:
        inc(crawler, "errors")
        failures(crawler)[describe_failure(reason, url, detail)] += 1


def run_status(counts: dict[str, int], close_reason: str, *,
               fetched_ok: int | None = None,
               failures: Counter[str] | None = None) -> tuple[str, str]:
    """Final status and message of a run from its counters and Scrapy's close reason.

    ``failed`` means nothing could be fetched: no page answered successfully (``fetched_ok``,
    the responses below 400; ``pages`` minus ``errors`` when not given) and no item came
    out. ``pages`` and ``errors`` are not comparable counts — a 404 is both a page and an
    error, a timeout or a refused request only an error — so "more errors than pages" said
    nothing about whether anything was fetched, and a slow machine turned runs that stored
    items into ``failed`` ones.

    ``failures`` counts the failed pages by their reason in words
    (:func:`~crawler.middlewares.failures.describe_failure`); the message names the
    commonest ones, so the summary and ``presswatch runs`` say why a crawl failed.
    """
    pages, errors = counts.get("pages", 0), counts.get("errors", 0)
    if fetched_ok is None:
        fetched_ok = max(pages - errors, 0)
    if close_reason == "shutdown":  # SIGINT / SIGTERM: Ctrl-C, or the daemon's timeout
        return "killed", "crawl interrupted (shutdown signal); pages so far are stored"
    if close_reason not in ("finished", "closespider_pagecount", "closespider_itemcount"):
        return "failed", f"crawl stopped: {close_reason}"
    why = _why(failures or Counter())
    if errors and fetched_ok == 0 and counts.get("items", 0) == 0:
        return "failed", why or f"no page could be fetched ({errors} failed)"
    if errors:
        return "partial", (f"{errors} page(s) failed: {why}" if why else
                           f"{errors} page(s) failed; see the dropped table for reasons")
    return "ok", f"{pages} page(s), {counts.get('items', 0)} item(s)"


def _why(failures: Counter[str], shown: int = 2) -> str:
    """The commonest failure reasons, e.g. ``x did not resolve — offline?; y ... (+2 more)``."""
    common = failures.most_common()
    parts = [text if n == 1 or len(common) == 1 else f"{text} ({n} pages)"
             for text, n in common[:shown]]
    more = len(common) - shown
    return "; ".join(parts) + (f" (+{more} more)" if more > 0 else "")
