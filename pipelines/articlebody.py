"""Which block of a page is the article: text density scoring for Chinese news and
government templates.

After scripts and widgets are gone, the block whose paragraphs hold the most Chinese text
that is not link text wins (text density with a link penalty, the idea of Readability and
GNE); footers and copyright blocks never win; the blocks :mod:`pipelines.setaside` sets
aside (navigation, share, related, ads, hidden blocks) are left out. Bodies made of ``<p>``
and of ``<br>``-separated text both work.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import takewhile

from lxml import etree
from lxml.html import defs as html_defs

from pipelines.blocktext import BLOCK_TAGS
from pipelines.setaside import (
    BODY_HINT,
    classed_as_comments,
    comment_list,
    comments_classed,
    han_at_least,
    has_prose,
    text_han,
)
from pipelines.textedges import STATEMENT_WORDS
from pipelines.treetext import (
    HAN,
    HAN_RUN,
    classes_of,
    collapse_spaces,
    han_count,
    han_only,
    short_text,
    text_content,
)


def weak_body(body: etree._Element | None, limit: int = 80) -> bool:
    """True when ``body`` is missing or holds under ``limit`` Chinese characters (80: a
    sidebar's line, not an article; counted lazily, so a long body costs nothing here)."""
    return body is None or not han_at_least(body, limit)


# A body under this many Chinese characters may be outweighed by a block left out for its
# class words: such blocks hold under 600 (``negative_blocks``), and a retry must double
# the text. A short story sits inside a widget's block when the markup leaves the widget
# unclosed (``<div class="share">`` … the story … ``</div>``).
SPARED_RETRY = 300


# A wrapper around the old body outweighs it only when what it adds is this many times
# the old body's text: a table of fields keeps the statement and menus spared around it
# out, a short block of comments under a story held in a ``summary`` block gives way.
_WRAPPER_GAIN = 5


def outweighs(new: etree._Element, old: etree._Element | None) -> bool:
    """True when ``new`` holds at least twice the Chinese text of ``old`` and, when it
    wraps ``old``, adds five times its text (a wrapper around a table of fields adds only
    the statement and the menus spared with it: the table stays the body)."""
    if old is None:
        return True
    if new is old:
        return False
    han_new = han_count(" ".join(new.itertext()))
    han_old = han_count(" ".join(old.itertext()))
    if new in old.iterancestors():
        return han_new - han_old >= _WRAPPER_GAIN * han_old
    return han_new >= 2 * han_old


def descendants(blocks: list[etree._Element]) -> set[etree._Element]:
    inside: set[etree._Element] = set()
    for block in blocks:
        if block not in inside:
            inside.update(block.iter())
    return inside


_CLIMB_MAX = 24
_LEAD_FURNITURE_MAX = 40
_LEAD_SENTENCE_MIN = 15
# A short opening line in a paragraph of its own right over the body's paragraph: closed as
# a sentence, it is the text's first line from this many Chinese characters (a short
# sentence over a picture is the picture's caption).
_LEAD_LINE_MIN = 8


# A text closed by a sentence stop or a Chinese ellipsis (……; a teaser cut off with one … or
# ... is not closed), a closing quote after it or not.
_LEAD_CLOSED = re.compile(r"(?:[。！？]|……)\s*[”」』]?\s*$")
# A notice's opening paragraph closing with a colon after a clause or a sentence (``为做好某某
# 工作，现将有关事项通知如下：``, ``…发表声明。声明全文如下：``): it announces the text under it
# and is the text's first paragraph, as a sentence closed by a stop is (a label, ``时间：``,
# or an addressee line, ``各有关单位：``, holds no such clause before its colon).
_LEAD_ANNOUNCES = re.compile(r"[，,。！？][^，,。！？；]*[:：]\s*$")
# A text's first numbered heading alone (``一、总体情况``, ``（一）…``, ``第一章　总则``):
# right over the body's block it opens the text (the labels' rule since stop 31).
_FIRST_HEADING = re.compile(
    r"\s*(?:一、|[(（]一[)）]|第一(?:章|节|部分))\s*[^。！？；，,]{1,20}\s*")

def _top_alone(body: etree._Element, hidden: set[etree._Element]) -> etree._Element:
    """The outermost wrapper the body sits in alone: climbing from ``body`` while the parent
    shows no other text (hidden blocks do not count), never to ``<body>`` or ``<html>``. The
    blocks printed beside it are where a lead or a tail of the same text may sit."""
    top = body
    for _ in range(_CLIMB_MAX):
        parent = top.getparent()
        if parent is None or parent.tag in ("body", "html") \
                or any(_has_han(el, hidden) for el in parent if el is not top):
            break
        top = parent
    return top


def lead_blocks(body: etree._Element, hidden: set[etree._Element]) -> list[etree._Element]:
    """The text's first paragraphs printed beside the body's container, in the same
    parent: a lead over a long paragraph chosen alone (one long ``<p><span>…</span></p>``,
    chosen as the span, with the lead and a picture over it), a paragraph in a chain of
    ``<section>`` wrappers of its own (a WeChat editor's layout), the first of a text's
    blocks. The search looks beside the top of the wrappers the body sits in alone; empty blocks
    (pictures, ad slots) between are passed over; anything else ends the lead. A lead of 30
    Chinese characters or more, or of 15 or more written as a sentence (a comma inside, a
    stop at its end: ``4月27日，学院邀请某某来院作学术交流。`` over a picture and the long
    paragraph), or of 8 or more written as a sentence right over the body (over a picture
    such a line is its caption).

    When the body is a block of paragraphs, a box printed in its own block beside it — a
    block classed as a description, summary, standfirst or lead (``<p
    class="t-content__chapo">`` above ``<div class="t-content__body">``, a page builder's
    lead field, the page's description in a quoted ``post_desc`` box) — is not the text,
    whether or not the text repeats it (the labels' rule since stop 31): the search stops
    there. An unclassed paragraph beside it (a text dealt into sibling blocks) is still the
    text's. A block whose text the body's opening repeats is a summary box (``内容提要：``
    and the first paragraph again): the search stops there."""
    found: list[etree._Element] = []
    top = _top_alone(body, hidden)
    # When the body is a block of paragraphs, a box printed beside it (a standfirst, the
    # page's description, a lead field, a quoted line: a block classed as one) is apart
    # from the text, whether or not it repeats it.
    container = _chain_end(top).tag != "p"
    node = top.getprevious()
    adjacent = True  # nothing shown stands between ``node`` and the body
    while node is not None and len(found) < 2:
        if not isinstance(node.tag, str) or node in hidden:
            node = node.getprevious()
            continue
        text = short_text(node, 1500)
        if text is None:
            break
        han = han_count(text)
        if han == 0:
            node = node.getprevious()  # a picture, an empty ad slot
            adjacent = False
            continue
        links = sum(han_count(text_content(a)) for a in node.iter("a"))
        sentence = bool(_LEAD_CLOSED.search(text) or _LEAD_ANNOUNCES.search(text))
        least = 30 if not sentence else _LEAD_LINE_MIN if adjacent \
            else _LEAD_SENTENCE_MIN if "，" in text else 30
        # A paragraph in a chain of lone wrappers (a WeChat editor's <section><p>…</p>) is
        # judged as the paragraph it ends in.
        inner = _chain_end(node)
        # The text's first numbered heading in a block of its own right over the body.
        heading = adjacent and not found and bool(_FIRST_HEADING.fullmatch(text))
        if inner.tag not in ("p", "div", *(_HEADING_TAGS if heading else ())) \
                or 5 * links > han or (han < least and not heading) \
                or (not has_prose(inner) and not sentence and not heading) \
                or any(isinstance(el.tag, str) and el.tag in BLOCK_TAGS for el in inner.iter()
                       if el is not inner):
            break
        if container and any(isinstance(el.tag, str) and _BOX_WORDS.search(classes_of(el))
                             for el in node.iter()):
            break  # a box apart from the text's block
        if _repeated_by(text, body, anywhere=True):
            return found[::-1]  # a summary box: the body repeats it
        found.append(node)
        node = node.getprevious()
        adjacent = False
    if not found:
        found = _wrapped_lead(body, hidden)
    return found[::-1]


# A text broken off mid-sentence at its block's end: its last line closes with a semicolon,
# a comma, an enumeration comma or a colon (an item ``（二）…不予查处的；`` with the next
# items under it).
_BROKEN_OFF = re.compile(r"[；;，,、：:]\s*$")
_TAIL_MAX = 3
_TAIL_CHARS = 3000


def tail_blocks(body: etree._Element, hidden: set[etree._Element]) -> list[etree._Element]:
    """The text's last paragraphs printed beside a paragraph chosen alone, in the same
    parent, when the chosen paragraph breaks off mid-sentence (its last line closes with
    ``；``, ``，``, ``、`` or ``：``): a word processor's regulation set as one long
    ``<p>`` of ``<br>`` lines whose last items (``(三)…``, ``第二十七条…``) sit in the next
    ``<p>``. Up to three blocks right after it (empty ones passed over) that hold running
    text without links, the search ending at the first one whose text closes; a headline,
    a signature or a list beside it ends it. Nothing when the chosen block closes a
    sentence, or is no paragraph."""
    top = _top_alone(body, hidden)
    if _chain_end(top).tag != "p" or (top.tail and HAN.search(top.tail)):
        return []
    last = short_text(body, _TAIL_CHARS * 4)
    if last is None:
        last = "".join(body.itertext())
    if not _BROKEN_OFF.search(last):
        return []
    found: list[etree._Element] = []
    node = top.getnext()
    while node is not None and len(found) < _TAIL_MAX:
        if not isinstance(node.tag, str) or node in hidden:
            node = node.getnext()
            continue
        text = short_text(node, _TAIL_CHARS)
        if text is None:
            break
        if not han_count(text):
            node = node.getnext()  # an empty paragraph, a picture
            continue
        inner = _chain_end(node)
        if inner.tag not in ("p", "div") or node.find(".//a") is not None \
                or any(isinstance(el.tag, str) and el.tag in BLOCK_TAGS for el in inner.iter()
                       if el is not inner) \
                or not (has_prose(inner) or _LEAD_CLOSED.search(text)):
            break
        found.append(node)
        if not _BROKEN_OFF.search(text):
            break  # the text closes here
        if node.tail and HAN.search(node.tail):
            break
        node = node.getnext()
    return found


_BOX_HAN_MAX = 300  # a summary is a sentence or a few, not a section of the text
_BOX_TAGS = ("div", "section", "blockquote", "aside")
# Class or id words of a box holding the page's description or the editors' summary.
_BOX_WORDS = re.compile(r"(?:^|[\s_-])(?:desc|description|summary|abstract|intro|digest|"
                        r"brief|excerpt|standfirst|chapo|lead|zhaiyao|daodu)(?:$|[\s_-])", re.I)
_CLAUSE = re.compile(r"[，。！？；]|……")


def box_apart(body: etree._Element, hidden: set[etree._Element]) -> etree._Element | None:
    """A box printed apart over the text inside the body's block: the first of the body's
    shown children holding a clause (share bars and tools over it hold none) is a
    ``<div>`` (or ``<section>``, ``<blockquote>``) classed as a description or summary
    (``post_desc``, ``summary``, ``abstract``…) whose text sits in it bare — no paragraph or
    other block inside, at most 300 Chinese characters — and the next shown child is the
    block holding the text's paragraphs (two or more ``<p>`` with Chinese text), at least as
    long as the box. Such a box is not the text (the labels start at the text's first
    paragraph); a first paragraph printed as a ``<p>``, or inside the text's block, is."""
    shown = (el for el in body if isinstance(el.tag, str) and el not in hidden
             and _has_han(el, hidden))
    box = next((el for el in shown if _CLAUSE.search(" ".join(el.itertext()))), None)
    text = next(shown, None)
    if box is None or text is None or box.tag not in _BOX_TAGS:
        return None
    # The blocks inside the box holding words (a frame's empty corner blocks do not count).
    worded = [el for el in box.iterdescendants()
              if isinstance(el.tag, str) and el.tag in BLOCK_TAGS and _has_han(el, hidden)]
    if len(worded) > 1 or any(el.tag != "p" for el in worded):
        return None
    words = " ".join(box.itertext())
    size = han_count(words)
    if not 0 < size <= _BOX_HAN_MAX or not han_at_least(text, size):
        return None  # (a summary is shorter than the text under it: a readers' comment box
        # of two lines under a short text classed ``intro`` is no text of it)
    if not _BOX_WORDS.search(classes_of(box)) and not _repeated_by(words, text, anywhere=True):
        return None  # neither classed as a summary nor quoting the text under it
    paragraphs = 0
    for el in text.iter("p"):
        if el not in hidden and _has_han(el, hidden):
            paragraphs += 1
            if paragraphs == 2:
                return box
    return None


def _chain_end(node: etree._Element) -> etree._Element:
    """The innermost block of a chain of ``<section>``/``<div>`` wrappers that each hold one
    element and no text of their own (``node`` itself when it is no such wrapper)."""
    while node.tag in ("section", "div"):
        children = [el for el in node if isinstance(el.tag, str)]
        if len(children) != 1 or (node.text or "").strip() or (children[0].tail or "").strip() \
                or children[0].tag not in BLOCK_TAGS:
            break
        node = children[0]
    return node


_REPEAT_PIECE = 20


def _repeated_by(text: str, body: etree._Element, anywhere: bool = False) -> bool:
    """True when the body's opening already holds ``text`` (its last 20 Chinese
    characters, found among the body's first ones): a summary box above the story
    (``<strong>内容提要：</strong>`` and the first paragraph again), not a lead. Reads only
    as much of the body as the text's length and a paragraph's more. With ``anywhere``, the
    whole body is searched: a box quoting a paragraph from further down (a pull quote, the
    text's conclusion printed as ``我們想讓你知道的是``) is no lead either."""
    han = han_only(text)
    piece = han[-_REPEAT_PIECE:]
    if len(piece) < _REPEAT_PIECE:
        return False
    if anywhere:
        return piece in han_only(" ".join(body.itertext()))
    limit = 2 * len(han) + 200
    seen: list[str] = []
    count = 0
    for chunk in body.itertext():
        found = HAN.findall(chunk)
        seen.extend(found)
        count += len(found)
        if count >= limit:
            break
    return piece in "".join(seen)[:limit]




def _wrapped_lead(body: etree._Element, hidden: set[etree._Element]) -> list[etree._Element]:
    """The lead paragraph of a page builder's blocks: the body sits alone in a chain of
    wrappers (every sibling on the way empty), and the block before the chain's top holds
    the article's date and topic lines over one paragraph of running text (a standfirst
    field of its own, ``<div><span>日期</span><span>栏目</span><div><p>导语…</p></div>``).
    That paragraph opens the text; the short lines above it do not, nor a credit line in a
    paragraph of its own over it. A block classed as a lead, standfirst or summary field
    is a box apart from the text (the labels' rule since stop 31): nothing is taken."""
    node = body
    for _ in range(_CLIMB_MAX):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return []
        if any(_has_han(el, hidden) for el in parent if el is not node):
            break
        node = parent
    else:
        return []
    block = node.getprevious()
    while block is not None and not _has_han(block, hidden):
        block = block.getprevious()
    if block is None or not isinstance(block.tag, str) \
            or any(isinstance(el.tag, str) and _BOX_WORDS.search(classes_of(el))
                   for el in block.iter()):
        return []  # a lead field classed as one: a box apart from the text (stop 31)
    if next(block.iter("h1", "h2"), None) is not None:
        return []  # the page's header (its headline, a byline) with a standfirst under it
    paragraphs = [el for el in block.iter("p") if el not in hidden]
    if len(paragraphs) > 1:
        # A credit line in a paragraph of its own over the lead (``文｜本网记者 某某``): the
        # one paragraph of 30 Chinese characters or more is the lead, the others furniture.
        paragraphs = [el for el in paragraphs if han_count(text_content(el)) >= 30]
    if len(paragraphs) != 1:
        return []
    lead = paragraphs[0]
    text = short_text(lead, 1500)
    whole = short_text(block, 1500 + 4 * _LEAD_FURNITURE_MAX)
    if text is None or whole is None:
        return []
    han = han_count(text)
    links = sum(han_count(text_content(a)) for a in lead.iter("a"))
    if han < 30 or 5 * links > han or not _LEAD_CLOSED.search(text) \
            or han_count(whole) - han > _LEAD_FURNITURE_MAX or "。" in whole.replace(text, ""):
        return []
    if _repeated_by(text, body, anywhere=True):
        return []  # a box quoting the text (its conclusion, a pull quote): apart from it
    return [lead]


def _has_han(el: etree._Element, hidden: set[etree._Element]) -> bool:
    """True when ``el`` (an element, shown) holds any Chinese text."""
    return isinstance(el.tag, str) and el not in hidden \
        and any(han_count(piece) for piece in el.itertext())


_MARK = re.compile("[，。；：！？、]")
# From this length the marks are counted by seven C scans of the text; a shorter text (most
# of a page's pieces: a median of five characters) by one regex's list of matches, cheaper
# than seven method calls there.
_MARK_SCANS_FROM = 64


def _punct_count(text: str) -> int:
    """How many sentence marks (，。；：！？、) ``text`` holds."""
    if len(text) < _MARK_SCANS_FROM:
        return len(_MARK.findall(text))
    count = text.count
    return (count("，") + count("。") + count("；") + count("：") + count("！") + count("？")
            + count("、"))
_INLINE = {"p", "a", "span", "font", "strong", "b", "em", "i", "u"}
# Marks of a site footer or copyright block: a candidate showing several never wins.
_FOOTER_MARKS = (
    r"版权所有|主办单位|承办单位|主办[:：]|承办[:：]|ICP备|ICP证|公网安备|网站标识码|联系我们|网站地图|"
    r"技术支持|Copyright|©|地址[:：]|邮编[:：]|电话[:：]|关于我们|免责声明|建议使用.{0,20}浏览器|分辨率"
)
# Searched behind a lookahead of the marks' first characters (each mark opens with a plain
# character): the same matches, but a position that opens no mark fails on one class test
# instead of trying twenty alternatives (case-blind ones defeat the regex engine's own
# first-character scan): 20 ms → 5 on a 58,000-character block.
_FOOTER = re.compile(
    rf"(?=[{''.join(sorted({mark[0] for mark in _FOOTER_MARKS.split('|')}))}])"
    rf"(?:{_FOOTER_MARKS})",
    re.I,
)


_CONTACT_LABEL = re.compile(r"(?:地址|邮编|电话)[:：]")
# A numbered point's number closing the text before a footer mark (``三、``, ``3.``, ``（三）``,
# spaces after it): the mark opens a field of the point.
_POINT_BEFORE = re.compile(r"(?:[一二三四五六七八九十]{1,3}\s*、|(?<!\d)\d{1,2}\s*[、.．]|"
                           r"[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）])[\s\u00a0\u3000]*$")
_POINT_REACH = 16
# Running prose a short text shows before its contact or copyright lines: Chinese
# characters of pieces closed by a sentence stop.
_PROSE_LEAD = 40
_SENTENCE_STOP = re.compile(r"[。！？]$")
# A line of prose before a contact card: a clause of Chinese text closed by a comma or a stop.
_PROSE_CLAUSE = re.compile(r"[\u4e00-\u9fff][^，。！？；：:\n]{6,}[，。！？；]")
_CARD_PROSE = 15


def _prose_opening(text: str) -> bool:
    """True when ``text`` (a block's text before its first contact label) holds prose: 15
    Chinese characters or more and a clause closed by a comma or a stop. A footer's lines
    before its address are names and labels (某某局主办, 网站地图), not clauses."""
    return han_count(text) >= _CARD_PROSE and bool(_PROSE_CLAUSE.search(text))


# A teaser's summary ends cut off ("渐渐...", "养孩…"), maybe followed by a "more" link.
_TEASER_MAX = 300
_CUT_OFF = re.compile(r"(?:\.{3,}|…+|。{3,})$")
_MORE = re.compile(r"[\[【(（]?\s*(?:更多|详细|详情|全文|阅读全文|查看全文|more|read more)"
                   r"\s*[\]】)）]?\s*[>»]*", re.I)


_MORE_END = re.compile(r"[\[【(（]?(?:更多|详细|详情|全文|阅读全文|查看全文|more|read more)"
                       r"[\]】)）]?[>»]*$", re.I)
_STRING = etree.XPath("string()")


def _teaser(el: etree._Element) -> bool:
    """True when ``el`` reads as a teaser of another story: it opens with a link (the
    story's headline) and its text, a "more" link aside, ends cut off with an ellipsis. A
    paragraph of the article that trails off (``……``) does not open with a link."""
    # The ending first, on the text libxml2 joins (cheap): most elements do not end cut off.
    ending = _STRING(el)[-40:].rstrip()
    more = _MORE_END.search(ending)
    if not _CUT_OFF.search(ending[:more.start()].rstrip() if more else ending):
        return False
    last = None
    links = 0  # open <a> elements around the current text
    for action, node in etree.iterwalk(el, events=("start", "end")):
        if action == "start":
            links += node.tag == "a"
            text = node.text.strip() if node.text else ""
            if text:
                if last is None and not links:
                    return False  # opens with text of its own, not a headline's link
                if not (links and _MORE.fullmatch(text)):
                    last = text
        else:
            links -= node.tag == "a"
            text = node.tail.strip() if node is not el and node.tail else ""
            if text:
                if last is None and not links:
                    return False
                last = text
    return last is not None and bool(_CUT_OFF.search(last))


# A card of another story: its headline, one link of a headline's length on a line of its
# own, over an excerpt of its text (a sentence or two, not cut off), maybe a date.
_CARD_HEADLINE_MIN = 6
_CARD_HEADLINE_MAX = 60
_CARD_EXCERPT_MIN = 10
_HEADLINE_END = re.compile(r"[。！？；，、：:]$")


def _card(el: etree._Element) -> bool:
    """True when ``el`` reads as a card of another story: its first words are one link of a
    headline's length (6–60 characters, no stop or comma closing it) standing on a line of
    its own (a block or a ``<br>`` follows it), and the rest, links aside, is an excerpt of
    10 Chinese characters or more with a sentence mark in it. Side by side, such cards are a
    list of other stories however whole their excerpts are (:class:`_Stats`); a paragraph of
    the article opening with a link runs on after it on the same line."""
    headline: list[str] = []
    state = 0  # 0: before the headline, 1: in its link, 2: after it, 3: past its line
    links = 0
    excerpt = 0
    marks = False
    for action, node in etree.iterwalk(el, events=("start", "end")):
        tag = node.tag
        if not isinstance(tag, str):
            continue
        if action == "start":
            if tag == "a":
                links += 1
            elif state == 2 and (tag in BLOCK_TAGS or tag == "br"):
                state = 3
            pieces = [node.text]
        else:
            if tag == "a":
                links -= 1
                if state == 1 and not links:
                    state = 2
                    if not _card_headline(headline):
                        return False  # the headline is whole: what follows cannot help
            elif state == 2 and tag in BLOCK_TAGS:
                state = 3
            pieces = [node.tail] if node is not el else []
        for text in pieces:
            if not text or text.isspace():
                continue
            if state == 0:
                if not links:
                    return False  # opens with words of its own
                state = 1
            if state == 1:
                headline.append(text)
            elif state == 2:
                if not links:
                    return False  # the link runs on into a line of text: a paragraph
            elif not links:
                excerpt += han_count(text)
                marks = marks or bool(_punct_count(text))
                if excerpt >= _CARD_EXCERPT_MIN and marks:
                    return _card_headline(headline)  # nothing after can change the verdict
    return _card_headline(headline) and excerpt >= _CARD_EXCERPT_MIN and marks


def _card_headline(pieces: list[str]) -> bool:
    """True when the text of a card's link reads as a headline (:func:`_card`)."""
    line = collapse_spaces("".join(pieces)).strip()
    return han_count(line) >= _CARD_HEADLINE_MIN and len(line) <= _CARD_HEADLINE_MAX \
        and not _HEADLINE_END.search(line)


class TreeCounts:
    """What :class:`_Stats` reads of a tree that does not depend on the blocks hidden: each
    element's tag, its element children, and its own text (its text and its children's
    tails) as length, Chinese characters and sentence marks; the Chinese characters of all
    the text under each element; and which elements read as teasers. Counted at the first
    :func:`best_body` (or :meth:`han_at_least`) and kept for the others on the same tree (a
    page asks up to four times, each with other blocks hidden). The tree must not change
    between them."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        # (element, tag, element children, own length, own Chinese, own marks), leaves first.
        self.rows: list[tuple[etree._Element, object, tuple, int, int, int]] | None = None
        # Chinese characters of each element's text and its descendants' (its itertext).
        self.under: dict[etree._Element, int] = {}
        self.teasers: dict[etree._Element, bool] = {}
        self.cards: dict[etree._Element, bool] = {}
        self.sentences: dict[etree._Element, int] = {}
        self.tags: frozenset | None = None

    def tag_names(self) -> frozenset:
        """The tags the tree's elements carry (from the rows, counted once)."""
        if self.tags is None:
            self.tags = frozenset(row[1] for row in self.read())
        return self.tags

    def read(self) -> list[tuple[etree._Element, object, tuple, int, int, int]]:
        """The rows, counted on the first call. (Leaves first: each element's children are
        counted before it, so an element child is one ``under`` knows — a comment or a
        processing instruction is not — and ASCII text holds no Chinese character.)"""
        if self.rows is None:
            rows: list[tuple[etree._Element, object, tuple, int, int, int]] = []
            append = rows.append
            under = self.under
            known = under.get
            # han_count and _punct_count of a short text (either way of counting gives the
            # same counts), here without a call's frame: a page's non-ASCII pieces are mostly
            # a few characters long.
            runs = HAN_RUN.findall
            marks = _MARK.findall
            for el in reversed(list(self.root.iter(etree.Element))):
                text = el.text
                if text:
                    own_len = len(text)
                    if text.isascii() or text.isspace():
                        own_han = punct = 0
                    elif own_len < _MARK_SCANS_FROM:
                        own_han = sum(map(len, runs(text)))
                        punct = len(marks(text)) if own_han else 0
                    else:
                        own_han = han_count(text)
                        punct = _punct_count(text) if own_han else 0
                else:
                    own_len = own_han = punct = 0
                if not len(el):
                    # A leaf (most elements: links, spans, pictures): no children to walk.
                    under[el] = own_han
                    append((el, el.tag, (), own_len, own_han, punct))
                    continue
                kids = []
                total = 0
                for child in el:
                    found = known(child)
                    if found is not None:
                        kids.append(child)
                        total += found
                    tail = child.tail
                    if tail:
                        own_len += len(tail)
                        if not tail.isascii() and not tail.isspace():
                            count = han_count(tail)
                            if count:
                                own_han += count
                                punct += _punct_count(tail)
                under[el] = total + own_han
                append((el, el.tag, tuple(kids), own_len, own_han, punct))
            self.rows = rows
        return self.rows

    def han_at_least(self, el: etree._Element, limit: int) -> bool:
        """:func:`~pipelines.setaside.han_at_least` from the counts (an element's itertext
        is its text, and its descendants' text and tails: the own text of each element
        under it), without reading the text again. (A limit of 0 asks whether it holds any
        text at all: that is read.)"""
        if limit <= 0:
            return han_at_least(el, limit)
        self.read()
        found = self.under.get(el)
        return han_at_least(el, limit) if found is None else found >= limit

    def teaser(self, el: etree._Element) -> bool:
        """:func:`_teaser`, asked once per element."""
        found = self.teasers.get(el)
        if found is None:
            found = self.teasers[el] = _teaser(el)
        return found

    def card(self, el: etree._Element) -> bool:
        """:func:`_card`, asked once per element."""
        found = self.cards.get(el)
        if found is None:
            found = self.cards[el] = _card(el)
        return found

    def sentence_count(self, el: etree._Element) -> int:
        """:func:`sentence_count`, counted once per element."""
        found = self.sentences.get(el)
        if found is None:
            found = self.sentences[el] = sentence_count(el)
        return found


def _anchor_wrapper(el: etree._Element, kids: list[etree._Element]) -> bool:
    """True when an ``<a>`` links nowhere (no ``href``) and holds paragraphs: a template's
    styling wrapper around the text (``<a style=…><p>…</p><p>…</p></a>``), not a link. Its
    paragraphs are the text's own; counted as link text, the block gathering them scores
    below any one of them, and the text is cut to its longest paragraphs."""
    return el.get("href") is None and any(
        isinstance(kid.tag, str) and kid.tag in BLOCK_TAGS for kid in kids)


class _Stats:
    """Chinese characters, link characters and punctuation under every element, counted in
    one pass from the leaves up (scoring each candidate with ``text_content`` would read
    the text of a big page once per wrapper). ``counts``: the tree's :class:`TreeCounts`
    when kept from an earlier pass."""

    def __init__(self, root: etree._Element, hidden: set[etree._Element],
                 counts: TreeCounts | None = None, stories: bool = True) -> None:
        self.han: dict[etree._Element, int] = {}
        self.links: dict[etree._Element, int] = {}
        self.punct: dict[etree._Element, int] = {}
        self.link_lists: set[etree._Element] = set()
        # Each element's own text (its text and its children's tails, hidden ones' too):
        # length and Chinese characters, which the candidates are chosen by.
        self.own: dict[etree._Element, tuple[int, int]] = {}
        own_of = self.own
        # All Chinese and link characters, link lists included: what density is judged by.
        all_han: dict[etree._Element, int] = {}
        all_links: dict[etree._Element, int] = {}
        # Local names: this loop visits every element of the page, up to four times a page.
        han_of, punct_of, links_of = self.han, self.punct, self.links
        link_lists = self.link_lists
        if counts is None:
            counts = TreeCounts(root)
        teaser = counts.teaser
        card = counts.card
        cards: set[etree._Element] = set()  # blocks shaped as a card of another story
        self.cards: set[etree._Element] = set()
        self.all_han = all_han
        self.all_links = all_links
        for el, tag, kids, own_len, own_han, punct in counts.read():
            han = total = own_han
            links = total_links = 0
            if cards and sum(1 for child in kids if child in cards and child not in hidden) >= 2:
                # Two cards side by side or more: a list of other stories (a linked headline
                # over each one's excerpt), whole excerpts or cut off, not the article.
                for child in kids:
                    if child in cards and child not in hidden:
                        link_lists.add(child)
                        self.cards.add(child)
            for child in kids:
                if child not in hidden:
                    total += all_han[child]
                    total_links += all_links[child]
                    if child not in link_lists:
                        han += han_of[child]
                        punct += punct_of[child]
                        links += links_of[child]
            own_of[el] = (own_len, own_han)
            han_of[el] = han
            punct_of[el] = punct
            if tag == "a" and not _anchor_wrapper(el, kids):
                links = han
                total_links = total
            links_of[el] = links
            all_han[el] = total
            all_links[el] = total_links
            prose = han - links  # text of its own that is not in links or lists
            if tag != "a" and total >= 8 and 2 * total_links >= total \
                    and (prose < 100 or prose < 0.2 * total):
                # A block that is mostly links (a related list inside the article's cell)
                # adds nothing to the blocks around it, rather than a penalty that can
                # outweigh the article beside it.
                link_lists.add(el)
            elif tag not in _INLINE and 8 <= total <= _TEASER_MAX \
                    and total_links >= 2 and teaser(el):
                # A teaser (a linked headline over a summary cut off with "…", often a
                # "更多" link after it): an item of a list of other stories, counted as
                # links however long its summary runs.
                link_lists.add(el)
            elif stories and tag not in _INLINE and 8 <= total <= _TEASER_MAX \
                    and total_links >= _CARD_HEADLINE_MIN and card(el):
                cards.add(el)

    def score(self, el: etree._Element) -> float:
        """Chinese text minus 2.5× link text plus 2× punctuation, favouring body hints."""
        han = self.han.get(el, 0)
        if han < 20:
            return 0.0
        score = han - 2.5 * self.links.get(el, 0) + 2 * self.punct.get(el, 0)
        if BODY_HINT.search(classes_of(el)):
            score *= 1.15
        return score


_CLOSED = re.compile(r"[。！？]\s*[”」』）)]?\s*$")


def _running_text(el: etree._Element) -> bool:
    """True when ``el`` reads as a paragraph of the text: two sentences, or one sentence of
    30 Chinese characters or more closed by a stop (a lead paragraph written as one long
    sentence). A headline, an info line or a caption is not closed so."""
    if has_prose(el):
        return True
    text = short_text(el, 1500)
    return text is not None and han_count(text) >= 30 and bool(_CLOSED.search(text))


def _prose_siblings(parent: etree._Element, body: etree._Element, stats: _Stats,
                    hidden: set[etree._Element]) -> bool:
    """True when everything ``parent`` holds beside ``body`` is running prose without links
    (or empty, a picture): the article's own paragraphs nested apart from the rest, as an
    editor of WeChat layouts writes each paragraph in its own chain of ``<section>``; a
    sentence closed by its stop alone in its block counts as prose (:func:`_closed_sentence`).
    A headline, an info line or a list beside the body keeps it where it is."""
    added = False
    for child in parent:
        if child is body or not isinstance(child.tag, str) or child in hidden:
            continue
        if child.tail and HAN.search(child.tail):
            return False
        han = stats.han.get(child, 0)
        if not han:
            continue
        if not _prose_without_links(child, stats):
            return False
        added = True
    return added and not (parent.text and HAN.search(parent.text))


def _prose_without_links(block: etree._Element, stats: _Stats) -> bool:
    """True when ``block`` is running prose, or one sentence closed by its stop, with no links
    in it: what a text's own paragraph beside or above the body looks like."""
    if stats.links.get(block, 0) or block in stats.link_lists:
        return False
    return _running_text(block) or _closed_sentence(block)


def _text_before_chain(parent: etree._Element, node: etree._Element, stats: _Stats,
                       hidden: set[etree._Element], own_words: bool) -> bool:
    """True when ``parent`` holds, before ``node`` and nothing with words after it, only
    the text's own paragraphs: its own words closing a sentence (``<div>第一段。<br><div>…``)
    and blocks of running prose without links (pictures, empty blocks between). A template
    leaving each paragraph's ``<div>`` unclosed nests the text in a chain, every level
    holding one paragraph and, last, the level under it: the body found deep in the chain
    lacks the paragraphs above it. ``own_words``: the first step up such a chain is known by
    the parent's own words (a wrapper holding a standfirst's block over the text's block is
    no chain); past it, blocks of prose before the chain count alone. A headline, an info
    line, a list or anything after the chain keeps the body where it is."""
    own = [parent.text or ""]
    seen = False
    added = False
    for child in parent:
        if child is node:
            seen = True
            continue
        if not isinstance(child.tag, str) or child in hidden:
            if not seen and child.tail:
                own.append(child.tail)
            continue
        han = stats.han.get(child, 0)
        if seen:
            if han or (child.tail and HAN.search(child.tail)):
                return False
            continue
        if child.tail:
            own.append(child.tail)
        if not han:
            continue
        if not _prose_without_links(child, stats):
            return False
        added = True
    if not seen:
        return False
    words = "".join(own).strip()
    if own_words and not words:
        return False
    if words:
        if han_count(words) < _CLOSED_SENTENCE_MIN or not _CLOSED.search(words):
            return False
        added = True
    return added


# A sentence of the text alone in its block: at least this many Chinese characters, closed
# by a full stop (a closing quote after it).
_CLOSED_SENTENCE_MIN = 8
_FULL_STOP = re.compile(r"。\s*[”」』）)]?\s*$")


def _closed_sentence(el: etree._Element) -> bool:
    """True when ``el`` holds one short sentence closed by a full stop (``届时，电视台将进行
    现场直播。``, ``1、发放金额：1000元/月。``): a line of the text in a block of its own, as
    an editor nesting each paragraph apart writes a closing line or a list's item. A
    headline (in a heading, or asking a question), an info line or a signature is not
    closed so."""
    if el.tag in _HEADING_TAGS or el.find(".//h1") is not None or el.find(".//h2") is not None:
        return False
    text = short_text(el, 300)
    return text is not None and han_count(text) >= _CLOSED_SENTENCE_MIN \
        and bool(_FULL_STOP.search(text))


def _footer_like(el: etree._Element, han: int, hidden: set[etree._Element],
                 cards: bool = False) -> bool:
    """True when the element reads as a footer: two or more footer marks in a block that is
    not long text (a law may mention an address once; a footer is mostly marks), with
    fewer than three sentences before the first mark, and, in a block of 300 characters or
    more, some mark beyond contact labels (a notice lists 地址：, 电话： among its fields). Text of
    hidden blocks (a copyright statement under the body) does not count. ``cards``: a block
    whose only marks are contact labels is no footer when a line of prose opens it (see
    :func:`best_body`)."""
    if han > 1500:
        return False
    parts = []
    for node in el.iter():
        if node in hidden:
            continue
        if isinstance(node.tag, str) and node.text:
            parts.append(node.text)
        if node is not el and node.tail and node.getparent() not in hidden:
            parts.append(node.tail)
    text = " ".join(parts)
    # A mark right after a point's number (``三、主办单位：某某``) is a field of a notice's
    # numbered points, never a footer's.
    marks = [m for m in _FOOTER.finditer(text)
             if not _POINT_BEFORE.search(text, max(0, m.start() - _POINT_REACH), m.start())]
    kinds = {m.group() for m in marks}
    if len(kinds) < 2:
        return False
    if "免责声明" in kinds:
        # A disclaimer printed as a block of the text (``免责声明：本文仅代表作者个人观点…``)
        # is no mark of a footer: a short notice naming its 承办单位 and closing with one
        # read as a footer, and its text was lost. The marks are counted again without it.
        statements = [node for node in el.iter(*BLOCK_TAGS)
                      if node is not el and node not in hidden and _disclaimer_block(node)]
        if statements:
            return _footer_like(el, han, hidden | descendants(statements), cards)
    if (han >= 300 or (cards and _prose_opening(text[:marks[0].start()]))) \
            and all(_CONTACT_LABEL.fullmatch(k) for k in kinds):
        return False  # a notice's fields (地址：, 电话：) among its text; a footer says more
    # A notice closing with its contact lines (``联系电话：…``, ``地址：…``) after paragraphs
    # of prose is a text, not a footer: a footer has next to no sentences before its marks.
    if text.count("。", 0, marks[0].start()) >= 3:
        return False
    # A short brief or notice (one or two sentences) with its contact lines or a copyright
    # line in its own block: sentences before the marks that outweigh what they open. A
    # footer opens with its marks, or with lines that are not sentences (office hours) or
    # too short to outweigh them.
    lead = offset = 0
    for part in parts:
        if offset + len(part) > marks[0].start():
            break
        if _SENTENCE_STOP.search(part.rstrip()):
            lead += han_count(part)
        offset += len(part) + 1
    if lead >= _PROSE_LEAD and all(_CONTACT_LABEL.fullmatch(k) for k in kinds) \
            and 2 * lead >= han_count(text[:marks[0].start()]):
        # A letter or notice whose only marks are its contact lines (回函地址：, 联系电话：)
        # under a paragraph of prose that makes most of what comes before them (past an
        # addressee line): its text, however long the contact lines run.
        return False
    return not (lead >= _PROSE_LEAD and 2 * lead >= han_count(text))


# A site's statement under every page (``版权与免责声明``, maybe after the site's name,
# ``某某网版权与免责声明``, over numbered lines about 本站's copyright): its heading opens the
# block, and it speaks of the site.
_STATEMENT_HEAD = re.compile(
    rf"\s*[^。！？，,\s]{{0,8}}?(?:{STATEMENT_WORDS}|郑重声明|网站声明)\s*[:：]?\s*$")
# A statement speaks of the site (本站, 本网), or of the article's words as its writer's
# alone (本文仅代表作者本人观点, the site then named by its own name: 与某某网无关).
_OF_THE_SITE = re.compile(r"本站|本网|本网站|本平台|仅代表作者")
# The same heading run into the statement's first line (``免责声明：本文仅代表作者个人观点，
# 与本网无关…``), or set in brackets before it (``【免责声明】本文仅代表…``).
_STATEMENT_OPEN = re.compile(
    rf"\s*[^。！？，,\s]{{0,8}}?(?:{STATEMENT_WORDS}|郑重声明|网站声明)\s*[:：】\]]")
_STATEMENT_INSIDE = re.compile(rf"(?:{STATEMENT_WORDS}|郑重声明|网站声明)\s*[:：]")


# A disclaimer written without a heading (本网站的内容概不构成任何投资意见…): the site named
# as itself twice or more (本站讯, a dateline, is no such name) and a disclaiming clause, in
# a block of statement length.
_SITE_ITSELF = re.compile(r"本[网網]站|本站(?![讯訊])|本平台")
_DISCLAIMS = re.compile(r"概不(?:负责|負責|承担|承擔)|不(?:构成|構成)任何|不(?:承担|承擔)任何|"
                        r"并不保证|並不保證|不(?:作|做)任何(?:保证|保證)")
_DISCLAIMER_HAN_MAX = 600
_DISCLAIMER_CHARS_MAX = 4000


def _site_statement(el: etree._Element) -> bool:
    """True when ``el`` is a site's copyright or disclaimer statement: its first line of text,
    or the block right before it, is the statement's heading alone (``版权与免责声明``) and
    it speaks of the site (本站, 本网); or, without a heading, a block of at most 600 Chinese
    characters that names the site as itself twice (本网站, 本站) and disclaims (概不负责,
    不构成任何…). Without class words it is prose that outweighs a short notice or a table."""
    first = next((t for t in el.itertext() if t.strip()), "")
    head = el.getprevious()
    while head is not None and not isinstance(head.tag, str):
        head = head.getprevious()
    text = _STRING(el)
    if (bool(_STATEMENT_HEAD.fullmatch(first))
            or (head is not None and bool(_STATEMENT_HEAD.fullmatch(_STRING(head))))) \
            and bool(_OF_THE_SITE.search(text)):
        return True
    if len(text) > _DISCLAIMER_CHARS_MAX:
        return False  # a long block: the page's text, not a disclaimer (the rest read no further)
    if _STATEMENT_OPEN.match(text) and bool(_OF_THE_SITE.search(text)):
        return han_count(text) <= _DISCLAIMER_HAN_MAX  # its heading opens its first line
    inside = _STATEMENT_INSIDE.search(text)
    if inside:
        # A headed disclaimer printed under a text (a notice that names 本网站 itself) is
        # that disclaimer's clause, not the text's: the text is read without it.
        text = text[:inside.start()]
    return len(_SITE_ITSELF.findall(text)) >= 2 and bool(_DISCLAIMS.search(text)) \
        and han_count(text) <= _DISCLAIMER_HAN_MAX


def site_statement(el: etree._Element) -> bool:
    """True when ``el`` reads as a site's copyright or disclaimer statement
    (:func:`_site_statement`): never the text, however much of the page's prose it holds.
    (A footer is not asked about here: a wrapper holding a short text and the page's
    footer reads as one.)"""
    return _site_statement(el)


def _disclaimer_block(el: etree._Element) -> bool:
    """True when ``el`` is a disclaimer of statement length opened by its heading and
    speaking of the site (``免责声明：本文仅代表作者个人观点，与本网无关…``)."""
    text = _STRING(el)
    return len(text) <= _DISCLAIMER_CHARS_MAX and bool(_STATEMENT_OPEN.match(text)) \
        and bool(_OF_THE_SITE.search(text)) and han_count(text) <= _DISCLAIMER_HAN_MAX


def _statement_paragraph(el: etree._Element) -> bool:
    """True when the paragraph ``el`` opens with a statement's heading (``免责声明：``, maybe in
    a ``<strong>`` of its own) and speaks of the site: a disclaimer printed as a paragraph,
    under the text or beside it."""
    first = el.text
    if not (first and first.strip()) and len(el) and isinstance(el[0].tag, str):
        first = el[0].text
    return bool(first) and "声明" in first and bool(_STATEMENT_OPEN.match(first)) \
        and _disclaimer_block(el)


# The last resort's candidates: a block's own text of this many Chinese characters at
# least, closed by a sentence stop.
_SHORT_MIN = 8
_STOP_END = re.compile(r"[。！？!?]$")


def sentence_count(el: etree._Element) -> int:
    """How many text pieces under ``el`` close with a sentence stop (``。！？!?``)."""
    return sum(1 for piece in el.itertext() if _STOP_END.search(piece.rstrip()))


def _sibling_sections(parent: etree._Element, node: etree._Element,
                      stats: _Stats, prose_min: int = 1) -> set[etree._Element] | None:
    """The blocks of ``parent`` to leave out of the text when its blocks are the sections of
    one text a page builder lays side by side, else None. Sections: ``node`` and every
    block of its kind (its tag and a class word of it; for a block without class words,
    its tag and no class words, each other block running text without links,
    :func:`_bare_section`), with captioned pictures between them. Before the first section
    and after the last, short blocks without running text may stand (the headline and its
    info line above, a tag line, an app's promotion or a "more articles" heading below,
    :func:`_edge_block`): those are returned, to be left out of the text. Any other block
    (a weather line, a side column beside the text, a block of prose of another kind)
    keeps the sections apart; and one section besides ``node`` (``prose_min`` sections)
    must hold running text."""
    words = set(classes_of(node).split())
    blocks: list[tuple[etree._Element, bool]] = []
    for child in parent:
        if not isinstance(child.tag, str) or not stats.han.get(child, 0):
            continue
        same = child is node or (child.tag == node.tag and bool(
            words & set(classes_of(child).split())
            or (not words and _bare_section(child, stats))))
        blocks.append((child, same))
    at = [k for k, (_, same) in enumerate(blocks) if same]
    if not at:
        return None  # ``node`` holds no text outside link lists: no section of a text
    edges: set[etree._Element] = set()
    edge_han = 0
    prose = 0
    for k, (child, same) in enumerate(blocks):
        if same:
            # Another section holds running text (two sentences): a carousel's slides,
            # each a title, are not sections of a text.
            if prose < prose_min and child is not node and has_prose(child):
                prose += 1
        elif _captioned_picture(child, stats):
            continue  # a photo with its caption between two sections of the text, or by them
        elif at[0] < k < at[-1]:
            return None  # a block of another kind between the sections
        else:
            han = _edge_block(child)
            if han is None:
                return None
            edges.add(child)
            edge_han += han
    if prose < prose_min or edge_han > _EDGES_MAX or (parent.text and HAN.search(parent.text)):
        return None
    return edges


# Sections of prose beside a long paragraph's chain of wrappers that make them one text.
_CHAINED_PROSE = 2


# A block beside the sections that is not one of them (a headline, an info line, a tag line,
# a promotion): at most this many Chinese characters each, _EDGES_MAX in all.
_EDGE_HAN = 60
_EDGES_MAX = 150


_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "header")


