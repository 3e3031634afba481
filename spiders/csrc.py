"""``csrc``: China Securities Regulatory Commission press conferences (新闻发布会).

The column ``/csrc/c100029/common_list.shtml`` lists the weekly conferences, each titled
``YYYY年M月D日新闻发布会`` and published at ``/csrc/c100029/c<id>/content.shtml`` with the
text in ``.detail-news`` (docs/sources.md, "csrc"). As a real list page of the same CMS
shows, the list ``ul#list`` is empty in the HTML: the site's script takes the channel id
from the page URL (``common_list.shtml?channelid=<id>``) and fills the list from the JSON
endpoint ``/searchList/<id>?_isAgg=false&_isJson=true&_pageSize=18&_template=index&…&page=N``
(``data.total`` and ``data.results[]`` with ``title``, a protocol-relative ``url``,
``publishedTime`` in epoch milliseconds and ``publishedTimeStr`` in Beijing time). The
spider finds the channel id in ``<meta name="channelid">``, else in the page URL, else in a
link of the page to its own path with ``?channelid=``; without one the page is read as
HTML (``#list li``). Real article pages carry the headline in ``div.content h2`` and
``日期：… 来源：…`` in ``div.info p.fl``.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs, parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

from scrapy.http import Request, Response

from pipelines.dates import BEIJING, parse_date_hint
from spiders.base import META_PAGE, PresswatchSpider
from spiders.entries import Entry
from spiders.sitekit import report_empty_listing

logger = logging.getLogger(__name__)

#: results per JSON page, as the site's own list script asks for
PAGE_SIZE = 18


def search_list_url(base: str, channel_id: str, page: int) -> str:
    """The JSON list endpoint of a CSRC channel, page ``page`` (from 1)."""
    query = urlencode({
        "_isAgg": "false", "_isJson": "true", "_pageSize": PAGE_SIZE, "_template": "index",
        "_rangeTimeGte": "", "_channelName": "", "page": page,
    })
    return f"{base}/searchList/{quote(channel_id)}?{query}"


def with_page(url: str, page: int) -> str:
    """``url`` with its ``page`` query parameter set to ``page``."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "page"]
    return urlunsplit(parts._replace(query=urlencode([*query, ("page", page)])))


_CHANNEL_ID = re.compile(r"^[0-9A-Za-z_-]{4,64}$")


def channel_id_of(url: str, links: list[str] | None = None) -> str | None:
    """The channel id in a list page URL (``…/common_list.shtml?channelid=<id>``), else in
    one of the page's ``links`` to the same path (the real sidebar links the page itself
    that way)."""
    def from_query(candidate: str) -> str | None:
        values = parse_qs(urlsplit(candidate).query).get("channelid") or []
        value = values[0].strip() if values else ""
        return value if _CHANNEL_ID.match(value) else None

    found = from_query(url)
    if found:
        return found
    own_path = urlsplit(url).path
    for link in links or []:
        absolute = urljoin(url, link)
        if urlsplit(absolute).path == own_path:
            found = from_query(absolute)
            if found:
                return found
    return None


#: The real list's ``publishedTime`` is not the instant of ``publishedTimeStr`` in Beijing
#: time: a real answer pairs 1786672239000 with "2026-08-14 17:50:39", i.e. the epoch read in
#: UTC+16 gives the printed clock time (docs/sources.md, "csrc"). Reading the epoch in this
#: zone gives the same clock time as the string, which is then taken as +08:00.
EPOCH_CLOCK_TZ = timezone(timedelta(hours=16))


def published_of(row: dict[str, Any]) -> datetime | None:
    """A JSON row's publication time in Beijing time: ``publishedTimeStr`` when given,
    else the clock time ``publishedTime`` (epoch ms) stands for (see ``EPOCH_CLOCK_TZ``)."""
    text = row.get("publishedTimeStr")
    found = parse_date_hint(text) if isinstance(text, str) else None
    if found is not None:
        return found
    value = row.get("publishedTime")
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        try:
            clock = datetime.fromtimestamp(value / 1000, tz=EPOCH_CLOCK_TZ)
        except (OverflowError, OSError, ValueError):
            return None
        return clock.replace(tzinfo=BEIJING)
    return None


def entries_from_search_list(payload: Any) -> list[Entry]:
    """Entries of one JSON list page; malformed rows are skipped, a malformed page is empty."""
    try:
        results = payload["data"]["results"]
    except (KeyError, TypeError):
        return []
    entries = []
    for row in results if isinstance(results, list) else []:
        if not isinstance(row, dict) or not isinstance(row.get("url"), str):
            continue
        entries.append(Entry(url=row["url"], title=row.get("title"), published=published_of(row)))
    return entries


def total_of(payload: Any) -> int | None:
    """``data.total`` of a JSON list page (how many results the channel has), if given."""
    try:
        total = payload["data"]["total"]
    except (KeyError, TypeError):
        return None
    return total if isinstance(total, int) and not isinstance(total, bool) else None


class CsrcSpider(PresswatchSpider):
    """中国证监会 新闻发布会: the channel's JSON list, or ``#list li`` rows with ``span.date``."""

    name = "csrc"
    article_pattern = r"/c\d+/c\d+/content\.shtml$"
    list_items = "#list li"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        page = self.decoded(response)
        channel_id = (page.css('meta[name="channelid"]::attr(content)').get() or "").strip()
        channel_id = channel_id or channel_id_of(response.url, page.css("a::attr(href)").getall())
        if channel_id:
            base = response.urljoin("/").rstrip("/")
            yield self.listing_request(search_list_url(base, channel_id, 1), page=1,
                                       callback=self.parse_search_list)
            return
        entries = [
            Entry(url=href, title=li.css("a::text").get(),
                  published=li.css("span.date::text").get())
            for li in page.css(self.list_items)
            if (href := li.css("a::attr(href)").get())
        ]
        entries = self.listing_entries_or_fallback(page, entries,
                                                   looked_for=f"{self.list_items} a")
        next_url = page.css("div.page a.next::attr(href)").get()
        yield from self.follow_listing(page, entries, next_url=next_url)

    def parse_search_list(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        """One page of the JSON list; the next page is asked for while pages are full."""
        try:
            payload = json.loads(response.text)
        except (ValueError, AttributeError):
            logger.warning("csrc: %s is not a JSON list page", response.url)
            payload = None
        entries = entries_from_search_list(payload)
        page = int(response.meta.get(META_PAGE, 1))
        if not entries and page == 1:
            report_empty_listing(self, response.url, looked_for="JSON data.results[].url")
        total = total_of(payload)
        more = page * PAGE_SIZE < total if total is not None else len(entries) >= PAGE_SIZE
        next_url = with_page(response.url, page + 1) if entries and more else None
        yield from self.follow_listing(response, entries, next_url=next_url,
                                       listing_callback=self.parse_search_list)
