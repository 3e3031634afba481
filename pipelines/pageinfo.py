"""What a page says about its article besides the body: headline, printed date, source.

Used by :mod:`pipelines.extract`. The headline is the heading (``<h1>``…``<h5>`` or a
``title``-classed block) that best matches the page's ``<title>``/``og:title`` and sits with
the body rather than in the masthead, so a site name in ``<h1>`` loses to the real headline.
The date is the one printed near the title, which readers see, before ``<meta>`` dates,
which CMSs often fill with the build or update time.
"""

from __future__ import annotations

import re
from datetime import datetime

from lxml import etree

from pipelines.dates import parse_date

_HAN = re.compile(r"[\u4e00-\u9fff]")
_TITLE_HINT = re.compile(r"title|biaoti|headline|tit\b|bt\b", re.I)
_DATE_HINT = re.compile(r"time|date|pubtime|info|source|meta|publish|laiyuan|ly\b", re.I)
_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜—–]|--|-\s|\s-)\s*")
META_DATES = (
    "article:published_time", "og:article:published_time", "publishdate", "PubDate",
    "pubdate", "publish_time", "firstpublishedtime", "datePublished", "dc.date", "date",
    "og:release_date", "apub:time",
)


def classes_of(el: etree._Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}".strip()


def text_of(el) -> str:
    if isinstance(el, str):
        return el
    return " ".join(el.itertext())


def meta_content(root: etree._Element, names: tuple[str, ...]) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = root.xpath(f'//meta[@{attr}="{name}"]/@content')
            if found and found[0].strip():
                return found[0].strip()
    return None


def collapse_spaces(text: str) -> str:
    """Whitespace collapsed to single spaces (headlines use a space between clauses)."""
    return re.sub(r"\s+", " ", text or "").strip()


# Whole class tokens of mastheads: a heading inside one is the site's name, not a headline.
_CHROME = {"logo", "header", "head", "top", "topbar", "top-bar", "top-nav", "banner", "brand",
           "sitename", "site-name", "nav", "navbar", "masthead", "paper-top", "site-header"}


def find_title(root: etree._Element, body: etree._Element | None) -> str | None:
    """The headline: the heading (or title-classed block) that best matches the page's
    ``<title>``/``og:title``/``ArticleTitle`` and sits with the body, not in the masthead."""
    candidates: list[tuple[etree._Element | None, str]] = []
    seen: set[str] = set()
    for el in root.iter("h1", "h2", "h3", "h4", "h5", "div", "p", "span", "td", "strong"):
        plain_block = el.tag in ("div", "p", "span", "td", "strong")
        if plain_block and not _TITLE_HINT.search(classes_of(el)):
            continue
        text = collapse_spaces(text_of(el))
        if 4 <= len(text) <= 80 and len(_HAN.findall(text)) >= 4 and text not in seen:
            seen.add(text)
            candidates.append((el, text))
    meta_title = collapse_spaces(meta_content(root, ("og:title", "ArticleTitle")) or "")
    if meta_title and meta_title not in seen and len(_HAN.findall(meta_title)) >= 4:
        # A headline the CMS states in <meta> but prints in an unmarked block.
        candidates.append((None, meta_title))
    best = best_title(root, candidates, body=body)
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
    stated = meta_content(root, ("og:title", "ArticleTitle")) or root.findtext(".//title")
    return collapse_spaces(stated or "")


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
        if _CHROME.intersection(classes_of(node).lower().split()):
            return True
    return False


def best_title(
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
    meta_title = collapse_spaces(meta_content(root, ("og:title", "ArticleTitle")) or "")
    page_title = collapse_spaces(root.findtext(".//title") or "")
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


def source_text(root: etree._Element, date_text: str | None) -> str | None:
    """The media a page credits: ``来源：新华社`` in the date line or a source-classed
    element (short text only)."""
    if date_text:
        match = _SOURCE_LABEL.search(date_text)
        if match:
            return match.group(1)
    for el in root.iter("span", "div", "p", "em", "a", "li", "font"):
        if not _SOURCE_HINT.search(classes_of(el)):
            continue
        text = collapse_spaces(text_of(el))
        if 2 <= len(text) <= 40:
            match = _SOURCE_LABEL.search(text)
            return match.group(1) if match else text
    return None


_INFO_LABEL = re.compile(r"来源[:：]|发布时间|发布日期|时间[:：]|日期[:：]")
_HAS_TIME = re.compile(r"\d\s*[:：时]\s*\d")
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def printed_date(
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
        cls = classes_of(el)
        hinted = el.tag == "time" or bool(_DATE_HINT.search(cls))
        if el in inside and not hinted:
            continue  # dates in the article text are events, not the publication date
        if (el.tag in _HEADINGS and not hinted) or _TITLE_HINT.search(cls):
            continue
        text = text_of(el).strip()
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
