"""``chinanews``: 中国新闻网 (www.chinanews.com.cn) through its RSS feeds, filtered.

Feeds such as ``/rss/finance.xml`` and ``/rss/china.xml`` are RSS 2.0: ``<item>`` with
``<title>``, ``<link>`` (``/<channel>/<yyyy>/<mm-dd>/<id>.shtml``), ``<description>`` and
``<pubDate>``. Article pages put the text in ``div.left_zw`` and the time and source in
``div.left-t`` (docs/sources.md, "chinanews"). Feeds hold every story of a channel, so the
relevance rules keep only press-conference coverage; a feed has no next page.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Request, Response
from scrapy.selector import Selector

from spiders.base import PresswatchSpider
from spiders.entries import Entry
from spiders.sitekit import report_empty_listing


class ChinanewsSpider(PresswatchSpider):
    """中新网 RSS feeds; each ``<item>`` is one candidate article."""

    name = "chinanews"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        feed = Selector(text=response.body.decode(self.feed_encoding(response), "replace"),
                        type="xml")
        feed.remove_namespaces()
        entries = [
            Entry(url=link.strip(), title=(item.xpath("title/text()").get() or "").strip(),
                  published=item.xpath("pubDate/text()").get())
            for item in feed.xpath("//item")
            if (link := item.xpath("link/text()").get())
        ]
        if not entries:
            report_empty_listing(self, response.url, looked_for="RSS <item><link>")
        yield from self.follow_listing(response, entries, next_url=None)

    @staticmethod
    def feed_encoding(response: Response) -> str:
        """The XML declaration's encoding (the feed's own word), else UTF-8."""
        head = response.body[:200].decode("ascii", "ignore")
        marker = 'encoding="'
        start = head.find(marker)
        if start < 0:
            return "utf-8"
        end = head.find('"', start + len(marker))
        return head[start + len(marker):end] or "utf-8"
