"""HTML page to article parts: title, printed date, byline text and body paragraphs.

Two ways in. With a source's selectors (CSS, or XPath when the expression starts with
``/``) the parts are taken from where the source says they are. Without them the general
extractor drops scripts, styles, widgets and captions, finds the body
(:mod:`pipelines.articlebody`), the headline (:mod:`pipelines.headline`) and the date and
source (:mod:`pipelines.pagedate`), weighing what the page states in its head
(:mod:`pipelines.pagefacts`). Recognising and parsing HTML is :mod:`pipelines.htmlparse`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from lxml import etree
from lxml.cssselect import CSSSelector

from pipelines.articlebody import (
    SPARED_RETRY,
    TreeCounts,
    best_body,
    body_under_headline,
    box_apart,
    class_blind_body,
    descendants,
    emphasis_text,
    lead_blocks,
    link_headed,
    outweighs,
    prose_in_link_list,
    site_statement,
    tail_blocks,
    weak_body,
)
from pipelines.blocktext import (
    edge_pictures,
    excerpt_tail,
    linked_tail,
    paragraphs_of,
    ruled_tail,
)
from pipelines.dates import parse_date
from pipelines.headline import best_title, headline
from pipelines.headlinetext import document_number, document_number_after
from pipelines.pagedate import page_date, source_text
from pipelines.pagefacts import read_facts
from pipelines.setaside import (
    FORM_MARK,
    LISTING,
    PageProse,
    form_blocks,
    han_at_least,
    hidden_blocks,
    negative_blocks,
    spared_blocks,
)
from pipelines.textedges import SIGNATURE_LINE
from pipelines.treetext import (
    class_finder,
    classed,
    classes_of,
    collapse_spaces,
    drop_tree,
    han_count,
    short_text,
    text_lines,
    text_of,
)

__all__ = ["Extracted", "extract"]

logger = logging.getLogger(__name__)

# A figcaption holding this many Chinese characters is kept under a tag of its own until the
# page's prose is counted (a photo page's only text); every other one is dropped at once.
_FIGCAPTION_TEXT = 20
_FIGCAPTION_HELD = "pw-figcaption"
_DROP_TAGS = (
    "script", "style", "noscript", "iframe", "button",
    "select", "input", "textarea", "svg", "canvas", "video", "audio", "object", "embed",
    "template", "figcaption", "link", "meta",
)
# The page's chrome by tag: dropped too, unless one left unclosed holds most of the page's
# prose (a template that never closes its ``<nav>`` puts the whole page inside it).
_CHROME_TAGS = ("nav", "aside", "footer")
# Image captions marked as such (class names of CMS templates): never body text.
_CAPTION = re.compile(r"(?:^|[\s_-])(?:caption|pic[-_]?info|img[-_]?desc|imgtxt|pictext|pic_txt"
                      r"|tpms|pic[-_]?intro|pic[-_]?desc|photo[-_]?desc|img[-_]?note|pic[-_]?note)"
                      r"(?:$|[\s_-])", re.I)
_caption_class = class_finder(_CAPTION)  # memoised per class-and-id string
_listing_class = class_finder(LISTING)
_CAPTION_MAX = 300  # characters: a caption is a line or two, a credit after it
_SENTENCE_END = re.compile(r"[。！？!?]$")
# A sentence of Chinese text closed by its stop (``…具体见附件。``).
_SENTENCE = re.compile(r"[\u4e00-\u9fff][^。！？]*[。！？]")
# A byline or an editor's line is one short line (``责任编辑：某某``, ``（记者 某某）``).
_BYLINE_LINE_MAX = 64
# How far up from the text's block a line printed right after it is looked for: the block,
# its parent and grandparent (``<p>责任编辑：…</p>`` beside ``<div class="TRS_Editor">``).
_BYLINE_LEVELS = 3


def _caption(el: etree._Element) -> bool:
    """True when a caption-classed block reads as a caption: short, and not two or more
    lines of sentences. A template may put the whole article in a block whose compound
    class only contains the word (``area-essay page-caption-p``): that block is the text,
    and dropping it leaves the page with no body at all."""
    lines = text_lines(el, _CAPTION_MAX)
    if lines is None:
        return False
    sentences = sum(1 for line in lines if _SENTENCE_END.search(line))
    return sentences < 2 or sum(han_count(line) for line in lines) < 100


def line_after(body: etree._Element) -> str | None:
    """The short line printed right after ``body``'s text, outside it: the first text after
    the block (its tail or its next sibling holding text), climbing to the parent's when the
    block closes its parent (up to ``_BYLINE_LEVELS`` levels); None when what follows is long
    or nothing does.

    A byline or editor's line under the text sits there when the template's text block is
    an inner ``<div>`` and the line is that block's sibling; the chosen body is the text's
    own block, so the line is read here (:func:`pipelines.metadata.read_byline` decides)."""
    el = body
    for _ in range(_BYLINE_LEVELS):
        if el.tail and el.tail.strip():
            return _short_line(el.tail)
        for sibling in el.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            # (the markup's indentation counts against the limit of short_text: room for it)
            text = short_text(sibling, 4 * _BYLINE_LINE_MAX)
            text = collapse_spaces(text) if text is not None else None
            if text is None or len(text) > _BYLINE_LINE_MAX:
                return None
            if text:
                return text
            if sibling.tail and sibling.tail.strip():
                return _short_line(sibling.tail)
        el = el.getparent()
        if el is None or el.tag == "body":
            return None
    return None


def _short_line(text: str) -> str | None:
    """``text`` stripped when it is one short line's worth (a byline's), else None."""
    text = text.strip()
    return text if len(text) <= _BYLINE_LINE_MAX else None


@dataclass
class Extracted:
    """What the extractor found; ``paragraphs`` is raw text, one entry per paragraph."""

    title: str | None = None
    date_text: str | None = None
    published_at: str | None = None
    author_text: str | None = None
    source_text: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    method: str = "general"


@lru_cache(maxsize=1024)
def _compiled(expr: str) -> tuple[Callable[[etree._Element], list], str | None]:
    """(selector, attribute) of a CSS or XPath expression, compiled once per process: a
    source's few selectors run on every page it crawls, and translating CSS to XPath costs
    more than running it. Scrapy's ``::text`` and ``::attr(name)`` are accepted."""
    if expr.lstrip().startswith(("/", "(")):
        return etree.XPath(expr), None
    attr = re.search(r"::attr\(([\w:-]+)\)\s*$", expr)
    css = re.sub(r"::(?:text|attr\([\w:-]+\))\s*$", "", expr)
    return CSSSelector(css, translator="html"), attr.group(1) if attr else None


