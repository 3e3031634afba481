"""What a page states about its article outside the visible text: ``<meta>`` names,
``<title>``, JSON-LD, script date variables and the page's own URLs.

Read once by :func:`read_facts`, BEFORE the tree is cleaned (cleaning drops ``<meta>`` and
scripts), and handed to :mod:`pipelines.headline` and :mod:`pipelines.pagedate` as evidence.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from lxml import etree

from pipelines.dates import url_date
from pipelines.treetext import collapse_spaces, han_count, text_content

# Separators of "标题_频道_网站"; a doubled dash "——" belongs to the headline (its subtitle).
# Breadcrumb marks ("某某博客 » 标题", "某某网>栏目") put the site first.
_BREADCRUMB = r"[»›]|(?<=[\u4e00-\u9fff\s])>(?=[\u4e00-\u9fff\s])"
# A run of three dashes or more (``标题————栏目——网站``) splits too: a subtitle's mark is two.
_TITLE_SPLIT = re.compile(rf"\s*(?:[_|｜│┃–]|(?<!—)—(?!—)|—{{3,}}|--|-\s|\s-|{_BREADCRUMB})\s*")
_BREADCRUMB_MARK = re.compile(_BREADCRUMB)
# Names of a site, portal or channel: "…网", "…政府", "…门户网站", in either script
# (a Taiwan or Hong Kong site names itself "…新聞網", "…全球資訊網").
_SITE_END = re.compile(r"(?:网|網|网站|網站|门户|門戶|政府|官网|官網|频道|頻道|首页|首頁|平台|平臺"
                       # A home page's name (``某某大学中文主页``).
                       r"|主页|主頁|博客|部落格"
                       # A newspaper's name (``某某电子报``, ``某某日報``, ``某某时报``).
                       r"|电子报|電子報|日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|周报|週報)$")
# The same ending read on a name of any length (a masthead's long official name,
# ``某某自治区人民政府门户网站``).
SITE_END = _SITE_END
# <meta> names (lower-cased) that state the publication time, most trusted first.
META_DATES = (
    "article:published_time", "og:article:published_time", "og:release_date", "pubdate",
    "publishdate", "publish_date", "publish-date", "publishtime", "publish_time", "pubtime",
    "firstpublishedtime", "datepublished", "dc.date.issued", "dcterms.issued", "dc.date",
    "dcterms.created", "weibo:article:create_at", "sailthru.date", "parsely-pub-date",
    "releasedate", "apub:time", "date",
)
# A stated title giving the site's name and the headline in brackets after it
# (``某某報新聞(标题)``).
_SITE_BRACKET = re.compile(r"\s*(\S{2,12}?)\s*[(（]\s*([^()（）]{6,})[)）]\s*")
_META_TITLES = ("og:title", "articletitle", "twitter:title", "headline")
_META_SITES = ("og:site_name", "sitename", "site_name", "application-name")
# The channel (column) a CMS files the article under: a name, never the headline.
_META_COLUMNS = ("columnname", "column", "article:section", "og:article:section", "catalog")
# Script variables that carry the publication time: var publishTime = "…", "pubDate": "…",
# a map's entry ``page['publishDateTime']="…"``.
# A dated string value is found first (a cheap scan), then the name before it is checked.
_SCRIPT_VALUE = re.compile(r"""[:=]\s*["']((?:19|20)\d{2}[-/.年][^"'<>\n]{3,30})["']""")
_SCRIPT_KEY = re.compile(
    r"""(?i)(?:pub|publish|release|first_?publish|post)\w{0,12}?(?:date|time|at)\w{0,6}["']?\]?\s*$"""
)
# A publication or creation time the page's script holds as a Unix epoch (a WeChat article's
# ``var ct = "1521424800";``, filled into its empty ``<em id="publish_time">`` when the page
# runs; ``create_time``, ``publish_time`` in seconds or milliseconds), not as a date.
_EPOCH_HINT = re.compile(r"\d{10}")
_SCRIPT_EPOCH = re.compile(
    r"""(?i)(?<!\w)(?:ct|create_?time|publish_?time|pub_?time|post_?time|release_?time)"""
    r"""["']?\s*[:=]\s*["']?(1\d{9})(\d{3})?["']?(?:\s*\*\s*1)?\s*[,;\n]""")


def _epoch_dates(code: str) -> list[str]:
    """The Beijing date-times (``YYYY-MM-DDTHH:MM:SS+08:00``) of the epoch counts ``code``
    assigns to a publication or creation time (ten digits opening with 1: 2001 to 2033)."""
    return [datetime.fromtimestamp(int(match.group(1)), _BEIJING).isoformat()
            for match in _SCRIPT_EPOCH.finditer(code)][:2]


