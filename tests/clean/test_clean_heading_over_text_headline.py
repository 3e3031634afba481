# ruff: noqa: E501  (Chinese test strings)
"""Headlines printed in a heading over the text hold without a ``<title>`` (stop 28,
headline round; found on the opened splits under the ``notitle``, ``title-channel`` and
``bare`` perturbations).

Two shapes lost their headline once the ``<title>`` was gone (or named only a channel):

- A long headline (twenty Chinese characters or more) in the ``<h1>`` at the top of the
  article's block, over its date line, pictures and captions: the text's start was taken as
  the first element with twenty characters of its own — the heading itself — so nothing
  printed before the text was left to be the headline. A heading is never running text.
- An HTML5 ``<header>`` holding the story's ``<h1>``, byline, date and lead picture, right
  over the ``<section>`` of its paragraphs: read as the page's masthead (``<header>``), its
  ``<h1>`` taken for the site's name. A ``<header>`` printing a date, with no menu (``nav``,
  list, form) in it, whose next block is the article's text is the story's heading block;
  the page's masthead, a menu over the page's wrapper, still names no story.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head, paras

LONG = "外地歌手来京举办首场演唱会 老友新朋一同到场祝贺"
TEXT = [
    "　　据主办方介绍，这位歌手本周六在市中心剧场举办了来京后的首场演唱会，现场座无虚席，不少观众专程从外地赶来。",
    "　　演唱会上，歌手演唱了新专辑中的十首歌曲，并讲述了自己多年来坚持音乐创作的经历，台下观众多次报以热烈掌声。",
    "　　据悉，歌手下月还将在另外三座城市举办巡回演出，门票将于本周起陆续在各售票平台发售。",
]
PICTURES = ("<p align='center'><img src='/photos/2015/0531/a.jpg'></p>"
            "<p class='pictext' align='center'>　　歌手与到场的朋友合影</p>"
            "<p align='center'><img src='/photos/2015/0531/b.jpg'></p>"
            "<p class='pictext' align='center'>　　演唱会现场</p>")
NAV = "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a> <a href='/ent/'>娱乐</a></div>"
FOOT = "<div class='foot'>关于我们 联系我们 版权所有</div></body></html>"


def article_box(heading: str, tag: str = "h1") -> str:
    """A page whose article block opens with ``heading`` in ``tag``, the date line in an
    ``<h2>`` of spans, two pictures with captions, then the paragraphs."""
    return (page_head() + NAV + "<div class='articlebox'>"
            f"<{tag}>{heading}</{tag}><h2><span>2015-05-31 10:40:01</span>"
            "<span>来源：本网综合</span><span>作者：</span></h2>"
            + PICTURES + paras(TEXT) + "<p class='editor'>责任编辑：某某</p></div>" + FOOT)


@pytest.mark.parametrize("tag", ["h1", "h2"])
def test_a_long_heading_opening_the_article_block_is_the_headline(tag):
    assert cleaned(article_box(LONG, tag)).title == LONG


def test_a_long_heading_opening_the_article_block_is_the_headline_beside_a_channel_title():
    page = article_box(LONG).replace(page_head(), page_head("通知公告"))
    assert cleaned(page).title == LONG


def test_a_short_heading_opening_the_article_block_is_still_the_headline():
    """The guard: a heading under twenty characters was never taken for the text."""
    assert cleaned(article_box("歌手来京举办首场演唱会")).title == "歌手来京举办首场演唱会"


HEADLINE = "小游戏蹭热点走红 开发者靠广告月入百万"
STORY = [
    "距离那场网络风波已经过去一个多月，谁也没想到相关的恶搞风并没有平息，反而催生了一批蹭热点的小游戏。",
    "上线不到半个月，其中一款休闲游戏就冲到了应用商店免费榜的前列，截至本周仍排在许多老牌游戏的前面。",
    "业内人士表示，这类游戏制作周期短、成本低，主要依靠玩家观看视频广告获得收入，热度一过便迅速沉寂。",
]


def html5_story(header_extra: str = "", between: str = "") -> str:
    """A single-page app's story: the page's masthead ``<header>`` with its menu, then the
    story's ``<header>`` (``<h1>``, byline, date without a clock, lead picture) right over
    the ``<section>`` of the paragraphs, both in one wrapper."""
    return (page_head()
            + "<header><div class='logo'><img src='/logo.png'></div><nav><a href='/'>首页</a>"
            "<a href='/info/'>资讯</a><a href='/data/'>数据</a></nav></header>"
            "<div id='root'><div class='center'><div class='x3b50'>"
            f"<header><h1>{HEADLINE}</h1><div><span>某某</span><span> 某某杂志</span></div>"
            "<div>2019.05.22</div>" + header_extra
            + "<div><img src='/cover.jpg' alt=''></div><div><p>小游戏的存亡之道。</p></div></header>"
            + between + "<section>" + paras(STORY) + "</section></div></div></div>"
            "<footer>关于我们 联系我们</footer></body></html>")


def test_a_dated_story_header_right_over_the_text_gives_the_headline():
    assert cleaned(html5_story()).title == HEADLINE


def test_a_story_header_holding_a_menu_stays_chrome():
    """The guard: a ``<header>`` with a menu in it is the page's, whatever follows it."""
    menu = "<ul><li><a href='/a/'>频道一</a></li><li><a href='/b/'>频道二</a></li></ul>"
    assert cleaned(html5_story(header_extra=menu)).title != HEADLINE


def test_an_undated_header_over_the_text_stays_chrome():
    """The guard: a masthead ``<header>`` printing the site's name and motto, right over the
    article's block, names no story."""
    page = (page_head() + "<header><h1>某某资讯网</h1><div>让新闻更有温度</div></header>"
            "<div class='main'>" + paras(STORY) + "</div></body></html>")
    assert cleaned(page).title != "某某资讯网"