def _select(root: etree._Element, expr: str) -> list:
    """Elements (or strings) matching a CSS or XPath expression from a sources file."""
    try:
        selector, attr = _compiled(expr)
        found = list(selector(root))
    except Exception as exc:  # a bad selector from a sources file: report, fall back
        logger.warning("bad selector %r: %s", expr, exc)
        return []
    if attr:
        return [el.get(attr) for el in found if el.get(attr)]
    return found


def _clean_tree(root: etree._Element, remove: str | None = None) -> dict[etree._Element, str]:
    """Drop what is never article text: scripts, widgets, comments, captions. Returns the
    elements with a class or id that are left, in document order, each with its
    :func:`classes_of` (found once per page: on a big page finding them costs as much as
    judging them, and the later passes ask the same elements' classes again and again; no
    pass changes a class or an id, nor adds an element)."""
    made = form_blocks(root)  # found while its fields are in the tree
    captions = []
    for card in root.iter("figcaption"):
        if next(card.iter("time"), None) is not None:
            # A figcaption holding a <time> is an author's card (the account's name and the
            # post's day and clock over the text), not a picture's caption: its date line
            # stays for the date pass.
            card.tag = "div"
        elif han_at_least(card, _FIGCAPTION_TEXT):
            # Perhaps a photo page's only text: judged once the page's prose is counted.
            card.tag = _FIGCAPTION_HELD
            captions.append(card)
    # strip_elements works in C and keeps each element's tail text in place.
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *_DROP_TAGS,
                         with_tail=False)
    for el in made:
        el.set(FORM_MARK, "")  # set aside by negative_blocks when it holds little text
    prose = PageProse(root)
    if captions:
        # A photo page whose only text is its picture's caption (stop 38, i28c: fresh17's
        # photo-set class in a ``<figure>``): the caption holding most of the page's prose
        # is its text, as a caption paragraph is (tests/clean/
        # test_clean_a_photo_sets_caption_as_its_text.py). Other captions go, as before,
        # and the page's prose is counted again without them for the passes below.
        for card in list(root.iter(_FIGCAPTION_HELD)):
            if prose.holds_most(card):
                card.tag = "div"
            else:
                drop_tree(card)
        prose = PageProse(root)
    kept: list[etree._Element] = []
    for el in root.iter(*_CHROME_TAGS):
        # Left unclosed, a chrome tag runs to its parent's end, holding what follows it.
        if el.getnext() is None and not any(k in el.iterancestors() for k in kept) \
                and han_at_least(el, 20) and prose.holds_most(el):
            kept.append(el)
    for el in kept:
        el.tag = "div"
    etree.strip_elements(root, *_CHROME_TAGS, with_tail=False)
    marked = {el: classes_of(el) for el in classed(root)}
    dropped = []
    for el, cls in marked.items():
        if _caption_class(cls) and el.getparent() is not None and _caption(el) \
                and not prose.holds_most(el):
            drop_tree(el)
            dropped.append(el)
    if remove:
        for expr in remove.split("||"):
            for el in _select(root, expr.strip()):
                if hasattr(el, "tag") and el.getparent() is not None:
                    drop_tree(el)
                    dropped.append(el)
    if dropped:
        gone = descendants(dropped)
        marked = {el: cls for el, cls in marked.items() if el not in gone}
    return marked


