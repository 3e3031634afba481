# ruff: noqa: E501  (Chinese test strings)
"""A subtitle under a short headline, and the page's font-size tools, are not the headline
when no ``<title>`` names it (stop 28, headline round; found on the opened splits under the
``notitle``, ``title-channel`` and ``bare`` perturbations).

The shape: an embassy's or a ministry's news page prints a short headline (eight
characters) in a title-classed block, the subtitle under it opening with a dash
(``——某某向某某捐赠``), the source and date line, a row of tools (``[字体：大 中 小] 打印本页``),
then the text. With nothing stated to match, two title-classed blocks near the text tied
and the longer won: the subtitle. A line opening with a dash is a subtitle, never the
headline, when it matches nothing stated. With the class words gone too, the tools row won
as the line printed nearest the text: a font-size tool written in brackets is a tool row
like its unbracketed forms.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "老吾老以及人之老"
SUBTITLE = "——驻外使馆妇女小组向当地养老院捐赠义卖款"
TEXT = [
    "　　本月二十日，大使夫人带领使馆妇女小组来到当地一家养老院，将年终义卖活动所得款项全部捐出。",
    "　　养老院负责人表示，这笔善款将用于为老人们添置冬衣和康复器材，感谢中国朋友多年来的关心和帮助。",
    "　　使馆妇女小组成员还与老人们一起包饺子、写春联，现场气氛温馨热烈。",
]


def embassy_page(title: str, cls: bool = True) -> str:
    """A ministry's news page: breadcrumb, the headline and subtitle blocks (title-classed
    when ``cls``), the source and date line, the tools row, the text."""
    def attr(name: str) -> str:
        return f" class='{name}'" if cls else ""
    return (page_head(title)
            + "<div" + attr("nav") + "><a href='/'>首页</a> &gt; <a href='/zwbd/'>驻外报道</a></div>"
            "<div" + attr("vibox") + ">"
            f"<div{attr('title')}>{HEADLINE}</div><div{attr('futitle')}>{SUBTITLE}</div>"
            "<div" + attr("time") + "><span>来源：驻外使馆</span><span>2019-12-20</span></div>"
            "<div" + attr("info") + ">[字体：<a href='javascript:edit(20);'>大</a> "
            "<a href='javascript:edit(16);'>中</a> <a href='javascript:edit(14);'>小</a>]"
            "     <a href='javascript:void(0);'>打印本页</a></div>"
            "<div" + attr("content") + ">" + paras(TEXT) + "</div></div>"
            "<div" + attr("foot") + ">关于我们 联系我们 版权所有</div></body></html>")


@pytest.mark.parametrize("title", ["", "通知公告"], ids=["no-title", "channel-title"])
def test_a_dash_subtitle_under_a_short_headline_is_not_the_headline(title):
    assert cleaned(embassy_page(title)).title == HEADLINE


def test_a_bracketed_font_size_tool_row_is_not_the_headline():
    assert cleaned(embassy_page("", cls=False)).title == HEADLINE


def test_a_title_stating_the_subtitle_keeps_it_out_of_the_headline():
    """The guard: with the ``<title>`` stating the headline, the answer was right before."""
    assert cleaned(embassy_page(f"{HEADLINE}_某某部网站")).title == HEADLINE
