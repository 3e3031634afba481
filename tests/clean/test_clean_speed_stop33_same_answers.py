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
* an element's text read once for the date pass (``TextReads``), as far as the largest
  limit asked of it needs, and every ask answered from that read: the same answer as
  ``short_text`` for every element of random blocks and every limit, small and large,
  asked in any order;
* each classed element's class and id read once per page (``_clean_tree``'s map) and
  looked up by the later passes (widget blocks, headline, date, source) instead of read
  again from the tree: the map holds exactly the classed elements the cleaned tree keeps,
  each with its ``classes_of``, and every pass answers as it does without it;
  ``classes_if_any`` is ``classes_of``, or None for an element with neither attribute;
* ``TreeCounts``' rows with a short piece's Chinese characters and marks counted in the
  loop (regex lists) and a long one's by ``han_count``/``_punct_count``: the same rows as
  their definition on random blocks of short and long pieces, marks and Latin text."""

from __future__ import annotations

import random

from lxml import etree

from pipelines.articlebody import _MARK_SCANS_FROM, TreeCounts, _punct_count
from pipelines.extract import _clean_tree
from pipelines.headline import headline
from pipelines.htmlparse import parse_html
from pipelines.pagedate import page_date, source_text
from pipelines.pagefacts import read_facts
from pipelines.setaside import hidden_blocks, negative_blocks
from pipelines.treetext import (
    HAN,
    TextReads,
    classed,
    classes_if_any,
    classes_of,
    han_only,
    short_text,
)
from tests.clean.news_page import FETCHED

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
        reads = TextReads()
        asks = [(el, limit) for el in elements for limit in limits]
        rng.shuffle(asks)  # a small limit asked first, a larger one after, and the reverse
        for el, limit in asks:
            assert reads(el, limit) == short_text(el, limit), (etree.tostring(el), limit)
    assert reads.known  # the answers came from kept reads


def _read_by_short_text(el: etree._Element, limit: int) -> int:
    """The characters ``short_text(el, limit)`` reads before it answers."""
    size = 0
    for piece in el.itertext():
        size += len(piece)
        if size > limit:
            break
    return size


def test_text_read_once_reads_no_further_than_the_largest_limit_asked() -> None:
    rng = random.Random(34)
    for _ in range(60):
        root = parse_html(f"<html><body>{_random_block(rng)}</body></html>")
        for el in root.iter(etree.Element):
            reads = TextReads()
            asked = sorted(rng.sample([0, 20, 60, 200, 400, 600, 1500], 3))
            for limit in asked:
                reads(el, limit)
                assert reads.known[el][1] == _read_by_short_text(el, limit)


def test_classes_if_any_is_none_only_without_class_and_id() -> None:
    values = [None, "", " ", "content", " article-body  main ", "\tnews\n"]
    for cls in values:
        for ident in values:
            el = etree.Element("div")
            if cls is not None:
                el.set("class", cls)
            if ident is not None:
                el.set("id", ident)
            expected = None if cls is None and ident is None else classes_of(el)
            assert classes_if_any(el) == expected


_CLASSED_PAGE = """<html><head><meta charset="utf-8"><title>示例市召开交通工作会议_新闻中心</title></head>
<body><div id="header" class="top"><a href="/">首页</a><span class="today">2026年12月1日 星期二</span></div>
<div class="nav"><a href="/news/">新闻</a> <a href="/gov/">政务</a></div>
<div class="main"><div class="article-title">示例市召开交通工作会议</div>
<div class="info"><span class="time">2026-11-30 09:12</span> <span class="source">来源：示例日报</span></div>
<div id="content" class="article-body"><p>记者从市交通局获悉，新线路覆盖四十个小区，方便市民出行。</p>
<div class="pic"><img src="a.jpg"><p class="caption">图为新开通的社区巴士。</p></div>
<p>下一步将继续优化线路，方便市民出行，让群众满意。会议要求各部门抓好落实。</p></div>
<div class="share">分享到：微博 微信</div>
<ul class="list"><li><a href="/a.html">示例市举办交通安全培训班</a><span class="date">2026-11-20</span></li>
<li><a href="/b.html">示例市开展道路安全检查</a><span class="date">2026-11-18</span></li></ul>
<div style="display:none" class="print">打印版</div></div>
<div class="footer">关于我们 版权所有</div></body></html>"""


def test_classes_read_once_per_page_give_every_pass_its_answer() -> None:
    root = parse_html(_CLASSED_PAGE)
    facts = read_facts(root)
    marked = _clean_tree(root)
    assert list(marked) == classed(root)  # the caption dropped, every other classed element
    assert all(cls == classes_of(el) for el, cls in marked.items())
    assert not any(el.get("class") == "caption" for el in marked)
    counts = TreeCounts(root)
    styled = hidden_blocks(root)
    negative = negative_blocks(root, list(marked), None, styled, counts.han_at_least)
    assert negative_blocks(root, list(marked), None, styled, counts.han_at_least,
                           classes=marked) == negative
    assert negative  # the share bar, the list, the navigation…
    body = root.find(".//div[@id='content']")
    found = headline(root, body, facts)
    assert headline(root, body, facts, classes=marked) == found
    assert found[1] == "示例市召开交通工作会议"
    dated = page_date(root, body, FETCHED, anchor=found[0], facts=facts)
    assert page_date(root, body, FETCHED, anchor=found[0], facts=facts,
                     classes=marked) == dated
    assert dated[1] is not None and dated[1].startswith("2026-11-30T09:12")
    assert source_text(root, None, marked) == source_text(root, None) == "示例日报"


_PIECES = ["记者", "，", "。", "首页", "2026-12-03", "Read more", "　", "\n",
           "新线路覆盖四十个小区，方便市民出行。" * 4, "下一步；继续优化！" * 9, "a" * 70, "？、：" * 30]


def _rows_by_definition(root: etree._Element) -> list[tuple]:
    """Each element, leaves first: its tag, element children, and own text (its text and
    its children's tails) as length, Chinese characters and sentence marks (marks of the
    pieces holding a Chinese character)."""
    rows = []
    for el in reversed(list(root.iter(etree.Element))):
        pieces = [el.text or "", *(child.tail or "" for child in el)]
        han = [len(HAN.findall(piece)) for piece in pieces]
        marks = sum(sum(piece.count(m) for m in _MARKS) for piece, n in zip(pieces, han, strict=True) if n)
        rows.append((el, el.tag, tuple(el), sum(map(len, pieces)), sum(han), marks))
    return rows


def test_tree_rows_of_short_and_long_pieces_equal_their_definition() -> None:
    rng = random.Random(33)
    for _ in range(150):
        parts = []
        for _ in range(rng.randint(1, 8)):
            tag = rng.choice(_TAGS)
            inner = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 3)))
            parts.append(f"<{tag}>{inner}</{tag}>{rng.choice(_PIECES)}")
        root = parse_html(f"<html><body><div>{rng.choice(_PIECES)}{''.join(parts)}</div></body></html>")
        assert TreeCounts(root).read() == _rows_by_definition(root)
