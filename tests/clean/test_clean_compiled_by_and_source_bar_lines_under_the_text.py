# ruff: noqa: E501  (Chinese test strings)
"""Credit lines naming who compiled a text, and its source set apart by a bar, under the text
(issue 14, stop 33, the kinds of fresh14's new sources: a government office's news page and
an account's digest close with ``来源 | 局组织教育处`` over ``综合 | 局办公室``, or ``来源|某报
及新华社…``).

The label rules end the text before source notes and credits. ``综合`` and ``整理`` (compiled
by) were no credit roles, and a source line was dropped only with a colon (``来源：…``): the
two lines stayed as the last paragraphs. Now ``综合``/``整理`` are credit roles, and a short
line of such a credit, or of the source set apart by a bar, is a line the cleaner drops.

Guards: a sentence opening ``综合来看，…`` and a paragraph ``综合：`` followed by a sentence stay.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import block, story_paragraphs

_TITLE = "市交通运输局部署冬季道路安全工作"
_TEXT = ("11月28日，市交通运输局召开冬季道路安全工作部署会，对入冬以来的道路除雪防滑工作作出安排。",
         "会议要求，各区县要提前备足融雪剂和除雪机械，落实24小时值班制度，遇有降雪天气时确保主干道路两小时内恢复通行。",
         "会议还通报了今年以来全市道路运输安全生产情况，并对下一阶段隐患排查整治工作提出了具体要求。")


@pytest.mark.parametrize("tail", [
    ("来源 | 局组织教育处", "综合 | 局办公室"),
    ("综合：局办公室", "审核：王某"),
    ("整理：李某", "编辑：王某"),
    ("来源｜市交通运输局",),
], ids=["source-and-compiled-by", "compiled-by-and-reviewer", "compiled-by-and-editor", "source-bar"])
def test_credit_lines_under_the_text_are_not_its_last_paragraphs(tail: tuple[str, ...]) -> None:
    assert story_paragraphs(_TITLE, block(*_TEXT, *tail)) == list(_TEXT)


@pytest.mark.parametrize("line", ["综合来看，今年全市道路运输安全形势总体平稳，但冬季仍是事故多发期。",
                                  "综合：这次调研发现，冬季道路安全问题主要集中在山区路段。"],
                         ids=["sentence", "labelled-sentence"])
def test_a_sentence_opening_with_the_word_stays(line: str) -> None:
    assert line in story_paragraphs(_TITLE, block(_TEXT[0], line, *_TEXT[1:]))
