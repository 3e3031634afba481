# ruff: noqa: E501  (Chinese test strings)
"""A writer's line with no role over the text (issue 14, stop 38, i28c: the byline class of
the held-out misses, on pages of our own text in other markups).

Bylines over the text were read when they name a role (``本报记者 某某``, ``文／某某``,
``作者：某某``) or a site (``某某网 某某``). A newspaper prints the names after its box
bullet alone (``□ 某某``, ``■某某 某某``); a commentary prints the writer's name over their
post in brackets (``某某（某某大学教授）``, ``某某（作者系某某研究员）``). Such a line closes
no sentence, so the scoring glued it to the first sentence: the text started a line early.
Now it goes, as a byline, when two paragraphs or more of text under it follow, the first
closing a sentence — whether it stands first or under a kicker and headline printed again.

Guards: a name in brackets that is no post (``某某（化名）``) opening a sentence stays; a
bulleted name list under the text stays.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import paras, story_paragraphs

_TEXT = [
    "八月初的一个清晨，村支书老吴站在水库的堤坝上，望着露出水面的大片河床，心里一阵发紧。",
    "往年这个时候，水库的水总能漫到半坡上的那棵老柳树，今年却连坝脚的石阶都露了出来。老吴说，他在村里干了二十多年，头一回见到这样的光景。",
    "秋收时，村里的稻谷产量和往年差不多。老吴说，这次多亏了及时调水，但往后不能再等到水库见底才想办法。",
]
_TITLE = "水库见底之后 一个村庄的九天"


@pytest.mark.parametrize("line", ["□ 张三", "■张三 李四", "◆ 王小明（作者系某某研究院研究员）",
                                  "张三（某某大学教授）", "李四 （某某报评论员）", "王五（作者单位：某某大学）"])
@pytest.mark.parametrize("markup", ["p", "strong", "div"])
def test_a_writers_line_without_a_role_is_no_text(line: str, markup: str) -> None:
    byline = {"p": f"<p>{line}</p>", "strong": f"<p><strong>{line}</strong></p>",
              "div": f"<div class='author'>{line}</div>"}[markup]
    paragraphs = story_paragraphs(_TITLE, "<div class='article'>" + byline + paras(_TEXT) + "</div>")
    assert paragraphs[0] == _TEXT[0]
    assert paragraphs[-1] == _TEXT[-1]


def test_the_line_under_the_headline_printed_again_goes_too() -> None:
    page = "<div class='article'>" + paras([_TITLE, "□ 张三", *_TEXT]) + "</div>"
    assert story_paragraphs(_TITLE, page)[0] == _TEXT[0]


def test_a_name_with_no_post_in_brackets_opening_the_text_stays() -> None:
    first = "吴某（化名）今年五十二岁，在村里当了二十多年的支书，对水库的脾气再熟悉不过。"
    page = "<div class='article'>" + paras([first, *_TEXT]) + "</div>"
    assert story_paragraphs(_TITLE, page)[0] == first


def test_a_bulleted_name_list_under_the_text_stays() -> None:
    names = ["● 吴某某", "● 李某某", "● 王某某"]
    lines = [*_TEXT, "获得表彰的抗旱先进个人有：", *names]
    page = "<div class='article'>" + paras(lines) + "</div>"
    assert story_paragraphs(_TITLE, page)[-1] == names[-1]
