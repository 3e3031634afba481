"""The ingest path end to end on real SQLite files: verdicts, sightings, drops, redirects,
more complete copies, the index kept in step, reprocess, and the check/ingest commands."""

from __future__ import annotations

import random

from crawler.cli import main
from db import dedup_index
from db.articles import get_article, insert_article, sightings_of, update_article
from pipelines.dedup_settings import DedupSettings
from pipelines.fingerprint import content_hash
from pipelines.ingest import ingest
from pipelines.reprocess import reprocess
from pipelines.verdict import check, sync_index
from tests.dedup.data.articles import OTHER, RELATED_FRAMES
from tests.dedup.evalset import excerpt, join, paras, pinyin, spam, traditional


def _html(title: str, text: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras(text))
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<article><h1>{title}</h1>{body}</article></body></html>")


def test_copies_of_the_reference_become_sightings(seeded_db, seed_clean_text):
    db, ref = seeded_db
    rng = random.Random(5)
    copies = {
        "https://a.example/1.html": traditional(seed_clean_text),
        "https://b.example/2.html": spam(seed_clean_text, rng),
        "https://c.example/3.html": excerpt(seed_clean_text, 3, 5),
        "https://d.example/4.html": pinyin(seed_clean_text, rng),
    }
    for url, text in copies.items():
        out = ingest(db, data=_html("转载：质量认证", text), url=url, source="test")
        assert (out.verdict, out.article_id) == ("duplicate", ref), url
    seen = {s["url"]: s["kind"] for s in sightings_of(db, ref)}
    assert set(copies) <= set(seen)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM raw_pages").fetchone()[0] == 4


def test_related_and_new_articles_are_stored_with_their_status(seeded_db, seed_clean_text):
    db, ref = seeded_db
    quoted = paras(seed_clean_text)
    related = join([paras(RELATED_FRAMES[1])[0], quoted[5], quoted[9],
                    paras(RELATED_FRAMES[1])[1]])
    out = ingest(db, data=_html("质量认证发布会", related), url="https://r.example/1",
                 source="test")
    assert out.verdict == "related" and out.article_id != ref
    article = get_article(db, out.article_id)
    assert (article["status"], article["related_to"]) == ("related", ref)
    new = ingest(db, data=_html("个体工商户", OTHER["samr_business"]), url="https://n.example/1",
                 source="test")
    assert new.verdict == "new" and get_article(db, new.article_id)["status"] == "new"
    again = ingest(db, data=_html("个体户", traditional(OTHER["samr_business"])),
                   url="https://n.example/2", source="test")
    assert (again.verdict, again.article_id) == ("duplicate", new.article_id)


def test_redirect_stores_final_url_and_records_the_requested_one(seeded_db):
    db, _ = seeded_db
    out = ingest(db, data=_html("天气", OTHER["weather"]), url="https://x.example/short",
                 final_url="https://x.example/article/1.html", source="test")
    article = get_article(db, out.article_id)
    assert article["url"] == "https://x.example/article/1.html"
    assert {s["url"] for s in sightings_of(db, out.article_id)} == {
        "https://x.example/short", "https://x.example/article/1.html"}


def test_empty_and_irrelevant_items_are_dropped_with_a_reason(seeded_db):
    db, _ = seeded_db
    empty = ingest(db, data="<html><body><nav>首页</nav></body></html>",
                   url="https://e.example/1", source="test")
    assert empty.verdict == "dropped" and empty.reason
    irrelevant = ingest(db, data=_html("冬运会", OTHER["sports"]), url="https://e.example/2",
                        source="test", relevance=lambda result: "irrelevant")
    assert (irrelevant.verdict, irrelevant.reason) == ("dropped", "irrelevant")
    reasons = {r[0] for r in db.execute("SELECT reason FROM dropped")}
    assert "irrelevant" in reasons and len(reasons) == 2


