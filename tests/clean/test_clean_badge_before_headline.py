# ruff: noqa: E501  (Chinese test strings)
"""A platform's badge before the headline in its heading (stop 30, headline round; found on an
opened page under the ``title-channel``, ``notitle`` and ``bare`` perturbations).

The shape: ``<h1><span class="original-logo">原创</span> <span class="title-info-title">标题
</span></h1>``: a self-media platform marks its own writers' posts with a badge set inside
the headline's heading. With nothing stated the heading's line was the headline, badge and
all (``原创 标题``). A badge word (``原创``, ``转载``, ``置顶``) set apart before the headline is
now left out; the same word opening the headline's own words (``原创音乐剧…``) stays.
"""

from __future__ import annotations

import pytest

from pipelines.headlinetext import headline_text
from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "油价三连涨，物流企业如何应对成本压力！"
TEXT = [
    "上个月，国内成品油价格接连上调，不少中小物流企业的运输成本随之上升，利润空间受到挤压。",
    "业内人士表示，企业可以通过优化线路、提高满载率等方式消化部分成本，同时关注燃油附加费机制的调整。",
    "也有企业开始尝试新能源货车，在城市配送等短途场景中，电动车的使用成本已明显低于燃油车。",
]


@pytest.mark.parametrize("badge", ["原创", "转载", "置顶"])
def test_a_badge_in_the_heading_is_no_part_of_the_headline(badge):
    page = (page_head() + "<div class='text'><div class='text-title'><h1>\n <span class='original-logo'>"
            + badge + "</span>\n <span class='title-info-title'>" + HEADLINE + "</span>\n <span class='article-tag'>"
            "</span></h1><div class='article-info'><span class='time'>2026-11-30 00:01</span>"
            "<span>来源:<a href=''>某某财经</a></span></div></div><article class='article'>"
            + paras(TEXT) + "</article></div></body></html>")
    assert cleaned(page).title == HEADLINE


def test_the_badge_word_opening_the_headline_stays():
    assert headline_text("原创音乐剧《江城往事》首演") == "原创音乐剧《江城往事》首演"