def _edge_block(el: etree._Element) -> int | None:
    """Chinese characters of ``el`` when it may stand before or after the sections of a text
    without being one: short (:data:`_EDGE_HAN`), no running text and no line closed by a
    sentence stop unless it is a heading (a headline, an info line, a tag line, a heading
    over other stories, a signature); None otherwise. A short closing sentence of the text
    in a block of its own (``欢迎市民参加。``) is none of these."""
    text = short_text(el, 1000)
    if text is None:
        return None
    han = han_count(text)
    if han > _EDGE_HAN or (el.tag not in _HEADING_TAGS and sentence_count(el)) \
            or _running_text(el):
        return None
    return han


def _bare_section(el: etree._Element, stats: _Stats) -> bool:
    """True when ``el``, a block without class words beside a section of the text without
    them either, reads as another section of the same text: no class words, no link text
    (but a photo's caption linked to its large copy), not a list of links, readers'
    comments or the site's statement (``版权与免责声明``), running text (a side column, a
    menu, a headline or an info line is none of these). Bare blocks side by side are a
    layout's rows unless each holds prose of its own."""
    return not classes_of(el).split() and el not in stats.link_lists \
        and not any(han_count(text_content(a)) for a in el.iter("a") if a.find(".//img") is None) \
        and _running_text(el) and not comment_list(el) and not _site_statement(el)


