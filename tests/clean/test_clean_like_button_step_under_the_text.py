"""A like button's step printed under the text (issue 14, stop 36: four opened pages of a
news agency's site kept ``+1`` — the number a like button adds, ``<div class="zan-i">+1</div>``
— and the heading of the comment box under it as the text's last lines).

A line of nothing but ``+1`` is no text: with the site's lines around it (a heading, a
story's number) under the last sentence, the text ends at that sentence. Guard: a line of
the text that counts (``1+1``, a score ``+1分``) is no such step.
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

_TITLE = "城市书房夜间开放时间延长"
_TEXT = [
    "从本月起，全市二十家城市书房的夜间开放时间延长至晚上十点，方便市民下班后阅读。",
    "图书馆负责人表示，延长开放后将增加志愿者值守，并根据读者的使用情况调整开放时间。",
]


def test_a_like_buttons_step_under_the_text_is_not_its_last_line() -> None:
    text = "".join(f"<p>{t}</p>" for t in _TEXT)
    widget = "<div><a href='javascript:void(0);'> </a><div>+1</div></div><div>新闻评论</div>"
    paragraphs = story_paragraphs(_TITLE, f"<div>{text}{widget}</div>")
    assert paragraphs[-1] == _TEXT[-1]


def test_a_line_of_the_text_with_a_plus_stays() -> None:
    lines = [*_TEXT, "本月阅读积分规则调整如下：", "借阅一本书+1分"]
    text = "".join(f"<p>{t}</p>" for t in lines)
    paragraphs = story_paragraphs(_TITLE, f"<div>{text}</div>")
    assert paragraphs[-1] == lines[-1]
