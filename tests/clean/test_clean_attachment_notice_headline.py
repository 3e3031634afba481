# ruff: noqa: E501  (Chinese test strings)
"""A notice that is only its attachment keeps its headline (stop 27, headline round; found
on the extractors' pool).

The shape: a university or office CMS prints a notice inside its content form
(``<form name="…">``, set aside as a widget), its text empty or one placeholder line, and the
document itself as the one link of the attachment block — the link's text the document's
name, the same as the ``<title>``'s headline part. With no body found the heading inside the
form is set aside with it, and the ``<title>``'s part, printed as a link, was taken for a
channel's breadcrumb entry: no headline, or the next part of the ``<title>`` (the
university's name). A link to a file (``….doc``, ``….pdf?…``, ``download.jsp?…``) is no
channel's: the ``<title>``'s part is the headline. Guard: a channel page whose ``<title>``
names the channel, printed as a menu link to a listing, still gives no channel as headline.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head

DOCUMENT = "关于印发《某某学院进修教师管理办法（试行）》的通知"
UNIT = "某某学院人事处"


def notice(title: str, heading: str, href: str) -> str:
    """A notice page: side menu, the CMS's content form (heading, date line, an empty
    text, the attachment link), the previous/next links, a footer."""
    return (page_head(title)
            + "<div class='nei1'><div class='nei1a'>人才政策</div><ul>"
            "<li><a href='../../rczc/zcfg.htm'>政策法规</a></li>"
            "<li><a href='../../rczc/xxzd.htm'>学校制度</a></li></ul></div>"
            "<div class='nei2'><form name='_newscontent_fromname'>" + heading
            + "<div align='center'>时间：2023-03-08 10:21:16 点击：<script>_showDynClicks()</script>次</div>"
            "<div id='vsb_content'><div class='v_news_content'><div>没有内容</div>"
            "<div class='detail_annex'><div>附件：</div><ul><li><p>"
            f"<a href='{href}'>{DOCUMENT}</a></p></li></ul></div></div></div>"
            "<p>上一条：<a href='2901.htm'>关于做好年度考核工作的通知</a></p>"
            "<p>下一条：<a href='2504.htm'>关于开展教师资格认定的通知</a></p>"
            "</form></div><div class='foot'>通讯地址：某某市某某路1号 电话：0000-1234567</div>"
            "</body></html>")


@pytest.mark.parametrize("href", [
    "http://example.edu.cn/__local/8/14/2A/49F1_D600.doc?e=.doc",
    "../../__local/7/17/40/FA61_1FA47F.doc-e=.doc",
    "/files/2023/notice.PDF",
    "../../system/_content/download.jsp?urltype=news.DownloadAttachUrl&wbfileid=410705",
], ids=["doc-query", "saved-doc", "pdf", "download-handler"])
@pytest.mark.parametrize("heading", [
    f"<h1 align='center'>{DOCUMENT}</h1>", f"<div class='title'>{DOCUMENT}</div>",
], ids=["h1", "title-class"])
@pytest.mark.parametrize("title", [f"{DOCUMENT}-{UNIT}", f"{DOCUMENT}-某某学院-人事处网"],
                         ids=["two-parts", "three-parts"])
def test_a_notice_printing_only_its_attachment_keeps_the_document_name_as_headline(
        title, heading, href):
    assert cleaned(notice(title, heading, href)).title == DOCUMENT


def test_a_channel_printed_as_a_menu_link_is_still_no_headline():
    page = (page_head(f"博士后基金资助项目-{UNIT}")
            + "<div class='nei1'><ul><li><a href='../../rczc/zcfg.htm'>政策法规</a></li>"
            "<li><a href='../../bsh/jjxm.htm'>博士后基金资助项目</a></li></ul></div>"
            "<div class='list'><ul><li><a href='info/1.htm'>关于做好年度考核工作的通知</a> 2023-03-01</li>"
            "<li><a href='info/2.htm'>关于开展教师资格认定的通知</a> 2023-02-20</li></ul></div>"
            "</body></html>")
    assert cleaned(page).title != "博士后基金资助项目"
