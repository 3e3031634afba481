"""Dates after fresh13's score: the date line in an author box classed by a spacing rule.

A column's page prints its date line and source under the headline in an author box
(``<div class="padding-side"><div class="article-author">…<span class="publish-time">2024-
09-05 17:24</span> <span>来源：某某网</span>``), the text's block after it. The box's class
``padding-side`` (the stylesheet's padding rule) was read as a sidebar's, so its date was
read as a list's entry and never as the page's: the page had no date. A side or an edge
named after a box property (``padding-``, ``margin-``, ``border-``) names no listing.
"""

from __future__ import annotations

from tests.clean.news_page import page_head, paras, published

TEXT = [
    "几天前我在浏览社交网站时，偶然看到了一段关于网络新现象的讨论，参与的人数多得出乎意料。",
    "这种现象出现的时间并不长，但它引发的争议已经从网络延伸到了日常生活之中，值得我们认真思考。",
    "你怎么看待这个问题？欢迎在下面的评论区写下你的看法。",
]


def page(box_class: str) -> str:
    """A column's page: menu, headline, the author box classed ``box_class`` with its date
    line and source, then the text."""
    return (page_head("一个让我困惑的网络新现象") + "<div class='nav'><a href='/'>首页</a></div>"
            "<div class='main'><h1>一个让我困惑的网络新现象</h1>"
            f"<div class='{box_class}'><div class='article-author'><span><a href='/u/21'>"
            "世界之声</a> <a href='/follow'>关注</a></span><div><span class='publish-time'>"
            "2024-09-05 17:24</span> <span class='publish-time'>来源：某某科学网 </span></div>"
            f"</div></div><div class='content'>{paras(TEXT)}</div></div></body></html>")


def test_date_in_an_author_box_classed_padding_side_is_read() -> None:
    assert published(page("padding-side")) == "2024-09-05T17:24:00+08:00"


def test_date_in_an_author_box_classed_margin_bottom_is_read() -> None:
    assert published(page("margin-bottom")) == "2024-09-05T17:24:00+08:00"
