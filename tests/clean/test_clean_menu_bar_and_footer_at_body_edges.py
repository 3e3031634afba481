"""A site's menu bar and footer at the edges of a short text's body (issue 14, stop 28:
opened pages under the ``noise`` perturbation, where a short text's block is the page's
whole column and its menu bar, share box and footer lines come with it). The shape, with
text written here: a menu bar printed as a line (``首页 | 要闻 | 政务公开 | 办事服务 |``), a
second one (``繁体版|English``), a bare label (``作者：``), a share box's instructions, the
text, then the footer's menu bar (``关于我们 | 法律顾问 | 联系方式``), the organiser and
copyright line, the e-mail and registration record, the site's slogan and a time stamp.

Before the first sentence, menu bars (two or more short items between ASCII bars) and bare
labels go as captions and info lines do; after the last sentence, the footer — from its
first line naming a copyright, a registration record, an organiser or a builder, with the
menu bars, captions and labels right above it — is no text. A share box's instructions
(``打开微信，点击底部的“发现”，`` / ``使用“扫一扫”即可将网页分享至朋友圈。``) are the
box's, never text.

A font-size switch printed as letters and signs (``A-A+``, ``T + -``) is a tool's line,
and a head of nothing but a count or two over the first sentence (a comment box's ``0``
above the switch, an opened page's shape) is the page's tools.

Guards: a table's rows at the top (cells joined with ``｜``) stay; a notice's contact lines
above the footer stay; a count inside the text (a picture box's ``+2`` under a line) stays.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

TITLE = "老城区新增三处口袋公园"
TEXT = ["近日，老城区三处口袋公园建成开放，为周边居民提供了休闲健身的好去处。",
        "据了解，三处公园均利用闲置边角地改造而成，配有座椅、步道和儿童游乐设施。"]
HEAD = ["首页 | 要闻 | 政务公开 | 办事服务 | 互动交流 |", "繁体版|English", "作者："]
SHARE = ["打开微信，点击底部的“发现”，", "使用“扫一扫”即可将网页分享至朋友圈。"]
FOOT = ["关于我们 | 法律顾问 | 广告服务 | 联系方式",
        "某某省互联网新闻中心主办 版权所有：某某新闻网",
        "E-mail：webmaster@example.com 某ICP备19000001号",
        "某某门户主流媒体",
        "2026-11-30 02:54:22"]


def _paragraphs(lines: list[str]) -> list[str]:
    """The body of a page whose column holds ``lines``, each a ``<p>``, under the headline."""
    page = (page_head(TITLE) + "<div><h1>" + TITLE + "</h1>"
            + "".join(f"<p>{x}</p>" for x in lines) + "</div></body></html>")
    return [p for p in cleaned(page).body.split("\n") if p]


def test_menu_bars_and_a_bare_label_over_the_text_are_no_text():
    assert _paragraphs([*HEAD, *TEXT]) == TEXT


def test_the_sites_footer_under_the_text_is_no_text():
    assert _paragraphs([*TEXT, *FOOT]) == TEXT


def test_a_share_boxs_instructions_are_no_text():
    assert _paragraphs([*SHARE, *TEXT]) == TEXT


def test_a_tables_rows_on_top_and_a_notices_contact_lines_stay():
    rows = ["序号｜项目｜地点", "1｜口袋公园｜老城区"]
    assert _paragraphs([*rows, *TEXT])[:2] == rows
    contact = ["联系人：王科长", "联系电话：010-12345678"]
    assert _paragraphs([*TEXT, *contact, "版权所有：某某新闻网"]) == [*TEXT, *contact]


def test_a_font_size_switch_and_a_comment_count_over_the_text_are_no_text():
    assert _paragraphs(["0", "T + -", *TEXT]) == TEXT
    assert _paragraphs(["A-A+", *TEXT]) == TEXT


def test_a_count_inside_the_text_stays():
    assert _paragraphs([TEXT[0], "+2", TEXT[1]]) == [TEXT[0], "+2", TEXT[1]]
