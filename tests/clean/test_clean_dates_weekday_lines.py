"""Date lines that print the day of the week (stop 32, before fresh14), on pages of own text
in the real markups' shapes.

Chinese templates often print the weekday with the page's date: ``发布时间：2024年10月30日
星期三 11:13`` under the headline, ``2024-10-30（周三）11:13``, a school's ``某某中学
2017年1月9日星期一``, a notice's headline box ``标题 <small>( 2020年9月22日 星期二 )</small>``.
A probe that added the weekday to the opened pages' own date lines found three failures:

1. the clock after the weekday was not read (the page dated at midnight: 367 of 401 clocks
   lost), since a clock had to follow the day directly;
2. a weekday counted as a masthead's "today" mark (``2019年9月6日 星期五`` over a site's
   menus) wherever it stood, so the page's own date line right at its headline was counted
   down, and a school's line of its name, day and weekday was no date line;
3. a date with its weekday closing the headline's own block stayed in the headline.

A weekday right at the headline (or after a publication label) is the page's date line; a
masthead's weekday line far above the headline is still no publication date (guard).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras, published

HEADLINE = "城东区三座社区图书馆对外开放"
TEXT = [
    "城东区今年新建的三座社区图书馆本周起全部对外开放，居民凭身份证即可免费借阅图书。",
    "据区文化馆介绍，三座图书馆共有藏书四万余册，每天开放到晚上九点，周末也不休息。",
    "区文化馆还表示，今后将根据读者的意见，逐步延长三座图书馆在考试季的开放时间。",
]
MENU = "<div class='menu'>" + "".join(
    f"<a href='/c{n}/'>{name}</a>" for n, name in enumerate(
        ("首页", "要闻", "社会", "文化", "教育", "体育", "图片", "专题"))) + "</div>"


def page(info: str, *, top: str = "", heading: str = "h1") -> str:
    """A news page: ``top`` over the menus, the headline, ``info`` under it, the text."""
    return (page_head() + top + MENU + f"<div class='main'><{heading}>{HEADLINE}</{heading}>"
            + info + "<div class='content'>" + paras(TEXT) + "</div></div>"
            "<div class='foot'>关于我们 联系我们</div></body></html>")


def test_clock_after_the_weekday_dates_the_page() -> None:
    when = published(page("<div class='info'>发布时间：2024年10月30日 星期三 11:13　"
                          "来源：城东区融媒体中心</div>"))
    assert when == "2024-10-30T11:13:00+08:00"


def test_clock_after_a_bracketed_short_weekday_dates_the_page() -> None:
    assert published(page("<p>2024-10-30（周三）11:13</p>")) == "2024-10-30T11:13:00+08:00"


def test_a_weekday_date_closing_the_headline_block_is_not_the_headline() -> None:
    result = cleaned(page("", heading="h1").replace(
        f"<h1>{HEADLINE}</h1>", f"<h1>{HEADLINE} <small>( 2020年9月22日 星期二 )</small></h1>"))
    assert result.title == HEADLINE
    assert result.published_at is not None and result.published_at.startswith("2020-09-22")


def test_a_mastheads_weekday_line_over_the_menus_does_not_date_the_page() -> None:
    when = published(page("<div class='info'>2024-10-30 11:13 来源：城东区融媒体中心</div>",
                          top="<div class='top'>2026年11月30日 星期一</div>"))
    assert when == "2024-10-30T11:13:00+08:00"
