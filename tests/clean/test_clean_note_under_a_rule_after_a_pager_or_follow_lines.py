"""A note set apart by a rule when a pager or the site's follow lines sit between the text
and the rule (issue 14, stop 34, the robustness run: a technology channel's pages under
``paginated`` — ``上一页 1 2 3 下一页``, ``第1页 共3页`` after the text — and ``furniture`` —
a site's promotion lines ``【某某论坛】：最新评论每日总览``, ``加入某某粉丝团`` under its last
block — kept the conference promotion printed under the ``<hr>`` as the text's last
paragraph; unperturbed it went).

``ruled_tail`` sets apart what follows the body's last rule only when the text closes a
sentence right above the rule: the nearest text before it had to close one. A pager's page
numbers and a site's short follow lines close none, yet they are not the text: the rule
still marks the end of a text that has ended. Short lines without a sentence's end (24
Chinese characters at most each, 60 in all) are now passed over on the way back to the
text's last sentence.

Guard: a longer line closing no sentence right above the rule (a paragraph cut off, a
credit) still leaves what follows the rule to the other rules.
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

_TITLE = "数据库迁移上云的五个常见误区"
_TEXT = [
    "过去几年，越来越多的企业开始把核心数据库迁移到云上，但迁移过程中踩坑的案例也屡见不鲜。",
    "第一个误区是把迁移当成一次性的搬家。数据库上云之后，备份、监控和容量规划的方式都会改变，运维团队需要提前准备。",
    "第二个误区是只看价格不看架构。按量计费看似便宜，但如果业务高峰期频繁扩容，整体成本反而可能高于自建机房。",
    "第三个误区是忽视网络延迟。应用和数据库分处不同区域时，一次查询多出的几毫秒，累积起来就会拖慢整个系统。",
    "第四个误区是低估数据校验的工作量。迁移前后的数据一致性需要逐表核对，大表还要分批比对，任何一张表漏核都可能在上线后暴露问题。",
    "归根结底，迁移上云是一项系统工程，技术选型之外，更需要团队在流程和习惯上同步做出调整。",
]
_PROMOTION = (
    "<hr/><b>第三届某某数据技术大会将于8月12日至13日在某市国际会议中心举办。目前大会议程和演讲嘉宾名单已经公布，"
    "多位院士、头部企业技术负责人和开源社区代表届时都将带来精彩分享。欢迎访问【<a href='http://conf.example.org/'>大会官网</a>】，了解更多详情。</b>"
)
_PAGER = ("<p><a href='?page=0'>上一页</a> <a href='?page=1'>1</a> <a href='?page=2'>2</a> "
          "<a href='?page=3'>3</a> <a href='?page=2'>下一页</a></p><div>第1页 共3页</div>")
_FOLLOW = ("<p>【城东即时】：最有料的影音频道</p><p>【城东论坛】：最新评论每日总览</p>"
           "<p>有话要说投稿「城东论坛」</p><p>加入城东资讯粉丝团</p>")


def _paragraphs(between: str) -> list[str]:
    text = "".join(f"<p>{t}</p>" for t in _TEXT)
    return story_paragraphs(_TITLE, f"<div class='news_con'>{text}{between}{_PROMOTION}</div>")


def test_a_promotion_under_a_rule_after_a_pager_is_not_the_text() -> None:
    paragraphs = _paragraphs(_PAGER)
    assert not any("大会" in p for p in paragraphs)
    assert _TEXT[-1] in paragraphs


def test_a_promotion_under_a_rule_after_the_sites_follow_lines_is_not_the_text() -> None:
    paragraphs = _paragraphs(_FOLLOW)
    assert not any("大会" in p for p in paragraphs)
    assert _TEXT[-1] in paragraphs


def test_a_long_line_closing_no_sentence_above_the_rule_leaves_what_follows() -> None:
    cut = "<p>以上内容根据某某数据公司技术团队在内部分享会上的发言整理而成并经本人审阅</p>"
    assert any("大会" in p for p in _paragraphs(cut))
