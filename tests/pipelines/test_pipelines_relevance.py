"""``pipelines.relevance``: press events of regulators are kept, with aliases; the rules are
configurable per source."""

from __future__ import annotations

import pytest

from pipelines.relevance import RelevanceRules, check_rules, judge, make_relevance, rules_for


def test_relevance_keeps_press_events_of_regulators_with_aliases():
    rules = RelevanceRules()
    assert judge("央行：将适时降准降息", "人民银行新闻发布会上，有关负责人答记者问。", rules)[0]
    assert judge("市场监管总局召开例行新闻发布会", "", rules)[0]
    assert judge("国新办举行吹风会", "", rules)[0]
    ok, why = judge("寒潮来袭 多地降温", "气象部门提醒注意防寒。", rules)
    assert not ok and "no term" in why
    assert not judge("某公司召开新品发布会", "发布会上推出新手机。", rules)[0]  # no regulator
    assert not judge("证监会处罚某公司", "证监会依法作出处罚决定。", rules)[0]  # no press event


def test_relevance_rules_are_configurable_per_source():
    rules = check_rules({"add_regulators": [["医保局", "国家医疗保障局"]],
                         "exclude": ["招聘"]})
    assert judge("国家医疗保障局举行新闻发布会", "", rules)[0]
    assert not judge("央行新闻发布会 招聘启事", "", rules)[0]
    assert judge("某某峰会", "", check_rules({"require": "any", "events": ["峰会"]}))[0]
    assert rules_for(False) is None and make_relevance(False) is None
    with pytest.raises(ValueError, match="unknown key"):
        check_rules({"terms": []})

    class Result:
        title = "天气预报"
        body = "明天晴。"

    assert make_relevance(True)(Result()) == "irrelevant"
    Result.title = "证监会召开新闻发布会"
    assert make_relevance(True)(Result()) is None