# A picture's caption: at most this many Chinese characters per picture (a line or two,
# the photographer's name after it), and at most _CAPTIONS_MAX in all.
_CAPTION_HAN = 60
_CAPTIONS_MAX = 150


def _captioned_picture(el: etree._Element, stats: _Stats) -> bool:
    """True when ``el`` is a picture block: one or more ``<img>`` with a short caption each
    (a news site sets its photos between the sections of a story, each in its own
    ``photo_right`` box), not a block of text of another kind."""
    han = stats.han.get(el, 0)
    if han > _CAPTIONS_MAX:
        return False
    pictures = sum(1 for _ in el.iter("img"))
    return pictures > 0 and han <= _CAPTION_HAN * pictures


# What a wrapper may add to the body and still count as the same block while climbing: a
# section's heading (the sections of a page builder each carry one above their text).
_HEADING_HAN = 30


def _gatherer(el: etree._Element) -> etree._Element | None:
    """The element that gathers ``el`` with its siblings: its parent, or above wrappers
    that hold nothing but it (a WeChat editor nests each paragraph in its own chain of
    ``<section>``, so the paragraphs meet only in the block several levels up)."""
    parent = el.getparent()
    while parent is not None and len(parent) == 1 and not (parent.text or "").strip() \
            and not (el.tail or "").strip() and parent.tag not in ("body", "html"):
        el, parent = parent, parent.getparent()
    return parent


