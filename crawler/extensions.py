"""Run recording: one ``crawl_runs`` row per crawl of one source, with live counters.

:class:`RunRecorder` is the per-crawl context the other presswatch components share: the
store connection (opened once per crawl), the run id, and the counters kept in Scrapy's
stats under ``presswatch/<counter>`` (``db.runs.COUNTERS``: pages, items, new, duplicate,
related, dropped, errors). It works the same under ``presswatch crawl``,
``python -m crawler.crawl`` and plain ``scrapy crawl SOURCE``:

- at start it uses the run row it is given (spider argument ``run_id``, as the daemon
  does) or creates one with :func:`db.runs.start_run`;
- every ``PRESSWATCH_PROGRESS_INTERVAL`` seconds it writes the counters to the row
  (``presswatch runs`` shows a crawl in progress) and calls the ``PRESSWATCH_PROGRESS``
  callable, if any, with ``(source, counts)``;
- at the end it gives the row its final status: ``ok``; ``partial`` when some pages failed
  (errors > 0) but others were fetched; ``failed`` when nothing could be fetched or the
  crawl stopped abnormally; ``killed`` when a signal stopped it.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from crawler.liveness import process_identity
from crawler.middlewares.failures import describe_failure
from crawler.middlewares.hostmap import host_map_from
from db import open_db
from db.dropped import record_dropped
from db.runs import COUNTERS, finish_run, start_run, update_counts
from notify import run_end_hook_for

logger = logging.getLogger(__name__)

STAT_PREFIX = "presswatch/"


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


class RunRecorder:
    """Extension recording one crawl of one source in ``crawl_runs``; see module docs."""

    def __init__(self, crawler: Any) -> None:
        settings = crawler.settings
        if not settings.getbool("PRESSWATCH_RUNS_ENABLED", True):
            raise NotConfigured
        # A malformed host map stops the crawl here, before any request, instead of leaving
        # the http(s) download handlers unloaded and every page failing.
        host_map_from(settings)
        self.crawler = crawler
        self.stats = crawler.stats
        spider = crawler.spider
        self.source: str = getattr(spider, "source_name", None) or spider.name
        self.db_path = settings.get("PRESSWATCH_DB")
        # records the run's notifications in the transaction that ends it (notify/)
        self.on_end = run_end_hook_for(
            settings.get("PRESSWATCH_SOURCES_FILE"),
            settings.get("PRESSWATCH_DAEMON_HEALTH_RUNS", 3),
        ) if settings.getbool("PRESSWATCH_NOTIFY_ENABLED", True) else None
        self.db = open_db(self.db_path)
        given = getattr(spider, "run_id", None)
        if given:
            self.run_id = int(given)
        else:
            self.run_id = start_run(self.db, self.source,
                                    trigger=settings.get("PRESSWATCH_RUN_TRIGGER", "manual"),
                                    **process_identity())
            spider.run_id = self.run_id
        self.progress: Callable[[str, dict[str, int]], None] | None = settings.get(
            "PRESSWATCH_PROGRESS"
        )
        self.interval = settings.getfloat("PRESSWATCH_PROGRESS_INTERVAL", 1.0)
        self.final: tuple[str, str] | None = None
        self.failures: Counter[str] = Counter()  # failed pages by reason in words
        #: called with the final status just before the run row is finished (while the
        #: connection is open), e.g. to keep conditional-request validators only if ok
        self.close_hooks: list[Callable[[str], None]] = []
        self._last_written: dict[str, int] = {}
        self._loop: task.LoopingCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.response_received, signal=signals.response_received)
        crawler.signals.connect(self.spider_error, signal=signals.spider_error)
        logger.info("crawl of %s recorded as run %d", self.source, self.run_id)

    @classmethod
    def from_crawler(cls, crawler: Any) -> RunRecorder:
        return cls(crawler)

    @classmethod
    def of(cls, crawler: Any) -> RunRecorder | None:
        """The recorder of ``crawler`` (None when run recording is off)."""
        return crawler.get_extension(cls)

    # ----- counters ---------------------------------------------------------------------
    def inc(self, counter: str, count: int = 1) -> None:
        self.stats.inc_value(STAT_PREFIX + counter, count)

    def counts(self) -> dict[str, int]:
        return {key: int(self.stats.get_value(STAT_PREFIX + key, 0)) for key in COUNTERS}

    def record_dropped(self, url: str, reason: str, *, detail: str | None = None,
                       permanent: bool | None = None, error: bool = False) -> None:
        """A ``dropped`` row for this run; ``error`` also counts the page as failed."""
        record_dropped(self.db, url, reason, detail=detail, source=self.source,
                       run_id=self.run_id, permanent=permanent)
        self.inc("dropped")
        self.stats.inc_value(f"{STAT_PREFIX}dropped/{reason}")
        if error:
            self.inc("errors")
            self.failures[describe_failure(reason, url, detail)] += 1

    # ----- signals ----------------------------------------------------------------------
    def response_received(self, response: Any, request: Any, spider: Any = None) -> None:
        if request.meta.get("dont_obey_robotstxt") and request.url.endswith("/robots.txt"):
            return  # robots.txt is bookkeeping, not a page of the source
        self.inc("pages")
        if response.status < 400:  # 304 included: the page answered, nothing new
            self.stats.inc_value(STAT_PREFIX + "pages_ok")

    def spider_error(self, failure: Any, response: Any, spider: Any = None) -> None:
        """A callback raised: the page is dropped with the error, the crawl goes on."""
        self.record_dropped(response.url, "parse_error",
                            detail=f"{failure.type.__name__}: {failure.value}", error=True)

    def spider_opened(self, spider: Any) -> None:
        if self.interval > 0:
            self._loop = task.LoopingCall(self.report)
            self._loop.start(self.interval, now=False)

    def report(self) -> None:
        """Write the counters to the run row and tell the progress callable."""
        counts = self.counts()
        if counts != self._last_written:
            try:
                update_counts(self.db, self.run_id, counts)
                self._last_written = counts
            except Exception as exc:  # a busy database must not stop the crawl
                logger.warning("could not update run %d: %s", self.run_id, exc)
        if self.progress is not None:
            self.progress(self.source, counts)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        counts = self.counts()
        status, message = run_status(
            counts, reason, fetched_ok=int(self.stats.get_value(STAT_PREFIX + "pages_ok", 0)),
            failures=self.failures)
        self.final = (status, message)
        for hook in self.close_hooks:
            try:
                hook(status)
            except Exception:
                logger.exception("close hook of run %d failed", self.run_id)
        finish_run(self.db, self.run_id, status, counts=counts, message=message,
                   on_end=self.on_end)
        self.stats.set_value(STAT_PREFIX + "status", status)
        self.stats.set_value(STAT_PREFIX + "run_id", self.run_id)
        logger.info("run %d of %s: %s (%s)", self.run_id, self.source, status, message)
        if self.progress is not None:
            self.progress(self.source, counts)
        self.db.close()
