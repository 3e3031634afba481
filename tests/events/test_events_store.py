"""Events in the store: joined at ingest, rebuilt by reprocess without change, listed by
``presswatch events``, named by ``show`` and exported."""

from __future__ import annotations

import json

from crawler.cli import main
from db import open_db
from pipelines.events import rebuild_events
from tests.dedup.data.reports import REPORTS, build_report
from tests.dedup.evalset import excerpt, paras, spam, traditional
from tests.events.data import APART


def _html(title: str, text: str, published: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras(text))
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='article:published_time' content='{published}'></head><body>"
            f"<article><h1>{title}</h1><p>{published[:10]} {published[11:16]}</p>{body}"
            "</article></body></html>")


def _ingest(runner, db_path, tmp_path, name, text, published, url):
    path = tmp_path / f"{name}.html"
    path.write_text(_html(name, text, published), encoding="utf-8")
    result = runner.invoke(main, ["ingest", str(path), "--url", url, "--db", str(db_path),
                                  "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _store(runner, tmp_path, seed_clean_text):
    """The seed, two copies, three other outlets' reports, another day's conference."""
    import random

    db_path = tmp_path / "p.db"
    assert runner.invoke(main, ["init", "--db", str(db_path)]).exit_code == 0
    outcomes = {}
    copies = {"copy_trad": traditional(seed_clean_text),
              "copy_spam": spam(excerpt(seed_clean_text, 2, 6), random.Random(3))}
    for n, (name, text) in enumerate(copies.items()):
        outcomes[name] = _ingest(runner, db_path, tmp_path, name, text,
                                 "2025-01-10T20:00:00+08:00", f"https://copy.example/{n}")
    for n, report in enumerate(r for r in REPORTS if r.target == "seed"):
        if n >= 3:
            break
        outcomes[report.key] = _ingest(runner, db_path, tmp_path, report.key,
                                       build_report(report, seed_clean_text),
                                       report.published_at, f"https://report.example/{n}")
    for n, (key, _event, when, text) in enumerate(APART[:2]):
        outcomes[key] = _ingest(runner, db_path, tmp_path, key, text, when,
                                f"https://apart.example/{n}")
    return db_path, outcomes


def test_seed_copies_and_other_outlets_reports_are_one_event(runner, tmp_path,
                                                             seed_clean_text):
    db_path, outcomes = _store(runner, tmp_path, seed_clean_text)
    assert outcomes["copy_trad"]["verdict"] == outcomes["copy_spam"]["verdict"] == "duplicate"
    reports = [k for k in outcomes if k.startswith("seed_")]
    assert all(outcomes[k]["verdict"] == "related" for k in reports)
    result = runner.invoke(main, ["events", "--db", str(db_path), "--json"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.output)
    by_date = {e["date"]: e for e in events}
    seed_event = by_date["2025-01-10"]
    assert seed_event["articles"] == sorted([1, *(outcomes[k]["article_id"] for k in reports)])
    assert {"束为", "况旭"} <= set(seed_event["speakers"])
    other = by_date["2025-01-17"]
    assert other["articles"] == sorted(outcomes[k]["article_id"] for k in
                                       ("samr_0117_release", "samr_0117_wire"))
    assert len(events) == 2
    since = json.loads(runner.invoke(main, ["events", "--db", str(db_path), "--json",
                                            "--since", "2025-01-15"]).output)
    assert [e["date"] for e in since] == ["2025-01-17"]


def test_show_names_the_event_and_export_carries_it(runner, tmp_path, seed_clean_text):
    db_path, outcomes = _store(runner, tmp_path, seed_clean_text)
    article = outcomes["seed_wire_xinhua"]["article_id"]
    shown = json.loads(runner.invoke(main, ["show", str(article), "--db", str(db_path),
                                            "--json"]).output)
    assert shown["event"]["date"] == "2025-01-10" and shown["event"]["organiser"]
    text = runner.invoke(main, ["show", str(article), "--db", str(db_path)]).output
    assert "event: [" in text and "2025-01-10" in text
    exported = runner.invoke(main, ["export", "--db", str(db_path)]).output
    rows = {r["id"]: r for r in map(json.loads, exported.splitlines())}
    assert rows[article]["event_id"] == rows[1]["event_id"] == shown["event"]["id"]
    assert rows[outcomes["samr_0117_wire"]["article_id"]]["event_date"] == "2025-01-17"


def test_rebuilding_events_of_an_ingested_store_changes_nothing(runner, tmp_path,
                                                                seed_clean_text):
    db_path, _ = _store(runner, tmp_path, seed_clean_text)
    db = open_db(db_path)
    before = db.execute("SELECT * FROM event_articles ORDER BY article_id").fetchall()
    events_before = db.execute("SELECT id, date, organiser, title, speakers FROM events").fetchall()
    with db.conn:
        counts = rebuild_events(db)
    assert (counts["moved"], counts["created"], counts["deleted"], counts["updated"]) == (0,) * 4
    assert db.execute("SELECT * FROM event_articles ORDER BY article_id").fetchall() == before
    assert db.execute("SELECT id, date, organiser, title, speakers FROM events").fetchall() == (
        events_before)


def test_rebuild_regroups_after_events_were_lost_and_twice_is_a_no_op(runner, tmp_path,
                                                                       seed_clean_text):
    db_path, _ = _store(runner, tmp_path, seed_clean_text)
    db = open_db(db_path)
    expected = db.execute("SELECT article_id, event_id FROM event_articles "
                          "ORDER BY article_id").fetchall()
    with db.conn:
        db.execute("DELETE FROM event_articles")
        db.execute("DELETE FROM events")
    with db.conn:
        first = rebuild_events(db)
    assert first["created"] == 2 and first["moved"] == len(expected)
    groups = db.execute("SELECT group_concat(article_id) FROM event_articles GROUP BY event_id "
                        "ORDER BY min(article_id)").fetchall()
    old_groups = {}
    for article_id, event_id in expected:
        old_groups.setdefault(event_id, []).append(str(article_id))
    assert sorted(g[0] for g in groups) == sorted(",".join(v) for v in old_groups.values())
    with db.conn:
        second = rebuild_events(db)
    assert (second["moved"], second["created"], second["deleted"], second["updated"]) == (0,) * 4


def test_events_is_read_only_and_checks_its_date(runner, tmp_path):
    missing = tmp_path / "none.db"
    result = runner.invoke(main, ["events", "--db", str(missing)])
    assert result.exit_code != 0 and not missing.exists()
    db_path = tmp_path / "p.db"
    runner.invoke(main, ["init", "--db", str(db_path)])
    bad = runner.invoke(main, ["events", "--db", str(db_path), "--since", "last week"])
    assert bad.exit_code == 2 and "--since" in bad.output
    assert runner.invoke(main, ["events", "--db", str(db_path)]).exit_code == 0


def test_an_event_whose_articles_were_removed_is_not_listed(runner, tmp_path):
    db_path = tmp_path / "p.db"
    assert runner.invoke(main, ["init", "--db", str(db_path)]).exit_code == 0
    listed = json.loads(runner.invoke(main, ["events", "--db", str(db_path), "--json"]).output)
    assert [e["articles"] for e in listed] == [[1]]
    db = open_db(db_path)
    with db.conn:
        db.execute("DELETE FROM articles WHERE id = 1")
    db.close()
    assert json.loads(runner.invoke(main, ["events", "--db", str(db_path), "--json"]).output) == []
