"""What a page says about its article besides the body: headline, publication date, source.

Used by :mod:`pipelines.extract`. Facts stated in the page's head and scripts (``<meta>``,
JSON-LD, script variables, the page's own URL) are read once, before the tree is cleaned
(:func:`read_facts`). The headline is the heading (``<h1>``…``<h6>`` or a ``title``-classed
block) that best matches the page's ``<title>``/``og:title`` and sits with the body rather
than in the masthead, so a site name in ``<h1>`` loses to the real headline; navigation
labels (``阅读下一篇``) and info lines (``来源：… 作者：…``) are never headlines, and such
info glued to a headline is cut off. The date weighs every piece of evidence: dates printed
near the headline (readers see those), ``<time datetime>``, JSON-LD ``datePublished``,
``<meta>`` publication dates, script variables and the URL's date segment; a printed date
without a year takes its year from the others.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from lxml import etree

from pipelines.dates import as_beijing, has_year, parse_date, url_date

_HAN = re.compile(r"[\u4e00-\u9fff]")
_TITLE_HINT = re.compile(r"title|biaoti|headline|heading|tit\d*\b|bt\d*\b", re.I)
_DATE_HINT = re.compile(r"time|date|pubtime|info|source|meta|publish|laiyuan|ly\b|fbsj|rq\b",
                        re.I)
# Separators of "标题_频道_网站"; a doubled dash "——" belongs to the headline (its subtitle).
_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜–]|(?<!—)—(?!—)|--|-\s|\s-)\s*")
# <meta> names (lower-cased) that state the publication time, most trusted first.
META_DATES = (
    "article:published_time", "og:article:published_time", "og:release_date", "pubdate",
    "publishdate", "publish_date", "publish-date", "publishtime", "publish_time", "pubtime",
    "firstpublishedtime", "datepublished", "dc.date.issued", "dcterms.issued", "dc.date",
    "dcterms.created", "weibo:article:create_at", "sailthru.date", "parsely-pub-date",
    "releasedate", "apub:time", "date",
)
_META_TITLES = ("og:title", "articletitle", "twitter:title", "headline")
_META_SITES = ("og:site_name", "sitename", "site_name", "application-name")
# Script variables that carry the publication time: var publishTime = "…", "pubDate": "…".
# A dated string value is found first (a cheap scan), then the name before it is checked.
_SCRIPT_VALUE = re.compile(r"""[:=]\s*["']((?:19|20)\d{2}[-/.年][^"'<>\n]{3,30})["']""")
_SCRIPT_KEY = re.compile(
    r"""(?i)(?:pub|publish|release|first_?publish|post)\w{0,12}?(?:date|time|at)\w{0,6}["']?\s*$"""
)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.I)


@dataclass
class PageFacts:
    """What a page states outside its visible text, read before the tree is cleaned."""

    metas: dict[str, str] = field(default_factory=dict)
    page_title: str = ""
    ld_dates: list[str] = field(default_factory=list)
    ld_titles: list[str] = field(default_factory=list)
    script_dates: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)

    def meta(self, names: tuple[str, ...]) -> str | None:
        for name in names:
            value = self.metas.get(name)
            if value:
                return value
        return None

    @property
    def meta_title(self) -> str:
        return collapse_spaces(self.meta(_META_TITLES) or (self.ld_titles or [""])[0])

    @property
    def site_names(self) -> set[str]:
        names = {collapse_spaces(v) for k in _META_SITES if (v := self.metas.get(k))}
        parts = _title_parts(self.page_title)
        if len(parts) > 1:
            names.add(parts[-1])
        return {n for n in names if n}


def saved_from_url(text: str) -> str | None:
    """The URL a browser wrote into a saved page (``<!-- saved from url=(0063)http://… -->``)."""
    match = _SAVED_FROM.search(text[:4096])
    return match.group(1) if match else None


def _ld_objects(data: object) -> list[dict]:
    if isinstance(data, list):
        return [o for item in data for o in _ld_objects(item)]
    if isinstance(data, dict):
        return [data, *(_ld_objects(data["@graph"]) if "@graph" in data else [])]
    return []