def _children_holding(up: etree._Element, level: list[etree._Element]) -> set[etree._Element]:
    """``up``'s children that hold (or are) an element of ``level``: each candidate climbed
    to the child of ``up`` it sits in; candidates outside ``up`` are left out."""
    holding = set()
    for el in level:
        node = el
        while node is not None and node.getparent() is not up:
            node = node.getparent()
        if node is not None:
            holding.add(node)
    return holding


def _closed_chains(up: etree._Element, blocks: list[etree._Element],
                   level: list[etree._Element]) -> int:
    """How many of ``up``'s child ``blocks`` hold no candidate of ``level`` and read as one
    short sentence closed by a full stop (:func:`_closed_sentence`): the text's short lines,
    each in its own chain of wrappers."""
    holding = _children_holding(up, level)
    return sum(1 for c in blocks if c not in holding and _closed_sentence(c))


def _runs_among_pictures(up: etree._Element, level: list[etree._Element],
                         stats: _Stats) -> bool:
    """True when two or more of ``up``'s blocks each hold a run of the text (a candidate of
    ``level`` in its own chain of wrappers) and such runs, with the short closed lines of
    :func:`_closed_chains`, make up half of ``up``'s blocks that print words.

    A WeChat or page-builder layout wraps each paragraph, each picture and each picture's
    caption in a chain of ``<section>`` of its own; the pictures' blocks (and blocks left
    empty) print nothing, so they do not count against the runs they stand between, as the
    captions printed under them still do. Two runs at least read as running text, and two
    candidates inside one block are one run: a headline and an info line beside a single
    text block are not gathered with it."""
    worded = [c for c in up if isinstance(c.tag, str) and HAN.search(_STRING(c))]
    runs = _children_holding(up, level)
    if len(runs) < 2 or len(worded) == sum(1 for c in up if isinstance(c.tag, str)):
        return False  # one run, or no wordless block: the count above decides
    if sum(1 for run in runs if _running_text(run)) < 2:
        return False  # a category or info line beside one block of text is no run of it
    return 2 * (len(runs) + _closed_chains(up, worded, level)) >= len(worded)


