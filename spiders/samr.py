"""``samr``: SAMR's news-release column 新闻发布 (www.samr.gov.cn/xw/xwfbt/).

The column lists both press conferences (例行新闻发布会, 专题新闻发布会) and the releases made
at them; as a government press section it is relevant as a whole. Articles live at
``/xw/xwfbt/art/<year>/art_<32 hex>.html`` and are linked relatively from the list
(docs/sources.md, "samr"). Article selectors are in ``crawler/sources/samr.toml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Request, Response

from spiders.base import PresswatchSpider
from spiders.entries import Entry


class SamrSpider(PresswatchSpider):
    """国家市场监督管理总局 新闻发布: list rows ``ul.list li`` with ``span.date``."""

    name = "samr"
    article_pattern = r"/xw/xwfbt/art/\d{4}/art_[0-9a-f]{32}\.html$"
    list_items = "ul.list li"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        page = self.decoded(response)
        entries = [
            Entry(url=href, title=li.css("a::attr(title)").get() or li.css("a::text").get(),
                  published=li.css("span.date::text").get())
            for li in page.css(self.list_items)
            if (href := li.css("a::attr(href)").get())
        ]
        entries = self.listing_entries_or_fallback(page, entries, looked_for=f"{self.list_items} a")
        next_url = page.css("div.pagination a.next::attr(href)").get()
        yield from self.follow_listing(page, entries, next_url=next_url)
