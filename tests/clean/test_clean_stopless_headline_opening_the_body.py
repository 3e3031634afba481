"""Headlines after fresh13's score: a notice's headline opening the block chosen as the body.

A government notice page without ``<title>`` or classes (the ``bare`` perturbation of such a
page) prints its info table (``成文日期: 2020-03-18``), then one block holding the headline
in a ``<p>`` (``关于征求《…》意见的公告``, over twenty Chinese characters), a box of hot
news links, and the notice's paragraphs. When that block is chosen as the body, its first line
was read as the text's start: a line of twenty characters or more is running text, and a
line inside the body needs a date line under it to head the text. A line of a headline's
shape with no sentence's or clause's stop, opening the body, is no running text and heads
the text like a line over its date line. (The third test fails before the change; the
first two, on the whole page, are guards.)
"""

from __future__ import annotations

from lxml import html

from pipelines.headline import headline
from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "关于征求《全市公共图书馆开放服务提升方案》意见的公告"
TEXT = [
    "为进一步提升公共图书馆的服务水平，方便市民阅读和学习，市文化和旅游局组织起草了"
    "《全市公共图书馆开放服务提升方案》，现向社会公开征求意见。",
    "有关单位和社会各界人士可以在2020年4月10日前，通过电子邮件、信函等方式提出修改意见及建议。",
    "电子邮箱：library@example.org，信函邮寄地址：某某市文化路1号市文化和旅游局公共服务处（邮编：330000）。",
]
HOT = "".join(f"<li><a href='/news/{n}.html'>{title}</a><span>[03-{10 + n}]</span></li>"
              for n, title in enumerate(["全市春季植树活动启动", "市政府常务会议召开",
                                         "文化惠民演出走进社区", "图书馆新馆开工建设"]))


def page(headline: str) -> str:
    """A bare notice page: menu, info table, then one block with ``headline``, a hot-news
    box and the text; readers' comments and the footer after it."""
    return (page_head() + "<div><a href='/'>首页</a> <a href='/gk/'>政府信息公开</a></div>"
            "<div><table><tr><td><b>索引号:</b> 0001/2020-00123</td><td><b>发文机关:</b> "
            "某某市文化和旅游局</td></tr><tr><td><b>主题分类:</b> 文化</td><td><b>成文日期:</b> "
            "2020-03-26</td></tr></table></div>"
            f"<div><p> {headline}</p><div><h3>热点新闻</h3><ul>{HOT}</ul></div>"
            "<div style='text-align:left;padding-bottom:20px;'>"
            + paras(TEXT, "style='text-indent:2em;'") + "<p>附件：<img src='/icons/word.png'>"
            "<a href='/download/1.docx'>全市公共图书馆开放服务提升方案（征求意见稿）.docx</a></p>"
            "<p style='text-align:right;'>某某市文化和旅游局</p>"
            "<p style='text-align:right;'>2020年3月26日</p><div style='display:none;'>"
            "<font>来源：某某市文化和旅游局</font></div></div></div>"
            "<div><h4>网友评论</h4><p>网友1 2020-03-27 10:20:05</p><p>很好，支持。</p></div>"
            "<div>版权所有 某某市人民政府</div></body></html>")


def test_stopless_headline_opening_the_body_over_a_link_box_is_the_headline() -> None:
    assert cleaned(page(HEADLINE)).title == HEADLINE


def test_stopless_headline_opening_the_block_chosen_around_it_heads_the_text() -> None:
    # The block around the headline, the link box and the text, taken as the body (as the
    # body choice does on the real page's shape): its first line is the headline.
    root = html.fromstring(page(HEADLINE))
    wrapper = next(p for p in root.iter("p") if HEADLINE in (p.text or "")).getparent()
    assert headline(root, wrapper)[1] == HEADLINE


def test_text_still_starts_at_its_first_paragraph() -> None:
    # Guard: the text's start is its first sentence, not the headline.
    assert cleaned(page(HEADLINE)).body.startswith("为进一步提升公共图书馆的服务水平")
