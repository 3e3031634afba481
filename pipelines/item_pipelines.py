"""Scrapy item pipeline: the thin adapter from an ``ArticleItem`` to ``pipelines.ingest``.

All the work (decoding, cleaning, relevance, deduplication, the writes in one transaction)
is in :func:`pipelines.ingest.ingest`, shared with ``presswatch ingest`` and reprocessing.
This adapter only passes the item's fields and provenance, the run id and the source's
relevance rule, and counts the verdict for the run (``presswatch/new`` … in Scrapy stats,
read by ``crawler.extensions.RunRecorder``). An item whose processing raises is recorded as
a ``dropped`` row with reason ``pipeline_error``: one bad page never stops a crawl.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from crawler.extensions import RunRecorder
from pipelines.relevance import make_relevance

logger = logging.getLogger(__name__)

VERDICT_COUNTERS = {"new": "new", "duplicate": "duplicate", "related": "related"}


class IngestPipeline:
    """Feeds every ``ArticleItem`` to :func:`pipelines.ingest.ingest` and counts verdicts."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.keep_raw = crawler.settings.getbool("PRESSWATCH_RAW_ENABLED", True)
        self._relevance: dict[str, Callable[[Any], str | None] | None] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> IngestPipeline:
        return cls(crawler)

    def relevance_for(self, source_name: str) -> Callable[[Any], str | None] | None:
        """The relevance callable of a source (cached per crawl)."""
        if source_name not in self._relevance:
            spider = self.crawler.spider
            source = getattr(spider, "source", None)
            rule = source.relevance if source is not None and source.name == source_name else True
            self._relevance[source_name] = make_relevance(rule)
        return self._relevance[source_name]

    def process_item(self, item: Any, spider: Any = None) -> Any:
        from pipelines.ingest import ingest

        recorder = RunRecorder.of(self.crawler)
        if recorder is None:
            raise RuntimeError("the presswatch item pipeline needs the RunRecorder extension")
        recorder.inc("items")
        meta = dict(item.get("meta") or {})
        meta.update({
            key: item.get(key)
            for key in ("listing_url", "title_hint", "published_hint", "redirect_urls")
            if item.get(key)
        })
        try:
            outcome = ingest(
                recorder.db,
                data=item["body"],
                url=item["url"],
                source=item["source"],
                final_url=item.get("final_url"),
                content_type=item.get("content_type"),
                selectors=item.get("selectors") or None,
                fetched_at=item.get("fetched_at"),
                http_status=item.get("http_status"),
                headers=item.get("headers"),
                meta=meta,
                run_id=recorder.run_id,
                relevance=self.relevance_for(item["source"]),
                keep_raw=self.keep_raw,
            )
        except Exception as exc:
            logger.exception("could not process %s", item.get("url"))
            recorder.record_dropped(item.get("url") or "?", "pipeline_error",
                                    detail=f"{type(exc).__name__}: {exc}", error=True)
            return item
        if outcome.verdict in VERDICT_COUNTERS:
            recorder.inc(VERDICT_COUNTERS[outcome.verdict])
        else:  # "dropped": ingest wrote the row with its reason
            recorder.inc("dropped")
            self.crawler.stats.inc_value(f"presswatch/dropped/{outcome.reason}")
        logger.info("%s %s%s", outcome.verdict, item["url"],
                    f" ({outcome.reason})" if outcome.reason else
                    f" -> article {outcome.article_id}" if outcome.article_id else "")
        return item
