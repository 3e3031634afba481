"""``govcn``: www.gov.cn press releases — 国务院政策例行吹风会 and 部门新闻发布.

Listings ``/xinwen/fabu/zccfh/index.htm`` (paged ``index_1.htm``…) and
``/xinwen/fabu/bumen.htm`` link to ``content_<id>.htm`` pages (``h1#ti``, ``div.pages-date``,
``#UCAP-CONTENT``; docs/sources.md, "govcn"). Links are relative (``../../../zhengce/…``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Request, Response

from spiders.base import Entry, PresswatchSpider


class GovcnSpider(PresswatchSpider):
    """中国政府网 新闻发布 listings: rows ``div.list li`` with the date in ``span.date``."""

    name = "govcn"
    list_items = "div.list li"

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
