"""Entries of listing, feed and sitemap pages: one link with what the page says about it.

Plain functions of the page (no spider state), shared by the site spiders, the generic
listing spider and the base class's fallback when a source's selectors find nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pipelines.dates import BEIJING, date_text, url_date


@dataclass
class Entry:
    """One link found on a listing, feed or sitemap page."""

    url: str
    title: str | None = None
    published: str | datetime | None = None


#: a link text cut short by the site ("中国人民银行副行长…会见…约翰...")
_CUT_TITLE = re.compile(r"(?:\.{2,}|…+|⋯+)\s*$")


def title_is_cut(title: str | None) -> bool:
    """True for a listing title the site shortened ("…", "...")."""
    return bool(title and _CUT_TITLE.search(title.strip()))


def date_from_url(url: str) -> datetime | None:
    """The publication day written into an article URL (Beijing midnight), or None when the
    URL gives no full day (:func:`pipelines.dates.url_date` reads the URL)."""
    found = url_date(url)
    if not found or found[1] is None or found[2] is None:
        return None
    return datetime(found[0], found[1], found[2], tzinfo=BEIJING)


def fallback_entries(page: Any, pattern: str | re.Pattern[str]) -> list[Entry]:
    """Entries of a listing whose own selectors found nothing: every link whose absolute
    URL matches ``pattern`` (the source's article URL pattern), once, in page order.

    The title is the link's ``title`` attribute when its text is cut or empty; the date is
    the first date in the link's row (its ``li``/``tr``/``dd``/``p``/``div``), else the
    one in the URL.
    """
    regex = re.compile(pattern) if isinstance(pattern, str) else pattern
    seen: set[str] = set()
    entries = []
    for link in page.xpath("//a[@href]"):
        href = link.attrib["href"].strip()
        url = page.urljoin(href) if hasattr(page, "urljoin") else href
        if not regex.search(url) or url in seen:
            continue
        seen.add(url)
        text = " ".join(" ".join(link.xpath(".//text()").getall()).split())
        title = link.attrib.get("title", "").strip()
        if not title or (text and not title_is_cut(text) and len(text) >= len(title)):
            title = text or title
        row = link.xpath("ancestor::*[self::li or self::tr or self::dd or self::p "
                         "or self::div][1]")
        row_text = " ".join(row[0].xpath(".//text()").getall()) if row else ""
        published: Any = date_text(row_text) or date_from_url(url)
        entries.append(Entry(url=href, title=title or None, published=published))
    return entries
