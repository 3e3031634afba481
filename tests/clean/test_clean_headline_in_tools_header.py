# ruff: noqa: E501  (Chinese test strings)
"""A headline in the article's head box classed ``header``, written as ``<h1><p>标题</p></h1>``
(stop 29, headline round; found on an opened Beijing government page under the ``notitle``,
``title-channel`` and ``bare`` perturbations).

The shape: ``<div class="headerBox"><div class="header">`` holds the story's share buttons,
its font-size switch (``字号：大 中 小``) and its headline, right over the text; the CMS
writes the headline as a paragraph inside ``<h1>``, so the parser leaves the ``<h1>`` empty
with the line after it. With nothing stated, the box's class made it the masthead, and the
empty ``<h1>`` read as a logo's: the text's first section heading (``展会简介``) won. A
chrome-classed box holding a font-size switch (a story's page tool, no masthead prints one)
and no menu is the story's head box, and an ``<h1>`` left empty by the parser is no logo.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "第九届滨江未来医疗生态展会"
TEXT = [
    "　　第九届滨江未来医疗生态展会将于明年三月在滨江国际会展中心举办，展览面积三万平方米。",
    "　　本届展会设置智慧医院、数字健康、康复养老等六大展区，预计吸引五百余家企业参展。",
]
TOOLS = ("<div class='m-share'><a class='share-wechat' href='javascript:;'>微信</a><a class='share-weibo'>微博</a></div>"
         "<dl class='fr' id='fontSize'>字号：<a href='javascript:changeSize(18)'>大</a> "
         "<a href='javascript:changeSize(16)'>中</a> <a href='javascript:changeSize(14)'>小</a></dl>")


@pytest.mark.parametrize("title", ["", "通知公告"], ids=["notitle", "channel-title"])
def test_a_headline_in_a_header_box_with_the_storys_tools_is_found(title):
    page = (page_head(title) + "<div class='top'><a href='/'><img src='logo.png'></a></div>"
            "<div class='headerBox'><div class='header'>" + TOOLS + "<h1><p>" + HEADLINE + "</p></h1></div></div>"
            "<div class='mainTextBox'><div id='mainText'><div class='view'><p><strong>展会简介</strong></p>"
            + paras(TEXT) + "</div></div></div></body></html>")
    assert cleaned(page).title == HEADLINE


def test_a_masthead_with_a_menu_and_a_size_switch_is_still_the_masthead():
    page = (page_head() + "<div class='header'><h1>滨江市人民政府</h1><ul><li><a href='/a'>要闻</a></li>"
            "<li><a href='/b'>政务公开</a></li></ul>字号：大 中 小</div>"
            "<div class='main'><h2>" + HEADLINE + "</h2><div>2026-11-30</div><div class='text'>"
            + paras(TEXT) + "</div></div></body></html>")
    assert cleaned(page).title == HEADLINE
