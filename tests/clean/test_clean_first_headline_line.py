# ruff: noqa: E501  (Chinese test strings)
"""A republished story's ``（原标题：某某）`` line printed over or under its text (issue 14,
stop 30: five opened pages of two portals print it as the text's first paragraph, one as its
last; the label rules start the body after 原标题 lines), pages of text written here in the
shape of a portal's republished report (the line is a drop line of
pipelines/rules/boilerplate.toml, i20e's of stop 30):

- The line over the text, with a short subtitle line under it: the text starts at its
  first sentence.
- The line under the text's last sentence: the text ends at that sentence.
- Guard: a sentence that tells a story's first headline in running text
  (``…原标题为《某某》。``) stays where it is.
"""

from __future__ import annotations

from tests.clean.news_page import block, story_paragraphs

_TITLE = "某市出台新规 老旧小区加装电梯可申请补贴"
_TEXT = ("记者昨日从某市住房和城乡建设局获悉，该市出台老旧小区加装电梯补贴办法，每部电梯最高可获补贴二十万元。",
         "办法明确，申请补贴的小区须取得本单元三分之二以上业主同意，并由业主委员会统一提出申请。",
         "据介绍，今年全市计划完成加装电梯三百部，目前已有四十多个小区提交了申请材料。")


def test_first_headline_line_over_the_text_is_not_the_text() -> None:
    body = block("（原标题：老旧小区加装电梯每部最高补贴二十万元 某市住建局出台办法）", "加装电梯有补贴",
                 *_TEXT, cls="post_text")
    assert story_paragraphs(_TITLE, body)[0] == _TEXT[0]


def test_first_headline_line_under_the_text_is_not_the_text() -> None:
    body = block(*_TEXT, "（原标题：老旧小区加装电梯每部最高补贴二十万元）", cls="post_text")
    assert story_paragraphs(_TITLE, body)[-1] == _TEXT[-1]


def test_sentence_telling_a_first_headline_stays() -> None:
    first = "这篇文章最早刊登在一本杂志上，原标题为《电梯里的邻居》。"
    body = block(first, *_TEXT, cls="post_text")
    assert story_paragraphs(_TITLE, body)[0] == first