# Emphasis, centring and quoting wrappers, read as blocks of text only when asked
# (``emphasis``): a text set bold, in italics, centred or quoted as a whole
# (``<div><strong>…<br>…</strong></div>``, ``<center>…<br>…</center>``) has no character
# directly in a ``<p>``, ``<div>``, ``<font>`` or ``<span>``.
_EMPHASIS = ("strong", "b", "em", "i", "u", "big", "small", "center", "blockquote")


def emphasis_text(root: etree._Element, hidden: set[etree._Element]) -> bool:
    """True when some shown wrapper of :data:`_EMPHASIS` (``<strong>``, ``<b>``, ``<em>``,
    ``<center>``, ``<blockquote>``…) holds 20 Chinese characters of its own text (outside its
    children): the only pages :func:`best_body`'s ``emphasis`` retry can change (a quick
    look before that second, costlier choice)."""
    for el in root.iter(*_EMPHASIS):
        if el in hidden:
            continue
        own = (el.text or "") + "".join(c.tail or "" for c in el)
        if han_count(own) >= 20:
            return True
    return False


# Blocks that hold a text of their own as a ``<div>`` does, though no candidate's tag names
# them: a definition list's ``<dd>`` (a CMS laying an article out as ``<dt>`` headline,
# ``<dd>`` info line, ``<dd>`` text), a page-wide ``<form>`` or ``<main>``, a ``<fieldset>``,
# ``<address>``, ``<figure>``, a header cell, ``<nobr>``/``<tt>`` runs — and any tag HTML does
# not name (a CMS's own ``<ucapcontent>``, a word processor's ``<o:p>``). Only with text of
# their own (20 characters), never as a paragraph's parent.
_OTHER_BLOCKS = frozenset(("dd", "main", "form", "fieldset", "address", "figure", "th", "tt",
                           "nobr"))
