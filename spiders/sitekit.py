"""Small helpers shared by the site spiders (scio, samr, govcn, nbd, chinanews, csrc, pbc).

A site spider knows where a listing's links are. When a listing page answers but holds no
link at all, the selectors no longer match (a redesign) or the site served something else
(a JavaScript challenge, a maintenance page). That must not pass as a quiet, successful
crawl: the page becomes a ``dropped`` row with reason ``no_entries`` and counts as an error,
so the run ends ``partial`` and ``presswatch runs`` shows it.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from crawler import store

logger = logging.getLogger(__name__)

REASON_NO_ENTRIES = "no_entries"

#: what JavaScript challenge pages (bot walls that want a browser) carry
_CHALLENGE_MARKS = re.compile(
    r"document\.cookie\s*=|location\.(?:reload|replace)\(|window\.location\s*=|"
    r"enable javascript|请(?:开启|启用|打开)\s*javascript|__jsl_clearance|_0x[0-9a-f]{4}|"
    r"challenge-platform|cf-chl|wzws|yunsuo", re.I)


def looks_like_js_challenge(html: str) -> bool:
    """True for a page that is a JavaScript challenge: little visible text, a script that
    sets a cookie or reloads the page (as the live PBOC site serves plain clients)."""
    if not html or not _CHALLENGE_MARKS.search(html):
        return False
    visible = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>|<[^>]+>", " ", html)
    return len("".join(visible.split())) < 400 and "<script" in html.lower()


def report_empty_listing(spider: Any, url: str, *, looked_for: str,
                         text: str | None = None) -> None:
    """Record listing page ``url`` that held no entry where ``looked_for`` says they are;
    ``text`` (the page) lets a JavaScript challenge be named as such."""
    if text is not None and looks_like_js_challenge(text):
        detail = ("the site answered with a JavaScript challenge page (it wants a browser); "
                  "presswatch does not work around it")
    else:
        detail = (f"no article links found ({looked_for}); the page layout may have changed "
                  "or the site answered with a challenge or error page")
    logger.warning("%s: %s: %s", getattr(spider, "source_name", spider.name), url, detail)
    spider.crawler.stats.inc_value(f"presswatch/listing/{REASON_NO_ENTRIES}")
    crawler = getattr(spider, "crawler", None)
    if crawler is None or getattr(crawler, "engine", None) is None:
        return  # a spider driven by hand (a unit test): no crawl to record into
    store.record_drop(crawler, store.for_crawler(crawler), url, REASON_NO_ENTRIES,
                      detail=detail, permanent=False, error=True)
