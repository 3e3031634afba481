"""The generic spiders end to end: replica site → spider → pipelines → real database."""

from __future__ import annotations

import pytest

from tests.crawl.site import GOV, GOV_ARTICLES, NEWS, NEWS_ARTICLES

pytestmark = pytest.mark.slow


def _article(crawl, url):
    rows = crawl.rows("SELECT * FROM articles WHERE url = ?", url)
    assert rows, f"{url} was not stored"
    return rows[0]


def test_feed_sitemap_and_listing_sources_store_articles_with_provenance(crawl):
    result = crawl.run("news_rss", "news_atom", "news_sitemap", "gov_listing")
    assert result.returncode == 0, result.stderr[-3000:]

    # RSS: two relevant press-conference items stored, the weather item dropped irrelevant
    first = _article(crawl, f"https://{NEWS}/finance/2025/0110/a1001.html")
    assert first["title"] == "国新办举行新闻发布会 央行介绍金融支持实体经济情况"
    assert first["published_at"] == "2025-01-10T16:47:15+08:00"
    assert first["source"] in ("news_rss", "news_sitemap")
    paragraphs = first["body"].split("\n\n")
    assert paragraphs[0].startswith("国务院新闻办公室1月10日举行新闻发布会")
    assert paragraphs[-1].endswith("表示将保持人民币汇率基本稳定。")
    dropped = crawl.rows("SELECT url, reason FROM dropped")
    assert {"url": f"https://{NEWS}/life/2025/0111/a1003.html", "reason": "irrelevant"} in dropped

    # Atom: the one entry stored
    atom = _article(crawl, f"https://{NEWS}/finance/2025/0115/a1004.html")
    assert atom["title"].startswith("金融监管总局举行新闻发布会")
    assert atom["published_at"] == "2025-01-15T15:00:00+08:00"

    # Sitemap (index → news sitemap, `follow` keeps /finance/ only): no /life/ page fetched
    # by it, and every /finance/ article is stored by one of the news sources.
    for path in NEWS_ARTICLES:
        if path.startswith("/finance/"):
            _article(crawl, f"https://{NEWS}{path}")
    assert crawl.server.fetched(NEWS, prefix="/life/") == ["/life/2025/0111/a1003.html"]

    # Listing: GBK pages without any charset declaration, two listing pages, relative links
    for path, (title, when, paragraphs) in GOV_ARTICLES.items():
        row = _article(crawl, f"http://{GOV}{path}")
        assert row["title"] == title
        assert row["published_at"] == f"{when.replace(' ', 'T')}:00+08:00"
        assert row["body"].split("\n\n")[0] == paragraphs[0]
        assert row["body"].split("\n\n")[-1] == paragraphs[-1]
        assert row["source"] == "gov_listing"
    assert crawl.server.fetched(GOV, prefix="/xwfb/list/") == [
        "/xwfb/list/index.html", "/xwfb/list/index_1.html"]
    # the off-site link on the listing was ignored
    assert not crawl.server.fetched("www.elsewhere.cn")

    runs = crawl.rows("SELECT source, status, pages, items, new, dropped, errors FROM crawl_runs")
    assert {r["source"] for r in runs} == {"news_rss", "news_atom", "news_sitemap",
                                            "gov_listing"}
    assert all(r["status"] == "ok" and r["errors"] == 0 for r in runs), runs
    gov_run = next(r for r in runs if r["source"] == "gov_listing")
    assert gov_run["new"] == 3 and gov_run["pages"] == 5  # 2 listing + 3 article pages

    # Provenance kept with the raw page: listing URL, hints, spider
    raw = crawl.rows("SELECT url, meta FROM raw_pages WHERE url LIKE ?", f"http://{GOV}%")
    assert raw and all(f"http://{GOV}/xwfb/list/" in r["meta"] for r in raw), raw


def test_scrapy_crawl_source_name_from_the_repository_root_records_a_run(crawl, tmp_path):
    import json
    import os
    import subprocess
    import sys

    from tests.crawl.site import NOW
    from tests.paths import REPO_ROOT

    env = dict(os.environ, PRESSWATCH_HOST_MAP=json.dumps(crawl.server.host_map()),
               PRESSWATCH_NOW=NOW, PRESSWATCH_DB=str(crawl.db),
               PRESSWATCH_SOURCES_FILE=str(crawl.sources_file))
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "gov_listing", "-s", "DOWNLOAD_DELAY=0",
         "-s", "AUTOTHROTTLE_ENABLED=False"],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(crawl.rows("SELECT id FROM articles WHERE source = 'gov_listing'")) == 3
    runs = crawl.rows("SELECT source, status, new FROM crawl_runs")
    assert runs == [{"source": "gov_listing", "status": "ok", "new": 3}]


def test_ingest_in_worker_processes_stores_the_same(crawl):
    result = crawl.run("gov_listing", "news_rss", settings=["PRESSWATCH_INGEST_WORKERS=2"])
    assert result.returncode == 0, result.stderr[-3000:]
    for path, (title, _, _) in GOV_ARTICLES.items():
        assert _article(crawl, f"http://{GOV}{path}")["title"] == title
    runs = {r["source"]: r for r in crawl.rows("SELECT * FROM crawl_runs")}
    assert runs["gov_listing"]["new"] == 3 and runs["gov_listing"]["status"] == "ok"
    assert runs["news_rss"]["new"] == 2 and runs["news_rss"]["dropped"] == 1
    assert crawl.rows("SELECT reason FROM dropped") == [{"reason": "irrelevant"}]
