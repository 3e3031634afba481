# ruff: noqa: E501  (Chinese test strings)
"""A text opening with a numbered section heading starts at that heading, whatever its
numbering (issue 14, stop 31: the label rule "a text opening with a numbered section heading
(一、…) starts at that heading"). Pages of text written here: a regulation whose first line
is its first chapter's heading (``第一章　总则``) over its first article, and a budget report
whose first line is its first part's heading (``第一部分…``) over its prose.

Such a heading has no punctuation, so the caption-edge rule took it for a picture's label
above the first sentence and dropped it: the start anchor, which runs from the heading into
the first sentence, was then nowhere in the text. A heading numbered ``一、`` or ``（一）``
was kept already (its mark is no caption's).

Guard: a caption line above such a heading still goes.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import paras, story_paragraphs

_TITLE = "某市共享单车停放管理办法"
_TEXT = ["为了规范本市共享单车停放秩序，根据有关法律法规，结合本市实际，制定本办法。",
         "本办法适用于本市行政区域内共享单车的投放、停放和管理活动。"]


def _page(*lines: str) -> str:
    return "<div class='content'>" + paras([*lines, *_TEXT]) + "</div>"


@pytest.mark.parametrize("heading", ["第一章　总则", "第一章总则", "第一部分预算执行情况", "第一节工作目标"])
def test_a_chapter_or_part_heading_over_the_first_sentence_opens_the_text(heading: str) -> None:
    assert story_paragraphs(_TITLE, _page(heading)) == [heading.replace("　", ""), *_TEXT]


def test_a_caption_line_over_the_heading_still_goes() -> None:
    assert story_paragraphs(_TITLE, _page("会议现场", "第一章　总则")) == ["第一章总则", *_TEXT]
