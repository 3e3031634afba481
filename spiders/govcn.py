"""``govcn``: www.gov.cn press releases — 国务院政策例行吹风会 and 部门新闻发布.

The 吹风会 column page (www.gov.cn/xinwen/fabu/zccfh/index.htm) shows the latest items and
links "更多" to the full list, paged at ``sousuo.gov.cn/column/31510/<n>.htm`` (0, 1, …) with
a ``#toPage`` pager "共N页"; 部门新闻发布 is ``/xinwen/fabu/bumen.htm``. Rows are
``ul.listTxt li h4 a``; articles are ``content_<id>.htm`` pages (``h1#ti``,
``div.pages-date``, ``#UCAP-CONTENT``; docs/sources.md, "govcn").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from scrapy.http import Request, Response

from spiders.base import PresswatchSpider
from spiders.entries import Entry

_COLUMN_PAGE = re.compile(r"/column/(\d+)/(\d+)\.htm$")
_TOTAL = re.compile(r"共\s*(\d+)\s*页")


def next_column_page(url: str, pager_text: str) -> str | None:
    """The next ``/column/<id>/<n>.htm`` page while ``n + 1`` is below the "共N页" total.

    >>> next_column_page("https://sousuo.gov.cn/column/31510/0.htm", "共2页 下一页")
    'https://sousuo.gov.cn/column/31510/1.htm'
    """
    match = _COLUMN_PAGE.search(url)
    total = _TOTAL.search(pager_text or "")
    if not match or not total:
        return None
    number = int(match.group(2)) + 1
    if number >= int(total.group(1)):
        return None
    return url[: match.start(2)] + f"{number}.htm"


class GovcnSpider(PresswatchSpider):
    """中国政府网 新闻发布 lists: rows ``ul.listTxt li`` with the date in ``span.date``."""

    name = "govcn"
    article_pattern = r"/content_\d+\.htm$"
    list_items = "ul.listTxt li"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        page = self.decoded(response)
        entries = [
            Entry(url=href, title=li.css("h4 a::text").get(),
                  published=li.css("span.date::text").get())
            for li in page.css(self.list_items)
            if (href := li.css("h4 a::attr(href)").get())
        ]
        entries = self.listing_entries_or_fallback(page, entries,
                                                   looked_for=f"{self.list_items} h4 a")
        pager = " ".join(page.css("#toPage ::text").getall())
        next_url = next_column_page(response.url, pager)
        yield from self.follow_listing(page, entries, next_url=next_url)