# A full day with an optional clock, as comments and scripts' code write one.
_HIDDEN_DAY = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*"
                         r"(\d{1,2})(?!\d)(?:\s*日?(?:\s+|T)(\d{1,2}[:：]\d{2}))?")
# A ``<meta>`` stating when the CMS generated the page file (``<meta name="others"
# content="页面生成时间 2023-08-16 10:33:59">``): a build stamp, rewritten whenever the page is
# regenerated, however long after the article was published.
_GENERATED = re.compile(r"^\W{0,3}(?:页面|頁面|网页|網頁)?生成(?:时间|時間)\s*[:：]?\s*"
                        r"((?:19|20)\d{2}\D.{3,25})$")
_BEIJING = timezone(timedelta(hours=8))
_ONCLICK = etree.XPath("/descendant::*/@onclick")
_LINK_IN_VALUE = re.compile(r"https?://[^\s'\"<>&]+")
_HIDDEN_MAX = 40  # days kept per page: a script's calendar or data table says nothing more


def _hidden_days(text: str, days: list[tuple[int, int, int, str | None]]) -> None:
    """Append the full days written in ``text`` (a comment or a script's code) to ``days``,
    up to ``_HIDDEN_MAX`` per page."""
    for match in _HIDDEN_DAY.finditer(text):
        if len(days) >= _HIDDEN_MAX:
            return
        y, m, d = int(match[1]), int(match[2]), int(match[3])
        if 1 <= m <= 12 and 1 <= d <= 31:
            clock = match[4].replace("：", ":").zfill(5) if match[4] else None
            days.append((y, m, d, clock))


_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.I)
# HTTrack's mark on a mirrored page: ``<!-- Mirrored from www.example.gov.cn/a/2018-07-18/1.html
# by HTTrack Website Copier/3.x … -->`` (host and path, no scheme).
_MIRRORED_FROM = re.compile(r"<!--\s*Mirrored from\s+(\S+?)\s+by HTTrack", re.I)


