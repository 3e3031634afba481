# ruff: noqa: E501  (Chinese test strings)
"""Speed steps of the stop-33 round that keep every answer, each against the slower
reading it replaced:

* the Chinese characters of a text kept as one string (``han_only``) by one substitution
  instead of joining a list of one-character matches: the same string on every code point
  and on random text of Chinese characters, their neighbours, astral characters and
  surrogates;
* the sentence marks of a short text (``_punct_count``) counted by one regex's list of
  matches instead of seven scans: the same count as a count of each mark, on short and long
  text;
* an element's text read once for the date pass (``TextReads``) and every later ask of it
  answered from that read: the same answer as ``short_text`` for every element of random
  blocks, every limit below, at and above the read's own, asked in any order."""

from __future__ import annotations

import random

from lxml import etree

from pipelines.articlebody import _MARK_SCANS_FROM, _punct_count
from pipelines.htmlparse import parse_html
from pipelines.treetext import HAN, TextReads, han_only, short_text

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


_WORDS = ["发布时间：2026-12-03 10:20", "记者从市交通局获悉，", "新线路覆盖四十个小区。", "  ", "\n",
          "English words", "", "来源：本报", "下一步将继续优化线路，方便市民出行。" * 12, "㐀𠀀"]
_TAGS = ["div", "p", "span", "a", "li", "ul", "strong", "td", "section"]


def _random_block(rng: random.Random, depth: int = 0) -> str:
    """A block of random tags and words, text and tails both."""
    parts = []
    for _ in range(rng.randint(1, 4)):
        if depth < 4 and rng.random() < 0.55:
            tag = rng.choice(_TAGS)
            parts.append(f"<{tag}>{_random_block(rng, depth + 1)}</{tag}>")
        else:
            parts.append(rng.choice(_WORDS))
    return "".join(parts)


def test_text_read_once_answers_every_limit_as_a_fresh_read() -> None:
    rng = random.Random(33)
    limits = [0, 1, 20, 30, 40, 60, 200, 230, 260, 400, 599, 600, 601, 1500]
    for _ in range(60):
        root = parse_html(f"<html><body>{_random_block(rng)}</body></html>")
        elements = list(root.iter(etree.Element))
        reads = TextReads(600)
        asks = [(el, limit) for el in elements for limit in limits]
        rng.shuffle(asks)  # a small limit asked first, a larger one after, and the reverse
        for el, limit in asks:
            assert reads(el, limit) == short_text(el, limit), (etree.tostring(el), limit)
    assert reads.known  # the answers came from kept reads