_HTML_TAGS = frozenset(html_defs.tags) | {"template", "noframes", "noembed", "frame",
                                          "picture", "dialog", "slot"}


def _cut_off_excerpt(el: etree._Element) -> bool:
    """True when ``el`` holds a short text cut off with an ellipsis (an excerpt of another
    page: a menu's blurb in a ``<dd>`` under its ``<dt>`` heading)."""
    text = _STRING(el).strip()
    return len(text) <= _TEASER_MAX and bool(_CUT_OFF.search(text))


def best_body(
    root: etree._Element, hidden: set[etree._Element] | None = None, *, short: bool = False,
    counts: TreeCounts | None = None, cards: bool = False, stories: bool = True,
    emphasis: bool = False,
) -> tuple[etree._Element | None, set[etree._Element]]:
    """The element holding the article: the best-scoring container of text paragraphs.

    Candidates are the parents of ``<p>`` elements and of blocks with their own text,
    blocks whose own text is split by ``<br>`` (bodies without ``<p>``), and the elements
    gathering two or more candidates, up to two levels (a body laid out as one table row
    per paragraph is whole only there). Footers and copyright blocks are never taken. The
    tightest candidate holding most (75 %) of the best score wins over the wrappers around
    it. A block of readers' comments marked by no class is found by its stamped reply
    lines: the body is chosen again without it (a short post under a long discussion).
    ``short``: the last resort when no block holds 20 characters of its own: blocks and list
    items holding one short sentence each count too (a notice of three one-line ``<li>``).
    ``counts``: the tree's :class:`TreeCounts`, kept across the calls on one unchanged tree.
    ``cards``: the last resort when every other pass found nothing: a block taken for a
    footer only for its contact labels (地址：, 邮编：, 电话：) counts when a line of prose opens
    it — a short notice whose fields close its one paragraph is the page's text, and an
    empty body is the worst answer for it. ``stories``: False for the very last resort, when
    nothing but other stories' cards holds text: the cards are then the page's own items.
    ``emphasis``: ``<strong>``, ``<b>``, ``<em>``, ``<center>``, ``<blockquote>``… holding
    text of their own are blocks of text too (a retry when the body found without them is
    weak: a text set bold, centred or quoted as a whole).
    """
    counts = counts if counts is not None else TreeCounts(root)
    best, skip, comments = _best_body(root, hidden or set(), short, counts, cards, stories,
                                      emphasis)
    if comments is not None:
        retry, retry_skip, _ = _best_body(root, (hidden or set()) | set(comments.iter()), short,
                                          counts, cards, stories, emphasis)
        # A retry wrapping the hidden block (the page around it, ``<body>``) found no text
        # of its own: the comments' block held the text too (a short text with its stamped
        # info lines and two comments under it reads as comments as a whole).
        if not weak_body(retry) and retry not in comments.iterancestors():
            return retry, retry_skip | {comments}
    return best, skip


def _best_body(
    root: etree._Element, hidden: set[etree._Element], short: bool = False,
    counts: TreeCounts | None = None, cards: bool = False, stories: bool = True,
    emphasis: bool = False,
) -> tuple[etree._Element | None, set[etree._Element], etree._Element | None]:
    """:func:`best_body` for one set of hidden blocks; third, the chosen block when it
    reads as readers' comments (judged before climbing to wrappers around it).
    ``stories``: other stories' cards side by side count as link lists (:class:`_Stats`)."""
    if counts is None:
        counts = TreeCounts(root)
    stats = _Stats(root, hidden, counts, stories)
    candidates: dict[etree._Element, None] = {}  # document order: ties go to the first
    tags = ("p", "div", "td", "section", "article", "font", "span", "pre",
            *(("li",) if short else ()), *(_EMPHASIS if emphasis else ()))
    others = _OTHER_BLOCKS | {tag for tag in counts.tag_names()
                              if isinstance(tag, str) and tag not in _HTML_TAGS}
    for el in root.iter(*tags, *others):
        other = el.tag in others
        if el in hidden:
            continue
        if short:
            own = (el.text or "") + "".join((c.tail or "") for c in el)
            has_text = han_count(own) >= _SHORT_MIN and bool(_STOP_END.search(own.rstrip()))
        else:
            own_len, own_han = stats.own[el]
            has_text = own_len >= 20 and own_han >= 20
        if other and (not has_text or _cut_off_excerpt(el)):
            continue
        if el.tag in ("p", "pre") or has_text:
            if el.tag == "p" and _statement_paragraph(el):
                continue  # a disclaimer's paragraph marks no block of text, nor gathers one
            br_body = el.tag != "p" and has_text and el.find(".//br") is not None
            container = el if br_body or el.tag == "pre" else el.getparent()
            if br_body and el.tag in ("span", "font") and container.getparent() is not None \
                    and container.getparent().tag == "p" \
                    and stats.han.get(container.getparent(), 0) > stats.han.get(el, 0):
                # A run set in a span inside its paragraph, other runs printing words beside
                # it (a word processor's <p><span>第一条</span><span>…<br>…</span></p>): the
                # paragraph is the block.
                container = container.getparent()
            if container is not None:
                candidates[container] = None
    if stats.cards:
        # Other stories' excerpts (a card of a sentence or two) are never the text, nor
        # gather it; a short text opening with a linked line may read as a card beside
        # them, and stays a candidate.
        excerpts = {el for el in stats.cards if stats.han.get(el, 0) <= _EXCERPT_HAN
                    and counts.sentence_count(el) <= _EXCERPT_SENTENCES}
        if excerpts:
            candidates = {el: None for el in candidates if not _in_cards(el, excerpts)}
    # A body laid out as one table row (or block) per paragraph is whole only in the element
    # that gathers several candidates: add such parents, two levels up.
    level = list(candidates)
    for step in range(2):
        gathered = Counter(el.getparent() for el in level if el.getparent() is not None)
        if step == 0 and not (short and any(counts.sentence_count(el) >= 2 for el in level)):
            # Paragraphs nested apart, each in its own chain of wrappers, meet higher up,
            # maybe beside parts held directly (a text's first run in the gathering block
            # itself, its other runs wrapped deeper, pictures between): the parts must make
            # up half of its blocks. One chain meeting one part held directly is gathered
            # only when every block there holding text reads as running text (a headline
            # and an info line over a one-line notice are not parts of it). The last
            # resort's one-sentence lines meet so too (a short notice's items, each in its
            # own chain of wrappers), when no block holds two of them already (a headline
            # closed by a stop is such a line: a list of items held together stays the text).
            meets = Counter(_gatherer(el) for el in level)
            lifted = Counter(up for el in level if (up := _gatherer(el)) is not el.getparent())
            for up, chains in lifted.items():
                n = meets[up]
                if up is None or n < 2:
                    continue
                blocks = [c for c in up if isinstance(c.tag, str)]
                # A list's items and short closing lines, each closed by a full stop in a
                # chain of its own (``1、发放金额：1000元/月。``), are parts too: under 20
                # characters they are no candidates, yet the text is theirs.
                parts = n + _closed_chains(up, blocks, level) if 2 * n < len(blocks) else n
                if (2 * parts >= len(blocks) or _runs_among_pictures(up, level, stats)) and (
                        chains >= 2 or all(_running_text(c) for c in blocks
                                           if stats.han.get(c, 0))):
                    gathered[up] = max(gathered[up], n)
        level = [el for el, n in gathered.items() if n >= 2 and el is not None
                 and el.tag not in ("body", "html")]
        candidates.update(dict.fromkeys(el for el in level if el not in candidates))
    if short:  # one-sentence lines: only a block of two sentences or more is a notice
        candidates = {el: None for el in candidates if counts.sentence_count(el) >= 2}
    scores = {el: stats.score(el) for el in candidates}
    ranked = sorted(scores, key=scores.get, reverse=True)
    top: etree._Element | None = None
    for el in ranked[:12]:
        if scores[el] <= 0:
            break
        if el.tag in ("body", "html") and top is None:
            # The page itself (text straight under <body>): only when no block of its own
            # holds a third as much (a copy of the text under <body> doubles the page).
            rest = [o for o in ranked[:12] if o.tag not in ("body", "html")
                    and scores[o] >= scores[el] / 3
                    and not _footer_like(o, stats.han[o], hidden, cards)
                    and not _site_statement(o)]
            top = rest[0] if rest else el
            break
        if not _footer_like(el, stats.han[el], hidden, cards) and not _site_statement(el):
            top = el
            break
    if top is None:
        return None, set(), None
    if root.tag == "html" and not any(
            el is not top and top in el.iterancestors()
            for el in takewhile(lambda el: scores[el] >= 0.75 * scores[top], ranked)):
        # No tight block inside ``top`` (below): it may be a wrapper around the whole page.
        top = _in_page_wrapper(top, root.find("body"), ranked[:12], scores, stats, hidden,
                               cards)
    best, best_score = top, scores[top]
    # A wrapper that adds only a headline, an info line or a footer to a candidate inside it
    # is not the body: take the tightest inner candidate holding 75 % of the wrapper's score.
    inner = [el for el in ranked if scores[el] >= 0.75 * best_score and el is not top
             and top in el.iterancestors()]
    if not inner:
        # Nor does a site's disclaimer printed beside that candidate count for the wrapper.
        near = [el for el in ranked[:12] if scores[el] >= 0.3 * best_score and el is not top
                and top in el.iterancestors()]
        statements = _statements_beside(top, None, stats) if near else []
        if statements:
            floor = 0.75 * (best_score - _statements_score(statements, stats, top))
            inner = [el for el in near if scores[el] >= floor
                     and not any(st is el or st in el.iterancestors() for st in statements)]
    if inner:
        depth = {el: sum(1 for _ in el.iterancestors()) for el in inner}
        best = max(inner, key=lambda el: (depth[el], scores[el]))
        best_score = scores[best]
    comments = best if comment_list(best) else None
    edges: set[etree._Element] = set()
    # Climb while the parent adds a lot of non-link text (body split over sibling divs).
    # Or while the first wrapper adding text adds only paragraphs of prose beside it.
    # Wrappers adding nothing are the same block: the test is made on the first wrapper
    # that adds text (a page builder nests each section of the text in its own
    # ``<section>`` › container › column › widget chain, the sections side by side).
    chain = False  # climbed a chain of unclosed blocks (_text_before_chain)
    while best.getparent() is not None and best.getparent().tag not in ("body", "html"):
        node, parent = best, best.getparent()
        while parent is not None and parent.tag not in ("body", "html") \
                and (stats.han.get(parent, 0) == stats.han[best]
                     or (stats.han.get(parent, 0) - stats.han[best] <= _HEADING_HAN
                         and stats.score(parent) <= best_score * 1.35
                         and not (node is best
                                  and _prose_siblings(parent, node, stats, hidden)))):
            # A wrapper adding nothing, or a heading; not a short closing sentence of the
            # text in a block of its own beside the body (read below as more of the text).
            node, parent = parent, parent.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        if _text_before_chain(parent, node, stats, hidden, not chain) \
                and not _footer_like(parent, stats.han[parent], hidden, cards):
            # The text's earlier paragraphs, up a chain of unclosed blocks.
            best, best_score, chain = parent, stats.score(parent), True
            continue
        parent_score = stats.score(parent)
        # Across wrappers the text added must hold sentences of its own: a headline and an
        # info line over a one-line notice are not more of its text.
        gains = parent_score > best_score * 1.35 \
            and parent_score - _statements_score(_statements_beside(parent, node, stats),
                                                 stats, parent) > best_score * 1.35
        if gains and node is best and not _footer_like(parent, stats.han[parent], hidden, cards):
            best, best_score = parent, parent_score
            continue
        # Across wrappers adding nothing, bare blocks beside them that are sections of the
        # same text, two or more of them prose (a WeChat editor's chains of ``<section>``,
        # each paragraph in its own): however little they add to a long paragraph's chain,
        # they are more of its text (one bare block of prose beside it may be an author's
        # note; class-worded blocks, a page builder's fields).
        chained = not gains and stats.han[node] == stats.han[best] > 0 \
            and not classes_of(node).split()
        if node is not best and (gains or chained):
            sections = _sibling_sections(parent, node, stats, 1 if gains else _CHAINED_PROSE) \
                if counts.sentence_count(parent) > counts.sentence_count(best) else None
            if sections is not None \
                    and not _footer_like(parent, stats.han[parent], hidden, cards):
                # The headline block above the sections and the short lines under them
                # (a tag line, a "more articles" heading) are not part of the text.
                edges |= sections
                best, best_score = parent, parent_score
                continue
        if stats.han[node] != stats.han[best] \
                or not _prose_siblings(parent, node, stats, hidden) \
                or _footer_like(parent, stats.han[parent], hidden, cards):
            break  # (past a heading, only the sections' rule above climbs)
        best, best_score = parent, stats.score(parent)
    best = _paragraph_of_run(best, stats)
    link_lists = {el for el in stats.link_lists if el.tag not in _INLINE and _two_links(el)}
    return best, link_lists | stats.cards | edges | _info_tables(best), comments


