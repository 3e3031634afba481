"""Attribution-aware verdicts: another outlet's report of the same answer is related, every
copy (keeping or stripping the original's attribution) stays a duplicate."""

from __future__ import annotations

import random

import numpy as np

from db.articles import get_article, insert_article
from pipelines.attribution import own_attribution, own_runs
from pipelines.dedup_settings import DedupSettings
from pipelines.fingerprint import content_hash, fingerprint, shingle_positions
from pipelines.ingest import ingest
from pipelines.verdict import sync_index
from tests.dedup.data.reports import REPORTS, SEED_BYLINE, build_report
from tests.dedup.evalset import excerpt, garble, join, paras

SETTINGS = DedupSettings()


def HASH(text: str) -> np.ndarray:
    """Shingle hashes at every position (size 5, the default)."""
    return shingle_positions(text, 5)


def _html(title: str, text: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras(text))
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<article><h1>{title}</h1>{body}</article></body></html>")


def _report(key: str, seed_clean_text: str) -> str:
    return build_report(next(r for r in REPORTS if r.key == key), seed_clean_text)


def test_garbled_spans_are_not_own_text():
    text = fingerprint("市场监管总局副局长束为表示质量认证是国际通行的市场经济信用证" * 3).text
    damaged = garble(text, 3, random.Random(1))
    assert own_runs(damaged, fingerprint(text).shingles, HASH, 10, 8) == []


def test_a_marker_inside_shared_text_is_not_own_attribution():
    stored = fingerprint("对此每日经济新闻记者在发布会现场提问"
                         "市场监管总局取得了哪些进展今后的工作重点是什么")
    item = fingerprint(stored.text + "加微信领取内部资料每天推荐三只涨停牛股名额有限先到先得")
    assert own_runs(item.text, stored.shingles, HASH, 10, 8)  # the spam is own text ...
    assert own_attribution(item.text, stored.shingles, HASH, 10, 8) is None  # ... unattributed


def test_a_dateline_in_own_lead_is_own_attribution():
    stored = fingerprint("质量认证是国际通行的市场经济信用证是质量管理的体检证也是国家贸易的通行证")
    item = fingerprint("中新网北京1月10日电记者赵明远国务院新闻办公室10日举行发布会" + stored.text)
    found = own_attribution(item.text, stored.shingles, HASH, 10, 8)
    assert found is not None and found.marker in ("1月10日电", "记者")


def test_another_outlets_report_of_the_same_answer_is_related_not_a_sighting(
        seeded_db, seed_clean_text):
    db, ref = seeded_db
    text = _report("seed_wire_chinanews", seed_clean_text)
    assert fingerprint(text).size > 0
    out = ingest(db, data=_html("市场监管总局：质量认证助力高质量发展", text),
                 url="https://www.chinanews.example/cj/2025/01-10/1.shtml", source="test")
    assert out.verdict == "related" and out.article_id != ref
    article = get_article(db, out.article_id)
    assert (article["status"], article["related_to"]) == ("related", ref)


def test_the_original_arriving_after_another_outlets_report_is_related(
        fresh_db, seed_clean_text):
    report = _report("seed_wire_xinhua", seed_clean_text)
    first = insert_article(fresh_db, {"url": "https://xinhua.example/1", "source": "t",
                                      "status": "new", "body": report,
                                      "content_hash": content_hash(report), "media": "新华社"})
    sync_index(fresh_db, SETTINGS)
    out = ingest(fresh_db, data=_html("束为：质量认证是市场经济的信用证", seed_clean_text),
                 url="https://www.nbd.example/articles/1.html", source="test")
    assert (out.verdict, out.article_id != first) == ("related", True)


def test_copies_keeping_or_stripping_the_byline_stay_duplicates(seeded_db, seed_clean_text):
    db, ref = seeded_db
    db.execute("UPDATE articles SET author = '李宣璋', media = '每日经济新闻' WHERE id = ?", [ref])
    stripped = seed_clean_text.replace("对此，《每日经济新闻》记者在发布会现场提问：", "")
    copies = {
        "https://a.example/kept": join([SEED_BYLINE, *paras(seed_clean_text)]),
        "https://a.example/kept-excerpt": join([SEED_BYLINE, excerpt(seed_clean_text, 2, 6)]),
        "https://a.example/stripped": stripped,
        "https://a.example/stripped-excerpt": excerpt(stripped, 1, 6),
        "https://a.example/source-line": join(["来源：每日经济新闻",
                                                excerpt(seed_clean_text, 4, 6)]),
    }
    for url, text in copies.items():
        out = ingest(db, data=_html("质量认证", text), url=url, source="test")
        assert (out.verdict, out.article_id) == ("duplicate", ref), url


def test_a_more_complete_copy_of_a_stored_excerpt_is_still_a_duplicate(
        fresh_db, seed_clean_text):
    part = excerpt(seed_clean_text, 3, 5)
    first = insert_article(fresh_db, {"url": "https://farm.example/1", "source": "t",
                                      "status": "new", "body": part,
                                      "content_hash": content_hash(part)})
    sync_index(fresh_db, SETTINGS)
    full = join([SEED_BYLINE, *paras(seed_clean_text)])
    out = ingest(fresh_db, data=_html("质量认证", full), url="https://www.nbd.example/a/1",
                 source="test")
    assert (out.verdict, out.article_id) == ("duplicate", first)
    assert get_article(fresh_db, first)["body_url"] == "https://www.nbd.example/a/1"


def test_check_json_says_why_a_report_is_related(runner, tmp_path, seed_clean_text):
    import json

    from crawler.cli import main

    db_path = tmp_path / "p.db"
    assert runner.invoke(main, ["init", "--db", str(db_path)]).exit_code == 0
    path = tmp_path / "report.html"
    path.write_text(_html("发布会", _report("seed_wire_xinhua", seed_clean_text)),
                    encoding="utf-8")
    result = runner.invoke(main, ["check", str(path), "--db", str(db_path), "--json"])
    verdict = json.loads(result.output)
    assert verdict["verdict"] == "related" and verdict["article_id"] == 1
    assert verdict["contained"] >= 0.8  # overlap alone would have said duplicate
    assert "记者" in verdict["attribution"]


def test_coverage_marks_exactly_the_shared_characters():
    from pipelines.attribution import coverage

    a = fingerprint("甲乙丙丁戊己庚辛壬癸子丑寅卯辰")
    b = fingerprint("己庚辛壬癸子")
    mask = coverage(a.text, b.shingles, HASH)
    assert mask.tolist() == [False] * 5 + [True] * 6 + [False] * 4
    assert coverage("", np.empty(0, dtype=np.uint64), HASH).tolist() == []
