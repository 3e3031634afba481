# ruff: noqa: E501  (Chinese test strings)
"""A ``<title>`` that is the site's name and slogan on every page (stop 29, headline round;
found on an opened Taiwan news page under the ``nostated``, ``classes-head-chrome``,
``classes-date-title`` and ``classes-all`` perturbations).

The shape: ``<title>某某传媒　一个有全球视野、专注深度调查的新媒体！</title>`` on every page of
the site, the story's headline in a title-classed ``<h3>`` three levels above the text's
block, and ``og:title`` the only statement of the headline. Without ``<meta>``, no heading
matched the ``<title>`` and its one part was taken whole. A ``<title>`` of one part printed
nowhere on the page (not even its first eight characters) now gives way to the heading
printed nearest before the text when that heading reads as a headline (ten Chinese
characters, or six and a clause mark); a box's short name there (``本周新闻排行``) does not.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras

SLOGAN = "滨江传媒　一个有全球视野、专注深度调查、观点鲜明的新媒体！"
HEADLINE = "油价连跌拖累股市 欧美三大指数全线收低"
TEXT = [
    "　　受国际油价继续下跌拖累，欧美股市三大指数周五全线收低，能源板块跌幅居前。",
    "　　分析人士指出，油价走低反映市场对需求前景的担忧，短期内股市波动可能加剧。",
    "　　本周三大指数均录得下跌，结束此前连续数周的涨势。",
]


def _page(heading: str) -> str:
    return (page_head(SLOGAN) + "<div class='logo'><img src='logo.png' alt='滨江传媒'></div>"
            "<div class='innerMainContentBlk'>" + heading
            + "<div class='innerNewsContentBlk'><div class='mixRelatedNewsBlk'>"
            "<div class='date'>2026-11-29 08:10</div><div class='newsDescBlk'>" + paras(TEXT)
            + "</div></div></div></div><div class='foot'>关于我们 版权所有</div></body></html>")


def test_a_slogan_title_printed_nowhere_gives_way_to_the_heading_over_the_text():
    assert cleaned(_page(f"<h3 class='innerBigNewsTitle'>{HEADLINE}</h3>")).title == HEADLINE


def test_a_box_name_over_the_text_does_not_replace_the_title():
    assert cleaned(_page("<h4>本周新闻排行</h4>")).title == "滨江传媒 一个有全球视野、专注深度调查、观点鲜明的新媒体！"
