"""Search behaves exactly like a substring scan, for every query length, through changes."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.articles import delete_article, insert_article, update_article
from db.search import gram_tokens, query_terms, snippet
from db.search import search as store_search
from pipelines.textnorm import normalize_query


def search(db, query: str, **options):
    """Search as presswatch runs it: query terms normalised like stored text."""
    return store_search(db, query, normalize=normalize_query, **options)

# A small alphabet makes 1- to 6-character queries hit often enough to be interesting.
HAN = (
    "的是在了不和有大这主中人上为们地个用工时要动国产以我到他会作"
    "来分生对于学下级就年阶义发成部民可出能方进同行面说种过命度革"
)
LATIN = "CCCabc2.4亿"


def _doc(rng: random.Random) -> tuple[str, str]:
    alphabet = HAN + LATIN  # a narrow alphabet: short queries have many hits
    title = "".join(rng.choice(alphabet) for _ in range(rng.randint(4, 12)))
    body = "".join(rng.choice(alphabet + "，。 ") for _ in range(rng.randint(20, 120)))
    return title, body


def _brute(docs: dict[int, tuple[str, str]], query: str) -> set[int]:
    terms = query_terms(query, normalize_query)
    return {
        i
        for i, (title, body) in docs.items()
        if terms and all(t in title.lower() or t in body.lower() for t in terms)
    }


def _ids(db, query: str) -> set[int]:
    return {hit.id for hit in search(db, query, limit=None)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A store of 3,000 generated Chinese documents, and the same documents in memory."""
    from db import open_db

    db = open_db(tmp_path_factory.mktemp("search") / "s.db")
    rng = random.Random(20250110)
    docs = {}
    from db.connection import write_transaction

    with write_transaction(db):
        for n in range(3000):
            title, body = _doc(rng)
            article_id = insert_article(
                db,
                {"url": f"https://example.cn/{n}", "source": "gen", "status": "new",
                 "title": title, "body": body, "content_hash": str(n)},
            )
            docs[article_id] = (title, body)
    return db, docs


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_search_equals_substring_scan_for_queries_of_length_1_to_6(corpus, data):
    db, docs = corpus
    doc_id = data.draw(st.sampled_from(sorted(docs)))
    title, body = docs[doc_id]
    text = data.draw(st.sampled_from([title, body]))
    length = data.draw(st.integers(1, 6))
    start = data.draw(st.integers(0, max(0, len(text) - length)))
    query = text[start : start + length].strip() or "的"
    assert _ids(db, query) == _brute(docs, query)


@settings(max_examples=100, deadline=None)
@given(query=st.text(alphabet=HAN + "CCcab2.4", min_size=1, max_size=6))
def test_search_equals_substring_scan_for_arbitrary_queries(corpus, query):
    db, docs = corpus
    assert _ids(db, query) == _brute(docs, query)


def test_search_stays_exact_after_updates_and_deletes(fresh_db):
    rng = random.Random(7)
    docs = {}
    for n in range(300):
        title, body = _doc(rng)
        docs[insert_article(fresh_db, {"url": f"u{n}", "source": "s", "status": "new",
                                       "title": title, "body": body,
                                       "content_hash": str(n)})] = (title, body)
    for article_id in rng.sample(sorted(docs), 60):
        title, body = _doc(rng)
        update_article(fresh_db, article_id, {"title": title, "body": body})
        docs[article_id] = (title, body)
    for article_id in rng.sample(sorted(docs), 40):
        delete_article(fresh_db, article_id)
        del docs[article_id]
    queries = {t[s : s + k] for t, b in docs.values() for s in (0, 2) for k in (1, 2, 3, 5)}
    queries |= {b[s : s + k].strip() for t, b in list(docs.values())[:50] for s in (3,)
                for k in (1, 2, 4)}
    for query in sorted(q for q in queries if q.strip()):
        assert _ids(fresh_db, query) == _brute(docs, query), query


