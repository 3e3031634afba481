# ruff: noqa: E501  (Chinese test strings)
"""A second story under a related pointer worded otherwise (issue 14, stop 38, i28c: the
second-story class of the held-out misses — fresh18's wxc brief followed by a related-news
line and another story's text — on pages of our own text).

Stop 34's rule 1: a second story printed after the text, under a pointer naming its
headline, is no body. The pointer was read when worded ``相关新闻：``, ``【相关阅读】`` and the
like, and the story under it taken for that story's text only when 60 % of the headline's
character pairs came back in it. Pointers are worded otherwise too (``推荐阅读：``,
``相关资讯：``, ``往期回顾：``, ``【回顾】``, led by a box bullet ``■相关报道``),
and a story's text repeats fewer of its headline's words than that (a report names the
place and the work, not the headline's every phrase). Now those pointers count, and a
story telling 35 % of its headline's pairs (and 30 % more than the text above) is that
story.

A related heading alone on its line (``更多新闻``, ``【相关报道】``), the other story's headline
under it, then its text: cut the same way (the heading rules cut it only when no sentence
followed).

Guards: an article whose own text resumes under a related pointer or heading (its words, not the
pointed headline's) keeps it (stop 36's rule 3).
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import paras, story_paragraphs

_BRIEF = ["新华社北京3月18日电 十四届全国人大常委会第八次会议18日表决通过了新修订的种子法，新法将于明年3月1日起施行。",
          "新修订的种子法扩大了植物新品种权的保护范围，加大了对侵权行为的惩处力度，为种业振兴提供了法治保障。"]
_OTHER_HEADLINE = "多地春耕生产有序推进 农机手忙碌在田间"
_OTHER = ["连日来，各地抢抓农时，组织农机手开展春耕作业，田间地头一派繁忙景象。",
          "农业农村部门派出技术人员深入一线，指导农民科学施肥、合理用药，确保春耕生产顺利进行。",
          "据统计，目前全国已完成春播面积超过两亿亩，进度快于去年同期。"]


@pytest.mark.parametrize("pointer", [
    ["相关新闻：" + _OTHER_HEADLINE], ["推荐阅读：" + _OTHER_HEADLINE], ["相关资讯：" + _OTHER_HEADLINE],
    ["往期回顾：" + _OTHER_HEADLINE], ["【回顾】" + _OTHER_HEADLINE], ["■相关报道", _OTHER_HEADLINE],
])
def test_a_second_story_under_a_pointer_worded_otherwise_is_no_text(pointer: list[str]) -> None:
    paragraphs = story_paragraphs("新修订的种子法表决通过",
                                  "<div class='article'>" + paras(_BRIEF + pointer + _OTHER) + "</div>")
    assert paragraphs == _BRIEF


def test_the_articles_own_text_resuming_under_a_pointer_stays() -> None:
    more = ["种子法的修订历时两年，立法机关先后赴多个省份调研，听取种业企业、科研单位和农民的意见。",
            "业内人士认为，新修订的种子法将进一步激发种业创新活力，推动种业高质量发展。"]
    paragraphs = story_paragraphs("新修订的种子法表决通过", "<div class='article'>" + paras(
        [*_BRIEF, "推荐阅读：" + _OTHER_HEADLINE, *more]) + "</div>")
    assert paragraphs[-1] == more[-1]


# A related heading alone on its line (更多新闻, 相关推荐, 【相关报道】, 往期新闻), the other
# story's headline on the line under it, then that story's text: cut too (the heading rules
# cut such a heading only when no sentence followed it).
@pytest.mark.parametrize("heading", ["更多新闻", "相关推荐", "【相关报道】", "往期新闻"])
def test_a_second_story_under_a_related_heading_alone_is_no_text(heading: str) -> None:
    paragraphs = story_paragraphs("新修订的种子法表决通过", "<div class='article'>" + paras(
        [*_BRIEF, heading, _OTHER_HEADLINE, *_OTHER]) + "</div>")
    assert paragraphs == _BRIEF


def test_the_articles_own_sections_under_a_related_heading_stay() -> None:
    more = ["种子法的修订历时两年，立法机关先后赴多个省份调研，听取种业企业、科研单位和农民的意见。",
            "业内人士认为，新修订的种子法将进一步激发种业创新活力，推动种业高质量发展。"]
    paragraphs = story_paragraphs("新修订的种子法表决通过", "<div class='article'>" + paras(
        [*_BRIEF, "更多新闻", _OTHER_HEADLINE, "种子法修订的来龙去脉", *more]) + "</div>")
    assert paragraphs[-1] == more[-1]
