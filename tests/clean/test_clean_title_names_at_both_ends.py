"""A ``<title>`` naming the site at both ends gives its middle part as the headline (stop 28,
headline round; found on the opened splits under the ``nostated``, ``classes-head-chrome``
and ``classes-all`` perturbations).

The shape: a web paper writes ``<title>`` as ``某某时报 | 标题 | 某某编辑部 | 某某新闻`` — the
paper's name first, the headline, the desk and the news section last — with nothing in
``<meta>`` to tell the order, and prints the headline in a large bold line (no heading tag)
near a ``<font>`` printing the section's name. Read as "site first", the title's headline
end was its last part, the section's name, printed near the text: it won. When one middle
part of a title of three parts or more reads as a headline (six Chinese characters and a
clause mark, or ten) and neither end does, that part is the headline's and both ends are
names; the printed line matching it is the headline.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "老街坊：铺租年年加，小店唔知撑到几时"
TEXT = [
    "　　街市旁边的几间老字号，今年先后收到业主加租通知，有店主话加幅接近两成，生意难以维持。",
    "　　有街坊表示，这些小店陪伴社区几十年，如果相继结业，区内的生活气息会大不如前。",
    "　　区议员建议政府研究为社区小店提供租金支援，并鼓励业主与租户协商合理租金。",
]


def paper(title: str) -> str:
    """The paper's page: the section's name in a ``<font>`` over the story's table, the
    headline in a bold 16pt line, the date, the text."""
    return (page_head(title)
            + "<table><tr><td><a href='/'>首页</a> <a href='/news/'>新闻</a></td></tr></table>"
            "<table><tr><td align='left'><p><font color='#716247'>某某新闻</font></p>"
            "<table><tr><td style='font-size:11pt'><p><font>"
            f"<div style='font-size:16pt'><b>{HEADLINE}</b></div></font></p>"
            "<p>11/22/2014</p>" + paras(TEXT) + "</td></tr></table></td></tr></table>"
            "<div>版权所有</div></body></html>")


@pytest.mark.parametrize("title", [
    f"某某时报 | {HEADLINE} | 某某编辑部 | 某某新闻",
    f"某某时报 - {HEADLINE} - 某某新闻",
], ids=["four-parts", "three-parts"])
def test_the_headline_part_between_two_names_is_the_headline(title):
    assert cleaned(paper(title)).title == HEADLINE


def test_a_title_with_the_headline_at_its_end_keeps_its_order():
    """The guard: ``标题 | 频道 | 网站`` (the headline at an end) is read as before."""
    assert cleaned(paper(f"{HEADLINE} | 某某新闻 | 某某时报")).title == HEADLINE


def test_a_headline_broken_by_its_dash_after_the_site_keeps_its_subtitle():
    """The guard added with the rule's first fault: ``站名_标题—副题`` splits in three at the
    dash, its middle part headline-shaped, its last part a subtitle (no name): the printed
    headline with its subtitle stays whole."""
    headline = "别具意义的四个英文字母—认识LGBT多元性别"
    page = (page_head(f"某某资讯网_{headline}") + "<div class='main'><div class='title'>"
            f"<h3>{headline}</h3></div><div>2014-11-22</div><div class='text'>" + paras(TEXT)
            + "</div></div></body></html>")
    assert cleaned(page).title == headline
