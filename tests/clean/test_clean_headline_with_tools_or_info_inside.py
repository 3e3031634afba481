"""A headline block that prints page tools or an info line after the headline inside the
same element (stop 32, before fresh14), on pages of own text in the real markups' shapes.

A probe appending such pieces (own text) inside the opened pages' headline elements found:

1. a print link in brackets after the headline (``<h1>标题 <a href="javascript:window.print()">
   【打印】</a></h1>``) stayed in the headline (61 of 622 pages lost it): a row of such tools
   alone was no headline, but one tool closing the headline's line was kept;
2. a block printing the ``<title>``'s headline part and then a tool or a source's label
   (``<div id="topic">标题 <a>【打印】</a></div>``, ``标题<span>来源：某某</span>``) no longer
   matched the ``<title>``: where the headline is also the text of a link elsewhere on the
   page (a list of the channel's stories), nothing was left to name it and the page had no
   headline. The block's line read as a headline (tools and info cut) now matches;
3. a date in 年月日 with its clock in 时分 after the headline in its element (``标题
   2014年4月27日22时55分 0人参与讨论``) stayed in the headline: only a clock with a colon
   marked such a date as the info line's.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "城东区三座社区图书馆对外开放"
TEXT = [
    "城东区今年新建的三座社区图书馆本周起全部对外开放，居民凭身份证即可免费借阅图书。",
    "据区文化馆介绍，三座图书馆共有藏书四万余册，每天开放到晚上九点，周末也不休息。",
    "区文化馆还表示，今后将根据读者的意见，逐步延长三座图书馆在考试季的开放时间。",
]
PRINT = "<a href='javascript:window.print()'>【打印】</a>"


def page(heading: str, *, title: str = "") -> str:
    """A channel page: ``heading``, its date line, the text, and the channel's list of
    stories, the page's own among them."""
    stories = "".join(f"<li><a href='/n/{k}.html'>{name}</a></li>" for k, name in enumerate(
        ("城西区新建两座口袋公园", HEADLINE, "城南区开通三条社区公交线路")))
    return (page_head(title) + "<div class='nav'><a href='/'>首页</a> &gt; 本地新闻 &gt; 正文</div>"
            + f"<div id='main'>{heading}<div id='sth'><span>2024年10月30日 11:13</span></div>"
            + "<div id='text'>" + paras(TEXT) + "</div></div>"
            + f"<div class='list'><ul>{stories}</ul></div></body></html>")


def test_a_print_link_closing_the_heading_is_not_the_headlines() -> None:
    assert cleaned(page(f"<h1>{HEADLINE} {PRINT}</h1>")).title == HEADLINE


def test_a_title_block_closing_with_a_print_link_names_the_page() -> None:
    result = cleaned(page(f"<div id='topic'>{HEADLINE} {PRINT}</div>",
                          title=f"{HEADLINE}_本地新闻_城东网"))
    assert result.title == HEADLINE


def test_a_title_block_closing_with_the_sources_label_names_the_page() -> None:
    result = cleaned(page(f"<div id='topic'>{HEADLINE}<span>来源：城东区融媒体中心</span></div>",
                          title=f"{HEADLINE}_本地新闻_城东网"))
    assert result.title == HEADLINE


def test_a_day_with_its_clock_in_shi_fen_closing_the_heading_is_cut() -> None:
    heading = f"<h1>{HEADLINE} <span>2016年12月2日19时52分</span> <span>0人参与讨论</span></h1>"
    assert cleaned(page(heading)).title == HEADLINE
