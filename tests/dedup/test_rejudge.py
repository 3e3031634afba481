# ruff: noqa: E501  (Chinese sentences are kept on one line each)
"""``reprocess`` redoes earlier verdicts when the rules change: sightings re-homed,
``related_to`` links and events redone; twice changes nothing."""

from __future__ import annotations

from db.articles import sightings_of
from db.events import event_of
from pipelines.dedup_settings import DedupSettings
from pipelines.ingest import ingest
from pipelines.reprocess import reprocess
from tests.dedup.data.reports import REPORTS, build_report
from tests.dedup.evalset import paras, traditional

OLD_RULES = DedupSettings(attribution_min_run=1_000_000)  # attribution not looked at


def _html(title: str, text: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras(text))
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<article><h1>{title}</h1>{body}</article></body></html>")


def _snapshot(db):
    return [db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("articles", "sightings", "events", "event_articles")]


def test_a_report_once_taken_for_a_copy_becomes_a_related_article(seeded_db, seed_clean_text):
    db, ref = seeded_db
    report = build_report(next(r for r in REPORTS if r.key == "seed_wire_chinanews"),
                          seed_clean_text)
    # Undated like the hand-cleaned reference: both are dated by their fetch time.
    url = "https://www.chinanews.example/cj/1.shtml"
    old = ingest(db, data=_html("质量认证", report), url=url, source="chinanews",
                 settings=OLD_RULES)
    copy = ingest(db, data=_html("转载", traditional(seed_clean_text)),
                  url="https://copy.example/1", source="farm", settings=OLD_RULES)
    assert (old.verdict, old.article_id) == ("duplicate", ref)  # what the old rules did
    assert copy.verdict == "duplicate"

    counts = reprocess(db, settings=DedupSettings())
    assert counts.get("rehomed") == 1 and "failed" not in counts
    assert url not in {s["url"] for s in sightings_of(db, ref)}
    row = db.execute("SELECT id, status, related_to FROM articles WHERE url = ?",
                     [url]).fetchone()
    assert row is not None and (row[1], row[2]) == ("related", ref)
    assert "https://copy.example/1" in {s["url"] for s in sightings_of(db, ref)}
    assert event_of(db, row[0])["id"] == event_of(db, ref)["id"]

    snapshot = _snapshot(db)
    second = reprocess(db, settings=DedupSettings())
    assert set(second) <= {"unchanged", "references_updated"}, second
    assert _snapshot(db) == snapshot


def test_related_links_are_redone_against_older_articles_only(seeded_db, seed_clean_text):
    db, ref = seeded_db
    quoted = paras(seed_clean_text)
    text = "\n\n".join(["（记者 王芳）在10日举行的国新办新闻发布会上，市场监管总局负责人回答了提问。",
                        quoted[5], quoted[9]])
    out = ingest(db, data=_html("发布会", text), url="https://r.example/1", source="t")
    assert out.verdict == "related"
    db.execute("UPDATE articles SET status = 'new', related_to = NULL WHERE id = ?",
               [out.article_id])
    counts = reprocess(db)
    assert counts.get("links_changed") == 1
    status, related_to = db.execute("SELECT status, related_to FROM articles WHERE id = ?",
                                    [out.article_id]).fetchone()
    assert (status, related_to) == ("related", ref)
    assert "links_changed" not in reprocess(db)
