"""A chosen block's text as paragraphs: split at block tags and ``<br>``, with tables of
short fields read one row to a line.

The extractor first decides which block is the article (``pipelines.articlebody``); this
module only reads the text out of it, the same way for every page.
"""

from __future__ import annotations

import re

from lxml import etree

from pipelines.treetext import classes_of, collapse_spaces, han_count, short_text

# Tags that end a paragraph: text before and after one of them is never one line.
BLOCK_TAGS = {"p", "div", "section", "article", "li", "h1", "h2", "h3", "h4", "h5", "h6",
              "blockquote", "td", "tr", "table", "ul", "ol", "dl", "dd", "dt", "pre", "center",
              "figure", "header", "main"}

_ENTER, _TAIL, _LEAVE = 0, 1, 2


def paragraphs_of(
    el: etree._Element, skip: set[etree._Element] | frozenset = frozenset()
) -> list[str]:
    """Text of a body element split into paragraphs at block tags and ``<br>``; blocks in
    ``skip`` (lists of links inside the article's cell) are left out. A table of short
    fields (a name list: 姓名 | 单位 | 职称) gives one line per row, its cells separated by
    ``｜``: a rank printed in every row is a column of the table, not a repeated paragraph."""
    parts: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        line = "".join(buf).strip()
        if line:
            parts.append(line)
        buf.clear()

    # Walked with a stack of its own, not recursion: a page of thousands of nested, unclosed
    # tags (<font> after <font>) is as deep as it is long.
    stack: list[tuple[int, etree._Element]] = [(_ENTER, el)]
    while stack:
        action, node = stack.pop()
        if action == _TAIL:
            if node.tail:
                buf.append(node.tail)
            continue
        if action == _LEAVE:
            flush()  # the end of a block
            continue
        tag = node.tag if isinstance(node.tag, str) else ""
        if node in skip and node is not el:
            flush()
            continue
        block = tag in BLOCK_TAGS
        if block or tag == "br":
            flush()
        if tag == "table" and node is not el:
            rows = grid_rows(node)
            if rows is not None:
                parts.extend(rows)
                continue
        if tag != "br" and node.text:
            buf.append(node.text)
        if block:
            stack.append((_LEAVE, node))
        for child in reversed(node):
            stack.append((_TAIL, child))
            stack.append((_ENTER, child))
    flush()
    return [re.sub(r"\s+", " ", p).strip() for p in parts if p.strip()]


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


def _centred(el: etree._Element) -> bool:
    return el.tag == "center" or (el.get("align") or "").lower() == "center" \
        or bool(_CENTRED_STYLE.search(el.get("style") or ""))


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
                        or _linked_picture(el)) \
                or any(up in found for up in el.iterancestors()):
            continue
        if short_text(el, _PICTURE_TEXT_MAX) is not None:
            found.append(el)
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


def _linked_headline(el: etree._Element) -> bool:
    """True when ``el`` is a paragraph whose only words are one link to another page."""
    if el.tag not in ("p", "div", "h2", "h3", "h4", "h5", "h6"):
        return False
    links = [a for a in el.iter("a")
             if (a.get("href") or "").strip().lower().startswith(("http", "/", "."))]
    if len(links) != 1:
        return False
    text = collapse_spaces("".join(el.itertext())).strip()
    linked = collapse_spaces("".join(links[0].itertext())).strip()
    return text == linked and han_count(text) >= _EXCERPT_HEADLINE_MIN \
        and len(text) <= _EXCERPT_HEADLINE_MAX and not _STOP.search(text[-1:])


def excerpt_tail(body: etree._Element) -> set[etree._Element]:
    """The body's blocks from the first of two or more other stories' linked headlines,
    each over an excerpt of its story, printed under the text (a statement followed by
    the day's related reports, their first paragraphs quoted): not the article. Only when
    the text above them closes a sentence, holds :data:`_EXCERPT_TEXT_MIN` Chinese
    characters and outweighs them (a digest of linked items under a short lead keeps
    them)."""
    children = [el for el in body if isinstance(el.tag, str)]
    heads = [i for i, el in enumerate(children) if _linked_headline(el)]
    if len(heads) < _EXCERPTS_MIN:
        return set()
    start = heads[0]
    excerpts = [el for el in children[start:] if not _linked_headline(el)
                and _STOP.search("".join(el.itertext()))]
    if not excerpts:
        return set()
    before = [collapse_spaces("".join(el.itertext())).strip() for el in children[:start]]
    before = [text for text in before if han_count(text)]
    above = sum(han_count(text) for text in before)
    below = sum(han_count("".join(el.itertext())) for el in children[start:])
    if not before or not _STOP.search(before[-1][-2:]) or above < _EXCERPT_TEXT_MIN \
            or above <= below:
        return set()
    return set(children[start:])
