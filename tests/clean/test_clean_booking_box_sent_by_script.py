# ruff: noqa: E501  (Chinese test strings)
"""A booking box under the text whose ``<form>`` has no send control: its button is a
``<div>`` a script listens to (issue 14, stop 36: fresh11's h163-japan-love-hotels-designs
ended on a design service's box, ``装修严选`` ``更多`` ``免费设计`` ``免费提供多种设计方案``, kept as
the text's last four paragraphs: the text's last line, a pointer to a gallery, closes no
sentence, so no tail rule reached past it).

``form_blocks`` finds a booking box as the smallest block around two fields a reader types
into that also holds a send button (``<input type=submit>``, ``<button>``). This box's
``<form>`` holds its two fields and a ``<div>`` reading ``立即申请``: no send control, so
nothing was found; the ``<form>`` itself was set aside (it holds no prose) but the box's
call and service lines beside it were read as the text. The box around a ``<form>`` holding
two typed fields or more is now a form block too, when what it prints beside the form is a
call and a line of service: no sentence, at most 40 Chinese characters.

Guard: a short text printed in the same block as a comment form of two fields (its
sentences beside the form) stays.
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

_TITLE = "老房改造：六十平米住出三室一厅"
_TEXT = [
    "这套建于上世纪九十年代的老房子只有六十平米，却要住下一家五口，设计师为此重新规划了全部空间。",
    "原来的阳台被并入客厅，餐桌可以折叠收进墙面，儿童房的上下铺下面还藏着两个衣柜。",
    "接下来就跟着小编一起看看改造前后的对比吧！",
    "▼详情请戳下方图集：老房改造前后对比图",
]
# The site's source lines between the text and the box (left out as ever).
_SOURCE = ("<p>（来源：某某设计的微博 某某家居综合整理）</p>"
           "<div class='ep-source'>本文来源：某某家居综合 责任编辑：某某</div>")
_BOX = (
    "<div class='svcbox' id='svcbox'><p class='svctitle'>装修优选</p>"
    "<a href='/zhuangxiu/' class='svcmore'>更多</a><ul class='svclist'></ul>"
    "<div class='svcformtitle'><p>免费设计</p><p>免费提供多种设计方案</p></div>"
    "<form class='svcform'><div><input type='text' name='name'/><div><span>请输入您的称呼</span></div></div>"
    "<div><input type='text' name='phone'/><div><span>请输入手机号</span></div></div>"
    "<div class='submit'>立即申请</div></form></div>"
)


def test_a_booking_box_whose_form_a_script_sends_is_not_the_text() -> None:
    text = "".join(f"<p>{t}</p>" for t in _TEXT)
    paragraphs = story_paragraphs(_TITLE, f"<div class='post_text'>{text}{_SOURCE}{_BOX}</div>")
    assert paragraphs[-1] == _TEXT[-1]
    assert not any(line in paragraphs for line in ("装修优选", "免费设计", "免费提供多种设计方案"))


def test_a_short_text_beside_a_comment_form_in_its_block_stays() -> None:
    text = "".join(f"<p>{t}</p>" for t in _TEXT[:2])
    form = ("<form><p>昵称：<input type='text' name='nick'/></p><p>邮箱：<input type='text' name='mail'/></p>"
            "<p><textarea name='c'></textarea></p><div class='send'>发表</div></form>")
    paragraphs = story_paragraphs(_TITLE, f"<div class='post_text'>{text}{form}</div>")
    assert paragraphs[0] == _TEXT[0]
    assert paragraphs[-1] == _TEXT[1]