def read_facts(root: etree._Element, url: str | None = None) -> PageFacts:
    """``<meta>`` contents, ``<title>``, JSON-LD, script date variables and the page's URLs."""
    facts = PageFacts()
    for meta in root.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip()
        content = (meta.get("content") or "").strip()
        if name and content:
            facts.metas.setdefault(name.lower(), content)
    title = root.find(".//title")
    facts.page_title = collapse_spaces(title.text_content() if title is not None else "")
    budget = 100_000  # script text read for dates: enough for any head, bounded on huge pages
    for script in root.iter("script"):
        if budget <= 0:
            break
        code = script.text
        if not code or script.get("src"):
            continue
        budget -= min(len(code), 20_000)
        if "ld+json" in (script.get("type") or "").lower():
            try:
                data = json.loads(code)
            except ValueError:
                continue
            for obj in _ld_objects(data):
                if isinstance(obj.get("datePublished"), str):
                    facts.ld_dates.append(obj["datePublished"])
                if isinstance(obj.get("headline"), str):
                    facts.ld_titles.append(obj["headline"])
            continue
        # An inlined library (emptied by parse_html on big pages) states no date.
        if len(code) <= 20_000:
            facts.script_dates.extend(
                m.group(1) for m in _SCRIPT_VALUE.finditer(code)
                if _SCRIPT_KEY.search(code, max(0, m.start() - 40), m.start())
            )
    facts.urls = [u for u in (url, facts.metas.get("og:url")) if u]
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            facts.urls.append(link.get("href"))
    return facts


def classes_of(el: etree._Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}".strip()


def text_of(el) -> str:
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


def collapse_spaces(text: str) -> str:
    """Whitespace collapsed to single spaces (headlines use a space between clauses)."""
    return re.sub(r"\s+", " ", text or "").strip()


# Whole class tokens of mastheads: a heading inside one is the site's name, not a headline.
_CHROME = {"logo", "header", "head", "top", "topbar", "top-bar", "top-nav", "banner", "brand",
           "sitename", "site-name", "nav", "navbar", "masthead", "paper-top", "site-header",
           "footer", "foot", "bottom", "copyright"}
# Navigation labels and list headings: never a headline (also when the next article's title
# follows the label: "阅读下一篇：…").
_NAV_LABEL = re.compile(
    r"^\s*[\[【(（]?\s*(?:阅读|查看)?(?:上一篇|下一篇|上一条|下一条|上篇|下篇|相关阅读|相关新闻|相关链接"
    r"|相关文章|相关报道|延伸阅读|推荐阅读|热点推荐|热门推荐|热门文章|猜你喜欢|当前位置|您的位置|你的位置"
    r"|您现在的位置|所在位置)"
    # Short generic labels only when they are the whole text or followed by a separator.
    r"|^\s*(?:更多|返回|首页|打印|关闭|分享|位置)\s*(?:$|[:：>»+]|本页|窗口|顶部|列表|到)"
)
# Info labels: where they start, the headline has ended ("标题 来源：新华社 作者：…").
_INFO_START = re.compile(
    r"(?:来源|稿源|作者|发布时间|发布日期|发表时间|更新时间|时间|日期|责任编辑|编辑|浏览次数|浏览|"
    r"点击数|点击|阅读数|字号)\s*[:：]|(?<=\S)\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)"
)


def headline_text(text: str) -> str | None:
    """``text`` as a headline, with info glued after it cut off; None for a navigation label,
    an info line or a fragment."""
    text = collapse_spaces(text)
    if _NAV_LABEL.match(text):
        return None
    match = _INFO_START.search(text)
    if match:
        text = text[: match.start()].rstrip(" |丨:：-—_")
    if len(text) < 4 or len(_HAN.findall(text)) < 4:
        return None
    return text


def headline(
    root: etree._Element,
    body: etree._Element | None,
    facts: PageFacts | None = None,
    *,
    skip: set[etree._Element] | frozenset = frozenset(),
) -> tuple[etree._Element | None, str | None]:
    """(element, text) of the headline: the heading (or title-classed block) that best
    matches the page's ``<title>``/``og:title`` and sits with the body, not in the masthead;
    else ``og:title`` or the ``<title>`` part that is not the site's name."""
    facts = facts or read_facts(root)
    candidates: list[tuple[etree._Element | None, str]] = []
    seen: set[str] = set()
    for el in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "div", "p", "span", "td", "strong",
                        "b", "font"):
        if el in skip or (el.tag not in _HEADINGS and not _TITLE_HINT.search(classes_of(el))):
            continue
        raw = short_text(el, 300)
        text = headline_text(raw) if raw else None
        if text and len(text) <= 80 and text not in seen:
            seen.add(text)
            candidates.append((el, text))
    meta_title = headline_text(facts.meta_title) if facts.meta_title else None
    if meta_title and meta_title not in seen:
        # A headline the CMS states in <meta> but prints in an unmarked block.
        candidates.append((None, meta_title))
    best = best_title(root, candidates, body=body, facts=facts)
    if best:
        return best
    sites = facts.site_names | _masthead_names(root)
    for part in _title_parts(facts.page_title):
        text = headline_text(part)
        if text and text not in sites and not _site_like(text):
            return None, text
    return _closest_before(root, body, [(el, t) for el, t in candidates
                                        if el is not None and t not in sites])


