# ruff: noqa: E501  (Chinese test strings)
"""A short text read as readers' comments with the two comments under it (issue 14, stop 36,
block choice; the robustness benchmark's ``bare`` perturbation): a page in the shape of a real
one, with text written here.

A video site's page prints, in one block with no class, the headline, two stamped info lines
(``来源：某某网 | 2022年09月21日 17:56:58``), a short report and two readers' comments
(``网友1 2022-09-23 10:20:05``). Four stamps, two of them marked as readers', in a block of
under 600 Chinese characters: the block reads as a list of comments, and the body is chosen
again without it. Hiding the block hid the text with it, and the page's ``<body>`` (menus,
lists, footer) won the retry: the body was the page's furniture. A retry that wraps the
hidden block is now refused (it found no text of its own) and the block stays the choice;
its comment lines go as before. (The cleaning after the choice may still reach the text
through the page's lines when the furniture is this plain, so the first test asks the choice
itself.) Guard: a short post over a long discussion in a block of its
own is still chosen without the discussion.
"""

from __future__ import annotations

from lxml import html

from pipelines.articlebody import best_body
from tests.clean.news_page import cleaned, page_head

TITLE = "山村梨园迎来丰收 村民生活蒸蒸日上"
TEXT = ["某某网消息：在某省某县，三个村合并为一个村，“抱团”发展香梨种植产业。近期，梨园迎来丰收，村民们靠着种梨过上了好日子。",
        "在村里的一处梨园里，一颗颗硕大的梨果缀满枝头，果香四溢，村民们正趁着晴天忙着采摘、装箱、转运。",
        "据了解，这个村有耕地三千余亩，土层深、土壤肥，昼夜温差大。几年前，相关部门为当地确定了种植香梨的方向，今年预计产量在二十五万公斤以上。"]
MENU = ("<p>首页 | 要闻 | 政务公开 | 办事服务 | 互动交流 |</p><div>新闻</div><div>点击收起全文</div>"
        f"<div>正在阅读：{TITLE}</div><div>扫一扫分享到微信</div><div>手机看</div>")
LISTS = ("<div><h3>热点新闻</h3><ul>" + "".join(
    f"<li><a href='/n/{i}.html'>某某部门开展第{i}批专项检查行动</a><span>2022-09-{10 + i}</span></li>" for i in range(1, 6))
    + "</ul></div>")
FOOTER = "<div>某某网版权所有 京ICP备12345678号 地址：某某市某某路1号</div>"


def _article(comments: str) -> str:
    return (f"<div><div><h1>{TITLE}</h1><div>来源：某某网 | 2022年09月21日 17:56:58</div>"
            "<div>某某网 | 2022年09月21日 17:56:58</div></div>"
            "<div>" + "".join(f"<p>{p}</p>" for p in TEXT) + "</div>" + comments + "</div>")


COMMENTS = ("<div><h4>网友评论</h4><p>网友1 2022-09-23 10:20:05</p><p>说得很好，希望继续关注后续进展，"
            "乡亲们种梨致富的路子值得各地学习，也祝愿明年的收成更好。</p>"
            "<p>网友2 2022-09-26 11:21:05</p><p>说得很好，希望继续关注后续进展，"
            "也希望有关部门帮助村民打开销路，让好梨卖出好价钱。</p></div>")


def test_a_short_text_in_the_comments_block_is_still_the_block_chosen() -> None:
    root = html.fromstring(page_head() + MENU + LISTS + _article(COMMENTS) + FOOTER + "</body></html>")
    body, _ = best_body(root)
    assert body is not None and body.tag != "body"
    assert TEXT[0] in body.text_content()


def test_a_short_text_in_the_comments_block_is_the_text() -> None:
    body = cleaned(page_head() + MENU + LISTS + _article(COMMENTS) + FOOTER + "</body></html>").body
    assert body.startswith(TEXT[0])
    assert "网友" not in body


def test_a_short_post_over_a_long_discussion_is_chosen_without_it() -> None:
    post = "<div>" + "".join(f"<p>{p}</p>" for p in TEXT) + "</div>"
    replies = "".join(
        f"<div><p>网友{i} 2022-09-{10 + i} 10:2{i}:05 发表评论</p><p>第{i}位读者说：这样的好消息希望多一些，梨园的日子越过越红火，我们也想去看看，顺便买几箱香梨带回家给家里的老人和孩子尝一尝。</p></div>"
        for i in range(1, 9))
    body = cleaned(page_head(TITLE) + MENU + f"<h1>{TITLE}</h1>" + post + "<div>" + replies + "</div>" + FOOTER
                   + "</body></html>").body
    assert body.startswith(TEXT[0])
    assert "读者说" not in body
