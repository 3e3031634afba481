"""Headlines of stop 31 (before fresh13): a plain line over its info box, on pages of own text
that name the story nowhere else (no ``<title>``, no stated headline, no classes: the shape
the ``bare`` perturbation gives real pages).

A news app's page prints its headline in a plain ``<div>``, then a spacer and the info box:
``<div><div>某某 • 现场</div><div>阅读：92187</div><div>2024-08-03 15:44:32</div></div>``,
then a topic's banner line and the text. A plain line counted as "over its date line" only
when one of the three elements right after it was a short dated line, so the headline's date
line, fifth after it, was not seen; and only the two plain lines nearest the text were
weighed (the topic's banner and a badge). The date line is now looked for among the next
twelve elements before a fourth line of text, and the lines over the text are read on until
one sits over its date line. A line inside the info box itself (the source's name over the
day, ``<div><span>某某客户端</span><span>2024-03-12 15:35</span></div>``) opens the info line:
with a line over the box and over the same date line, that line is the headline. A column's
name over the headline, both in one small box with the date line, leaves the headline the
nearer line (before, the topic's banner nearer the text won there too).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "城西湿地公园今年迎来越冬候鸟两万只"
TEXT = [
    "记者从城西湿地公园管理处获悉，今年入冬以来，来公园越冬的候鸟已超过两万只，比去年多出三成。",
    "管理处负责人介绍，公园去年完成了水位调整和浅滩改造，为候鸟觅食和栖息提供了更多空间。",
    "为了不打扰候鸟，公园在观鸟区设置了隔离带，并提醒游客不要投喂、不要使用闪光灯拍照。",
]
MENU = "<div><a href='/'>首页</a> <a href='/news/'>新闻</a> <a href='/video/'>视频</a></div>"


def page(head: str) -> str:
    """A page without ``<title>`` or classes: the menu, ``head`` (the headline's lines), a
    topic's banner and a badge over the text."""
    return (page_head() + MENU + head + "<div><p>城西生态——聚焦2025城西湿地保护</p></div>"
            "<div>首页头条收录</div><div>" + paras(TEXT) + "</div></body></html>")


def test_plain_line_over_its_info_box_is_the_headline() -> None:
    head = (f"<div>{HEADLINE}</div><div>\n  </div><div>\n <div>城西发布 • 湿地现场</div>"
            "\n <div>阅读：92187</div>\n <div>2025-11-03 15:44:32</div>\n</div>")
    assert cleaned(page(head)).title == HEADLINE


def test_source_name_over_the_day_in_the_info_box_is_no_headline() -> None:
    head = (f"<div>{HEADLINE}</div><div></div><div><span>城西日报客户端</span> "
            "<span>2025-11-03 15:44:32</span></div>")
    assert cleaned(page(head)).title == HEADLINE


def test_column_name_over_the_headline_in_one_small_box_leaves_the_headline() -> None:
    head = (f"<div><div>生态环境保护专栏</div><div>{HEADLINE}</div>"
            "<div>2025-11-03 15:44:32</div></div>")
    assert cleaned(page(head)).title == HEADLINE


def test_plain_line_over_a_long_info_line_opening_with_its_day_is_the_headline() -> None:
    # The info line runs past 60 characters (its source a link, a count, a comment link) and
    # a share bar of many links stands between it and the text, under a column's heading.
    share = "<ul>" + "".join(f"<li><a href='/s/{n}'>{n}</a></li>" for n in range(30)) + "</ul>"
    head = (f"<div>{HEADLINE}</div><div><a href='/author/7'><img src='/a.png'></a></div>"
            "<div>2025-11-03 13:48:30\u00a0\u00a0出处：<a href='/'>城西发布</a>"
            "<span>\u00a0\u00a0人气：<font>5619</font>次</span><span>\u00a0\u00a0评论"
            "<a href='#c'>(<span>46</span>)</a></span></div>" + share + "<h3>今日视点</h3>")
    assert cleaned(page(head)).title == HEADLINE
