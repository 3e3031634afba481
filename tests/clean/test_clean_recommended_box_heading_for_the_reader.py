"""A recommended box's heading addressed to the reader (``为你推荐``) is no headline (stop
33, a residual of the ``notitle`` and ``title-channel`` perturbations), on a page of own
text in a securities daily's article shape.

The page prints its headline in an ``<h2>`` over the date line, the text, the paper's
statement and, in the same column, a box of recommended stories headed ``<h2>为你推荐</h2>``.
With a ``<title>`` stating the headline the first ``<h2>`` matches it; with none (or one
naming only the channel) the candidates are ranked by tag and nearness, and the box's
heading, in the same column as the text, outranked it.
List headings (``猜你喜欢``, ``推荐阅读``, ``热门推荐``) were already no headline; the heading
addressed to the reader (``为你推荐``, ``为您推荐：``) is now one of them. Guard: a headline
opening with those words and going on (``为你推荐十本好书的理由``) stays a headline.
"""

from __future__ import annotations

import pytest

from pipelines.headlinetext import headline_text
from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "城东区明年10月1日起实施生活垃圾分类"
TEXT = [
    "记者从城东区城市管理局获悉，城东区将从明年10月1日起在全区范围内实施生活垃圾分类。",
    "根据实施方案，生活垃圾将分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类，分类投放。",
    "区城市管理局表示，将在今年年底前完成全区垃圾分类收集设施的配置和更新改造工作。",
]


def page(title: str, heading: str) -> str:
    """The story's column: the headline's title-classed box over the date line, the text,
    the paper's statement, and a box of recommended stories (a picture, the linked headline
    and a summary each) headed ``heading``."""
    items = "".join(
        f"<dl><dt><a href='/news/{n}.html'><img src='/thumb{n}.jpg'></a></dt><dd class='tit'>"
        f"<a href='/news/{n}.html'>{t}</a></dd><dd class='exp'>{summary}</dd></dl>"
        for n, (t, summary) in enumerate((
            ("城东区新建三座社区图书馆", "城东区今年新建的三座社区图书馆本周起全部对外开放。"),
            ("城东区公交线路调整", "城东区公交公司宣布，下月起将对五条公交线路进行调整。"),
            ("城东区春季运动会开幕", "城东区第十届春季运动会昨天在区体育中心开幕。"))))
    return (page_head(title) + "<div class='nav'><a href='/'>首页</a> <a href='/news/'>要闻</a>"
            "</div><div class='wrap'><div class='main'><div class='box_left'><div class='website'>"
            "您所在的位置：<a href='/'>首页</a>"
            " &gt; <a href='/news/'>要闻</a></div><div class='intal_tit'><h2>" + HEADLINE
            + "</h2><div class='info'>2019-12-03 09:48<span>来源：城东日报</span></div></div>"
            "<div class='txt_con'>" + paras(TEXT) + "</div><div class='shenming'><p>声明：城东日报"
            "力求信息真实、准确，文章提及内容仅供参考，据此操作风险自担。</p></div>"
            "<div class='tuijian'><h2>" + heading + "</h2><div class='tuijian_con'>" + items
            + "</div></div></div></div></div><div class='foot'>关于我们 联系我们</div>"
            "</body></html>")


@pytest.mark.parametrize("heading", ["为你推荐", "为您推荐："])
@pytest.mark.parametrize("title", ["", "要闻"], ids=["no-title", "channel-title"])
def test_a_recommended_boxs_heading_for_the_reader_is_no_headline(title: str, heading: str
                                                                  ) -> None:
    assert cleaned(page(title, heading)).title == HEADLINE


def test_a_headline_opening_with_those_words_stays() -> None:
    assert headline_text("为你推荐十本好书的理由") == "为你推荐十本好书的理由"