_RUN_TAGS = ("span", "font", "strong", "b", "em", "i", "u")


def _paragraph_of_run(best: etree._Element, stats: _Stats) -> etree._Element:
    """The ``<p>`` that a chosen run of text (a ``<span>`` or ``<font>`` holding most of a
    long paragraph) is part of, when the paragraph is one line (no ``<br>`` outside the
    run): a word processor sets the pieces of a sentence in spans of their own
    (``<span>3</span><span>月</span><span>15</span><span>日，某某到我院调研…</span>`` and
    more spans after it), and the runs beside the longest are the same paragraph's words, its
    first ones too. A paragraph of lines (a lead or a headline over a ``<br>``), or one whose
    other runs outweigh the chosen one, keeps the run apart (as before)."""
    if best.tag not in ("span", "font"):
        return best
    up = best.getparent()
    while up is not None and up.tag in _RUN_TAGS:
        up = up.getparent()
    if up is None or up.tag != "p" \
            or stats.han.get(up, 0) - stats.han.get(best, 0) > stats.han.get(best, 0) \
            or any(br is not None and best not in br.iterancestors() for br in up.iter("br")):
        return best
    return up


# A wrapper around the whole page holds this share of its Chinese characters at least (a
# menu bar or a footer may stand outside it), and beside the text's block a footer or this
# many links (a menu, a breadcrumb, lists of other stories; an attachment's link is one).
_PAGE_SHARE = 0.75
_MENU_LINKS = 10


def _in_page_wrapper(top: etree._Element, page: etree._Element | None,
                     ranked: list[etree._Element], scores: dict[etree._Element, float],
                     stats: _Stats, hidden: set[etree._Element],
                     cards: bool) -> etree._Element:
    """The block to read in place of ``top`` when ``top`` is a wrapper around the whole page
    (the block a cache, a save tool or a template moves the page into): read as ``<body>``
    is, the best block of its own holding a third as much. A wrapper is known by what it
    holds beside that block: the page's furniture (a footer, or menus and link lists of ten
    links or more) and no running text. A notice's block holding its text
    beside a table or a list of names (no links, no footer), a text split into runs (the
    other runs are prose) or a text laid out alone in a table's cell (it holds a short part
    of the page) is a tight block, and stays. ``top`` itself otherwise. Chinese characters
    are counted with the link lists' (a page mostly of links still holds more than a short
    notice); the wrapper holds three quarters of them (a menu bar may stand outside it)."""
    if page is None or top.tag in ("body", "html"):
        return top
    page_han = stats.all_han.get(page, 0)
    if page_han < 20 or stats.all_han.get(top, 0) < _PAGE_SHARE * page_han:
        return top
    for el in ranked:
        if el is top or scores[el] < scores[top] / 3:
            continue
        if el.tag in ("body", "html") or top not in el.iterancestors() \
                or stats.all_han.get(el, 0) >= _PAGE_SHARE * page_han \
                or _footer_like(el, stats.han[el], hidden, cards) or _site_statement(el):
            continue
        return el if _furniture_beside(el, top, stats, hidden) else top
    return top


def _furniture_beside(el: etree._Element, top: etree._Element, stats: _Stats,
                      hidden: set[etree._Element]) -> bool:
    """True when what ``top`` holds beside its block ``el`` is the page's furniture: ten
    links or more, or a footer, and no running text — no block of two sentences closed by
    ``。`` among the siblings of ``el`` or of a wrapper between them (a list of other
    stories' titles, dates and tags holds none, even titles asking a question), and no
    sentence in their own text."""
    node = el
    beside: list[etree._Element] = []
    while node is not top:
        parent = node.getparent()
        if parent is None:
            return False
        if parent.text and _CLOSED.search(parent.text.strip()) and HAN.search(parent.text):
            return False
        for child in parent:
            if child.tail and HAN.search(child.tail) and _CLOSED.search(child.tail.strip()):
                return False
            if child is node or not isinstance(child.tag, str) or child in hidden:
                continue
            beside.append(child)
            if child in stats.link_lists or not stats.han.get(child, 0):
                continue
            if has_prose(child) and _STRING(child).count("。") >= 2:
                return False
        node = parent
    links = 0
    for child in beside:
        for a in child.iter("a"):
            if a.text or len(a):
                links += 1
                if links >= _MENU_LINKS:
                    return True
    return any(stats.han.get(child, 0) and _footer_like(child, stats.han[child], hidden)
               for child in beside)


def _statements_beside(parent: etree._Element, node: etree._Element | None,
                       stats: _Stats) -> list[etree._Element]:
    """The site's statements among ``parent``'s children other than ``node`` (a disclaimer
    printed right under the text's block, ``免责声明：本文仅代表作者个人观点…``): no more of
    the text, so no reason to climb to the block holding both, nor to keep that block over
    the text's own."""
    return [child for child in parent if child is not node and isinstance(child.tag, str)
            and 0 < stats.han.get(child, 0) <= _DISCLAIMER_HAN_MAX and _site_statement(child)]


def _statements_score(statements: list[etree._Element], stats: _Stats,
                      holder: etree._Element) -> float:
    """What ``statements`` add to the score of ``holder``, the block holding them
    (:meth:`_Stats.score`, its body hint's weight included)."""
    added = sum(stats.han.get(el, 0) - 2.5 * stats.links.get(el, 0)
                + 2 * stats.punct.get(el, 0) for el in statements)
    return added * 1.15 if BODY_HINT.search(classes_of(holder)) else added


# A card's excerpt: at most this many pieces of text closed by a stop, and this many Chinese
# characters with its headline (a short text opening with a linked line may read as a card).
_EXCERPT_SENTENCES = 2
_EXCERPT_HAN = 150


def _in_cards(el: etree._Element, cards: set[etree._Element]) -> bool:
    """True when ``el`` is one of ``cards`` (other stories' cards side by side) or inside
    one: an excerpt of another story is never the text, however long it runs."""
    return el in cards or any(up in cards for up in el.iterancestors())


def _two_links(el: etree._Element) -> bool:
    """True when ``el`` holds two links or more: the walk stops at the second (a page's
    link lists nest, and counting every link of each would read a sidebar once per level)."""
    links = el.iter("a")
    return next(links, None) is not None and next(links, None) is not None


_FIRST_TEXT_LINKED = etree.XPath("(descendant::text()[normalize-space()])[1][ancestor::a]")
_PROSE_SENTENCE = re.compile(r"[\u4e00-\u9fff][^。！？]*[。！？]")


def _all_linked(el: etree._Element) -> bool:
    """True when every character of ``el``'s text sits in its links (a paragraph that is one
    linked headline, bold or not)."""
    text = "".join(text_content(el).split())
    return bool(text) and "".join("".join(text_content(a).split())
                                  for a in el.iter("a")) == text


def prose_in_link_list(
    body: etree._Element, link_lists: set[etree._Element],
) -> tuple[etree._Element, set[etree._Element]] | None:
    """A block counted as a list of links inside ``body`` that opens with prose: a text of
    one sentence (a flash) whose own block carries links to other stories in paragraphs of
    their own, more link text than prose, was taken for a related list and printed nothing
    of the body. Returns the block and what it prints apart from the text (left out): its
    paragraphs made only of links, and what follows its last paragraph of prose; None
    when no such block. Asked only when the body printed no sentence: a related list opens
    with its links, a teaser's summary comes after its linked headline."""
    for block in body.iter():
        if block is body or block not in link_lists or _FIRST_TEXT_LINKED(block):
            continue
        kids = [kid for kid in block if isinstance(kid.tag, str)]
        prose = [index for index, kid in enumerate(kids)
                 if kid.tag in ("p", "div") and next(kid.iter("a"), None) is None
                 and _PROSE_SENTENCE.search(text_content(kid))]
        if not prose:
            continue
        # After its last paragraph of prose: the links, a like button, the tags.
        return block, {kid for kid in kids if _all_linked(kid)} | set(kids[prose[-1] + 1:]) | {
            el for el in link_lists if block in el.iterancestors()}
    return None
_LINKED_ITEMS = 3


def link_headed(el: etree._Element) -> bool:
    """True when ``el`` is a list of items that each open with a link (a related list: a
    linked headline over its summary, whole sentences or not): three or more such items,
    holding two thirds of its text. An article's paragraphs open with their words."""
    items = list(el.iter("li")) or [c for c in el if isinstance(c.tag, str)]
    linked = linked_han = 0
    for item in items:
        if _FIRST_TEXT_LINKED(item):
            linked += 1
            linked_han += han_count(_STRING(item))
    return linked >= _LINKED_ITEMS and 3 * linked_han >= 2 * han_count(_STRING(el))


