# ruff: noqa: E501  (Chinese test strings)
"""A short text in a block classed as a summary, over a readers' comment box (issue 14,
stop 34, the robustness run: a technology news site prints each story's whole text in a
``<div class="intro">``; with a readers' comment box of two stamped lines added right under
it — ``noise``, ``noise-stated-gone``, ``classes-related-date``, ``classes-all`` — the
page's body was the comment box: first, last sentence and length lost under each).

``box_apart`` leaves out a box classed as a summary (``summary``, ``intro``, ``post_desc``…)
that opens the body when the next block holds the text's paragraphs (two ``<p>`` or more):
the label rules leave a summary above the text out. But a summary is shorter than the text
it sums up; a block under it holding less than the box (two short lines of a comment box) is
not the text, and the box is. Now the block under it must hold at least the box's Chinese
characters.

Guard: a summary box of one sentence over the text's longer block is still left out.
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

_TITLE = "报刊出版单位五年内将大幅减少"
_TEXT = ("官方媒体报导，全国的报刊出版单位在五年内将大幅减少，同时加大对重点报刊的扶持力度。"
         "主管部门透露，今后五年将退出停办一批规模小、实力弱的出版单位，退出停办一批资质差、资不抵债、发展能力不足的报刊。"
         "通过兼并、整合、重组推进骨干企业和传媒集团建设，引导支持拥有品牌效应和细分市场前景的中小型报刊走内涵发展道路。")
_COMMENTS = ("<div><h4>网友评论</h4><p>网友1 2011-04-22 10:20:05</p><p>说得很好，希望继续关注后续进展。</p>"
             "<p>网友2 2011-04-25 11:21:05</p><p>说得很好，希望继续关注后续进展。</p></div>")


def test_a_text_classed_intro_over_a_shorter_comment_box_is_the_text() -> None:
    body = f"<div class='body'><div class='intro'>{_TEXT}</div>{_COMMENTS}</div>"
    paragraphs = story_paragraphs(_TITLE, body)
    assert paragraphs[0].startswith("官方媒体报导")


def test_a_one_sentence_summary_box_over_the_texts_longer_block_is_left_out() -> None:
    summary = "报刊出版单位五年内将大幅减少。"
    text = "".join(f"<p>{s}。</p>" for s in _TEXT.rstrip("。").split("。"))
    body = f"<div class='body'><div class='intro'>{summary}</div><div class='text'>{text}</div></div>"
    paragraphs = story_paragraphs(_TITLE, body)
    assert paragraphs[0].startswith("官方媒体报导")
