# ruff: noqa: E501  (Chinese test strings)
"""Speed steps of the stop-27 round that keep every answer, each against the slower
reading it replaced:

* whitespace squeezed with ``str.split`` (``collapse_spaces`` and the headline's, the
  page facts' and the text edges' keys) instead of a ``\\s+`` substitution: the same
  string for every whitespace character there is, alone, in runs and at the ends;
* the Chinese characters under an element counted once for the whole tree
  (``TreeCounts.han_at_least``, asked by the widget blocks' test and the class-blind body
  search) instead of reading each block's text again: the same count as the element's
  ``itertext`` on every element of random blocks and of a page (and the same answer as
  ``han_at_least`` for a limit of 0: whether there is any text); for an element the counts
  do not know (added after they were read) the text is read;
* an element's class and id joined (``classes_of``) without making a string when one of
  them is missing: the same string for every mix of missing, empty and padded values;
* readers' comments without a class (``comment_list``) ruled out when the block's text
  holds fewer colons than the stamps asked for: the same verdicts as reading every text
  node, on random blocks of stamped, reply-marked and plain lines;
* ``TreeCounts``' rows (each element's children and own text) read with the children
  known from the counts already made and ASCII text skipped: the same rows as the
  definition, comments and processing instructions among the children included;
* running prose (``has_prose``) ruled out when the block's text holds fewer than two
  sentence stops: the same verdicts as reading each text node, on random blocks."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator

from lxml import etree

from pipelines.articlebody import TreeCounts, _punct_count
from pipelines.headline import _key
from pipelines.htmlparse import parse_html
from pipelines.pagefacts import _squeeze
from pipelines.setaside import (
    _HAN_PER_STAMP,
    _REPLY,
    _STAMP,
    _STAMPED_MAX,
    _STAMPS_MIN,
    comment_list,
    han_at_least,
    has_prose,
)
from pipelines.textedges import _squeezed
from pipelines.treetext import classes_of, collapse_spaces, han_count
from tests.clean.news_page import block, news_page

_SPACES = [chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c))]


def test_whitespace_squeezes_equal_the_regex_on_every_whitespace_character() -> None:
    assert len(_SPACES) > 20  # ASCII, no-break, ideographic, separators…
    for space in _SPACES:
        for text in (f"{space}标题{space}", f"甲{space * 3}乙", space, f"a{space}\u3000{space}b"):
            assert collapse_spaces(text) == re.sub(r"\s+", " ", text).strip()
            assert _key(text) == _squeeze(text) == _squeezed(text) == re.sub(r"\s+", "", text)
    assert collapse_spaces("") == _squeeze("") == "" and collapse_spaces(None) == ""  # type: ignore[arg-type]


_WORDS = ["首页", "记者从市交通局获悉，", "新线路覆盖四十个小区。", "  ", "\n", "2026-11-30",
          "English words", "", "，", "下一步将继续优化线路，方便市民出行。", "㐀𠀀豈"]
_TAGS = ["div", "p", "span", "a", "br", "li", "ul", "strong", "table", "td", "section"]


def _random_block(rng: random.Random, depth: int = 0) -> str:
    """A block of random tags and words, text and tails both."""
    parts = []
    for _ in range(rng.randint(1, 4)):
        if depth < 4 and rng.random() < 0.55:
            tag = rng.choice(_TAGS)
            parts.append("<br>" if tag == "br" else f"<{tag}>{_random_block(rng, depth + 1)}</{tag}>")
        else:
            parts.append(rng.choice(_WORDS))
    return "".join(parts)


def _assert_counts_read_the_text(root: etree._Element) -> None:
    counts = TreeCounts(root)
    for el in root.iter(etree.Element):
        han = sum(han_count(piece) for piece in el.itertext())
        for limit in (0, 1, han, han + 1, 600):
            assert counts.han_at_least(el, limit) == han_at_least(el, limit)
            assert limit < 1 or han_at_least(el, limit) == (han >= limit)


def test_chinese_characters_under_each_element_equal_its_itertext_count() -> None:
    rng = random.Random(27)
    for _ in range(300):
        root = parse_html(f"<html><body><div>{_random_block(rng)}</div></body></html>")
        _assert_counts_read_the_text(root)
    story = block("记者从市交通局获悉，新开通的社区巴士线路覆盖了四十多个老旧小区。",
                  "下一步，交通部门将继续优化夜间线路，方便市民出行。")
    _assert_counts_read_the_text(parse_html(news_page("社区巴士开进老小区", story)))


def test_an_element_the_counts_do_not_know_is_read() -> None:
    root = parse_html(news_page("社区巴士开进老小区", block("记者从市交通局获悉，新线路覆盖四十个小区。")))
    counts = TreeCounts(root)
    counts.read()
    late = etree.SubElement(root.find(".//body"), "p")
    late.text = "后来加入的一段说明文字。"  # eleven Chinese characters
    assert counts.han_at_least(late, 11) and not counts.han_at_least(late, 12)


def test_class_and_id_join_as_one_string_whatever_is_missing() -> None:
    values = [None, "", " ", "content", " article-body  main ", "\tnews\n"]
    for cls in values:
        for ident in values:
            el = etree.Element("div")
            if cls is not None:
                el.set("class", cls)
            if ident is not None:
                el.set("id", ident)
            assert classes_of(el) == f"{el.get('class', '')} {el.get('id', '')}".strip()


def _comments_read_node_by_node(el: etree._Element) -> bool:
    """The comment list's definition on every text node: four stamped short lines or more,
    one for every 150 Chinese characters at least, and two short lines marked as replies."""
    short = [piece for piece in el.itertext() if len(piece) <= _STAMPED_MAX]
    stamps = sum(1 for piece in short if _STAMP.search(piece))
    replies = sum(1 for piece in short if _REPLY.search(piece))
    han = sum(han_count(piece) for piece in el.itertext())
    return stamps >= _STAMPS_MIN and replies >= 2 and stamps * _HAN_PER_STAMP >= han


_LINES = ["网友1 2014-12-14 10:20:05", "# re: 标题", "2004-12-27 12:46", "回复：说得对", "好文章，支持一下。",
          "时间 10:30", "比分 3:1", "2026年11月30日 9:05 发表于 某某论坛", "记者从市交通局获悉，新线路覆盖四十个小区。"]


def _random_elements(seed: int, pieces: list[str], opening: list[str], closing: list[str],
                     most: int) -> Iterator[etree._Element]:
    """Every element of 400 random blocks of 1 to ``most`` lines, each line a piece of text
    between a random opening and a random (often mismatched) closing tag."""
    rng = random.Random(seed)
    for _ in range(400):
        lines = "".join(f"<{rng.choice(opening)}>{rng.choice(pieces)}</{rng.choice(closing)}>"
                        for _ in range(rng.randint(1, most)))
        yield from parse_html(f"<html><body><div>{lines}</div></body></html>").iter(etree.Element)


def test_comment_lists_are_found_as_reading_every_node_finds_them() -> None:
    found = 0
    for el in _random_elements(2027, _LINES, ["p", "div", "span"], ["p"], 14):
        expected = _comments_read_node_by_node(el)
        assert comment_list(el) == expected
        found += expected
    assert found > 20  # the blocks hold comment lists, not only blocks that are none


def _rows_by_definition(root: etree._Element) -> list[tuple]:
    """Each element, leaves first: its tag, element children, and own text (its text and
    all its children's tails) as length, Chinese characters and sentence marks."""
    rows = []
    for el in reversed(list(root.iter(etree.Element))):
        pieces = [el.text or "", *(child.tail or "" for child in el)]
        han = sum(han_count(piece) for piece in pieces)
        marks = sum(_punct_count(piece) for piece in pieces if han_count(piece))
        rows.append((el, el.tag, tuple(c for c in el if isinstance(c.tag, str)),
                     sum(map(len, pieces)), han, marks))
    return rows


def test_tree_rows_equal_their_definition_with_comments_among_the_children() -> None:
    rng = random.Random(7)
    for _ in range(200):
        block = _random_block(rng).replace("</p>", "</p><!-- 注释，。 -->后记，。", 1).replace("<br>", "<?pi x?>尾巴。", 1)
        root = etree.fromstring(f"<html><body><div>{block}</div></body></html>", etree.HTMLParser())
        assert TreeCounts(root).read() == _rows_by_definition(root)


def _prose_read_node_by_node(el: etree._Element) -> bool:
    """Two sentences or more: text up to a stop (。！？), text nodes joined by spaces, of 20
    characters or more with ten Chinese characters."""
    pieces = re.split(r"[。！？]", " ".join(el.itertext()))[:-1]
    return sum(1 for piece in pieces if len(piece.strip()) >= 20 and han_count(piece) >= 10) >= 2


_PROSE = ["记者从市交通局获悉，新开通的社区巴士线路覆盖了四十多个老旧小区。", "好。", "下一步，交通部门将继续优化夜间线路",
          "，方便市民出行！", "首页", "联系我们", "2026-11-30", "问：线路什么时候开通？", "　"]


def test_running_prose_is_found_as_reading_every_node_finds_it() -> None:
    found = 0
    for el in _random_elements(2026, _PROSE, ["p", "span", "a"], ["p", "span"], 6):
        expected = _prose_read_node_by_node(el)
        assert has_prose(el) == expected
        found += expected
    assert found > 50
