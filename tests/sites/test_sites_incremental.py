"""Only new: a second crawl of an unchanged site fetches no article page; after two new
articles appear on its list, exactly those two are fetched (samr, three real crawls)."""

from __future__ import annotations

import pytest

from tests.harness import crawl_builtin_source
from tests.sites import make_replicas
from tests.sites.replica_texts import NOW, SAMR

pytestmark = pytest.mark.slow

HOST = "www.samr.gov.cn"
LIST = "/xw/xwfbt/index.html"

NEW = [
    {
        "path": "/xw/xwfbt/art/2025/art_1d2c3b4a5f6e4d7c8b9a0f1e2d3c4b5a.html",
        "title": "市场监管总局召开春节市场安全专题新闻发布会",
        "date": "2025-01-24",
        "time": "10:00",
        "source": "新闻宣传司",
        "body": [
            "1月24日，市场监管总局召开春节市场安全专题新闻发布会，介绍节日市场监管安排。",
            "市场监管总局有关司局负责人表示，将加强节日期间重点商品质量抽查。",
        ],
    },
    {
        "path": "/xw/xwfbt/art/2025/art_6a7b8c9d0e1f4a2b9c3d4e5f6a7b8c9d.html",
        "title": "市场监管总局发布2024年产品质量国家监督抽查情况",
        "date": "2025-01-24",
        "time": "15:00",
        "source": "质量监督司",
        "body": [
            "1月24日，市场监管总局在新闻发布会上通报2024年产品质量国家监督抽查情况。",
            "市场监管总局表示，对抽查发现的不合格产品将依法处置。",
        ],
    },
]


def article_paths(crawl) -> list[str]:
    return [f.split("/", 1)[1] for f in crawl.fetched if "/art/" in f]


def test_second_crawl_fetches_nothing_then_only_the_two_new(replica_server, tmp_path):
    first = crawl_builtin_source(replica_server, tmp_path, "samr", "samr-incremental", now=NOW)
    assert first.returncode == 0, first.stderr[-3000:]
    assert len(article_paths(first)) == 3  # the fourth is older than the window

    second = crawl_builtin_source(replica_server, tmp_path, "samr", "samr-incremental",
                                  now=NOW, fresh=False)
    assert second.returncode == 0, second.stderr[-3000:]
    assert article_paths(second) == []
    assert any(f == HOST + LIST for f in second.fetched)  # the list was looked at
    statuses = [r["status"] for r in second.rows("SELECT status FROM crawl_runs ORDER BY id")]
    assert statuses == ["ok", "ok"]  # an unchanged list (304) is no error

    entries = [{"rel": "." + a["path"][len("/xw/xwfbt"):], "title": a["title"], "date": a["date"]}
               for a in NEW] + SAMR["pages"][0]
    replica_server.add_route(HOST, LIST, body=make_replicas.samr_list(0, 2, entries),
                             content_type="text/html; charset=utf-8")
    for article in NEW:
        replica_server.add_route(HOST, article["path"], body=make_replicas.samr_article(article),
                                 content_type="text/html; charset=utf-8")
    try:
        third = crawl_builtin_source(replica_server, tmp_path, "samr", "samr-incremental",
                                     now=NOW, fresh=False)
    finally:
        for path in [LIST] + [a["path"] for a in NEW]:
            replica_server.remove_route(HOST, path)
    assert third.returncode == 0, third.stderr[-3000:]
    assert sorted(article_paths(third)) == sorted(a["path"].lstrip("/") for a in NEW)
    titles = [r["title"] for r in third.rows("SELECT title FROM articles WHERE source = 'samr'")]
    assert len(titles) == 5
    assert {a["title"] for a in NEW} <= set(titles)
