"""Retries with backoff that honour ``Retry-After`` (429 and 5xx), replacing Scrapy's.

Scrapy's ``RetryMiddleware`` re-queues a failed request at once. A server answering 429 or
503 asks for a pause, and hammering it again is neither polite nor useful, so this subclass
waits before handing the retry back: the ``Retry-After`` header when present (seconds or an
HTTP date), else exponential backoff ``PRESSWATCH_RETRY_BACKOFF_BASE * 2**n`` seconds, both
capped at ``PRESSWATCH_RETRY_MAX_DELAY``. The wait happens after the request has left its
download slot, so other pages keep downloading meanwhile.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

logger = logging.getLogger(__name__)


def retry_after_seconds(value: bytes | str | None, *, now: datetime | None = None) -> float | None:
    """Seconds asked for by a ``Retry-After`` header (delta-seconds or HTTP date)."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    """``RetryMiddleware`` that waits (Retry-After or exponential backoff) before retrying."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("PRESSWATCH_RETRY_BACKOFF_BASE", 1.0)
        self.max_delay = settings.getfloat("PRESSWATCH_RETRY_MAX_DELAY", 60.0)

    def delay_for(self, request: Any, retry_after: float | None) -> float:
        """Seconds to wait before the next attempt of ``request``."""
        attempt = int(request.meta.get("retry_times", 0))
        delay = retry_after if retry_after is not None else self.backoff_base * (2**attempt)
        return max(0.0, min(delay, self.max_delay))

    async def _wait(self, request: Any, retry_after: float | None) -> None:
        delay = self.delay_for(request, retry_after)
        if delay > 0:
            # imported here: importing the reactor installs one, and Scrapy must choose it
            from twisted.internet import reactor

            logger.debug("waiting %.1fs before retrying %s", delay, request.url)
            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))

    async def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, f"HTTP {response.status}")
        if retry is None:
            return response
        await self._wait(request, retry_after_seconds(response.headers.get(b"Retry-After")))
        return retry

    async def process_exception(self, request: Any, exception: Exception,
                                spider: Any = None) -> Any:
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get(
            "dont_retry", False
        ):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await self._wait(request, None)
        return retry