@dataclass
class PageFacts:
    """What a page states outside its visible text, read before the tree is cleaned."""

    metas: dict[str, str] = field(default_factory=dict)
    page_title: str = ""
    ld_dates: list[str] = field(default_factory=list)
    ld_titles: list[str] = field(default_factory=list)
    # The headline a CMS keeps for its scripts in a hidden field or block (``<div
    # id="NewsArticleTitle" style="display:none">``, ``<input type="hidden" name="title_name"
    # value="…">``, a share box's hidden ``div.share-title``): stated when nothing else is.
    hidden_titles: list[str] = field(default_factory=list)
    script_dates: list[str] = field(default_factory=list)
    # What scripts writing the reader's today (``new Date()`` … ``document.write``) left
    # behind them on a saved page (``</script>2024年11月12日``): the day it was saved.
    written_today: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    # When the CMS says it generated the page file (``<meta name="others" content="页面生成时间
    # …">``): a build stamp, not the publication time, even where a date ``<meta>`` repeats it.
    generated: list[str] = field(default_factory=list)
    # Full days (year, month, day, clock or None) written where no reader looks and under no
    # name: HTML comments (``<!--modify date 2014/7/8-->``), scripts' code outside named
    # date keys and links' ``onclick`` (``JSignDate=escape('2005-03-06 16:17:00')``), the
    # path of a link kept in a hidden form field. Too weak to date a page, they give a
    # printed month-day its year when one of them falls on that day.
    # Read only when a printed month-day needs its year: ``hidden_texts`` keeps the texts,
    # ``hidden_days`` reads them.
    hidden_texts: list[str] = field(default_factory=list)
    hidden_links: list[str] = field(default_factory=list)
    # Scripts over 20 KB: a page app's data (``{"pubTime":"2024-08-03 12:40",…}`` among a
    # feed's entries) or an inlined library. Not read for days; searched only for a printed
    # month-day at its printed clock (``data_years``).
    data_scripts: list[str] = field(default_factory=list)
    # A ``<title>`` naming a channel before the headline (``财经风云--标题``) that nothing
    # else tells apart from "标题--频道": set when the page prints the last part alone.
    channel_first: bool = False
    _hidden: list[tuple[int, int, int, str | None]] | None = field(default=None, repr=False,
                                                                   compare=False)

    def hidden_days(self) -> list[tuple[int, int, int, str | None]]:
        """The full days of ``hidden_texts`` and the days in ``hidden_links``' paths (at most
        ``_HIDDEN_MAX``), read once."""
        if self._hidden is None:
            self._hidden = []
            for text in self.hidden_texts:
                _hidden_days(text, self._hidden)
            for link in self.hidden_links:
                day = url_date(link)
                if day and day[2] and len(self._hidden) < _HIDDEN_MAX:
                    self._hidden.append((day[0], day[1], day[2], None))
        return self._hidden

    def data_years(self, month: int, day: int, clock: str) -> set[int]:
        """The years of the full days the big scripts (``data_scripts``) write on ``month``
        and ``day`` at ``clock`` (``HH:MM``): a page app's data keeps the day it prints as
        ``08-03 12:40`` whole (``"pubTime":"2024-08-03 12:40"``)."""
        if not self.data_scripts:
            return set()
        hour, minute = int(clock[:2]), clock[3:5]
        at = re.compile(rf"(?<![\d.])((?:19|20)\d{{2}})\s*[-/.年]\s*0?{month}\s*[-/.月]\s*"
                        rf"0?{day}\s*日?(?:\s+|T)0?{hour}[:：]{minute}(?!\d)")
        return {int(match[1]) for code in self.data_scripts for match in at.finditer(code)}

    def meta(self, names: tuple[str, ...]) -> str | None:
        for name in names:
            value = self.metas.get(name)
            if value:
                return value
        return None

    @property
    def stated_title(self) -> str:
        """The headline ``<meta>`` or JSON-LD states, as written; else a hidden field's
        (:attr:`hidden_titles`) when the ``<title>`` names no story (none, or only a
        channel's, a site's or a body's name): a share form's field may prefix its own words
        (``推荐：标题``), and a ``<title>`` naming the story says more."""
        stated = self.meta(_META_TITLES) or (self.ld_titles or [""])[0]
        if stated and self._names_only_site(stated):
            # A site's ``og:title`` on every page (``某某平台 - example.com``): its name and
            # its address, no story.
            stated = ""
        if not stated and self.hidden_titles and not any(
                headline_shaped(p) and not site_like(p) and not organisation_like(p)
                for p in title_parts(self.page_title)):
            stated = self.hidden_titles[0]
        return collapse_spaces(stated)

    @property
    def meta_title(self) -> str:
        """The stated headline; a copy of a ``<title>`` of several parts (``标题 | 频道 |
        网站`` in ``og:title`` too) states only the title's headline part."""
        stated = self.stated_title
        if stated and _squeeze(stated) == _squeeze(self.page_title):
            parts = self.headline_parts()
            if len(title_parts(self.page_title)) > 1 and parts:
                return parts[0]
        bracketed = _SITE_BRACKET.fullmatch(stated)
        if bracketed and self._names_site(bracketed.group(1)):
            # ``成報新聞(标题)``: the site's name, its headline in brackets.
            return bracketed.group(2).strip()
        stated_parts = title_parts(stated)
        squeezed = list(map(_squeeze, stated_parts))
        title_set = set(map(_squeeze, title_parts(self.page_title)))
        if len(stated_parts) > 1 and len(set(squeezed)) == len(squeezed) \
                and set(squeezed) <= title_set:
            # The same parts in another order ("网站 | 标题 | 频道" and "标题 | 频道 | 网站"),
            # or some of them ("标题 - 报 - 版" of "标题 - 报 - 版 - 期号"): the headline is
            # the longest; names of sites, channels and issues are short.
            return max(stated_parts, key=len)
        if len(stated_parts) > 1:
            # The headline with the site's name the page gives elsewhere (``标题- 某某日报网页``
            # where the <title> is `` - 某某日报网页``, its headline slot left empty, or
            # og:site_name says it): the part before the names.
            names = self._name_parts()
            if all(s in names for s in squeezed[1:]) and squeezed[0] not in names \
                    and len(squeezed[0]) >= 4:
                return stated_parts[0]
        return stated

    def _names_only_site(self, stated: str) -> bool:
        """True when a stated title of two parts or more is only the site's name (as
        ``og:site_name`` states it, or named like a site) and its address (``某某平台 -
        cn.example.com``): a template's statement on every page, naming no story."""
        parts = title_parts(stated)
        if len(parts) < 2 or not any(_ADDRESS.fullmatch(p) for p in parts):
            return False
        names = {_squeeze(n) for n in self.stated_site_names}
        return all(_ADDRESS.fullmatch(p) or _squeeze(p) in names or site_like(p)
                   for p in parts)

    def _name_parts(self) -> set[str]:
        """Squeezed names of the site the page states apart from its headline: the stated
        site names, the ``<title>``'s parts when its headline slot is empty (`` - 某某网``),
        else those of its parts named like a site (``…网``, ``…日报``)."""
        names = {_squeeze(n) for n in self.stated_site_names}
        parts = title_parts(self.page_title)
        empty = _TITLE_SPLIT.match(self.page_title)
        if empty and empty.end() < len(self.page_title):
            # Nothing before the first separator: every part names the site or a channel.
            names.update(map(_squeeze, title_parts(self.page_title[empty.end():])))
        else:
            names.update(_squeeze(p) for p in parts if site_like(p))
        return names

    def _names_site(self, prefix: str) -> bool:
        """True when ``prefix`` opens with the site's name as the page states it: a
        ``<meta>`` site name, or the first word of a ``<title>`` that names no headline."""
        names = set(self.stated_site_names)
        first = self.page_title.split()[0] if self.page_title.split() else ""
        if first and len(title_parts(self.page_title)) == 1:
            names.add(first)
        prefix = _squeeze(prefix)
        return any(len(n) >= 2 and prefix.startswith(_squeeze(n)) for n in names)

    @property
    def stated_site_names(self) -> set[str]:
        """Site names the page states in ``<meta>`` (``og:site_name``, ``SiteName``…)."""
        return {n for k in _META_SITES if (n := collapse_spaces(self.metas.get(k, "")))}

    @property
    def site_first(self) -> bool:
        """True when the ``<title>`` names the site first ("网站_栏目_标题", "某某博客 »
        标题"): its last part is the stated headline, its first part the stated site name or
        (the last part not) a name like a site's or a public body's, or its parts are
        separated like a breadcrumb and the first is the shorter."""
        parts = title_parts(self.page_title)
        if len(parts) < 2:
            return False
        if self.channel_first:
            return True
        first, last = _squeeze(parts[0]), _squeeze(parts[-1])
        stated = _squeeze(self.stated_title)
        if stated and last == stated and first != stated:
            return True
        if stated and first == stated:
            return False
        main = _squeeze(max(title_parts(self.stated_title), key=len)) if stated else ""
        if main and main in map(_squeeze, parts[1:-1]):
            # The stated headline between the names (``某某時報 | 标题 | 编辑部 | 某某新聞``):
            # both ends name the site; the default order stands.
            return False
        sites = {_squeeze(n) for n in self.stated_site_names}
        if first in sites or last in sites:
            return first in sites
        if site_like(parts[-1]) != site_like(parts[0]):
            return site_like(parts[0])
        if organisation_like(parts[0]) and not organisation_like(parts[-1]):
            return True  # "某市文化和旅游局_栏目_标题"
        # A breadcrumb ("某某博客 » 标题") names the site first, and the site is the shorter.
        return bool(_BREADCRUMB_MARK.search(self.page_title)) and len(first) <= len(last)

    @property
    def column_names(self) -> set[str]:
        """The channel names the page states in ``<meta>`` (``ColumnName``…)."""
        stated = self.stated_title
        return {n for k in _META_COLUMNS
                if (n := collapse_spaces(self.metas.get(k, ""))) and n != stated}

    @property
    def site_names(self) -> set[str]:
        """The stated site and channel names and the site's part of a ``<title>`` of
        several parts (its last part, or its first when the title names the site first)."""
        names = self.stated_site_names | self.column_names
        parts = title_parts(self.page_title)
        if len(parts) > 1:
            names.add(parts[0] if self.site_first else parts[-1])
        middle = _middle_headline(parts)
        if middle is not None:
            names.update(p for p in (parts[0], parts[-1]) if p != middle)
        return {n for n in names if n}

    def headline_parts(self) -> list[str]:
        """The ``<title>``'s parts without the site's part, the headline's end first."""
        parts = title_parts(self.page_title)
        if len(parts) < 2:
            return parts
        ordered = parts[1:][::-1] if self.site_first else parts[:-1]
        middle = _middle_headline(parts)
        if middle is not None:
            ordered = [middle] + [p for p in ordered if p != middle]
        return ordered


