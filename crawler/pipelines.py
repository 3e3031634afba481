"""Scrapy item pipeline: the thin adapter from an ``ArticleItem`` to ``pipelines.ingest``.

All the work (decoding, cleaning, relevance, deduplication, the writes in one transaction)
is in :func:`pipelines.ingest.ingest`, shared with ``presswatch ingest`` and reprocessing.
This adapter only passes the item's fields and provenance, the run id and the source's
relevance rule, and counts the verdict for the run (``presswatch/new`` … in Scrapy stats,
written to the run row by ``crawler.extensions.RunRecorder`` when runs are recorded). It
writes through the crawl's shared connection (``crawler.store``), never through another
component, so it works with run recording off. An item whose processing raises is recorded
as a ``dropped`` row with reason ``pipeline_error``: one bad page never stops a crawl.
Items ingested in the crawl process are written in groups (``crawler.store.SharedStore``:
each item's transaction is a savepoint of a group committed every
``PRESSWATCH_COMMIT_ITEMS`` items or ``PRESSWATCH_COMMIT_SECONDS`` seconds).
Switch: ``PRESSWATCH_INGEST_ENABLED``.

Ingest is CPU work and Scrapy runs in one thread, so by default
(``PRESSWATCH_INGEST_WORKERS = 0``) a fast crawl is bounded by it. With
``PRESSWATCH_INGEST_WORKERS = N`` the CPU-only half of ingest — cleaning, the relevance rule
and the fingerprint (:func:`pipelines.ingest.prepare`) — runs in N worker processes
(spawned once per crawl process) while the crawl goes on downloading, and the writes stay
here, in the crawl's one shared connection and its commit groups: one writer, the same
kill-safety, the same store. Whether it pays depends on free cores (docs/crawling.md has
the measurements); a polite scheduled crawl waits on the network, not on ingest.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import Any

from scrapy.exceptions import NotConfigured

from crawler import store
from pipelines.dedup_settings import DedupSettings
from pipelines.ingest import Prepared, Relevance, ingest, prepare
from pipelines.relevance import make_relevance

logger = logging.getLogger(__name__)

VERDICT_COUNTERS = {"new": "new", "duplicate": "duplicate", "related": "related"}
# The arguments of pipelines.ingest.prepare that an item gives.
_PREPARE_ARGS = ("data", "url", "source", "final_url", "content_type", "selectors", "fetched_at",
                 "settings")

# Per worker process: relevance callables built from the rule (closures do not pickle).
_worker_rules: dict[str, Relevance | None] = {}
# Per crawl process: one pool shared by every source crawled in it.
_pool: dict[str, Any] = {"executor": None, "users": 0}


def _prepare_in_worker(rule: Any, kwargs: dict[str, Any]) -> Prepared:
    """Body of a worker's job: the CPU half of ingest for one item (no store access)."""
    key = repr(rule)
    if key not in _worker_rules:
        _worker_rules[key] = make_relevance(rule)
    return prepare(relevance=_worker_rules[key], **kwargs)


class IngestPipeline:
    """Feeds every ``ArticleItem`` to :func:`pipelines.ingest.ingest` and counts verdicts."""

    def __init__(self, crawler: Any) -> None:
        if not crawler.settings.getbool("PRESSWATCH_INGEST_ENABLED", True):
            raise NotConfigured
        self.crawler = crawler
        self.keep_raw = crawler.settings.getbool("PRESSWATCH_RAW_ENABLED", True)
        # The dedup settings ingest would read per item (~0.2 ms each), read once; a bad
        # value is left to ingest, which reports it per item as before.
        try:
            self.dedup: DedupSettings | None = DedupSettings.from_settings()
        except ValueError:
            self.dedup = None
        self.workers = max(0, crawler.settings.getint("PRESSWATCH_INGEST_WORKERS", 0))
        self._relevance: dict[str, Relevance | None] = {}

    def open_spider(self, spider: Any = None) -> None:
        if self.workers and _pool["executor"] is None:
            _pool["executor"] = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn")
            )
        if self.workers:
            _pool["users"] += 1

    def close_spider(self, spider: Any = None) -> None:
        if not self.workers:
            return
        _pool["users"] -= 1
        if _pool["users"] <= 0 and _pool["executor"] is not None:
            _pool["executor"].shutdown(wait=True)
            _pool["executor"] = None

    def _rule_for(self, source_name: str) -> Any:
        source = getattr(self.crawler.spider, "source", None)
        return source.relevance if source is not None and source.name == source_name else True

    @classmethod
    def from_crawler(cls, crawler: Any) -> IngestPipeline:
        return cls(crawler)

    def relevance_for(self, source_name: str) -> Relevance | None:
        """The relevance callable of a source (cached per crawl)."""
        if source_name not in self._relevance:
            self._relevance[source_name] = make_relevance(self._rule_for(source_name))
        return self._relevance[source_name]

    async def process_item(self, item: Any, spider: Any = None) -> Any:
        shared = store.shared_for(self.crawler)
        db = shared.db
        store.inc(self.crawler, "items")
        meta = dict(item.get("meta") or {})
        meta.update({
            key: item.get(key)
            for key in ("listing_url", "title_hint", "published_hint", "redirect_urls")
            if item.get(key)
        })
        kwargs = {
            "data": item["body"],
            "url": item["url"],
            "source": item["source"],
            "final_url": item.get("final_url"),
            "content_type": item.get("content_type"),
            "selectors": item.get("selectors") or None,
            "fetched_at": item.get("fetched_at"),
            "http_status": item.get("http_status"),
            "headers": item.get("headers"),
            "meta": meta,
            "run_id": store.run_id(self.crawler),
            "keep_raw": self.keep_raw,
            "settings": self.dedup,
        }
        try:
            prepared = None
            if _pool["executor"] is not None:
                job = partial(_prepare_in_worker, self._rule_for(item["source"]),
                              {key: kwargs[key] for key in _PREPARE_ARGS})
                prepared = await asyncio.get_running_loop().run_in_executor(
                    _pool["executor"], job)
            shared.begin()  # the item's transaction becomes a savepoint of the group
            outcome = ingest(db, relevance=self.relevance_for(item["source"]),
                             prepared=prepared, **kwargs)
        except Exception as exc:
            logger.exception("could not process %s", item.get("url"))
            store.record_drop(self.crawler, db, item.get("url") or "?", "pipeline_error",
                              detail=f"{type(exc).__name__}: {exc}", error=True)
            shared.item_done()
            return item
        shared.item_done()
        if outcome.verdict in VERDICT_COUNTERS:
            store.inc(self.crawler, VERDICT_COUNTERS[outcome.verdict])
        else:  # "dropped": ingest wrote the row with its reason
            store.inc(self.crawler, "dropped")
            self.crawler.stats.inc_value(f"presswatch/dropped/{outcome.reason}")
        logger.info("%s %s%s", outcome.verdict, item["url"],
                    f" ({outcome.reason})" if outcome.reason else
                    f" -> article {outcome.article_id}" if outcome.article_id else "")
        return item
