"""A ``<title>`` naming only the channel states no headline (stop 33, a residual of the
``title-channel`` perturbation), on a page of own text in a portal's article shape.

A portal's article box opens with a share widget whose pop-up prints its instructions as a
sentence (``打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。``), then the
headline's box (``<h1>`` over the source and the date line), a summary and the text. The
widget's sentence reads as the start of the running text, so the ``<h1>`` stands "inside
the text after it began", where a heading matching nothing the page states is a section's
or an inserted box's. Without a ``<title>`` the ``<h1>`` is taken (nothing is stated, so
nothing is matched); with a ``<title>`` that names only the channel (``通知公告``) it
counted as stating the story, the ``<h1>`` was dropped and the channel's name became the
headline. A title naming only a channel or an office now states nothing, as no title.
Guards: the same page with no ``<title>``, and with a ``<title>`` stating the headline.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "城东区三座社区图书馆本周起全部对外开放"
TEXT = [
    "城东区今年新建的三座社区图书馆本周起全部对外开放，居民凭身份证即可免费借阅图书。",
    "据区文化馆介绍，三座图书馆共有藏书四万余册，每天开放到晚上九点，周末也不休息。",
    "区文化馆还表示，今后将根据读者的意见，逐步延长三座图书馆在考试季的开放时间。",
]


def page(title: str) -> str:
    """The article box: a share widget and its pop-up's instructions, the headline's box,
    a summary, the text."""
    return (page_head(title) + "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻"
            "</a></div><div class='wrap'><div class='main'><div class='m-text'>"
            "<div class='m-floating'><div class='side m-share'>"
            "<h4>分享到：</h4><ul><li>微信</li><li>微博</li><li>QQ</li></ul></div></div>"
            "<div class='m-layer'><table><tr><td><div class='lytt'><h2>分享到微信</h2></div>"
            "<p>打开微信，点击底部的“发现”，<br>使用“扫一扫”即可将网页分享至朋友圈。</p></td></tr>"
            "</table></div><div class='title'><h1>" + HEADLINE + "</h1><p><span>城东日报</span>"
            "<em>2024-10-30 19:52:00</em></p></div><div class='intro'>简介：城东区今年新建的"
            "三座社区图书馆本周起全部对外开放。</div><div class='m-txt'>" + paras(TEXT)
            + "</div></div></div></div><div class='foot'>关于我们 联系我们</div></body></html>")


@pytest.mark.parametrize("title", ["通知公告", "城东区文化馆"], ids=["channel", "office"])
def test_a_title_naming_only_the_channel_leaves_the_printed_headline(title: str) -> None:
    assert cleaned(page(title)).title == HEADLINE


@pytest.mark.parametrize("title", ["", HEADLINE + "_城东网"], ids=["no-title", "stated"])
def test_the_printed_headline_without_a_title_or_under_a_stating_one(title: str) -> None:
    assert cleaned(page(title)).title == HEADLINE
