"""A chosen block's text as paragraphs: split at block tags and ``<br>``, with tables of
short fields read one row to a line.

The extractor first decides which block is the article (``pipelines.articlebody``); this
module only reads the text out of it, the same way for every page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lxml import etree

from pipelines.textedges import promotion_line
from pipelines.treetext import classes_of, collapse_spaces, han_count, short_text

# Tags that end a paragraph: text before and after one of them is never one line.
BLOCK_TAGS = {"p", "div", "section", "article", "li", "h1", "h2", "h3", "h4", "h5", "h6",
              "blockquote", "td", "tr", "table", "ul", "ol", "dl", "dd", "dt", "pre", "center",
              "figure", "header", "main"}

_ENTER, _TAIL, _LEAVE = 0, 1, 2


def _pieces(
    root: etree._Element, skip: set[etree._Element] | frozenset, grids: bool
) -> Iterator[tuple[str, etree._Element | None, etree._Element, bool] | list[str] | None]:
    """The text under ``root`` in document order, as the pieces its lines are joined from:
    each text or tail with the ``<a>`` it is read in (None outside links; a tail is read
    in the link its element's parent is in), its element and whether it is that element's
    tail; None where a line ends (a block tag's start and end, ``<br>``, a block in
    ``skip``, left out); with ``grids``, a table of short fields under ``root`` as the list
    of its rows' lines (:func:`grid_rows`). Shared by :func:`paragraphs_of` and
    :func:`_body_lines`, so both cut lines at the same places."""
    # Walked with a stack of its own, not recursion: a page of thousands of nested, unclosed
    # tags (<font> after <font>) is as deep as it is long.
    stack: list[tuple[int, etree._Element, etree._Element | None]] = [(_ENTER, root, None)]
    while stack:
        action, node, link = stack.pop()
        if action == _TAIL:
            if node.tail:
                yield node.tail, link, node, True
            continue
        if action == _LEAVE:
            yield None  # the end of a block
            continue
        tag = node.tag if isinstance(node.tag, str) else ""
        if node in skip and node is not root:
            yield None
            continue
        block = tag in BLOCK_TAGS
        if block or tag == "br":
            yield None
        if grids and tag == "table" and node is not root:
            rows = grid_rows(node)
            if rows is not None:
                yield rows
                continue
        own = node if tag == "a" else link
        if tag != "br" and node.text:
            yield node.text, own, node, False
        if block:
            stack.append((_LEAVE, node, link))
        for child in reversed(node):
            stack.append((_TAIL, child, link))
            stack.append((_ENTER, child, own))


def paragraphs_of(
    el: etree._Element, skip: set[etree._Element] | frozenset = frozenset()
) -> list[str]:
    """Text of a body element split into paragraphs at block tags and ``<br>``; blocks in
    ``skip`` (lists of links inside the article's cell) are left out. A table of short
    fields (a name list: 姓名 | 单位 | 职称) gives one line per row, its cells separated by
    ``｜``: a rank printed in every row is a column of the table, not a repeated paragraph."""
    parts: list[str] = []
    buf: list[str] = []
    for piece in _pieces(el, skip, True):
        if piece.__class__ is tuple:
            buf.append(piece[0])
        elif piece is None:
            line = "".join(buf).strip()
            if line:
                parts.append(line)
            buf.clear()
        else:  # a grid's rows
            parts.extend(piece)
    line = "".join(buf).strip()
    if line:
        parts.append(line)
    return [collapse_spaces(p) for p in parts if p.strip()]


# A table is a grid of fields when every cell is at most this long.
_FIELD_MAX = 40
CELL_SEPARATOR = "｜"
_STRING = etree.XPath("string()")


def grid_rows(table: etree._Element) -> list[str] | None:
    """The rows of a table of short fields, each one line with its cells separated by
    ``｜``; None for a table holding text (a cell longer than a field, a nested table) or
    too few rows of several cells to be a grid."""
    if table.find(".//table") is not None:
        return None  # a layout table: its inner tables are judged on their own
    rows: list[str] = []
    wide = 0
    for row in table.iter("tr"):
        cells = []
        for cell in row:
            if cell.tag != "td" and cell.tag != "th":
                continue
            raw = _STRING(cell)  # libxml2 joins the cell's text
            if len(raw) > 4 * _FIELD_MAX:
                return None
            text = collapse_spaces(raw)
            if len(text) > _FIELD_MAX:
                return None
            if text:
                cells.append(text)
        wide += len(cells) >= 2
        if cells:
            # A label cell ("来源：" | "某某局") reads on into its value.
            rows.append("".join(cell if k == 0 or cells[k - 1].endswith((":", "："))
                                else CELL_SEPARATOR + cell for k, cell in enumerate(cells)))
    return rows if wide >= 2 else None


_CENTRED_STYLE = re.compile(r"text-align\s*:\s*center", re.I)
_PICTURE_TEXT_MAX = 400  # characters: a caption or a portrait's profile, not a text
# The body holds text of its own besides its picture blocks: more than theirs, 80 at least.
_REST_MIN = 80


# A block classed as a photo box (``photo_right``, ``pic-box``, ``figure``): a picture block
# however it is aligned.
_PHOTO = re.compile(r"(?:^|[\s_-])(?:photo|picture|pic|img|image|figure)(?:$|[\s_-])", re.I)


# A class naming centred text (``f_center``, ``text-center``, ``aligncenter``, ``centered``).
_CENTRED_CLASS = re.compile(r"(?:^|[\s_-])(?:align|text|txt)?cent(?:er|re)(?:ed)?(?:$|[\s_-])",
                            re.I)


def _centred(el: etree._Element) -> bool:
    """True when ``el`` is set centred: ``<center>``, ``align=center``, a centring style or
    class, or one centred child holding all its words (``<div><span style="display:block;
    text-align:center">…</span></div>``)."""
    if _centred_itself(el):
        return True
    children = [child for child in el if isinstance(child.tag, str)]
    return len(children) == 1 and _centred_itself(children[0]) \
        and not (el.text or "").strip() and not (children[0].tail or "").strip()


def _centred_itself(el: etree._Element) -> bool:
    return el.tag == "center" or (el.get("align") or "").lower() == "center" \
        or bool(_CENTRED_STYLE.search(el.get("style") or "")) \
        or bool(_CENTRED_CLASS.search(el.get("class") or ""))


def _linked_picture(el: etree._Element) -> bool:
    """True when all the text of ``el`` sits inside links that hold a picture (a photo linked
    to its large copy, its caption inside the link: ``<a href=large.jpg><img><span>caption
    </span></a>``): a picture box, whatever its class or alignment."""
    found = False
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        texts = [node.text] + [child.tail for child in node if child.tail]
        if not any(t and han_count(t) for t in texts):
            continue
        link = node if node.tag == "a" else next(node.iterancestors("a"), None)
        if link is None or (el not in link.iterancestors() and link is not el) \
                or link.find(".//img") is None:
            return False
        found = True
    return found


_CAPTION_BLOCK_MAX = 150  # characters: a picture's caption set apart, a sentence or two
_CAPTION_BLOCKS = ("div", "p", "center")


def _filled(el: etree._Element) -> bool:
    """True when ``el`` prints a word or a picture (not a spacer: ``<div>&nbsp;</div>``,
    ``<br>``)."""
    return el.tag == "img" or el.find(".//img") is not None or bool(
        "".join(el.itertext()).strip())


def _picture_only(el: etree._Element, pictured: set[etree._Element]) -> bool:
    """True when ``el`` is a picture with no word of its own: an ``<img>``, or a block
    holding one and no Chinese character."""
    return el.tag == "img" or (el in pictured and not han_count("".join(el.itertext())))


def _caption_blocks(body: etree._Element, pictured: set[etree._Element]
                    ) -> list[etree._Element]:
    """Centred blocks of short text set right under a picture-only block (``<div
    align=center><img></div><div align=center>caption</div>``, an old editor's way of
    captioning: the picture and its caption as two blocks), when the text beside them is
    not centred: the pictures' captions, however they are worded (a caption may be a full
    sentence or two). A text centred throughout (a poem, an account's post) has none. Each
    block is taken with the wrappers holding nothing else (an editor's ``<section>`` around
    every block): their neighbours are its neighbours."""
    candidates: dict[etree._Element, etree._Element] = {}  # caption block -> its outer wrapper
    set_apart: dict[etree._Element, Callable[[etree._Element], bool]] = {}  # how it is
    for el in body.iter(*_CAPTION_BLOCKS):
        if el is body or el in pictured:
            continue
        if _centred(el):
            kind = _centred
        elif _muted(el):
            kind = _muted
        else:
            continue
        text = short_text(el, _CAPTION_BLOCK_MAX)
        if not text or not han_count(text):
            continue
        outer = _outer(el, body)
        prev = next((sib for sib in outer.itersiblings(preceding=True)
                     if isinstance(sib.tag, str) and _filled(sib)), None)
        if prev is not None and _picture_only(prev, pictured) \
                and not (prev.tail or "").strip() and not _tail_before(outer):
            candidates[el] = outer
            set_apart[el] = kind
    if not candidates:
        return []
    chosen = set(candidates.values())

    def beside(el: etree._Element, preceding: bool) -> etree._Element | None:
        """The first sibling printing words that is neither a caption nor a picture."""
        return next((sib for sib in el.itersiblings(preceding=preceding)
                     if isinstance(sib.tag, str) and sib not in chosen
                     and not _picture_only(sib, pictured) and _filled(sib)), None)

    kept = []
    for el, outer in candidates.items():
        text = beside(outer, False)
        if text is None:
            text = beside(outer, True)
        if text is not None and not set_apart[el](text):
            kept.append(el)
    return kept


# A caption's ink: a mid or light grey (``#808080``, ``#999``, ``rgb(136, 136, 136)``,
# ``gray``), as old editors and WeChat's set a picture's line; black-ish text colours
# (``#333``) and coloured emphasis (red, blue) are not it.
_GREY_NAMES = {"gray", "grey", "darkgray", "darkgrey", "dimgray", "dimgrey", "silver"}
_COLOUR_STYLE = re.compile(r"(?:^|[;\s])color\s*:\s*([^;]+)", re.I)
_IMPORTANT = re.compile(r"\s*!\s*important$")
_HEX = re.compile(r"#([0-9a-f]{3}|[0-9a-f]{6})$", re.I)
_RGB = re.compile(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)", re.I)
# Small print: ``<font size=1|2|-1|-2>``, ``font-size`` of 12 px (9 pt) or less, or a
# keyword below the text's size.
_SMALL_STYLE = re.compile(r"font-size\s*:\s*(?:(\d+(?:\.\d+)?)\s*(px|pt)|(x{0,2}-small|smaller))",
                          re.I)


def _grey(value: str) -> bool:
    """True when a CSS or ``<font color>`` value is a mid or light grey (each channel
    within 0x18 of the others, their mean 0x66–0xCC)."""
    value = _IMPORTANT.sub("", value.strip().lower())
    if value in _GREY_NAMES:
        return True
    if (match := _HEX.match(value)) is not None:
        digits = match.group(1)
        if len(digits) == 3:
            digits = "".join(d * 2 for d in digits)
        channels = [int(digits[k:k + 2], 16) for k in (0, 2, 4)]
    elif (match := _RGB.match(value)) is not None:
        channels = [int(c) for c in match.groups()]
    else:
        return False
    return max(channels) - min(channels) <= 0x18 and 0x66 <= sum(channels) / 3 <= 0xCC


def _muted_itself(el: etree._Element) -> bool:
    """True when ``el`` sets its words in grey or in small print (its own ``color``/``size``
    attribute or style)."""
    if el.tag == "font":
        if _grey(el.get("color") or ""):
            return True
        if (el.get("size") or "").strip() in ("1", "2", "-1", "-2"):
            return True
    style = el.get("style")
    if not style:
        return False
    if (match := _COLOUR_STYLE.search(style)) is not None and _grey(match.group(1)):
        return True
    if (match := _SMALL_STYLE.search(style)) is not None:
        if match.group(3):
            return True
        size = float(match.group(1))
        return size <= (12 if match.group(2).lower() == "px" else 9)
    return False


def _muted(el: etree._Element) -> bool:
    """True when every Chinese word of ``el`` is set in grey or small print by ``el`` or an
    element inside it (``<p><font color=#808080>caption</font></p>``): a picture's line
    printed apart from the text by its ink, not by centring. Only what ``el`` sets itself
    counts: a colour the whole text inherits from its container marks no line."""
    found = False
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        for text, holder in ((node.text, node), (node.tail, node.getparent())):
            if holder is None or (node is el and holder is not el) or not text \
                    or not han_count(text):
                continue
            if not any(_muted_itself(up) for up in _up_to(holder, el)):
                return False
            found = True
    return found


def _up_to(node: etree._Element, top: etree._Element) -> Iterator[etree._Element]:
    """``node`` and its ancestors up to ``top`` (included)."""
    while node is not None:
        yield node
        if node is top:
            return
        node = node.getparent()


def _outer(el: etree._Element, body: etree._Element) -> etree._Element:
    """``el`` or the highest wrapper below ``body`` holding nothing but it (no words of its
    own, no other child printing words or a picture)."""
    while True:
        parent = el.getparent()
        if parent is None or parent is body or (parent.text or "").strip() \
                or (el.tail or "").strip() or any(
                    child is not el and isinstance(child.tag, str) and _filled(child)
                    for child in parent):
            return el
        el = parent


def _tail_before(el: etree._Element) -> bool:
    """True when words stand loose between ``el`` and the element before it."""
    prev = el.getprevious()
    return prev is not None and bool((prev.tail or "").strip())


def edge_pictures(body: etree._Element) -> set[etree._Element]:
    """Centred blocks holding a picture and a short text (its caption, a portrait's
    profile: ``某某 1943年生于…``) printed before the body's first other text or after its
    last: the pictures' lines, not the article's first or last sentence. Only when the body
    holds more text of its own; a centred block of long text is text. A picture in a table
    of its own, or in a block classed as a photo box, counts however it is aligned."""
    # The blocks holding a picture, found from the pictures up (asking each block of a long
    # body for its centring and then for an ``<img>`` below it cost 15 ms on a 3,000-block page).
    pictured: set[etree._Element] = set()
    for img in body.iter("img"):
        for up in img.iterancestors():
            if up in pictured:
                break
            pictured.add(up)
            if up is body:
                break
    found: list[etree._Element] = []
    for el in body.iter("div", "p", "center", "td", "span", "table"):
        # A picture set in its own table (its caption in the row under it) is a picture
        # block however it is aligned: a table is not how a paragraph is written.
        if el is body or el not in pictured \
                or not (el.tag == "table" or _centred(el) or _PHOTO.search(classes_of(el))
                        or _linked_picture(el) or _described_picture(el)) \
                or any(up in found for up in el.iterancestors()):
            continue
        if short_text(el, _PICTURE_TEXT_MAX) is not None:
            found.append(el)
    if pictured:
        found.extend(el for el in _caption_blocks(body, pictured) if not any(
            up in found for up in el.iterancestors()))
    if not found:
        return set()
    block_of = {node: el for el in found for node in el.iter()}
    pieces: list[tuple[etree._Element | None, int]] = []  # (picture block or None, Han)
    for node in body.iter():
        if not isinstance(node.tag, str):
            continue
        count = han_count(node.text or "")
        if count:
            pieces.append((block_of.get(node), count))
        if node is not body and node.tail:
            count = han_count(node.tail)
            if count:
                pieces.append((block_of.get(node.getparent()), count))
    plain = [k for k, (block, _) in enumerate(pieces) if block is None]
    rest = sum(pieces[k][1] for k in plain)
    if rest < _REST_MIN or rest <= sum(count for _, count in pieces) - rest:
        return set()
    edge = set()
    for el in found:
        at = [k for k, (block, _) in enumerate(pieces) if block is el]
        if at and (at[-1] < plain[0] or at[0] > plain[-1]):
            edge.add(el)
    return edge


# A picture's description repeated as its caption: this many characters at least, and the
# caption's words this share of the description's at least.
_DESCRIBED_MIN = 8
_DESCRIBED_SHARE = 0.8
_SPACES = re.compile(r"\s+")


def _described_picture(el: etree._Element) -> bool:
    """True when ``el``'s words are the description (``alt`` or ``title``) of a picture it
    holds, printed again under it: the caption of the picture, however the block is aligned
    or classed (a portal's ``<img alt="…"><span>…</span>``, its caption's class gone)."""
    text = short_text(el, _PICTURE_TEXT_MAX)
    if not text or han_count(text) < _DESCRIBED_MIN:
        return False
    words = _SPACES.sub("", text)
    for img in el.iter("img"):
        for name in ("alt", "title"):
            said = _SPACES.sub("", img.get(name) or "")
            if han_count(said) >= _DESCRIBED_MIN and (
                    (said in words and len(said) >= _DESCRIBED_SHARE * len(words))
                    or (words in said and len(words) >= _DESCRIBED_SHARE * len(said))):
                return True
    return False


_STOP = re.compile(r"[。！？]")
# A heading over the links: a few characters, no sentence. The text before the links: a
# sentence or more, at least half as long as what they hold.
_LINKS_HEADING = 10
_TEXT_MIN = 40


def linked_tail(body: etree._Element) -> set[etree._Element]:
    """The blocks after the body's last text outside links, when all their words are
    links (a related list of ``<p><a>…</a></p>``, the documents' links under a notice, a
    ``原文链接`` line): the page's pointers elsewhere, not the article's last sentence. Only
    when the text before them holds a sentence and outweighs them, and nothing after that
    text closes a sentence (``详见<a>附件</a>。`` is the sentence's end). Returned: the
    highest blocks (or links after a line break) whose every piece of text comes after
    that last text (a link's date beside it goes too)."""
    # Text pieces in document order: (text, inside a link); their Chinese characters are
    # counted only where the tests below look (a long body is not counted whole).
    pieces: list[tuple[str, bool]] = []
    first: dict[etree._Element, int] = {}  # each element's first piece
    linked: set[etree._Element] = set()
    for node in body.iter():
        if not isinstance(node.tag, str):
            continue
        parent = node.getparent()
        if node.tag == "a" or (node is not body and parent in linked):
            linked.add(node)
        first[node] = len(pieces)
        if node.text and node.text.strip():
            pieces.append((node.text, node in linked))
        if node is not body and node.tail and node.tail.strip():
            pieces.append((node.tail, parent in linked))
    own = _last_own_pieces(pieces)
    if not own or own[-1] == len(pieces) - 1:
        return set()
    last = own[-1]
    if len(own) > 1 and han_count(pieces[last][0]) <= _LINKS_HEADING \
            and not _STOP.search(pieces[last][0]) \
            and _STOP.search(pieces[own[-2]][0].rstrip()[-2:]):
        last = own[-2]  # the list's heading (【看点】, 附件：) under the last sentence
    after = pieces[last + 1:]
    tail = sum(han_count(piece) for piece, _ in after)
    if not tail or any(not is_link and _STOP.search(piece) for piece, is_link in after):
        return set()
    if not _outweighs(pieces[:last + 1], tail):
        return set()
    found: set[etree._Element] = set()
    covered: set[etree._Element] = set()
    for node in body.iter():
        if node is body or node in covered or not isinstance(node.tag, str) \
                or first[node] <= last or first[node] == len(pieces):
            continue
        if node.tag not in BLOCK_TAGS:
            before = node.getprevious()
            if before is None:
                opens_line = node.getparent() is body and not (body.text or "").strip()
            else:
                opens_line = (before.tag in BLOCK_TAGS or before.tag == "br") \
                    and not (before.tail or "").strip()
            if not opens_line:
                continue  # a link inside a line of text: not a line of its own
        found.add(node)
        covered.update(node.iter())
    return found


# A closing note set apart from the text by a rule (``<hr>``): at most this many Chinese
# characters, the text above the rule at least this many times as long.
_RULED_MAX = 400
_RULED_RATIO = 3
# The texts nearest before the rule (a reverse axis counts back from it).
_PRECEDING_TEXTS = etree.XPath("preceding::text()[normalize-space()][position() <= 12]")
# Short lines between the text's last sentence and the rule (a pager's ``上一页 1 2 3``,
# ``第1页 共3页``, a site's follow and contribution lines): each at most this many Chinese
# characters, and all of them together at most the second figure.
_LINE_BEFORE_RULE = 24
_LINES_BEFORE_RULE = 60
# What marks a block under the rule as a note and not a section of the text: an address
# (https://…, www.…, an e-mail), or a note's mark opening it ([1], ①, 注：, *).
_ADDRESS = re.compile(r"https?://|www\.|[\w.+-]+(?:@|＠|#)[\w-]+\.[\w.-]+")
_NOTE_MARK = re.compile(r"\s*(?:[\[【［(（]\d{1,2}[\]】］)）]|[①-⑳]|\*|注\s*\d{0,2}\s*[:：])")
_EMPHASIS = {"b", "strong"}
# A paragraph of running text under the note: this many Chinese characters or more, closing
# a sentence (the page's own lines there, 责任编辑 or a share bar, close none).
_RUNNING_MIN = 10


def _note_block(el: etree._Element) -> bool:
    """True when ``el`` (a block under the text's last rule, holding text) reads as a note
    set apart: its words all in bold, a link or an address in it, or a note's mark opening
    it. A section of running text under a rule is none of these."""
    text = " ".join(el.itertext())
    if el.tag in _EMPHASIS or _NOTE_MARK.match(text) or _ADDRESS.search(text):
        return True
    if any(a.get("href") and "".join(a.itertext()).strip() for a in el.iter("a")):
        return True
    bold = "".join("".join(b.itertext()) for b in el.iter(*_EMPHASIS)
                   if not any(up.tag in _EMPHASIS for up in b.iterancestors()))
    return han_count(bold) == han_count(text)


def ruled_tail(body: etree._Element) -> set[etree._Element]:
    """The blocks after the body's last horizontal rule (``<hr>``) when they are a short
    note the page sets apart under the text (an event's promotion in bold after the
    author's profile, a call for contributions with its address, the notes to the text):
    at most :data:`_RULED_MAX` Chinese characters, the first block holding text a note by
    :func:`_note_block` (what follows it, the page's lines, goes with it), the text above
    the rule :data:`_RULED_RATIO` times as long or more and closing a sentence right before
    the rule. Words glued after a link or a picture under the rule (another story's teaser,
    ``【<a>headline</a>】excerpt…``) after the note's first block are read with it: the
    caller drops those elements' tails too. A rule with text glued after it, after the first
    piece under it or after a block or a ``<br>`` under it (no block to set aside), a long
    section after it or a section of plain running text after it changes nothing.
    Returned: the elements after the rule, up to the body's end."""
    rule = None
    for found_rule in body.iter("hr"):
        rule = found_rule
    if rule is None or (rule.tail or "").strip():
        return set()
    found: set[etree._Element] = set()
    after = 0
    node = rule
    while node is not body:
        for sibling in node.itersiblings():
            glued = (sibling.tail or "").strip()
            if glued and (not after or sibling.tag in BLOCK_TAGS or sibling.tag == "br"):
                return set()  # text between the blocks: not a block of its own
            found.add(sibling)
            text = " ".join(sibling.itertext())
            if glued:  # a link or a picture with words glued after it: read as one
                text += " " + glued
            size = han_count(text)
            if size and not _note_block(sibling) and (
                    not after or (size >= _RUNNING_MIN and _CLOSED.search(text.strip()))):
                return set()  # the text's words under the rule, first or after the note
            after += size
            if after > _RULED_MAX:
                return set()
        node = node.getparent()
        if node is None:
            return set()
    if not after:
        return set()
    before = _sentence_before(rule)
    if before is None:
        return set()
    holder = before.getparent()
    if holder is None or (holder is not body and body not in holder.iterancestors()):
        return set()
    if han_count(" ".join(body.itertext())) - after < _RULED_RATIO * after:
        return set()
    return found


def _sentence_before(rule: etree._Element) -> etree._Element | None:
    """The text node closing the sentence last printed before ``rule``: the nearest text,
    or the one before short unclosed lines set between them (a pager, the site's follow
    lines, at most :data:`_LINE_BEFORE_RULE` Chinese characters each and
    :data:`_LINES_BEFORE_RULE` in all); None when a longer line without a sentence's end
    comes first. The rule sets a note apart from a text that has ended, whatever the page
    prints between them."""
    skipped = 0
    for text in reversed(_PRECEDING_TEXTS(rule)):  # returned in document order
        if _CLOSED.search(text.strip()):
            return text
        size = han_count(text)
        skipped += size
        if size > _LINE_BEFORE_RULE or skipped > _LINES_BEFORE_RULE:
            return None
    return None


def _last_own_pieces(pieces: list[tuple[str, bool]]) -> list[int]:
    """The indices of the last two pieces (fewer if there are fewer) outside links that
    hold a Chinese character, in document order."""
    own: list[int] = []
    for k in range(len(pieces) - 1, -1, -1):
        piece, is_link = pieces[k]
        if not is_link and han_count(piece):
            own.insert(0, k)
            if len(own) == 2:
                break
    return own


def _outweighs(before: list[tuple[str, bool]], tail: int) -> bool:
    """True when the text outside links in ``before`` holds a sentence's end and at least
    :data:`_TEXT_MIN` Chinese characters, and half as many as the ``tail`` of links.
    Read from the end, where the last sentences are, and only as far as needed."""
    text = 0
    stop = False
    for piece, is_link in reversed(before):
        if is_link:
            continue
        stop = stop or _STOP.search(piece) is not None
        if text < _TEXT_MIN or 2 * text < tail:
            text += han_count(piece)
        if stop and text >= _TEXT_MIN and 2 * text >= tail:
            return True
    return False


# Another story's headline printed as a paragraph of its own under the text: its words all
# in one link to that story, a headline's length, no sentence's end.
_EXCERPT_HEADLINE_MIN = 6
_EXCERPT_HEADLINE_MAX = 60
_EXCERPTS_MIN = 2
_EXCERPT_TEXT_MIN = 100  # Chinese characters of the text above the excerpts


_EXCERPT_LINES_MAX = 4  # lines of an item under its linked headline (excerpt, date, source)
_EXCERPT_ITEM_MAX = 300  # Chinese characters of those lines
_CREDIT_LINES_MAX = 3  # short lines (来源, 责任编辑) between the text and the items
_CREDIT_LINE_MAX = 30
_LABEL_MAX = 10  # a label over the items (相关阅读): a few characters, no sentence
# A label that names the items as other stories: with it, the text above need not outweigh
# them (a short report over a long 相关阅读 list), only hold a sentence.
_RELATED_LABEL = re.compile(
    r"[\[【［]?\s*(?:相关|相關|延伸|推荐|推薦|热门|熱門|热点|熱點|更多|往期|猜你喜欢|猜你喜歡)"
    r"(?:阅读|閱讀|新闻|新聞|报道|報道|報導|文章|链接|鏈接|連結|推荐|推薦|内容|內容|回顾|回顧)?"
    r"\s*[\]】］]?\s*[:：]?")
_LABELLED_TEXT_MIN = 40
_CUT_OFF = re.compile(r"(?:…|\.\.\.|。)[”’」』）)]?$")
# Marks a headline line may print after its link's words, outside the link.
_MARK_AFTER = re.compile(r"\s*[?!]{1,2}")
# A line that closes a sentence, maybe with a note in brackets after it (``（记者 某某）``).
_CLOSED = re.compile(r"[。！？][”’」』）)]?(?:\s*[（(][^（()）]{1,30}[)）])?$")

# A line of the body as paragraphs_of cuts it: its text, the link holding each piece of it
# (None outside a link), the element whose text opens it (None when a tail does) and the
# element holding its first text (a tail's parent).
_Line = tuple[str, list, "etree._Element | None", "etree._Element | None"]


def _page_link(a: etree._Element | None) -> bool:
    return a is not None \
        and (a.get("href") or "").strip().lower().startswith(("http", "/", "."))


def _body_lines(body: etree._Element,
                skip: set[etree._Element] | frozenset = frozenset()) -> list[_Line]:
    """The body's lines, cut where :func:`paragraphs_of` cuts them (block tags and
    ``<br>``; tables are not read as grids here; blocks in ``skip`` left out), each with
    the links of its pieces."""
    lines: list[_Line] = []
    buf: list[str] = []
    links: list = []  # the link of each piece holding more than spaces; the first opens
    opener: etree._Element | None = None
    holder: etree._Element | None = None

    def flush() -> None:
        line = collapse_spaces("".join(buf)).strip()
        if line:
            lines.append((line, links[:], opener, holder))
        buf.clear()
        links.clear()

    for piece in _pieces(body, skip, False):
        if piece.__class__ is tuple:
            text, link, node, tail = piece
            buf.append(text)
            if text.strip():
                if not links:
                    opener, holder = (None, node.getparent()) if tail else (node, node)
                links.append(link)
        elif buf:  # a line's end
            flush()
    flush()
    return lines


def _headline_line(line: _Line) -> bool:
    """True when the line's only words are one link to another page, a headline's length
    with no sentence's end, and the link's words are all on this line."""
    text, links = line[0], line[1]
    link = links[0] if links else None
    if not _page_link(link):
        return False
    words = "".join(link.itertext())
    # Only a mark printed after the link (``<a>…</a>?``) may stand outside it.
    if any(other is not link for other in links) \
            and (any(other is not link and other is not None for other in links)
                 or not _MARK_AFTER.fullmatch(text[len(collapse_spaces(words).strip()):])):
        return False
    count = han_count(text)
    return count >= _EXCERPT_HEADLINE_MIN and len(text) <= _EXCERPT_HEADLINE_MAX \
        and not _STOP.search(text[-1:]) \
        and han_count(words) == count


def _item_boxes(lines: list[_Line], heads: list[bool],
                body: etree._Element) -> dict[int, etree._Element | None]:
    """Each headline line's item box: the highest element around its link that holds no
    other headline's link (a ``<li>``, a card's ``<div>``), or None when that element holds
    nothing but the headline (items printed as a flat run of paragraphs)."""
    under: dict[etree._Element, int] = {}
    for k in range(len(lines)):
        if heads[k]:
            for up in lines[k][1][0].iterancestors():
                if up is body:
                    break
                under[up] = under.get(up, 0) + 1
    boxes: dict[int, etree._Element | None] = {}
    for k in range(len(lines)):
        if not heads[k]:
            continue
        box = link = lines[k][1][0]
        for up in link.iterancestors():
            if up is body or under.get(up, 0) > 1:
                break
            box = up
        flat = han_count("".join(box.itertext())) == han_count(lines[k][0])
        boxes[k] = None if flat else box
    return boxes


def _inside(line: _Line, box: etree._Element) -> bool:
    holder = line[3]
    return holder is not None and (holder is box or box in holder.iterancestors())


def _items_from(lines: list[_Line], heads: list[bool], start: int,
                boxes: dict[int, etree._Element | None]) -> tuple[int, int]:
    """The Chinese characters of the items from ``start`` on — linked headlines, each over
    at most a few short lines, two or more of them, at least one over an excerpt (a
    sentence, or text cut off with "…") — or 0 when the lines from ``start`` are no such
    items: a sentence more than a few lines under its headline, or outside the box its
    item is printed in, is prose, and so are the sentences under the last item, printed
    flat, when no item above it holds one (a 相关阅读 list of bare headlines inside the
    text, the text's next paragraph under its last headline). Lines without a sentence
    between and after the items (labels, dates, links) do not count. Returned with the
    index of the line that broke the items (``len(lines)`` when none did): no items start
    before it."""
    items = 0
    excerpt = False
    size = count = total = 0
    said = most = 0  # sentence lines under the item; the most under an earlier one
    beyond = len(lines)  # the item's first sentence line past that most
    box: etree._Element | None = None
    for k in range(start, len(lines)):
        text = lines[k][0]
        if heads[k]:
            most = max(most, said)
            items += 1
            size = count = said = 0
            box = boxes[k]
            total += han_count(text)
            continue
        size += 1
        han = han_count(text)
        count += han
        if _STOP.search(text):
            if size > _EXCERPT_LINES_MAX or count > _EXCERPT_ITEM_MAX \
                    or (box is not None and not _inside(lines[k], box)):
                return 0, k
            total += han
            said += 1
            if said == most + 1:
                beyond = k
        if han >= _EXCERPT_HEADLINE_MIN and _CUT_OFF.search(text):
            excerpt = True
    if items >= _EXCERPTS_MIN and box is None and said and not most:
        # The last item, printed flat, over a sentence where no item above it holds one:
        # the list stands inside the text, and the text goes on there. (Items over
        # excerpts may be followed by the site's own sentence, 转载请注明出处。)
        return 0, beyond
    return (total if items >= _EXCERPTS_MIN and excerpt else 0), len(lines)


def _following(node: etree._Element, body: etree._Element) -> set[etree._Element]:
    """``node`` and every element after it in ``body`` that does not hold it."""
    found = {node}
    up = node
    while up is not body and up is not None:
        found.update(s for s in up.itersiblings() if isinstance(s.tag, str))
        up = up.getparent()
    return found


def excerpt_tail(body: etree._Element,
                 skip: set[etree._Element] | frozenset = frozenset()) -> set[etree._Element]:
    """The body's blocks from the first of two or more other stories' linked headlines,
    each over an excerpt of its story (or a few short lines: its date, its source), printed
    under the text — a statement followed by the day's related reports, a 相关阅读 list
    whose items quote their stories' first lines, a row of cards — however they are
    marked up (paragraphs, list items, boxes; inside the article's container or beside it).
    A short label over them (相关阅读) goes with them. Only when the text above them
    closes a sentence (short credit lines such as 责任编辑 may stand between), holds
    :data:`_EXCERPT_TEXT_MIN` Chinese characters and outweighs them (a digest of linked
    items under a short lead keeps them) — or, under a label naming them as other stories
    (相关阅读, 延伸閱讀, 推荐新闻), holds a sentence of :data:`_LABELLED_TEXT_MIN`.
    ``skip``: blocks left out of the text already (lists of links) are not read.
    The body's one such item, printed in a box of its own under the text, goes too
    (:func:`_boxed_teaser`)."""
    if not any(_page_link(a) for a in body.iter("a")):
        return set()
    lines = _body_lines(body, skip)
    heads = [_headline_line(line) for line in lines]
    if not any(heads):
        return set()
    if sum(heads) == 1:
        return _boxed_teaser(lines, heads, body)
    return _excerpt_items(lines, heads, _item_boxes(lines, heads, body), body)


def _excerpt_items(lines: list[_Line], heads: list[bool],
                   boxes: dict[int, etree._Element | None],
                   body: etree._Element) -> set[etree._Element]:
    """:func:`excerpt_tail`'s items of two or more linked headlines, or nothing."""
    start = 0
    while start < len(lines):
        if not heads[start]:
            start += 1
            continue
        below, broken = _items_from(lines, heads, start, boxes)
        if not below:
            # A sentence too far under its headline: items begin after it, if at all;
            # none broke them yet too few or no excerpt: none begin later either.
            start = broken + 1
            continue
        cut = start
        label = lines[start - 1] if start else None
        related = False
        if label is not None and label[2] is not None and han_count(label[0]) <= _LABEL_MAX \
                and not _STOP.search(label[0]) and not any(label[1]):
            cut = start - 1
            related = _RELATED_LABEL.fullmatch(label[0]) is not None
        end = _over_credits(lines, cut)
        if end == 0 or not _CLOSED.search(lines[end - 1][0]):
            return set()  # the first items decide: later ones are the same list's tail
        above = 0
        for k in range(end - 1, -1, -1):
            above += han_count(lines[k][0])
            if above >= _EXCERPT_TEXT_MIN and above > below:
                break  # (enough for either test)
        if related:
            if above < _LABELLED_TEXT_MIN:
                return set()
        elif above < _EXCERPT_TEXT_MIN or above <= below:
            return set()
        node = lines[cut][2]
        if node is None or node is body:
            node = lines[start][2]
        return _following(node, body) if node is not None and node is not body else set()
    return set()


def _over_credits(lines: list[_Line], end: int) -> int:
    """Where the text above line ``end`` stops once the credit lines right over it are
    passed: up to :data:`_CREDIT_LINES_MAX` short lines closing no sentence (an author's
    or editor's name, a source) that sit between a story's last sentence and the list or
    box printed under it, and any of the site's promotion lines among them (``【某某即时】：
    最有料的影音频道``, ``加入某某粉丝团``: :func:`pipelines.textedges.promotion_line`)."""
    credits = 0
    while end > 0:
        line = lines[end - 1][0]
        if promotion_line(line):
            end -= 1
            continue
        if credits >= _CREDIT_LINES_MAX or len(line) > _CREDIT_LINE_MAX or _STOP.search(line):
            break
        end -= 1
        credits += 1
    return end


def _boxed_teaser(lines: list[_Line], heads: list[bool],
                  body: etree._Element) -> set[etree._Element]:
    """The box under the text holding one other story's linked headline over an excerpt
    of it (a recommended story printed after a short report, in a frame of its own), with
    everything after it: only when the box opens with that headline, holds no more than
    an item's few lines, one of them an excerpt, and no sentence follows it; and the text
    above closes a sentence and holds :data:`_EXCERPT_TEXT_MIN` Chinese characters and at
    least the item's. A second story is no part of the text however near its subject (the
    label rule of stop 34: a box recalling an earlier report of the same case goes too); a
    box outweighing the text above it may be the page's story, so it stays. A headline and
    its excerpt printed as the text's own paragraphs (no box around the two) stay."""
    k = heads.index(True)
    if k == 0:
        return set()
    box = None
    for up in lines[k][1][0].iterancestors():
        if up is body or _inside(lines[k - 1], up):
            break
        box = up  # the highest element around the link opening with it
    if box is None or han_count("".join(box.itertext())) == han_count(lines[k][0]):
        return set()
    below = han_count(lines[k][0])
    excerpt = False
    for n, line in enumerate(lines[k + 1:], 1):
        han = han_count(line[0])
        if not _inside(line, box):
            if _STOP.search(line[0]):
                return set()  # a sentence after the box: the text goes on
            continue
        if n > _EXCERPT_LINES_MAX:
            return set()
        below += han
        excerpt = excerpt or (han >= _EXCERPT_HEADLINE_MIN
                              and _CUT_OFF.search(line[0]) is not None)
    if not excerpt or below > _EXCERPT_ITEM_MAX:
        return set()
    end = _over_credits(lines, k)
    if end == 0 or not _CLOSED.search(lines[end - 1][0]):
        return set()
    above = 0
    for line in reversed(lines[:end]):
        above += han_count(line[0])
        if above >= _EXCERPT_TEXT_MIN and above >= below:
            break
    else:
        return set()
    return _following(box, body)
