"""Plain functions of the crawl layer: feeds, sitemaps, listings, dates, relevance, retries,
host map and failure reasons."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

import pytest
from parsel import Selector
from scrapy.exceptions import DownloadCancelledError, DownloadTimeoutError, IgnoreRequest

from crawler.middlewares.failures import RedirectLoop, classify_failure
from crawler.middlewares.hostmap import HostMapError, mapped_url, parse_host_map
from crawler.middlewares.retry import retry_after_seconds
from pipelines.dates import parse_date_hint
from pipelines.relevance import RelevanceRules, check_rules, judge, make_relevance, rules_for
from spiders.feed import parse_feed
from spiders.listing import listing_entries
from spiders.sitemap import parse_sitemap


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


def test_listing_entries_with_item_css_and_xpath_selectors():
    page = Selector(text="""<ul class="l">
        <li><a href="a1.html" title="标题一">标题一…</a><span>2025-01-10</span></li>
        <li><span>no link</span></li>
        <li><a href="/a2.html">标题二</a><span>[2025/01/09]</span></li></ul>""")
    entries = listing_entries(page, {"item": "ul.l li", "links": "a", "link_date": "span::text",
                                     "link_title": "a::attr(title)"})
    assert [(e.url, e.title, e.published) for e in entries] == [
        ("a1.html", "标题一", "2025-01-10"), ("/a2.html", "标题二", "[2025/01/09]")]
    entries = listing_entries(page, {"links": "//ul[@class='l']//a/@href"})
    assert [e.url for e in entries] == ["a1.html", "/a2.html"]


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-01-10", "2025-01-10T00:00:00+08:00"),
    ("2025年01月10日 16:47", "2025-01-10T16:47:00+08:00"),
    ("[2025/1/9]", "2025-01-09T00:00:00+08:00"),
    ("发布时间：2025.01.10 16:47:15", "2025-01-10T16:47:15+08:00"),
    ("2025-01-10T08:47:15Z", "2025-01-10T08:47:15+00:00"),
    ("no date", None),
    ("2025-13-45", None),
])
def test_date_hints(text, expected):
    parsed = parse_date_hint(text)
    assert (parsed.isoformat() if parsed else None) == expected


def test_relevance_keeps_press_events_of_regulators_with_aliases():
    rules = RelevanceRules()
    assert judge("央行：将适时降准降息", "人民银行新闻发布会上，有关负责人答记者问。", rules)[0]
    assert judge("市场监管总局召开例行新闻发布会", "", rules)[0]
    assert judge("国新办举行吹风会", "", rules)[0]
    ok, why = judge("寒潮来袭 多地降温", "气象部门提醒注意防寒。", rules)
    assert not ok and "no term" in why
    assert not judge("某公司召开新品发布会", "发布会上推出新手机。", rules)[0]  # no regulator
    assert not judge("证监会处罚某公司", "证监会依法作出处罚决定。", rules)[0]  # no press event


def test_relevance_rules_are_configurable_per_source():
    rules = check_rules({"add_regulators": [["医保局", "国家医疗保障局"]],
                         "exclude": ["招聘"]})
    assert judge("国家医疗保障局举行新闻发布会", "", rules)[0]
    assert not judge("央行新闻发布会 招聘启事", "", rules)[0]
    assert judge("某某峰会", "", check_rules({"require": "any", "events": ["峰会"]}))[0]
    assert rules_for(False) is None and make_relevance(False) is None
    with pytest.raises(ValueError, match="unknown key"):
        check_rules({"terms": []})

    class Result:
        title = "天气预报"
        body = "明天晴。"

    assert make_relevance(True)(Result()) == "irrelevant"
    Result.title = "证监会召开新闻发布会"
    assert make_relevance(True)(Result()) is None


def test_host_map_parsing_and_mapping():
    assert parse_host_map('{"www.nbd.com.cn": "127.0.0.1:8801"}') == {
        "www.nbd.com.cn": "127.0.0.1:8801"}
    assert parse_host_map("") == {} and parse_host_map(None) == {}
    for bad in ("{not json", "[1, 2]", '{"a.cn": 8801}', '{"a.cn": "127.0.0.1"}'):
        with pytest.raises(HostMapError) as info:
            parse_host_map(bad)
        assert "PRESSWATCH_HOST_MAP" in str(info.value) and "\n" not in str(info.value)
    host_map = {"www.nbd.com.cn": "127.0.0.1:8801"}
    assert mapped_url("https://www.nbd.com.cn/a/b.html?x=1#frag", host_map) == (
        "http://127.0.0.1:8801/a/b.html?x=1", "www.nbd.com.cn")
    assert mapped_url("https://other.cn/", host_map) is None


def test_retry_after_in_seconds_or_http_date():
    now = datetime(2025, 1, 10, 8, 0, 0, tzinfo=UTC)
    assert retry_after_seconds(b"7") == 7.0
    assert retry_after_seconds("Fri, 10 Jan 2025 08:00:30 GMT", now=now) == 30.0
    assert retry_after_seconds("Fri, 10 Jan 2025 07:00:00 GMT", now=now) == 0.0
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None


def test_failure_reasons():
    assert classify_failure(DownloadTimeoutError("took longer than 3 seconds"))[0] == "timeout"
    assert classify_failure(DownloadCancelledError("larger than download max size"))[0] == (
        "too_large")
    assert classify_failure(RedirectLoop("redirect loop: a -> a"))[0] == "redirect_loop"
    # a URL in another refusal's message must not decide the reason
    assert classify_failure(IgnoreRequest("<200 https://a.cn/redirect/robots>"))[0] == (
        "fetch_error")
    assert classify_failure(IgnoreRequest("max redirections reached"))[0] == "redirect_loop"
    reason, _, is_error = classify_failure(IgnoreRequest("Forbidden by robots.txt"))
    assert reason == "robots" and not is_error
    assert classify_failure(ConnectionResetError("reset"))[0] == "connection_error"
