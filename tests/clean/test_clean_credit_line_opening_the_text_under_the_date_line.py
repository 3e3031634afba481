"""A stop-less line opening the text, under a headline printed over its date line (stop 33,
a perturbation residual of stop 32's headline change), on pages of own text in an old
portal's table layout.

Stop 32 made a stop-less line of a headline's shape that opens the body (twenty Chinese
characters or more, no ``。，；！？``) head the text: a notice's ``关于…的公告`` at the top of
a block chosen around it. An old portal prints the headline in a bold cell, the date line
in the row under it, a row of page tools, and then the text's cell, whose first paragraph
is a credit line (``测试：某某报汽车测评中心张三李四等20人``): a stop-less line too. With the
page's ``<title>`` gone (or naming only the channel) nothing told them apart but their
places, and the credit line, nearer the text, was taken as the headline. A headline is
printed over its date line: when a line before the body sits over its date line, the
body's first line, printed under that date line, opens the text instead. Guard: the
notice's stop-less headline opening the body, no line over a date line before it, is
still the headline (tests/clean/test_clean_stopless_headline_opening_the_body.py).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "对比试驾—测评两款城市小型车（图）"
CREDIT = "测试：城东晚报汽车测评中心张立新王海林赵明等十余人"
TEXT = [
    "城东汽车公司原来以生产小型货车闻名，近年来才转向家用轿车市场，今年推出的两款城市小型车"
    "都主打宽敞的车内空间。",
    "两款车的外形风格差别很大，一款线条硬朗，另一款则更加圆润活泼，针对的用户也有所不同。",
    "从动力系统方面比较，两款车使用了相同的发动机，但变速箱不同，因此加速表现各有特点。",
]


def portal_page(title: str = "") -> str:
    """An old portal's article: a breadcrumb table, the headline's bold cell, the date
    line's row, a tools row, then the text's cell opening with the credit line."""
    tools = ("页面功能 【<a href='/comment?id=1'>我来说两句</a>】【<a href='/sms?id=1'>推荐</a>】"
             "【字体：<a href='javascript:fontZoom(16)'>大</a> <a href='javascript:fontZoom(14)'>中"
             "</a> <a href='javascript:fontZoom(12)'>小</a>】【<a href='/print?id=1'>打印</a>】"
             "【<a href='javascript:window.close()'>关闭</a>】")
    return (page_head(title) + "<table width='590'><tr><td><a href='/'>城东网首页</a> &gt;&gt; "
            "<a href='/auto/'>汽车频道</a> &gt;&gt; <a href='/auto/test/'>对比测试</a></td></tr>"
            "</table><table width='590'><tr><td height='54' align='center' class='c14'><strong>"
            + HEADLINE + "</strong></td></tr><tr><td><img src='/c.gif' width='5' height='1'>"
            "</td></tr><tr><td align='center' class='topwhite'>AUTO.EXAMPLE.COM 2003年11月12日"
            "16:36　城东晚报</td></tr><tr><td><img src='/c.gif' width='10' height='14'></td></tr>"
            f"<tr><td align='center'>{tools}</td></tr><tr><td class='cc' id='fontzoom'>"
            + paras(["　　" + CREDIT] + ["　　" + t for t in TEXT])
            + "</td></tr></table><div>版权所有 城东网</div></body></html>")


def test_the_headline_over_its_date_line_outranks_the_credit_line_under_it() -> None:
    assert cleaned(portal_page()).title == HEADLINE


def test_the_headline_over_its_date_line_outranks_it_under_a_channels_title() -> None:
    assert cleaned(portal_page("对比测试")).title == HEADLINE


def test_the_page_keeps_its_date_and_its_text() -> None:
    result = cleaned(portal_page())
    assert result.published_at == "2003-11-12T16:36:00+08:00"
    assert result.body.rstrip().endswith("因此加速表现各有特点。")
