# ruff: noqa: E501  (Chinese test strings)
"""A headline printed in a box the template classes ``header`` still wins when the
``<title>`` states it (stop 28, headline round; found on the opened splits under the
``classes-head-chrome`` and ``classes-all`` perturbations).

The shape: the story's ``<h1>`` (or title-classed cell) sits in a ``<div class="header
top">`` with the page's share links, over the date line and the text; ``<meta>`` states
nothing, the ``<title>`` reads ``标题-频道-网站``; a channel's heading (``<h2>财经焦点</h2>``)
stands in the text's block, beside the paragraphs. The chrome mark took two points off the heading that prints
the stated headline whole — as much as matching it gave over an unmatched line — so the
channel's heading, unmatched but nearer the text, won. A block in the chrome printing the
stated headline's words whole (eight characters or more, no public body's name) now loses
one point, not two: it still loses to the same headline printed outside the chrome, and a
masthead's site name (the title's site part) or a body's name counts down as before.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "外贸订单回暖 港口集装箱吞吐量连升三月"
TEXT = [
    "　　记者从市港务部门获悉，今年以来全市港口集装箱吞吐量已连续三个月同比上升，三月增幅接近一成。",
    "　　业内人士分析，外贸订单回暖、航线加密和通关效率提升，是吞吐量回升的主要原因。",
    "　　港务部门表示，下一步将继续优化码头作业流程，为企业提供更便利的物流服务。",
]


def story(heading: str) -> str:
    """The story's page: its ``heading`` in a header-classed box with share links, the date
    line, a channel's box with its ``<h2>``, the text."""
    return (page_head(f"{HEADLINE}-财经-某某新闻网")
            + "<div class='nav'><a href='/'>首页</a> <a href='/cj/'>财经</a></div>"
            "<div class='articlebox'><div class='header top'>" + heading
            + "<div class='share'><a href='#wx'>微信</a> <a href='#wb'>微博</a></div></div>"
            "<div class='bar'>2014-04-05 01:28 某某时报</div><div class='zoom-area'>"
            "<div><h2>财经焦点</h2><ul><li><a href='/cj/1.html'>一季度居民收入稳步增长</a></li>"
            "<li><a href='/cj/2.html'>多地出台稳外贸新措施</a></li></ul></div>"
            "<div><div>" + paras(TEXT) + "</div></div></div></div>"
            "<div class='foot'>关于我们 联系我们 版权所有</div></body></html>")


@pytest.mark.parametrize("heading", [f"<h1 class='highlight'>{HEADLINE}</h1>",
                                     f"<table><tr><td class='biaoti'>{HEADLINE}</td></tr></table>"],
                         ids=["h1", "title-cell"])
def test_the_stated_headline_in_a_header_classed_box_wins(heading):
    assert cleaned(story(heading)).title == HEADLINE


def test_a_site_name_in_a_header_box_is_still_no_headline():
    """The guard: the header box printing the site's name (the title's site part) and the
    story's headline printed in an ``<h3>`` in the text's block: the printed headline."""
    page = story("<h1 class='highlight'>某某新闻网</h1>").replace(
        "<div><div><p>", f"<div><h3>{HEADLINE}</h3><div><p>", 1)
    assert cleaned(page).title == HEADLINE


def test_a_long_site_name_in_the_masthead_stays_below_the_printed_headline():
    """The guard added with the rule's first fault: a ``<title>`` of the site's long name and
    its address (``某某某族自治区人民政府门户网站 - www.example.gov.cn``: the name taken for the
    headline's part, too long for a site's name), the masthead printing that name in its
    ``<h1>``: the story's ``<h1>`` over the text still wins."""
    name = "某某某族自治区人民政府门户网站"
    page = (page_head(f"{name} - www.example.gov.cn")
            + f"<div class='header'><h1>{name}</h1><div class='nav'><a href='/'>首页</a></div></div>"
            "<div class='main'><div class='article'><h2>国家重大水利工程之一</h2>"
            f"<h1>{HEADLINE}</h1><div>2014-04-05 01:28</div>"
            "<div class='content'><div>" + paras(TEXT) + "</div></div></div></div></body></html>")
    assert cleaned(page).title == HEADLINE
