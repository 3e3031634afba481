"""``spiders.feed.parse_feed``: entries (link, title, date) of RSS 2.0, RSS 1.0 (RDF) and Atom;
anything else is no entries."""

from __future__ import annotations

from datetime import UTC, datetime

from pipelines.dates import parse_date_hint
from spiders.feed import parse_feed


def test_rss_rdf_and_atom_entries_with_dates():
    rss = """<?xml version="1.0" encoding="GB2312"?><rss version="2.0"><channel>
        <item><title>央行召开新闻发布会</title><link> http://a.cn/1.html </link>
        <pubDate>Fri, 10 Jan 2025 16:47:15 +0800</pubDate></item>
        <item><title>无链接</title></item></channel></rss>""".encode("gb18030")
    [entry] = parse_feed(rss)
    assert entry.url == "http://a.cn/1.html" and entry.title == "央行召开新闻发布会"
    assert parse_date_hint(entry.published).isoformat() == "2025-01-10T16:47:15+08:00"
    rdf = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <item rdf:about="http://a.cn/2.html"><title>t</title><dc:date>2025-01-11</dc:date></item>
        </rdf:RDF>"""
    [entry] = parse_feed(rdf)
    assert entry.url == "http://a.cn/2.html" and entry.published == "2025-01-11"
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title>
        <link rel="self" href="http://a.cn/self"/><link href="http://a.cn/3.html"/>
        <published>2025-01-12T08:00:00Z</published></entry></feed>"""
    [entry] = parse_feed(atom)
    assert entry.url == "http://a.cn/3.html"
    assert parse_date_hint(entry.published) == datetime(2025, 1, 12, 8, tzinfo=UTC)
    assert parse_feed(b"<html><body>not a feed</body></html>") == []
    assert parse_feed(b"\x00\xff garbage") == []
