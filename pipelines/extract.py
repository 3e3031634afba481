"""HTML page to article parts: title, printed date, byline text and body paragraphs.

Two ways in. With a source's selectors (CSS, or XPath when the expression starts with
``/``) the parts are taken from where the source says they are. Without them a general
extractor written for Chinese news templates finds the body: after dropping scripts, styles,
navigation, share/comment/related widgets and captions, the block whose paragraphs hold the
most Chinese text that is not link text wins (text density with a link penalty, the idea of
Readability and GNE). Bodies made of ``<p>`` and of ``<br>``-separated text both work.

Headline, printed date and source are found by :mod:`pipelines.pageinfo`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime

import lxml.html
from lxml import etree
from lxml.html import soupparser

from pipelines.dates import parse_date
from pipelines.pageinfo import (
    META_DATES,
    best_title,
    classes_of,
    collapse_spaces,
    find_title,
    meta_content,
    printed_date,
    source_text,
    text_of,
)

logger = logging.getLogger(__name__)

_HAN = re.compile(r"[\u4e00-\u9fff]")
_DROP_TAGS = (
    "script", "style", "noscript", "iframe", "form", "nav", "aside", "footer", "button",
    "select", "input", "textarea", "svg", "canvas", "video", "audio", "object", "embed",
    "template", "figcaption", "link", "meta",
)
# class/id fragments of widgets that are never the article body.
_NEGATIVE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumb|crumbs?|share|sharing|bshare|jiathis|social|"
    r"comment|comments|reply|related|recommend|relate|hot|rank|sidebar|side|aside|footer|"
    r"foot|copyright|toolbar|tools|login|qrcode|qr|erweima|ewm|advert|ads?|banner|"
    r"caption|pic-?info|img-?desc|imgtxt|pictext|tags?|keywords|pagination|pager|page-?nav|"
    r"prev|next|print|fontsize|zihao|bottom|header-?nav|subscribe|weixin|wechat|position|"
    r"location|crumbs?|"
    r"editor|zeren|author-?info|statement|disclaimer|source-?info)(?:$|[\s_-])",
    re.I,
)
# An editor's summary above the body ("g-article-abstract"): not body text even though the
# class says "article".
_ABSTRACT = re.compile(r"(?:^|[\s_-])(?:abstract|summary|zhaiyao|digest|daodu)(?:$|[\s_-])", re.I)
_BODY_HINT = re.compile(
    r"(?:^|[\s_-])(?:article|content|contents|body|text|detail|main|post|news|zw|"
    r"TRS_Editor|TRS_UEDITOR|Custom_UnionStyle|pages_content|left_zw|con)",
    re.I,
)
# Image captions marked as such (class names of CMS templates): never body text.
_CAPTION = re.compile(r"(?:^|[\s_-])(?:caption|pic-?info|img-?desc|imgtxt|pictext|pic_txt|tpms)"
                      r"(?:$|[\s_-])", re.I)
_BLOCK_TAGS = {"p", "div", "section", "article", "li", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "td", "tr", "table", "ul", "ol", "dl", "dd", "dt", "pre", "center",
               "figure", "header", "main"}


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


def looks_like_html(text: str) -> bool:
    """True when the text is markup (a tag near the start or a block of tags) rather than prose."""
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype", "<html", "<?xml", "<head", "<body", "<meta", "<div", "<p")):
        return True
    return len(re.findall(r"</?(?:p|div|br|span|a|html|body|td)\b[^>]*>", text[:20000], re.I)) >= 3


def parse_html(text: str) -> etree._Element | None:
    """An lxml tree of the page, or None when nothing parseable is there.

    ``huge_tree``: old government pages with hundreds of unclosed ``<font>`` tags pass
    libxml2's default depth limit (256), and libxml2 then silently drops everything below
    it, the article included. When libxml2 refuses a document outright, BeautifulSoup's
    forgiving parser (through ``lxml.html.soupparser``) gets a second try.
    """
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses str input with an encoding decl
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError):
        pass
    try:
        root = soupparser.fromstring(text)
    except Exception:  # BeautifulSoup raises assorted errors on binary junk
        return None
    return root if root is not None and root.text_content().strip() else None


def _select(root: etree._Element, expr: str) -> list:
    """Elements (or strings) matching a CSS or XPath expression; Scrapy's ``::text`` and
    ``::attr(name)`` pseudo-elements are accepted, as in sources files."""
    try:
        if expr.lstrip().startswith(("/", "(")):
            return list(root.xpath(expr))
        attr = re.search(r"::attr\(([\w:-]+)\)\s*$", expr)
        expr = re.sub(r"::(?:text|attr\([\w:-]+\))\s*$", "", expr)
        found = list(root.cssselect(expr))
        if attr:
            return [el.get(attr.group(1)) for el in found if el.get(attr.group(1))]
        return found
    except Exception as exc:  # a bad selector from a sources file: report, fall back
        logger.warning("bad selector %r: %s", expr, exc)
        return []


def _clean_tree(root: etree._Element, remove: str | None = None) -> None:
    """Drop what is never article text: scripts, widgets, comments, captions."""
    for el in root.iter(etree.Comment, etree.ProcessingInstruction):
        el.getparent() is not None and el.drop_tree()
    for el in list(root.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter()):
        if isinstance(el.tag, str) and el.getparent() is not None and _CAPTION.search(
            classes_of(el)
        ):
            el.drop_tree()
    if remove:
        for expr in remove.split("||"):
            for el in _select(root, expr.strip()):
                if hasattr(el, "drop_tree") and el.getparent() is not None:
                    el.drop_tree()


def _drop_negative(root: etree._Element) -> None:
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        cls = classes_of(el)
        # Never drop a block that holds most of the page's text (a mislabelled wrapper).
        if (
            cls
            and (_ABSTRACT.search(cls) or (_NEGATIVE.search(cls) and not _BODY_HINT.search(cls)))
            and len(_HAN.findall(text_of(el))) < 600
        ):
            el.drop_tree()


def paragraphs_of(el: etree._Element) -> list[str]:
    """Text of a body element split into paragraphs at block tags and ``<br>``."""
    parts: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        line = "".join(buf).strip()
        if line:
            parts.append(line)
        buf.clear()

    def walk(node: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if block or tag == "br":
            flush()
        if tag != "br" and node.text:
            buf.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                buf.append(child.tail)
        if block:
            flush()

    walk(el)
    flush()
    return [re.sub(r"\s+", " ", p).strip() for p in parts if p.strip()]


def _link_han(el: etree._Element) -> int:
    return sum(len(_HAN.findall(text_of(a))) for a in el.iter("a"))


def _score(el: etree._Element) -> float:
    """Chinese text in the element's paragraphs, minus link text, favouring body hints."""
    han = len(_HAN.findall(text_of(el)))
    if han < 20:
        return 0.0
    links = _link_han(el)
    punct = len(re.findall(r"[，。；：！？、]", text_of(el)))
    score = han - 2.5 * links + 2 * punct
    if _BODY_HINT.search(classes_of(el)):
        score *= 1.15
    return score