def test_more_complete_copy_replaces_an_excerpt_body(fresh_db, seed_clean_text):
    db = fresh_db
    first = ingest(db, data=_html("节选", excerpt(seed_clean_text, 0, 5)),
                   url="https://p.example/part", source="test")
    assert first.verdict == "new"
    full = ingest(db, data=_html("全文", seed_clean_text), url="https://p.example/full",
                  source="test")
    assert (full.verdict, full.article_id) == ("duplicate", first.article_id)
    article = get_article(db, first.article_id)
    assert article["body_url"] == "https://p.example/full"
    assert article["meta"]["body_history"][0]["from_url"] == "https://p.example/part"
    assert content_hash(article["body"]) == article["content_hash"]
    assert len(article["body"]) > 1800
    # The spam copy of the full story does not replace it.
    ingest(db, data=_html("转", spam(seed_clean_text, random.Random(2), 3)),
           url="https://p.example/spam", source="test")
    assert get_article(db, first.article_id)["body_url"] == "https://p.example/full"


def test_index_follows_articles_written_by_any_code(fresh_db, seed_clean_text):
    db, s = fresh_db, DedupSettings()
    article_id = insert_article(db, {"url": "u:1", "source": "t", "status": "new",
                                     "body": OTHER["weather"],
                                     "content_hash": content_hash(OTHER["weather"])})
    assert dedup_index.pending(db) == 1
    sync_index(db, s)
    keys = dedup_index.index_stats(db)["keys"]
    assert keys > 0 and dedup_index.pending(db) == 0
    update_article(db, article_id, {"body": seed_clean_text})
    sync_index(db, s)
    from pipelines.fingerprint import fingerprint

    found = dedup_index.candidates(db, fingerprint(seed_clean_text).keys, max_postings=10,
                                   limit=5)
    assert found[0][0] == article_id
    stale = dedup_index.candidates(db, fingerprint(OTHER["weather"]).keys, max_postings=10,
                                   limit=5)
    assert stale == []


def test_check_sees_articles_not_indexed_yet(fresh_db, seed_clean_text):
    from pipelines.clean import clean_document

    article_id = insert_article(fresh_db, {"url": "u:1", "source": "t", "status": "new",
                                           "body": seed_clean_text,
                                           "content_hash": "not-the-hash"})
    verdict = check(fresh_db, clean_document(excerpt(seed_clean_text, 2, 5)))
    assert (verdict.verdict, verdict.article_id) == ("duplicate", article_id)
    assert dedup_index.pending(fresh_db) == 1  # check wrote nothing


def test_reprocess_twice_changes_nothing_the_second_time(seeded_db, seed_clean_text):
    db, _ref = seeded_db
    ingest(db, data=_html("新", OTHER["samr_ebike"]), url="https://q.example/1", source="t")
    ingest(db, data=_html("转", traditional(seed_clean_text)), url="https://q.example/2",
           source="t")
    ingest(db, data="<html><body></body></html>", url="https://q.example/3", source="t")
    before = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    first = reprocess(db)
    assert "failed" not in first
    snapshot = [db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("articles", "sightings", "dropped")]
    second = reprocess(db)
    assert set(second) <= {"unchanged", "references_updated"}
    assert second.get("references_updated", 0) == 0
    assert snapshot == [db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                        for t in ("articles", "sightings", "dropped")]
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == before


