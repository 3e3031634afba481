"""HTML page to article parts: title, printed date, byline text and body paragraphs.

Two ways in. With a source's selectors (CSS, or XPath when the expression starts with
``/``) the parts are taken from where the source says they are. Without them a general
extractor written for Chinese news templates finds the body: after dropping scripts, styles,
navigation, share/comment/related widgets and captions, the block whose paragraphs hold the
most Chinese text that is not link text wins (text density with a link penalty, the idea of
Readability and GNE). Bodies made of ``<p>`` and of ``<br>``-separated text both work.

The title is the heading (``<h1>``…``<h5>`` or a ``title``-classed div) that best matches
the page's ``<title>``/``og:title``, so a site name in ``<h1>`` loses to the real headline.
The date is the one printed near the title, which readers see, before ``<meta>`` dates,
which CMSs often fill with the build or update time.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime

import lxml.html
from lxml import etree

from pipelines.dates import parse_date

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
_TITLE_HINT = re.compile(r"title|biaoti|headline|tit\b|bt\b", re.I)
_DATE_HINT = re.compile(r"time|date|pubtime|info|source|meta|publish|laiyuan|ly\b", re.I)
_META_DATES = (
    "article:published_time", "og:article:published_time", "publishdate", "PubDate",
    "pubdate", "publish_time", "firstpublishedtime", "datePublished", "dc.date", "date",
    "og:release_date", "apub:time",
)
_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜—–]|--|-\s|\s-)\s*")
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
    """An lxml tree of the page, or None when nothing parseable is there."""
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses str input with an encoding decl
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None


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


def _classes(el: etree._Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}".strip()


def _text(el) -> str:
    if isinstance(el, str):
        return el
    return " ".join(el.itertext())


def _clean_tree(root: etree._Element, remove: str | None = None) -> None:
    """Drop what is never article text: scripts, widgets, comments, captions."""
    for el in root.iter(etree.Comment, etree.ProcessingInstruction):
        el.getparent() is not None and el.drop_tree()
    for el in list(root.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter()):
        if isinstance(el.tag, str) and el.getparent() is not None and _CAPTION.search(
            _classes(el)
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
        cls = _classes(el)
        # Never drop a block that holds most of the page's text (a mislabelled wrapper).
        if (
            cls
            and (_ABSTRACT.search(cls) or (_NEGATIVE.search(cls) and not _BODY_HINT.search(cls)))
            and len(_HAN.findall(_text(el))) < 600
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
    return sum(len(_HAN.findall(_text(a))) for a in el.iter("a"))


def _score(el: etree._Element) -> float:
    """Chinese text in the element's paragraphs, minus link text, favouring body hints."""
    han = len(_HAN.findall(_text(el)))
    if han < 20:
        return 0.0
    links = _link_han(el)
    punct = len(re.findall(r"[，。；：！？、]", _text(el)))
    score = han - 2.5 * links + 2 * punct
    if _BODY_HINT.search(_classes(el)):
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


def _meta(root: etree._Element, names: tuple[str, ...]) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = root.xpath(f'//meta[@{attr}="{name}"]/@content')
            if found and found[0].strip():
                return found[0].strip()
    return None


def _norm(text: str) -> str:
    """Whitespace collapsed to single spaces (headlines use a space between clauses)."""
    return re.sub(r"\s+", " ", text or "").strip()


# Whole class tokens of mastheads: a heading inside one is the site's name, not a headline.
_CHROME = {"logo", "header", "head", "top", "topbar", "top-bar", "top-nav", "banner", "brand",
           "sitename", "site-name", "nav", "navbar", "masthead", "paper-top", "site-header"}


