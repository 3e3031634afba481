"""``crawler.middlewares.retry.retry_after_seconds``: ``Retry-After`` in seconds or as an
HTTP date."""

from __future__ import annotations

from datetime import UTC, datetime

from crawler.middlewares.retry import retry_after_seconds


def test_retry_after_in_seconds_or_http_date():
    now = datetime(2025, 1, 10, 8, 0, 0, tzinfo=UTC)
    assert retry_after_seconds(b"7") == 7.0
    assert retry_after_seconds("Fri, 10 Jan 2025 08:00:30 GMT", now=now) == 30.0
    assert retry_after_seconds("Fri, 10 Jan 2025 07:00:00 GMT", now=now) == 0.0
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None