_ORGANISATION_END = re.compile(
    r"(?:局|委|委员会|委員會|厅|廳|部|署|院|办|辦|办公室|辦公室|中心|政府|协会|協會|学会|學會|大学"
    r"|大學|学院|學院)$"
)
# A headline's last word that ends on a body's suffix but is a verb or a common word
# (``…研讨会举办``, ``…工作部署``, ``…全部``, ``…新格局``, ``…出院``, ``…为中心``): no
# name of a body.
_WORD_NOT_BODY = re.compile(
    r"(?:[举舉主承协協开開创創督查交申筹籌兴興试試包代操照]|怎么|怎麼)[办辦]$|[签簽部]署$|[全内內局]部$"
    r"|[布佈格开開结結大破变變新僵出]局$|[住出入]院$|原委$|[为為]中心$")


def organisation_like(text: str) -> bool:
    """A short name ending like a public body's (``某市文化和旅游局``, ``某某大学``), not on a
    verb or a common word sharing such an ending (``…研讨会举办``, ``…工作部署``)."""
    return len(text) <= 20 and bool(_ORGANISATION_END.search(text)) \
        and not _WORD_NOT_BODY.search(text)


# A site's greeting used as every page's <title> (``谢谢您访问〖某某中心〗``, ``欢迎访问某某网``,
# ``Welcome to …``): the site speaking, never an article's headline.
_GREETING = re.compile(
    r"^\W{0,3}(?:(?:谢谢|感谢|謝謝)您?(?:访问|訪問|光临|光臨|浏览|瀏覽)"
    r"|(?:欢迎|歡迎)您?(?:访问|訪問|光临|光臨|来到|來到|浏览|瀏覽)|welcome\s+to\b)", re.I)


