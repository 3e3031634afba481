# ruff: noqa: E501  (Chinese test strings)
"""Pictures' captions set apart from the text by their ink, not by centring (issue 14,
stop 34, a residual stop 33 named: "captions under a picture that are neither centred nor
classed — a grey ``<font>`` line under a picture reads as text by its words alone").

Old editors caption a picture with a block of its own under the picture's block, its words
in a grey ``<font color="#808080">`` or small print (``<font size=2>``); WeChat's editor
writes ``<p><span style="color: rgb(136, 136, 136); font-size: 12px;">…</span></p>``. Such a
caption is left-aligned like the text, and written as a sentence no wording tells it from a
first or last paragraph. The markup does, as centring does for ``_caption_blocks``: a block
of a sentence or two right under a picture with no words, every word of it set grey or
small by the block itself, where the text beside it is not — at the text's top or bottom it
is the picture's line.

Guards: a text whose every paragraph is grey keeps its first paragraph (grey is then the
text's own ink); a paragraph in red or a dark text colour under a picture is text; a grey
caption between paragraphs stays where it is; a caption's grey inherited from the whole
container marks nothing.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import block, story_paragraphs

_TITLE = "城东街道垃圾分类积分制推行半个月"
_CAPTION = "居民在城东街道的兑换点用积分换取生活用品，工作人员在一旁登记。"
_TEXT = ("城东街道的垃圾分类积分制推行半个月以来，已有三千多户居民参与其中，每天回收的可回收物比过去多了两成。",
         "街道工作人员介绍，居民每投放一次分好类的垃圾，就能在小程序里获得积分，积分可以在街道的兑换点换取生活用品。",
         "家住幸福小区的李阿姨说，她现在每天早上都会把厨余垃圾和其他垃圾分开，孙子也学会了分类，一家人都觉得很有意思。",
         "下一步，街道还将在辖区内增设二十个智能回收箱，并组织志愿者到各个小区开展宣传，让更多居民加入进来。")
_PICTURE = "<p><img src='/u/2019/05/a.jpg' width='560'/></p>"

_GREY_CAPTIONS = {
    "font-grey": f'<p><font color="#808080">{_CAPTION}</font></p>',
    "font-small": f'<div><font size="2">{_CAPTION}</font></div>',
    "span-rgb-grey": f'<p><span style="font-size: 14px; color: rgb(136, 136, 136);">{_CAPTION}</span></p>',
    "p-styled-grey": f'<p style="color:#999;">{_CAPTION}</p>',
    "span-12px": f'<p><span style="font-size:12px">{_CAPTION}</span></p>',
}


@pytest.mark.parametrize("caption", _GREY_CAPTIONS.values(), ids=_GREY_CAPTIONS.keys())
def test_a_grey_or_small_caption_under_the_top_picture_is_not_the_first_paragraph(caption: str) -> None:
    body = block(_PICTURE, caption, *_TEXT)
    assert story_paragraphs(_TITLE, body) == list(_TEXT)


@pytest.mark.parametrize("caption", _GREY_CAPTIONS.values(), ids=_GREY_CAPTIONS.keys())
def test_a_grey_or_small_caption_under_a_closing_picture_is_not_the_last_paragraph(caption: str) -> None:
    body = block(*_TEXT, _PICTURE, caption)
    assert story_paragraphs(_TITLE, body) == list(_TEXT)


def test_a_text_grey_throughout_keeps_its_first_paragraph() -> None:
    body = block(_PICTURE, *(f'<p><font color="#808080">{line}</font></p>' for line in _TEXT))
    assert story_paragraphs(_TITLE, body)[0] == _TEXT[0]


@pytest.mark.parametrize("ink", ["#ff0000", "#333333", "rgb(62, 62, 62)", "#0000ff"],
                         ids=["red", "dark-grey-text", "wechat-text", "blue"])
def test_a_coloured_paragraph_under_a_picture_is_text(ink: str) -> None:
    body = block(_PICTURE, f'<p><span style="color: {ink};">{_TEXT[0]}</span></p>', *_TEXT[1:])
    assert story_paragraphs(_TITLE, body)[0] == _TEXT[0]


def test_a_grey_caption_between_paragraphs_stays_in_place() -> None:
    body = block(*_TEXT[:2], _PICTURE, _GREY_CAPTIONS["font-grey"], *_TEXT[2:])
    assert story_paragraphs(_TITLE, body) == [*_TEXT[:2], _CAPTION, *_TEXT[2:]]


def test_a_grey_inherited_from_the_container_marks_no_caption() -> None:
    body = f'<div style="color:#888888">{block(_PICTURE, _TEXT[0], *_TEXT[1:])}</div>'
    assert story_paragraphs(_TITLE, body)[0] == _TEXT[0]
