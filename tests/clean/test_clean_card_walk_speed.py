# ruff: noqa: E501  (Chinese test strings)
"""A speed step of the stop-26 round that keeps every answer: the test of a card of another
story (``articlebody._card``: a linked headline on its own line over an excerpt) stops as
soon as its verdict is settled — when the first link closes on words that are no headline,
or once the excerpt under a headline holds ten Chinese characters and a sentence mark. It
walked the whole block first, and the body search asks it of wrappers whose text outside
hidden blocks is short: a page's ``<body>`` and main wrappers opening with a navigation
link, their hidden panels holding the rest of the page (1,100 elements walked three times
over on one opened page).

The reference here is the card's definition applied to the whole block, read first into a
list of words, line ends and links closing; the verdicts are compared on every element of
2,000 random blocks and of a page of one's own text."""

from __future__ import annotations

import random

from lxml import etree

from pipelines.articlebody import (
    _CARD_EXCERPT_MIN,
    _CARD_HEADLINE_MAX,
    _CARD_HEADLINE_MIN,
    _HEADLINE_END,
    _card,
    _punct_count,
)
from pipelines.blocktext import BLOCK_TAGS
from pipelines.htmlparse import parse_html
from pipelines.treetext import collapse_spaces, han_count
from tests.clean.news_page import block, news_page


def _tokens(el: etree._Element) -> list[tuple[str, str, int]]:
    """The block read to its end as (kind, text, links open) in document order: ``text``
    for each piece of words, ``break`` where a line ends (a block opens or closes, a
    ``<br>``), ``close`` where a link closes."""
    tokens: list[tuple[str, str, int]] = []
    links = 0
    for action, node in etree.iterwalk(el, events=("start", "end")):
        if not isinstance(node.tag, str):
            continue
        if action == "start":
            links += node.tag == "a"
            if node.tag in BLOCK_TAGS or node.tag == "br":
                tokens.append(("break", "", links))
            text = node.text
        else:
            if node.tag == "a":
                links -= 1
                tokens.append(("close", "", links))
            elif node.tag in BLOCK_TAGS:
                tokens.append(("break", "", links))
            text = node.tail if node is not el else None
        if text and not text.isspace():
            tokens.append(("text", text, links))
    return tokens


def _card_read_to_the_end(el: etree._Element) -> bool:
    """The card test as its definition states it, on the whole block: the first words in a
    link, that link's words a headline, nothing but links after it on its line, and under
    that line an excerpt of ten Chinese characters or more, links aside, with a mark."""
    tokens = _tokens(el)
    words = [k for k, (kind, _, _) in enumerate(tokens) if kind == "text"]
    if not words or not tokens[words[0]][2]:
        return False
    shut = next((k for k in range(words[0], len(tokens))
                 if tokens[k][0] == "close" and not tokens[k][2]), None)
    if shut is None:
        return False
    headline = collapse_spaces("".join(t for kind, t, _ in tokens[:shut] if kind == "text")).strip()
    line_end = next((k for k in range(shut, len(tokens)) if tokens[k][0] == "break"), len(tokens))
    if any(kind == "text" and not links for kind, _, links in tokens[shut:line_end]):
        return False
    excerpt = [t for kind, t, links in tokens[line_end:] if kind == "text" and not links]
    return han_count(headline) >= _CARD_HEADLINE_MIN and len(headline) <= _CARD_HEADLINE_MAX \
        and not _HEADLINE_END.search(headline) and sum(map(han_count, excerpt)) >= _CARD_EXCERPT_MIN \
        and any(_punct_count(t) for t in excerpt)


_WORDS = ["首页", "新闻", "全市公交客运量前十月增长", "社区巴士开进老小区", "记者从市交通局获悉，",
          "新线路覆盖四十个小区。", "详情", "，", "。", "2026-11-30", "  ", "\n", "阅读全文",
          "下一步将继续优化线路，方便市民出行。", "某某", "英文 words", "",
          "市交通运输局今天通报，今年前十个月全市公交客运量同比增长百分之八，地铁日均客流突破两百万人次。"]
_TAGS = ["div", "p", "span", "a", "a", "a", "br", "li", "ul", "strong", "em", "section"]


def _random_block(rng: random.Random, depth: int = 0) -> str:
    """A block of random tags and words (links, lines, nesting), as a CMS might print one."""
    parts = []
    for _ in range(rng.randint(1, 4)):
        if depth < 4 and rng.random() < 0.55:
            tag = rng.choice(_TAGS)
            if tag == "br":
                parts.append("<br>")
            else:
                parts.append(f"<{tag}>{_random_block(rng, depth + 1)}</{tag}>")
        else:
            parts.append(rng.choice(_WORDS))
    return "".join(parts)


def test_card_verdicts_equal_the_whole_walks_on_random_blocks() -> None:
    rng = random.Random(26)
    cards = 0
    for _ in range(2000):
        root = parse_html(f"<html><body><div>{_random_block(rng)}</div></body></html>")
        if root is None:
            continue
        for el in root.iter(etree.Element):
            expected = _card_read_to_the_end(el)
            assert _card(el) == expected, etree.tostring(el, encoding="unicode")
            cards += expected
    assert cards > 50  # the blocks hold cards, not only blocks that are none


_CARD = ("<li><a href='/n{n}.html'>全市公交客运量前十月增长百分之八</a><br>"
         "<span>市交通运输局今天通报，今年前十个月全市公交客运量同比增长，地铁日均客流突破两百万人次。</span>"
         "<span>2026-11-30</span></li>")


def test_cards_and_a_wrapper_opening_with_a_navigation_link_answer_as_the_whole_walk() -> None:
    cards = "<ul class='more'>" + "".join(_CARD.format(n=n) for n in range(3)) + "</ul>"
    hidden = "<div style='display:none'>" + block(*[f"第{n}段隐藏的说明文字，供切换面板时显示。" for n in range(200)]) + "</div>"
    story = block("记者从市交通局获悉，新开通的社区巴士线路覆盖了四十多个老旧小区。",
                  "下一步，交通部门将继续优化夜间线路，方便市民出行。")
    root = parse_html(news_page("社区巴士开进老小区", story + cards + hidden))
    verdicts = {el: _card(el) for el in root.iter(etree.Element)}
    assert verdicts == {el: _card_read_to_the_end(el) for el in root.iter(etree.Element)}
    assert all(verdicts[li] for li in root.iter("li"))  # the three cards
    assert not verdicts[root.find(".//body")]  # opens with the link 首页: no headline