# A site's address printed beside its name ("某市人民政府门户网站 www.example.gov.cn").
_DOMAIN = re.compile(r"\s*(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?\s*")
# A site's address alone (``cn.example.com``, ``www.example.gov.cn/``).
_ADDRESS = re.compile(r"(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/?")


def site_like(text: str) -> bool:
    """A short name ending like a site's (``…网``, ``…政府``, ``…门户网站``; its address
    beside it left out), or a site's greeting (``欢迎访问…``) however long."""
    name = _DOMAIN.sub(" ", text).strip() if "." in text else text
    return (len(name) <= 14 and bool(_SITE_END.search(name))) or bool(_GREETING.search(text))


def _squeeze(text: str) -> str:
    r"""``text`` without whitespace (``str.split`` drops what ``\s`` matches)."""
    return "".join(text.split()) if text else ""


def saved_from_url(text: str) -> str | None:
    """The URL a browser or a mirroring tool wrote into a saved page (``<!-- saved from
    url=(0063)http://… -->``, HTTrack's ``<!-- Mirrored from host/path by HTTrack … -->``)."""
    head = text[:4096]
    match = _SAVED_FROM.search(head)
    if match:
        return match.group(1)
    match = _MIRRORED_FROM.search(head)
    if match:
        found = match.group(1)
        return found if "://" in found else f"http://{found}"
    return None


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
        attrs = meta.attrib
        if any(not key.isascii() or key != key.strip() for key in attrs):
            # A CMS writing a no-break space between attributes (``name="PubDate"
            # \xa0content="…"``) glues it to the attribute's name.
            attrs = {key.strip(" \t\r\n\xa0\u3000").lower(): value for key, value in attrs.items()}
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip()
        content = (attrs.get("content") or "").strip()
        if name and content:
            facts.metas.setdefault(name.lower(), content)
            if (built := _GENERATED.match(content)) is not None:
                facts.generated.append(built.group(1))
    title = root.find(".//title")
    facts.page_title = collapse_spaces(text_content(title) if title is not None else "")
    facts.channel_first = _channel_first(root, facts) or _home_named_first(root, facts)
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
                # ``pubDate``: the key of the Cambrian JSON-LD that Chinese sites write for
                # Baidu's search (``"pubDate": "2016-09-01T15:59:59"``, no ``@type``).
                published = obj.get("datePublished") or obj.get("pubDate")
                if isinstance(published, str):
                    facts.ld_dates.append(published)
                if isinstance(obj.get("headline"), str):
                    facts.ld_titles.append(obj["headline"])
            continue
        tail = script.tail and collapse_spaces(script.tail)
        if tail and len(tail) <= 40 and _NOW_DATE.search(code) and _WRITES.search(code):
            facts.written_today.append(tail)
        # An inlined library (emptied by parse_html on big pages) states no date.
        if len(code) > 20_000:
            facts.data_scripts.append(code)
        else:
            facts.script_dates.extend(
                m.group(1) for m in _SCRIPT_VALUE.finditer(code)
                if _SCRIPT_KEY.search(code, max(0, m.start() - 40), m.start())
            )
            if _EPOCH_HINT.search(code):
                facts.script_dates.extend(_epoch_dates(code))
            facts.hidden_texts.append(code)
    for comment in root.iter(etree.Comment):
        if comment.text and len(comment.text) <= 2_000:
            facts.hidden_texts.append(comment.text)
            # A blog's trackback block (``<!--<rdf:RDF …><rdf:Description rdf:about=
            # "…/2005/09/07/543698.aspx" dc:title="标题" …/>-->``, every Movable Type,
            # .Text or WordPress post of the 2000s) states the post's title.
            if "dc:title" in comment.text and (rdf := _RDF_TITLE.search(comment.text)) \
                    and _stated_line(title := collapse_spaces(html.unescape(rdf.group(1)))):
                facts.hidden_titles.append(title)
    for handler in _ONCLICK(root):  # a link's script (``onclick="…escape('2005-03-06 …')"``)
        if len(handler) <= 2_000:
            facts.hidden_texts.append(handler)
    # A CMS's hidden form fields (``<input type="hidden" id="hidReleaseTime" value="…">``)
    # state the release time as script data does.
    for field_el in root.iter("input"):
        if (field_el.get("type") or "").lower() != "hidden":
            continue
        name = field_el.get("id") or field_el.get("name") or ""
        value = (field_el.get("value") or "").strip()
        if value[:2] in ("19", "20") and _SCRIPT_KEY.search(name):
            facts.script_dates.append(value)
        elif _HIDDEN_TITLE_NAME.search(name) and _stated_line(value):
            facts.hidden_titles.append(_unlabelled(value))
        elif "://" in value and len(value) <= 2_000:
            # A share form's field holding the article's link (``<a href='http://…/2019/1011/
            # 48658.html'>``): the day in that link's path.
            facts.hidden_links.extend(_LINK_IN_VALUE.findall(value)[:5])
    for block in _HIDDEN_BLOCKS(root):
        if _DISPLAY_NONE.search(block.get("style") or "") and _HIDDEN_TITLE_NAME.search(
                f"{block.get('id') or ''} {block.get('class') or ''}") \
                and not _HAS_BOX(block):
            text = collapse_spaces(text_content(block))
            if _stated_line(text):
                facts.hidden_titles.append(_unlabelled(text))
    # The page's own address: given, or stated in og:url or a CMS's ``<meta name="Url">``.
    facts.urls = [u for u in (url, facts.metas.get("og:url"), facts.metas.get("url")) if u]
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            facts.urls.append(link.get("href"))
    return facts


