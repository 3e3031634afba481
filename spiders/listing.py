"""``listing``: a list page plus CSS/XPath selectors, configured purely in TOML.

Example source::

    [sources.stats_fbh]
    spider = "listing"
    kind = "government"
    start_urls = ["https://www.stats.gov.cn/sj/xwfbh/fbhwd/"]
    [sources.stats_fbh.selectors]
    item = "ul.list-content li"          # one element per entry (optional)
    links = "a"                           # article links (inside ``item`` when given)
    link_date = "span::text"              # entry date, inside ``item`` (optional)
    link_title = "a::attr(title)"         # entry title, inside ``item`` (optional)
    next_page = "a.next::attr(href)"      # next listing page (optional; else the
                                          # general finder, spiders/pagination.py)
    title = "h1"                          # article selectors for the cleaner (optional)
    body = "div.TRS_Editor"
    date = "div.info span"
    remove = "div.share"

With ``article_pattern = "/t\\d{8}_\\d+\\.html$"`` beside ``spider``, a page where the
selectors find nothing falls back to the links matching that pattern.

A selector starting with ``/`` or ``(`` is XPath, anything else CSS (with Scrapy's
``::text`` / ``::attr()`` extensions). ``links`` may select ``<a>`` elements or their
``href`` values. The listing page's charset is detected (GBK pages without a declaration
decode correctly); pagination follows the stop rules of ``PresswatchSpider.follow_listing``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from parsel import Selector, SelectorList
from scrapy.http import Request, Response

from spiders.base import PresswatchSpider
from spiders.entries import Entry

logger = logging.getLogger(__name__)

ARTICLE_SELECTOR_KEYS = ("title", "body", "date", "author", "remove", "media")


def select(node: Selector | Response, expr: str) -> SelectorList:
    """``expr`` as XPath when it starts with ``/``, ``(`` or ``./``, else as CSS."""
    if expr.startswith(("/", "(", "./")):
        return node.xpath(expr)
    return node.css(expr)


def first_text(node: Selector, expr: str | None) -> str | None:
    """Text of the first match of ``expr`` under ``node`` (all its text when an element)."""
    if not expr:
        return None
    found = select(node, expr)
    if not found:
        return None
    value = found[0]
    if isinstance(value.root, str):
        text = value.get()
    else:
        text = " ".join(value.xpath(".//text()").getall())
    text = " ".join(text.split())
    return text or None


def link_of(node: Selector) -> tuple[str | None, str | None]:
    """``(href, anchor text)`` of a selected ``<a>`` element or a selected href string."""
    if isinstance(node.root, str):
        return node.root.strip() or None, None
    href = node.attrib.get("href")
    text = " ".join(" ".join(node.xpath(".//text()").getall()).split()) or node.attrib.get("title")
    return (href.strip() if href else None), text or None


def listing_entries(page: Selector | Response, selectors: dict[str, Any]) -> list[Entry]:
    """Entries of a listing page according to a source's ``selectors`` table."""
    entries = []
    if selectors.get("item"):
        for item in select(page, selectors["item"]):
            links = select(item, selectors["links"])
            if not links:
                continue
            href, text = link_of(links[0])
            if not href:
                continue
            title = first_text(item, selectors.get("link_title")) or text
            entries.append(Entry(url=href, title=title,
                                 published=first_text(item, selectors.get("link_date"))))
    else:
        for link in select(page, selectors["links"]):
            href, text = link_of(link)
            if href:
                entries.append(Entry(url=href, title=text))
    return entries


class ListingSpider(PresswatchSpider):
    """Generic list-page spider; see the module docstring for the selectors."""

    name = "listing"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        page = self.decoded(response)
        selectors = self.source.selectors if self.source else {}
        entries = listing_entries(page, selectors)
        if not entries and self.source is not None and self.source.option("article_pattern"):
            # a TOML article_pattern asks for the fallback (and a report when it finds none)
            entries = self.listing_entries_or_fallback(
                page, entries, looked_for=selectors.get("item") or selectors.get("links"))
        elif not entries:
            logger.warning("%s: no links matched %r on %s", self.source_name,
                           selectors.get("item") or selectors.get("links"), response.url)
        next_url = None
        if selectors.get("next_page"):
            found = select(page, selectors["next_page"])
            if found:
                next_url, _ = link_of(found[0])
        yield from self.follow_listing(page, entries, next_url=next_url)
