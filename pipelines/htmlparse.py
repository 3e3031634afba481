"""Is it HTML, and its lxml tree: recognising markup however a saved page starts, and
parsing it (depth limit lifted, huge inline scripts and styles emptied first, a forgiving
second parser when libxml2 refuses, the mobile instant formats' pictures read as ``<img>``)."""

from __future__ import annotations

import re

from lxml import etree

# What may precede the first tag of a page: a BOM, whitespace, comments (a browser's
# "<!-- saved from url=(0063)http://… -->"), an XML declaration, a doctype, processing
# instructions, in any order and number.
_PROLOGUE = re.compile(r"(?:\ufeff|\s+|<!--.*?-->|<\?.*?\?>|<![^>]*>)*", re.S)
_FIRST_TAG = re.compile(
    r"<(?:html|head|body|meta|title|link|script|style|base|div|p|table|span|center|font|frame"
    r"|frameset|form|h[1-6]|ul|section|article|header|main|noscript|!--)[\s>/]", re.I
)
_XML_DECLARATION = re.compile(r"<\?xml[^>]*>")
_HTML_TYPES = ("text/html", "application/xhtml", "application/xml", "text/xml")


def looks_like_html(text: str, content_type: str | None = None) -> bool:
    """True when the text is a markup document rather than prose.

    A crawl's ``Content-Type`` decides first (``text/html`` is markup, ``text/plain`` is
    prose). Otherwise the first tag after whatever may open a saved page (BOM, blank lines,
    comments such as ``<!-- saved from url=… -->``, an XML declaration, a doctype) decides;
    a page that opens with prose still counts as markup when it holds an ``<html>``/
    ``<body>`` element or a few block tags.
    """
    media = (content_type or "").split(";")[0].strip().lower()
    if media.startswith(_HTML_TYPES):
        return True
    if media == "text/plain":
        return False
    head = text[:65536]
    start = _PROLOGUE.match(head)
    rest = head[start.end() if start else 0 :]
    if start and start.end() and rest[:1] == "" and "<" in head:
        return True  # only comments/declarations so far: markup cut short or all comments
    if _FIRST_TAG.match(rest):
        return True
    if re.search(r"<(?:html|body)[\s>]|</(?:html|body)>", head, re.I):
        return True
    return len(re.findall(r"</?(?:p|div|br|span|a|html|body|td)\b[^>]*>", head[:20000], re.I)) >= 3


# Saved portal pages carry hundreds of KB of inline scripts and styles; their contents are
# emptied before parsing (libxml2 would build text nodes of no use). Small scripts stay:
# JSON-LD and page variables state the publication date.
_OPENER = re.compile(r"<(script|style)\b[^>]*>", re.I)
_HEAVY_FROM = 100_000  # characters of page before the cost of the scan pays off
_SCRIPT_KEPT = 20_000


def _lighten(text: str) -> str:
    """``text`` with the contents of styles and of scripts over 20 KB emptied (an element
    ends at its first closing tag, as in an HTML parser)."""
    # Next known position of each closing tag spelling; searches only move forward, so a
    # spelling absent from one point on is never searched again (linear, not one scan of
    # the rest of the page per script).
    ahead: dict[str, int] = {}

    def closing(tag: str, start: int) -> int:
        found = []
        for spelling in (f"</{tag}", f"</{tag.upper()}", f"</{tag.capitalize()}"):
            at = ahead.get(spelling)
            if at is None or 0 <= at < start:  # unknown, or behind us: look ahead again
                at = ahead[spelling] = text.find(spelling, start)
            if at >= 0:
                found.append(at)
        return min(found, default=-1)

    out: list[str] = []
    pos = 0
    for match in _OPENER.finditer(text):
        if match.start() < pos:
            continue  # an opener inside content already emptied
        tag = match.group(1).lower()
        end = closing(tag, match.end())
        if end < 0:
            break
        if tag == "style" or end - match.end() > _SCRIPT_KEPT:
            out.append(text[pos : match.end()])
            pos = end
    out.append(text[pos:])
    return "".join(out)


# The picture elements of the mobile instant page formats (AMP's ``<amp-img>`` and
# ``<amp-anim>``, MIP's ``<mip-img>``), which forbid ``<img>``: pictures, read as ``<img>``.
_INSTANT_PICTURES = ("amp-img", "amp-anim", "mip-img")


def _plain_pictures(root: etree._Element, text: str) -> etree._Element:
    """``root`` with the instant formats' picture elements renamed ``img``, so that every
    reading of a picture (a caption's box, a portrait's profile, a photo table) sees them."""
    if "-img" in text or "-anim" in text or "-IMG" in text or "-ANIM" in text:
        for el in root.iter(*_INSTANT_PICTURES):
            el.tag = "img"
    return root


def parse_html(text: str) -> etree._Element | None:
    """An lxml tree of the page, or None when nothing parseable is there.

    ``huge_tree``: old government pages with hundreds of unclosed ``<font>`` tags pass
    libxml2's default depth limit (256), and libxml2 then silently drops everything below
    it, the article included. When libxml2 refuses a document outright, BeautifulSoup's
    forgiving parser (through ``lxml.html.soupparser``) gets a second try.
    """
    # lxml refuses str input with an encoding declaration, also after a BOM or a comment.
    text = text.lstrip("\ufeff")
    declaration = _XML_DECLARATION.search(text, 0, 4096)
    if declaration and _PROLOGUE.match(text, 0, declaration.start()).end() == declaration.start():
        text = text[: declaration.start()] + text[declaration.end() :]
    if not text.strip():
        return None
    if len(text) > _HEAVY_FROM:
        text = _lighten(text)
    try:
        # A plain lxml parser: lxml.html's element classes cost a Python call for every
        # element proxy (a fifth of the extractor's time on a 500 KB page).
        root = etree.fromstring(text, etree.HTMLParser(huge_tree=True))
        if root is not None:
            return _plain_pictures(root, text)
    except (etree.ParserError, ValueError):
        pass
    from lxml.html import soupparser  # BeautifulSoup: imported only when needed (~0.3 s)

    try:
        root = soupparser.fromstring(text)
    except Exception:  # BeautifulSoup raises assorted errors on binary junk
        return None
    if root is None or not "".join(root.itertext()).strip():
        return None
    return _plain_pictures(root, text)
