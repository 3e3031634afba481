# ruff: noqa: E501  (Chinese test strings)
"""A slideshow's caption set large under its picture is not the headline (stop 28, headline
round; found on the opened splits under the ``notitle``, ``nostated``, ``bare`` and
``classes-*`` perturbations).

The shape: a Macau or Hong Kong paper's old table layout prints the headline in a
title-classed cell, the date line under it, then a slideshow of the story's photos — each
picture in its own box with a caption overlaid on it in a centred ``<font size=4>`` — and
the text in the next cell. With nothing stated to match, what is printed nearest the text
weighed by its kind decided, and a centred large line is as strong as a title-classed cell:
the first caption, nearer the text, won. A line that is the only text of the smallest box
holding a picture, printed under the picture, is that picture's caption, never the
headline, however it is set; a heading or a title-classed block is not read so, nor a line
over a picture (which may head it).
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "本澳扩建三条巴士专道 繁忙时段限私家车驶入"
CAPTION = "交通事务局局长介绍新巴士专道的走向，以及配套措施"
TEXT = [
    "　　交通事务局昨日公布，将于下月起在市区三条主要干道增设巴士专用道，繁忙时段禁止私家车驶入。",
    "　　局方表示，新专道启用后，途经该路段的十多条巴士路线行车时间预计可缩短两成，并会加派人员执法。",
    "　　有议员认为措施方向正确，但促请当局做好宣传，避免驾驶者误入专道被罚。",
]


def slide(src: str, caption: str) -> str:
    """One picture of the slideshow, its caption overlaid under it."""
    return ("<td height='480'><div style='height:480px;overflow:hidden'><div style='position:relative'>"
            f"<div style='position:absolute'><a href='{src}'><img src='{src}' width='640'></a><div>"
            "<div style='height:60px;position:relative;top:-60px;opacity:0.5'>"
            f"<center style='padding-top:10px'><font size='4'>{caption}</font></center>"
            "</div></div></div></div></div></td>")


def paper_page(title: str = "", headline_cls: str = "news_title") -> str:
    """A paper's table-laid story: the headline cell, the date cell, the slideshow, the
    text cell."""
    cls = f" class='{headline_cls}'" if headline_cls else ""
    return (page_head(title)
            + "<table width='900'><tr><td><a href='index.php?fi=news1'>即时新闻</a> "
            "<a href='index.php?fi=news2'>要闻港闻</a> <a href='index.php?fi=news3'>财经</a></td></tr></table>"
            "<table width='900' cellpadding='5'>"
            f"<tr><td{cls}>{HEADLINE} </td></tr>"
            "<tr><td>发布日期 : 2020-08-07 <br><hr></td></tr>"
            "<tr><td><table width='100%'><tr><td width='650' valign='top'>"
            "<div style='position:relative;width:640px;height:480px;overflow:hidden'>"
            "<div style='position:absolute;left:-640'><table><tr>"
            + slide("img/1.jpg", "") + slide("img/2.jpg", CAPTION)
            + "</tr></table></div></div>"
            "<div>" + paras(TEXT) + "</div></td></tr></table></td></tr></table>"
            "<div>版权所有 不得转载</div></body></html>")


@pytest.mark.parametrize("title", ["", "通知公告"], ids=["no-title", "channel-title"])
@pytest.mark.parametrize("cls", ["news_title", ""], ids=["title-cell", "plain-cell"])
def test_a_slideshow_caption_under_its_picture_is_not_the_headline(title, cls):
    assert cleaned(paper_page(title, cls)).title == HEADLINE


def test_a_large_line_over_a_picture_still_heads_a_page_without_another():
    """The guard: a page printing nothing over its text but a large line over a picture
    (a book's blurb page) keeps that line as its headline."""
    heading = "一套散文丛书的出版说明"
    page = (page_head() + "<div><p align='center'><a href='/book/1.html'>"
            f"<font size='4'>{heading}</font></a></p><p align='center'><img src='/cover.jpg'></p>"
            + paras(TEXT) + "</div></body></html>")
    assert cleaned(page).title == heading
