"""``spiders.sitemap.parse_sitemap``: news sitemaps, sitemap indexes, gzip."""

from __future__ import annotations

import gzip

from spiders.sitemap import parse_sitemap


def test_news_sitemap_index_and_gzip():
    urlset = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>https://a.cn/1.html</loc><news:news><news:title>T1</news:title>
        <news:publication_date>2025-01-10T16:47:15+08:00</news:publication_date></news:news></url>
        <url><loc>https://a.cn/2.html</loc><lastmod>2025-01-09</lastmod></url></urlset>"""
    kind, entries = parse_sitemap(urlset)
    assert kind == "urlset"
    assert [(e.url, e.title, e.published) for e in entries] == [
        ("https://a.cn/1.html", "T1", "2025-01-10T16:47:15+08:00"),
        ("https://a.cn/2.html", None, "2025-01-09")]
    assert parse_sitemap(gzip.compress(urlset))[1] == entries
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>
        <loc>https://a.cn/s1.xml</loc><lastmod>2025-01-10</lastmod></sitemap></sitemapindex>"""
    kind, entries = parse_sitemap(index)
    assert kind == "sitemapindex" and entries[0].url == "https://a.cn/s1.xml"
    assert parse_sitemap(b"not xml") == ("", [])
