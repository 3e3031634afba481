"""Every page that fails becomes a ``dropped`` row with a reason; the crawl goes on.

Scrapy hands a request's final failure (after retries) to its errback. Requests made with
``PresswatchSpider`` helpers carry ``on_failure`` as errback; :class:`ErrbackMiddleware`
gives every other request a spider yields the same errback, so a site spider that builds its
own ``Request`` is covered too. :func:`classify_failure` names the reason:

==================  ============================================  =========
reason              cause                                         permanent
==================  ============================================  =========
``not_found``       HTTP 404 / 410                                yes
``http_error``      other HTTP 4xx/5xx after retries              no
``timeout``         no complete answer within ``DOWNLOAD_TIMEOUT``  no
``connection_error`` refused, reset, closed early                 no
``truncated``       body shorter than announced (data loss)       no
``too_large``       body over ``DOWNLOAD_MAXSIZE``, before or      yes
                    after decompression (a gzip bomb)
``redirect_loop``   more than ``REDIRECT_MAX_TIMES`` redirects     yes
``blocked``         refused by the request policy (``policy.py``)  yes (1)
``robots``          disallowed by robots.txt                      no
``dns_error``       host name does not resolve                    no
``fetch_error``     anything else                                 no
==================  ============================================  =========

(1) a refusal by address (a source host resolving to an internal address) is retried: DNS
answers change. The codes are the closed set of ``db.dropped.REASONS``.

Permanent reasons (``db.dropped.PERMANENT_REASONS``) are not fetched again; the others are
retried by the next crawl. A 304 answer (:class:`~crawler.middlewares.conditional.NotModified`)
is not a failure. A spider callback that raises drops its page as ``parse_error``.

The middleware also counts every page received (``presswatch/pages``, and ``pages_ok`` for
answers below 400; robots.txt is not a page), so a run's status (ok / partial / failed) can
weigh failures against pages whether or not runs are recorded. It writes through the
crawl's shared connection (``crawler.store``). Switch: ``PRESSWATCH_FAILURES_ENABLED``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterable
from typing import Any
from urllib.parse import urljoin

from scrapy import Request, signals
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    NotConfigured,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError

from crawler import store
from crawler.middlewares.conditional import NotModified
from crawler.store import describe_failure

__all__ = ["ErrbackMiddleware", "RedirectLoopMiddleware", "classify_failure",
           "describe_failure", "record_failure"]

logger = logging.getLogger(__name__)


def classify_failure(exc: BaseException) -> tuple[str, str, bool]:
    """``(reason, detail, counts_as_error)`` for the exception that failed a request."""
    from crawler.middlewares.policy import RequestBlocked

    name = type(exc).__name__
    text = str(exc) or name
    if isinstance(exc, RequestBlocked):
        return exc.verdict.reason, exc.verdict.detail, True
    if isinstance(exc, RedirectLoop):
        return "redirect_loop", text, True
    if isinstance(exc, HttpError):
        status = exc.response.status
        reason = "not_found" if status in (404, 410) else "http_error"
        return reason, f"HTTP {status}", True
    if isinstance(exc, IgnoreRequest):
        # Scrapy's own refusals, known by their exact messages (a URL inside another
        # message may well contain "redirect" or "robots")
        if text == "max redirections reached":
            return "redirect_loop", text, True
        if text == "Forbidden by robots.txt":
            return "robots", text, False
        size = decompressed_over_limit(exc)
        if size is not None:
            return "too_large", size, True
        return "fetch_error", f"{name}: {text}", True
    if isinstance(exc, DownloadTimeoutError | TimeoutError) or "timeout" in name.lower():
        return "timeout", text, True
    if isinstance(exc, ResponseDataLossError):
        return "truncated", text, True
    if isinstance(exc, DownloadCancelledError) or "max size" in text:
        return "too_large", text, True
    if isinstance(exc, CannotResolveHostError):
        return "dns_error", text, True
    if isinstance(exc, DownloadConnectionRefusedError | DownloadFailedError | ConnectionError):
        return "connection_error", f"{name}: {text}", True
    if "connection" in name.lower() or "ResponseFailed" in name or "ResponseNeverReceived" in name:
        return "connection_error", f"{name}: {text}", True
    return "fetch_error", f"{name}: {text}", True


def decompressed_over_limit(exc: BaseException) -> str | None:
    """The ``detail`` of a body that outgrew ``DOWNLOAD_MAXSIZE`` while being decompressed.

    Scrapy's ``HttpCompressionMiddleware`` inflates gzip/deflate/br/zstd bodies in bounded
    steps and raises ``IgnoreRequest`` (caused by its ``_DecompressionMaxSizeExceeded``,
    which carries ``decompressed_size``) as soon as the limit is passed, so a bomb costs at
    most the limit in memory. Here it becomes ``too_large`` (permanent) instead of a
    silent "ignored" that the next crawl would download again.
    """
    cause = exc.__cause__
    decompressed = getattr(cause, "decompressed_size", None)
    if decompressed is None:
        return None
    match = re.search(r"\((\d+) B compressed.*DOWNLOAD_MAXSIZE \((\d+) B\)", str(exc))
    if match:
        return (f"decompressed body over {match.group(2)} bytes (DOWNLOAD_MAXSIZE) from "
                f"{match.group(1)} compressed bytes; stopped at {decompressed}")
    return f"decompressed body over DOWNLOAD_MAXSIZE (stopped at {decompressed} bytes)"


def record_failure(crawler: Any, failure: Any) -> None:
    """Errback body: a ``dropped`` row (and an error count) for a failed request."""
    exc = failure.value
    if isinstance(exc, NotModified):
        return
    from crawler.middlewares.policy import RequestBlocked

    request = getattr(failure, "request", None)
    if request is None and isinstance(exc, HttpError):
        request = exc.response.request
    url = request.url if request is not None else "?"
    permanent = None
    if isinstance(exc, RequestBlocked):  # the page asked for, not the refused hop
        url, permanent = exc.url, exc.verdict.permanent
    reason, detail, is_error = classify_failure(exc)
    logger.warning("dropped %s: %s (%s)", url, reason, detail)
    store.record_drop(crawler, store.for_crawler(crawler), url, reason, detail=detail,
                      error=is_error, permanent=permanent)


class ErrbackMiddleware:
    """Spider middleware: requests a spider yields without an errback get ``on_failure``;
    pages are counted and callback errors recorded."""

    def __init__(self, crawler: Any) -> None:
        if not crawler.settings.getbool("PRESSWATCH_FAILURES_ENABLED", True):
            raise NotConfigured
        self.crawler = crawler
        crawler.signals.connect(self.response_received, signal=signals.response_received)
        crawler.signals.connect(self.spider_error, signal=signals.spider_error)

    @classmethod
    def from_crawler(cls, crawler: Any) -> ErrbackMiddleware:
        return cls(crawler)

    def response_received(self, response: Any, request: Any, spider: Any = None) -> None:
        if request.meta.get("dont_obey_robotstxt") and request.url.endswith("/robots.txt"):
            return  # robots.txt is bookkeeping, not a page of the source
        store.inc(self.crawler, "pages")
        if response.status < 400:  # 304 included: the page answered, nothing new
            store.inc(self.crawler, "pages_ok")

    def spider_error(self, failure: Any, response: Any, spider: Any = None) -> None:
        """A callback raised: the page is dropped with the error, the crawl goes on."""
        store.record_drop(self.crawler, store.for_crawler(self.crawler), response.url,
                          "parse_error", detail=f"{failure.type.__name__}: {failure.value}",
                          error=True)

    def _errback(self, failure: Any) -> None:
        record_failure(self.crawler, failure)

    def _fix(self, request: Any) -> Any:
        if isinstance(request, Request) and request.errback is None:
            spider = self.crawler.spider
            request.errback = getattr(spider, "on_failure", None) or self._errback
        return request

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for item_or_request in start:
            yield self._fix(item_or_request)

    def process_spider_output(self, response: Any, result: Iterable[Any],
                              spider: Any = None) -> Iterable[Any]:
        for item_or_request in result:
            yield self._fix(item_or_request)

    async def process_spider_output_async(self, response: Any, result: AsyncIterator[Any],
                                          spider: Any = None) -> AsyncIterator[Any]:
        async for item_or_request in result:
            yield self._fix(item_or_request)


class RedirectLoop(IgnoreRequest):
    """A redirect back onto its own chain (recorded as ``redirect_loop``)."""


class RedirectLoopMiddleware:
    """Downloader middleware: a redirect back to a URL already on the chain is a loop.

    Scrapy's ``RedirectMiddleware`` counts hops, but a redirected request goes through the
    duplicate filter, which silently discards a redirect to a URL already requested — a
    page redirecting to itself (or A → B → A) would vanish without a trace. Placed just
    before ``RedirectMiddleware`` (a higher order sees the response first), this raises
    ``IgnoreRequest("redirect loop …")``, which the errback records as ``redirect_loop``.
    """

    CODES = (301, 302, 303, 307, 308)

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        if response.status not in self.CODES or b"Location" not in response.headers:
            return response
        location = response.headers[b"Location"].decode("latin-1")
        target = urljoin(request.url, location)
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in chain:
            raise RedirectLoop(f"redirect loop: {request.url} -> {target}")
        return response
