"""Each site spider crawled end to end against its replica into a real database.

For every built-in site source: the crawl succeeds; every relevant article inside the
source's window is stored (and nothing older is fetched); a known article has its title,
its publication time (``+08:00``) and its first and last body sentences; unrelated news is
dropped as ``irrelevant``; the seed story's copy on the nbd replica is a sighting of the
reference article, not a new article. Expectations come from ``replica_texts.EXPECT``, the
text the replicas were generated from, and the source's ``window_days`` from its TOML.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from crawler.sources import DEFAULT_WINDOW_DAYS, builtin_files, read_tables
from pipelines.dates import parse_date_hint
from tests.sites.replica_texts import EXPECT, NOW

pytestmark = pytest.mark.slow

SOURCES = tuple(EXPECT)


def squeeze(text: str | None) -> str:
    """Text without whitespace: the cleaner drops the spaces news sites put between Chinese
    phrases (``介绍 推动`` → ``介绍推动``), which is not what these tests are about."""
    return re.sub(r"\s+", "", text or "")


def split_pages(source: str) -> tuple[list[dict], list[dict]]:
    """The source's replica article pages inside and outside its window at ``NOW``."""
    tables = {name: t for f in builtin_files() for name, t in read_tables(f).items()}
    window = tables[source].get("window_days", DEFAULT_WINDOW_DAYS)
    start = datetime.fromisoformat(NOW) - timedelta(days=window)
    inside, outside = [], []
    for page in EXPECT[source]["pages"]:
        (inside if parse_date_hint(page["date"]) >= start else outside).append(page)
    return inside, outside


@pytest.mark.parametrize("source", SOURCES)
def test_crawl_stores_relevant_articles_in_window(crawl_once, source):
    crawl = crawl_once(source)
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    runs = crawl.rows("SELECT status, message FROM crawl_runs WHERE source = ?", source)
    assert [r["status"] for r in runs] == ["ok"], [dict(r) for r in runs]
    stored = {r["url"]: squeeze(r["title"]) for r in crawl.rows(
        "SELECT url, title FROM articles WHERE source = ?", source)}
    inside, outside = split_pages(source)
    expected = {p["url"]: squeeze(p["title"]) for p in inside if p["relevant"]}
    assert expected, "the replica must have relevant articles inside the window"
    assert stored == expected
    fetched = {"http://" + f for f in crawl.fetched} | {"https://" + f for f in crawl.fetched}
    too_old = [p["url"] for p in outside if p["url"] in fetched]
    assert not too_old, "fetched pages older than the window"


@pytest.mark.parametrize("source", SOURCES)
def test_known_article_fields(crawl_once, source):
    crawl = crawl_once(source)
    known = EXPECT[source]["known"]
    rows = crawl.rows("SELECT * FROM articles WHERE url = ?", known["url"])
    assert rows, f"{known['url']} not stored; fetched {crawl.fetched}"
    article = rows[0]
    assert article["source"] == source
    assert squeeze(article["title"]) == squeeze(known["title"])
    assert article["published_at"] == known["published_at"]
    body = squeeze(article["body"])
    assert body.startswith(squeeze(known["first"])), article["body"][:200]
    assert body.endswith(squeeze(known["last"])), article["body"][-200:]


@pytest.mark.parametrize("source", ["nbd", "chinanews"])
def test_unrelated_news_is_dropped_irrelevant(crawl_once, source):
    crawl = crawl_once(source)
    inside, _ = split_pages(source)
    unrelated = [p["url"] for p in inside if not p["relevant"]]
    assert unrelated, "the news replicas must carry unrelated stories"
    for url in unrelated:
        reasons = [r["reason"] for r in crawl.rows("SELECT reason FROM dropped WHERE url = ?", url)]
        assert reasons == ["irrelevant"], (url, reasons)
        assert not crawl.rows("SELECT id FROM articles WHERE url = ?", url)


def test_scio_pagination_stops_at_the_window(crawl_once):
    crawl = crawl_once("scio")
    fetched = {"https://" + f for f in crawl.fetched}
    for url in EXPECT["scio"]["not_fetched"]:
        assert url not in fetched, url


def test_scio_transcript_pages_are_one_article(crawl_once):
    crawl = crawl_once("scio")
    expect = EXPECT["scio"]
    for url in expect["not_articles"]:
        assert not crawl.rows("SELECT id FROM articles WHERE url = ?", url), url
        assert not crawl.rows("SELECT id FROM sightings WHERE url = ?", url), url
        assert url.split("://", 1)[1] in crawl.fetched  # fetched, as part of the transcript
    body = crawl.rows("SELECT body FROM articles WHERE url = ?", expect["known"]["url"])[0]["body"]
    assert "下面请记者朋友提问" in body  # page 2
    assert "三重护盾" in body  # page 3


def test_nbd_seed_copy_is_a_sighting_of_the_reference(crawl_once):
    crawl = crawl_once("nbd")
    seed_url = EXPECT["nbd"]["seed_url"]
    assert not crawl.rows("SELECT id FROM articles WHERE url = ?", seed_url)
    sightings = crawl.rows(
        "SELECT s.kind, a.status FROM sightings s JOIN articles a ON a.id = s.article_id"
        " WHERE s.url = ?", seed_url)
    assert [r["status"] for r in sightings] == ["reference"], [dict(r) for r in sightings]
    assert sightings[0]["kind"] in ("exact", "near")
    references = crawl.rows("SELECT id FROM articles WHERE status = 'reference'")
    assert len(references) == 1
