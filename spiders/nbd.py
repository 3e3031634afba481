"""``nbd``: 每日经济新闻 (www.nbd.com.cn), the seed's publisher, filtered to press conferences.

Column pages ``/columns/<id>/`` (3 = 要闻) group stories by day: a ``p.u-channeltime`` date
followed by ``ul.u-news-list`` of ``li.u-news-title`` links to ``/articles/<date>/<id>.html``,
each row's time in a plain ``span`` and long link texts cut short (``a.news-title-a``; the
article's own headline is then used); later pages are ``/columns/<id>/page/<n>``, found by
the general pager finder whatever the next link looks like. Article pages
carry the headline in ``.g-article-top h1``, the time in ``p.u-time span.time`` (and a
``"pubDate"`` value in their script) and the text in ``.g-articl-text`` (docs/sources.md,
"nbd"). Everything in the column is news, so the relevance rules decide what is kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Request, Response

from spiders.base import PresswatchSpider
from spiders.entries import Entry


class NbdSpider(PresswatchSpider):
    """每经网 column listings: days (``p.u-channeltime``), each a list of ``li.u-news-title``."""

    name = "nbd"
    article_pattern = r"/articles/\d{4}-\d{2}-\d{2}/\d+\.html$"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        page = self.decoded(response)
        entries = []
        for day in page.css("p.u-channeltime"):
            date = (day.css("::text").get() or "").strip()
            for li in day.xpath("following-sibling::ul[1]/li[contains(@class, 'u-news-title')]"):
                href = li.css("a::attr(href)").get()
                if not href:
                    continue
                time = (li.css(".u-time::text").get()
                        or li.xpath("./span[not(*)]/text()").get() or "").strip()
                link = li.css("a")[0]
                title = link.attrib.get("title") or " ".join(link.css("::text").getall())
                entries.append(Entry(url=href, title=" ".join(title.split()),
                                     published=f"{date} {time}".strip() or None))
        if not entries:  # a column page without day groups: links only
            entries = [Entry(url=href, title=a.css("::text").get())
                       for a in page.css(".u-news-title a")
                       if (href := a.attrib.get("href"))]
        entries = self.listing_entries_or_fallback(page, entries, looked_for=".u-news-title a")
        next_url = page.css("div.pagination a.next::attr(href), a[rel=next]::attr(href)").get()
        yield from self.follow_listing(page, entries, next_url=next_url)
