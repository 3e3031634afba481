# ruff: noqa: E501  (Chinese test strings)
"""A column's preamble over the writer's credit at the text's top, mixing a teaser that closes
a sentence with lines that close none (stop 38, i28e: fresh20's score showed a reposted
account's column kept from its teaser): a one-line teaser ending ``……``, a reading-time line,
the account's promotion line (``…欢迎置顶关注``), then ``文/某某``, then the text. The label
rules leave a teaser above the byline out, and the byline with it. The standfirst rule took
only paragraphs closing a sentence, the headline-block rule only lines closing none: a mix
of both stayed. Pages of one's own text: the lines as ``<p>``, as ``<div>``, as ``<br>``-set
lines of one block; the promotion line first or last; the credit worded ``文/``, ``作者：``,
``文｜``.

Guards: a first paragraph of prose over the credit with a short text under it stays; a
short line with no sentence over a first paragraph and a credit amid a text of three
paragraphs stays (the text under the credit must be twice the lines over it).
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import block, story_paragraphs

_TITLE = "一位老手艺人的第十个年头"
_TEASER = "那个曾经离开小镇的木匠又回到了人们的视野，这一次他用一把椅子讲了十年的故事……"
_READING = "本文2310个字，大概5分钟读完。"
_PROMO = "木头观察频道每日为你送上有温度、有深度的手艺故事，欢迎置顶关注，小木等你"
_TEXT = ("上个月的家具展上，一把看似普通的榆木椅子被摆在了展厅最显眼的位置，来往的观众几乎都会停下来坐一坐。",
         "做这把椅子的是镇上的老木匠，他今年五十二岁，十年前关掉了自己的作坊，去南方的工厂打了几年工。",
         "“机器做得再快，也做不出手摸过的那种温度。”他说，回来以后他只做一件事，就是把老手艺重新捡起来。",
         "如今他的作坊里有了三个徒弟，每把椅子从选料到上漆要花上一个月，订单已经排到了明年春天。")


@pytest.mark.parametrize("credit", ["文/某某特约作者 李某", "作者：李某", "文｜李某"])
@pytest.mark.parametrize("order", ["teaser-first", "promotion-first"])
def test_teaser_reading_time_and_promotion_over_the_credit_are_not_the_text(
        credit: str, order: str) -> None:
    lines = [_TEASER, _READING, _PROMO] if order == "teaser-first" else [_PROMO, _TEASER, _READING]
    assert story_paragraphs(_TITLE, block(*lines, credit, *_TEXT)) == list(_TEXT)


def test_the_same_lines_as_divs_are_not_the_text() -> None:
    lines = [_TEASER, _READING, _PROMO, "文/某某特约作者 李某", *_TEXT]
    body = "<div class='art'>" + "".join(f"<div>{line}</div>" for line in lines) + "</div>"
    assert story_paragraphs(_TITLE, body) == list(_TEXT)


def test_the_same_lines_broken_by_br_are_not_the_text() -> None:
    head = "<br>".join([_TEASER, _PROMO, "文/李某"])
    body = f"<div class='art'><p>{head}</p>" + "".join(f"<p>{p}</p>" for p in _TEXT) + "</div>"
    assert story_paragraphs(_TITLE, body) == list(_TEXT)


def test_a_paragraph_over_the_credit_and_a_short_text_stays() -> None:
    found = story_paragraphs(_TITLE, block(_PROMO, _TEXT[0], "文/李某", _TEXT[3]))
    assert found[0] == _PROMO


def test_a_short_heading_and_paragraphs_over_a_credit_amid_the_text_stay() -> None:
    found = story_paragraphs(_TITLE, block("一、回到小镇", *_TEXT[:3], "文/李某", _TEXT[3]))
    assert found[0] == "一、回到小镇"
