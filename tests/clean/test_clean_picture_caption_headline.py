# ruff: noqa: E501  (Chinese test strings)
"""A picture's caption at the top of the text is not the headline (stop 27, headline round;
found on fresh10 under the ``notitle`` and ``bare`` perturbations).

The shape: an old portal's table layout prints the headline in a bold cell, the date line
under it, then the text's cell opening with a picture and its caption — a short centred line
in a small font (``<div align=center><font size=2>某某与某某</font></div>``) — before the
paragraphs. With no ``<title>`` to match (or one naming only the site), the line printed
closest to the text won, and the caption is the text's first line. Now a plain line under a
picture the text opens with is no headline candidate; a bold or large line there still is
(a heading under an organisation chart). The headline printed over the text wins.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "老剧新播收视走高 两位主演再度联手"
TEXT = [
    "　　提起这部剧，大多数观众都看过，甚至不止看过一遍。两位主演当年的对手戏至今仍被观众津津乐道。",
    "　　据介绍，新剧将于本月中旬在两家卫视同步播出，两位主演时隔多年再度合作，剧组对收视表现充满信心。",
    "　　业内人士认为，老演员新作品的组合近年屡见不鲜，能否延续当年的口碑，还要看剧本和制作的质量。",
]
PICTURE = "<div align='center'><img src='/photos/2008/1211/a.jpg'></div><br><p></p>"


def portal(title: str, caption: str) -> str:
    """A table-laid portal page: the headline's bold cell, the date line, the text's cell
    opening with a picture and ``caption`` under it, then the paragraphs."""
    return (page_head(title)
            + "<table width='95%'><tr><td class='link24p' align='center'>"
            f"<b>{HEADLINE}</b></td></tr></table>"
            "<table width='95%'><tr><td align='center'>2008年12月11日 09:51 来源：某某娱乐</td></tr></table>"
            "<table width='95%'><tr><td class='link14pp' id='zoom'><p></p>" + PICTURE + caption
            + "<p></p>" + paras(TEXT) + "</td></tr></table>"
            "<div class='foot'>关于我们 联系我们 版权所有</div></body></html>")


@pytest.mark.parametrize("caption", [
    "<div align='center'><font size='2'>两位主演与导演合影</font></div>",
    "<p align='center'>两位主演与导演合影</p>",
    "<div style='text-align:center'><span>两位主演与导演合影</span></div>",
], ids=["small-font", "centred-p", "styled-div"])
@pytest.mark.parametrize("title", ["", "某某娱乐网"], ids=["no-title", "site-name-title"])
def test_a_caption_under_the_opening_picture_is_not_the_headline(title, caption):
    assert cleaned(portal(title, caption)).title == HEADLINE


def test_a_bold_heading_under_an_opening_picture_still_heads_a_text_without_another():
    """A page printing nothing over its text but a chart and a bold line under it: the bold
    line is the heading."""
    heading = "人事部门工作职责与分工说明"
    page = (page_head() + "<div class='content'>" + PICTURE
            + f"<p align='center'><strong><span style='font-size:21px'>{heading}</span></strong></p>"
            + paras(TEXT) + "</div></body></html>")
    assert cleaned(page).title == heading
