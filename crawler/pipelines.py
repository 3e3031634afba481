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

Ingest is CPU work (cleaning, fingerprints, SQLite with full-text indexes: ~30 ms a page)
and Scrapy runs in one thread, so by default (``PRESSWATCH_INGEST_WORKERS = 0``) a fast
crawl is bounded by it. With ``PRESSWATCH_INGEST_WORKERS = N`` items are ingested by N
worker processes (spawned once per crawl process, each with its own connection), while the
crawl goes on downloading; ``ingest`` is safe with concurrent writers (one ``BEGIN
IMMEDIATE`` transaction per item), so the store ends the same. Measured on 2 cores
(docs/crawling.md) it does not pay: ingest stays the bottleneck and two workers wait on each
other's write lock; it is for bulk crawls on machines with more cores. A polite scheduled
crawl waits on the network, not on ingest.
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
from pipelines.ingest import Relevance, ingest
from pipelines.relevance import make_relevance

logger = logging.getLogger(__name__)

VERDICT_COUNTERS = {"new": "new", "duplicate": "duplicate", "related": "related"}

# Per worker process: its connection and relevance callables (built from the rule, as
# closures do not pickle).
_worker_state: dict[str, Any] = {}
# Per crawl process: one pool shared by every source crawled in it.
_pool: dict[str, Any] = {"executor": None, "users": 0}


def _ingest_in_worker(db_path: str, rule: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
    """Body of a worker's job: ``ingest`` one item; the outcome as a plain dict."""
    from db import open_db

    if _worker_state.get("path") != db_path:
        _worker_state.update(path=db_path, db=open_db(db_path), rules={})
    key = repr(rule)
    if key not in _worker_state["rules"]:
        _worker_state["rules"][key] = make_relevance(rule)
    outcome = ingest(_worker_state["db"], relevance=_worker_state["rules"][key], **kwargs)
    return {"verdict": outcome.verdict, "reason": outcome.reason,
            "article_id": outcome.article_id}


class _Outcome:
    """The fields of ``IngestOutcome`` the adapter reads, from a worker's dict."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.verdict = data["verdict"]
        self.reason = data["reason"]
        self.article_id = data["article_id"]


class IngestPipeline:
    """Feeds every ``ArticleItem`` to :func:`pipelines.ingest.ingest` and counts verdicts."""

    def __init__(self, crawler: Any) -> None:
        if not crawler.settings.getbool("PRESSWATCH_INGEST_ENABLED", True):
            raise NotConfigured
        self.crawler = crawler
        self.keep_raw = crawler.settings.getbool("PRESSWATCH_RAW_ENABLED", True)
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
        }
        try:
            if _pool["executor"] is not None:
                job = partial(_ingest_in_worker, store.db_path(self.crawler),
                              self._rule_for(item["source"]), kwargs)
                outcome = _Outcome(
                    await asyncio.get_running_loop().run_in_executor(_pool["executor"], job)
                )
            else:
                shared.begin()  # the item's transaction becomes a savepoint of the group
                outcome = ingest(db, relevance=self.relevance_for(item["source"]), **kwargs)
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