def class_blind_body(
    root: etree._Element, negative: list[etree._Element], styled: set[etree._Element],
    body: etree._Element | None, link_lists: set[etree._Element],
    counts: TreeCounts | None = None,
) -> tuple[list[etree._Element], etree._Element, set[etree._Element]] | None:
    """The body found when class words are not believed, if it holds text they threw away.

    A block is set aside for a widget's word in its class or id (``share``, ``comment``,
    ``footer``…), yet a template may give that word to the article's own container or to a
    wrapper around it: then the text is gone and a sidebar's line, or nothing, is the body.
    Asked only when a set-aside block holds more prose than ``body`` gives text (outside
    links, ``link_lists`` and set-aside blocks): the body is chosen again with only hidden
    blocks and small forms out; when that body lies inside set-aside blocks, is neither
    readers' comments (stamped reply lines) nor a list of linked items, and gives twice the
    text (or, wrapping ``body``, outweighs it), the blocks around it and those inside it
    holding most of its text are not set aside (other widgets inside it still are). Returns
    the new (negative blocks, body, link lists), or None to keep what was found. ``counts``:
    the tree's :class:`TreeCounts`, kept from the first search."""
    gone = descendants([*negative, *link_lists])
    floor = 0 if body is None else text_han(body, gone)
    out = [el for el in negative if el in styled or (el.tag == "form" and not has_prose(el))]
    unseen = descendants(out)
    enough = han_at_least if counts is None else counts.han_at_least
    if not any(el not in unseen and enough(el, floor + 1)
               and text_han(el, unseen, prose=True) > floor for el in negative):
        return None
    blind, blind_lists = best_body(root, unseen, counts=counts)
    if weak_body(blind) or comment_list(blind) or link_headed(blind):
        return None
    han = text_han(blind, unseen | descendants(list(blind_lists)))
    if body is not None and (han < 2 * floor or (blind in body.iterancestors()
                             and not outweighs(blind, body))):
        return None  # the body gives as much text, or the new one only wraps it
    # The set-aside blocks that stood in its way: those around it, and those inside it
    # holding most of its text or the most of its prose (the text's own container under a
    # wrapper).
    around = {blind, *blind.iterancestors()}
    inside = [el for el in negative if el not in unseen and blind in el.iterancestors()]
    back = [el for el in negative if el in around or (el in inside and 2 * text_han(
        el, unseen) >= han)]
    back += [el for el in _text_holders(inside, unseen) if el not in back]
    if not back or comments_classed(back, blind):
        return None  # no class word stood in its way, or readers' comments classed so
    kept = [el for el in negative if el not in back]
    retry, retry_lists = best_body(root, descendants(kept), counts=counts)
    if weak_body(retry):
        return None
    return kept, retry, retry_lists


def _text_holders(inside: list[etree._Element],
                  unseen: set[etree._Element]) -> list[etree._Element]:
    """Of the set-aside blocks ``inside`` a body found without believing class words, the
    one holding the most prose (the first of equals: the outermost) of those holding running
    text that are neither a list of linked items, readers' comments (by their lines or their
    own class or id) nor the site's statement,
    with the set-aside blocks inside it holding half its prose: the text's own container
    and its wrappers, classed with a widget's word (``share-box``, ``caption``) inside a
    wrapper that also holds the headline, the info line and the site's promotion lines. A
    wrapper's other prose (a promotion, a statement) may outweigh a short text, so the
    text's block need not hold half of the body."""
    prose = {el: text_han(el, unseen, prose=True) for el in inside}
    ranked = sorted((el for el in inside if prose[el]), key=prose.get, reverse=True)  # stable
    top = next((el for el in ranked if has_prose(el) and not link_headed(el)
                and not classed_as_comments(el) and not comment_list(el)
                and not _site_statement(el)), None)
    if top is None:
        return []
    most = prose[top]
    return [el for el in inside if el is top
            or (top in el.iterancestors() and 2 * prose[el] >= most)]


# Field names of a government information-disclosure table (索引号 | 发布机构 | 成文日期…),
# each the whole text of its cell.
_INFO_FIELD = re.compile(
    r"(?:索引号|索取号|信息索引|主题分类|信息分类|体裁分类|组配分类|发文机关|发文机构|发布机构|"
    r"成文日期|发文日期|发布日期|发布时间|生成日期|文号|发文字号|信息名称|公开方式|公开范围|"
    r"公开时限|有效性|主题词|备注|信息类别|内容概述)\s*[:：]?"
)


def _named_cell(cell: etree._Element) -> str | None:
    """The field name opening ``cell`` in an element of its own, its value after it
    (``<td><b>发文机关:</b> 某某局</td>``; the name spaced out to one width, ``索  引  号:``);
    None when the cell opens otherwise."""
    if (cell.text or "").strip():
        return None
    label = next((child for child in cell if isinstance(child.tag, str)), None)
    if label is None:
        return None
    name = "".join((short_text(label, 40) or "").split())
    if not name.endswith((":", "：")) or not _INFO_FIELD.fullmatch(name):
        return None
    return name.rstrip(":：")


def _info_tables(body: etree._Element) -> set[etree._Element]:
    """Disclosure tables printed inside the body's container (``索取号 | 发布机构 | 备注``
    over a row of values): the document's record card, not its text. A table is one when
    three or more of its cells are such field names, alone or opening the cell in an element
    of their own before its value; it is still read for the date."""
    found = set()
    for table in body.iter("table"):
        if table is body or han_at_least(table, 300):
            continue  # a record card is short; a long table is the document itself
        fields = set()
        for cell in table.iter("td", "th"):
            text = collapse_spaces(short_text(cell, 200) or "")  # stops early in a layout cell
            if text and _INFO_FIELD.fullmatch(text):
                fields.add(text.rstrip(":：").strip())
            elif text and (name := _named_cell(cell)):
                fields.add(name)
        if len(fields) >= 3:
            found.add(table)
    # The same card written as a list (a mobile layout's copy of the table): items that
    # each open with a field name in an element of its own (``<li><span>发文机关：</span>
    # <span>…</span></li>``, ``<dt>成文日期：</dt><dd>…</dd>``).
    for card in body.iter("ul", "ol", "dl"):
        if card is body or han_at_least(card, 300):
            continue
        fields = set()
        for item in card:
            if item.tag not in ("li", "dt"):
                continue
            label = item if item.tag == "dt" else next(
                (child for child in item if isinstance(child.tag, str)), None)
            text = collapse_spaces(short_text(label, 40) or "") if label is not None else ""
            if text and _INFO_FIELD.fullmatch(text):
                fields.add(text.rstrip(":：").strip())
        if len(fields) >= 3:
            found.add(card)
    return found


# How far past the headline the text it heads is looked for: blocks with Chinese text (the
# date line, a byline, a tools bar may stand between), and levels climbed.
_UNDER_HEADLINE_BLOCKS = 4
_UNDER_HEADLINE_LEVELS = 4
_INFO_LINE_HAN = 60


def _text_under(anchor: etree._Element, hidden: set[etree._Element]) -> etree._Element | None:
    """The first block of running text after the headline ``anchor``, past short lines (its
    date and info lines): None when a heading, a long block of another kind or nothing comes
    first."""
    node = anchor
    seen = 0
    for _ in range(_UNDER_HEADLINE_LEVELS):
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str) or sibling in hidden:
                continue
            text = short_text(sibling, 1500)
            if not text or not han_count(text):
                continue
            if sibling.tag in _HEADING_TAGS:
                return None
            if has_prose(sibling) or _running_text(sibling):
                found = sibling
                for el in sibling.iter(*_HEADING_TAGS):
                    return None if el is not sibling else found
                return found
            seen += 1
            if seen >= _UNDER_HEADLINE_BLOCKS or han_count(text) > _INFO_LINE_HAN:
                return None
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return None
    return None


def _own_heading(body: etree._Element, anchor: etree._Element) -> bool:
    """True when a heading (``<h1>``–``<h6>``) other than ``anchor`` stands right over
    ``body``: among the blocks before it, in its parent or a wrapper's, before any text."""
    node = body
    for _ in range(_UNDER_HEADLINE_LEVELS):
        for sibling in node.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            if sibling is anchor or anchor in sibling.iterdescendants():
                return False
            if sibling.tag in HEADINGS_SET:
                line = collapse_spaces(short_text(sibling, 200) or "").strip()
                return han_count(line) >= _HEADING_MIN and not _SECTION_HEADING.match(line) \
                    and not line.endswith(("：", ":"))
            text = short_text(sibling, 1500)
            if text and (has_prose(sibling) or han_count(text) > _INFO_LINE_HAN):
                return False
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return False
    return False


HEADINGS_SET = {"h1", "h2", "h3", "h4", "h5", "h6"}
_HEADING_MIN = 6
# A section's heading of the text itself (一、…, （二）…, 3. …, 第二部分 …), not another story's.
_SECTION_HEADING = re.compile(
    r"[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）]|"
    r"\d+\s*[、.．]|第[一二三四五六七八九十\d]+[章节部分篇]")
# The page's own story must hold this share of the other one's text at least (a standfirst
# over the text is no story of its own).
_OWN_SHARE = 0.25


def body_under_headline(
    root: etree._Element, anchor: etree._Element | None, body: etree._Element | None,
    hidden: set[etree._Element], counts: TreeCounts | None = None,
) -> tuple[etree._Element, set[etree._Element]] | None:
    """Another story's text chosen over the page's own: the page's headline (``anchor``,
    the heading that matches its ``<title>``) stands over a block of running text that is
    not in ``body``, and ``body`` stands under a heading of its own (a second story printed
    on the page, longer than the first). Then the best block without ``body`` is the text,
    when it holds the block under the headline and not the headline's heading again.
    Returns (body, link lists), or None to keep ``body``."""
    if anchor is None or body is None or anchor is body or anchor in body.iterancestors() \
            or body in anchor.iterancestors():
        return None
    under = _text_under(anchor, hidden)
    if under is None or under is body or body in under.iterancestors() \
            or under in body.iterancestors():
        return None
    if not _own_heading(body, anchor):
        return None
    retry, retry_lists = best_body(root, hidden | set(body.iter()), counts=counts)
    if retry is None or weak_body(retry) or not (retry is under or retry in under.iterancestors()
                                                 or under in retry.iterancestors()):
        return None
    if retry in body.iterancestors() or sentence_count(retry) < 2:
        return None
    if text_han(retry, hidden) < _OWN_SHARE * text_han(body, hidden):
        return None
    return retry, retry_lists