def _best_body(root: etree._Element) -> etree._Element | None:
    """The element holding the article: the best-scoring container of text paragraphs.

    Candidates are the parents of ``<p>`` elements and of blocks with their own text, and
    blocks whose own text is split by ``<br>`` (bodies without ``<p>``).
    """
    candidates: dict[etree._Element, None] = {}  # document order: ties go to the first
    for el in root.iter("p", "div", "td", "section", "article", "font", "span"):
        own = (el.text or "") + "".join((c.tail or "") for c in el)
        has_text = len(_HAN.findall(own)) >= 20
        if el.tag == "p" or has_text:
            br_body = el.tag != "p" and has_text and el.find(".//br") is not None
            container = el if br_body else el.getparent()
            if container is not None:
                candidates[container] = None
    scores = {el: _score(el) for el in candidates}
    best = max(scores, key=scores.get, default=None)
    if best is None or scores[best] <= 0:
        return None
    best_score = scores[best]
    # A wrapper that adds only a headline or an info line to a candidate inside it is not
    # the body: take the inner candidate when it holds most (75 %) of the wrapper's score.
    inner = [el for el in scores if el is not best and best in el.iterancestors()
             and scores[el] >= 0.75 * best_score]
    if inner:
        best = max(inner, key=scores.get)
        best_score = scores[best]
    # Climb while the parent adds a lot of non-link text (body split over sibling divs).
    while best.getparent() is not None and best.getparent().tag not in ("body", "html"):
        parent = best.getparent()
        if _score(parent) > best_score * 1.35:
            best, best_score = parent, _score(parent)
        else:
            break
    return best


def extract(
    root: etree._Element,
    *,
    selectors: dict[str, str] | None = None,
    fetched_at: str | datetime | None = None,
) -> Extracted:
    """Title, date and body paragraphs of a parsed page (the tree is modified)."""
    selectors = {k: v for k, v in (selectors or {}).items() if v}
    _clean_tree(root, selectors.get("remove"))
    result = Extracted()
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
                result.title = best_title(root, titles) or titles[0]
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
        if result.title is None:
            first = found[0] if found and hasattr(found[0], "tag") else None
            result.title = find_title(root, first)
        if result.published_at is None:
            result.date_text, result.published_at = printed_date(root, None, fetched_at)
        return result
    _drop_negative(root)
    body = _best_body(root)
    result.title = find_title(root, body)
    result.date_text, result.published_at = printed_date(root, body, fetched_at)
    if result.published_at is None:
        meta_date = meta_content(root, META_DATES)
        if meta_date:
            result.date_text, result.published_at = meta_date, parse_date(
                meta_date, fetched_at=fetched_at
            )
    result.source_text = source_text(root, result.date_text)
    if body is not None:
        result.paragraphs = paragraphs_of(body)
    return result
