# ruff: noqa: E501  (Chinese test strings)
"""A reading-time line over the text (issue 14, stop 37, where the text starts): pages in the
shape of real ones, with text written here.

A blog's or an account's article prints how long it is and how long it takes to read over
its first sentence (``全文约1500字，阅读需要4分钟``, ``预计阅读时间：3分钟``, ``【本文约2000字】``),
with or without a stop: the page's line, not the text, which the label rules start at its
first sentence of running text. Guard: a first sentence that tells of minutes of reading
is the text.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import story_paragraphs

TITLE = "河边的老渡口 一条船摆渡了四十年"
TEXT = ["天刚蒙蒙亮，老陈就解开缆绳，把小船从岸边推进水里，等着第一批过河的乡亲。",
        "这个渡口连着河两岸的三个村子，过去没有桥，孩子上学、老人赶集都靠这条船。",
        "老陈说，四十年里他记不清送过多少人过河，只记得每年汛期，心总是悬着的。"]


def _body(lines: list[str]) -> list[str]:
    return story_paragraphs(TITLE, "<div class='content'>" + "".join(f"<p>{p}</p>" for p in lines) + "</div>")


@pytest.mark.parametrize("line", [
    "全文约1500字，阅读需要4分钟",
    "预计阅读时间：3分钟",
    "本文共3200字，预计阅读时间8分钟。",
    "【本文约2000字】",
])
def test_a_reading_time_line_is_not_the_text(line: str) -> None:
    assert _body([line, *TEXT])[0] == TEXT[0]


def test_a_sentence_about_minutes_of_reading_is_the_text() -> None:
    first = "阅读了3分钟后，老陈合上书，起身去河边看水位。"
    assert _body([first, *TEXT])[0] == first