def _title(root: etree._Element, body: etree._Element | None) -> str | None:
    """The headline: the heading (or title-classed block) that best matches the page's
    ``<title>``/``og:title``/``ArticleTitle`` and sits with the body, not in the masthead."""
    candidates: list[tuple[etree._Element | None, str]] = []
    seen: set[str] = set()
    for el in root.iter("h1", "h2", "h3", "h4", "h5", "div", "p", "span", "td", "strong"):
        if el.tag in ("div", "p", "span", "td", "strong") and not _TITLE_HINT.search(_classes(el)):
            continue
        text = _norm(_text(el))
        if 4 <= len(text) <= 80 and len(_HAN.findall(text)) >= 4 and text not in seen:
            seen.add(text)
            candidates.append((el, text))
    meta_title = _norm(_meta(root, ("og:title", "ArticleTitle")) or "")
    if meta_title and meta_title not in seen and len(_HAN.findall(meta_title)) >= 4:
        # A headline the CMS states in <meta> but prints in an unmarked block.
        candidates.append((None, meta_title))
    best = _best_title(root, candidates, body=body)
    if best:
        return best
    parts = _title_parts(_page_title(root))
    if parts:
        return parts[0]
    for el, text in candidates:
        if el is not None and el.tag in ("h1", "h2"):
            return text
    return None


def _title_parts(page_title: str) -> list[str]:
    """``标题_频道_网站`` split into its parts; a bare ``-`` splits only a short last part
    without digits (``…增长5%-新华网``), so ``2024-2030`` stays whole."""
    if not page_title:
        return []
    parts = [p for p in _TITLE_SPLIT.split(page_title) if p]
    if len(parts) == 1:
        match = re.match(r"^(.{4,}?)-([^-\d]{2,12})$", page_title)
        if match:
            parts = [match.group(1), match.group(2)]
    return parts


def _page_title(root: etree._Element) -> str:
    return _norm(_meta(root, ("og:title", "ArticleTitle")) or "") or _norm(
        root.findtext(".//title") or ""
    )


def _near(el: etree._Element, body: etree._Element) -> bool:
    """True when ``el`` sits in the body's parent or grandparent (the article block)."""
    ancestors = set(el.iterancestors())
    block = body.getparent()
    for _ in range(2):
        if block is None or block.tag in ("body", "html"):
            return False
        if block in ancestors:
            return True
        block = block.getparent()
    return False


def _in_chrome(el: etree._Element) -> bool:
    """True when ``el`` is part of the masthead (logo, header, top bar, navigation)."""
    for node in (el, *el.iterancestors()):
        if node.tag in ("header", "nav"):
            return True
        if _CHROME.intersection(_classes(node).lower().split()):
            return True
    return False