def _closest_before(
    root: etree._Element,
    body: etree._Element | None,
    candidates: list[tuple[etree._Element, str]],
) -> tuple[etree._Element | None, str | None]:
    """Without any title to match: the heading or title-classed block printed closest
    before the body (within 60 elements), not in the masthead."""
    if body is None:
        return None, None
    order = {el: i for i, el in enumerate(root.iter())}
    start = order.get(body, 0)
    before = [(start - order[el], el, text) for el, text in candidates
              if el in order and 0 < start - order[el] <= 60 and not _in_chrome(el)]
    if not before:
        return None, None
    _, el, text = min(before, key=lambda item: item[0])
    return el, text


def _site_like(text: str) -> bool:
    """A short name ending like a site's (``…网``, ``…政府``, ``…门户网站``)."""
    return len(text) <= 14 and bool(re.search(r"(?:网|网站|门户|政府|官网|频道|首页|平台)$", text))


def _masthead_names(root: etree._Element) -> set[str]:
    names = set()
    for el in root.iter("h1", "h2", "a", "div", "span"):
        if (el.tag in ("h1", "h2") and _in_chrome(el)) or "logo" in classes_of(el).lower():
            text = short_text(el, 60)
            if text and text.strip():
                names.add(collapse_spaces(text))
    return names


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
    """True when ``el`` is part of the masthead or footer (logo, header, top bar, navigation)."""
    for node in (el, *el.iterancestors()):
        if node.tag in ("header", "nav", "footer"):
            return True
        if _CHROME.intersection(classes_of(node).lower().split()):
            return True
    return False


