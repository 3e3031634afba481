"""``csrc``: China Securities Regulatory Commission press conferences (新闻发布会).

The column ``/csrc/c100029/common_list.shtml`` lists the weekly conferences, each titled
``YYYY年M月D日新闻发布会`` and published at ``/csrc/c100029/c<id>/content.shtml`` with the
text in ``.detail-news`` (docs/sources.md, "csrc"). The live list is also served as JSON by
``/searchList/<channelid>``; the HTML list is used because it needs no API parameters.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Request, Response

from spiders.base import Entry, PresswatchSpider


class CsrcSpider(PresswatchSpider):
    """中国证监会 新闻发布会: rows ``#list li`` with the date in ``span.date``."""

    name = "csrc"
    list_items = "#list li"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        page = self.decoded(response)
        entries = [
            Entry(url=href, title=li.css("a::text").get(),
                  published=li.css("span.date::text").get())
            for li in page.css(self.list_items)
            if (href := li.css("a::attr(href)").get())
        ]
        next_url = page.css("div.page a.next::attr(href)").get()
        yield from self.follow_listing(page, entries, next_url=next_url)
