"""Lines above an article's first sentence that are no text: a ``简介：`` standfirst
repeating the story in brief, and a review's key points printed as dash-led highlight lines
(``——…。``) over its text (a class fresh12's score showed). Pages of one's own text in the
shape of the real markup."""

from __future__ import annotations

from tests.clean.news_page import block, story_paragraphs

_FIRST = "市图书馆昨日宣布，新馆将于下月起延长开放时间，周末闭馆时间推迟到晚上九点。"
_SECOND = "馆方表示，调整后每周开放时间增加十二小时，借阅、自习和讲座区域同步开放。"
_THIRD = "据介绍，新馆开馆一年来接待读者超过八十万人次，周末自习座位经常供不应求。"


def test_a_standfirst_labelled_jianjie_above_the_text_is_dropped() -> None:
    body = block("简介：市图书馆新馆下月起延长开放时间，每周增加十二小时。",
                 _FIRST, _SECOND, _THIRD)
    paragraphs = story_paragraphs("新馆下月起延长开放时间", body)
    assert paragraphs[0] == _FIRST
    assert paragraphs[-1] == _THIRD


def test_dash_led_highlight_lines_above_a_review_are_dropped() -> None:
    body = block("——以读者为中心，开放时间三年来延长两次，周末服务成为常态。",
                 "——通过“城市书房”“阅读月”等载体让阅读走进社区。",
                 "——以数字借阅为抓手，线上读者数量一年翻了一番。",
                 _FIRST, _SECOND, _THIRD)
    paragraphs = story_paragraphs("以读者为中心，全面提升公共阅读服务", body)
    assert paragraphs[0] == _FIRST
    assert paragraphs[-1] == _THIRD


def test_a_dialogue_printed_with_dashes_keeps_its_lines() -> None:
    lines = ["——您为什么选择在周末延长开放时间？",
             "——周末自习座位一直供不应求，读者反映最多的就是闭馆太早。",
             "——延长后人手够吗？",
             "——我们招募了一批志愿者，每天轮换三个班次。"]
    body = block(*lines, _FIRST, _SECOND)
    paragraphs = story_paragraphs("新馆馆长谈延长开放时间", body)
    assert paragraphs[0] == lines[0]


def test_a_single_dash_led_subtitle_line_is_no_highlight_run() -> None:
    body = block("——记市图书馆新馆的第一年。", _FIRST, _SECOND, _THIRD)
    paragraphs = story_paragraphs("读者的书房", body)
    assert paragraphs[:2] == ["——记市图书馆新馆的第一年。", _FIRST]
