"""``scio``: press conferences of the State Council Information Office (www.scio.gov.cn).

Two kinds of listing, both TRS WCM column pages (docs/sources.md, "scio"): the office's own
conferences (``/xwfb/gwyxwbgsxwfbh/``) and the ministries' conferences it republishes
(``/xwfb/bwxwfb/gbwfbh/<ministry>/``). Listing pages are ``index.html``, ``index_1.html``…;
the live site writes the pager with ``createPageHTML(total, current, "index", "html")`` in a
script, so the next page is computed from that call (a rendered "下一页" link is the fallback).

Transcripts (文字实录) run over several pages ``t<date>_<id>.html``, ``…_1.html``, ``…_2.html``
announced the same way; the spider fetches them in order and hands the pipelines ONE page
whose body holds every part, so one conference is one article (never one per page).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

import lxml.html
from scrapy.http import Request, Response

from spiders.base import META_KIND, META_SOURCE, PresswatchSpider
from spiders.entries import Entry

logger = logging.getLogger(__name__)

_PAGER_RE = re.compile(
    r"createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*[\"']([^\"']+)[\"']\s*,\s*[\"']([a-z]+)[\"']"
)
META_PARTS = "scio_parts"
#: most pages fetched for one transcript: a guard against a broken or hostile pager (a
#: count in the thousands), far above what a conference transcript needs
MAX_PARTS = 30


def trs_pager(text: str) -> tuple[int, int, str, str] | None:
    """``(total, current, stem, ext)`` from a TRS ``createPageHTML(…)`` call, or None.

    >>> trs_pager('createPageHTML(3, 0, "t20250110_883610", "html");')
    (3, 0, 't20250110_883610', 'html')
    """
    match = _PAGER_RE.search(text)
    if not match:
        return None
    return int(match.group(1)), int(match.group(2)), match.group(3), match.group(4)


def trs_page_name(stem: str, ext: str, index: int) -> str:
    """File name of page ``index`` (0-based) in a TRS series: ``stem.ext``, ``stem_1.ext``…"""
    return f"{stem}.{ext}" if index == 0 else f"{stem}_{index}.{ext}"


def merge_parts(first_html: str, parts_html: list[str], body_css: str) -> str:
    """Page one with the body blocks of the later pages appended to its body block.

    The pager of page one is removed; the result is one HTML document (str).
    """
    doc = lxml.html.document_fromstring(first_html)
    bodies = doc.cssselect(body_css)
    if not bodies:
        return first_html
    target = bodies[0]
    for part in parts_html:
        part_doc = lxml.html.document_fromstring(part)
        for block in part_doc.cssselect(body_css)[:1]:
            for child in list(block):
                target.append(child)
    for pager in doc.cssselect("div.pages, #pages"):
        pager.getparent().remove(pager)
    return lxml.html.tostring(doc, encoding="unicode", doctype="<!DOCTYPE html>")


class ScioSpider(PresswatchSpider):
    """国务院新闻办公室 新闻发布会 and 部委新闻发布会 listings, transcripts combined."""

    name = "scio"
    article_pattern = r"/t\d{8}_\d+\.html?$"
    #: listing rows: one link and a date span per <li>
    list_items = "ul.list li"
    #: the article body block, shared by every page of a transcript
    body_css = "div.TRS_Editor"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        page = self.decoded(response)
        entries = []
        for li in page.css(self.list_items):
            href = li.css("a::attr(href)").get()
            if not href:
                continue
            entries.append(Entry(
                url=href,
                title=li.css("a::attr(title)").get() or li.css("a::text").get(),
                published=li.css("span::text").get(),
            ))
        entries = self.listing_entries_or_fallback(page, entries, looked_for=f"{self.list_items} a")
        yield from self.follow_listing(page, entries, next_url=self.next_listing(page))

    @staticmethod
    def next_listing(page: Response) -> str | None:
        """The next listing page from the TRS pager script, else the "下一页" link."""
        for script in page.css("script::text").getall():
            pager = trs_pager(script)
            if pager and pager[2] == "index":
                total, current, stem, ext = pager
                return trs_page_name(stem, ext, current + 1) if current + 1 < total else None
        return page.css("a.next::attr(href)").get()

    def parse_article(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        page = self.decoded(response)
        pager = None
        for script in page.css("script::text").getall():
            found = trs_pager(script)
            if found and found[2] != "index":
                pager = found
                break
        item = self.make_item(response)
        if pager is None or pager[0] <= 1:
            yield item
            return
        total, _current, stem, ext = pager
        if total > MAX_PARTS:
            logger.warning("scio transcript %s claims %d pages; fetching the first %d",
                           response.url, total, MAX_PARTS)
            total = MAX_PARTS
        state = {"item": item, "first": page.text, "parts": [], "stem": stem, "ext": ext,
                 "total": total}
        yield self._part_request(response.urljoin(trs_page_name(stem, ext, 1)), state, 1)

    def _part_request(self, url: str, state: dict[str, Any], index: int) -> Request:
        return Request(
            url,
            callback=self.parse_part,
            errback=self.part_failed,
            meta={META_SOURCE: self.source_name, META_KIND: "part", META_PARTS: state,
                  "scio_part_index": index},
            dont_filter=True,
        )

    def parse_part(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        state = response.meta[META_PARTS]
        index = response.meta["scio_part_index"]
        state["parts"].append(self.decoded(response).text)
        if index + 1 < state["total"]:
            url = response.urljoin(trs_page_name(state["stem"], state["ext"], index + 1))
            yield self._part_request(url, state, index + 1)
        else:
            yield self._combined(state)

    def part_failed(self, failure: Any) -> Iterator[Any]:
        """A later page failed: record it, and still hand on the pages fetched so far."""
        self.on_failure(failure)
        state = failure.request.meta[META_PARTS]
        logger.warning("scio transcript %s: page %s failed; storing %d of %d pages",
                       state["item"]["url"], failure.request.url, len(state["parts"]) + 1,
                       state["total"])
        yield self._combined(state, complete=False)

    def _combined(self, state: dict[str, Any], *, complete: bool = True) -> Any:
        item = state["item"]
        html = merge_parts(state["first"], state["parts"], self.body_css)
        item["body"] = html.encode("utf-8")
        item["content_type"] = "text/html; charset=utf-8"
        headers = dict(item.get("headers") or {})
        headers["Content-Type"] = item["content_type"]
        item["headers"] = headers
        meta = dict(item.get("meta") or {})
        meta.update({"pages_combined": len(state["parts"]) + 1, "pages_total": state["total"]})
        if not complete:
            meta["incomplete"] = True
        item["meta"] = meta
        return item
