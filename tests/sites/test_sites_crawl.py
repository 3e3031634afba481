"""Each site spider crawled end to end against its replica into a real database.

For every built-in site source: the crawl succeeds, the expected articles are stored with
their titles, a known article has its publication time (``+08:00``) and its first and last
body sentences, unrelated news is dropped as ``irrelevant``, and the seed story's copy on
the nbd replica is a sighting of the reference article, not a new article. Expectations
come from ``replica_texts.EXPECT``, the text the replicas were generated from.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from replica_texts import EXPECT

pytestmark = pytest.mark.slow

SOURCES = tuple(EXPECT)


def squeeze(text: str | None) -> str:
    """Text without whitespace: the cleaner drops the spaces news sites put between Chinese
    phrases (``介绍 推动`` → ``介绍推动``), which is not what these tests are about."""
    return re.sub(r"\s+", "", text or "")


@pytest.mark.parametrize("source", SOURCES)
def test_crawl_stores_expected_articles(crawl_once, source):
    crawl = crawl_once(source)
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    runs = crawl.rows("SELECT status, message FROM crawl_runs WHERE source = ?", source)
    assert [r["status"] for r in runs] == ["ok"], [dict(r) for r in runs]
    titles = {squeeze(r["title"]) for r in crawl.rows(
        "SELECT title FROM articles WHERE source = ?", source)}
    missing = [t for t in EXPECT[source]["titles"] if squeeze(t) not in titles]
    assert not missing, f"not stored: {missing}; stored: {sorted(titles)}"


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


@pytest.mark.parametrize("source", [s for s in SOURCES if EXPECT[s]["irrelevant"]])
def test_unrelated_news_is_dropped_irrelevant(crawl_once, source):
    crawl = crawl_once(source)
    for url in EXPECT[source]["irrelevant"]:
        reasons = [r["reason"] for r in crawl.rows("SELECT reason FROM dropped WHERE url = ?", url)]
        assert reasons == ["irrelevant"], (url, reasons)
        assert not crawl.rows("SELECT id FROM articles WHERE url = ?", url)


def test_scio_transcript_pages_are_one_article(crawl_once):
    crawl = crawl_once("scio")
    expect = EXPECT["scio"]
    for url in expect["not_articles"]:
        assert not crawl.rows("SELECT id FROM articles WHERE url = ?", url), url
        assert not crawl.rows("SELECT id FROM sightings WHERE url = ?", url), url
    # the later pages were fetched, and their text is in the one article
    for url in expect["not_articles"]:
        assert url.split("://", 1)[1] in crawl.fetched
    body = crawl.rows("SELECT body FROM articles WHERE url = ?", expect["known"]["url"])[0][0]
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


@pytest.mark.parametrize("source", [s for s in SOURCES if EXPECT[s]["old"]])
def test_items_older_than_the_window_are_not_fetched(crawl_once, source):
    crawl = crawl_once(source)
    paths = [f.split("/", 1)[1] for f in crawl.fetched]
    for path in EXPECT[source]["old"]:
        assert path.lstrip("/") not in paths, (path, crawl.fetched)
