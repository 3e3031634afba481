"""Which articles a subscription hears about, and the messages a run's end records."""

from __future__ import annotations

from datetime import UTC, datetime

from db.articles import insert_article
from db.outbox import pending_messages
from db.runs import finish_run, start_run
from notify.config import Subscription
from notify.rules import digest_due, matches, organiser_aliases, run_end_hook

CSRC_ARTICLE = {"status": "new", "source": "chinanews", "title": "证监会召开新闻发布会",
                "body": "中国证监会新闻发言人回应市场关切。"}
PBOC_ARTICLE = {"status": "related", "source": "nbd", "title": "央行发布会",
                "body": "人民银行介绍宁德时代等企业融资情况。"}


def _sub(name="s", **kw):
    return Subscription(name=name, urls=(f"json://127.0.0.1:9/{name}",), **kw)


def test_an_organiser_abbreviation_stands_for_its_alias_group():
    assert "证监会" in organiser_aliases("CSRC") and "中国证监会" in organiser_aliases("csrc")
    assert organiser_aliases("证监会") == organiser_aliases("CSRC")
    assert organiser_aliases("某某协会") == ("某某协会",)


def test_compliance_desk_hears_only_csrc_and_pr_desk_only_its_name():
    compliance = _sub(organisers=("CSRC",))
    assert matches(compliance, CSRC_ARTICLE) and not matches(compliance, PBOC_ARTICLE)
    pr = _sub(words=("寧德時代",))  # traditional script folds like search
    assert matches(pr, PBOC_ARTICLE) and not matches(pr, CSRC_ARTICLE)


def test_every_criterion_given_must_hold_and_events_filter_status():
    assert not matches(_sub(organisers=("CSRC",), sources=("nbd",)), CSRC_ARTICLE)
    assert matches(_sub(organisers=("CSRC",), sources=("chinanews",)), CSRC_ARTICLE)
    assert not matches(_sub(events=frozenset({"new"})), PBOC_ARTICLE)
    assert not matches(_sub(words=("央行", "降准")), PBOC_ARTICLE)


def test_digest_messages_are_due_at_the_end_of_the_period():
    now = datetime(2025, 1, 10, 8, 20, tzinfo=UTC).timestamp()
    assert digest_due(3600, now) == datetime(2025, 1, 10, 9, 0, tzinfo=UTC)


def _run_with(db, articles, source="chinanews"):
    run = start_run(db, source)
    for n, article in enumerate(articles):
        insert_article(db, {**article, "url": f"https://{source}.example/{run}/{n}",
                            "content_hash": f"{run}-{n}"}, run_id=run)
    return run


def test_a_run_end_records_one_message_per_subscription_and_url(fresh_db):
    subs = [_sub("all"), _sub("compliance", organisers=("CSRC",)), _sub("pr", words=("宁德",))]
    hook = run_end_hook(subs)
    run = _run_with(fresh_db, [CSRC_ARTICLE, PBOC_ARTICLE])
    finish_run(fresh_db, run, "ok", on_end=hook)
    finish_run(fresh_db, run, "ok", on_end=hook)  # already finished: nothing more
    rows = pending_messages(fresh_db)
    assert sorted(r["subscription"] for r in rows) == ["all", "compliance", "pr"]
    by = {r["subscription"]: r for r in rows}
    assert by["all"]["title"] == "presswatch: 1 new and 1 related article(s) from chinanews"
    body = fresh_db.execute("SELECT body FROM notify_outbox WHERE subscription = 'compliance'"
                            ).fetchone()[0]
    assert "证监会召开新闻发布会" in body and "https://chinanews.example/" in body
    assert "央行" not in body


def test_a_run_with_nothing_new_records_nothing(fresh_db):
    run = _run_with(fresh_db, [])
    finish_run(fresh_db, run, "ok", on_end=run_end_hook([_sub()]))
    assert pending_messages(fresh_db) == []


def test_a_source_turning_unhealthy_is_told_once(fresh_db):
    hook = run_end_hook([_sub()], health_runs=2)
    events = []
    for _ in range(4):
        run = start_run(fresh_db, "csrc")
        finish_run(fresh_db, run, "failed", message="no page could be fetched", on_end=hook)
        events.append([r["event"] for r in pending_messages(fresh_db)])
    assert events == [[], ["unhealthy"], ["unhealthy"], ["unhealthy"]]  # the second failure
    [row] = pending_messages(fresh_db)
    assert row["title"] == "presswatch: source csrc is unhealthy"
