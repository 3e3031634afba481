"""``nbd``: 每日经济新闻 (www.nbd.com.cn), the seed's publisher, filtered to press conferences.

Column pages ``/columns/<id>/`` (3 = 要闻) list ``.u-news-title a`` links to
``/articles/<date>/<id>.html``; later pages are ``/columns/<id>/page/<n>``. Article pages
carry the headline in ``.g-article-top h1``, the time in ``p.u-time span.time`` (and a
``"pubDate"`` value in their script) and the text in ``.g-articl-text`` (docs/sources.md,
"nbd"). Everything in the column is news, so the relevance rules decide what is kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Request, Response

from spiders.base import Entry, PresswatchSpider


class NbdSpider(PresswatchSpider):
    """每经网 column listings; items ``li.u-news-item`` with ``.u-news-title a``."""

    name = "nbd"
    list_items = "li.u-news-item"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        page = self.decoded(response)
        entries = [
            Entry(url=href, title=li.css(".u-news-title a::text").get(),
                  published=li.css(".u-news-bottom .u-time::text").get())
            for li in page.css(self.list_items)
            if (href := li.css(".u-news-title a::attr(href)").get())
        ]
        next_url = page.css("div.pagination a.next::attr(href), a[rel=next]::attr(href)").get()
        yield from self.follow_listing(page, entries, next_url=next_url)
