"""Conditional requests for listing, feed and sitemap pages (ETag / Last-Modified).

Requests marked ``meta["presswatch_conditional"]`` (``PresswatchSpider.listing_request``
does) get ``If-None-Match`` / ``If-Modified-Since`` from ``db.fetch_state``. A ``304`` answer
ends the request quietly (:class:`NotModified`, which is not a failure): the listing is
unchanged, so none of its links is new. Validators of a ``200`` answer are kept and written
when the run ends, and only when it ended ``ok``: if some article of a changed listing
failed, the next crawl must see the listing again to retry it.
Switch off with ``PRESSWATCH_CONDITIONAL_ENABLED = False``.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.exceptions import IgnoreRequest, NotConfigured

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
        self._hooked = False

    @classmethod
    def from_crawler(cls, crawler: Any) -> ConditionalRequestMiddleware:
        return cls(crawler)

    def _recorder(self) -> Any:
        from crawler.extensions import RunRecorder

        recorder = RunRecorder.of(self.crawler)
        if recorder is not None and not self._hooked:
            recorder.close_hooks.append(self.flush)
            self._hooked = True
        return recorder

    def process_request(self, request: Any, spider: Any = None) -> None:
        if not request.meta.get(META_CONDITIONAL):
            return None
        recorder = self._recorder()
        if recorder is None:
            return None
        stored = get_validators(recorder.db, request.url)
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

    def flush(self, status: str) -> None:
        """Keep the validators seen by this run if it ended ``ok``."""
        recorder = self._recorder()
        if status != "ok" or recorder is None or not self.pending:
            return
        count = save_validators(
            recorder.db,
            ((url, etag, modified) for url, (etag, modified) in self.pending.items()),
            source=recorder.source,
        )
        logger.debug("kept validators of %d listing page(s)", count)
