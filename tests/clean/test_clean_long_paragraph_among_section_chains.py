# ruff: noqa: E501  (Chinese test strings)
"""A story laid out by a WeChat-style editor whose one long paragraph outweighs the others
(issue 14, stop 31, block choice): pages in the shape of the real ones, with text written
here.

Each paragraph sits in its own chain of one to four ``<section>`` levels. When one
paragraph holds three quarters of the text, the chain around it is the tightest candidate
holding most of the score, and the climb from it to the block where the chains meet asked
for a third more score than the paragraph's (a heading or an info line added to a block
is not more of its text): the short paragraphs before and after it — the story's opening
and its close — fell outside the body. Now, across wrappers that add nothing, bare blocks
beside the chain that are sections of the same text (:func:`_sibling_sections`: running
text without links or class words, captioned pictures between, a headline and short lines
at the edges) are taken however little they add, when two of them or more are prose.

- A story of a short opening, a short second paragraph, one long paragraph and a short
  close, each in its own chain, under a headline chain and over a signature: the whole
  story, from its opening to its close, without the headline or the signature.
- Guard: one bare block of prose beside a long paragraph's chain (an author's note under a
  translated essay) stays out.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

TITLE = "社区老年书法班开课 居民笔墨间陶冶情操"
OPENING = "为丰富辖区居民的业余文化生活，街道社区服务中心从本月起每周三下午开设老年书法班。首期报名的三十多位居民大多是附近小区的退休职工和家属。"
SECOND = "授课老师从握笔和坐姿讲起，一笔一画地示范横竖撇捺的写法。居民们听得十分认真，不时拿起手中的毛笔在宣纸上比划起来。"
LONG = ("书法班的授课老师今年七十多岁，年轻时在工厂当过宣传干事，退休后一直坚持临帖练字，楷书、隶书和行书都有涉猎，"
        "作品多次参加区里和市里的书法展览。老师说，老年人学书法不求写得多么漂亮，重要的是静下心来，每天坚持练一练，"
        "既活动了手指和手腕，也能让心情平和下来。课上，他把自己整理的字帖复印给每位学员，又针对初学者容易犯的毛病，"
        "比如起笔太重、收笔太急、字的重心不稳等，一条一条地讲解，还手把手地帮几位学员纠正握笔的姿势。"
        "有位学员以前从没拿过毛笔，第一节课写的字歪歪扭扭，老师就让她先从最简单的横画练起，一节课下来已经能写得有模有样。"
        "课后不少学员还留在教室里互相切磋，有的交流练字心得，有的相约周末一起去公园写地书。"
        "服务中心负责人介绍，书法班计划开设三个月，结课时将举办一次学员作品展，优秀作品还将推荐参加区里的老年书画比赛。")
MORE = ("开班第一天，教室里早早坐满了人。有的学员带来了自己珍藏多年的毛笔和砚台，有的则是头一回买齐笔墨纸砚，"
        "拿在手里翻来覆去地看。一位八十岁的老人说，自己小时候上过几年私塾，写过毛笔字，后来工作忙就放下了，"
        "现在退休在家，总想把这门手艺捡起来，听说社区开了书法班，第一个就来报了名。另一位学员是刚退休的中学教师，"
        "她说以前在黑板上写了几十年粉笔字，一直想练好毛笔字，这回终于有了时间。服务中心还专门为书法班添置了长桌、"
        "毛毡和字帖，教室的墙上挂起了历代名家的碑帖复制品，学员们课间休息时常常站在碑帖前细细揣摩。"
        "为方便行动不便的老人，中心还安排志愿者在上课前后帮忙接送，并准备了老花镜和放大镜供大家借用。"
        "不少学员的子女也专门打来电话表示感谢，说父母有了新的爱好，每天的精神头都比以前足了。")
CLOSE = "经过一段时间的学习，学员们的书法水平都有了不同程度的提高。看着自己一笔一画写出来的作品，大家都觉得很有成就感。"


def _chain(inner: str, depth: int) -> str:
    return "<section>" * depth + inner + "</section>" * depth


def _page(blocks: list[str]) -> str:
    chains = "".join(_chain(block, 1 + k % 4) for k, block in enumerate(blocks))
    return (page_head(TITLE) + "<div class='nav'><a href='/'>首页</a> <a href='/sq/'>社区动态</a></div>"
            "<div style='width:640px'>" + chains + "</div>"
            "<div>版权所有 某某街道 联系我们</div></body></html>")


def test_the_short_paragraphs_around_a_long_one_each_in_a_section_chain_are_the_text() -> None:
    blocks = ["<p> </p>", f"<p style='text-align:center'>{TITLE}</p>", "<p> </p>",
              "<span><center>发布时间：2026-11-30</center></span>",
              f"<div>{OPENING}</div>", f"<div>{SECOND}</div>", f"<div>{LONG}{MORE}</div>",
              f"<div>{CLOSE}</div>", "<div><img src='/p/1.jpg'><img src='/p/2.jpg'></div>",
              "<div style='text-align:center'>某某街道社区服务中心</div>"]
    body = cleaned(_page(blocks)).body
    assert body.startswith(OPENING)
    assert body.rstrip().endswith(CLOSE)
    assert LONG + MORE in body and SECOND in body


NOTE = "作者是一位软件工程师，毕业于某某大学计算机系，曾在多家公司担任软件设计师和项目经理。他在业余时间写作，文章多谈软件开发和团队管理。"


def test_one_bare_block_of_prose_beside_a_long_paragraph_stays_out() -> None:
    page = (page_head(TITLE) + f"<table><tbody><tr><td>{TITLE}</td></tr>"
            f"<tr><td><div><div><p>{LONG}</p><p>{MORE}</p></div></div></td></tr>"
            f"<tr><td>{NOTE}</td></tr></tbody></table></body></html>")
    body = cleaned(page).body
    assert body.rstrip().endswith(MORE)
    assert NOTE not in body


def test_a_block_whose_text_is_all_set_aside_has_no_sibling_sections() -> None:
    # A chain whose every block is set aside (hidden) gives no text of its own: it has no
    # sections beside it, rather than an error (a widget-classed wrapper around a story).
    from lxml import html

    from pipelines.articlebody import TreeCounts, _sibling_sections, _Stats

    root = html.fromstring(f"<html><body><div><div class='nav'><p>{LONG}</p></div>"
                           f"<div><p>{OPENING}</p></div><div><p>{CLOSE}</p></div></div></body></html>")
    node = root.find(".//div[@class='nav']")
    stats = _Stats(root, set(node.iter()), TreeCounts(root))
    assert _sibling_sections(node.getparent(), node, stats, 2) is None
