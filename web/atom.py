"""Atom 1.0 (RFC 4287) documents of new coverage, built with ElementTree (always well formed).

Each entry is one new or related article: ``id`` (its canonical URL, stable and unique),
``title``, ``updated`` (when presswatch last changed it), ``published``, ``link`` to the
article, ``author`` (the medium, else the source), ``summary`` (the first paragraph) and a
``category`` for its status.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from typing import Any

ATOM = "http://www.w3.org/2005/Atom"
SUMMARY_CHARS = 280

ET.register_namespace("", ATOM)


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


def _timestamp(value: str | None) -> str | None:
    """An RFC 3339 timestamp from stored ISO text (a bare date becomes midnight UTC)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat()


def _clean(text: str) -> str:
    # XML 1.0 cannot carry most control characters; a damaged page must not break the feed.
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)


def summary_of(body: str | None) -> str:
    """The first paragraph, cut at :data:`SUMMARY_CHARS` characters."""
    first = next((p.strip() for p in (body or "").split("\n\n") if p.strip()), "")
    return first if len(first) <= SUMMARY_CHARS else first[:SUMMARY_CHARS] + "…"


def build_feed(
    articles: list[dict[str, Any]],
    *,
    feed_id: str,
    title: str = "presswatch: new coverage",
    self_url: str | None = None,
    article_url: Any = None,
) -> bytes:
    """The Atom document (UTF-8 bytes) for ``articles`` (rows of ``db.views.feed_articles``).

    ``article_url(id)``, when given, adds a ``related`` link to the article's page in
    ``presswatch serve``.
    """
    feed = ET.Element(f"{{{ATOM}}}feed")
    _el(feed, "id", feed_id)
    _el(feed, "title", title)
    stamps = [_timestamp(a.get("body_updated_at") or a.get("fetched_at")) for a in articles]
    stamps = [s for s in stamps if s]
    _el(feed, "updated", max(stamps) if stamps else datetime.now(UTC).replace(
        microsecond=0).isoformat())
    _el(feed, "generator", "presswatch")
    if self_url:
        _el(feed, "link", rel="self", href=self_url, type="application/atom+xml")
    for article in articles:
        entry = _el(feed, "entry")
        _el(entry, "id", article["url"])
        _el(entry, "title", _clean(article.get("title") or "(no title)"))
        updated = (_timestamp(article.get("body_updated_at"))
                   or _timestamp(article.get("fetched_at")))
        _el(entry, "updated", updated or datetime.now(UTC).replace(microsecond=0).isoformat())
        published = _timestamp(article.get("published_at"))
        if published:
            _el(entry, "published", published)
        _el(entry, "link", rel="alternate", href=article["url"], type="text/html")
        if article_url is not None:
            _el(entry, "link", rel="related", href=article_url(article["id"]),
                type="text/html")
        author = _el(entry, "author")
        _el(author, "name", _clean(article.get("media") or article.get("source") or "unknown"))
        _el(entry, "summary", _clean(summary_of(article.get("body"))), type="text")
        _el(entry, "category", term=article["status"])
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
