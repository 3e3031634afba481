# ruff: noqa: E501  (Chinese test strings)
"""A headline the CMS keeps only in a hidden field (stop 29, headline round; found on opened
pages under the ``notitle``, ``title-channel``, ``classes-head-chrome`` and ``bare``
perturbations, and on many pool pages).

The shape: government and news CMSs keep the article's title for their scripts in a hidden
block or form field — ``<div id="NewsArticleTitle" style="display:none;">``, a share box's
``<div class="share-title" style="display:none">``, ``<input type="hidden"
name="title_name" value="…">`` — while the visible headline may be written by a script
(``document.write(doctitle)``) and so be absent from the saved page. With a ``<title>`` naming
only the channel (``通知公告``) or none, the channel's box or nothing was taken. Such a field
is now a stated headline, as ``og:title`` is, when no ``<meta>``/JSON-LD states one and the
``<title>`` names no story: a share form may prefix its own words (``推荐：标题``), so a
``<title>`` naming the story still says more.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "第九届滨江设计周在江北新区闭幕"
TEXT = [
    "　　11月29日，第九届滨江设计周在江北新区创意产业园举行闭幕式，来自十二个国家和地区的设计师参加活动。",
    "　　本届设计周以“城市更新与美好生活”为主题，共举办展览十八场、论坛二十余场，吸引观众三十余万人次。",
    "　　闭幕式上，主办方发布了本届设计周的年度设计奖名单，部分展览将继续开放至12月10日。",
]
WRITTEN = ("<div class='articleHead'><script>var doctitle = '" + HEADLINE + "';"
           "document.write('<h1>' + doctitle + '</h1>');</script></div>")


def _page(title: str, field: str, head: str = WRITTEN) -> str:
    return (page_head(title) + "<div class='crumb'><a href='/'>首页</a> &gt; <a href='../'>通知公告</a></div>"
            + field + "<div class='articleWrapper'>" + head + "<div class='info'>2026-11-30 08:45</div>"
            "<div class='view'>" + paras(TEXT) + "</div></div></body></html>")


@pytest.mark.parametrize("field", [
    f"<div id='NewsArticleTitle' style='display:none;'>{HEADLINE}</div>",
    f"<div class='share-title' style='display:none'>{HEADLINE}</div>",
    f"<input type='hidden' name='title_name' id='title_name' value='{HEADLINE}'>",
], ids=["hidden-div", "share-title", "hidden-input"])
@pytest.mark.parametrize("title", ["通知公告", ""], ids=["channel-title", "notitle"])
def test_a_hidden_title_field_states_the_headline(field, title):
    assert cleaned(_page(title, field)).title == HEADLINE


def test_a_hidden_subtitle_field_is_no_headline():
    field = "<div id='NewsArticleSubTitle' style='display:none;'>展览开放至12月10日并同步举办线上展</div>"
    assert cleaned(_page("通知公告", field)).title != "展览开放至12月10日并同步举办线上展"


def test_a_title_naming_the_story_outweighs_a_share_forms_prefixed_field():
    field = f"<input type='hidden' name='title' value='推荐：{HEADLINE}'>"
    page = _page(f"{HEADLINE}_新闻动态_滨江新闻网", field, head="<div class='pic'><img src='a.jpg'></div>")
    assert cleaned(page).title == HEADLINE


@pytest.mark.parametrize("field", [
    f"<input type='hidden' name='title' value='推荐：{HEADLINE}'>",
    f"<div class='nav-title' style='display: none;'>正在阅读：{HEADLINE}</div>",
], ids=["share-label", "reading-label"])
def test_a_hidden_fields_label_is_no_part_of_the_headline(field):
    assert cleaned(_page("通知公告", field)).title == HEADLINE


def test_a_hidden_widgets_caption_is_no_title_field():
    field = ("<div id='truvid_box' class='boxTitle' style='display: none;'>"
             "<div class='caption'>你可能会喜欢的精彩内容</div></div>")
    page = _page("", field, head=f"<h1>{HEADLINE}</h1>")
    assert cleaned(page).title == HEADLINE
