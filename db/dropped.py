"""The ``dropped`` table: every fetched item that did not become an article or a sighting.

``dropped.reason`` is a closed set of codes, :data:`REASONS` (documented in
docs/crawling.md, "Dropped reasons"), so ``GROUP BY reason`` gives one line per cause; the
numbers and messages of one case (sizes, HTTP status, the refused target) go in ``detail``.
Recording an unknown code is a programming error and raises :class:`UnknownReason`.
"""

from __future__ import annotations

import sqlite_utils

from db.connection import utcnow, write_transaction

#: code -> (what it means, permanent). A permanent drop is not fetched again: the page will
#: not change into an article. Transient ones (timeouts, 5xx) are retried by the next crawl.
REASONS: dict[str, tuple[str, bool]] = {
    # fetching (crawler/middlewares/failures.py, crawler/middlewares/policy.py)
    "blocked": ("refused by the request policy: not http(s), not a host of the source, an IP "
                "address or a name resolving to an internal address; nothing was sent", True),
    "not_found": ("HTTP 404 or 410", True),
    "http_error": ("another HTTP 4xx/5xx answer, after retries", False),
    "timeout": ("no complete answer within DOWNLOAD_TIMEOUT", False),
    "connection_error": ("connection refused, reset or closed early", False),
    "dns_error": ("the host name does not resolve", False),
    "truncated": ("body shorter than announced (data loss)", False),
    "too_large": ("over DOWNLOAD_MAXSIZE (before or after decompression) or over "
                  "PRESSWATCH_CLEAN_MAX_BYTES", True),
    "redirect_loop": ("a redirect back onto its own chain, or too many redirects", True),
    "robots": ("disallowed by robots.txt", False),
    "fetch_error": ("any other download failure", False),
    # parsing (spiders/, crawler/extensions.py)
    "parse_error": ("a spider callback raised on the page", False),
    "no_entries": ("a listing page where no entries were found", False),
    # processing (pipelines/)
    "pipeline_error": ("processing the item raised", False),
    "clean_failed": ("the cleaner could not read the page", False),
    "binary": ("the body is binary data, not text", True),
    "empty": ("the page is empty", True),
    "not_article": ("no article text found (an index, video-only or soft-404 page)", True),
    "irrelevant": ("not about a press conference of a watched regulator", True),
}

PERMANENT_REASONS = frozenset(code for code, (_, permanent) in REASONS.items() if permanent)


class UnknownReason(ValueError):
    """A ``dropped`` reason outside :data:`REASONS`: a bug in the caller."""


def check_reason(reason: str) -> str:
    """``reason`` if it is a known code, else :class:`UnknownReason`."""
    if reason not in REASONS:
        raise UnknownReason(
            f"{reason!r} is not a dropped reason code; known codes: {', '.join(REASONS)} "
            "(put numbers and messages in detail)"
        )
    return reason


def record_dropped(
    db: sqlite_utils.Database,
    url: str,
    reason: str,
    *,
    detail: str | None = None,
    source: str | None = None,
    run_id: int | None = None,
    permanent: bool | None = None,
) -> int:
    """Insert a dropped row; ``permanent`` defaults from :data:`REASONS`."""
    check_reason(reason)
    if permanent is None:
        permanent = reason in PERMANENT_REASONS
    with write_transaction(db):
        cursor = db.execute(
            "INSERT INTO dropped (url, source, run_id, dropped_at, reason, detail, permanent) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [url, source, run_id, utcnow(), reason, (detail or "")[:2000], int(permanent)],
        )
    return cursor.lastrowid


def was_dropped(db: sqlite_utils.Database, url: str, reason: str) -> bool:
    """True when ``url`` already has a dropped row with ``reason`` (reprocess is idempotent)."""
    return (
        db.execute(
            "SELECT 1 FROM dropped WHERE url = ? AND reason = ? LIMIT 1", [url, reason]
        ).fetchone()
        is not None
    )
