"""Conditional requests for listing, feed and sitemap pages (ETag / Last-Modified).

Requests marked ``meta["presswatch_conditional"]`` (``PresswatchSpider.listing_request``
does) get ``If-None-Match`` / ``If-Modified-Since`` from ``db.fetch_state``. A ``304`` answer
ends the request quietly (:class:`NotModified`, which is not a failure): the listing is
unchanged, so none of its links is new. Validators of a ``200`` answer are kept and written
when the run ends, and only when it ended ``ok``: if some article of a changed listing
failed, the next crawl must see the listing again to retry it.
Switch off with ``PRESSWATCH_CONDITIONAL_ENABLED = False``. Reads and writes go through the
crawl's shared connection (``crawler.store``), so this works whether runs are recorded or not.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured

from crawler import store
from db.fetch_state import get_validators, save_validators

logger = logging.getLogger(__name__)

META_CONDITIONAL = "presswatch_conditional"


class NotModified(IgnoreRequest):
    """The server answered 304 to a conditional request: nothing new on that page."""


class ConditionalRequestMiddleware:
    """Downloader middleware adding validators and turning 304 into :class:`NotModified`."""

    def __init__(self, crawler: Any) -> None:
        if not crawler.settings.getbool("PRESSWATCH_CONDITIONAL_ENABLED", True):
            raise NotConfigured
        self.crawler = crawler
        self.pending: dict[str, tuple[str | None, str | None]] = {}
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> ConditionalRequestMiddleware:
        return cls(crawler)

    def process_request(self, request: Any, spider: Any = None) -> None:
        if not request.meta.get(META_CONDITIONAL):
            return None
        stored = get_validators(store.for_crawler(self.crawler), request.url)
        if stored:
            etag, modified = stored
            if etag:
                request.headers.setdefault(b"If-None-Match", etag.encode("latin-1"))
            if modified:
                request.headers.setdefault(b"If-Modified-Since", modified.encode("latin-1"))
        return None

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        if not request.meta.get(META_CONDITIONAL):
            return response
        if response.status == 304:
            self.crawler.stats.inc_value("presswatch/not_modified")
            logger.info("not modified: %s", request.url)
            raise NotModified(f"not modified since the last crawl: {request.url}")
        if response.status == 200:
            etag = response.headers.get(b"ETag")
            modified = response.headers.get(b"Last-Modified")
            if etag or modified:
                self.pending[request.url] = (
                    etag.decode("latin-1") if etag else None,
                    modified.decode("latin-1") if modified else None,
                )
        return response

    def spider_closed(self, spider: Any, reason: str) -> None:
        """Keep the validators seen by this crawl if it ended ``ok``."""
        status, _ = store.run_status(store.counts(self.crawler), reason,
                                     fetched_ok=store.pages_ok(self.crawler))
        if status != "ok" or not self.pending:
            return
        count = save_validators(
            store.for_crawler(self.crawler),
            ((url, etag, modified) for url, (etag, modified) in self.pending.items()),
            source=store.source_name(self.crawler),
        )
        logger.debug("kept validators of %d listing page(s)", count)
