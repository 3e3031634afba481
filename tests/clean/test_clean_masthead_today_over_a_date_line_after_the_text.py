"""A masthead's "today" near the headline when the page's date line prints after the text
(stop 33, perturbation residuals of stop 32's date changes), on pages of own text in the
real markups' shapes.

A site's header prints the day it is viewed (``2026年11月30日 星期一`` in a ``<time>`` beside
the logo and the search box, or a top bar of the site's name, its language links and the
day). With the page's own date line over the text, the header loses to it; printed after
the text (a template that dates its stories at their foot, the ``date-after-body``
perturbation), the header's day won:

1. a weekday date line right at the headline is the page's (stop 32), and a header of few
   elements is "right at" the headline in document order, so the masthead's weekday lost
   its "today" mark — a weekday in the site's header (a ``<header>`` or chrome-classed box
   that does not hold the headline) is still the masthead's;
2. a wrapper holding nothing but the chrome-classed top bar (``<div id=warp_top><div
   class=top>…</div></div>``) was read as a date line of its own, out of the chrome — a
   block whose whole text is one chrome box's is that box's.

Guards: a weekday date line in the article's own header, right under the headline, still
dates the page; a page whose only printed day is a weekday line under the headline keeps
it.
"""

from __future__ import annotations

from tests.clean.news_page import page_head, paras, published

HEADLINE = "城东区三座社区图书馆对外开放"
TEXT = [
    "城东区今年新建的三座社区图书馆本周起全部对外开放，居民凭身份证即可免费借阅图书。",
    "据区文化馆介绍，三座图书馆共有藏书四万余册，每天开放到晚上九点，周末也不休息。",
    "区文化馆还表示，今后将根据读者的意见，逐步延长三座图书馆在考试季的开放时间。",
]
FOOT = "<div class='foot'>关于我们 联系我们 版权所有</div></body></html>"


def header_page(info_after: str, *, today: str = "2026年 11月 30日 星期一") -> str:
    """A site's ``<header>`` (logo, today's day in ``<time>``, a search box), the headline,
    the text, and ``info_after`` printed after its last paragraph."""
    return (page_head() + "<header id='header'><div class='logo'><a href='/'>"
            "<img src='/logo.png' alt='城东新闻'></a></div><div class='col'>"
            f"<div class='date-holder'><time datetime='2026-11-30'>{today}</time></div>"
            "<form action='/search'><input name='q'><button>搜索</button></form></div>"
            "</header><div class='main'><h1>" + HEADLINE + "</h1><div class='content'>"
            + paras(TEXT) + info_after + "</div></div>" + FOOT)


def top_bar_page(info_after: str) -> str:
    """A top bar (the site's name, its language links, today's day) wrapped in a bare
    ``<div>``, two menus, the headline, the text, and ``info_after`` after its last paragraph."""
    languages = "".join(f"<a href='https://{code}.example.org/'>{name}</a>" for code, name in (
        ("ja", "日本語"), ("es", "Español"), ("de", "Deutsch"), ("fr", "Français"),
        ("en", "English"), ("www", "中 文")))
    menu = "".join("<ul>" + "".join(f"<li><a href='/c{n}/'>{name}</a></li>"
                                    for n, name in enumerate(names)) + "</ul>" for names in (
        ("图片新闻", "图片集", "视频", "电影", "电子杂志"),
        ("首页", "国际", "经济", "国内", "访谈", "文化", "科技", "体育", "专题", "评论", "财经",
         "教育", "健康", "旅游", "读书")))
    return (page_head() + "<div id='warp_top'><div id='top' class='warp'>"
            f"<span class='tpxt'>城东新闻周刊</span>{languages}"
            "<span id='time' class='fr'>2026年11月12日</span></div></div>"
            "<div class='warp'><img id='logo' src='/logo.jpg'></div>" + menu
            + "<div class='main'><h1>" + HEADLINE + "</h1><div class='content'>" + paras(TEXT)
            + info_after + "</div></div>" + FOOT)


def test_a_weekday_in_the_sites_header_does_not_date_a_page_dated_after_its_text() -> None:
    when = published(header_page("<p>2024年10月30日15:58 最後更新: 17:01</p>"))
    assert when == "2024-10-30T15:58:00+08:00"


def test_a_top_bar_wrapped_in_a_bare_block_does_not_date_a_page_dated_after_its_text() -> None:
    when = published(top_bar_page("<p>• 2007-02-08 • 本刊记者 李明</p>"))
    assert when == "2007-02-08T00:00:00+08:00"


def test_a_weekday_date_line_in_the_articles_own_header_still_dates_the_page() -> None:
    page = (page_head() + "<header id='header'><div class='logo'><a href='/'>"
            "<img src='/logo.png' alt='城东新闻'></a></div></header><div class='main'>"
            "<header class='article-head'><h1>" + HEADLINE + "</h1>"
            "<time>2024年10月30日 星期三</time></header><div class='content'>" + paras(TEXT)
            + "</div></div>" + FOOT)
    assert published(page) == "2024-10-30T00:00:00+08:00"


def test_a_weekday_date_line_under_the_headline_outside_any_header_dates_the_page() -> None:
    page = (page_head() + "<div class='main'><h1>" + HEADLINE + "</h1>"
            "<div>2024年10月30日 星期三</div><div class='content'>" + paras(TEXT)
            + "</div></div>" + FOOT)
    assert published(page) == "2024-10-30T00:00:00+08:00"
