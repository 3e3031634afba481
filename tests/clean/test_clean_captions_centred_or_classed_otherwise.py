# ruff: noqa: E501  (Chinese test strings)
"""Pictures' captions marked in other ways than the ones known so far (issue 14, stop 33,
the kinds of fresh14's new sources: browser saves of 2010–2012 portal pages print a picture
over the text with a caption that is a full sentence).

Portals of those years mark a caption by a class of their own or centre it by a class: a
``<p class="detailPic"><img></p><p class="picIntro"><span>…</span></p>`` pair, a ``<p
class="f_center"><img><br>…</p>`` block, or a centred ``<span>`` filling the block under the
picture. A short caption went as a caption line anyway; one written as a sentence stayed as
the text's first paragraph. Now ``picIntro``, ``pic_desc``, ``photo_desc``, ``img_note``…
are caption classes, and a block is centred by a class naming it (``f_center``,
``text-center``, ``aligncenter``) or by one centred child holding all its words.

Guards: a text whose every paragraph is centred by class keeps its first paragraph; a
paragraph classed to be centred with no picture over it is text.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import block, story_paragraphs

_TITLE = "城东街道推行垃圾分类积分制"
_CAPTION = "城东街道花园小区的居民在智能回收箱前分类投放垃圾，志愿者在一旁进行现场指导，小区的垃圾分类准确率明显提高。"
_TEXT = ("本月初，城东街道在辖区十二个小区同步推行垃圾分类积分制度，居民投放一次分类正确的垃圾即可获得两个积分。",
         "积分可以在社区服务站兑换洗衣液、毛巾等日用品，也可以用来抵扣小区停车费。街道负责人介绍，参与居民已超过三千户。",
         "下一步，街道还将在各小区增设智能回收箱，并组织志愿者在早晚投放高峰时段进行现场指导。")


@pytest.mark.parametrize("picture", [
    f"<p class='detailPic'><img src='/a.jpg'/></p><p class='picIntro'><span>{_CAPTION}</span></p>",
    f"<p><img src='/a.jpg'/></p><p class='photo_desc'>{_CAPTION}</p>",
    f"<p class='f_center'><img src='/a.jpg'/><br/>{_CAPTION}</p>",
    f"<p class='f_center'><img src='/a.jpg'/></p><p class='f_center'>{_CAPTION}</p>",
    f"<div><img src='/a.jpg'/></div><div><span style='display:block;text-align:center'>{_CAPTION}</span></div>",
], ids=["caption-class", "caption-class-underscore", "centring-class-one-block",
        "centring-class-apart", "centred-child"])
def test_a_sentence_caption_under_the_top_picture_is_not_text(picture: str) -> None:
    assert story_paragraphs(_TITLE, block(picture, *_TEXT)) == list(_TEXT)


def test_a_text_centred_by_class_throughout_keeps_its_first_paragraph() -> None:
    body = block("<p class='f_center'><img src='/a.jpg'/></p>",
                 *(f"<p class='f_center'>{line}</p>" for line in _TEXT))
    assert story_paragraphs(_TITLE, body)[0] == _TEXT[0]


def test_a_paragraph_centred_by_class_without_a_picture_is_text() -> None:
    body = block(f"<p class='text-center'>{_TEXT[0]}</p>", *_TEXT[1:])
    assert story_paragraphs(_TITLE, body)[0] == _TEXT[0]
