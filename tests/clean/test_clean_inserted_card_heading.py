# ruff: noqa: E501  (Chinese test strings)
"""A title-classed card inserted at the end of the text (stop 30, headline round; found on an
opened page under the ``print`` and ``title-channel`` perturbations).

The shape: the story's text closes with an editor's inserted card pointing to a topic page,
``<div class="insert_news_title"><a href="/col/1.html">专题｜…</a></div>``, inside the text's
own block, and no heading prints the headline (a print copy of the page, or a template that
prints it as a plain line). The card's block, title-classed and near the text, was the
headline although it matched nothing the ``<title>`` states. A title-classed block that
matches nothing stated and is printed inside the text after the text began is now no
candidate: the ``<title>``'s headline part is the answer. With nothing stated (no
``<title>``), the rule does not apply.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "争议不断！马拉松“兔子”全程领跑破纪录，成绩算不算？"
TEXT = [
    "今天上午的滨江国际马拉松赛场，上演了引发广泛讨论的一幕。",
    "男子组冠军在多名配速员全程陪跑的情况下打破赛会纪录，赛后不少跑友质疑这一成绩是否应被承认。",
    "组委会表示，配速员均按规则报名参赛，比赛成绩有效，但将在下届赛事中进一步明确相关规定。",
]
CARD = ("<div class='raw-html-embed'><section><div class='insert_news_title'>"
        "<a href='/html/col1848903.html'>专题｜2026滨江国际马拉松</a></div></section></div>")


def test_an_inserted_card_closing_the_text_is_not_the_headline():
    page = (page_head(HEADLINE + "-滨江网") + "<div class='main'><div class='detail'><p class='d-intro'>"
            "<span class='info'>2026-11-30 20:04:33</span><span>来源：滨江日报</span></p>"
            "<div class='content'>" + paras(TEXT) + CARD + "</div></div></div></body></html>")
    assert cleaned(page).title == HEADLINE


def test_with_nothing_stated_a_heading_over_the_text_is_still_read():
    page = (page_head() + "<div class='news_title'>" + HEADLINE + "</div><div>2026-11-30 20:04:33</div>"
            "<div class='content'>" + paras(TEXT) + CARD + "</div></body></html>")
    assert cleaned(page).title == HEADLINE