def test_search_sees_rows_written_by_another_program(fresh_db, db_path):
    """A user's raw SQL insert/update/delete is queued by triggers and indexed on search."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO articles (url, source, status, content_hash, fetched_at, title, body) "
        "VALUES ('x', 's', 'new', 'h', '2025-01-01T00:00:00+00:00', '央行', '降准 落地')"
    )
    conn.commit()
    assert [h.url for h in search(fresh_db, "央行")] == ["x"]
    conn.execute("UPDATE articles SET title = '证监会' WHERE url = 'x'")
    conn.commit()
    assert search(fresh_db, "央行") == []
    assert [h.url for h in search(fresh_db, "监会")] == ["x"]
    conn.execute("DELETE FROM articles WHERE url = 'x'")
    conn.commit()
    assert search(fresh_db, "监会") == []
    assert search(fresh_db, "降") == []
    conn.close()


def test_traditional_and_full_width_queries_find_simplified_text(fresh_db):
    insert_article(fresh_db, {"url": "a", "source": "s", "status": "new", "content_hash": "1",
                              "title": "质量认证", "body": "CCC认证产品联网核查2.4亿次"})
    assert len(search(fresh_db, "認證")) == 1
    assert len(search(fresh_db, "ＣＣＣ")) == 1
    assert len(search(fresh_db, "ccc")) == 1
    assert len(search(fresh_db, "2.4億")) == 1
    assert search(fresh_db, "認證 央行") == []


def test_title_matches_rank_before_body_matches(fresh_db):
    body_hit = insert_article(fresh_db, {"url": "b", "source": "s", "status": "new",
                                         "content_hash": "1", "title": "发布会",
                                         "body": "央行今日表示"})
    title_hit = insert_article(fresh_db, {"url": "a", "source": "s", "status": "new",
                                          "content_hash": "2", "title": "央行答记者问",
                                          "body": "内容"})
    newer = insert_article(fresh_db, {"url": "c", "source": "s", "status": "new",
                                      "content_hash": "3", "title": "其他", "body": "央行"})
    assert [h.id for h in search(fresh_db, "央行")] == [title_hit, newer, body_hit]


def test_filters_restrict_by_source_status_and_date(fresh_db):
    for n, (source, status, date) in enumerate([
        ("nbd", "new", "2025-01-10T16:47:15+08:00"),
        ("samr", "related", "2025-01-11T09:00:00+08:00"),
        ("nbd", "new", "2024-12-31T10:00:00+08:00"),
    ]):
        insert_article(fresh_db, {"url": f"u{n}", "source": source, "status": status,
                                  "content_hash": str(n), "published_at": date,
                                  "title": "认证", "body": ""})
    assert {h.url for h in search(fresh_db, "认证", source="nbd")} == {"u0", "u2"}
    assert {h.url for h in search(fresh_db, "认证", status="related")} == {"u1"}
    assert {h.url for h in search(fresh_db, "认证", since="2025-01-01")} == {"u0", "u1"}
    assert {h.url for h in search(fresh_db, "认证", until="2025-01-10")} == {"u0", "u2"}
    assert len(search(fresh_db, "认证", limit=2)) == 2


def test_snippet_marks_every_hit_in_the_window():
    text = "市场监管总局副局长束为表示，质量认证是国际通行的" * 3
    assert snippet(text, ["认证"]).count("[认证]") >= 1
    assert snippet("ABC认证", ["abc"]) == "[ABC]认证"


def test_title_matches_rank_first_for_long_terms_too(fresh_db):
    body_hit = insert_article(fresh_db, {"url": "b", "source": "s", "status": "new",
                                         "content_hash": "1", "title": "发布会",
                                         "body": "质量认证工作成效"})
    title_hit = insert_article(fresh_db, {"url": "a", "source": "s", "status": "new",
                                          "content_hash": "2", "title": "质量认证工作",
                                          "body": "内容"})
    newer = insert_article(fresh_db, {"url": "c", "source": "s", "status": "new",
                                      "content_hash": "3", "title": "其他", "body": "质量认证"})
    hits = search(fresh_db, "質量認證")
    assert [h.id for h in hits] == [title_hit, newer, body_hit]
    assert [h.title_match for h in hits] == [True, False, False]
    update_article(fresh_db, title_hit, {"title": "另一个标题"})
    assert [h.id for h in search(fresh_db, "质量认证")] == [newer, body_hit]


def _indexes_consistent(db) -> None:
    """FTS5's own check of each search index (the trigram ones against ``articles``)."""
    for table in ("articles_fts", "articles_title_fts", "articles_grams"):
        db.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")


