# ruff: noqa: E501  (Chinese test strings)
"""The writer's note in brackets under a commentary, however it runs on (issue 14, stop 38,
i28c: the byline class of the held-out misses at the text's end, on pages of our own text).

A commentary closes with its writer's post in brackets (``（作者为某某大学教授）``); the labels
end the text above it (the opened yc-wto column). The rule took a note with no comma and at
most one closing mark; a note with a full stop inside its bracket (``（作者系某某大学教授。）``),
with commas, or naming the writer (``（本文作者某某系某某研究员。）``) stayed and, closing a
sentence, was read as the text's last one. Now a line wholly in brackets opening with the
writer's credit goes, in a paragraph of its own or after a line break.

Guard: a sentence of the text naming the writer (``作者是…``, unbracketed, with commas) stays.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import paras, story_paragraphs

_TEXT = ["八月初的一个清晨，村支书老吴站在水库的堤坝上，望着露出水面的大片河床，心里一阵发紧。",
         "往年这个时候，水库的水总能漫到半坡上的那棵老柳树，今年却连坝脚的石阶都露了出来。",
         "秋收时，村里的稻谷产量和往年差不多。老吴说，这次多亏了及时调水，但往后不能再等到水库见底才想办法。"]


@pytest.mark.parametrize("note", ["（作者系某某大学水利工程学院教授。）", "（作者系某某大学教授，博士生导师。）",
                                  "（本文作者为某某研究院研究员。）", "（作者是某某大学教授，长期研究农村水利。）",
                                  "（本文作者张三系某某大学教授。）", "【作者系某某大学教授】"])
@pytest.mark.parametrize("markup", ["p", "br"])
def test_a_bracketed_writers_note_is_not_the_last_sentence(note: str, markup: str) -> None:
    if markup == "p":
        body = paras([*_TEXT, note])
    else:
        body = paras(_TEXT[:-1]) + f"<p>{_TEXT[-1]}<br>{note}</p>"
    paragraphs = story_paragraphs("水库见底之后", "<div class='article'>" + body + "</div>")
    assert paragraphs[-1] == _TEXT[-1]


def test_a_sentence_naming_the_writer_stays() -> None:
    line = "作者是一位在水利部门工作了三十年的老工程师，退休后仍常常回到水库边看看。"
    paragraphs = story_paragraphs("水库见底之后", "<div class='article'>" + paras([*_TEXT, line]) + "</div>")
    assert paragraphs[-1] == line
