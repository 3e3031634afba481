"""A summary box that quotes the text's opening (issue 14, stop 26, body start edge): pages in
the shapes of real ones, with text written here.

A blog or news template prints a summary box over the text (``摘要：`` and the story's first
lines, maybe cut off), and without a class word to set it aside it is read as the text's first
paragraph. The repeat folding kept the box and dropped the paragraphs it quotes (each one
found inside it), and then the box itself was dropped as an abstract: the text lost its
opening. Now a paragraph found only inside such a box at the top is no repeat of it; the box
still goes, the paragraphs stay.

- A summary box quoting the first two paragraphs over the text (the first cut off).
- A summary box quoting a paragraph further down (the text keeps it in its place).
- Guard: a paragraph printed twice in the text itself is still folded.
"""

from __future__ import annotations

from tests.clean.news_page import block, cleaned, news_page, paras

TITLE = "城市绿道为何越修越长"
TEXT = ["十年前，这座城市只有一条沿江绿道，全长不过六公里，周末常常人满为患。",
        "如今，全市绿道总长已超过四百公里，串起了四十多座公园和二十多个老街区。",
        "规划部门的负责人说，绿道不只是散步的地方，也是通勤的小路和夏天纳凉的去处。",
        "不过也有市民反映，部分新建绿道缺少遮阴树木和休息座椅，夏季使用率不高。"]


def _body(blocks: str) -> str:
    """The body of the news page around the text block holding ``blocks``."""
    return cleaned(news_page(TITLE, block(blocks, cls="post"))).body


def test_a_summary_box_quoting_the_opening_does_not_take_it_away():
    box = "<p><strong>摘要</strong>：" + TEXT[0] + " " + TEXT[1][:20] + "...</p>"
    body = _body(box + paras(TEXT))
    assert body.startswith(TEXT[0])
    assert TEXT[1] in body
    assert "摘要" not in body


def test_a_summary_box_quoting_a_later_paragraph_leaves_it_in_place():
    box = "<p>【导读】" + TEXT[2] + "</p>"
    body = _body(box + paras(TEXT))
    assert body.startswith(TEXT[0])
    assert body.count(TEXT[2]) == 1
    assert "导读" not in body


def test_a_paragraph_printed_twice_in_the_text_is_still_folded():
    body = _body(paras([TEXT[0], TEXT[1], TEXT[1], TEXT[2], TEXT[3]]))
    assert body.count(TEXT[1]) == 1
