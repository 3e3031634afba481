# ruff: noqa: E501  (Chinese test strings)
"""Notes under an essay or a feature saying where it was first printed, who shared in the
reporting, and a like widget's loading line (issue 14, stop 33, the kinds of fresh14's new
sources: personal essays and magazine features on WordPress-style sites).

The label rules end the text before source notes and bylines at its end. Kept as the last
paragraph were: the periodical and issue that printed it first (``（本文刊载于《某某周刊》2010
年第19期）``, ``本文原载于《某刊》2010年第5期，原题为《…》。``), a colleague's share in the
reporting (``（实习生某某对本文亦有贡献）``), and a blog's like widget (``赞过：`` over ``赞
正在加载……``). Each is now a line the cleaner drops (``rules/boilerplate.toml``): the note of
first printing only when what follows the periodical's name is its issue, page and original
headline, nothing else.

Guards: a sentence of the text about where it was published, and one about others'
contributions, stay.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import block, story_paragraphs

_TITLE = "三十岁的间隔年"
_ESSAY = ("三十岁那年春天，我辞掉了做了七年的工作，背着一只旧背包去了西南。",
          "在大理的一家客栈里，我遇见一位退休的中学老师，她每年都会独自出门旅行两个月。",
          "一年以后我回到城市，重新找了一份工作，但我终于知道自己想要过什么样的日子。")


@pytest.mark.parametrize("note", [
    "（本文刊载于《某某周刊》2010年第19期）",
    "本文原载于《某某周刊》2010年第19期，原题为《三十岁，停下来》。",
    "（本文首发于《某某》杂志）",
    "（实习生 王某某 对本文亦有贡献）",
    "实习记者李某、王某对此文亦有贡献",
    "<div class='sharedaddy sd-like'><h3>赞过：</h3><div><span>赞</span> <span>正在加载……</span></div></div>",
], ids=["issue-in-brackets", "issue-and-original-title", "first-printed", "intern-share",
        "interns-share-unbracketed", "like-widget"])
def test_a_note_under_the_essay_is_not_its_last_paragraph(note: str) -> None:
    assert story_paragraphs(_TITLE, block(*_ESSAY, note)) == list(_ESSAY)


@pytest.mark.parametrize("line", [
    "文章发表于《某某周刊》后，引起了不少读者的共鸣，很多人给我写信。",
    "许多志愿者对本次活动有所贡献，孩子们也学会了感谢。",
], ids=["publication-in-a-sentence", "contribution-in-a-sentence"])
def test_a_sentence_of_the_text_about_printing_or_sharing_stays(line: str) -> None:
    assert line in story_paragraphs(_TITLE, block(*_ESSAY[:2], line, _ESSAY[2]))
