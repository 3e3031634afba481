# ruff: noqa: E501  (Chinese sentences are kept on one line each)
"""What an article says about its press conference: date, organiser, speakers, topic."""

from __future__ import annotations

from pipelines.events import EventFacts, EventState, choose_event, extract_facts


def test_conference_date_not_publication_date():
    facts = extract_facts(None, "国务院新闻办公室1月10日举行新闻发布会，介绍有关情况。",
                          "2025-01-12T08:00:00+08:00")
    assert (facts.date, facts.date_basis) == ("2025-01-10", "text")


def test_day_only_takes_month_and_year_from_publication():
    facts = extract_facts(None, "在10日举行的国新办新闻发布会上，市场监管总局负责人回答了提问。",
                          "2025-01-11T07:00:00+08:00")
    assert facts.date == "2025-01-10"
    across_month = extract_facts(None, "证监会30日召开新闻发布会。", "2025-02-01T08:00:00+08:00")
    assert across_month.date == "2025-01-30"


def test_january_report_of_a_december_conference_is_dated_the_year_before():
    facts = extract_facts(None, "人民银行12月30日召开新闻发布会。", "2025-01-02T08:00:00+08:00")
    assert facts.date == "2024-12-30"


def test_same_day_of_a_dated_report_is_the_datelines_day():
    facts = extract_facts(None, "本报北京1月10日讯 在国新办当天举行的新闻发布会上，况旭回应了提问。",
                          "2025-01-11T06:00:00+08:00")
    assert facts.date == "2025-01-10"


def test_organiser_aliases_are_one_name_and_scio_wins_when_named():
    a = extract_facts(None, "国新办1月10日举行新闻发布会。", None)
    b = extract_facts(None, "国务院新闻办公室1月10日举行新闻发布会。", None)
    assert a.organiser == b.organiser == "国务院新闻办公室"
    c = extract_facts(None, "中国人民银行9月24日在国新办新闻发布会上宣布降准。", None)
    assert c.organiser == "国务院新闻办公室"
    d = extract_facts(None, "记者16日从市场监管总局新闻发布会上获悉，抽检不合格率持平。",
                      "2025-01-16T10:00:00+08:00")
    assert d.organiser == "国家市场监督管理总局"


def test_speakers_are_names_after_titles():
    facts = extract_facts(None, "国新办举行发布会。市场监管总局副局长束为在回答提问时表示，认证很重要。"
                          "执法稽查局局长况旭表示，节日市场要守牢底线。人民银行行长潘功胜宣布降准。"
                          "副局长介绍了有关情况。", "2025-01-10T10:00:00+08:00")
    assert facts.speakers == ("束为", "况旭", "潘功胜")


def test_news_without_a_press_conference_has_no_event():
    assert extract_facts(None, "中央气象台1月8日发布寒潮蓝色预警。", "2025-01-08T10:00:00+08:00") is None


def _facts(day: str, organiser: str, speakers=(), participants=()) -> EventFacts:
    return EventFacts(day, "text", organiser, tuple(participants), tuple(speakers))


def test_another_day_or_another_organiser_stays_apart():
    scio = EventState(1, "2025-01-10", "国务院新闻办公室", participants=["国家市场监督管理总局"])
    assert choose_event(_facts("2025-01-11", "国务院新闻办公室"), [scio])[0] is None
    assert choose_event(_facts("2025-01-10", "中国证券监督管理委员会"), [scio])[0] is None
    assert choose_event(_facts("2025-01-10", "国务院新闻办公室"), [scio]) == (scio, "date+organiser")


def test_a_ministry_speaking_at_scio_joins_the_scio_event_the_same_day():
    scio = EventState(1, "2025-01-10", "国务院新闻办公室", participants=["国家市场监督管理总局"])
    chosen, basis = choose_event(_facts("2025-01-10", "国家市场监督管理总局"), [scio])
    assert (chosen, basis) == (scio, "co-hosted")
    by_speaker = EventState(2, "2025-01-10", "中国人民银行", speakers=["邹澜"])
    assert choose_event(_facts("2025-01-10", "国家金融监督管理总局", ["邹澜"]),
                        [by_speaker]) == (by_speaker, "speakers")
