# ruff: noqa: E501  (Chinese test strings)
"""A short note set apart from the text by a horizontal rule (issue 14, stop 32, where the
text ends): pages in the shape of a real technology-channel template, with text written
here.

The template prints the article's paragraphs, its author's profile under a bold
``作者简介：`` line, then an ``<hr>`` and, in bold, the promotion of a conference the site
runs (when and where it is held, who speaks, ``欢迎访问【大会官网】，了解更多详情。``).
fresh13's csdn-storage-versus-backup-six-differences kept that promotion as the text's last
paragraph (the label ends with the profile). Its sentences read like a notice's, so no
wording rule can tell it from text; the rule the page draws and the note's type can: what
follows the body's last ``<hr>`` is set aside when it is short (400 Chinese characters at
most, the text above the rule three times as long or more), each block of it reads as a
note (all in bold, a link or an address in it, a note's mark opening it) and the text
closes a sentence right above the rule.
The opened splits hold the same shape on other sites: a call for contributions, the
copyright line, the notes to a regulator's text, all under a rule and all outside their
labels.

- The conference promotion under the rule goes; the author's profile above it stays.
- Notes under the rule (``[1]…``) go the same way.
- What marks the blocks under the rule as a note: their words all in bold, a link or an
  address in them, or a note's mark opening them. Guards: a short last paragraph of plain
  text under a rule stays (a section of the text), and so does one after such a note (a
  promotion printed inside the text, above its last paragraph); a rule between two long sections of the
  text keeps both; a rule under a line that closes no sentence (a credit line) leaves what
  follows to the other rules.
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

_TITLE = "数据库迁移上云的五个常见误区"
_TEXT = [
    "过去几年，越来越多的企业开始把核心数据库迁移到云上，但迁移过程中踩坑的案例也屡见不鲜。",
    "第一个误区是把迁移当成一次性的搬家。数据库上云之后，备份、监控和容量规划的方式都会改变，运维团队需要提前准备。",
    "第二个误区是只看价格不看架构。按量计费看似便宜，但如果业务高峰期频繁扩容，整体成本反而可能高于自建机房。",
    "第三个误区是忽视网络延迟。应用和数据库分处不同区域时，一次查询多出的几毫秒，累积起来就会拖慢整个系统。",
    "归根结底，迁移上云是一项系统工程，技术选型之外，更需要团队在流程和习惯上同步做出调整。",
]
_PROFILE = [
    "<p><b>作者简介：</b></p>",
    "<p>李某某：某某数据公司联合创始人，曾在多家互联网企业负责数据库平台建设，长期关注云上数据管理与容灾方案。</p>",
]
_PROMOTION = (
    "<hr/><b>第三届某某数据技术大会将于8月12日至13日在某市国际会议中心举办。目前大会议程和演讲嘉宾名单已经公布，"
    "多位院士、头部企业技术负责人和开源社区代表届时都将带来精彩分享。欢迎访问【&nbsp;<a href='http://conf.example.org/'>大会官网</a>】，了解更多详情。</b>"
    "<div><b><img src='/upload/banner.jpg'/><br/></b></div>"
)


def _page(after: str, profile: list[str] = _PROFILE) -> list[str]:
    """The body of the article's page: its text, the author's profile and ``after``."""
    text = "".join(f"<p>{t}</p>" for t in _TEXT)
    return story_paragraphs(_TITLE, f"<div class='news_con'>{text}{''.join(profile)}{after}"
                                    "<p class='copyright'></p></div>")


def test_a_conference_promotion_under_a_rule_after_the_authors_profile_is_not_the_text() -> None:
    paragraphs = _page(_PROMOTION)
    assert paragraphs[-1].startswith("李某某：")
    assert not any("大会" in p for p in paragraphs)
    assert paragraphs[0] == _TEXT[0]


def test_notes_under_a_rule_after_the_last_paragraph_are_not_the_text() -> None:
    notes = ("<hr/><p>[1]本文所称核心数据库，是指承载交易、账务等关键业务的数据库。</p>"
             "<p>[2]文中成本数据来自作者团队的测算。</p>")
    paragraphs = _page(notes, profile=[])
    assert paragraphs[-1] == _TEXT[-1]


def test_a_bold_promotion_under_a_rule_above_the_texts_last_paragraph_leaves_that_paragraph() -> None:
    last = "会后，与会企业代表还参观了当地的数据中心。"
    paragraphs = _page(_PROMOTION + f"<p>{last}</p>", profile=[])
    assert paragraphs[-1] == last


def test_a_rule_between_two_long_sections_of_the_text_keeps_both() -> None:
    second = [
        "第四个误区是低估数据校验的工作量。迁移前后的数据一致性需要逐表核对，大表还要分批比对。",
        "第五个误区是没有回退方案。一旦切换后出现问题，能否在几分钟内切回原系统，决定了事故的影响范围。",
    ]
    text = "".join(f"<p>{t}</p>" for t in _TEXT[:2]) + "<hr/>" + "".join(f"<p>{t}</p>" for t in second)
    paragraphs = story_paragraphs(_TITLE, f"<div class='news_con'>{text}</div>")
    assert paragraphs[-1] == second[-1]


def test_a_short_last_paragraph_of_plain_text_under_a_rule_stays() -> None:
    last = "下一步，团队将把迁移经验整理成手册，供其他业务部门参考。"
    paragraphs = _page(f"<hr/><p>{last}</p>", profile=[])
    assert paragraphs[-1] == last


def test_a_rule_under_a_line_that_closes_no_sentence_leaves_the_lines_after_it() -> None:
    closing = "<hr/><p>这是一段写在分隔线下面的补充说明，它仍然是正文的一部分。</p>"
    paragraphs = _page(closing, profile=["<p>李某某 王某某</p>"])
    assert paragraphs[-1] == "这是一段写在分隔线下面的补充说明，它仍然是正文的一部分。"


# fresh14's csdn-jinjiang page (after its score): under the rule, the column's teasers of
# its earlier interviews, the last ones printed as a picture and a link with the excerpt
# glued after them (no block around), then a call to follow and a contact line.
_TEASERS = (
    "<hr/><p><img src='/t/1.jpg'/>【<a href='/a/85'>《某栏目》一款修图工具的定位</a>】《某栏目》第85期，创始人又有哪些新的感悟呢？</p>"
    "<p><a href='/a/84'><img src='/t/2.jpg'/>【</a><a href='/a/84b'>《某栏目》专访某平台负责人</a>】《某栏目》第84期：他们还有更大的计划。</p>"
    "<img src='/t/3.jpg'/>【<a href='/a/83'>《某栏目》智能手表的三个难题</a>】《某栏目》第83期：采访中嘉宾描绘了行业的现状。"
    "<p><b><a href='/tag'>回顾更多内容</a>及线下活动信息，请关注某某公众微信号</b></p>"
    "<p><b>寻求《某栏目》免费报道，请发送邮件至editor#example.com（请把#改为@）。</b></p>"
)


_MORE = [
    "第四个误区是低估数据校验的工作量。迁移前后的数据一致性需要逐表核对，大表还要分批比对，任何一张表漏核都可能在上线后暴露问题。",
    "第五个误区是没有回退方案。一旦切换后出现问题，能否在几分钟内切回原系统，决定了事故的影响范围，也决定了业务部门对迁移的信心。",
    "第六个误区是把安全交给云厂商。云上的账号权限、密钥管理和审计日志仍要企业自己负责，分工不清往往是数据泄露的起点。",
    "第七个误区是忽略人员培训。新的运维工具和告警体系需要时间熟悉，迁移计划里应当留出培训和演练的时间，而不是上线当天才开始学。",
]


def test_teasers_under_a_rule_with_their_excerpts_glued_after_the_links_are_not_the_text() -> None:
    more = "".join(f"<p>{t}</p>" for t in _MORE)
    paragraphs = _page(more + _TEASERS, profile=[])
    assert paragraphs[-1] == _MORE[-1]


def test_words_glued_after_the_first_link_under_a_rule_stay() -> None:
    glued = "<hr/><a href='/p/1'>李某某</a>表示，下一步团队将把迁移经验整理成手册，供其他部门参考。"
    paragraphs = _page(glued, profile=[])
    assert paragraphs[-1].endswith("供其他部门参考。")
