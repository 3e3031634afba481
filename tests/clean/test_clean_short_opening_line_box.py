# ruff: noqa: E501  (Chinese test strings)
"""An author's short opening line printed in a box of its own over the text's block
(issue 14, stop 30: fresh11's t163-guizhou-miao-village-overcharging, a portal's travel piece
whose first line, ``一看标题…了……``, sits in a quoted box above the text's block, lost its
first sentence: a lead needed 30 Chinese characters, or 15 with a comma). Pages of text
written here in the shape of that portal's article page (a quoted box, then the text's
block, both in one wrapper):

- A short line closed as a sentence (``……``, ``。``, ``！``) in the box is the text's first
  line.
- Guard: a short line closing no sentence there (a video player's ``点击观看视频``) is not.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import paras, story_paragraphs

_TITLE = "又一古镇因高价游玩项目被吐槽"
_TEXT = ("这些年，各地古镇越来越多，周末和假期出门游玩的人也越来越多，古镇成了很多人出游的首选。",
         "可是不少游客发现，进了古镇处处都要收费，坐船要钱，拍照要钱，连看一场演出也要另外买票。",
         "有网友说，这样的古镇去一次就够了，景区应该把心思多放在服务上，而不是只想着怎么多收钱。")


def _page(box: str) -> str:
    return ("<div class='post_main'><div class='post_desc'>" + box + "<i class='quot'></i></div>"
            "<div class='post_text'>" + paras(_TEXT) + "</div></div>")


@pytest.mark.parametrize("line", ["一看标题就知道说的是哪里了……", "这样的古镇你还会去吗？", "古镇的门票又涨价了！"])
def test_short_closed_line_in_a_box_over_the_text_is_its_first_line(line: str) -> None:
    assert story_paragraphs(_TITLE, _page(line))[0] == line


def test_short_line_closing_no_sentence_is_not_the_text() -> None:
    assert story_paragraphs(_TITLE, _page("点击观看视频"))[0] == _TEXT[0]
