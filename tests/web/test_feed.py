"""`presswatch feed`: Atom 1.0 of new and related articles, newest found first."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from crawler.cli import main
from db import open_db
from db.articles import insert_article
from tests.web.sample import NEW_TITLE, RELATED_TITLE, fill_store
from web.atom import build_feed

A = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def feed_store(db_path):
    fill_store(db_path)
    db = open_db(db_path)
    # found later than the others, published earlier: the feed orders by finding
    insert_article(db, {"url": "https://www.example-news.cn/late.html", "source": "news_rss",
                        "status": "new", "title": "迟到的报道\x07含控制字符", "content_hash": "h",
                        "published_at": "2025-01-01T08:00:00+08:00",
                        "fetched_at": "2099-01-01T00:00:00+00:00",
                        "body": "第一段。\n\n第二段。"})
    db.close()
    return db_path


def _entries(xml: bytes) -> list[ET.Element]:
    root = ET.fromstring(xml)
    assert root.tag == f"{A}feed"
    for tag in ("id", "title", "updated"):
        assert root.find(f"{A}{tag}") is not None and root.find(f"{A}{tag}").text
    entries = root.findall(f"{A}entry")
    for entry in entries:
        for tag in ("id", "title", "updated", "summary"):
            assert entry.find(f"{A}{tag}") is not None, tag
        assert entry.find(f"{A}link").get("href").startswith("https://")
        assert entry.find(f"{A}author/{A}name").text
    return entries


def test_feed_lists_new_and_related_newest_found_first(feed_store, runner):
    result = runner.invoke(main, ["feed", "--db", str(feed_store)])
    assert result.exit_code == 0, result.output
    entries = _entries(result.stdout_bytes)
    titles = [e.find(f"{A}title").text for e in entries]
    assert titles[0] == "迟到的报道含控制字符"  # control character removed, XML well formed
    assert set(titles[1:]) == {NEW_TITLE, RELATED_TITLE}  # the reference article is not news
    first = entries[0]
    assert first.find(f"{A}summary").text == "第一段。"
    assert first.find(f"{A}published").text == "2025-01-01T08:00:00+08:00"
    assert first.find(f"{A}updated").text == "2099-01-01T00:00:00+00:00"
    assert first.find(f"{A}category").get("term") == "new"


def test_feed_since_is_by_fetch_time_and_source_filters(feed_store, runner, tmp_path):
    out = tmp_path / "new.atom"
    result = runner.invoke(main, ["feed", "--db", str(feed_store), "--since",
                                  "2098-12-31T21:00:00-02:00", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [e.find(f"{A}title").text for e in _entries(out.read_bytes())] == [
        "迟到的报道含控制字符"]
    # published long before --since, found after it: still in the feed; by publication not
    result = runner.invoke(main, ["feed", "--db", str(feed_store), "--published-since",
                                  "2025-01-05"])
    assert "迟到的报道" not in result.stdout
    result = runner.invoke(main, ["feed", "--db", str(feed_store), "--source", "chinanews"])
    assert [e.find(f"{A}title").text for e in _entries(result.stdout_bytes)] == [NEW_TITLE]


def test_feed_rejects_a_bad_date_and_a_missing_store(feed_store, runner, tmp_path):
    result = runner.invoke(main, ["feed", "--db", str(feed_store), "--since", "last week"])
    assert result.exit_code == 2 and "ISO 8601" in result.output
    result = runner.invoke(main, ["feed", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and not (tmp_path / "none.db").exists()


def test_empty_feed_is_valid_atom():
    root = ET.fromstring(build_feed([], feed_id="tag:presswatch,2025:x/feed"))
    assert root.find(f"{A}updated").text and root.findall(f"{A}entry") == []


def test_search_and_export_filter_by_found_since(feed_store, runner):
    result = runner.invoke(main, ["search", "报道", "--db", str(feed_store), "--json",
                                  "--found-since", "2098-01-01"])
    assert result.exit_code == 0 and "迟到的报道" in result.stdout
    result = runner.invoke(main, ["search", "报道", "--db", str(feed_store), "--json",
                                  "--found-since", "2099-06-01"])
    assert "迟到的报道" not in result.stdout
    result = runner.invoke(main, ["export", "--db", str(feed_store), "--found-since",
                                  "2099-01-01T08:00:00+08:00"])
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1 and "迟到的报道" in result.stdout
