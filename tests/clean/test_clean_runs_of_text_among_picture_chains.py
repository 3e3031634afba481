"""A text whose paragraphs and pictures each sit in a chain of ``<section>`` of their own,
with no class words (issue 14, stop 35: opened pages under the ``sections`` and
``split-blocks`` perturbations — a WeChat editor's or page builder's layout). The shape,
with text written here: the headline and a date line in bare ``<div>``s, then the text's
container holding the first paragraph in a chain of two ``<section>``s, a picture's chain
(an ``<img>``, no words), its caption centred in a chain of four, a second picture and
caption, the last paragraphs in a chain of three, then empty chains.

The paragraphs' chains meet only in the container, and a gathering block must hold half of
its blocks as runs of the text; the pictures' chains and the empty ones print nothing, yet
counted against the runs, so the body was the longest chain alone and the first paragraph
was lost. Blocks that print no words no longer count (the captions under the pictures
still do), when two runs or more read as running text.

Guard: a block of other stories between two paragraphs' chains still keeps them apart (its
linked headlines are words, though no text of the page's own).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

TITLE = "高校后勤同行来访交流服务育人经验"
FIRST = ("为进一步提高后勤服务保障水平，促进高校之间后勤工作的合作与交流，学校后勤处一行八人"
         "于本周二赴兄弟院校考察学习，双方围绕餐饮服务、宿舍管理和校园绿化等工作进行了深入座谈。")
CAPTIONS = ("后勤处负责人介绍本校改革历程", "兄弟院校同行介绍服务特色")
LAST = ("考察过程中，兄弟院校提出的“管理育人、服务育人、环境育人”的服务理念给大家留下了深刻印象，"
        "其食堂的精细化管理和宿舍的智能门禁系统也引起了热烈讨论。"
        "<br>考察活动在愉快的交流中圆满结束。大家表示，将把学到的好做法带回来，"
        "结合本校实际不断改进工作，努力为师生提供更加优质的后勤保障服务。")


def _chain(depth: int, inner: str) -> str:
    return "<section>" * depth + inner + "</section>" * depth


def _page(middle: str) -> str:
    """The page whose text's container holds FIRST's chain, ``middle``, LAST's chain."""
    return (page_head(TITLE) + "<div><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
            "<div><div><div>" + TITLE + "</div><div>2026-11-30 09:12 来源：后勤处</div>"
            "<div>" + _chain(2, "<div>" + FIRST + "</div>") + middle
            + _chain(3, "<div>" + LAST + "</div>") + "<br>"
            + _chain(4, "<div></div>") + _chain(1, "<div></div>")
            + "</div></div></div><div>关于我们 联系我们 版权所有</div></body></html>")


def _pictures() -> str:
    return "".join(_chain(1, f"<div style='text-align: center'><img src='/{n}.jpg'></div>")
                   + _chain(4 if n == 1 else 3,
                            f"<div style='text-align: center'>{caption}</div>")
                   for n, caption in enumerate(CAPTIONS, 1))


def _squeezed(text: str) -> str:
    return "".join(text.replace("<br>", "").split())


def test_paragraph_chains_between_picture_chains_are_one_text():
    body = cleaned(_page(_pictures())).body
    squeezed = _squeezed(body)
    assert squeezed.startswith(_squeezed(FIRST))
    assert squeezed.endswith(_squeezed(LAST))


OTHER_STORIES = ("<div><ul><li><a href='/1.html'>全市高校联合举办秋季运动会</a> 11-28</li>"
                 "<li><a href='/2.html'>图书馆延长期末开放时间</a> 11-27</li>"
                 "<li><a href='/3.html'>新学期食堂推出十元套餐</a> 11-26</li></ul></div>")


def test_other_stories_between_paragraph_chains_keep_them_apart():
    body = cleaned(_page(_pictures() + OTHER_STORIES)).body
    squeezed = _squeezed(body)
    assert squeezed.endswith(_squeezed(LAST))
    assert _squeezed(FIRST) not in squeezed
    assert "秋季运动会" not in body