# The post's title in a trackback block's RDF description (``dc:title="标题"``).
_RDF_TITLE = re.compile(r"""dc:title\s*=\s*["']([^"'<>]{1,300})["']""")
# A hidden field's or block's name saying it holds the article's title (``NewsArticleTitle``,
# ``hidContentTitle``, ``title_name``, ``share-title``), not a subtitle's.
_HIDDEN_TITLE_NAME = re.compile(r"(?i)(?<!sub)(?<!sub[_-])title|biaoti|headline")
_HIDDEN_BLOCKS = etree.XPath("/descendant::*[@style][self::div or self::span or self::p]")
_DISPLAY_NONE = re.compile(r"(?i)display\s*:\s*none")


# A box inside a hidden block (a hidden widget's caption, ``<div class="boxTitle"
# style="display:none"><div class="caption">你可能會喜歡</div>…``): no title field.
_HAS_BOX = etree.XPath("boolean(.//div | .//ul | .//table | .//li | .//a)")
# A share or reading label before the title in such a field (``推荐：标题``, ``正在阅读：标题``).
_FIELD_LABEL = re.compile(r"^\s*(?:推荐|推薦|分享|转发|轉發|正在阅读|正在閱讀|当前阅读|標題|标题)"
                          r"\s*[:：]\s*")


def _unlabelled(text: str) -> str:
    """``text`` without a share or reading label before it, whitespace collapsed."""
    return _FIELD_LABEL.sub("", collapse_spaces(text))


def _stated_line(text: str) -> bool:
    """True when ``text`` reads as one stated headline: six Chinese characters or more, 150
    characters at most (no block of text, no escaped or empty value)."""
    return 0 < len(text) <= 150 and han_count(text) >= 6


# A channel's or a column's name: a few Chinese characters or letters, no mark or digit.
# A channel's or site's short name; a brand in Latin letters may be longer (``Brandname | 标题``).
_CHANNEL_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,6}|[A-Za-z]{7,12}")
# A clause mark: a line holding one reads as a headline, not as a name.
CLAUSE_MARK = re.compile(r"[，、：；！？“”「」,:;!?]")
_NOT_PRINTED = {"title", "script", "style", "option", "textarea"}
_TEXT_WITH = etree.XPath("/descendant::text()[contains(., $a) or contains(., $b)]")


def _middle_headline(parts: list[str]) -> str | None:
    """The one middle part of a ``<title>`` of three parts or more that reads as a headline
    (:func:`headline_shaped`) when both ends read as names (``某某時報 | 标题 | 编辑部 |
    某某新聞``: a site's or a body's name, or six characters at most); else None. A headline
    broken by its dash (``站名_标题—副题``) keeps its subtitle part: no name."""
    if len(parts) < 3 or not all(
            (site_like(p) or organisation_like(p) or len(_squeeze(p)) <= 6)
            and not headline_shaped(p) for p in (parts[0], parts[-1])):
        return None
    shaped = [p for p in parts[1:-1] if headline_shaped(p)]
    return shaped[0] if len(shaped) == 1 else None


