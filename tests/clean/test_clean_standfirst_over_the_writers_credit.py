# ruff: noqa: E501  (Chinese test strings)
"""A magazine feature's standfirst over the writer's credit line at the text's top (issue 14,
stop 33, the kinds of fresh14's new sources: a 2010 news magazine's feature prints, in the
text's own block, a quoted paragraph, then ``文_ 某某 摄影_ 某某``, then the text).

The label rules leave a standfirst above the byline out (stop 31's note on leads inside the
text's block: a standfirst or teaser over a ``记者`` line or a lead-in), and the credit line
with it. The credit line was not read as one: the magazine sets role and name apart with an
underscore (``文_``, ``摄影_``), which no credit pattern held. Now the underscore is a
credit's separator, and one paragraph closing a sentence over the writer's credit (``文``,
``撰文``, ``作者``…), with a longer text of two paragraphs or more under it, is a standfirst.

One or two paragraphs over the credit (a summary box read with the text over the standfirst)
go the same way.

Guards: a first paragraph over a photographer's credit (a picture's, between paragraphs)
stays; a paragraph over the writer's credit with only one short paragraph under it stays;
three paragraphs over it stay.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import block, story_paragraphs

_TITLE = "一把长椅里的设计课"
_STANDFIRST = "策展人说：设计不是摆在展台上的东西，而是我们每天都在用的东西。你也许不是一个设计师，但你每天都在和设计打交道，这也许就是这次展览想告诉你的事。"
_TEXT = ("这是本市美术馆今年规模最大的一次设计展，展出的三百多件作品全部来自本地的青年设计师，其中不少是第一次公开展出。",
         "展厅入口处摆着一把用回收木料做成的长椅，观众可以坐上去休息，也可以翻看长椅扶手里藏着的设计手稿。",
         "策展人介绍，这次展览不设围栏，几乎所有展品都允许触摸，目的是让设计回到日常生活中去。",
         "展览将持续到明年一月，每周六下午还会有设计师在现场和观众面对面交流。")


@pytest.mark.parametrize("credit", ["文_ 李某 摄影_ 王某", "文/李某　摄影/王某", "撰文｜李某"],
                         ids=["underscore", "slash", "bar"])
def test_a_standfirst_over_the_writers_credit_is_not_the_text(credit: str) -> None:
    assert story_paragraphs(_TITLE, block(_STANDFIRST, credit, *_TEXT)) == list(_TEXT)


def test_a_credit_line_set_apart_by_underscores_is_no_text() -> None:
    assert story_paragraphs(_TITLE, block("文_ 李某 摄影_ 王某", *_TEXT)) == list(_TEXT)


def test_a_first_paragraph_over_a_photographers_credit_stays() -> None:
    found = story_paragraphs(_TITLE, block(_TEXT[0], "摄影/王某", *_TEXT[1:]))
    assert found[0] == _TEXT[0]


def test_a_paragraph_over_the_writers_credit_and_a_short_text_stays() -> None:
    found = story_paragraphs(_TITLE, block(_TEXT[0], "文/李某", _TEXT[3]))
    assert found[0] == _TEXT[0]


def test_a_summary_and_a_standfirst_over_the_writers_credit_are_not_the_text() -> None:
    # The page's summary box read with the text (its class gone) over the standfirst.
    summary = "一次不设围栏的展览。"
    assert story_paragraphs(_TITLE, block(summary, _STANDFIRST, "文_ 李某 摄影_ 王某", *_TEXT)) == list(_TEXT)


def test_three_paragraphs_over_the_writers_credit_stay() -> None:
    # Three paragraphs of text over a credit line: the text itself, a credit amid it.
    found = story_paragraphs(_TITLE, block(*_TEXT[:3], "文/李某", _TEXT[3], _TEXT[0]))
    assert found[0] == _TEXT[0]
