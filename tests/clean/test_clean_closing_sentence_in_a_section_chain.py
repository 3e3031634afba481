# ruff: noqa: E501  (Chinese test strings)
"""A short text whose paragraphs a WeChat-style editor nests apart, each in its own chain of
``<section>`` of a different depth, the last one a short closing sentence (issue 14, stop
29; the ``sections`` perturbation of ``benchmarks/extraction_robust.py``: fresh8's
nc-martyrs-day-wreath-notice lost ``届时，…将进行现场直播。``). Climbing from the first
paragraph's block, a wrapper adding at most 30 Chinese characters was taken for one adding
a heading, and the climb stopped there: the closing sentence was left out. A wrapper whose
other blocks are running text or sentences closed by their stop (eight Chinese characters
or more) adds more of the text, and the body climbs to it. Guard: a wrapper adding a short
line without a stop (a signature) over a paragraph still adds no text.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

HEADLINE = "纪念日敬献花篮仪式明日上午举行"
LEAD = "本报讯今年是建馆七十周年。明天是法定的纪念日，当天上午，各界代表将在广场向英雄纪念碑敬献花篮，缅怀先烈的丰功伟绩。"
CLOSING = "届时，市广播电视台将进行现场直播。"


def _page(last: str) -> str:
    return (page_head(HEADLINE) + "<div><div><h1>" + HEADLINE + "</h1><div>2021-09-28 20:03 来源：本报</div></div>"
            f"<div><section><p>{LEAD}</p></section><section><section><p>{last}</p></section></section></div>"
            "<div><a href='/'>首页</a> <a href='/about/'>关于我们</a></div></div></body></html>")


def test_a_short_closing_sentence_nested_apart_stays_in_the_text():
    assert [p for p in cleaned(_page(CLOSING)).body.split("\n") if p] == [LEAD, CLOSING]


def test_a_signature_nested_apart_is_no_more_of_the_text():
    assert [p for p in cleaned(_page("市纪念馆办公室")).body.split("\n") if p] == [LEAD]
