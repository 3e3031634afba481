"""CSRC list reading: the channel's JSON list, malformed JSON, and the HTML fallback."""

from __future__ import annotations

from datetime import datetime

from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from pipelines.dates import BEIJING
from spiders.base import META_PAGE
from spiders.csrc import (
    CsrcSpider,
    channel_id_of,
    entries_from_search_list,
    search_list_url,
    with_page,
)


def test_json_rows_become_entries_with_beijing_times():
    payload = {"data": {"results": [
        {"title": "2025年1月17日新闻发布会", "publishedTime": 1737076200000,  # 17:10
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
    assert url.startswith("http://www.csrc.gov.cn/searchList/c100029?_isAgg=false&_isJson=true")
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


def test_channel_id_comes_from_the_page_url_when_there_is_no_meta_tag(monkeypatch, tmp_path):
    monkeypatch.setenv("PRESSWATCH_SOURCES_FILE", str(tmp_path / "none.toml"))
    crawler = get_crawler(CsrcSpider, {"PRESSWATCH_DB": "",
                                       "PRESSWATCH_NOW": "2025-01-25T12:00:00+08:00"})
    spider = CsrcSpider.from_crawler(crawler)
    crawler.spider = spider
    # as the real list page: no <meta name="channelid">, an empty #list, no sidebar link
    body = ('<html><head><meta charset="UTF-8"><title>新闻发布会</title></head><body>'
            '<input id="page" type="hidden" value="1"><ul id="list" class="list mt10"></ul>'
            '<div id="page_div"></div></body></html>').encode()
    url = ("http://www.csrc.gov.cn/csrc/c100029/common_list.shtml"
           "?channelid=059986f6f4834fe6ae61cb76bd9ef23b")
    response = HtmlResponse(url=url, body=body, request=Request(url, meta={META_PAGE: 1}))
    requests = list(spider.parse(response))
    assert [r.url for r in requests] == [
        "http://www.csrc.gov.cn/searchList/059986f6f4834fe6ae61cb76bd9ef23b?_isAgg=false"
        "&_isJson=true&_pageSize=18&_template=index&_rangeTimeGte=&_channelName=&page=1"]


def test_channel_id_from_the_sidebar_link_to_the_page_itself():
    page = "http://www.csrc.gov.cn/csrc/c100029/common_list.shtml"
    links = ["/csrc/c100028/common_xq_list.shtml?channelid=aaaaaaaaaaaaaaaa",
             "/csrc/c100029/common_list.shtml?channelid=6d1f3c8a0b7e4f25a9c4e2d7b5f80a13"]
    assert channel_id_of(page, links) == "6d1f3c8a0b7e4f25a9c4e2d7b5f80a13"
    assert channel_id_of(page, links[:1]) is None
    assert channel_id_of(page + "?channelid=<script>", []) is None


def test_json_times_are_the_same_clock_time_as_published_time_str():
    # values as in a real searchList answer: 1786672239000 ms is 2026-08-14 17:50:39 +08:00
    rows = {"data": {"total": 2, "results": [
        {"title": "a", "url": "//www.csrc.gov.cn/szzyb/c101700/c7652321/content.shtml",
         "publishedTime": 1786672239000, "publishedTimeStr": "2026-08-14 17:50:39"},
        {"title": "b", "url": "//www.csrc.gov.cn/szzyb/c101700/c7652320/content.shtml",
         "publishedTimeStr": "2026-05-14 19:17:48"},
    ]}}
    entries = entries_from_search_list(rows)
    assert entries[0].published.isoformat() == "2026-08-14T17:50:39+08:00"
    assert entries[1].published.isoformat() == "2026-05-14T19:17:48+08:00"
    # the epoch alone gives the same clock time as the string, in +08:00
    alone = entries_from_search_list({"data": {"results": [
        {"url": "//www.csrc.gov.cn/a/c1/content.shtml", "publishedTime": 1786672239000}]}})
    assert alone[0].published.astimezone(BEIJING).isoformat() == "2026-08-14T17:50:39+08:00"
    request = Request("http://www.csrc.gov.cn/searchList/x?page=1")
    response = HtmlResponse(url=request.url, body=b"{}", request=request)
    assert response.urljoin(entries[0].url) == (
        "http://www.csrc.gov.cn/szzyb/c101700/c7652321/content.shtml")  # protocol-relative
