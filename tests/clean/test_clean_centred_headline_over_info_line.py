# ruff: noqa: E501  (Chinese test strings)
"""A headline centred over its bracketed info line at the top of a cell of text (stop 29,
headline round; found on an opened news portal page under the ``notitle`` and
``title-channel`` perturbations).

The shape: the story is one table cell of text lines split by ``<br>``; it opens with
``<center>快讯：标题<br><font>(<small>某某网北京时间2026年11月20日</small> <small>首发 - <a>支持此文
作者/记者</a></small>)</font></center>``. The centred block's second line, a dated info line in
brackets, was not read as what a headline's block prints under it; its link then counted
against the headline's line; and the headline, inside the cell whose own text is the story,
was never "before the text". Now a dated bracketed line under a centred headline is its info
line, only the line's own links count, and a body's first line counts as right over its text
when the text runs in the body's own element.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head

HEADLINE = "快讯：滨江市计划提交公共交通票价调整方案"
LINES = [
    "　　滨江市交通运输局20日表示，将于下周向市人大常委会提交公共交通票价调整方案，征求各方意见。",
    "　　方案提出，普通公交线路票价保持不变，轨道交通实行里程分段计价，并扩大老年人优惠范围。",
    "　　有关部门表示，方案将在听证会后进一步修改完善。",
]


@pytest.mark.parametrize("title", ["", "通知公告"], ids=["notitle", "channel-title"])
def test_a_centred_headline_over_its_bracketed_info_line_is_found(title):
    page = (page_head(title) + "<table><tr><td><font size='2'>[<a href='/news/'>国际新闻</a>]</font></td></tr></table>"
            "<table><tr><td class='F11'><br><b></b><center>" + HEADLINE + "<br><font color='#000fC0'>(<small>滨江网北京时间2026年11月20日</small> "
            "<small>首发 - <a href='/cgi-bin/support.cgi?id=1' target='_new'>支持此文作者/记者</a></small>)</font></center><br>"
            + "<br><br>".join(LINES) + "<br></td></tr></table>"
            "<table><tr><td><center><b>在此做广告，联系滨江网</b></center></td></tr></table></body></html>")
    assert cleaned(page).title == HEADLINE