# A wrapper named as the breadcrumb's or the "where you are" line's (``<span class=
# "location">`` that a template leaves unclosed around the article's head).
_CRUMB_WRAPPER = re.compile(r"(?:^|[\s_-])(?:location|position|breadcrumbs?|crumbs?)(?:$|[\s_-])",
                            re.I)


def _headline_skip(
    root: etree._Element, hidden: set[etree._Element], negative: list[etree._Element],
    styled: set[etree._Element], marked: dict[etree._Element, str],
) -> set[etree._Element]:
    """The elements the headline is not looked for in: the set-aside blocks, but for an
    ``<h1>`` that only a breadcrumb's wrapper sets aside (the template's ``<span
    class="location">`` left open over the headline, the text after it). A breadcrumb
    prints its links, never the page's first heading; hidden blocks stay out."""
    kept: list[etree._Element] = []
    set_aside: set[etree._Element] | None = None
    for h1 in root.iter("h1"):
        if h1 not in hidden or h1 in styled:
            continue
        set_aside = set(negative) if set_aside is None else set_aside
        holders = [el for el in (h1, *h1.iterancestors()) if el in set_aside]
        if holders and all(el is not h1 and el not in styled
                           and _CRUMB_WRAPPER.search(marked.get(el, "")) for el in holders):
            kept.append(h1)
    if not kept:
        return hidden
    return hidden - {el for h1 in kept for el in h1.iter()}


