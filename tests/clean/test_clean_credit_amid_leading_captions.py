# ruff: noqa: E501  (Chinese test strings)
"""A credit line printed among the pictures' captions over a text (issue 14, stop 30: fresh's
twcn-hsinchu-boy-stage-act under the ``furniture`` perturbation — two captions closed by a
bracketed picture credit over the report, the perturbation's credit line ``文｜本网记者 某某``
between them — kept both captions and the credit: the captions went only as an unbroken
run, and the credit line was a byline only with no sentence above it). Pages of text
written here in the shape of a news site's report with two pictures on top:

- Caption, credit line, caption, text; and caption, caption, credit line, text: the text
  starts at its first sentence.
- Guard: a photo story of captions only, a credit line among them, keeps them all.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import block, story_paragraphs

_TITLE = "山区小学有了新操场"
_CAPTIONS = ("孩子们在新建成的操场上奔跑，脸上洋溢着笑容。（某某日报图片）",
             "老师带领学生在操场边种下纪念树。（某某日报图片）")
_CREDIT = "文｜本报记者 张某某"
_TEXT = ("某县山区的一所村小学，今年秋季开学时迎来了一座崭新的塑胶操场，全校一百二十名学生再也不用在泥地上上体育课了。",
         "据介绍，操场由当地企业捐资修建，包括一条两百米跑道和一个篮球场，工程历时三个月完工。",
         "校长说，有了新操场，学校计划开设足球和篮球兴趣班，让山里的孩子也能享受运动的快乐。")


@pytest.mark.parametrize("head", [
    (_CAPTIONS[0], _CREDIT, _CAPTIONS[1]),
    (_CAPTIONS[0], _CAPTIONS[1], _CREDIT),
], ids=["credit-between-captions", "credit-under-captions"])
def test_credit_line_among_the_captions_goes_with_them(head: tuple[str, ...]) -> None:
    body = block(*head, *_TEXT, cls="article")
    assert story_paragraphs(_TITLE, body)[0] == _TEXT[0]


def test_photo_story_of_captions_keeps_them() -> None:
    body = block(_CAPTIONS[0], _CREDIT, _CAPTIONS[1], cls="article")
    assert story_paragraphs(_TITLE, body)[0] == _CAPTIONS[0]
