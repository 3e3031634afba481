"""``csrc``: China Securities Regulatory Commission press conferences (新闻发布会).

The column ``/csrc/c100029/common_list.shtml`` lists the weekly conferences, each titled
``YYYY年M月D日新闻发布会`` and published at ``/csrc/c100029/c<id>/content.shtml`` with the
text in ``.detail-news`` (docs/sources.md, "csrc"). The live list page names its channel
in ``<meta name="channelid">`` and fills the list from the JSON endpoint
``/searchList/<channelid>?_isAgg=true&_isJson=true&_pageSize=18&_template=index&…&page=N``
(``data.results[]`` with ``title``, ``url`` and ``publishedTime`` in epoch milliseconds), so
that is what the spider reads; a page without a channel id is read as HTML (``#list li``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from scrapy.http import Request, Response

from spiders.base import META_PAGE, Entry, PresswatchSpider
from spiders.sitekit import report_empty_listing

logger = logging.getLogger(__name__)

#: results per JSON page, as the site's own list script asks for
PAGE_SIZE = 18


def search_list_url(base: str, channel_id: str, page: int) -> str:
    """The JSON list endpoint of a CSRC channel, page ``page`` (from 1)."""
    query = urlencode({
        "_isAgg": "true", "_isJson": "true", "_pageSize": PAGE_SIZE, "_template": "index",
        "_rangeTimeGte": "", "_channelName": "", "page": page,
    })
    return f"{base}/searchList/{quote(channel_id)}?{query}"


def with_page(url: str, page: int) -> str:
    """``url`` with its ``page`` query parameter set to ``page``."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "page"]
    return urlunsplit(parts._replace(query=urlencode([*query, ("page", page)])))


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
        published = None
        if isinstance(row.get("publishedTime"), int | float):
            published = datetime.fromtimestamp(row["publishedTime"] / 1000, tz=UTC)
        entries.append(Entry(url=row["url"], title=row.get("title"), published=published))
    return entries


class CsrcSpider(PresswatchSpider):
    """中国证监会 新闻发布会: the channel's JSON list, or ``#list li`` rows with ``span.date``."""

    name = "csrc"
    list_items = "#list li"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        page = self.decoded(response)
        channel_id = (page.css('meta[name="channelid"]::attr(content)').get() or "").strip()
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
        if not entries:
            report_empty_listing(self, response.url, looked_for=f"{self.list_items} a")
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
        next_url = with_page(response.url, page + 1) if len(entries) >= PAGE_SIZE else None
        yield from self.follow_listing(response, entries, next_url=next_url,
                                       listing_callback=self.parse_search_list)
