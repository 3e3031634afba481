# ruff: noqa: E501  (Chinese test strings)
"""A ``<title>`` naming the channel before the headline (``财经风云--标题``) gives the
headline, not the channel's name (stop 27, headline round; found on fresh10's score).

The shape: an old blog or column system lays the page out in tables, writes ``<title>`` as
"channel, separator, headline" with nothing in ``<meta>`` to tell the order, and prints the
headline alone — as the link to the post's own address in a cell over the date line, and
again as the first line of the text, over the author and source lines. Read as the common
"headline, separator, site", the title made the channel's four characters the headline and
the headline the site's name. Now a title of two parts whose first is a bare short name
(Chinese characters or letters, no mark) and whose last reads as a headline (a clause mark,
or ten Chinese characters) names the channel first when the page prints that last part
alone and never prints the name alone after it — however the headline is printed (a link,
a plain cell, a line of the text), wherever the ``<title>`` sits, and with the channel's box
printed over the story. Guards: a blog whose long name is printed in its masthead before a
short headline, and a headline with a question mark before a blog's name, keep the title's
first part.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head, paras

CHANNEL = "股市杂谈"
HEADLINE = "某公司年报里的三处疑点，值得投资者细看！"
TEXT = [
    "上周五晚间，某公司披露了去年的年度报告，营业收入同比增长三成，净利润却下降了一半，股价次日低开。",
    "细读报告可以发现，应收账款比上年末多出八亿元，而同期的经营现金流由正转负，这是第一处疑点。",
    "第二处疑点在存货。报告期末存货余额创出新高，公司解释为提前备货，但主要产品的订单并未同步增加。",
    "第三处疑点是关联交易。前五大客户中有两家与公司实际控制人存在关联，相关收入占比接近四成。",
    "这些问题并不一定意味着财务造假，但投资者在做决定之前，最好把年报从头到尾读上一遍。",
]


def post(title: str, headline_cell: str, *, title_in_body: bool = False,
         channel_box: str = "", headline: str = HEADLINE) -> str:
    """A table-laid post: ``<title>`` in the head or (a template's slip) inside the body,
    ``channel_box`` over the headline's cell, a date line, the text opening with the
    headline again over the author and source lines, and a side column of channels."""
    head = page_head("" if title_in_body else title)
    slip = f"<title>{title}</title>" if title_in_body else ""
    first_line = f"<p>{headline}<br> 某某财经 <br>　来源：某某评论</p>"
    return (head + "<table width='1000'><tr><td width='750'><p>" + slip
            + "<table>" + channel_box
            + f"<tr><td><div align='left'><span>{headline_cell}</span></div></td></tr>"
            "<tr><td><div align='right'><span>caijing 发布于 2024-5-20 12:49:00</span></div></td></tr>"
            "</table><div style='line-height:160%'>" + first_line + paras(TEXT) + "</div>"
            "</p></td><td width='250'><table><tr><td>分类</td></tr>"
            f"<tr><td><a href='/blog/?c=1'>{CHANNEL}(1466)</a></td></tr>"
            "<tr><td><a href='/blog/?c=2'>读书笔记(320)</a></td></tr></table></td></tr></table>"
            "<div class='foot'>关于我们 联系我们 版权所有</div></body></html>")


LINK = f"<a href='/blog/more.asp?id=140711'>{HEADLINE}</a>"


@pytest.mark.parametrize("separator", ["--", "_", " | ", " - "],
                         ids=["double-dash", "underscore", "bar", "spaced-dash"])
@pytest.mark.parametrize("title_in_body", [False, True], ids=["in-head", "in-body"])
def test_a_title_naming_the_channel_first_gives_the_printed_headline(separator, title_in_body):
    page = post(f"{CHANNEL}{separator}{HEADLINE}", LINK, title_in_body=title_in_body)
    assert cleaned(page).title == HEADLINE


@pytest.mark.parametrize("cell", [HEADLINE, f"<b>{HEADLINE}</b>"], ids=["plain", "bold"])
def test_the_headline_printed_in_a_plain_cell_wins_over_the_channel_first(cell):
    assert cleaned(post(f"{CHANNEL}--{HEADLINE}", cell)).title == HEADLINE


def test_the_channel_box_printed_over_the_story_is_not_the_headline():
    box = f"<tr><td class='title'><b>{CHANNEL}</b></td></tr>"
    assert cleaned(post(f"{CHANNEL}_{HEADLINE}", HEADLINE, channel_box=box)).title == HEADLINE


def test_a_traditional_script_title_naming_the_column_first_gives_the_headline():
    headline = "港隊七人欖兩戰皆負，教練：年輕球員仍需磨練"
    link = f"<a href='/p/88'>{headline}</a>"
    result = cleaned(post(f"體壇週記--{headline}", link, headline=headline))
    assert result.title == "港队七人榄两战皆负，教练：年轻球员仍需磨练"


def test_the_headline_printed_again_over_the_credit_lines_does_not_start_the_text():
    body = cleaned(post(f"{CHANNEL}--{HEADLINE}", LINK, title_in_body=True)).body
    assert body.startswith(TEXT[0][:15])


def blog_page(headline: str, name: str, tag: str = "h1",
              classes: tuple[str, str] = ("", "")) -> str:
    """A blog post titled ``headline - name``: the blog's name linked in a box over the
    headline (``<tag>``) and again in a side box under the text, ``classes`` the two boxes'
    class attributes (none when empty)."""
    top, side = (f" class='{c}'" if c else "" for c in classes)
    return (page_head(f"{headline} - {name}") + f"<div{top}><a href='/'>{name}</a></div>"
            f"<{tag}>{headline}</{tag}><div>2024-04-13 18:20</div>" + paras(TEXT)
            + f"<div{side}><a href='/'>{name}</a></div></body></html>")


def test_a_blog_name_printed_in_its_masthead_before_a_short_headline_stays_the_site():
    page = blog_page("周末春游", "小王的生活随笔与读书笔记本", "h2", ("banner", "side"))
    assert cleaned(page).title == "周末春游"


def test_a_headline_with_a_question_mark_before_a_blog_name_stays_the_headline():
    assert cleaned(blog_page("节能灯怎么选？", "居家过日子的那点事儿")).title == "节能灯怎么选？"


@pytest.mark.parametrize("title", [f"某某财经网_{HEADLINE}", f"{HEADLINE}_某某财经网"],
                         ids=["site-first", "site-last"])
def test_a_headline_printed_only_as_the_link_to_its_post_is_the_headline(title):
    assert cleaned(post(title, LINK)).title == HEADLINE


def test_a_channel_printed_only_as_a_menu_link_is_still_no_headline():
    """A listing page's ``<title>`` part printed as a menu entry is a channel, not a story,
    however long its name (``…博士后流动站简介``): no clause mark, no headline."""
    name = "某某大学博士后流动站简介"
    page = (page_head(f"{name}-某某大学人事处")
            + f"<div class='menu'><ul><li><a href='/bsh/jj.htm'>{name}</a></li>"
            "<li><a href='/bsh/gl.htm'>博士后管理</a></li></ul></div>"
            "<div class='list'><ul><li><a href='/info/1.htm'>中国语言文学博士后流动站简介</a> [2020-11-11]</li>"
            "<li><a href='/info/2.htm'>历史学博士后流动站简介</a> [2020-11-11]</li></ul></div>"
            "</body></html>")
    assert cleaned(page).title != name


# Stop 28: the same post with no ``<title>`` at all, or one naming only a channel
# (``通知公告``): nothing stated, no heading, no bold line, and the headline printed twice —
# over the date line (a link to the post's own page, or a plain cell) and as the text's
# first line. The line the text opens with, printed whole before the text too, is the
# headline (the link's case failed before; the plain cell's was found as a lone line and is
# kept); a first line printed only once is not taken for one.
@pytest.mark.parametrize("title", ["", "通知公告"], ids=["no-title", "channel-title"])
@pytest.mark.parametrize("cell", [LINK, HEADLINE], ids=["link", "plain"])
def test_a_headline_printed_twice_holds_without_the_title(title, cell):
    assert cleaned(post(title, cell)).title == HEADLINE


def test_a_first_line_printed_once_is_not_taken_for_the_headline():
    """The guard: the cell over the date line prints another line; the text's first line,
    printed nowhere else, names nothing."""
    page = post("", "<a href='/blog/?c=1'>返回列表</a>")
    assert cleaned(page).title != HEADLINE
