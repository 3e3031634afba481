"""A short notice's spaced headline printed in a plain ``<div>``, the ``<title>`` the same.

A school's notice page titles itself ``公  示`` and prints that headline spaced out over its
date line. Its template marks the headline's block with a class; without it (a save or a
template that names nothing), the block was no candidate: too short for a headline, not a
heading, no title class — and the page had no headline. A block whose whole text is such a
spaced short headline, the page's one-part ``<title>`` saying the same, is a candidate.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras

STORY = ["根据区教育局关于开展年度优秀教师推荐工作的通知要求，经学校评议，现将推荐人选"
         "予以公示，公示期为五个工作日。",
         "如有异议，请在公示期内以书面形式向学校办公室反映，联系电话：12345678。"]


def test_a_spaced_notice_headline_in_a_plain_block_is_the_headline():
    page = (page_head("公  示") + "<div><a href='/'>首页</a> &gt; <a href='/tz/'>通知公告</a>"
            " &gt; 正文</div><div><div style='height:auto'>公  示</div>"
            "<div>发布日期:2025-05-31 作者：某某中学</div>"
            f"<div>{paras(STORY)}</div></div></body></html>")
    assert cleaned(page).title == "公 示"


def test_a_spaced_line_the_title_does_not_state_is_no_headline():
    page = (page_head("关于推荐年度优秀教师的公示") + "<div><div>公  告</div>"
            "<div>发布日期:2025-05-31</div>" f"<div>{paras(STORY)}</div></div></body></html>")
    assert cleaned(page).title != "公 告"
