"""``pbc``: People's Bank of China, 沟通交流 › 新闻发布.

Listing: www.pbc.gov.cn/goutongjiaoliu/113456/113469/index.html.

As the real pages show (docs/sources.md, "pbc"): each list row is a small table, the link
in ``font.newslist_style a`` (full title in ``title=``, the link text cut with "...") and
the date in the row's ``span.hui12``. The pager's 下一页 has no ``href``: the next page is in
its ``onclick="queryArticleByCondition(this,'/…/11040-2.html')"`` and ``tagname``; later
pages are ``…/113469/11040-<n>.html``. Articles are ``…/113469/<numeric id>/index.html``
with the headline in the first ``h2`` of a centred cell, the date in
``<meta name="PubDate">`` and the text in ``#zoom``. The column is the bank's
news-release section, relevant as a whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Request, Response

from spiders.base import PresswatchSpider
from spiders.entries import Entry
from spiders.pagination import link_target


class PbcSpider(PresswatchSpider):
    """中国人民银行 新闻发布 list: ``font.newslist_style`` links, dates in the same row."""

    name = "pbc"
    article_pattern = r"/goutongjiaoliu/113456/113469/\d+/index\.html$"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        page = self.decoded(response)
        entries = []
        for link in page.css("font.newslist_style a"):
            href = link.attrib.get("href")
            if not href:
                continue
            date = link.xpath("ancestor::tr[1]//span[contains(@class, 'hui12')]/text()").get()
            title = link.attrib.get("title") or " ".join(link.css("::text").getall()).strip()
            entries.append(Entry(url=href, title=title, published=date))
        entries = self.listing_entries_or_fallback(page, entries,
                                                   looked_for="font.newslist_style a[title]")
        nxt = page.xpath("//a[normalize-space()='下一页']")
        next_url = link_target(nxt[0]) if nxt else None
        yield from self.follow_listing(page, entries, next_url=next_url)