def extract(
    root: etree._Element,
    *,
    selectors: dict[str, str] | None = None,
    fetched_at: str | datetime | None = None,
    url: str | None = None,
    markup: str | None = None,
) -> Extracted:
    """Title, date and body paragraphs of a parsed page (the tree is modified).

    ``url`` (the page's address, or the one a browser wrote into a saved copy) is one more
    piece of date evidence (``/2019/0905/``, ``t20190905_``). ``markup``: the text the tree
    was parsed from, when at hand (some searches are cheaper on it; same result).
    """
    selectors = {k: v for k, v in (selectors or {}).items() if v}
    facts = read_facts(root, url)  # <meta>, JSON-LD and scripts go with the cleaning
    marked = _clean_tree(root, selectors.get("remove"))
    result = Extracted()
    found: list = []
    if selectors.get("body"):
        found = _select(root, selectors["body"])
        paragraphs = [p for el in found for p in (paragraphs_of(el) if hasattr(el, "tag")
                                                    else [str(el).strip()])]
        if paragraphs:
            result.paragraphs = paragraphs
            result.method = "selectors"
        if selectors.get("title"):
            titles = [collapse_spaces(text_of(t)) for t in _select(root, selectors["title"])]
            titles = [t for t in titles if t]
            if len(titles) > 1:  # "h1" on a page whose logo is an <h1> too
                chosen = best_title(root, titles, facts=facts)
                result.title = chosen[1] if chosen else titles[0]
            elif titles:
                result.title = titles[0]
        if selectors.get("date"):
            dates = _select(root, selectors["date"])
            if dates:
                text = text_of(dates[0]).strip()
                result.date_text = text
                result.published_at = parse_date(text, fetched_at=fetched_at)
        if selectors.get("author"):
            authors = _select(root, selectors["author"])
            if authors:
                result.author_text = text_of(authors[0]).strip()
    if result.method == "selectors":
        result.source_text = source_text(root, result.date_text)
        first = found[0] if found and hasattr(found[0], "tag") else None
        anchor = None
        if result.title is None:
            anchor, result.title = headline(root, first, facts)
        if result.published_at is None:
            result.date_text, result.published_at = page_date(
                root, first, fetched_at, anchor=anchor, facts=facts
            )
        return result
    styled = hidden_blocks(root, markup)  # found once for both searches below
    counts = TreeCounts(root)  # the tree is unchanged until the body is chosen
    negative = negative_blocks(root, marked, markup, styled, counts.han_at_least,
                               classes=marked)
    hidden = descendants(negative)
    body, link_lists = best_body(root, hidden, counts=counts)
    if weak_body(body, SPARED_RETRY):
        # A short text whose own block and wrappers carry widgets' words: the blocks holding
        # most of the page's prose are not set aside (a site's statement still is).
        held = negative_blocks(root, marked, markup, styled, counts.han_at_least,
                               site_statement, classes=marked)
        if len(held) < len(negative):
            negative, hidden = held, descendants(held)
            body, link_lists = best_body(root, hidden, counts=counts)
    if weak_body(body, SPARED_RETRY):
        # Little text outside the widget-classed blocks: the article's own wrapper may
        # carry a widget's word (``print_area``), or sit inside a widget left unclosed. Try
        # again with the blocks of prose back; the new body must hold twice the text (a
        # table of fields, prose-less, stays the body rather than give way to a statement
        # under it). Nor is the page itself the text: with the blocks spared back, a line set
        # straight in ``<body>`` (a menu's ``<p>``) makes ``<body>`` a candidate gathering the
        # spared panels' prose scattered over the page, none holding a third of it.
        spared = spared_blocks(root, negative, markup, styled)
        if spared:
            kept = [el for el in negative if el not in spared]
            retry, retry_lists = best_body(root, descendants(kept), counts=counts)
            if not weak_body(retry) and outweighs(retry, body) and not link_headed(retry) \
                    and retry.tag not in ("body", "html"):
                negative, hidden, body, link_lists = kept, descendants(kept), retry, retry_lists
    if weak_body(body, SPARED_RETRY) and emphasis_text(root, hidden):
        # A text set bold or in italics as a whole (one ``<strong>`` holding its lines):
        # no ``<p>`` or ``<div>`` holds a character of it. Its emphasis counts as a block;
        # what it finds must hold twice the text found without it (a bold site statement
        # under a short story stays out).
        retry, retry_lists = best_body(root, hidden, counts=counts, emphasis=True)
        if not weak_body(retry) and outweighs(retry, body):
            body, link_lists = retry, retry_lists
    blind = class_blind_body(root, negative, styled, body, link_lists, counts)
    if blind is not None:
        negative, body, link_lists = blind
        hidden = descendants(negative)
    if body is None:
        # No block outside the class-marked ones holds text: an empty body is the worst
        # answer for a page that plainly holds an article (a template may class the
        # article's own block with a widget's word, its sentences closed by ``!``). Last
        # resort: the best block with every class-marked one back (hidden blocks and
        # readers' comments stay out), if it holds more than a sidebar's line.
        spared = spared_blocks(root, negative, markup, styled, prose=False)
        if spared:
            kept = [el for el in negative if el not in spared]
            retry, retry_lists = best_body(root, descendants(kept), counts=counts)
            if not weak_body(retry):
                negative, hidden, body, link_lists = kept, descendants(kept), retry, retry_lists
    if body is None:
        # Still nothing: a short notice whose lines are each under 20 characters (three
        # ``<li>`` of one sentence). The best block of such lines holding two sentences;
        # then the same believing no class word (only hidden blocks out), the blocks around
        # it no longer set aside, nor the ones in it classed as widgets that hold a sentence
        # (a short notice's paragraph, classed ``side`` by its template, in a ``print-box``).
        body, link_lists = best_body(root, hidden, short=True, counts=counts)
        if body is None:
            body, link_lists = best_body(root, descendants(
                [el for el in negative if el in styled]), short=True, counts=counts)
            if body is not None:
                around = {body, *body.iterancestors()}
                negative = [el for el in negative if el in styled or (
                    el not in around and not (body in el.iterancestors()
                                              and _SENTENCE.search(text_of(el))))]
                hidden = descendants(negative)
    if body is None:
        # Still nothing: a short notice whose one paragraph closes with its contact lines
        # (邮编：…, 联系电话：…) was taken for a footer. Its block counts when prose opens it.
        body, link_lists = best_body(root, hidden, counts=counts, cards=True)
    if body is None and counts.cards and any(counts.cards.values()):
        # Still nothing: every block holding text is a card of a linked headline over its
        # summary (a digest under a one-line lead). Such cards are the page's own items.
        body, link_lists = best_body(root, hidden, counts=counts, stories=False)
    anchor, result.title = headline(root, body, facts, skip=_headline_skip(
        root, hidden, negative, styled, marked), classes=marked)
    if (other := body_under_headline(root, anchor, body, hidden, counts)) is not None:
        body, link_lists = other
    listings = descendants([el for el in negative if _listing_class(marked.get(el, ""))])
    result.date_text, result.published_at = page_date(
        root, body, fetched_at, anchor=anchor, facts=facts, skip=listings, classes=marked
    )
    result.source_text = source_text(root, result.date_text, marked)
    leads = lead_blocks(body, hidden) if body is not None else []
    tails = tail_blocks(body, hidden) if body is not None else []
    box = box_apart(body, hidden) if body is not None and not leads else None
    for el in negative:
        if el.getparent() is not None and not _signature_in(el, body):
            drop_tree(el)
    if body is not None:
        # A document number printed under the headline opens the text (unless the
        # headline block is inside the body, where the line is read anyway).
        number = None
        if anchor is not None and body not in anchor.iterancestors():
            number = document_number(anchor)
        elif anchor is None and result.title:
            number = document_number_after(_titled_block_before(body, result.title),
                                           result.title)
        ruled = ruled_tail(body)
        for el in ruled:
            el.tail = None  # a teaser's words glued after its link go with the note
        result.paragraphs = [*([number] if number else []),
                             *(p for el in leads for p in paragraphs_of(el)),
                             *paragraphs_of(body, link_lists | edge_pictures(body)
                                           | linked_tail(body) | ruled
                                           | excerpt_tail(body, link_lists)
                                           | ({box} if box is not None else set())),
                             *(p for el in tails for p in paragraphs_of(el))]
        if not any(_SENTENCE.search(p) for p in result.paragraphs) and (
                held := prose_in_link_list(body, link_lists)) is not None:
            # No sentence printed: the text's own block was counted as a related list (a
            # flash of one sentence over links to other stories). Its prose is the text.
            result.paragraphs = paragraphs_of(held[0], held[1])
        result.author_text = line_after(body)
    return result