def test_a_transaction_of_writes_is_indexed_at_its_commit_not_write_by_write(fresh_db):
    """Writers leave the search indexes to the commit (one pass for a crawl's whole group);
    what is committed is indexed, inserts, updates and deletes alike."""
    from db.connection import write_transaction

    rng = random.Random(11)
    docs = {}
    with write_transaction(fresh_db):
        for n in range(40):
            title, body = _doc(rng)
            docs[insert_article(fresh_db, {"url": f"g{n}", "source": "s", "status": "new",
                                           "title": title, "body": body,
                                           "content_hash": str(n)})] = (title, body)
        for article_id in sorted(docs)[:10]:
            title, body = _doc(rng)
            update_article(fresh_db, article_id, {"title": title, "body": body})
            docs[article_id] = (title, body)
        for article_id in sorted(docs)[-5:]:
            delete_article(fresh_db, article_id)
            del docs[article_id]
        # still queued inside the transaction: the indexes are filled at COMMIT
        assert fresh_db.execute("SELECT count(*) FROM search_queue").fetchone()[0] > 0
    assert fresh_db.execute("SELECT count(*) FROM search_queue").fetchone()[0] == 0
    _indexes_consistent(fresh_db)
    assert fresh_db.execute("SELECT count(*) FROM articles_title_fts").fetchone()[0] == 35
    for title, body in list(docs.values())[:15]:
        for query in (title[:2], title[1:4], body[2:5].strip() or "的"):
            assert _ids(fresh_db, query) == _brute(docs, query), query


def test_rolled_back_writes_leave_no_index_work_behind(fresh_db):
    from db.connection import write_transaction

    with pytest.raises(RuntimeError), write_transaction(fresh_db):
        insert_article(fresh_db, {"url": "r", "source": "s", "status": "new",
                                  "title": "回滚标题", "body": "回滚正文", "content_hash": "r"})
        raise RuntimeError("the item failed")
    assert fresh_db.conn.before_commit == {}
    assert fresh_db.execute("SELECT count(*) FROM search_queue").fetchone()[0] == 0
    assert _ids(fresh_db, "回滚") == set()
    _indexes_consistent(fresh_db)


def _grams_by_hand(text: str) -> str:
    """What ``gram_tokens`` means, written plainly: every character and every pair of
    neighbours within a whitespace-separated word, lower-cased, each once, by code point,
    characters first; a gram is its code points in six hex digits each."""
    words = text.lower().replace("\0", " ").split()
    singles = sorted({ord(ch) for word in words for ch in word})
    pairs = sorted({(ord(a), ord(b)) for word in words for a, b in itertools.pairwise(word)})
    return " ".join([f"{c:06x}" for c in singles] + [f"{a:06x}{b:06x}" for a, b in pairs])


_GRAM_ALPHABET = [*"央行认证 \t\n\0İiAbC１２。，\u3000\x85", "\ud800", "\udfff", "\U0010ffff"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_GRAM_ALPHABET), max_size=60))
def test_gram_tokens_are_the_words_characters_and_neighbour_pairs(text):
    assert gram_tokens(text) == _grams_by_hand(text)
