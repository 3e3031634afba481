"""``nbd``: 每日经济新闻 (www.nbd.com.cn), the seed's publisher, filtered to press conferences.

Column pages ``/columns/<id>/`` (3 = 要闻) group stories by day: a ``p.u-channeltime`` date
followed by ``ul.u-news-list`` of ``li.u-news-title`` links to ``/articles/<date>/<id>.html``;
later pages are ``/columns/<id>/page/<n>``. Article pages
carry the headline in ``.g-article-top h1``, the time in ``p.u-time span.time`` (and a
``"pubDate"`` value in their script) and the text in ``.g-articl-text`` (docs/sources.md,
"nbd"). Everything in the column is news, so the relevance rules decide what is kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Request, Response

from spiders.base import Entry, PresswatchSpider
from spiders.sitekit import report_empty_listing


class NbdSpider(PresswatchSpider):
    """每经网 column listings: days (``p.u-channeltime``), each a list of ``li.u-news-title``."""

    name = "nbd"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        page = self.decoded(response)
        entries = []
        for day in page.css("p.u-channeltime"):
            date = (day.css("::text").get() or "").strip()
            for li in day.xpath("following-sibling::ul[1]/li[contains(@class, 'u-news-title')]"):
                href = li.css("a::attr(href)").get()
                if not href:
                    continue
                time = (li.css(".u-time::text").get() or "").strip()
                entries.append(Entry(url=href, title=li.css("a::text").get(),
                                     published=f"{date} {time}".strip() or None))
        if not entries:  # a column page without day groups: links only
            entries = [Entry(url=href, title=a.css("::text").get())
                       for a in page.css(".u-news-title a")
                       if (href := a.attrib.get("href"))]
        if not entries:
            report_empty_listing(self, response.url, looked_for=".u-news-title a")
        next_url = page.css("div.pagination a.next::attr(href), a[rel=next]::attr(href)").get()
        yield from self.follow_listing(page, entries, next_url=next_url)
