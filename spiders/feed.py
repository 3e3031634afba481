"""``feed``: any RSS 2.0, RSS 1.0 (RDF) or Atom feed, configured purely in TOML.

Example source (``sources.toml``)::

    [sources.people_finance]
    spider = "feed"
    start_urls = ["http://www.people.com.cn/rss/finance.xml"]
    relevance = true                      # news rules: press event + regulator

Each feed entry's link is fetched as an article (unless known or older than the window);
the entry's title and date travel with it as ``title_hint`` / ``published_hint``. Feeds
are fetched conditionally, so an unchanged feed costs one 304. Off-site links are kept
only for hosts listed in the source's ``allowed_hosts`` (feeds often point to sister
hosts, e.g. ``finance.people.com.cn`` from ``www.people.com.cn``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from lxml import etree
from scrapy.http import Request, Response

from spiders.base import PresswatchSpider
from spiders.entries import Entry
from spiders.xmldoc import content_type_of, parse_xml

logger = logging.getLogger(__name__)

_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)


def _text(node: Any, names: tuple[str, ...]) -> str | None:
    for name in names:
        found = node.xpath(f"./*[local-name()='{name}']")
        if found:
            text = "".join(found[0].itertext()).strip()
            if text:
                return text
    return None


def parse_feed(body: bytes, content_type: str | None = None) -> list[Entry]:
    """Entries (link, title, date) of an RSS or Atom document; [] when it is not a feed.

    Example::

        >>> parse_feed(b"<rss><channel><item><link>http://a/1</link></item></channel></rss>")
        [Entry(url='http://a/1', title=None, published=None)]
    """
    root = parse_xml(body, _PARSER, content_type)
    if root is None:
        return []
    entries = []
    for item in root.xpath("//*[local-name()='item']"):  # RSS 2.0 and RSS 1.0
        link = _text(item, ("link", "guid")) or item.get(
            "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"
        )
        if link:
            entries.append(Entry(url=link.strip(), title=_text(item, ("title",)),
                                 published=_text(item, ("pubDate", "date", "published",
                                                        "updated"))))
    for entry in root.xpath("//*[local-name()='entry']"):  # Atom
        links = entry.xpath("./*[local-name()='link']")
        href = next((ln.get("href") for ln in links
                     if ln.get("rel", "alternate") == "alternate" and ln.get("href")), None)
        if href:
            entries.append(Entry(url=href.strip(), title=_text(entry, ("title",)),
                                 published=_text(entry, ("published", "updated"))))
    return entries


class FeedSpider(PresswatchSpider):
    """Generic RSS/Atom spider; every option comes from the source's TOML."""

    name = "feed"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        entries = parse_feed(response.body, content_type_of(response))
        if not entries:
            logger.warning("%s: %s is not an RSS/Atom feed or has no entries",
                           self.source_name, response.url)
        yield from self.follow_listing(response, entries, next_url=None)