def headline_shaped(text: str) -> bool:
    """True when ``text`` reads as a headline, not a channel's or a site's name: six Chinese
    characters and a clause mark (``，``, ``！``, ``：``…), or ten Chinese characters."""
    han = han_count(text)
    return han >= 10 or (han >= 6 and bool(CLAUSE_MARK.search(text)))


def _channel_first(root: etree._Element, facts: PageFacts) -> bool:
    """True when a ``<title>`` of two parts that no ``<meta>`` explains names a channel
    first (``财经风云--标题``): its first part a bare short name (``财经风云``, not
    ``什么是4G？``), its last a headline's line (six Chinese characters and a clause mark,
    or ten), neither named like a site or a public body; and the page prints that last part
    alone (a link's or a line's whole text) with the first part never printed alone after
    it. A blog's name printed in its masthead before a short headline (``春游 - 某某的随笔``)
    is followed by that headline; a channel's box, if printed, comes before the story's."""
    if not facts.page_title or facts.stated_title or facts.stated_site_names:
        return False
    parts = title_parts(facts.page_title)
    if len(parts) != 2:
        return False
    first, last = parts
    if not _CHANNEL_NAME.fullmatch(_squeeze(first)) or not headline_shaped(last) \
            or any(site_like(p) or organisation_like(p) for p in parts):
        return False
    last_seen = False
    for node in _TEXT_WITH(root, a=first, b=last[:6]):
        parent = node.getparent()
        if parent is None or parent.tag not in _NOT_PRINTED:
            line = collapse_spaces(node)
            if line == last:
                last_seen = True
            elif line == first and last_seen:
                return False
    return last_seen


# A link to the site's home page: its root, ``/``, ``./``, ``index.*``, ``default.*``.
HOME_LINK = re.compile(
    r"\s*(?:\.{0,2}/|(?:https?:)?//[^/\s]+/?|(?:\.?/)?(?:index|default)\.\w+)\s*", re.I)
_LINKS_READING = etree.XPath("/descendant::a[normalize-space(.)=$name]")
_TEXT_READING = etree.XPath("/descendant::text()[normalize-space(.)=$name]")


def _home_named_first(root: etree._Element, facts: PageFacts) -> bool:
    """True when a ``<title>`` of two parts that no ``<meta>`` explains names the site first
    (``某某的博客 - 标题``, a blog engine's default): the page prints its first part as the
    whole text of a link to its home page (the masthead's name) and its last part alone,
    outside such a link (the post's heading). A headline is never a link home, whatever its
    length: a short post title (``三十岁的间隔年``) reads as a name by its words alone."""
    if not facts.page_title or facts.stated_title or facts.stated_site_names:
        return False
    parts = title_parts(facts.page_title)
    if len(parts) != 2 or site_like(parts[1]) or organisation_like(parts[1]):
        return False
    first, last = (" ".join(p.split()) for p in parts)
    if not any(HOME_LINK.fullmatch(a.get("href") or "x") or a.get("rel") == "home"
               for a in _LINKS_READING(root, name=first)):
        return False
    for node in _TEXT_READING(root, name=last):
        parent = node.getparent()
        if parent is None or parent.tag in _NOT_PRINTED:
            continue
        link = parent if parent.tag == "a" else next(parent.iterancestors("a"), None)
        if link is None or not HOME_LINK.fullmatch(link.get("href") or "x"):
            return True
    return False


# A script that prints the reader's today: a Date of now (``new Date()``, no argument)
# written into the page.
_NOW_DATE = re.compile(r"new\s+Date\s*\(\s*\)")
_WRITES = re.compile(r"document\.write|innerHTML|innerText|textContent")


def title_runs(page_title: str, *, trailing: bool = False) -> list[str]:
    """The leading parts of ``<title>`` as printed, separators kept, shortest first:
    ``对比试车—测试昌河北斗星(图)`` gives ``对比试车`` and the whole title (a single dash
    may be a separator or the headline's own). ``trailing``: the parts that end it
    (``某某博客 » 标题`` gives ``标题``), for a title that names the site first."""
    if trailing:
        runs = [page_title[m.end():] for m in _TITLE_SPLIT.finditer(page_title)
                if m.end() < len(page_title)]
        return [*runs[::-1], page_title] if page_title else []
    runs = [page_title[: m.start()] for m in _TITLE_SPLIT.finditer(page_title) if m.start()]
    # A site's name a bare dash joins to the end (``第一观察｜标题-某某网``): the run before it.
    named = _LAST_DASH_PART.match(page_title)
    if named and site_like(named.group(2)) and named.group(1) not in runs:
        runs.append(named.group(1))
    return [*runs, page_title] if page_title else []


