# ruff: noqa: E501  (Chinese test strings)
"""A labelled box at the top whose items are set otherwise (issue 14, stop 38, i28c: the
labelled-box class of the held-out misses — fresh18's sjtu quotation box — on pages of our
own text in other shapes).

The box rule (stop 36/37: a label alone on the first line, two or more bullet- or dash-led
items under it, then the text) took only ``■``/``●``-style bullets and ``——`` dashes, the
label standing first. A box's sayings are also numbered (``①…``, ``1. …``), led by a middle
dot (``· …``), or printed wholly in quotation marks (``“…”``; one saying is a box under a
bracketed label); and a picture's caption line may stand over the label. The box was kept as
the text's start. Now it goes, with the caption over it.

Guards: a column tag over prose stays, and over a quoted opening line with no speaker named;
one quoted saying under an unbracketed label stays;
numbered items that go on further down the text are the text's own list.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import paras, story_paragraphs

_TITLE = "小城里的老书店 三十年守着一盏灯"
_TEXT = ["每天早上七点，老周都会准时拉开书店的卷帘门，把门口的几张旧木椅擦干净，等着第一位客人。",
         "这家书店开在老街的拐角，店面不大，却摆满了上万册旧书，从线装的地方志到上世纪的连环画都能找到。",
         "老周说，这些年来书店几次差点关门，是街坊们一次次伸出援手，才让这盏灯一直亮到今天。",
         "如今，他的女儿也回到小城，准备在书店里办一个读书会，让更多年轻人走进这条老街。",
         "读书会每月办一次，第一次就来了二十多个人，有附近中学的学生，也有退休多年的老教师。"]
_SAYINGS = ["书店不只是卖书的地方，更是一条街的客厅。来的人多了，街也就热闹了。",
            "旧书有旧书的味道，每一本都等着下一个读它的人。",
            "只要还有人进门，这盏灯就不会灭。"]


def _body(lines: list[str]) -> list[str]:
    return story_paragraphs(_TITLE, "<div class='content'>" + paras(lines) + "</div>")


@pytest.mark.parametrize("items", [
    [f"{c}{s}" for c, s in zip("①②③", _SAYINGS, strict=True)],
    [f"{n}. {s}" for n, s in enumerate(_SAYINGS, 1)],
    [f"· {s}" for s in _SAYINGS],
    [f"“{s}”" for s in _SAYINGS],
    [f"“{_SAYINGS[0]}”——老周"],
])
@pytest.mark.parametrize("caption", [[], ["老周在书店里整理旧书"]])
def test_a_labelled_box_of_items_set_otherwise_is_not_the_text(items: list[str], caption: list[str]) -> None:
    assert _body([*caption, "【店主寄语】", *items, *_TEXT])[0] == _TEXT[0]


def test_a_column_tag_over_prose_stays() -> None:
    assert _body(["【走基层】", *_TEXT])[:2] == ["【走基层】", _TEXT[0]]


def test_a_feature_opening_on_a_quoted_line_under_its_column_tag_keeps_it() -> None:
    opening = "“老周，还开着呢？”"
    assert _body(["【走基层】", opening, *_TEXT])[:2] == ["【走基层】", opening]


def test_one_quoted_saying_under_an_unbracketed_label_stays() -> None:
    assert _body(["店主寄语：", f"“{_SAYINGS[0]}”", *_TEXT])[0] != _TEXT[0]


def test_numbered_items_going_on_in_the_text_stay() -> None:
    items = [f"{n}. {s}" for n, s in enumerate(_SAYINGS[:2], 1)]
    lines = ["【店主寄语】", *items, _TEXT[0], "3. 只要还有人进门，这盏灯就不会灭。", *_TEXT[1:]]
    assert _body(lines)[0] == "【店主寄语】"
