# ruff: noqa: E501  (Chinese test strings)
"""A summary of numbered points under its label at the top of a text (issue 14, stop 37,
where the text starts): a page in another markup than the real one, with text written here.

A commentary opens with a label alone on its line (``核心提要：``, ``核心摘要``) over two to
six numbered points (``1. …``, ``（2）…``, ``③…``), each a paragraph closing a sentence, then
the text. The labels leave a labelled summary out however it is set; the label-alone rule
took only one paragraph under the label, so a numbered summary was kept whole, label and all.
Now the run of points numbered from one goes with its label, when the text under it is two
paragraphs or more and at least twice as long.

Guards: points without a label, or not numbered from one, stay; a short notice whose numbered items are most of
the page (the text under them not twice as long) keeps them.
"""

from __future__ import annotations

from pipelines.clean import clean_document

FETCHED = "2026-12-04T08:00:00Z"

POINTS = [
    "（1）今年夏天，城郊一座水库的水位降到十年来的最低点，周边几个村庄的灌溉用水一度告急。",
    "（2）县里临时调来三台抽水机，从下游河道向上引水，保住了两千多亩稻田的收成。",
    "（3）专家提醒，极端天气越来越多，小型水库的调度办法需要跟着变，不能只靠老经验。",
]
TEXT = [
    "八月初的一个清晨，村支书老吴站在水库的堤坝上，望着露出水面的大片河床，心里一阵发紧。",
    "往年这个时候，水库的水总能漫到半坡上的那棵老柳树，今年却连坝脚的石阶都露了出来。老吴说，他在村里干了二十多年，头一回见到这样的光景。",
    "为了保住即将抽穗的稻子，村里连夜开会，决定先把有限的水留给地势最高的几块田，再想办法从别处调水。第二天一早，县水利局的技术员就赶到了村里。",
    "技术员们沿着河道走了大半天，最后选定下游一处水深的河湾，架起了抽水机。机器轰鸣了整整九天，清水顺着渠道一点点流进了干裂的稻田。",
    "秋收时，村里的稻谷产量和往年差不多。老吴说，这次多亏了及时调水，但往后不能再等到水库见底才想办法。",
]


def _page(label: str, points: list[str], text: list[str]) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>水库见底之后 一个村庄的九天_某某评论</title></head><body>"
            "<div id='top'><a href='/'>首页</a> · <a href='/opinion/'>评论</a></div>"
            "<article><h1>水库见底之后 一个村庄的九天</h1>"
            "<div class='byline'>2026年08月21日 09:30 某某评论 文/某某</div>"
            "<section class='story'><h3>" + label + "</h3>"
            + "".join(f"<div>{p}</div>" for p in points)
            + "<h3>水位告急的那个夏天</h3>"
            + "".join(f"<div>{p}</div>" for p in text)
            + "</section></article><div class='foot'>某某评论 版权所有</div></body></html>").encode()


def test_a_labelled_summary_of_numbered_points_is_not_the_text() -> None:
    body = clean_document(_page("核心摘要", POINTS, TEXT), fetched_at=FETCHED).body
    assert "（1）" not in body and "核心摘要" not in body
    assert body.split("\n\n")[-1] == TEXT[-1]
    assert TEXT[0] in body.split("\n\n")[:2]


def test_numbered_points_without_a_label_stay() -> None:
    body = clean_document(_page("", POINTS, TEXT), fetched_at=FETCHED).body
    assert body.startswith(POINTS[0])


def test_points_not_numbered_from_one_stay() -> None:
    # The label-alone rule still takes one paragraph under the label; the others stay.
    later = [p.replace("（1）", "（4）").replace("（2）", "（5）").replace("（3）", "（6）") for p in POINTS]
    body = clean_document(_page("核心摘要", later, TEXT), fetched_at=FETCHED).body
    assert later[1] in body and later[2] in body


def test_numbered_items_that_are_most_of_a_notice_stay() -> None:
    body = clean_document(_page("核心摘要", POINTS, TEXT[:2]), fetched_at=FETCHED).body
    assert POINTS[0] in body
