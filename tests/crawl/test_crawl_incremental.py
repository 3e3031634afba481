"""Only new: a second crawl fetches no article page; two added articles → exactly two fetched."""

from __future__ import annotations

import pytest

from tests.crawl.site import GOV, GOV_ARTICLES, article_html, gov_listing

pytestmark = pytest.mark.slow

ADDED = {
    "/xwfb/2025/01/t20250119_303.html": (
        "商务部举行专题新闻发布会 介绍2024年服务贸易情况", "2025-01-19 10:00", [
            "商务部1月19日举行专题新闻发布会，介绍2024年服务贸易发展情况。",
            "2024年我国服务进出口总额首次突破7万亿元，同比增长14.4%，规模创历史新高。",
            "知识密集型服务贸易保持增长，旅行服务进出口快速恢复。",
        ]),
    "/xwfb/2025/01/t20250118_302.html": (
        "商务部新闻发言人就近期经贸热点答记者问", "2025-01-18 16:00", [
            "商务部新闻发言人1月18日就近期经贸热点问题回答记者提问。",
            "关于汽车以旧换新，发言人表示，2024年全年补贴申请量超过660万份。",
            "发言人还表示，商务部将会同有关部门做好2025年消费品以旧换新政策衔接。",
        ]),
}


def _articles_fetched(crawl) -> list[str]:
    return [p for p in crawl.server.fetched(GOV, prefix="/xwfb/") if "/list/" not in p]


def test_second_crawl_fetches_no_article_and_new_ones_are_fetched_exactly(crawl, site):
    first = crawl.run("gov_listing")
    assert first.returncode == 0, first.stderr[-3000:]
    assert sorted(_articles_fetched(crawl)) == sorted(GOV_ARTICLES)

    # unchanged site: the listing answers 304 and nothing else is fetched
    crawl.server.clear_log()
    second = crawl.run("gov_listing")
    assert second.returncode == 0, second.stderr[-3000:]
    assert _articles_fetched(crawl) == []
    listing_requests = [r for r in crawl.server.requests if r.path == "/xwfb/list/index.html"]
    assert [r.status for r in listing_requests] == [304]
    assert "If-None-Match" in listing_requests[0].headers

    # two new articles at the top of page 1: exactly those two are fetched; page 2 (it had
    # news on page 1, so pagination goes on) is unchanged and answers 304
    for path, (title, when, paragraphs) in ADDED.items():
        file = site / GOV / path.lstrip("/")
        file.write_bytes(article_html(title, when, paragraphs, charset=None).encode("gb18030"))
    entries = [(p, t, w) for p, (t, w, _) in ADDED.items()]
    old = [(p, t, w) for p, (t, w, _) in GOV_ARTICLES.items()]
    (site / GOV / "xwfb/list/index.html").write_bytes(gov_listing(entries + old[:1],
                                                                  "index_1.html"))
    crawl.server.clear_log()
    third = crawl.run("gov_listing")
    assert third.returncode == 0, third.stderr[-3000:]
    assert sorted(_articles_fetched(crawl)) == sorted(ADDED)
    listing = [(r.path, r.status) for r in crawl.server.requests if "/list/" in r.path]
    assert listing == [("/xwfb/list/index.html", 200), ("/xwfb/list/index_1.html", 304)]
    titles = {r["title"] for r in crawl.rows("SELECT title FROM articles")}
    assert {t for t, _, _ in ADDED.values()} <= titles
    runs = crawl.rows("SELECT status, new, pages FROM crawl_runs ORDER BY id")
    assert [(r["status"], r["new"]) for r in runs] == [("ok", 3), ("ok", 0), ("ok", 2)]
