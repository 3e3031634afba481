# ruff: noqa: E501  (Chinese test strings)
"""Calls, headings and keyword lines under the text's last sentence, inside the text's own
block (issue 14, round of stop 31, where the text ends): pages in the common shape, with
text written here.

Found with a probe that inserts trailers of our own right after the last labelled sentence
of every opened page (docs/cleaning.md "Where the text ends (i21e)"): on short reports each
of these made the length miss (self-media calls on 44 of 596 pages, a related video's
heading over its linked title and source on 28, a comment box's heading over its count and
prompts on 16, a call to the site with its address on 27, a keywords line on 10).

- A self-media account's call to like, follow and share, naming itself or its post: a
  dropped line, wherever it stands (two closing forms, one opening form).
- A heading naming related stories or videos (相关视频：, 延伸阅读) with no sentence after it
  ends the text, as a recommended list's heading does.
- A comment box's heading with no sentence after it (its count, its prompts) ends the text.
- A call to the site with its address and no sentence, and a keywords line: dropped lines.
- Guards: a sentence that reports readers liking and sharing, a police call to share a
  notice, a related heading over sentences, a comment heading over quoted comments stay;
  so does a last paragraph closing with a byline after its sentence (``…。□记者某某``) under
  a comment box's heading, count and prompts (the headings look for a sentence's end mark
  anywhere in the lines under them).
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import story_paragraphs

_TITLE = "老街改造后重新开放"
_STORY = [
    "经过一年的修缮，城南老街于本周六重新开放。街面恢复了青石板路，两侧的三十多家老字号陆续回迁。",
    "街道办负责人介绍，改造中保留了老街原有的格局和建筑立面，新增了公共卫生间和休息座椅。开放首日，不少市民专程前来拍照留念。",
]


def _paragraphs(*after: str) -> list[str]:
    """The story's page with ``after`` (lines of markup or text) under its last sentence,
    in the same block."""
    lines = "".join(a if a.startswith("<") else f"<p>{a}</p>" for a in after)
    return story_paragraphs(_TITLE, "<div class='article'>" + "".join(f"<p>{t}</p>" for t in _STORY)
                            + lines + "</div>")


@pytest.mark.parametrize("call", [
    "喜欢我的文章就请点赞、关注、转发，您的支持是我最大的动力！",
    "感谢您的阅读！如果觉得文章不错，欢迎点赞、评论、转发，关注我，每天为你带来更多精彩内容。",
])
def test_a_self_media_call_to_like_follow_and_share_is_not_the_last_sentence(call: str) -> None:
    assert _paragraphs(call) == _STORY


def test_a_self_media_call_opening_the_post_is_not_its_first_sentence() -> None:
    opening = "关注我，带你看遍城市的老街小巷！点赞关注，每天更新不迷路！"
    paragraphs = story_paragraphs(_TITLE, "<div class='article'>" + "".join(
        f"<p>{t}</p>" for t in [opening, *_STORY]) + "</div>")
    assert paragraphs == _STORY


def test_a_related_videos_heading_over_a_linked_title_ends_the_text() -> None:
    assert _paragraphs("相关视频：", "<p><a href='/v/2026/1130.html'>现场视频：老街开放首日游人如织</a></p>",
                       "（来源：某某视频）") == _STORY


def test_a_comment_box_heading_over_its_count_and_prompts_ends_the_text() -> None:
    assert _paragraphs("<h3>网友评论</h3>", "已有0人参与", "文明上网，理性发言") == _STORY


@pytest.mark.parametrize("line", ["更多精彩资讯，请登录某某网（www.example.com）", "关键词：老街 改造 开放"])
def test_a_call_to_the_site_with_its_address_and_a_keywords_line_are_not_the_text(line: str) -> None:
    assert _paragraphs(line) == _STORY


@pytest.mark.parametrize("closing", [
    "视频发布后，网友纷纷点赞、转发，称老街找回了小时候的味道。",
    "警方提醒，请广大市民关注、转发此条信息，谨防上当受骗。",
])
def test_a_sentence_about_liking_and_sharing_stays(closing: str) -> None:
    assert _paragraphs(closing)[-1] == closing


def test_a_related_heading_over_sentences_stays() -> None:
    more = "老街所在的城南片区，明年还将启动第二期改造，涉及两条历史街巷。"
    assert _paragraphs("延伸阅读", more)[-1] == more


def test_a_comment_heading_over_quoted_comments_stays() -> None:
    quoted = "有网友留言说，老街的石板路终于不再坑坑洼洼，下雨天也能放心走了。"
    assert _paragraphs("网友评论", quoted)[-1] == quoted


def test_a_last_paragraph_closing_with_a_byline_under_a_comment_box_stays() -> None:
    closing = "截至发稿时，街道办已在老街两端增设了指示牌和导览图。□记者某某"
    paragraphs = _paragraphs("<h3>网友评论</h3>", "已有0人参与", "文明上网，理性发言", closing)
    assert paragraphs[-1] == closing


def test_a_line_of_topic_tags_and_mentions_is_not_the_last_sentence() -> None:
    assert _paragraphs("#城市老街# #周末去哪儿# @某某生活") == _STORY


def test_a_tagged_heading_inside_the_text_stays() -> None:
    heading = "#老街的新变化"
    more = "改造后的老街保留了原有的门牌号，老住户回迁时都能找到自家的老门牌。"
    paragraphs = _paragraphs(heading, more)
    assert heading in paragraphs and paragraphs[-1] == more
