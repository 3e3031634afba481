"""Run recording: one ``crawl_runs`` row per crawl of one source, with live counters.

:class:`RunRecorder` gives the crawl its run id (``spider.run_id``) and writes the counters
the other components keep in Scrapy's stats (``crawler.store``: pages, items, new,
duplicate, related, dropped, errors) to the run row. It uses the crawl's shared connection
(``crawler.store.for_crawler``) and no other component depends on it for theirs: with
``PRESSWATCH_RUNS_ENABLED = False`` items, conditional requests and failure records work
as before, only without a run row. It works the same under ``presswatch crawl``,
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

from crawler import store
from crawler.liveness import process_identity
from crawler.middlewares.hostmap import host_map_from
from crawler.store import STAT_PREFIX, run_status
from db.runs import finish_run, start_run, update_counts
from notify import run_end_hook_for

logger = logging.getLogger(__name__)

__all__ = ["STAT_PREFIX", "RunRecorder", "run_status"]


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
        # records the run's notifications in the transaction that ends it (notify/)
        self.on_end = run_end_hook_for(
            settings.get("PRESSWATCH_SOURCES_FILE"),
            settings.get("PRESSWATCH_DAEMON_HEALTH_RUNS", 3),
        ) if settings.getbool("PRESSWATCH_NOTIFY_ENABLED", True) else None
        self.db = store.for_crawler(crawler)
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
        #: called with the final status just before the run row is finished (while the
        #: connection is open), e.g. to keep conditional-request validators only if ok
        self.close_hooks: list[Callable[[str], None]] = []
        self._last_written: dict[str, int] = {}
        self._loop: task.LoopingCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        logger.info("crawl of %s recorded as run %d", self.source, self.run_id)

    @classmethod
    def from_crawler(cls, crawler: Any) -> RunRecorder:
        return cls(crawler)

    @classmethod
    def of(cls, crawler: Any) -> RunRecorder | None:
        """The recorder of ``crawler`` (None when run recording is off)."""
        return crawler.get_extension(cls)

    # ----- counters ---------------------------------------------------------------------
    @property
    def failures(self) -> Counter[str]:
        """Failed pages by reason in words (kept by ``crawler.store``)."""
        return store.failures(self.crawler)

    def counts(self) -> dict[str, int]:
        """The run counters so far."""
        return store.counts(self.crawler)

    def record_dropped(self, url: str, reason: str, *, detail: str | None = None,
                       permanent: bool | None = None, error: bool = False) -> None:
        """A ``dropped`` row for this run (see :func:`crawler.store.record_drop`)."""
        store.record_drop(self.crawler, self.db, url, reason, detail=detail,
                          permanent=permanent, error=error)

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
        store.commit(self.crawler)  # the run's writes are in the store before it ends
        counts = self.counts()
        status, message = run_status(counts, reason, fetched_ok=store.pages_ok(self.crawler),
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