_LAST_DASH_PART = re.compile(r"^(.{4,}?)-([^-\d]{2,12})$")  # ``标题-频道``: the last part

def title_parts(page_title: str) -> list[str]:
    """``标题_频道_网站`` split into its parts; a bare ``-`` splits only short last parts
    without digits (``…增长5%-新华网``, ``…通关-区域频道-某某网``), so ``2024-2030`` stays
    whole. Split once per title (a page asks for its title's parts some twenty times); each
    caller gets a list of its own."""
    return list(_title_parts(page_title))


@lru_cache(maxsize=64)
def _title_parts(page_title: str) -> tuple[str, ...]:
    """:func:`title_parts` as a tuple, kept per title."""
    if not page_title:
        return ()
    parts = [p for p in _TITLE_SPLIT.split(page_title) if p]
    if len(parts) == 1:
        # ``标题-频道-网站``: the channel's short part goes too, and a tag word before them
        # (``标题-标签-网站-频道``), when a headline's length stays before it.
        head, tail = page_title, []
        while len(tail) < 3 and (match := _LAST_DASH_PART.match(head)) \
                and (not tail or len(match.group(1)) >= 10):
            head, tail = match.group(1), [match.group(2), *tail]
        parts = [head, *tail]
    parts = [piece for part in parts for piece in _keyword_tail(part)]
    return tuple(_peel_site_names(parts))


# A headline and the page's keywords after a bare dash (``标题-危险化学品 危化品 化工工艺``,
# ``标题-电商,外挂,买家,定位,``: a CMS's search-engine title): three words or more, spaced or
# set apart by commas (a trailing one too), no other mark. (``、`` lists a headline's own
# items, ``某某项目-甲路、乙路、丙路改造工程``: no keyword list.)
_KEYWORD_TAIL = re.compile(r"^(.{6,}?)-((?:[\u4e00-\u9fffA-Za-z0-9]{2,10}(?:\s+|\s*[,，]\s*)){2,}"
                           r"[\u4e00-\u9fffA-Za-z0-9]{2,10}[,，]?)$")


def _keyword_tail(part: str) -> list[str]:
    """``part`` split before a keyword list a bare dash joins to it, else ``[part]``."""
    match = _KEYWORD_TAIL.match(part) if "-" in part and (
        " " in part or "," in part or "，" in part) else None
    return [match.group(1), match.group(2)] if match else [part]


# Marks some sites set between the headline and their name that split nothing else: a
# middle dot, a tilde, a slash, a double colon, a doubled dash, or only a space.
_LOOSE_MARK = r"\s*(?:·|•|~|～|/|::|——)\s*|\s+"
_LOOSE_NAME = r"[^\s·•~～/:—\-]{2,14}"
_LOOSE_TAIL = re.compile(rf"^(?P<head>.{{6,}}?)(?:{_LOOSE_MARK}|-)(?P<name>{_LOOSE_NAME})$")
_LOOSE_HEAD = re.compile(rf"^(?P<name>{_LOOSE_NAME})\s*(?P<mark>·|•|::|-)\s*(?P<head>.{{6,}})$")


def _peel_site_names(parts: list[str]) -> list[str]:
    """``parts`` with a site's name joined to the headline by a loose mark (``标题 · 某某网``,
    ``标题——某某网``, ``标题 某某网``, ``某某网 · 标题``; a bare dash inside the first of
    several parts, ``标题-某某网_某某``, or closing the last, ``栏目｜标题-某某网``) made a part
    of its own. Only a name ending like a site's (:func:`site_like`) is peeled: the marks
    belong to headlines as often."""
    if not parts:
        return parts
    last = _LOOSE_TAIL.match(parts[0])
    if last and site_like(last["name"]) and not site_like(last["head"]):
        parts = [last["head"].rstrip(), last["name"], *parts[1:]]
    first = _LOOSE_HEAD.match(parts[-1]) if len(parts) == 1 else None
    if first and site_like(first["name"]) and not (
            first["mark"] == "-" and site_like(first["head"])):
        # ``某某网 · 标题``; ``某某新闻网-标题`` too (a bare dash after the site's name, the
        # headline long: :func:`_title_parts` splits a bare dash only before a short part),
        # unless both ends are names (``某某网-某某频道``).
        parts = [first["name"], first["head"].lstrip()]
    tail = _LAST_DASH_PART.match(parts[-1]) if len(parts) > 1 else None
    if tail and site_like(tail.group(2)) and not site_like(tail.group(1)):
        # A channel's name, then the headline with the site's name after a bare dash
        # (``栏目｜标题-某某网``): the site's name is a part of its own.
        parts = [*parts[:-1], tail.group(1), tail.group(2)]
    return parts
