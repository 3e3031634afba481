"""``pbc``: People's Bank of China, 沟通交流 › 新闻发布.

Listing: www.pbc.gov.cn/goutongjiaoliu/113456/113469/index.html.

Each list row is a small table: the link sits in ``font.newslist_style a[title]`` and the
date in the row's ``span.hui12``; further pages are ``…/113469/11040/index<n>.html``.
Articles are ``…/113469/<numeric id>/index.html`` with the text in ``#zoom``
(docs/sources.md, "pbc"). The column is the bank's news-release section, relevant as a whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Request, Response

from spiders.base import Entry, PresswatchSpider
from spiders.sitekit import report_empty_listing


class PbcSpider(PresswatchSpider):
    """中国人民银行 新闻发布 list: ``font.newslist_style`` links, dates in the same row."""

    name = "pbc"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        page = self.decoded(response)
        entries = []
        for link in page.css("font.newslist_style a[title]"):
            href = link.attrib.get("href")
            if not href:
                continue
            date = link.xpath("ancestor::tr[1]//span[contains(@class, 'hui12')]/text()").get()
            entries.append(Entry(url=href, title=link.attrib.get("title"), published=date))
        if not entries:
            report_empty_listing(self, response.url,
                                 looked_for="font.newslist_style a[title]")
        next_url = page.xpath("//a[normalize-space()='下一页']/@href").get()
        yield from self.follow_listing(page, entries, next_url=next_url)
