# ruff: noqa: E501  (Chinese test strings)
"""A summary whose label stands alone on the line over it (issue 14, stop 37, where the text
starts): pages in the shape of real ones, with text written here.

The label rules leave a labelled summary at the top of a text out however it is set: the
label at the paragraph's start (``导读：…``, already taken) or alone over it — a plain line
(``导读``), a bracketed one (``【内容提要】``), a bold label in a block of its own, a label
broken from its paragraph by a ``<br>`` (``编辑导语：`` — no editor's credit either). Guards:
an editor's note (``编者按``) alone over its paragraphs keeps them (it may run on for
paragraphs, and a label counts it so); a summary's label over the only text stays text.
The editors' words labelled at a paragraph's start (``编者的话：…``) go as ``编者按：…`` does.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import story_paragraphs

TITLE = "河边的老渡口 一条船摆渡了四十年"
SUMMARY = "一条小船能走多远？记者来到河边的老渡口，听船工讲他四十年摆渡的日子。"
TEXT = ["天刚蒙蒙亮，老陈就解开缆绳，把小船从岸边推进水里，等着第一批过河的乡亲。",
        "这个渡口连着河两岸的三个村子，过去没有桥，孩子上学、老人赶集都靠这条船。",
        "老陈说，四十年里他记不清送过多少人过河，只记得每年汛期，心总是悬着的。",
        "如今，上游新修的大桥快要通车了，老陈打算把船留下来，给村里的孩子们讲讲渡口的故事。"]


def _body(lines: list[str]) -> list[str]:
    inner = "".join(line if line.startswith("<") else f"<p>{line}</p>" for line in lines)
    return story_paragraphs(TITLE, "<div class='content'>" + inner + "</div>")


@pytest.mark.parametrize("label", [
    "导读",
    "【内容提要】",
    "<p><strong>导语</strong></p>",
    "阅读提示：",
])
def test_a_summary_under_its_label_alone_is_not_the_text(label: str) -> None:
    assert _body([label, SUMMARY, *TEXT])[0] == TEXT[0]


def test_a_summary_label_broken_from_its_paragraph_is_no_credit() -> None:
    assert _body([f"<p>编辑导语：<br>{SUMMARY}</p>", *TEXT])[0] == TEXT[0]


def test_an_editors_note_under_its_label_alone_stays() -> None:
    note = ["这是一组关于老渡口的报道。", "渡口正在消失，守渡口的人也渐渐老去，我们想把他们的故事记下来。"]
    body = _body(["编者按", *note, *TEXT])
    assert body[0] == note[0]


def test_a_summary_label_over_the_only_text_stays() -> None:
    body = _body(["导读", TEXT[0], TEXT[1]])
    assert body[-1] == TEXT[1] and TEXT[0] in body


def test_an_editors_words_labelled_at_the_paragraphs_start_are_not_the_text() -> None:
    assert _body([f"编者的话：{SUMMARY}", *TEXT])[0] == TEXT[0]
