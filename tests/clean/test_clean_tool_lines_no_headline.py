# ruff: noqa: E501  (Chinese test strings)
"""Page tools printed as lines are no headline (stop 29, headline round; found on opened pages
under the ``bare`` perturbation: no ``<title>``, no classes, nothing stated).

The shapes: a reading-time hint whose figures a script fills (``提示：全文字，阅读需要分钟``
as saved, ``全文1520字，阅读约需4分钟`` when filled), a gallery's instruction (``点击图片可浏览
相关图片``), a row of download links (``下载文字版 下载图片版``) and a print link's blurb
(``[推荐此文给朋友] 去除广告，请点击打印板－》打印版``) and a source's name with its reporters
(``某某网某某频道 记者 某某 某某``), each set apart on its own line over the text, were taken as
the headline when nothing marked one.
"""

from __future__ import annotations

import pytest

from pipelines.headlinetext import headline_text
from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "这场高规格会议为新时代人才工作擘画蓝图"
TEXT = [
    "　　11月27日至28日，全省人才工作会议在滨江召开，会议总结了近年来人才工作取得的成绩。",
    "　　会议强调，要深入实施人才强省战略，加快建设区域人才中心和创新高地。",
]
TOOL_LINES = ["提示：全文字，阅读需要分钟", "全文1520字，阅读约需4分钟", "点击图片可浏览相关图片",
              "下载文字版 下载图片版", "[推荐此文给朋友] 去除广告，请点击打印板－》打印版",
              "滨江新闻网城市频道 记者 王明 李清芬"]


@pytest.mark.parametrize("line", TOOL_LINES)
def test_a_tool_line_is_no_headline(line):
    assert headline_text(line) is None


def test_a_reading_hint_between_the_headline_and_the_text_is_passed_over():
    page = (page_head() + "<div><div><b>" + HEADLINE + "</b></div><div>2026-11-29 07:30</div>"
            "<div><b>提示：全文字，阅读需要分钟</b></div><div>" + paras(TEXT) + "</div></div></body></html>")
    assert cleaned(page).title == HEADLINE


@pytest.mark.parametrize("line", ["点击图片进入专题的新闻发布会", "下载中心上线新版服务指南",
                                  "市长会见记者 介绍城市更新进展"])
def test_a_headline_opening_with_such_words_stays(line):
    assert headline_text(line) == line
