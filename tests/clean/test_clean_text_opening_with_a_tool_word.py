"""Paragraphs of text that open with a page tool's word (stop 38, i28b: found in the
unlabelled pool, a school's exam notice losing its ``打印方法：…`` paragraph), on pages of our
own text.

The drop line for a page's tools (``打印``, ``关闭``, ``分享到``, ``收藏``, ``字号``, maybe
bracketed) was anchored at the line's start only, so any paragraph opening with one of those
words went with them: ``分享经济已经…``, ``收藏家某某说，…``, ``关闭小作坊是…``, a notice's
``打印方法：…，下载准考证。``. A tools' line holds no clause: the line is now dropped only when
no comma or sentence mark follows the word. The same for the site's report line (``举报``,
``违法和不良信息举报``): a paragraph opening ``举报人某某称，…。`` closes a sentence, a report
line never does. Guards: the tools' own lines (``【打印】【关闭】``, ``分享到： 微信 微博``,
``收藏本文 打印本页 关闭窗口``, ``字号：大 中 小``) and the report line still go.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, paras

TITLE = "某某市共享经济发展情况调查"
TEXT = [
    "记者近日走访了某某市多个社区，了解共享经济在市民生活中的变化。",
    "分享经济已经成为城市生活的一部分，越来越多的市民选择共享单车出行。",
    "收藏家王某说，他家里的旧物件如今也能在网上找到新的主人。",
    "关闭小作坊是这次整治的重点，全市共关停二十余家。",
    "打印方法：从报名网站进入报名系统，将页面拉到最后，下载准考证。",
    "举报人王某称，他曾多次向有关部门反映小区共享单车乱停的问题。",
]
TOOLS = ["【打印】【关闭】", "分享到： 微信 微博", "收藏本文 打印本页 关闭窗口", "字号：大 中 小",
         "举报电话：12377 举报邮箱：jubao@example.cn"]


def test_paragraphs_opening_with_a_tool_word_stay() -> None:
    page = news_page(TITLE, "<div class='article'>" + paras(TEXT) + "</div>")
    assert cleaned(page).paragraphs == TEXT


def test_the_tools_lines_still_go() -> None:
    own = [TEXT[0], "不少市民表示，共享出行让上下班更方便了。"]
    page = news_page(TITLE, "<div class='article'>" + paras(own + TOOLS) + "</div>")
    assert cleaned(page).paragraphs == own
