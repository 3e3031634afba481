# ruff: noqa: E501  (Chinese test strings)
"""A photo page whose only text is its picture's ``<figcaption>`` (issue 14, stop 38, i28c:
fresh17's photo-set class — the text one caption paragraph, presswatch returning none — in
another markup, on pages of our own text).

The photo-set rule (stop 35) made a page's caption paragraphs its text when every line was
dropped as a caption. A ``<figure>``'s ``<figcaption>`` never reached it: the tag is dropped
with scripts and widgets, and the page had no text. Now a figcaption holding most of the
page's prose stays, and the caption rule reads it (its credit still goes).

Guard: an article's picture caption (a figcaption beside the story's paragraphs) still goes.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import news_page, story_paragraphs

_TITLE = "组图：大学生网上直播学做传统糕点"
_CAPTION = "昨天，某市大学生、网络红人“糕点妹妹”在一家老字号点心铺学做传统糕点，她在个人博客上对学习过程进行了图文直播。"


@pytest.mark.parametrize("credit", ["", " 本报记者 张三 摄", "（张三 摄）"])
def test_a_figcaption_that_is_the_pages_only_text_is_its_text(credit: str) -> None:
    page = f"<div class='gallery'><figure><img src='1.jpg'><figcaption>{_CAPTION}{credit}</figcaption></figure></div>"
    assert story_paragraphs(_TITLE, page) == [_CAPTION]


def test_an_articles_picture_caption_still_goes() -> None:
    story = ["昨天下午，某市一家老字号点心铺迎来了一位特别的学徒，她是本地一所大学的学生。",
             "点心铺的老师傅说，年轻人愿意学手艺是好事，传统糕点的做法需要有人传下去。",
             "这位大学生在博客上写道，学做糕点比想象中难得多，光是揉面就练了整整一个下午。"]
    page = ("<div class='content'><figure><img src='1.jpg'><figcaption>图为糕点妹妹在学习揉面。</figcaption></figure>"
            + "".join(f"<p>{line}</p>" for line in story) + "</div>")
    assert story_paragraphs(_TITLE, page) == story


def test_the_page_is_not_news_page_only() -> None:
    # The helper's page holds no prose of its own around the figure.
    assert "。" not in news_page(_TITLE, "")
