"""CSRC list reading: the channel's JSON list, malformed JSON, and the HTML fallback."""

from __future__ import annotations

from datetime import datetime

from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from spiders.base import META_PAGE
from spiders.csrc import (
    CsrcSpider,
    entries_from_search_list,
    search_list_url,
    with_page,
)


def test_json_rows_become_entries_with_beijing_times():
    payload = {"data": {"results": [
        {"title": "2025年1月17日新闻发布会", "publishedTime": 1737105000000,
         "url": "http://www.csrc.gov.cn/csrc/c100029/c7530412/content.shtml"},
        {"title": "no url"},
        "not a row",
    ]}}
    entries = entries_from_search_list(payload)
    assert [e.url for e in entries] == ["http://www.csrc.gov.cn/csrc/c100029/c7530412/content.shtml"]
    assert entries[0].published == datetime.fromisoformat("2025-01-17T17:10:00+08:00")


def test_malformed_json_pages_give_no_entries():
    for payload in (None, [], {"data": None}, {"data": {"results": "x"}}, {"rows": []}):
        assert entries_from_search_list(payload) == []


def test_list_urls_and_next_pages():
    url = search_list_url("http://www.csrc.gov.cn", "c100029", 1)
    assert url.startswith("http://www.csrc.gov.cn/searchList/c100029?_isAgg=true&_isJson=true")
    assert url.endswith("&page=1")
    assert with_page(url, 2) == url[: -len("page=1")] + "page=2"


def test_page_without_channel_id_is_read_as_html(monkeypatch, tmp_path):
    monkeypatch.setenv("PRESSWATCH_SOURCES_FILE", str(tmp_path / "none.toml"))
    crawler = get_crawler(CsrcSpider, {"PRESSWATCH_DB": "",
                                       "PRESSWATCH_NOW": "2025-01-25T12:00:00+08:00"})
    spider = CsrcSpider.from_crawler(crawler)
    crawler.spider = spider
    body = ('<html><head><meta charset="utf-8"></head><body><ul id="list">'
            '<li><a href="/csrc/c100029/c1/content.shtml">2025年1月17日新闻发布会</a>'
            '<span class="date">2025-01-17</span></li>'
            '<li><a href="/csrc/c100029/c0/content.shtml">2024年11月1日新闻发布会</a>'
            '<span class="date">2024-11-01</span></li></ul>'
            '<div class="page"><a class="next" href="common_list_1.shtml">下一页</a></div>'
            '</body></html>').encode()
    url = "http://www.csrc.gov.cn/csrc/c100029/common_list.shtml"
    request = Request(url, meta={META_PAGE: 1})
    response = HtmlResponse(url=url, body=body, request=request)
    requests = list(spider.parse(response))
    # the recent one is followed; the old one is outside the window, so no next page either
    assert [r.url for r in requests] == ["http://www.csrc.gov.cn/csrc/c100029/c1/content.shtml"]
