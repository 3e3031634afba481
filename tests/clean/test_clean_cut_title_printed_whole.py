# ruff: noqa: E501  (Chinese test strings)
"""A ``<title>`` cut short gives way to the headline printed whole in a large or bold line
(stop 27, headline round; found on the opened pages under the ``noclass``, ``renamed``,
``headings-plain`` and ``layout-cell`` perturbations).

The shape: a news site states its headline in ``<title>`` and ``og:title`` with its last
clause cut off, and prints it whole in a large bold block with no heading tag or class
(``<div style="font-size:24px;font-weight:bolder">``). Only a title-classed block or a
heading printing it counted, so with neither the stated, shortened headline was taken. Now
when nothing printed matches the stated headline, a large or emphasised line printing it and
one more clause of it (set off by a space, headline-like, no sentence mark, byline or tool
word) is the headline. Guard: a bold line printing the stated headline and then its byline
leaves the stated headline.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, paras

STATED = "年終獎金平均1.5個月 科技業最高20個月　三成企業今年加碼"
MORE = "比去年多領兩天 獎金太低近半數想離職"
WHOLE = f"{STATED}　{MORE}"
TEXT = [
    "到了年底，上班族最關心的就是年終獎金。求職網站最新調查顯示，今年企業平均發放的年終獎金為一點五個月。",
    "調查指出，科技業的年終獎金最高可達二十個月，金融業次之，傳統製造業則普遍在一個月左右。",
    "另外有三成企業表示今年將加碼發放，但也有近半數受訪者表示，如果獎金太低，明年會考慮換工作。",
]


def page(printed: str) -> str:
    """A page stating :data:`STATED` in ``<title>`` and ``og:title`` and printing
    ``printed`` over its date line and text."""
    return ("<html><head><meta charset='utf-8'>"
            f"<title>{STATED} - 某某新聞</title>"
            f"<meta property='og:title' content='{STATED} - 某某新聞'></head><body>"
            "<div class='nav'><a href='/'>首頁</a> <a href='/news/'>產業</a></div>"
            + printed + "<div>2024/12/12</div><div>" + paras(TEXT) + "</div>"
            "<div class='foot'>關於我們 版權所有</div></body></html>")


@pytest.mark.parametrize("printed", [
    f"<div style='font-size:24px;FONT-WEIGHT: bolder;'>{WHOLE}</div>",
    f"<p align='center'><font size='5'><b>{WHOLE}</b></font></p>",
    f"<p><strong>{WHOLE}</strong></p>",
], ids=["large-bold-div", "centred-large-font", "bold-paragraph"])
def test_the_headline_printed_whole_wins_over_a_title_cut_short(printed):
    assert cleaned(page(printed)).title == "年终奖金平均1.5个月 科技业最高20个月 三成企业今年加码 比去年多领两天 奖金太低近半数想离职"


def test_a_bold_line_running_on_into_its_byline_leaves_the_stated_headline():
    printed = f"<p><strong>{STATED}　記者王小明／台北報導</strong></p>"
    assert cleaned(page(printed)).title == "年终奖金平均1.5个月 科技业最高20个月 三成企业今年加码"