def best_title(
    root: etree._Element,
    candidates: list[tuple[etree._Element | None, str]] | list[str],
    *,
    body: etree._Element | None = None,
    facts: PageFacts | None = None,
) -> tuple[etree._Element | None, str] | None:
    """The candidate that best matches the page's titles, near the body, not in the masthead.

    The site name is the last part of ``<title>`` ("标题_频道_网站"), ``og:site_name`` and
    often the masthead's ``<h1>``: such a candidate counts little.
    """
    facts = facts or read_facts(root)
    pairs = [(None, c) if isinstance(c, str) else c for c in candidates]
    meta_title = facts.meta_title
    page_title = facts.page_title
    parts = _title_parts(page_title)
    sites = facts.site_names
    best, best_score = None, 0.0
    for el, cand in pairs:
        score = 0.0
        # A block printing the headline and then a subtitle or links ("标题 副题 在线荐稿"):
        # the part the page's titles state is the headline.
        for stated in (meta_title, parts[0] if parts else ""):
            if (len(stated) >= 6 and cand.startswith(stated) and cand != stated
                    and not page_title.startswith(cand)):
                cand = stated
                break
        if cand in sites:
            score = 0.0
        elif meta_title and cand == meta_title:
            score = 3.5
        elif page_title and (cand == page_title or (parts and cand == parts[0])):
            score = 3.0
        elif page_title and cand in page_title:
            score = 2.0
        elif any(t and t.startswith(cand[: max(4, len(cand) // 2)])
                 for t in (page_title, meta_title)):
            score = 1.0
        if el is not None:
            if body is not None and _near(el, body):
                score += 1.5
            if _in_chrome(el):
                score -= 2.0
            if el.tag in _HEADINGS:
                score += 0.2
        if cand in sites or (_site_like(cand) and score < 3.0):
            score = min(score, 0.5)
        score += len(cand) / 1000  # the fuller of two equally good headlines
        if score > best_score:
            best, best_score = (el, cand), score
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
        text = collapse_spaces(short_text(el, 200) or "")
        if 2 <= len(text) <= 40:
            match = _SOURCE_LABEL.search(text)
            return match.group(1) if match else text
    return None


_INFO_LABEL = re.compile(
    r"来源[:：]|发布时间|发布日期|发表时间|时间[:：]|日期[:：]|发文日期|成文日期"
)
_HAS_TIME = re.compile(r"\d\s*[:：时]\s*\d")
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# A masthead's "today" line (今天是2019年9月6日 星期五) or an update stamp: not publication.
_NOT_PUBLISHED = re.compile(r"星期[一二三四五六日天]|今天是|今日是|更新时间|修改时间|最后更新|截止")


@dataclass
class _Printed:
    text: str
    source: str
    iso: str
    score: float
    order: int
    dated: bool  # carries its own year


def _structured_dates(facts: PageFacts, url_day: tuple | None) -> list[tuple[str, str]]:
    """(text, iso) of the dates the page states in JSON-LD, ``<meta>`` and scripts, most
    trusted first. A stated offset is honoured, unless the URL's day agrees with the clock
    time as written and not with the converted one (a Beijing time labelled UTC)."""
    texts = [*facts.ld_dates]
    texts += [v for k in META_DATES if (v := facts.metas.get(k))]
    texts += facts.script_dates[:5]
    found = []
    for text in texts:
        iso = parse_date(text, allow_relative=False)
        if not iso:
            continue
        naive = parse_date(re.sub(r"(?:Z|[+-]\d{2}:?\d{2})\s*$", "", text.strip()),
                           allow_relative=False)
        if url_day and naive and naive[:10] != iso[:10] and _day_tuple(naive) == url_day:
            iso = naive
        found.append((text, iso))
    return found


def _day_tuple(iso: str) -> tuple[int, int, int]:
    return int(iso[:4]), int(iso[5:7]), int(iso[8:10])


def page_date(
    root: etree._Element,
    body: etree._Element | None,
    fetched_at: str | datetime | None,
    *,
    anchor: etree._Element | None = None,
    facts: PageFacts | None = None,
    skip: set[etree._Element] | frozenset = frozenset(),
) -> tuple[str | None, str | None]:
    """(text, iso) of the publication date, from all the evidence on the page.

    Printed candidates are short elements outside the body, date-classed ones (``time``,
    ``date``, ``info``…) and short info lines at the body's top; headings are skipped
    (``2024年12月27日新闻发布会`` is a headline). Each is scored: a date class or an info
    label (``发布时间``, ``来源：``), a time, a year, closeness to the headline (``anchor``)
    or the body, agreement with the structured dates or the URL; a masthead's "today" line,
    list entries and the page's chrome count against. A printed date without a year takes
    the year of a stated date with the same month and day, else of the URL, else of the
    structured dates or the page's other dates; no date lands after the fetch time. Without
    a convincing printed date, JSON-LD, ``<meta>``, script data and the URL's day are used.
    """
    facts = facts or PageFacts()
    now = as_beijing(fetched_at)
    url_day = next((d for u in facts.urls if (d := url_date(u))), None)
    structured = _structured_dates(facts, url_day)
    stated_days = {_day_tuple(iso) for _, iso in structured}
    if url_day and url_day[2]:
        stated_days.add(url_day)
    inside = set(body.iter()) if body is not None else set()
    body_top = _body_top(body)
    order = {el: i for i, el in enumerate(root.iter())}
    points = [order[a] for a in (anchor, body) if a is not None and a in order]
    if body is not None:
        points.append(order.get(body, 0) + sum(1 for _ in body.iter()) - 1)
    found: list[_Printed] = []
    for el in _date_holders(root, order):
        if el in skip:
            continue  # a list of other articles, comments or links
        cls = classes_of(el)
        hinted = el.tag == "time" or bool(_DATE_HINT.search(cls))
        if el in inside and not hinted and el not in body_top:
            continue  # dates in the article text are events, not the publication date
        raw = short_text(el, 300)
        text = raw.strip() if raw else ""
        if (el.tag in _HEADINGS and not hinted) or _TITLE_HINT.search(cls):
            # A headline with its info line glued on ("标题 来源：… 2023-12-01 14:43"): the
            # part after the headline is an info line.
            glued = _INFO_START.search(text)
            if not glued or not glued.start():
                continue
            text = text[glued.start():].strip()
        if not text or (len(text) > 120 and el.get("datetime") is None):
            continue
        # An info line labelled like one ("来源：", "发布时间") counts as date-classed.
        labelled = bool(_INFO_LABEL.search(text)) or _labelled_by_previous(el)
        if el in inside and not hinted and not (labelled or _HAS_TIME.search(text)):
            continue
        if len(text) > 60 and not (hinted or labelled):
            continue
        source = el.get("datetime") or _squash_date(text)
        dated = has_year(source)
        iso = parse_date(source, fetched_at=fetched_at, allow_relative=hinted or labelled)
        if not iso or datetime.fromisoformat(iso) > now:
            continue
        score = 2.0 * (hinted or labelled) + labelled + bool(_HAS_TIME.search(source)) + dated
        if points:
            distance = min(abs(order[el] - p) for p in points)
            score += 3 if distance <= 12 else 2 if distance <= 40 else 1 if distance <= 120 else 0
            # Printed with the headline, above the body, rather than in a line below it.
            score += 0.5 if body is not None and order[el] < order.get(body, 0) else 0
        if _NOT_PUBLISHED.search(text):
            score -= 3
        if _in_chrome(el) or _in_listing(el):
            score -= 3
        if stated_days:
            day = _day_tuple(iso)
            agrees = day in stated_days if dated else day[1:] in {d[1:] for d in stated_days}
            score += 3 if agrees else -1 if dated else 0
        found.append(_Printed(text, source, iso, score, order[el], dated))
        if len(found) >= 40:
            break
    best = max(found, key=lambda c: (c.score, -c.order), default=None)
    if best is not None and (best.score >= 4 or not structured):
        iso = best.iso
        if not best.dated:
            year = _year_for(best.iso, structured, url_day, found)
            if year:
                iso = parse_date(best.source, fetched_at=fetched_at, year=year) or iso
        return best.text, iso
    if structured:
        return structured[0]
    if url_day and url_day[2]:
        y, m, d = url_day
        return f"{y}-{m:02d}-{d:02d}", parse_date(f"{y}-{m:02d}-{d:02d}")
    return None, None


_DATE_TAGS = {"span", "div", "p", "em", "i", "td", "font", "time", "li", "h3", "h4", "h5", "h6",
              "small", "ol", "ul", "b", "strong", "label"}
_DATEISH = re.compile(r"\d|刚刚|今天|今日|昨天|昨日|前天")


def _date_holders(root: etree._Element, order: dict[etree._Element, int]) -> list:
    """Elements that may print a date, in document order: those holding a text node with a
    digit (or 昨天, 刚刚…), up to three levels up (a date split over spans is whole in their
    parent), and those with a ``datetime`` attribute. Reading only these, not every block of
    the page, keeps a 90 KB portal page cheap."""
    holders: set[etree._Element] = set(root.xpath("//*[@datetime]"))
    for node in root.xpath("//text()"):
        if not _DATEISH.search(node):
            continue
        el = node.getparent()
        if el is not None and node.is_tail:
            el = el.getparent()
        for _ in range(4):
            if el is None or el in holders:
                break
            holders.add(el)
            el = el.getparent()
    return sorted((el for el in holders if el.tag in _DATE_TAGS and el in order),
                  key=order.__getitem__)


def _year_for(iso: str, structured: list[tuple[str, str]], url_day: tuple | None,
              found: list[_Printed]) -> int | None:
    """The year of a printed month-day: a stated date on the same month and day, else the
    URL's year, else the structured dates' year, else the commonest year printed nearby."""
    month_day = (int(iso[5:7]), int(iso[8:10]))
    for _, stated in structured:
        if (int(stated[5:7]), int(stated[8:10])) == month_day:
            return int(stated[:4])
    for cand in found:
        if cand.dated and (int(cand.iso[5:7]), int(cand.iso[8:10])) == month_day:
            return int(cand.iso[:4])
    if url_day:
        return url_day[0]
    if structured:
        return int(structured[0][1][:4])
    years = Counter(int(c.iso[:4]) for c in found if c.dated)
    return years.most_common(1)[0][0] if years else None


def _body_top(body: etree._Element | None) -> set[etree._Element]:
    """The first few short blocks of the body, where a dateline is printed."""
    if body is None:
        return set()
    top: set[etree._Element] = set()
    for el in body.iter("p", "div", "span", "font", "td", "strong", "b", "em"):
        if el is body:
            continue
        top.add(el)
        if len(top) >= 6:
            break
    return top


def _labelled_by_previous(el: etree._Element) -> bool:
    """True when the cell or span before ``el`` is a date label (``生成日期：`` | ``2024-06-04``,
    the layout of government information-disclosure tables)."""
    previous = el.getprevious()
    if previous is None or not isinstance(previous.tag, str):
        return False
    text = (short_text(previous, 40) or "").strip()
    return bool(text) and len(text) <= 12 and bool(_INFO_LABEL.search(text + "：")) and \
        bool(re.search(r"日期|时间", text))


def _in_listing(el: etree._Element) -> bool:
    """True when ``el`` is an entry of a list of other articles (a link beside the date)."""
    node = el
    for _ in range(3):
        if node is None:
            return False
        if node.tag == "li":
            return any(len(_HAN.findall(a.text_content())) >= 4 for a in node.iter("a"))
        node = node.getparent()
    return False
