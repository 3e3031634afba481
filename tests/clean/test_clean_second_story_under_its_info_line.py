# ruff: noqa: E501  (Chinese test strings)
"""Another story printed under the page's own, under its headline and its own info line
(stop 38, i28b: the unlabelled pool's open class "a second story under an ``<h3>``"), on
pages of our own text.

A site's page prints its story, then another story's headline (in ``<h3>``, a bold line or a
``<br>`` line) with that story's date line, source field or reporter's byline under it, then
that story. Stop 37 left a second story under an ``<h3>`` with neither a pointer nor a
dateline lead-in: markup alone cannot tell its headline from a section head, and the info
line under it was dropped as furniture before the text's edges were read. A section head is
never followed by a date, a source's field or a byline; the page's own info line stands above
its text. So a headline line (8 to 40 characters, no sentence closed) right over such an info
line, over a paragraph closing a sentence, under two sentences of text or more, starts
another story (stop 34's label rule 1). Guards: a section head over its text stays, and so
does the page's own info line over the text, and a notice's signing date (a day alone in
年月日) over the measures it prints.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, paras

TITLE = "某某县新建的山区公路正式通车"
OWN = [
    "十一月二十日，某某县连接三个山区乡镇的公路正式通车，沿线群众出行时间缩短一半。",
    "据县交通局介绍，这条公路全长四十二公里，历时两年建成，总投资三亿元。",
    "通车当天，不少村民早早来到路边，观看第一批客车驶过。",
]
HEADLINE = "某某县山区学校迎来首批校车"
OTHER = [
    "十一月二十一日，某某县山区学校的孩子们第一次乘校车上学。",
    "校长介绍，首批校车共五辆，每天早晚各跑一趟，接送沿线村子的孩子。",
    "一名家长说，以前孩子天不亮就要出门，现在安全多了。",
]


def _paragraphs(inner: str) -> list[str]:
    return cleaned(news_page(TITLE, "<div class='article'>" + inner + "</div>")).paragraphs


def test_h3_headline_over_its_date_and_source() -> None:
    info = "<p>2026-11-21 10:00 来源：某某日报</p>"
    assert _paragraphs(paras(OWN) + f"<h3>{HEADLINE}</h3>" + info + paras(OTHER)) == OWN


def test_h3_headline_over_its_date_in_a_div() -> None:
    info = "<div class='time'>2026-11-21</div>"
    assert _paragraphs(paras(OWN) + f"<h3>{HEADLINE}</h3>" + info + paras(OTHER)) == OWN


def test_bold_headline_over_its_source_field() -> None:
    story = f"<p><strong>{HEADLINE}</strong></p><p>来源：某某日报</p>" + paras(OTHER)
    assert _paragraphs(paras(OWN) + story) == OWN


def test_br_lines_headline_over_a_byline() -> None:
    assert _paragraphs("<br>".join([*OWN, HEADLINE, "记者 李某 通讯员 王某", *OTHER])) == OWN


def test_a_section_head_over_its_text_stays() -> None:
    text = paras(OWN) + "<h3>山区学校同步受益</h3>" + paras(OTHER)
    assert _paragraphs(text)[-1] == OTHER[-1]


def test_a_signing_date_over_printed_measures_stays() -> None:
    notice = ["为规范山区学校校车管理，经研究，现印发校车管理办法。", "请各校认真贯彻执行，确保师生安全。"]
    measures = ["第一条为规范校车管理，制定本办法。", "第二条本办法自发布之日起施行。"]
    text = paras([*notice, "附件：某某县校车管理办法", "2026年11月21日", *measures])
    assert _paragraphs(text)[-1] == measures[-1]


def test_the_pages_own_info_line_over_the_text_stays() -> None:
    text = "<p>2026-11-20 来源：某某日报</p>" + paras([*OWN, *OTHER])
    assert _paragraphs(text) == [*OWN, *OTHER]
