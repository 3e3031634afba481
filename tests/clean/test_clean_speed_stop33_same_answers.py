# ruff: noqa: E501  (Chinese test strings)
"""Speed steps of the stop-33 round that keep every answer, each against the slower
reading it replaced:

* the Chinese characters of a text kept as one string (``han_only``) by one substitution
  instead of joining a list of one-character matches: the same string on every code point
  and on random text of Chinese characters, their neighbours, astral characters and
  surrogates;
* the sentence marks of a short text (``_punct_count``) counted by one regex's list of
  matches instead of seven scans: the same count as a count of each mark, on short and long
  text."""

from __future__ import annotations

import random

from pipelines.articlebody import _MARK_SCANS_FROM, _punct_count
from pipelines.treetext import HAN, han_only

_MARKS = "，。；：！？、"


def test_chinese_characters_kept_in_order_equal_the_joined_matches_of_each_one() -> None:
    every = "".join(map(chr, range(0x110000)))
    assert han_only(every) == "".join(HAN.findall(every)) == "".join(map(chr, range(0x4E00, 0xA000)))
    rng = random.Random(33)
    near = [*map(chr, range(0x4D00, 0x4F00)), *map(chr, range(0x9F00, 0xA100)),
            "\ud83d", "😀", "𠀀", "a", " ", "，", "ｱ", "\n"]
    for _ in range(2000):
        text = "".join(rng.choice(near) for _ in range(rng.randint(0, 200)))
        assert han_only(text) == "".join(HAN.findall(text)), text
    assert han_only("") == ""


def test_sentence_marks_of_short_and_long_text_equal_a_count_of_each_mark() -> None:
    rng = random.Random(33)
    pieces = [*_MARKS, "记者", "从", "a", " ", ",", ".", ":", "﹐", "．", "：：", "😀"]
    lengths = [0, 1, 5, _MARK_SCANS_FROM - 1, _MARK_SCANS_FROM, _MARK_SCANS_FROM + 1, 300]
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 120)))
        assert _punct_count(text) == sum(text.count(mark) for mark in _MARKS), text
    for size in lengths:
        text = ("某，" * size)[:size]
        assert _punct_count(text) == text.count("，")
