"""Entries of listing, feed and sitemap pages: one link with what the page says about it.

Plain functions of the page (no spider state), shared by the site spiders, the generic
listing spider and the base class's fallback when a source's selectors find nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from pipelines.dates import BEIJING, date_text


@dataclass
class Entry:
    """One link found on a listing, feed or sitemap page."""

    url: str
    title: str | None = None
    published: str | datetime | None = None


#: a link text cut short by the site ("中国人民银行副行长…会见…约翰...")
_CUT_TITLE = re.compile(r"(?:\.{2,}|…+|⋯+)\s*$")
#: dates in article URLs: /2025-01-10/, /20250110/, t20250110_, /2025/01-10/, /202501/10/
_URL_DATE = re.compile(
    r"(?<!\d)(20\d\d)(?:[-/_]?)(0[1-9]|1[0-2])(?:[-/_]?)(0[1-9]|[12]\d|3[01])(?!\d)"
)


def title_is_cut(title: str | None) -> bool:
    """True for a listing title the site shortened ("…", "...")."""
    return bool(title and _CUT_TITLE.search(title.strip()))


def date_from_url(url: str) -> datetime | None:
    """The publication date written into an article URL, or None."""
    path = urlsplit(url).path
    for match in _URL_DATE.finditer(path):
        try:
            return datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)),
                            tzinfo=BEIJING)
        except ValueError:
            continue
    return None


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
