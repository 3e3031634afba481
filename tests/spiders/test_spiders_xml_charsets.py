# ruff: noqa: E501  (Chinese test strings)
"""Feeds and sitemaps go through the pages' charset decision: a declaration is used only
when the bytes decode with it."""

from __future__ import annotations

import gzip

import pytest

from spiders.feed import parse_feed
from spiders.sitemap import parse_sitemap

TITLE = "国新办举行新闻发布会，介绍金融支持实体经济有关情况"
RSS = ('<?xml version="1.0" encoding="{decl}"?><rss version="2.0"><channel><title>财经</title>'
       "<item><title>{title}</title><link>http://www.example-news.cn/a/1.html</link>"
       "<pubDate>Fri, 10 Jan 2025 16:47:15 +0800</pubDate></item></channel></rss>")
ATOM = ('<?xml version="1.0" encoding="{decl}"?><feed xmlns="http://www.w3.org/2005/Atom">'
        '<entry><title>{title}</title><link href="http://www.example-news.cn/a/2.html"/></entry></feed>')
SITEMAP = ('<?xml version="1.0" encoding="{decl}"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://www.example-news.cn/a/3.html</loc>'
           "<news:news><news:title>{title}</news:title></news:news></url></urlset>")


@pytest.mark.parametrize("template", [RSS, ATOM], ids=["rss", "atom"])
@pytest.mark.parametrize(("declared", "actual"), [("gbk", "utf-8"), ("utf-8", "gbk"), ("gb2312", "gb18030"), ("utf-8", "utf-8"), ("gbk", "gbk")])
def test_feed_titles_are_right_whatever_the_declaration_says(template, declared, actual):
    body = template.format(decl=declared, title=TITLE).encode(actual)
    entries = parse_feed(body)
    assert [e.title for e in entries] == [TITLE]


def test_feed_header_charset_is_checked_against_the_bytes_too():
    body = RSS.format(decl="utf-8", title=TITLE).encode("gbk")
    assert [e.title for e in parse_feed(body, "application/rss+xml; charset=utf-8")] == [TITLE]


@pytest.mark.parametrize(("declared", "actual"), [("gbk", "utf-8"), ("utf-8", "gbk")])
@pytest.mark.parametrize("zipped", [False, True])
def test_sitemap_titles_are_right_whatever_the_declaration_says(declared, actual, zipped):
    body = SITEMAP.format(decl=declared, title=TITLE).encode(actual)
    kind, entries = parse_sitemap(gzip.compress(body) if zipped else body)
    assert kind == "urlset"
    assert [e.title for e in entries] == [TITLE]
