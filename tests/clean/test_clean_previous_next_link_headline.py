# ruff: noqa: E501  (Chinese test strings)
"""A headline the page also prints as its own "previous item" link (stop 29, headline round;
found on a pool page of a university office's CMS).

The shape: a one-attachment notice inside the CMS's ``<form>`` (set aside with its heading),
its text one line, then ``上一条：<a href="3270.htm">标题</a>`` — the template points the
previous-item link at the page itself. The ``<title>``'s headline part was printed as a link's
whole text, so it read as a channel's breadcrumb entry and nothing was answered. A link right
after a previous- or next-item label names another item (or the page), never a channel.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

HEADLINE = "高等学校青年骨干教师访学工作考核表"


def _page(label: str) -> str:
    return (page_head(f"{HEADLINE}-滨江大学人事处") + "<div class='nav'><a href='/'>首页</a> <a href='/xz/'>下载专区</a></div>"
            "<form name='_newscontent_fromname'><h1 align='center'>" + HEADLINE + "</h1>"
            "<div align='center'>时间：2026-06-22 10:42:49 点击：次</div>"
            "<div id='vsb_content'><div class='v_news_content'><p>《" + HEADLINE + "》</p></div></div>"
            "<ul><li>附件【<a href='/system/_content/download.jsp?wbfileid=5301591'>" + HEADLINE + ".docx</a>】已下载次</li></ul>"
            "<p>" + label + "<a href='3270.htm'>" + HEADLINE + "</a></p>"
            "<p>下一条：<a href='3269.htm'>高等学校青年骨干教师访学中期检查表</a></p></form></body></html>")


def test_the_title_printed_as_the_previous_item_link_is_the_headline():
    assert cleaned(_page("上一条：")).title == HEADLINE
