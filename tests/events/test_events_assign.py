# ruff: noqa: E501  (Chinese sentences are kept on one line each)
"""Joining an article to its event in the store (``assign_event``), and the lazy search
for the sentences that name a press event."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from db import open_db
from db.articles import insert_article
from pipelines import events as ev
from pipelines.events import _CONFERENCE, _CONFERENCE_TERMS, _SENTENCE, assign_event


def _plain_conference_sentences(text: str) -> list[str]:
    """The definition: split into sentences, keep those naming a press event."""
    return [s for s in _SENTENCE.findall(text) if _CONFERENCE.search(s)]


_PIECES = st.sampled_from([*_CONFERENCE_TERMS, "。", "！", "？", "!", "?", "\n", "发布", "会",
                           "国新办", "1月10日", "举行", " ", "a", "。。", "新闻"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_conference_sentences_are_those_of_a_plain_split(text):
    assert list(ev._conference_sentences(text)) == _plain_conference_sentences(text)


def test_conference_sentences_on_prose():
    text = ("本报北京1月10日讯。国务院新闻办公室今天举行新闻发布会！记者会上\n答记者问时，"
            "他说吹风会很好？没有。最后一句是通气会")
    assert list(ev._conference_sentences(text)) == _plain_conference_sentences(text) == [
        "国务院新闻办公室今天举行新闻发布会", "记者会上", "答记者问时，他说吹风会很好", "最后一句是通气会"]
    assert list(ev._conference_sentences("中央气象台发布寒潮预警。")) == []


def _article(db, n: int, body: str) -> dict:
    record = {"url": f"https://e.example/{n}", "source": "s", "status": "new",
              "content_hash": str(n), "title": None, "body": body,
              "published_at": "2025-01-10T20:00:00+08:00"}
    return {**record, "id": insert_article(db, record), "related_to": None}


def test_an_organisers_own_event_wins_over_an_earlier_one_sharing_a_speaker(tmp_path):
    db = open_db(tmp_path / "e.db")
    commerce = _article(db, 1, "商务部1月10日举行新闻发布会，新闻发言人何亚东表示，外贸稳定。")
    customs = _article(db, 2, "海关总署1月10日举行新闻发布会，新闻发言人吕大良表示，进出口增长。")
    # Names 商务部's speaker, but its organiser is 海关总署: the same organiser decides.
    again = _article(db, 3, "海关总署1月10日举行新闻发布会，何亚东和吕大良在会上回答提问。"
                            "新闻发言人吕大良表示，进出口增长。")
    first, second = assign_event(db, commerce), assign_event(db, customs)
    assert first != second
    assert assign_event(db, again) == second
    basis = dict(db.execute("SELECT article_id, basis FROM event_articles").fetchall())
    assert basis[again["id"]] == "date+organiser"


def test_without_its_organisers_event_an_article_joins_the_one_sharing_a_speaker(tmp_path):
    db = open_db(tmp_path / "e.db")
    commerce = _article(db, 1, "商务部1月10日举行新闻发布会，新闻发言人何亚东表示，外贸稳定。")
    other = _article(db, 2, "证监会1月10日举行新闻发布会，新闻发言人何亚东表示，外贸稳定。")
    elsewhere = _article(db, 3, "证监会1月11日举行新闻发布会，新闻发言人何亚东表示，外贸稳定。")
    joined = assign_event(db, commerce)
    assert assign_event(db, other) == joined
    assert assign_event(db, elsewhere) != joined  # another day stays apart
    basis = dict(db.execute("SELECT article_id, basis FROM event_articles").fetchall())
    assert basis[other["id"]] == "speakers" and basis[elsewhere["id"]] == "new"
