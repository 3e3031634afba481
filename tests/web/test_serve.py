"""`presswatch serve`: Datasette on the store through its test client and over real HTTP."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest

from tests.web.sample import NEW_TITLE, RELATED_TITLE
from web.serve import make_datasette

ATOM = "{http://www.w3.org/2005/Atom}"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client_get(store):
    datasette = make_datasette(store[0])

    def get(path: str):
        return asyncio.run(datasette.client.get(path))

    return get


def _ids(rows: list[dict]) -> list[int]:
    return [row["id"] for row in rows]


def test_database_is_named_after_the_file_stem_and_hides_internal_tables(client_get):
    data = client_get("/presswatch.json").json()
    visible = {t["name"] for t in data["tables"] if not t["hidden"]}
    hidden = {t["name"] for t in data["tables"] if t["hidden"]}
    assert visible == {"articles", "sightings", "crawl_runs", "dropped", "raw_pages", "events",
                       "event_articles"}
    assert {"articles_fts", "articles_grams", "search_queue", "dedup_keys",
            "notify_outbox"} <= hidden


def test_public_tables_are_described_with_facets(client_get):
    page = client_get("/presswatch/articles").text
    assert "One row per story" in page
    for facet in ("source", "status", "media"):
        assert f'data-column="{facet}"' in page


def test_articles_table_has_a_search_box_and_search_finds_two_character_words(client_get):
    page = client_get("/presswatch/articles").text
    assert 'name="_search"' in page
    rows = client_get("/presswatch/articles.json?_search=束为&_shape=array").json()
    assert sorted(_ids(rows)) == [1, 3]
    # traditional script and a word of one character
    assert sorted(_ids(client_get("/presswatch/articles.json?_search=認證&_shape=array")
                       .json())) == [1, 3]
    assert _ids(client_get("/presswatch/articles.json?_search=旭&_shape=array").json()) == [3, 1]


def test_search_on_other_tables_keeps_datasette_behaviour(client_get):
    # no FTS on sightings: Datasette ignores _search there, as it always did
    rows = client_get("/presswatch/sightings.json?_search=nbd&_shape=array").json()
    assert len(rows) == 4


def test_canned_search_answers_one_character_queries_titles_first(client_get):
    rows = client_get("/presswatch/search.json?q=束&_shape=array").json()
    assert sorted(_ids(rows)) == [1, 3]
    # titles holding the word first (the seed's title names 束为, the related one's not)
    in_title = ["束" in (row["title"] or "") for row in rows]
    assert in_title == sorted(in_title, reverse=True)
    assert all("束" in row["snippet"] for row in rows)
    assert client_get("/presswatch/search.json?q=电动自行车&_shape=array").json()[0]["title"] \
        == NEW_TITLE
    assert client_get("/presswatch/search.json?q=不存在的词&_shape=array").json() == []


def test_canned_queries_for_latest_copies_related_dropped_and_health(client_get, store):
    ids = store[1]
    latest = client_get("/presswatch/latest.json?_shape=array").json()
    assert {row["id"] for row in latest} == {ids["new"], ids["related"]}
    copies = client_get(f"/presswatch/copies.json?id={ids['seed']}&_shape=array").json()
    assert {row["kind"] for row in copies} == {"original", "near"}
    related = client_get("/presswatch/related.json?id=&_shape=array").json()
    assert [(r["id"], r["story_id"]) for r in related] == [(ids["related"], ids["seed"])]
    dropped = client_get("/presswatch/dropped_by_reason.json?_shape=array").json()
    assert dropped == [{"reason": "irrelevant", "pages": 1, "latest": dropped[0]["latest"],
                        "latest_url": "https://www.chinanews.com.cn/sh/2025/01-12/10351490.shtml"}]
    health = client_get("/presswatch/source_health.json?_shape=array").json()
    assert health[0]["source"] == "chinanews" and health[0]["last_status"] == "ok"


def test_article_page_reads_well(client_get, store):
    ids = store[1]
    page = client_get(f"/article/{ids['related']}").text
    assert f"<h1>{RELATED_TITLE}</h1>" in page
    assert "2025-01-11T09:00:00+08:00" in page and "示例新闻网" in page
    assert page.count("<p>") >= 2  # body in paragraphs
    assert "况旭提醒消费者关注节日期间的产品安全。</p>" in page
    seed = client_get(f"/article/{ids['seed']}").text
    assert "https://www.nbd.com.cn/articles/2025-01-10/3715523.html" in seed  # every copy
    assert f'href="/article/{ids["related"]}"' in seed  # related coverage linked
    assert client_get("/article/999").status_code == 404


def test_titles_link_to_the_article_page(client_get, store):
    page = client_get("/presswatch/search?q=电动自行车").text
    assert f'<a href="/article/{store[1]["new"]}">{NEW_TITLE}</a>' in page


def test_feed_route_serves_atom(client_get, store):
    response = client_get("/feed.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    entries = root.findall(f"{ATOM}entry")
    assert {e.find(f"{ATOM}title").text for e in entries} == {NEW_TITLE, RELATED_TITLE}
    assert client_get("/feed.atom?since=2099-01-01").status_code == 200
    assert ET.fromstring(client_get("/feed.atom?since=2099-01-01").content).findall(
        f"{ATOM}entry") == []
    assert client_get("/feed.atom?since=yesterday").status_code == 400


def test_search_sees_rows_another_program_wrote_without_writing_itself(tmp_path):
    from tests.web.sample import fill_store

    path = tmp_path / "presswatch.db"
    fill_store(path)
    conn = sqlite3.connect(path)  # a user's sqlite3 session: triggers queue the gram update
    conn.execute("INSERT INTO articles (url, source, status, content_hash, fetched_at, title, "
                 "body) VALUES ('https://x.example/1', 'manual', 'new', 'h', "
                 "'2025-01-12T00:00:00+00:00', '央行答问', '降准')")
    conn.execute("UPDATE articles SET body = '况' WHERE id = 3")
    conn.commit()
    queued = conn.execute("SELECT count(*) FROM search_queue").fetchone()[0]
    assert queued == 2
    datasette = make_datasette(path)
    get = lambda url: asyncio.run(datasette.client.get(url)).json()  # noqa: E731
    assert [r["title"] for r in get("/presswatch/search.json?q=央&_shape=array")] == ["央行答问"]
    assert get("/presswatch/search.json?q=束为&_shape=array")[0]["id"] == 1  # 3 lost it
    assert [r["id"] for r in get("/presswatch/search.json?q=况&_shape=array")] == [3, 1]
    # read-only: the queue is left for the next writer
    assert conn.execute("SELECT count(*) FROM search_queue").fetchone()[0] == queued
    conn.close()


# --- over real HTTP, `presswatch serve` as a process ------------------------------------------

def _http(url: str) -> tuple[int, bytes, str]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read(), response.headers.get("content-type", "")


def test_real_server_answers_search_box_search_hidden_tables_article_and_feed(served, store):
    base = served.url
    status, body, _ = _http(f"{base}/presswatch/articles")
    assert status == 200 and b'name="_search"' in body
    q = urllib.parse.quote("束为")
    _, body, _ = _http(f"{base}/presswatch/articles.json?_search={q}&_shape=array")
    assert sorted(r["id"] for r in json.loads(body)) == [1, 3]
    _, body, _ = _http(f"{base}/presswatch/search.json?q={urllib.parse.quote('束')}"
                       "&_shape=array")
    assert sorted(r["id"] for r in json.loads(body)) == [1, 3]
    _, body, _ = _http(f"{base}/presswatch.json")
    hidden = {t["name"] for t in json.loads(body)["tables"] if t["hidden"]}
    assert "articles_grams" in hidden and "search_queue" in hidden
    _, body, _ = _http(f"{base}/article/{store[1]['new']}")
    assert NEW_TITLE in body.decode("utf-8")
    status, body, kind = _http(f"{base}/feed.atom")
    assert kind.startswith("application/atom+xml")
    assert len(ET.fromstring(body).findall(f"{ATOM}entry")) == 2
    assert re.search(rb'<link href="http://127\.0\.0\.1:\d+/feed\.atom" rel="self"', body) or \
        b'rel="self"' in body


def test_serve_refuses_a_missing_database(tmp_path, runner):
    from crawler.cli import main

    result = runner.invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "no database" in result.output
    assert not (tmp_path / "none.db").exists()


def test_press_conferences_and_the_coverage_of_one(client_get, store):
    rows = client_get("/presswatch/press_conferences.json?since=&_shape=array").json()
    seed_event = next(r for r in rows if r["date"] == "2025-01-10")
    assert seed_event["organiser"] == "国务院新闻办公室" and seed_event["articles"] >= 1
    assert "束为" in seed_event["speakers"] and seed_event["copies"] >= 1
    assert client_get("/presswatch/press_conferences.json?since=2030-01-01&_shape=array"
                      ).json() == []
    coverage = client_get(f"/presswatch/event_coverage.json?id={seed_event['id']}"
                          "&_shape=array").json()
    assert store[1]["seed"] in [r["id"] for r in coverage]
    page = client_get("/presswatch/events").text
    assert "One row per press conference" in page