def test_cli_check_and_ingest(runner, db_path, tmp_path, seed_clean_text):
    import json

    assert runner.invoke(main, ["init", "--db", str(db_path)]).exit_code == 0
    page = tmp_path / "copy.html"
    page.write_text(_html("质量认证", seed_clean_text), encoding="utf-8")
    result = runner.invoke(main, ["check", str(page), "--db", str(db_path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["verdict"] == "duplicate" and data["article_id"] == 1 and data["similarity"]
    result = runner.invoke(main, ["ingest", str(page), "--url", "https://z.example/1",
                                  "--source", "z", "--db", str(db_path)])
    assert result.exit_code == 0 and "duplicate" in result.output
    result = runner.invoke(main, ["show", "1", "--db", str(db_path)])
    assert "https://z.example/1" in result.output
    missing = runner.invoke(main, ["check", str(tmp_path / "nope.html"), "--db", str(db_path)])
    assert missing.exit_code == 2 and "no such file" in missing.output


def test_cli_reprocess_and_bad_setting(runner, db_path, tmp_path, monkeypatch):
    import json

    page = tmp_path / "new.html"
    page.write_text(_html("寒潮", OTHER["weather"]), encoding="utf-8")
    result = runner.invoke(main, ["ingest", str(page), "--url", "https://w.example/1",
                                  "--db", str(db_path)])
    assert result.exit_code == 0 and "new: stored as article 2" in result.output
    result = runner.invoke(main, ["reprocess", "--db", str(db_path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output).get("unchanged") == 1
    monkeypatch.setenv("PRESSWATCH_DEDUP_SHINGLE_SIZE", "five")
    result = runner.invoke(main, ["check", str(page), "--db", str(db_path)])
    assert result.exit_code == 2
    assert "PRESSWATCH_DEDUP_SHINGLE_SIZE" in result.output and "Traceback" not in result.output


def test_reprocess_keeps_the_more_complete_body(fresh_db, seed_clean_text):
    db = fresh_db
    part = ingest(db, data=_html("节选", excerpt(seed_clean_text, 0, 5)),
                  url="https://p.example/part", source="t")
    ingest(db, data=_html("全文", seed_clean_text), url="https://p.example/full", source="t")
    body = get_article(db, part.article_id)["body"]
    for _ in range(2):
        counts = reprocess(db)
        assert "failed" not in counts
        article = get_article(db, part.article_id)
        assert (article["body"], article["body_url"]) == (body, "https://p.example/full")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_index_written_at_ingest_equals_one_derived_from_the_stored_bodies(fresh_db):
    """Ingest reuses the item's fingerprint for the index; it must be the one a rebuild makes."""
    db = fresh_db
    for n, (title, text) in enumerate(OTHER.items()):
        ingest(db, data=_html(title, text), url=f"https://x.example/{n}.html", source="t")

    def snapshot():
        keys = db.execute("SELECT key, article_id FROM dedup_keys ORDER BY 1, 2").fetchall()
        docs = db.execute("SELECT article_id, size FROM dedup_docs ORDER BY 1").fetchall()
        return keys, docs

    written = snapshot()
    assert written[0] and not dedup_index.pending(db)
    settings = DedupSettings.from_settings()
    from pipelines.fingerprint import index_keys
    from pipelines.verdict import algo_name

    dedup_index.rebuild(db, lambda body: index_keys(body, settings), algo_name(settings))
    assert snapshot() == written


def test_reprocess_extracts_a_page_with_the_selectors_it_was_crawled_with(fresh_db):
    story = "国家金融监督管理总局召开新闻发布会，介绍2024年银行业保险业运行情况。" * 3
    sidebar = "".join(f"<p>这是一段与发布会无关的长篇专栏文字，第{n}段，内容很长很长很长。</p>"
                      for n in range(12))
    html = (f"<html><head><meta charset='utf-8'><title>发布会</title></head><body>"
            f"<div class='column'>{sidebar}</div><div class='story'><p>{story}</p></div>"
            f"</body></html>")
    out = ingest(fresh_db, data=html, url="https://www.nfra.gov.cn/a.html", source="t",
                 selectors={"body": "div.story"})
    before = get_article(fresh_db, out.article_id)["body"]
    assert "专栏" not in before
    reprocess(fresh_db)
    assert get_article(fresh_db, out.article_id)["body"] == before


def test_index_sync_in_small_batches_matches_a_rebuild(fresh_db):
    """Queue entries of one article spread over several batches leave its current keys."""
    from db.connection import write_transaction
    from pipelines.fingerprint import index_keys
    from pipelines.verdict import algo_name

    db = fresh_db
    settings = DedupSettings.from_settings()
    texts = list(OTHER.values())
    with write_transaction(db):
        ids = [insert_article(db, {"url": f"u{n}", "source": "t", "status": "new",
                                   "content_hash": str(n), "body": text})
               for n, text in enumerate(texts[:3])]
        for step in range(3):
            for n, article_id in enumerate(ids):
                update_article(db, article_id, {"body": texts[(n + step + 1) % len(texts)]})
    dedup_index.sync(db, lambda body: index_keys(body, settings), batch=2)

    def snapshot():
        return db.execute("SELECT key, article_id FROM dedup_keys ORDER BY 1, 2").fetchall()

    synced = snapshot()
    dedup_index.rebuild(db, lambda body: index_keys(body, settings), algo_name(settings))
    assert synced == snapshot()