_SIGNATURE_BLOCK_MAX = 40  # characters of an editor's signature in brackets
_SIGNATURE_TAGS = frozenset({"p", "div", "section"})  # a line of its own


def _signature_in(el: etree._Element, body: etree._Element | None) -> bool:
    """True when ``el``, a block set aside by its class (``<p class="editor">``), stands in
    the body and holds nothing but an editor's signature in brackets (（责编：某某）): the
    line that closes the text stays for :mod:`pipelines.paragraphs` to cut the tail under it
    (stop 38, i28f), and is read there as the editor's line, never kept as text."""
    if el.tag not in _SIGNATURE_TAGS or body is None or body not in el.iterancestors():
        return False  # an inline one (<span id="editor">) joins the line it stands in
    text = text_of(el)
    return len(text) <= _SIGNATURE_BLOCK_MAX and bool(SIGNATURE_LINE.fullmatch(text))


# How far up from the body, and how many blocks with words before each step, the headline's
# own block is looked for when the headline was read from the page's title alone.
_TITLED_UP = 4
_TITLED_BEFORE = 3
_TITLED_MAX = 300


def _titled_block_before(body: etree._Element, title: str) -> etree._Element | None:
    """The block printed before the body (beside it or beside a wrapper of it, a few levels
    up) whose words open with the headline ``title``: the headline's own block, found when
    the headline was read from the page's ``<title>`` and no element of the page was taken
    for it (its classes gone). :func:`document_number` reads the document number printed
    under the headline there, the first line of the document's text."""
    wanted = "".join(title.split())
    node = body
    for _ in range(_TITLED_UP):
        seen = 0
        for block in node.itersiblings(preceding=True):
            if not isinstance(block.tag, str):
                continue
            words = "".join("".join(block.itertext()).split())
            if not words:
                continue
            if words.startswith(wanted) and len(words) <= _TITLED_MAX:
                return block
            seen += 1
            if seen >= _TITLED_BEFORE:
                break
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return None
    return None
