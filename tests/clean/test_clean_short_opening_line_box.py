# ruff: noqa: E501  (Chinese test strings)
"""A box printed apart over the text's block is not the text (issue 14, stop 31: the label
rule "a summary box above the text is not the body"). Pages of text written here in the
shape of a portal's article page: the page's description in a quoted box of its own
(``<div class="post_desc">`` with the text bare in it and two quote marks), then the text's
block of ``<p>`` paragraphs.

History: stop 30 took a short line closed as a sentence in such a box as the text's first
line (fresh11's t163-guizhou-miao-village-overcharging, whose label then started at the
box); fresh12's t163-brazil-women-town-seeks-grooms, whose label also started at its box,
missed its first sentence because presswatch left a longer box out. Stop 31 decided the
class for every split: such a box is left out, whether or not the text repeats it.

- The box right beside the text's block (the body chosen is the text's block) is left out,
  a short line or a longer summary alike.
- The box inside the body chosen (a wrapper holding a share bar, the box, the text's block
  and a second block of the text, so that the wrapper is the body) is left out too.
- Guards: the same line printed as the text block's first ``<p>`` (in the text's own flow)
  opens the text; a first paragraph in a ``<div>`` of its own with no class naming a summary
  (a reposted story's first paragraph over its text's block) stays, inside the body or beside
  its block (a text dealt into sibling blocks).
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import paras, story_paragraphs

_TITLE = "又一古镇因高价游玩项目被吐槽"
_TEXT = ("这些年，各地古镇越来越多，周末和假期出门游玩的人也越来越多，古镇成了很多人出游的首选。",
         "可是不少游客发现，进了古镇处处都要收费，坐船要钱，拍照要钱，连看一场演出也要另外买票。",
         "有网友说，这样的古镇去一次就够了，景区应该把心思多放在服务上，而不是只想着怎么多收钱。")
_MORE = ("记者走访发现，古镇里的商铺大多卖着相似的小商品，价格比镇外高出不少，游客抱怨声不断。",
         "景区管理方表示，将对收费项目进行清理，明码标价，并开通投诉电话，接受游客监督。")
_LINES = ["一看标题就知道说的是哪里了……", "这样的古镇你还会去吗？",
          "古镇越来越多，门票越来越贵，游客的体验却越来越差，这样的古镇你还会去吗？"]


def _page(box: str) -> str:
    return ("<div class='post_main'><div class='post_desc'>" + box + "<i class='quot'></i></div>"
            "<div class='post_text'>" + paras(_TEXT) + "</div></div>")


def _wrapped(box: str, cls: str = "post_desc") -> str:
    """The box inside the body: a wrapper holding a share bar, the box, the text's block, a
    picture and a second block of the text."""
    return ("<div class='post_body'><div class='post_topshare'><span>分享到：</span>"
            "<a href='#'>微信</a><a href='#'>微博</a></div>"
            f"<div class='{cls}'>" + box + "<i class='quot'></i><i class='unquot'></i></div>"
            "<div class='post_text'>" + paras(_TEXT) + "</div>"
            "<div class='pic'><img src='/a.jpg'></div>"
            "<div class='end-text'>" + paras(_MORE) + "</div></div>")


@pytest.mark.parametrize("line", _LINES)
def test_a_box_beside_the_texts_block_is_not_the_text(line: str) -> None:
    assert story_paragraphs(_TITLE, _page(line)) == list(_TEXT)


@pytest.mark.parametrize("line", _LINES)
def test_a_box_over_the_texts_block_inside_the_body_is_not_the_text(line: str) -> None:
    assert story_paragraphs(_TITLE, _wrapped(line)) == [*_TEXT, *_MORE]


def test_the_same_line_printed_in_the_texts_own_flow_opens_it() -> None:
    page = "<div class='post_main'><div class='post_text'>" + paras([_LINES[0], *_TEXT]) + "</div></div>"
    assert story_paragraphs(_TITLE, page)[0] == _LINES[0]


def test_a_first_paragraph_in_a_div_named_for_no_summary_stays() -> None:
    first = "古镇管理方昨天召开座谈会，听取游客和商户对收费项目的意见，并公布了清理收费的时间表。"
    assert story_paragraphs(_TITLE, _wrapped(first, cls="meta"))[:2] == [first, _TEXT[0]]


def test_an_unclassed_block_of_the_texts_first_paragraph_beside_its_block_stays() -> None:
    # A text dealt into sibling blocks (a hand-edited notice's parts): nothing marks the
    # first block as a box apart.
    first = "古镇管理方昨天召开座谈会，听取游客和商户对收费项目的意见，并公布了清理收费的时间表。"
    page = ("<div class='post_main'><div><p>" + first + "</p></div>"
            "<div><div>" + paras(_TEXT) + "</div></div></div>")
    assert story_paragraphs(_TITLE, page) == [first, *_TEXT]