def _best_title(
    root: etree._Element,
    candidates: list[tuple[etree._Element | None, str]] | list[str],
    *,
    body: etree._Element | None = None,
) -> str | None:
    """The candidate that best matches the page's titles, near the body, not in the masthead.

    The site name is the last part of ``<title>`` ("标题_频道_网站") and often the
    masthead's ``<h1>``: a match with that part counts little.
    """
    pairs = [(None, c) if isinstance(c, str) else c for c in candidates]
    meta_title = _norm(_meta(root, ("og:title", "ArticleTitle")) or "")
    page_title = _norm(root.findtext(".//title") or "")
    parts = _title_parts(page_title)
    site = parts[-1] if len(parts) > 1 else None
    best, best_score = None, 0.0
    for el, cand in pairs:
        score = 0.0
        if meta_title and cand == meta_title:
            score = 3.5
        elif cand == site:
            score = 0.5
        elif page_title and (cand == page_title or (parts and cand == parts[0])):
            score = 3.0
        elif page_title and cand in page_title:
            score = 2.0
        elif page_title and page_title.startswith(cand[: max(4, len(cand) // 2)]):
            score = 1.0
        if el is not None:
            if body is not None and _near(el, body):
                score += 1.5
            if _in_chrome(el):
                score -= 2.0
            if el.tag in ("h1", "h2", "h3", "h4", "h5"):
                score += 0.2
        score += len(cand) / 1000  # the fuller of two equally good headlines
        if score > best_score:
            best, best_score = cand, score
    return best if best_score >= 1.0 else None


_SPLIT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s+(\d{1,2})\s*/\s*(\d{1,2})(?!\d)")


def _squash_date(text: str) -> str:
    """A date laid out over several elements ("2025 01/17") as one ("2025-01-17")."""
    return _SPLIT_DATE.sub(r"\1-\2-\3", text)


_SOURCE_HINT = re.compile(r"(?:^|[\s_-])(?:source|laiyuan|ly|from|media|a_source)(?:$|[\s_-])",
                          re.I)
_SOURCE_LABEL = re.compile(r"(?:来源|稿源|来源于|出处)\s*[:：]?\s*(\S{2,20})")


def _source_text(root: etree._Element, date_text: str | None) -> str | None:
    """The media a page credits: ``来源：新华社`` in the date line or a source-classed
    element (short text only)."""
    if date_text:
        match = _SOURCE_LABEL.search(date_text)
        if match:
            return match.group(1)
    for el in root.iter("span", "div", "p", "em", "a", "li", "font"):
        if not _SOURCE_HINT.search(_classes(el)):
            continue
        text = _norm(_text(el))
        if 2 <= len(text) <= 40:
            match = _SOURCE_LABEL.search(text)
            return match.group(1) if match else text
    return None


_INFO_LABEL = re.compile(r"来源[:：]|发布时间|发布日期|时间[:：]|日期[:：]")
_HAS_TIME = re.compile(r"\d\s*[:：时]\s*\d")
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def _printed_date(
    root: etree._Element, body: etree._Element | None, fetched_at: str | datetime | None
) -> tuple[str | None, str | None]:
    """(text, iso) of the publication date printed on the page, if any.

    Candidates are short elements outside the body, or date-classed ones (``time``,
    ``date``, ``info``…) inside it; headings are skipped (``2024年12月27日新闻发布会`` is a
    headline). The first date-classed candidate with a time wins, then any with a time, then
    the first date-classed one, then the first.
    """
    inside = set(body.iter()) if body is not None else set()
    found: list[tuple[str, str, bool, bool]] = []
    for el in root.iter("span", "div", "p", "em", "i", "td", "font", "time", "li", "h3",
                        "h4", "h5", "h6", "small", "ol", "ul"):
        cls = _classes(el)
        hinted = el.tag == "time" or bool(_DATE_HINT.search(cls))
        if el in inside and not hinted:
            continue  # dates in the article text are events, not the publication date
        if (el.tag in _HEADINGS and not hinted) or _TITLE_HINT.search(cls):
            continue
        text = _text(el).strip()
        if not text or len(text) > 120:
            continue
        # An info line labelled like one ("来源：", "发布时间") counts as date-classed.
        hinted = hinted or bool(_INFO_LABEL.search(text))
        if len(text) > 60 and not hinted:
            continue
        iso = parse_date(el.get("datetime") or _squash_date(text), fetched_at=fetched_at,
                         allow_relative=hinted)
        if iso:
            found.append((text, iso, hinted, bool(_HAS_TIME.search(text))))
            if len(found) >= 12:
                break
    for want in ((True, True), (None, True), (True, None), (None, None)):
        for text, iso, hinted, timed in found:
            if (want[0] is None or hinted) and (want[1] is None or timed):
                return text, iso
    return None, None


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
            titles = [_norm(_text(t)) for t in _select(root, selectors["title"])]
            titles = [t for t in titles if t]
            if len(titles) > 1:  # "h1" on a page whose logo is an <h1> too
                result.title = _best_title(root, titles) or titles[0]
            elif titles:
                result.title = titles[0]
        if selectors.get("date"):
            dates = _select(root, selectors["date"])
            if dates:
                text = _text(dates[0]).strip()
                result.date_text = text
                result.published_at = parse_date(text, fetched_at=fetched_at)
        if selectors.get("author"):
            authors = _select(root, selectors["author"])
            if authors:
                result.author_text = _text(authors[0]).strip()
    if result.method == "selectors":
        result.source_text = _source_text(root, result.date_text)
        if result.title is None:
            result.title = _title(root, found[0] if found and hasattr(found[0], "tag") else None)
        if result.published_at is None:
            result.date_text, result.published_at = _printed_date(root, None, fetched_at)
        return result
    _drop_negative(root)
    body = _best_body(root)
    result.title = _title(root, body)
    result.date_text, result.published_at = _printed_date(root, body, fetched_at)
    if result.published_at is None:
        meta_date = _meta(root, _META_DATES)
        if meta_date:
            result.date_text, result.published_at = meta_date, parse_date(
                meta_date, fetched_at=fetched_at
            )
    result.source_text = _source_text(root, result.date_text)
    if body is not None:
        result.paragraphs = paragraphs_of(body)
    return result
