"""Small readers of an lxml tree shared by the extractor's parts: an element's classes and
text (bounded, so a page-sized wrapper is never copied), whitespace collapsing, and whether
an element sits in the page's chrome (masthead, navigation, footer)."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from functools import lru_cache

from lxml import etree

HAN = re.compile(r"[\u4e00-\u9fff]")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


# Bytes that are no high byte of a character of U+4E00–U+9FFF in UTF-16-LE.
_NOT_HAN_HIGH = bytes(b for b in range(256) if not 0x4E <= b <= 0x9F)
# Text from this length is counted through its UTF-16 high bytes (one C pass each for
# encoding, slicing and deleting): ~10× the run search on a long paragraph, slower on a
# short piece.
_BYTES_FROM = 64
# Looked up once here: the first lookup of a codec imports its module (a search of the
# import path, 0.3–6 ms), which would otherwise fall inside the first page a process cleans.
codecs.lookup("utf-16-le")


def han_count(text: str) -> int:
    """How many Chinese characters ``text`` holds: ``len(HAN.findall(text))`` without a
    string made for every character (a 200-character paragraph: 4 µs instead of 16). A
    long text is counted by the high bytes of its UTF-16-LE form: a character of
    U+4E00–U+9FFF is one code unit whose high byte is 0x4E–0x9F, and no other code unit
    (surrogates included: 0xD8–0xDF) has such a high byte."""
    if text.isascii():
        return 0
    if len(text) >= _BYTES_FROM:
        return len(text.encode("utf-16-le", "surrogatepass")[1::2].translate(None, _NOT_HAN_HIGH))
    return sum(map(len, HAN_RUN.findall(text)))


_NOT_HAN_RUN = re.compile(r"[^\u4e00-\u9fff]+")


def han_only(text: str) -> str:
    """The Chinese characters of ``text`` in their order, as one string: ``"".join(HAN.findall(
    text))`` without a string made for every character (a page's text: one substitution
    instead of thousands of one-character strings)."""
    return _NOT_HAN_RUN.sub("", text)


HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def classes_of(el: etree._Element) -> str:
    """The element's class and id together: CMS templates mark a block by either. (Asked
    of every classed element by several passes: the string is made only when both are
    there.)"""
    cls = el.get("class")
    ident = el.get("id")
    if ident is None:
        return cls.strip() if cls else ""
    if cls is None:
        return ident.strip()
    return f"{cls} {ident}".strip()


def classes_if_any(el: etree._Element) -> str | None:
    """:func:`classes_of`, or None when the element has neither a class nor an id (a pass
    that skips unmarked elements asks each attribute once)."""
    cls = el.get("class")
    ident = el.get("id")
    if ident is None:
        return None if cls is None else cls.strip()
    if cls is None:
        return ident.strip()
    return f"{cls} {ident}".strip()


def class_finder(pattern: re.Pattern[str], size: int = 4096) -> Callable[[str], bool]:
    """``pattern.search(classes) is not None`` for a class-and-id string (:func:`classes_of`),
    memoised per string: a page repeats a few hundred class strings over thousands of
    elements, and a site over its pages, while a search of a case-blind alternation of
    words costs several times a cache hit. For patterns asked only whether they occur."""

    @lru_cache(maxsize=size)
    def found(classes: str) -> bool:
        return pattern.search(classes) is not None

    return found


def text_of(el) -> str:
    """All text under an element (a selector's string result passes through)."""
    if isinstance(el, str):
        return el
    return " ".join(el.itertext())


def short_text(el: etree._Element, limit: int = 400) -> str | None:
    """The element's text, or None as soon as it passes ``limit`` characters (cheap on big
    wrappers, where a full ``text_of`` would copy the whole page)."""
    parts: list[str] = []
    size = 0
    for piece in el.itertext():
        size += len(piece)
        if size > limit:
            return None
        parts.append(piece)
    return " ".join(parts)


class TextReads:
    """:func:`short_text` for one tree left unchanged while it is asked: an element's pieces
    are read once, as far as the largest limit asked of it so far needs, and every ask is
    answered from what was read (the date reader asks the same element's text up to five
    times, each with its own limit). ``short_text(el, limit)`` is None exactly when the
    element's pieces add up to more than ``limit`` characters: a read already past a limit
    answers None for it, a read that reached the last piece gives the text, and otherwise
    the read goes on from where it stopped. No ask reads more pieces than ``short_text``
    with the same limit would (a page of many tiny pieces is no dearer than before)."""

    __slots__ = ("known",)

    def __init__(self) -> None:
        # element -> [pieces read, their characters, the rest of its itertext or None once
        # read to the end, the joined text once read to the end]
        self.known: dict[etree._Element, list] = {}

    def __call__(self, el: etree._Element, limit: int = 400) -> str | None:
        read = self.known.get(el)
        if read is None:
            read = self.known[el] = [[], 0, el.itertext(), None]
        parts, size, rest, text = read
        if size > limit:
            return None
        if rest is None:
            return text
        for piece in rest:
            parts.append(piece)
            size += len(piece)
            if size > limit:
                read[1] = size
                return None
        read[1], read[2] = size, None
        read[3] = text = " ".join(parts)
        return text


# Elements that start a new line where they open and close (and <br>).
_LINE_TAGS = {"br", "p", "div", "li", "ul", "ol", "table", "tr", "td", "th", "h1", "h2", "h3",
              "h4", "h5", "h6", "section", "article", "header", "center", "blockquote", "dd",
              "dt", "dl"}


def text_lines(el: etree._Element, limit: int = 400) -> list[str] | None:
    """The element's text as the reader sees its lines (split at ``<br>`` and block
    elements, whitespace collapsed, empty lines left out), or None past ``limit``
    characters. Source line breaks inside a text node are not lines."""
    lines: list[str] = [""]
    size = 0
    for action, node in etree.iterwalk(el, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if action == "start":
            if tag in _LINE_TAGS:
                lines.append("")
            if tag and node.text:
                lines[-1] += node.text
                size += len(node.text)
        else:
            if tag in _LINE_TAGS:
                lines.append("")
            if node is not el and node.tail:
                lines[-1] += node.tail
                size += len(node.tail)
        if size > limit:
            return None
    return [line for line in map(collapse_spaces, lines) if line]


def text_content(el: etree._Element) -> str:
    """All text under ``el``, as lxml.html's ``text_content`` (trees here are plain lxml)."""
    return "".join(el.itertext())


def drop_tree(el: etree._Element) -> None:
    """Remove ``el`` and everything under it, keeping its tail text in place (lxml.html's
    ``drop_tree`` for plain lxml elements)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + el.tail
        else:
            previous.tail = (previous.tail or "") + el.tail
    parent.remove(el)


def collapse_spaces(text: str) -> str:
    r"""Whitespace collapsed to single spaces (headlines use a space between clauses).
    ``str.split`` splits at the characters ``\s`` matches (``str.isspace``), and drops the
    outer ones as ``strip`` does: several times cheaper than a regex substitution on the
    short texts this is asked of (up to a hundred times a page)."""
    return " ".join(text.split()) if text else ""


# Reached through the attributes: the same elements in document order as
# ``//*[@class or @id]``, without testing every element of the page (~4x faster on a page
# of Word's markup with few classes).
_CLASSED = etree.XPath("/descendant::*[@class or @id]")


def classed(root: etree._Element) -> list[etree._Element]:
    """Elements with a class or id (found by libxml2; iterating every element from Python
    costs a proxy object each)."""
    return _CLASSED(root)


# Whole class tokens of mastheads: a heading inside one is the site's name, not a headline.
CHROME = {"logo", "header", "head", "top", "topbar", "top-bar", "top-nav", "banner", "brand",
          "sitename", "site-name", "nav", "navbar", "masthead", "paper-top", "site-header",
          "footer", "foot", "bottom", "copyright"}


def in_chrome(el: etree._Element) -> bool:
    """True when ``el`` is part of the masthead or footer (logo, header, top bar, navigation)."""
    for node in (el, *el.iterancestors()):
        if node.tag in ("header", "nav", "footer"):
            return True
        if CHROME.intersection(classes_of(node).lower().split()):
            return True
    return False
