"""Small helpers shared by the site spiders (scio, samr, govcn, nbd, chinanews, csrc, pbc).

A site spider knows where a listing's links are. When a listing page answers but holds no
link at all, the selectors no longer match (a redesign) or the site served something else
(a JavaScript challenge, a maintenance page). That must not pass as a quiet, successful
crawl: the page becomes a ``dropped`` row with reason ``no_entries`` and counts as an error,
so the run ends ``partial`` and ``presswatch runs`` shows it.
"""

from __future__ import annotations

import logging
from typing import Any

logger = logging.getLogger(__name__)

REASON_NO_ENTRIES = "no_entries"


def report_empty_listing(spider: Any, url: str, *, looked_for: str) -> None:
    """Record listing page ``url`` that held no entry where ``looked_for`` says they are."""
    from crawler.extensions import RunRecorder

    detail = (f"no article links found ({looked_for}); the page layout may have changed "
              "or the site answered with a challenge or error page")
    logger.warning("%s: %s: %s", getattr(spider, "source_name", spider.name), url, detail)
    spider.crawler.stats.inc_value(f"presswatch/listing/{REASON_NO_ENTRIES}")
    try:
        recorder = RunRecorder.of(spider.crawler)
    except Exception:  # no engine (a spider driven by hand, e.g. in a unit test)
        recorder = None
    if recorder is not None:
        recorder.record_dropped(url, REASON_NO_ENTRIES, detail=detail, permanent=False,
                                error=True)
