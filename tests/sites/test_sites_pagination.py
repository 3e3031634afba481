"""The general next-page finder (``spiders.pagination``) on every common pager form, and
the site spiders reaching page 2 on replicas shaped after the real pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from spiders.base import META_PAGE
from spiders.entries import date_from_url, fallback_entries, title_is_cut
from spiders.nbd import NbdSpider
from spiders.pagination import find_next_page, numbered_successors
from spiders.pbc import PbcSpider
from tests.sites import make_replicas
from tests.sites.replica_texts import NBD, NOW, PBC

REPLICAS = Path(__file__).resolve().parents[2] / "crawler" / "replicas"
PAGE = "https://example.cn/news/list/"


def html(pager: str, head: str = "") -> str:
    return (f"<html><head>{head}</head><body><ul><li><a href='/a/1.html'>一</a></li></ul>"
            f"<div class='pages'>{pager}</div></body></html>")


@pytest.mark.parametrize("pager, expected", [
    ("<a href='p2.html'>下一页</a>", "https://example.cn/news/list/p2.html"),
    ("<a href='p2.html'>下页</a>", "https://example.cn/news/list/p2.html"),
    ("<a href='p2.html'>后页</a>", "https://example.cn/news/list/p2.html"),
    ("<a href='p2.html'> › </a>", "https://example.cn/news/list/p2.html"),
    ("<a href='p2.html'>»</a>", "https://example.cn/news/list/p2.html"),
    ("<a href='p2.html'>&gt;</a>", "https://example.cn/news/list/p2.html"),
    ("<a href='p2.html'>下一页&gt;&gt;</a>", "https://example.cn/news/list/p2.html"),
    ("<a class='next' href='p2.html'><i class='icon'></i></a>",
     "https://example.cn/news/list/p2.html"),
    ("<li class='next'><a href='p2.html'></a></li>", "https://example.cn/news/list/p2.html"),
    ("<a rel='next' href='/news/list/page/2'>2</a>", "https://example.cn/news/list/page/2"),
    ("<a href='javascript:void(0)' onclick=\"goPage('/news/list/page/2')\">下一页</a>",
     "https://example.cn/news/list/page/2"),
    ("<a style='cursor:pointer' onclick=\"queryArticleByCondition(this,'/n/11040-2.html')\" "
     "tagname='/n/11040-2.html' class='pagingNormal'>下一页</a>", "https://example.cn/n/11040-2.html"),
    ("<span data-url='/news/list/?page=2'>›</span>", "https://example.cn/news/list/?page=2"),
    ("<span class='current'>1</span> <a href='/news/list/page/2'>2</a>",
     "https://example.cn/news/list/page/2"),
    ("<span class='current'>1</span> <a href='?page=2'>2</a>", "https://example.cn/news/list/?page=2"),
    ("<script>createPageHTML(5, 0, \"index\", \"html\");</script>",
     "https://example.cn/news/list/index_1.html"),
    ("当前页: 1 /408 <input onkeydown=\"jumpToPage(event,this,'408','1','/n/11040-%1.html')\">",
     "https://example.cn/n/11040-2.html"),
])
def test_next_page_is_found_in_every_common_form(pager, expected):
    assert find_next_page(html(pager), PAGE, 1) == expected


def test_link_rel_next_in_the_head_is_found():
    page = html("", head="<link rel='next' href='/news/list/page/2'>")
    assert find_next_page(page, PAGE, 1) == "https://example.cn/news/list/page/2"


@pytest.mark.parametrize("pager", [
    "<a href='p0.html'>上一页</a> <a href='index.html'>首页</a>",
    "<a href='#'>下一页</a>",
    "<a href='javascript:void(0)'>下一页</a>",
    "<a tagname='[NEXTPAGE]'>下一页</a>",
    "<script>createPageHTML(1, 0, \"index\", \"html\");</script>",
    "当前页: 408 /408 <input onkeydown=\"jumpToPage(event,this,'408','408','/n/11040-%1.html')\">",
    "<a href='/news/list/'>下一页</a>",  # the page itself
])
def test_no_next_page_when_the_pager_has_none(pager):
    current = 408 if "408','408" in pager else 1
    assert find_next_page(html(pager), PAGE, current) is None


def test_numbered_urls_count_on_from_the_current_page():
    assert "https://x.cn/c/11040-3.html" in numbered_successors("https://x.cn/c/11040-2.html", 2)
    assert "https://x.cn/columns/3/page/3" in numbered_successors(
        "https://x.cn/columns/3/page/2", 2)
    assert "https://x.cn/l?page=4" in numbered_successors("https://x.cn/l?page=3", 3)


def test_cut_titles_and_url_dates():
    assert title_is_cut("中国人民银行副行长会见约翰...")
    assert title_is_cut("证监会新闻发布会：推动中长期资金入市…")
    assert not title_is_cut("2024年金融统计数据新闻发布会文字实录")
    assert str(date_from_url("https://www.nbd.com.cn/articles/2025-01-23/3731208.html").date()) \
        == "2025-01-23"
    assert str(date_from_url("https://www.scio.gov.cn/xwfb/t20250110_883610.html").date()) \
        == "2025-01-10"
    assert date_from_url("https://www.csrc.gov.cn/csrc/c100029/c7530412/content.shtml") is None
    # the one URL-date reader of pipelines.dates: unpadded segments, a year alone is no day
    assert str(date_from_url("https://finance.example.cn/2019/9/5/a123.html").date()) \
        == "2019-09-05"
    assert date_from_url("https://www.example.cn/news/2019/a123.html") is None


def test_fallback_entries_take_article_links_with_full_titles_and_row_dates():
    body = ("<div class='new-layout'><div class='row'><a href='/articles/2025-01-23/1.html' "
            "title='证监会新闻发布会：推动中长期资金入市的完整标题'>证监会新闻发布会：推动…</a>"
            "<em>2025-01-23 12:31</em></div>"
            "<div class='row'><a href='/articles/2025-01-22/2.html'>央行开展逆回购操作</a></div>"
            "<a href='/columns/3/'>要闻</a><a href='/articles/2025-01-23/1.html'>重复</a></div>")
    page = HtmlResponse(url="https://www.nbd.com.cn/columns/3/", body=body.encode(),
                        encoding="utf-8")
    entries = fallback_entries(page, r"/articles/\d{4}-\d{2}-\d{2}/\d+\.html$")
    assert [e.url for e in entries] == ["/articles/2025-01-23/1.html",
                                        "/articles/2025-01-22/2.html"]
    assert entries[0].title == "证监会新闻发布会：推动中长期资金入市的完整标题"
    assert entries[0].published == "2025-01-23 12:31"
    assert str(entries[1].published.date()) == "2025-01-22"  # from the URL


def spider_of(cls, monkeypatch, tmp_path):
    monkeypatch.setenv("PRESSWATCH_SOURCES_FILE", str(tmp_path / "none.toml"))
    crawler = get_crawler(cls, {"PRESSWATCH_DB": "", "PRESSWATCH_NOW": NOW})
    spider = cls.from_crawler(crawler)
    crawler.spider = spider
    return spider


def listing_requests(spider, url: str, body: bytes) -> list[Request]:
    response = HtmlResponse(url=url, body=body, request=Request(url, meta={META_PAGE: 1}))
    return list(spider.parse(response))


def test_pbc_spider_follows_the_onclick_next_link_of_the_real_shaped_list(monkeypatch, tmp_path):
    spider = spider_of(PbcSpider, monkeypatch, tmp_path)
    url = "http://www.pbc.gov.cn/goutongjiaoliu/113456/113469/index.html"
    body = (REPLICAS / "www.pbc.gov.cn/goutongjiaoliu/113456/113469/index.html").read_bytes()
    assert b'href="/goutongjiaoliu/113456/113469/11040-2.html"' not in body  # no plain link
    requests = listing_requests(spider, url, body)
    listing = [r for r in requests if r.meta.get("presswatch_kind") == "listing"]
    assert [r.url for r in listing] == [
        "http://www.pbc.gov.cn/goutongjiaoliu/113456/113469/11040-2.html"]
    articles = [r for r in requests if r.meta.get("presswatch_kind") == "article"]
    assert {r.meta["presswatch_hints"]["title"] for r in articles} == {
        a["title"] for a in PBC["articles"][:2]}  # full titles from title=, not the cut text


@pytest.mark.parametrize("pager", sorted(make_replicas.NBD_PAGERS))
def test_nbd_spider_reaches_page_2_whatever_the_next_page_markup(pager, monkeypatch, tmp_path):
    spider = spider_of(NbdSpider, monkeypatch, tmp_path)
    column = NBD["columns"][0]
    body = make_replicas.nbd_list(column, 0, len(column["pages"]), column["pages"][0],
                                  pager=pager).encode()
    requests = listing_requests(spider, "https://www.nbd.com.cn/columns/3/", body)
    listing = [r.url for r in requests if r.meta.get("presswatch_kind") == "listing"]
    assert listing == ["https://www.nbd.com.cn/columns/3/page/2"]
    articles = [r for r in requests if r.meta.get("presswatch_kind") == "article"]
    assert len(articles) == len(column["pages"][0])
    for request in articles:  # times from the plain span; cut titles not passed on
        hints = request.meta["presswatch_hints"]
        assert hints["published"] and not hints["published"].endswith("T00:00:00+08:00")
        assert hints["title"] is None or not title_is_cut(hints["title"])


def test_generic_listing_falls_back_to_the_toml_article_pattern(monkeypatch, tmp_path):
    from spiders.listing import ListingSpider

    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[sources.fbh]\nspider = "listing"\nkind = "government"\n'
        'start_urls = ["https://www.example.gov.cn/fbh/"]\n'
        'article_pattern = "/fbh/t\\\\d{8}_\\\\d+\\\\.html$"\n'
        '[sources.fbh.selectors]\nitem = "ul.list-content li"\nlinks = "a"\n',
        encoding="utf-8")
    monkeypatch.setenv("PRESSWATCH_SOURCES_FILE", str(sources))
    crawler = get_crawler(ListingSpider, {"PRESSWATCH_DB": "", "PRESSWATCH_NOW": NOW,
                                          "PRESSWATCH_SOURCES_FILE": str(sources)})
    spider = ListingSpider.from_crawler(crawler, source="fbh")
    crawler.spider = spider
    body = ("<html><body><div class='news-list'>"  # redesigned: no ul.list-content any more
            "<p><a href='t20250120_1001.html'>国务院新闻办举行新闻发布会</a> 2025-01-20</p>"
            "<p><a href='/about/'>关于我们</a></p></div>"
            "<div class='pg'><a href='index_1.html'>下一页</a></div></body></html>").encode()
    requests = listing_requests(spider, "https://www.example.gov.cn/fbh/", body)
    articles = [r for r in requests if r.meta.get("presswatch_kind") == "article"]
    assert [r.url for r in articles] == ["https://www.example.gov.cn/fbh/t20250120_1001.html"]
    assert articles[0].meta["presswatch_hints"]["published"].startswith("2025-01-20")
    listing = [r.url for r in requests if r.meta.get("presswatch_kind") == "listing"]
    assert listing == ["https://www.example.gov.cn/fbh/index_1.html"]
