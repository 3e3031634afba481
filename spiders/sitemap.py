"""``sitemap``: XML sitemaps, sitemap indexes and Google News sitemaps, configured in TOML.

Example source::

    [sources.example_news_sitemap]
    spider = "sitemap"
    start_urls = ["https://www.example.com.cn/sitemap_news.xml"]
    follow = "/202[4-9]/"          # optional regex: only article URLs matching it
    follow_sitemaps = "news"       # optional regex: only child sitemaps matching it
    window_days = 3

An article's date is its ``<news:publication_date>`` (news sitemaps) or ``<lastmod>``;
its ``<news:title>`` becomes the title hint. Entries older than the window are skipped.
Child sitemaps of an index are followed newest first, at most ``max_pages`` of them, and
one whose ``<lastmod>`` is older than the window is not fetched. Gzipped sitemaps
(``.xml.gz``) are unpacked.
"""

from __future__ import annotations

import gzip
import logging
import re
import zlib
from collections.abc import Iterator
from typing import Any

from lxml import etree
from scrapy.http import Request, Response

from pipelines.dates import parse_date_hint
from spiders.base import PresswatchSpider
from spiders.entries import Entry
from spiders.xmldoc import content_type_of, parse_xml

logger = logging.getLogger(__name__)

_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                          huge_tree=False)
MAX_UNZIPPED = 50 * 1024 * 1024  # the sitemap protocol's own limit


def _child(node: Any, *path: str) -> str | None:
    expr = "/".join(f"*[local-name()='{name}']" for name in path)
    found = node.xpath(f"./{expr}")
    if not found:
        return None
    text = "".join(found[0].itertext()).strip()
    return text or None


def unpack(body: bytes) -> bytes:
    """The XML of a sitemap body, gunzipped when it is gzip data (size-capped)."""
    if body[:2] == b"\x1f\x8b":
        try:
            decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
            return decompressor.decompress(body, MAX_UNZIPPED)
        except (zlib.error, gzip.BadGzipFile, EOFError):
            return b""
    return body


def parse_sitemap(body: bytes, content_type: str | None = None) -> tuple[str, list[Entry]]:
    """``("urlset" | "sitemapindex" | "", entries)`` of a sitemap document (gzipped or not),
    decoded with the pages' charset rules (:mod:`spiders.xmldoc`)."""
    root = parse_xml(unpack(body), _PARSER, content_type)
    if root is None:
        return "", []
    kind = etree.QName(root).localname
    entries = []
    if kind == "urlset":
        for node in root.xpath("./*[local-name()='url']"):
            loc = _child(node, "loc")
            if not loc:
                continue
            entries.append(Entry(
                url=loc,
                title=_child(node, "news", "title"),
                published=_child(node, "news", "publication_date") or _child(node, "lastmod"),
            ))
    elif kind == "sitemapindex":
        for node in root.xpath("./*[local-name()='sitemap']"):
            loc = _child(node, "loc")
            if loc:
                entries.append(Entry(url=loc, published=_child(node, "lastmod")))
    return kind, entries


class SitemapSpider(PresswatchSpider):
    """Generic sitemap spider; see the module docstring for options."""

    name = "sitemap"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        kind, entries = parse_sitemap(response.body, content_type_of(response))
        follow = self.source.option("follow") if self.source else None
        if kind == "sitemapindex":
            yield from self._children(response, entries)
            return
        if kind != "urlset":
            logger.warning("%s: %s is not a sitemap", self.source_name, response.url)
            return
        if follow:
            pattern = re.compile(follow)
            entries = [e for e in entries if pattern.search(e.url)]
        # newest first, like a listing, so the stop rules read the same
        entries.sort(key=lambda e: parse_date_hint(e.published).timestamp()
                     if parse_date_hint(e.published) else 0, reverse=True)
        yield from self.follow_listing(response, entries, next_url=None)

    def _children(self, response: Response, entries: list[Entry]) -> Iterator[Request]:
        pattern = self.source.option("follow_sitemaps") if self.source else None
        if pattern:
            entries = [e for e in entries if re.search(pattern, e.url)]
        dated = [(parse_date_hint(e.published), e) for e in entries]
        recent = [(d, e) for d, e in dated if d is None or d >= self.window_start]
        recent.sort(key=lambda pair: pair[0].timestamp() if pair[0] else 0, reverse=True)
        page = int(response.meta.get("presswatch_page", 1))
        cap = self.source.max_pages if self.source else 5
        for offset, (_, entry) in enumerate(recent[:cap]):
            url = response.urljoin(entry.url)
            if self.on_site(url):
                yield self.listing_request(url, page=page + offset + 1)
