"""The article's publication date, and the media its info line credits.

The date weighs every piece of evidence: dates printed near the headline (readers see
those), ``<time datetime>``, JSON-LD ``datePublished``, ``<meta>`` publication dates,
script variables and the URL's date segment (:mod:`pipelines.pagefacts`); a printed date
without a year takes its year from the others. Used by :mod:`pipelines.extract`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import unquote

from lxml import etree

from pipelines.dates import (
    MINGUO_ERA_NAMES,
    as_beijing,
    ascii_dates,
    bare_minguo,
    date_reading,
    fetch_relative,
    has_year,
    is_date_line,
    parse_date,
    url_date,
)
from pipelines.dates import date_text as printed_date
from pipelines.headlinetext import INFO_START, title_class
from pipelines.pagefacts import META_DATES, PageFacts, organisation_like, site_like
from pipelines.treetext import (
    CHROME,
    HEADINGS,
    TextReads,
    class_finder,
    classes_if_any,
    classes_of,
    collapse_spaces,
    han_count,
    in_chrome,
    short_text,
)

# Behind a lookahead of the words' first letters (as TITLE_HINT): the same matches, faster.
_DATE_HINT = re.compile(
    r"(?=[tdpismlfr])(?:time|date|pubtime|info|source|meta|publish|laiyuan|ly\b|fbsj|rq\b)", re.I)

# A live clock's box (``<div id="livedate">2010.09.09</div><div id="liveclock">00:00``, a
# ``showTime()`` script fills both): its printed text is the template's default, and once the
# script runs, the reader's today — never the day the page was published.
_CLOCK_HINT = re.compile(
    r"(?=[clnts])(?:clock|live_?(?:date|time)|(?:now|cur|current|today|sys)_?(?:date|time)\b)",
    re.I)
# The two class tests above, memoised per class-and-id string (class_finder).
_date_class = class_finder(_DATE_HINT)
_clock_class = class_finder(_CLOCK_HINT)

# A live clock's boxes stripped of their names: a box of its own printing only a date, beside
# a box of its own printing only a zero clock (``<div>2010.09.09</div><div>00:00</div>``).
# Both are a script's placeholders (the script prints the reader's date and time over
# them); a page's date line prints its clock in the same line, or in a box within it.
_ZERO_CLOCK = re.compile(r"\s*0{1,2}\s*[:：]\s*00(?:\s*[:：]\s*00)?\s*")
_CLOCK_BOXES = {"div", "p", "td", "li", "dd", "dt", "center"}


def _beside_zero_clock(el: etree._Element) -> bool:
    """True when ``el`` is a block whose neighbouring block prints only a zero clock
    (``00:00``): a live clock's date box, whatever its class or id says."""
    if el.tag not in _CLOCK_BOXES:
        return False
    for preceding in (False, True):
        near = next((s for s in el.itersiblings(preceding=preceding)
                     if isinstance(s.tag, str)), None)  # comments skipped
        if near is not None and near.tag in _CLOCK_BOXES and len(near) == 0 and \
                _ZERO_CLOCK.fullmatch(near.text or ""):
            return True
    return False


_SPLIT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s+(\d{1,2})\s*/\s*(\d{1,2})(?!\d)")


def _squash_date(text: str) -> str:
    """A date laid out over several elements ("2025 01/17") as one ("2025-01-17")."""
    # (no "/", no such date: most lines, answered without a scan for the year's digits)
    return _SPLIT_DATE.sub(r"\1-\2-\3", text) if "/" in text else text


_SOURCE_HINT = re.compile(r"(?:^|[\s_-])(?:source|laiyuan|ly|from|media|a_source)(?:$|[\s_-])",
                          re.I)
_source_class = class_finder(_SOURCE_HINT)
_SOURCE_LABEL = re.compile(r"(?:来源|來源|稿源|来源于|來源於|出处|出處)\s*[:：]?\s*(\S{2,20})")


def source_text(root: etree._Element, date_text: str | None,
                classes: dict[etree._Element, str] | None = None) -> str | None:
    """The media a page credits: ``来源：新华社`` in the date line or a source-classed
    element (short text only). ``classes``: every element of the page with a class or id,
    and its :func:`classes_of`, when already read."""
    if date_text:
        match = _SOURCE_LABEL.search(date_text)
        if match:
            return match.group(1)
    known = classes.get if classes is not None else classes_if_any
    for el in root.iter("span", "div", "p", "em", "a", "li", "font"):
        if (cls := known(el)) is None or not _source_class(cls):
            continue  # (no class and no id: no hint, and no string made to say so)
        text = collapse_spaces(short_text(el, 200) or "")
        if 2 <= len(text) <= 40:
            match = _SOURCE_LABEL.search(text)
            return match.group(1) if match else text
    return None


_INFO_LABEL = re.compile(
    r"来源[:：]|發布時間|发布时间|发布日期|發布日期|发表时间|时间[:：]|時間[:：]|日期[:：]|发文日期|成文日期"
    r"|來源[:：]|出处[:：]|出處[:：]|更新[:：]|發佈時間|發佈日期|發表時間"
    r"|(?:发布|發布|發佈|发表|發表)\s*[:：]|(?:发表|發表)(?:于|於)"
)
_PUBLISHED_LABEL = re.compile(
    r"(?:发布|發布|發佈|发表|發表|发稿|發稿|刊发|刊發|上版)(?:时间|時間|日期)")
_DOCUMENT_LABEL = re.compile(r"(?:生成|成文|印发|发文)日期")
# An event's time in a notice (``5.面试时间：2019年9月6日上午10:30``, ``报名截止日期：…``,
# ``活动时间：…``): what the article announces, never when it was published. A product's card
# beside the text (a car's, a film's, a phone's: ``上市时间：2007年5月28日``, ``上映日期：…``)
# dates the product's launch in the same way.
_LAUNCH = r"上市|上映|首映|发售|开售|開售|發售|開播|开播"
_EVENT_WORDS = (
    r"(?:面试|笔试|考试|初试|复试|报名|截止|活动|会议|开会|举办|举行|开幕|闭幕|培训|缴费|报到|公示"
    r"|受理|办理|申报|申请|开标|投标|竞价|拍卖|演出|比赛|开奖|兑奖|领奖|营业|办公|咨询|上课|体检"
    r"|开放|开始|结束|集合|出发|施工|开工|竣工|实施|有效|签订|登记|预约|开庭|评审|答辩|递交|提交"
    r"|" + _LAUNCH + r"|發布會|活動|會議|報名|開始|結束)(?:时间|時間|日期|期限)")
_EVENT_LABEL = re.compile(_EVENT_WORDS + r"\s*[:：为為]")
# A notice's numbered field naming a time or a day (``一、时间：2026年10月1日上午8时整``,
# ``（二）日期：…``, ``3. 时间：…``) over ``二、地点：``: when what it announces takes place; a
# page's date line is never an item of a numbered list.
_NUMBERED_TIME = re.compile(r"(?:^|[\s。；;])(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|"
                            r"[一二三四五六七八九十]{1,3}、|(?<![\d.．])\d{1,2}\s*[、.．])"
                            r"\s*(?:时间|時間|日期)\s*[:：]")
# A launch's label names the product's day even in a box classed ``info`` (``<div
# class="p-w-info"><h3>车型</h3><ul><li>上市时间：…``), where a date class would keep an event.
_LAUNCH_LABEL = re.compile(r"(?:" + _LAUNCH + r")(?:时间|時間|日期)")
# The same label alone on its line, numbered or not (``（一）考试时间``, ``二、报名时间：``).
_EVENT_LABEL_LINE = re.compile(r"(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?"
                               + _EVENT_WORDS + r"\s*[:：]?")
_HAS_TIME = re.compile(r"\d\s*[:：时]\s*\d")
# A span of days or of clock times (``3月15-16日``, ``12月26日至27日``, ``5月30日—6月2日``,
# ``9:00-12:00``, ``8:30至11:30``): when something takes place, which a notice announces; a
# page's date line names one moment.
_SPAN = re.compile(r"\d\s*日?\s*[-—–~～至到－]\s*(?:(?:0?[1-9]|1[0-2])\s*月\s*)?\d{1,2}\s*日"
                   r"|\d[:：]\d{2}\s*[-—–~～至到－]\s*\d{1,2}[:：]\d{2}")
# A span between two full days, each with its year, in digits or with a month's name
# (``2024年10月13日—2025年3月1日``, ``2024-10-13 至 2025-03-01``, ``13 Oct 2024 - 02 Nov
# 2026``): a period — an event's, a campaign's, an archive's first and last captures — never
# the moment a page was published.
_FULL_DAY = (r"(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
             r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d{2}"
             r"|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2})"
             r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")
_FULL_SPAN = re.compile(_FULL_DAY + r"\s*(?:[-—–~～至到－]|\bto\b)\s*" + _FULL_DAY)
# A speech's or a statement's own dateline at the text's top: the day and the place it was
# given, in brackets (``（2019年2月16日，慕尼黑）``); the page is often published a day later.
_DELIVERED = re.compile(
    r"\s*[（(]\s*" + _FULL_DAY + r"\s*[，,、]\s*[^\d（）()，,。]{2,12}\s*[)）]\s*$")
# A line dating a copy of the page, not the page: a cache's snapshot, a save tool's or an
# archive's stamp (``网页快照 2025-03-01``, ``本页面保存于…``, ``存档时间：…``, ``archived 1 Mar
# 2025``, ``Saved from … on …``, ``It is a snapshot of the page as it appeared on …``).
_COPY_MADE = re.compile(r"快照|保存(?:于|於|时间|時間|日期)|存档(?:于|於|时间|時間|日期)"
                        r"|存檔(?:于|於|時間|日期)|\b(?:archived|snapshot|cached|captured|retrieved)"
                        r"\b|\bsaved\s+(?:from|on|at)\b", re.I)
_YEARLESS_LINE = re.compile(r"\s*(?:0?[1-9]|1[0-2])\s*[-/月]\s*\d{1,2}\s*日?\s+\d{1,2}\s*[:：]\s*"
                            r"\d{2}(?:\s*[:：]\s*\d{2})?\s*")
# A month-day and its clock inside a short line (``http://www.example.com 03-21 11:21
# 《某某周刊》``, ``大 中 小 11-21 21:03``, ``12-11 18:58 報導``): what is left beside it.
_YEARLESS_IN_LINE = re.compile(r"(?<![\d\-/.])(?:0?[1-9]|1[0-2])\s*[-/月]\s*\d{1,2}\s*日?\s+"
                               r"\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?(?![\d:])")
_HOST_OR_URL = re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+\S*", re.A)


def _yearless_date_line(text: str) -> bool:
    """True when ``text`` is a date line of a month-day and its clock (``10-26 16:42``), or
    of a month-day written with two digits each (``05-22``, ``• 02-08 • 本刊记者 某某``),
    alone or beside what a template prints with it under a headline: the site's address,
    the source's or the column's name, a font-size or comment tool (at most twelve Chinese
    characters, no sentence)."""
    if _YEARLESS_LINE.fullmatch(text):
        return True
    match = _YEARLESS_IN_LINE.search(text) or _BARE_MONTH_DAY.search(text)
    if not match:
        return False
    rest = _HOST_OR_URL.sub("", text[:match.start()] + " " + text[match.end():]).strip()
    return len(rest) <= 30 and han_count(rest) <= 12 and not _CLAUSE_MARK.search(rest)


_CLAUSE_MARK = re.compile(r"[。，；！？,;!?]")


# A reporter's dateline closing with the report word (``某某/高雄報導``, ``记者 某某 北京报道``).
_REPORTED = re.compile(r"(?:報導|报道|報道)\s*$")


def _report_line(text: str) -> bool:
    """True when ``text`` is the dateline opening a report: a full day, the reporter and the
    place, closing with the report word (``新頭殼newtalk2014.10.24 金名/高雄報導``), under 40
    characters and no sentence."""
    return len(text) <= 40 and bool(_REPORTED.search(text)) and not _CLAUSE_MARK.search(text) \
        and has_year(text)


def _near_headline(el: etree._Element, anchor: etree._Element | None,
                   order: dict[etree._Element, int]) -> bool:
    """True when ``el`` lies right under or over the headline (``anchor``): twelve
    elements apart at most in document order."""
    return anchor is not None and anchor in order and abs(order[el] - order[anchor]) <= 12


def _bare_day_line(text: str, el: etree._Element, anchor: etree._Element | None,
                   order: dict[etree._Element, int]) -> bool:
    """True when ``text`` is a date line of a month-day of two digits each without its year
    or clock (``05-22``, ``• 02-08 • 本刊记者 某某``) right under the headline: how a template
    prints this year's days."""
    return bool(_BARE_MONTH_DAY.search(text)) and _near_headline(el, anchor, order) \
        and _yearless_date_line(text)
# A month-day without its clock, two digits each and nothing numeric around (``05-22``,
# ``02/08``): how a template prints this year's days (``5-2``, ``3-1`` may be a score).
_BARE_MONTH_DAY = re.compile(
    r"(?<![\d\-/.:：])(?:0[1-9]|1[0-2])[-/](?:0[1-9]|[12]\d|3[01])(?![\d\-/.:：])")


# A masthead's "today" line (今天是2019年9月6日 星期五) or an update stamp: not publication.
_NOT_PUBLISHED = re.compile(r"星期[一二三四五六日天]|今天是|今日是|更新时间|修改时间|最后更新|截止"
                            # An update stamp under its bare label (``[更新：2015-05-27 11:26]``).
                            r"|更新\s*[:：]|更新於|更新于"
                            r"|欢迎(?:您|访问|光临|来到)"
                            # A masthead's weather box: "2014年12月13日(六) 16°C 天晴", its
                            # clock "…時間 : 2023 年 4 月 13 日 (週四) 20:45".
                            r"|日\s*[(（](?:週|周)?[一二三四五六日天][)）]|°C|℃|气温|氣溫|天晴"
                            r"|多云|多雲"
                            # A bound, not a day (``查看旧版(2007年11月18号以前)``: the old
                            # site's pages before that day).
                            r"|[日号號]\s*(?:以前|之前|以后|以後|之后|之後)")


_WEEKDAY = re.compile(r"星期[一二三四五六日天]")


def _dated_weekday(text: str, el: etree._Element, anchor: etree._Element | None,
                   order: dict[etree._Element, int], label: str) -> bool:
    """True when the day of the week is the only mark of a masthead's "today" in ``text``, a
    date line, and the line is the page's own: right under or over the headline, or after a
    publication label (``发布时间：2023年8月19日 星期六 10:20``). A masthead prints its
    ``2019年9月6日 星期五`` far above the headline, over the site's menus."""
    if not _WEEKDAY.search(text) or _NOT_PUBLISHED.search(_WEEKDAY.sub("", text)) \
            or not is_date_line(text, words=8):
        return False  # another mark, or a sentence naming days (an event's span)
    return _near_headline(el, anchor, order) or bool(
        _PUBLISHED_LABEL.search(text) or _PUBLISHED_LABEL.search(label))


# The site's own stamp (网站更新时间：2026-12-01, 本站最后更新于…, 站点维护日期：…), printed in a
# footer on every page: no candidate, so a signing date under the text dates the page
# (stop 38, i28d: a notice dated only under its signature, the footer's stamp later).
_SITE_STAMP = re.compile(r"(?:网站|網站|本站|站点|站點|全站)\s*(?:最后|最後)?\s*"
                         r"(?:更新|維護|维护|统计|統計)")


# An update's label: when the page changed, not when it was published.
_UPDATE_LABEL = re.compile(r"(?:更新|修改|修订|修訂)(?:时间|時間|日期)|最后更新|最後更新"
                           r"|更新\s*[:：]|更新[於于]")


# A line opening with an update's stamp (``（2/21 22:08 更新）`` left where the date line was,
# ``2023/2/21 22:08更新``): when the page changed, not when it was published; the stamp after
# the date line (``2023/2/21 21:20 （2/21 22:08 更新）``) leaves the line the page's.
_UPDATED_FIRST = re.compile(r"\s*[（(]?\s*[\d/.\-:：年月日\s]+(?:更新|updated)", re.I)
_UPDATE_STAMP = re.compile(r"\s*[（(]\s*[\d/.\-:：年月日\s]+(?:更新|updated)\s*[)）]\s*$", re.I)


# A stamp of the reader's or the server's clock (``打印时间：…`` in a print bar, ``当前时间：``,
# ``访问时间：``), or the date of a neighbouring item (``上一篇：<a>…</a> 2023-05-30``): a date
# that follows such a label is never the page's. A date printed before it in the same line
# (``发布时间：2023-05-12 打印时间：…``) is still read. A related item's label (``关联稿件：
# <a>…</a> 2023-07-12``, ``相关阅读：``) introduces another story and its day.
_NOT_THIS_PAGE = re.compile(
    r"(?:打印|当前|现在|系统|服务器|访问|登录|登陆|浏览|阅读|统计|查询|检索|下载|列印|目前)(?:时间|時間|日期)\s*[:：为是]"
    # A saved copy's capture stamp (``本页面抓取时间：…``, ``快照日期：``, ``页面保存于``):
    # when the copy was made.
    r"|(?:抓取|采集|爬取|保存|存档|存檔|归档|歸檔|快照|缓存|緩存)(?:时间|時間|日期|于|於)\s*[:：为是]?"
    # A page file's build stamp printed at the foot (``页面生成时间：…``): when the CMS last
    # wrote the file.
    r"|(?:页面|頁面|网页|網頁|本页|本頁)生成(?:时间|時間|于|於)\s*[:：为是]?"
    r"|(?:关联|相关|相關|關聯|延伸)(?:稿件|文章|新闻|新聞|阅读|閱讀|链接|鏈接|报道|報導|報道)\s*[:：]"
    r"|(?:(?:上|下|前|后|後)一(?:篇|条|條|则|則|页|頁|个|個|主题|文章|信息|新闻|新聞)"
    r"|(?<![以如])(?:上|下)(?:篇|条|條|则|則|页|頁))\s*[:：]")


@dataclass
class _Printed:
    text: str
    source: str
    iso: str
    score: float
    order: int
    dated: bool  # carries its own year


_ZONE_END = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})\s*$")  # a time zone closing a date-time

def _structured_dates(facts: PageFacts, url_day: tuple | None) -> list[tuple[str, str]]:
    """(text, iso) of the dates the page states in JSON-LD, ``<meta>`` and scripts, most
    trusted first. A stated offset is honoured, unless the URL's day agrees with the clock
    time as written and not with the converted one (a Beijing time labelled UTC). A date
    that is the stamp the page says its file was generated at (``<meta name="PubDate">``
    repeating ``页面生成时间 …``) is left out: the CMS rewrites both on every rebuild."""
    texts = [*facts.ld_dates]
    texts += [v for k in META_DATES if (v := facts.metas.get(k))]
    texts += facts.script_dates[:5]
    found = []
    built = _built_stamps(facts)
    for text in texts:
        iso = parse_date(text, allow_relative=False)
        if not iso or iso[:16] in built:
            continue  # no date, or the page file's build stamp repeated as its date
        naive = parse_date(_ZONE_END.sub("", text.strip()),
                           allow_relative=False)
        if url_day and naive and naive[:10] != iso[:10] and _day_tuple(naive) == url_day:
            iso = naive
        found.append((text, iso))
    return found


def _built_stamps(facts: PageFacts) -> set[str]:
    """The minutes (ISO ``YYYY-MM-DDTHH:MM``) at which the page says its file was generated."""
    return {iso[:16] for text in facts.generated if (iso := parse_date(text, allow_relative=False))}


def _built_dates(facts: PageFacts) -> list[tuple[str, str]]:
    """(text, iso) of the date ``<meta>`` that repeat the page file's build stamp: what is left
    when nothing printed dates the page (a CMS that builds the file once, on publishing)."""
    built = _built_stamps(facts) if facts.generated else set()
    found = []
    for text in (v for k in META_DATES if (v := facts.metas.get(k))):
        iso = parse_date(text, allow_relative=False)
        if iso and iso[:16] in built:
            found.append((text, iso))
    return found


_NAMES_ERA = etree.XPath(
    "boolean(descendant::text()["
    + " or ".join(f"contains(., '{n}')" for n in MINGUO_ERA_NAMES) + "])")


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
    classes: dict[etree._Element, str] | None = None,
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
    body_around = set(body.iterancestors()) if body is not None else set()
    # The blocks holding the headline inside the body (the body chosen may be a row of
    # cells around the story's cell): a date line lies loose in them too.
    head_around = {a for a in anchor.iterancestors() if a in inside} \
        if anchor is not None else set()
    body_end = _body_end(body)
    headline_up = set(anchor.iterancestors()) if anchor is not None else set()
    # Each element's text read once for the whole loop and its helpers (the tree does not
    # change in here): one element is asked for up to five times, each with its own limit.
    texts = TextReads()
    known = classes.get if classes is not None else None  # the page's classes, when read
    headline_text = ascii_dates(collapse_spaces(texts(anchor, 600) or "")) \
        if anchor is not None else ""
    order = {el: i for i, el in enumerate(root.iter())}
    lists: dict[etree._Element, bool] = {}  # _dated_entry's verdicts, one page's
    posts: dict[etree._Element, str] = {}  # _in_reader_post's readings, one page's
    stamps: dict[etree._Element, bool] = {}  # _not_this_page's verdicts on parents, one page's
    boxes: dict[etree._Element, bool] = {}  # _in_headline_box's verdicts, one page's
    points = [order[a] for a in (anchor, body) if a is not None and a in order]
    if body is not None:
        points.append(order.get(body, 0) + len(inside) - 1)  # the body's last node
    # A page that names the Minguo era in its text (Taiwan) prints bare ROC years
    # (``115.03.19``) in its date lines too.
    minguo: bool | None = None  # asked once, when a line first shows a bare ROC year
    found: list[_Printed] = []
    # The first bare full date at the text's top (``（2026年11月20日）`` opening the text under
    # the headline), passed over as the document's own: read when nothing else dates the page.
    bare_top: tuple[str, str] | None = None
    entries: list[_Printed] = []  # other stories' entries: years only
    passed: list[etree._Element] = []  # lists of other articles passed unread: their days
    read = 0
    written = [ascii_dates(t) for t in facts.written_today]  # a saved page's "today"
    for el in _date_holders(root, order):
        if el in skip and not _own_fact(el, texts):
            passed.append(el)
            continue  # a list of other articles, comments or links
        cls = known(el, "") if known is not None else classes_of(el)
        if _clock_class(cls) or (el not in inside and _beside_zero_clock(el)):
            continue  # a live clock's box: a script writes today's date over its default
        hinted = el.tag == "time" or _date_class(cls)
        listed: bool | None = None  # asked only of the elements read (it walks up)
        if hinted:
            # A date class on an entry of a list of other articles (``<li><a>…</a><span
            # class="time">``) names that entry's date, not the page's.
            listed = _in_listing(el)
            hinted = not listed
        # A date line lying loose in the text's block or a block around it, between the
        # headline and the first paragraph (``<center><h2>…</h2></center>新闻来源: … 于November
        # 21, 2012 15:48:24 <span>…``): that line alone is read, as the text's top.
        loose = _loose_line(el, anchor, texts) if el is body or el in head_around or (
            body is not None and el in body_around) else None
        # A date line in the headline's own box inside the body (``<div class=title><h1>…
        # </h1><p>…<em>日期</em></p></div>`` under a share bar's many blocks; that box taken
        # for the headline itself) is at the text's top however many blocks precede it.
        at_top = el in body_top or loose is not None or (
            el in inside and anchor in inside and (
                _in_headline_box(el, anchor, boxes) or anchor in el.iterancestors()))
        if el in inside and not hinted and not at_top and el not in body_end \
                and not _published_line(el, texts) and not _stamp_line(el, texts):
            continue  # dates in the article text are events, not the publication date
        read += 1
        if read > _MAX_READ:
            break  # a page-long list or table of numbers: its top has been read
        # Lengths are judged on the text as read: a date line indented over several source
        # lines ("( \n      2012-06-04 09:20:26\n   )") is short.
        raw = loose or texts(el, 600)
        # A date in Chinese numerals or full-width digits (``二〇二三年五月十二日`` at a
        # notice's foot) is judged as the same date in digits: its numerals are no words.
        text = ascii_dates(collapse_spaces(raw)) if raw else ""
        if text and headline_text and not loose and el in headline_up:
            # A box holding the headline and its info line: the headline's own words
            # (``…仪式9月30日上午举行``) are no date line; the rest of the box is read.
            text = text.replace(headline_text, " ", 1).strip()
        for today in written:
            text = text.replace(today, " ").strip()
        if (el.tag in HEADINGS and not hinted) or title_class(cls):
            # A headline with its info line glued on ("标题 来源：… 2023-12-01 14:43"): the
            # part after the headline is an info line.
            # A title-classed line that opens with its label or its date (``tit1``,
            # ``news_bt1``: the CMS numbers the lines under the title) is that info line.
            # A line that is only a date line (``<small class="title">2018-10-26 16:42``,
            # ``<h6>2012年08月02日</h6>``), or opens with a date and its clock, is one
            # whatever its tag or class says.
            glued = INFO_START.search(text)
            if is_date_line(text, words=8) or _DATE_FIRST.match(text):
                pass
            elif not glued:
                continue
            elif glued.start() and not _DATE_FIRST.match(text):
                if not _date_only(text[:glued.start()]):
                    # The part before the label is the headline, not a date of its own
                    # (``<h2><span>2015年5月31日</span><span>来源：…`` keeps its date).
                    text = text[glued.start():].strip()
            elif not glued.start() and el.tag in HEADINGS:
                continue
        update = _UPDATE_LABEL.search(text)
        if update and update.start() and has_year(text[:update.start()]):
            # The page's date line with its update's stamp after it (``( 2020年09月29日
            # 更新时间：2020-10-02 18:06 )``, ``• 2007-02-08 最后更新：… • 本刊记者 某某``): the
            # line is read without the stamp (its label and its date), when the page changed.
            rest = text[update.end():]
            stamp = printed_date(rest)
            end = update.end() + rest.find(stamp) + len(stamp) if stamp else len(text)
            text = f"{text[:update.start()].rstrip()} {text[end:].lstrip()}".strip()
        published = _PUBLISHED_LABEL.search(text)
        if published and published.start() and has_year(text[:published.start()]) \
                and has_year(text[published.end():]):
            # A box printing the headline, a date in its words (``国新办2024年6月13日举行…``),
            # and the date line under it: the labelled date is the page's.
            text = text[published.start():]
        if not text or (len(text) > 120 and el.get("datetime") is None):
            continue
        source = _yy_year(_time_source(el.get("datetime"), _epoch_field(text, now), fetched_at),
                          now)
        widest, possible = date_reading(source, fetched_at=fetched_at)
        if not possible and not bare_minguo(source):
            # No date in the line however it is read: the tests below would only drop it
            # (most holders are such lines: a count, a phone number, a page number). A bare
            # ROC year is always read on, as it tells the page's era to the lines after it.
            continue
        if not loose and _links_articles(el):
            passed.append(el)
            continue  # a list of other articles' headlines and dates, whatever its class
        if _not_this_page(el, text, stamps, texts):
            continue  # a clock's stamp or a neighbouring item's date, not the page's
        event = _EVENT_LABEL.search(text) or _NUMBERED_TIME.search(text)
        if event and (not hinted or _LAUNCH_LABEL.match(text, event.start())) \
                and not _PUBLISHED_LABEL.search(text, 0, event.start()):
            continue  # the time of what the article announces
        if not hinted and _event_label_before(el, texts):
            continue  # an event's time under its own label line (``（一）考试时间`` | day)
        if not hinted and (_SPAN.search(text) or _FULL_SPAN.search(text)):
            continue  # a span of days or hours (``时间：3月15-16日9:00-12:00``): an event's
        if _COPY_MADE.search(text):
            continue  # when a copy of the page was made (a snapshot, a save, an archive)
        # An info line labelled like one ("来源：", "发布时间") counts as date-classed.
        labelled = bool(_INFO_LABEL.search(text)) or _labelled_by_previous(el, texts)
        if el in inside and not hinted and not at_top:
            # A line under the text that is only a date (``2015-06-19 11:20:11``,
            # ``发布日期：2024年6月13日``), or a short one printing a full date with its clock
            # (``http://… 2009年11月09日11:30 某某音乐 我要评论(0)``: no signature's day has
            # one): the page's date line printed after the body.
            clocked = len(text) <= 60 and has_year(text) and bool(_HAS_TIME.search(text))
            # A magazine's byline line under the text (``• 2007-02-08 • 本刊记者 某某``): the
            # day beside the reporter's name is the issue's, as it is over the text.
            bylined = _REPORTER.search(text) is not None and _date_only(_REPORTER.sub("", text))
            if not (_date_only(text) or labelled or clocked or bylined) \
                    or _in_reader_post(el, posts, texts):
                continue
        elif (el in inside or loose) and not hinted and not (
                labelled or _HAS_TIME.search(text) or _report_line(text) or (not loose and (
                    _named_date_line(text)
                    or (_date_only(text) and _in_headline_box(el, anchor, boxes))
                    or _bare_day_line(text, el, anchor, order)))):
            # At the text's top a date line has a label, a clock or a name beside its day
            # (``深圳中学 2017-01-09``), or lies in the headline's own box, beside the byline
            # (``<header><h1>…</h1><div>作者 媒体</div><div>2019.05.22</div></header>``), or is
            # a month-day of two digits each right under the headline (``<div>05-22</div>``,
            # ``• 02-08 • 本刊记者 某某``), or opens a report (``某某网2014.10.24 某某/高雄報導``);
            # a bare day in the text's box (``（2023年4月12日）``) dates the document: a
            # bulletin's or a notice's own date.
            if bare_top is None and at_top and _bare_full_date(text) and anchor is not None \
                    and anchor in order and order[anchor] < order[el] <= order[anchor] + 12:
                bare_top = (text, source)  # the last resort (below)
            continue
        if len(text) > 60 and not (hinted or labelled) and _read_length(text) > 60:
            continue
        if not hinted and "。" in text and han_count(text) > 20:
            continue  # a sentence that opens with a date ("日期:1月21日，…。"), not a date line
        if minguo is None and body is not None and bare_minguo(source):
            minguo = bool(_NAMES_ERA(body))
        # A date line outside the text, with its own label and a bare three-digit year
        # (``資料更新時間：112-08-22 13:50``), prints an ROC year whether or not the text
        # names the era: no Gregorian year has three digits. (A field of a notice's text,
        # ``日期：`` over ``115年3月10日``, is an event; its number stays unread.)
        roc = bool(minguo) or (el not in inside and bool(_INFO_LABEL.search(text))
                               and bare_minguo(source))
        dated = has_year(source, minguo=roc)
        # A month-day with its clock, or of two digits each, alone on a line right under
        # the headline (``<small>10-26 16:42</small>``, ``<div>05-22</div>``) is the date
        # line, marked or not.
        # Between the headline and the text's first block too, however many elements an
        # author's box puts between them (an avatar, a name, a badge, a framework's empty
        # comments): the headline's info area.
        under_headline = _yearless_date_line(source) and (
            _near_headline(el, anchor, order)
            or (anchor is not None and body is not None and el not in inside
                and order.get(anchor, len(order)) < order[el] < order.get(body, -1)))
        relative = hinted or labelled or under_headline
        iso = widest if relative and not roc else parse_date(
            source, fetched_at=fetched_at, allow_relative=relative, minguo=roc)
        if not iso or datetime.fromisoformat(iso) > now:
            continue
        after = body is not None and order[el] > points[-1]
        if after and _in_reader_post(el, posts, texts):
            continue  # a reader's comment under the article
        if after and el not in inside and _dated_entry(el, lists):
            passed.append(el)
            continue  # an entry of a dated list
        # Another story's entry (its linked headline beside its day): never the page's date;
        # its year still tells a yearless date line's, as the page's other dates do.
        entry = (after and el not in inside and not labelled and _linked_entry(el)) \
            or _in_story_card(el, anchor, body)
        # A date-classed line in another story's box (a feed's item: its linked headline,
        # its source and its stamp, ``<div class="source"><span>某某</span><span>1小时前``)
        # dates that story, wherever the feed lies, under the text inside the body too.
        entry = entry or (hinted and not at_top and _in_feed_card(el, anchor))
        score = 2.0 * (hinted or labelled) + labelled + bool(_HAS_TIME.search(source)) + dated
        label = _previous_label(el, texts) if labelled else ""
        if _DOCUMENT_LABEL.search(text) or _DOCUMENT_LABEL.search(label):
            score -= 1.5  # the document's own date (written, generated), not the page's
        if _PUBLISHED_LABEL.search(text) or _PUBLISHED_LABEL.search(label) or (
                (line := _DAY_SOURCE.match(text)) is not None and line["by"]):
            # 发布日期 dates the page (as does a day printed between the article's byline
            # and its source's label); 生成日期, 成文日期 date the document
            score += 1
        if points:
            distance = min(abs(order[el] - p) for p in points)
            score += 3 if distance <= 12 else 2 if distance <= 40 else 1 if distance <= 120 else 0
            # Printed with the headline, above the body, rather than in a line below it.
            score += 0.5 if body is not None and order[el] < order.get(body, 0) else 0
        if el in inside and not hinted and not at_top:
            score -= 1.5  # under the text: a date line, or the document's signing date
        # The site's masthead or footer: a block whose whole text is one such box's (a bare
        # wrapper around the top bar) is that box.
        chrome = _in_page_chrome(_sole_holder(el), anchor)
        # A weekday at the headline marks its date line, not a masthead's "today" — unless
        # the line lies in the site's header, a few elements over the headline.
        if (_NOT_PUBLISHED.search(text)
                and (chrome or not _dated_weekday(text, el, anchor, order, label))) \
                or _reprinted_from(text) or _UPDATED_FIRST.match(text):
            score -= 3
        if _UPDATE_STAMP.match(text):
            # A bracketed update's stamp alone (``（5/19 08:40 更新）`` left where the date line
            # was): any line dating the page, under the text too, comes before it. (A date
            # line that says ``2005-04-05 06:40更新 来源：…`` is a portal's way of dating.)
            score -= 3
        if _DELIVERED.match(text):
            score -= 2  # when and where the speech was given, not the page's date
        if chrome or (listed if listed is not None else _in_listing(el)):
            score -= 3
        if stated_days:
            day = _day_tuple(iso)
            agrees = day in stated_days if dated else day[1:] in {d[1:] for d in stated_days}
            # A full date printed right under the headline (``<h1>…</h1><p>2026.11.20</p>``)
            # is what the reader is told, whatever day a <meta> or a script states (a
            # later edit, the CMS's own stamp): it is not counted down for disagreeing.
            under = dated and anchor is not None and anchor in order \
                and order[anchor] < order[el] <= order[anchor] + 12 \
                and (body is None or order[el] < order.get(body, 0) or at_top)
            score += 3 if agrees else -1 if dated and not under else 0
        if not _SITE_STAMP.search(text):  # the whole site's update stamp: no page's day
            (entries if entry else found).append(_Printed(text, source, iso, score, order[el],
                                                          dated))
        if len(found) >= 40:
            break
    best = max(found, key=lambda c: (c.score, -c.order), default=None)
    # A weak printed date (no label, no class, far from the text: a masthead's "today")
    # that contradicts the day in the page's own URL gives way to it.
    weak_against_url = (best is not None and best.score < 2 and bool(url_day and url_day[2])
                        and best.dated and _day_tuple(best.iso) != url_day)
    # A build stamp stated as the date is no evidence a printed line must agree with, but
    # a weak printed line (a signing date under the text) still gives way to it.
    built = _built_dates(facts) if facts.generated else []
    if best is not None and (best.score >= 4 or not (structured or built)
                             or (not built and _days_only(structured, best))) \
            and not weak_against_url:
        iso = best.iso
        if best.dated and not _HAS_TIME.search(best.source):
            iso = _clock_of_same_day(best, found) or _stated_clock(best.iso, structured) \
                or _headline_clock(best.iso, headline_text) \
                or _info_clock(best.iso, anchor, best.order, order, inside) or iso
        if not best.dated:
            covers = tuple(c for c in (facts.metas.get("og:image"),) if c)
            # A build stamp still tells a month-day its year: the file is built on or after
            # the day it was published, seldom in a later year.
            stated = [*structured, *built]
            year = (_year_for(best.iso, stated, url_day, [*found, *entries],
                              lambda: _text_year(body, best.iso, now.year),
                              lambda: _linked_year(root, best.iso, same_day=True,
                                                   covers=covers),
                              lambda: _hidden_year(facts, best.iso,
                                                   bool(_HAS_TIME.search(best.source)), root),
                              lambda: _listed_year(best.iso, passed,
                                                   {body, *body_around, *headline_up}))
                    or _linked_year(root, best.iso, covers=covers)
                    or _weak_year([*found, *entries]))
            if year:
                iso = parse_date(best.source, fetched_at=fetched_at, year=year) or iso
            if fetch_relative(best.source):
                iso = _stated_day(iso, stated, url_day) or iso
        return best.text, iso
    if structured:
        return structured[0]
    if built:
        return built[0]
    if bare_top is not None and not found \
            and (iso := parse_date(bare_top[1], fetched_at=fetched_at, allow_relative=False)) \
            and datetime.fromisoformat(iso) <= now:
        # Nothing else printed or stated: the day printed in brackets (or alone) at the top of
        # the text, under the headline, is the page's as the reader sees it.
        return bare_top[0], iso
    if url_day and url_day[2]:
        y, m, d = url_day
        return f"{y}-{m:02d}-{d:02d}", parse_date(f"{y}-{m:02d}-{d:02d}")
    return None, None


def _bare_full_date(text: str) -> bool:
    """True when ``text`` is a short line printing a full date, at most a short label or name
    beside it and no sentence (``（2026年11月20日）``, ``[2026-11-20]``, ``二〇二六年十一月二十
    日``): a day set apart, not a dateline opening a sentence (``2026年11月20日，…``) nor a
    long name's line with its day."""
    return len(text) <= 40 and has_year(text) and not _CLAUSE_STOP.search(text) \
        and han_count(_DATE_UNITS.sub("", text)) <= 6


_CLAUSE_STOP = re.compile(r"[。，；！？,;!?]")


def _days_only(structured: list[tuple[str, str]], best: _Printed) -> bool:
    """True when every stated date is set at the day's last second (``2014-07-20-23:59:59``: a
    gazette's issue day, a day and no moment) and ``best``, a full date printed on the page (an
    order's signing day under its text), falls on or before it: the printed day dates the page,
    as a reader sees it; the stated day only files it."""
    return bool(structured) and best.dated \
        and all(iso[11:19] == "23:59:59" for _, iso in structured) \
        and best.iso[:10] <= min(iso[:10] for _, iso in structured)


def _clock_of_same_day(best: _Printed, found: list[_Printed]) -> str | None:
    """The chosen date line's day at the clock another printed line gives it (``发布日期：
    2020年9月9日`` over the text, ``时间：2020-09-09 11:21:13`` under it; ``【2014/12/13
    某某晚報】`` beside ``2014.12.13 01:06 pm``), when the chosen line prints none: the first
    such line with a year that is a date line by itself (only the date, or a date label's:
    not a list entry's headline beside its day), no update's or today's mark; None when none
    does."""
    day = best.iso[:10]
    for cand in sorted(found, key=lambda c: c.order):
        if cand is best or not cand.dated or cand.iso[:10] != day:
            continue
        if _HAS_TIME.search(cand.source) and (_INFO_LABEL.search(cand.text)
                                               or _date_only(cand.text)) \
                and not (_NOT_PUBLISHED.search(cand.text) or _UPDATED_FIRST.match(cand.text)):
            return cand.iso
    return None


# A clock alone in brackets closing the headline's line (``标题 【17:52】``, ``标题 (17:52)``):
# an instant-news page's time of the story, its day printed in the page's date line.
_HEADLINE_CLOCK = re.compile(r"(?<=\S)\s*[【\[(（]\s*(?P<H>[01]?\d|2[0-3])\s*[:：]\s*(?P<M>[0-5]\d)"
                             r"\s*[】\])）]\s*$")


def _headline_clock(iso: str, headline_text: str) -> str | None:
    """The printed day ``iso`` (no clock printed) at the clock the headline's line closes with
    in brackets (``又一起事故 【17:52】``), or None."""
    match = _HEADLINE_CLOCK.search(headline_text) if headline_text else None
    if match is None:
        return None
    return f"{iso[:10]}T{int(match['H']):02d}:{match['M']}:00{iso[19:]}"


# One clock and no other number on a line: the clock of an info line printed beside its
# day, or apart from it.
_LONE_CLOCK = re.compile(r"(?<![\d:：./\-])(?P<H>[01]?\d|2[0-3])\s*[:：]\s*(?P<M>[0-5]\d)"
                         r"(?![\d:：./\-])")
_AFTER_HEADLINE = etree.XPath("following::*[position() <= 12]")  # as _near_headline reaches


def _info_clock(iso: str, anchor: etree._Element | None, at: int,
                order: dict[etree._Element, int], inside: set[etree._Element]) -> str | None:
    """The printed day ``iso`` (no clock printed, on the line at ``at`` in ``order``) at the
    clock of the headline's info line when that line prints its clock and not its day: one
    clock, no other number, beside a short name at most (a channel's ``社會 17:30``, a
    source's account ``《某某日报》官方账号 04:40``) and no label (``时间：19:30`` is an
    event's), among the elements right after the headline (``anchor``) before the text
    starts (the body's block, ``inside``, when the headline is outside it), the day's line
    printed elsewhere (after the text, in a span apart). A clock in a small box with a
    picture or a player is a video's length. None when there is no such line."""
    if anchor is None or anchor not in order:
        return None
    outside = anchor not in inside
    for el in _AFTER_HEADLINE(anchor):
        if (outside and el in inside) \
                or han_count((el.text or "") + "".join(c.tail or "" for c in el)) >= 20:
            return None  # the text has started: no info line below it
        if order.get(el, -1) == at or _clock_class(classes_of(el)):
            continue  # the day's own line; a live clock's box
        box = el.getparent()
        if box is None or short_text(box, 60) is None:
            box = el  # the info line's own element, not the story's container around it
        if next(box.iter("img", "video", "iframe", "embed", "object"), None) is not None:
            continue  # a player's box: a video's length
        text = short_text(el, 40)
        clocks = list(_LONE_CLOCK.finditer(text)) if text else []
        if len(clocks) != 1:
            continue
        rest = collapse_spaces(text[:clocks[0].start()] + " " + text[clocks[0].end():])
        if len(rest) > 16 or re.search(r"[\d:：]", rest) or _NOT_PUBLISHED.search(rest) \
                or _CLAUSE_MARK.search(rest):
            continue
        return f"{iso[:10]}T{int(clocks[0]['H']):02d}:{clocks[0]['M']}:00{iso[19:]}"
    return None


def _stated_clock(iso: str, structured: list[tuple[str, str]]) -> str | None:
    """The printed day ``iso`` (no clock printed) at the clock a stated date gives the same
    day (``<meta name="PubDate" content="2017-04-12 08:12">`` over ``2017-04-12`` printed),
    or None; a stated midnight is no clock."""
    for _, stated in structured:
        if stated[:10] == iso[:10] and stated[11:16] not in ("", "00:00"):
            return stated
    return None


def _stated_day(iso: str, structured: list[tuple[str, str]], url_day: tuple | None) -> str | None:
    """The page's own day for a printed date counted back from the fetch time (``今日 15:23``),
    when the page states another one: a saved or archived page was fetched long after its
    "today", so the run's (or the fetch's) day is not the page's. A stated date at the same
    clock time is taken whole; else the URL's day, else the first stated date's day, with the
    printed clock. None when nothing on the page disagrees."""
    stated = [day for _, day in structured]
    url = f"{url_day[0]}-{url_day[1]:02d}-{url_day[2]:02d}" if url_day and url_day[2] else None
    if any(day[:10] == iso[:10] for day in (*stated, url) if day):
        return None
    same_clock = next((day for day in stated if day[11:16] == iso[11:16] and day < iso), None)
    if same_clock:
        return same_clock
    day = url or next((day for day in stated if day < iso), None)
    return day[:10] + iso[10:] if day and day[:10] < iso[:10] else None


# A date field whose value a script formats from a count of milliseconds (or seconds) since
# 1970 (``成文日期:<span id="data">1382860800000</span>``): the digits as the markup holds them,
# after a date label and nothing else.
_EPOCH_FIELD = re.compile(r"((?:日期|时间|時間)\s*[:：]\s*)(1\d{9}(?:\d{3})?)\s*$")


def _epoch_field(text: str, now: datetime) -> str:
    """``text`` with an epoch count after its date label written as the Beijing date and
    time it stands for (``留言时间:1573582167000`` → ``留言时间:2019-11-13 02:09:27``), when that
    falls between 1995 and the fetch time; else ``text`` unchanged. A day's field (``…日期``)
    names a day, stored as its midnight: a count hours off it (a server's other zone, a
    script adding hours before it prints the day) is read as the nearest Beijing midnight
    (``成文日期:1382860800000``, 16:00 on the 27th → ``成文日期:2013-10-28``)."""
    match = _EPOCH_FIELD.search(text)
    if not match:
        return text
    count = int(match[2])
    stamp = datetime.fromtimestamp(count / 1000 if len(match[2]) == 13 else count, now.tzinfo)
    if not (stamp.year >= 1995 and stamp <= now):
        return text
    if "日期" in match[1]:
        day = (stamp + timedelta(hours=12)).date()
        return f"{text[:match.start(2)]}{day:%Y-%m-%d}"
    return f"{text[:match.start(2)]}{stamp:%Y-%m-%d %H:%M:%S}"


def _time_source(stamp: str | None, text: str, fetched_at: str | datetime | None) -> str:
    """What to read an element's date from: its ``datetime`` attribute, unless that gives
    only the day (``datetime="2014/12/12/"``, ``"2014/11/21 00:00"``) and the printed text
    the same day with its clock time (``2014年12月12日13:47``). A month-day printed without
    its year over the stamp (``<time datetime="2014/09/23 00:00">09-23 20:46</time>``) is
    the stamp's day at the printed clock."""
    shown = _squash_date(text)
    if not stamp:
        return shown
    if not shown:
        return stamp
    stated = parse_date(stamp, fetched_at=fetched_at, allow_relative=False)
    printed = parse_date(shown, fetched_at=fetched_at, allow_relative=False)
    yearless = printed is None and stated is not None and not has_year(shown)
    if yearless:
        printed = parse_date(shown, fetched_at=fetched_at, year=int(stated[:4]))
    if not printed or not _HAS_TIME.search(shown):
        return stamp
    if stated and stated[11:19] == "00:00:00" and printed[:10] == stated[:10] \
            and printed[11:19] != "00:00:00":
        return printed if yearless else shown
    # ``datetime="2020-08-08T12:46:00Z"`` over ``2020-08-08 12:46``: the CMS wrote the local
    # clock and marked it UTC; the clock printed beside it is the same wall time, and a
    # reader reads it as the local one.
    utc = _UTC_STAMP.match(stamp.strip())
    if utc and printed[:16] == f"{utc.group(1)}T{utc.group(2)}":
        return printed if yearless else shown
    return stamp


# A ``datetime`` stamp marked UTC: its day and its clock to the minute as written.
_UTC_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?"
                        r"\s*(?:Z|[+-]00:?00|UTC|GMT)$", re.I)


# The most elements read for a date line: the corpus's pages need at most a few hundred;
# a page that is one long list or table of numbers (a megabyte of rows) would otherwise be
# read, and every row parsed, to its end.
_MAX_READ = 600
_DATE_TAGS = {"span", "div", "p", "em", "i", "td", "font", "time", "li", "h1", "h2", "h3", "h4",
              "h5", "h6", "small", "ol", "ul", "b", "strong", "label", "cite", "address", "dd",
              "dt", "u", "center", "sup"}
# The text nodes that may hold a date: whitespace-only ones (half of a page's nodes) cannot
# match _DATEISH, and libxml2 leaves them out without making a Python string of each.
_TEXT_NODES = etree.XPath("/descendant::text()[normalize-space()]")
# The elements with a ``datetime`` attribute, reached through their attributes: the same
# elements as ``//*[@datetime]``, without testing every element of the page.
_DATETIME_HOLDERS = etree.XPath("//@datetime/..")
# A year in Chinese numerals may print its zero as 零 (``二零一九年``).
_DATEISH = re.compile(r"\d|〇|○|零[〇○零一二三四五六七八九]{0,2}年|刚刚|今天|今日|昨天|昨日|前天")


def _date_holders(root: etree._Element, order: dict[etree._Element, int]) -> list:
    """Elements that may print a date, in document order: those holding a text node with a
    digit (or 昨天, 刚刚…), up to three levels up (a date split over spans is whole in their
    parent), and those with a ``datetime`` attribute. Reading only these, not every block of
    the page, keeps a 90 KB portal page cheap."""
    holders: set[etree._Element] = set(_DATETIME_HOLDERS(root))
    for node in _TEXT_NODES(root):
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
              found: list[_Printed], text_year: Callable[[], int | None],
              linked_year: Callable[[], int | None] = lambda: None,
              hidden_year: Callable[[], int | None] = lambda: None,
              listed_year: Callable[[], int | None] = lambda: None) -> int | None:
    """The year of a printed month-day: a stated date on the same month and day, else the
    URL's year, else (nothing stated) the year of the page's link and picture paths on the
    same month and day (``linked_year``), else the year the article's text gives that month
    (``text_year``: a stated date on another day is often an update time), else the
    structured dates' year, else the same-day paths' year, else the commonest year of the
    page's convincing printed dates (not lists' entries), else the one year the days of the
    lists passed unread put within a month of it (``listed_year``)."""
    month_day = (int(iso[5:7]), int(iso[8:10]))
    for _, stated in structured:
        if (int(stated[5:7]), int(stated[8:10])) == month_day:
            return int(stated[:4])
    for cand in found:
        if cand.dated and (int(cand.iso[5:7]), int(cand.iso[8:10])) == month_day:
            return int(cand.iso[:4])
    if url_day:
        return url_day[0]
    # The same day written in full in a comment or a script's code (``<!--modify date
    # 2014/7/8-->``, ``JSignDate=escape('2005-03-06 16:17:00')``): where the CMS keeps it.
    hidden = hidden_year()
    if hidden:
        return hidden
    # The page's own pictures filed under the same month and day (``/2018/0612/…jpg``): the
    # article's text may name that month in an earlier year (``2013年6月，…``).
    same_day = linked_year()
    if same_day and not structured:
        return same_day
    # Other stories' entries and the page's other date lines printed within a month of it:
    # a related list shows stories of the article's days, its text may name any year's.
    near = _near_year(month_day, found)
    if near:
        return near
    written = text_year()  # the article's own "2023年7月" beats a stated update time
    if written:
        return written
    if structured:
        return int(structured[0][1][:4])
    if same_day:
        return same_day
    # Dates of related items and lists (weak candidates) are other articles': their years
    # come after the page's own link and picture paths (see page_date).
    years = Counter(int(c.iso[:4]) for c in found if c.dated and c.score >= 2)
    return years.most_common(1)[0][0] if years else listed_year()


def _near_year(month_day: tuple[int, int], found: list[_Printed]) -> int | None:
    """The one year in which the printed month-day lies within 31 days of the page's other
    full dates (``found``: date lines, other stories' entries; ``2019.05.29`` under a story
    printed ``05-22``), across a new year too (``12-28`` beside ``2020-01-03`` is 2019's);
    None when they point to no year or to several."""
    return _year_near(month_day, (date.fromisoformat(c.iso[:10]) for c in found if c.dated))


# A full day in digits (``2014/01/16``, ``(2019-12-10)``, ``2014年1月16日``).
_LISTED_DAY = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")


def _listed_year(iso: str, passed: list[etree._Element],
                 holding: set[etree._Element]) -> int | None:
    """The one year in which the printed month-day lies within 31 days of the days the lists
    of other articles print (``passed``: the elements skipped unread as such lists, a
    sidebar's ``<span>2014/01/16</span>`` entries, a related list's ``(2019-12-10)``; not
    those ``holding`` the headline or the text); None when they point to no year or to
    several."""
    days = []
    for el in passed:
        if el in holding:
            continue
        text = "".join(el.itertext())[:_LISTED_READ]
        for y, m, d in _LISTED_DAY.findall(text):
            try:
                days.append(date(int(y), int(m), int(d)))
            except ValueError:
                continue
    return _year_near((int(iso[5:7]), int(iso[8:10])), days)


_LISTED_READ = 5_000  # characters of one list read for its days


def _year_near(month_day: tuple[int, int], days: Iterable[date]) -> int | None:
    """The one year in which ``month_day`` lies within 31 days of one of ``days``; None when
    they point to no year or to several."""
    years = set()
    for seen in days:
        for year in (seen.year - 1, seen.year, seen.year + 1):
            try:
                printed = date(year, *month_day)
            except ValueError:  # 29 February
                continue
            if abs((printed - seen).days) <= 31:
                years.add(year)
    return years.pop() if len(years) == 1 else None


def _hidden_year(facts: PageFacts, iso: str, clocked: bool,
                 root: etree._Element | None = None) -> int | None:
    """The one year of the full days a comment or a script's code writes on the printed
    month-day (on its clock too, when both print one); None when they disagree or none does.
    Without one there, the same asked of the page's ``data-`` attributes (``root``), where a
    script keeps the stamp it prints as a month-day or an age (``<span class="smart-date"
    data-origindate="2017-03-01 14:27:02 +0800"></span><span>03-01 14:27</span>``). A
    printed clock also asks the scripts over 20 KB (``facts.data_scripts``) for the day at
    that clock."""
    month, day, clock = int(iso[5:7]), int(iso[8:10]), iso[11:16]
    years = {y for y, m, d, at in facts.hidden_days()
             if (m, d) == (month, day) and not (clocked and at and at != clock)}
    if not years and clocked:
        # A page app's data script (over 20 KB, not read for days) holding the printed
        # month-day at its printed clock whole: that day is the page's.
        years = facts.data_years(month, day, clock)
    if not years and root is not None:
        same_day = re.compile(rf"(?<![\d.])((?:19|20)\d{{2}})\s*[-/.年]\s*0?{month}\s*[-/.月]\s*"
                              rf"0?{day}(?!\d)(?:\s*日?(?:\s+|T)(\d{{1,2}})[:：](\d{{2}}))?")
        for text in _DATA_VALUES(root):
            for match in same_day.finditer(text[:200]):
                at = f"{int(match[2]):02d}:{match[3]}" if match[2] else None
                if not (clocked and at and at != clock):
                    years.add(int(match[1]))
    return years.pop() if len(years) == 1 else None


# The values of the page's ``data-`` attributes.
_DATA_VALUES = etree.XPath(
    "/descendant::*/@*[starts-with(name(), 'data-')"
    " and (starts-with(., '19') or starts-with(., '20'))]")


def _weak_year(found: list[_Printed]) -> int | None:
    """The commonest year of the page's weak printed dates (lists, related items): the last
    resort for a printed month-day."""
    years = Counter(int(c.iso[:4]) for c in found if c.dated)
    return years.most_common(1)[0][0] if years else None


_LINK_DATE = re.compile(r"(?:19|20)\d{2}")


# ``2023年7月``, or a whole day in digits (``2021.3.22``, ``2021-03-22``): a year and its month.
_YEAR_MONTH = re.compile(
    r"((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月|[-./](\d{1,2})[-./]\d{1,2}(?!\d))")


def _text_year(body: etree._Element | None, iso: str, this_year: int) -> int | None:
    """The year the article's own text gives the printed month (``2023年7月，…`` under a
    line dated ``07-19``, or ``2023.7.21``): the commonest such year, not after the fetch
    year."""
    if body is None:
        return None
    month = int(iso[5:7])
    years: Counter = Counter()
    read = 0
    for piece in body.itertext():
        read += len(piece)
        if "年" in piece or "." in piece or "-" in piece:
            years.update(int(y) for y, m, d in _YEAR_MONTH.findall(piece)
                         if int(m or d) == month and int(y) <= this_year)
        if read > 20_000:
            break
    return years.most_common(1)[0][0] if years else None


def _linked_year(root: etree._Element, iso: str, same_day: bool = False,
                 covers: tuple[str, ...] = ()) -> int | None:
    """The year of a printed month-day when nothing states one: the year the page's own
    links and pictures carry in their paths (``/2015/7/3/…jpg``, ``/20150703…``,
    ``t20150703_``, the ``og:image`` cover's) on the same month and day (``same_day``);
    else the year of the page's own cover picture (``og:image``) or of its neighbours' links
    (``上一篇：<a href="/2012/0320/…">``: the column's previous and next items, days
    apart), else the commonest (a sidebar's or an advertisement's links, often years off)."""
    same, years, own = Counter(), Counter(), Counter()
    month_day = (int(iso[5:7]), int(iso[8:10]))
    for value in [*_LINKS_AND_PICTURES(root), *covers]:
        if not _LINK_DATE.search(value):
            continue
        day = url_date(value)
        if day is None:
            continue
        years[day[0]] += 1
        if day[1:] == month_day:
            same[day[0]] += 1
        if not same_day and (not hasattr(value, "getparent")
                             or _neighbour_link(value.getparent())):
            own[day[0]] += 1
    # The page's own address where a share or counter link passes it on (``…/share?url=
    # http%3A//…/2014/07/28/…``) or a share box keeps it (``data-url``, a QR code's ``title``):
    # its day, when it is the printed one.
    for value in _OWN_ADDRESSES(root):
        embedded = _EMBEDDED_URL.search(value)
        if not embedded and value.attrname in ("href", "src"):
            continue  # read above
        day = url_date(unquote(unquote(embedded[1])) if embedded else value)
        if day and day[1:] == month_day:
            same[day[0]] += 1
    found = same if same_day else same or own or years
    return found.most_common(1)[0][0] if found else None


# Links' and pictures' paths, a lazily loaded picture's too (``<img src="/blank.gif"
# data-original="…/2025/7/….jpg">``: a script swaps it in).
_LINKS_AND_PICTURES = etree.XPath("/descendant::*/@href | /descendant::*/@src"
                                  " | /descendant::img/@data-original"
                                  " | /descendant::img/@data-src")
# Values that may hold the page's own address: links passing a URL on in their query, share
# boxes' ``data-url``/``data-href``, a ``title`` holding an address.
_OWN_ADDRESSES = etree.XPath(
    "/descendant::*/@href[contains(., 'url=') or contains(., 'URL=')]"
    " | /descendant::*/@src[contains(., 'url=')] | /descendant::*/@data-url"
    " | /descendant::*/@data-href | /descendant::*/@title[contains(., '://')]")
_EMBEDDED_URL = re.compile(r"[?&](?:url|u|link|href)=(https?(?::|%3A|%253A)[^&#\s]+)", re.I)


def _neighbour_link(el: etree._Element | None) -> bool:
    """True when ``el`` is a link in a line naming the previous or next item (``上一篇：``)."""
    if el is None or el.tag != "a":
        return False
    line = short_text(el.getparent(), 200) if el.getparent() is not None else None
    return bool(line) and bool(_NEIGHBOUR.search(line))


_NEIGHBOUR = re.compile(r"(?:上|下)一?(?:篇|条|條|则|則|个|個|主题|文章|信息|新闻|新聞)\s*[:：]")


def _body_top(body: etree._Element | None) -> set[etree._Element]:
    """The short blocks at the body's top, where a dateline is printed: the first six, and
    every block before the first one with running text of its own (20 Chinese characters;
    Word's markup wraps a date line in spans, so it may come after six of them)."""
    if body is None:
        return set()
    top: set[etree._Element] = set()
    prose = 0  # blocks of running text passed
    for el in body.iter("p", "div", "span", "font", "td", "strong", "b", "em", "center", "h2",
                        "h3", "h4", "h5", "h6", "small"):
        if el is body:
            continue
        if prose >= 2:
            break  # under two paragraphs of text: a short text's foot (its signature's day)
        own = (el.text or "") + "".join(child.tail or "" for child in el)
        running = han_count(own) >= 20
        if len(top) >= 6 and (len(top) >= 30 or running):
            break
        prose += running
        top.add(el)
    return top


_LINE_MAX = 60  # characters (markup's indentation included): a signature's or a date's line
# Inline runs a line's pieces are set in (a block of its own, a list's entry, is no run);
# a word processor's smart tags (``<st1:chsdate>`` around a date, ``<o:p>``) are runs too.
_RUN_TAGS = frozenset({"span", "font", "b", "strong", "em", "i", "u", "small", "sup", "sub"})


def _body_end(body: etree._Element | None) -> set[etree._Element]:
    """The last few blocks of the body with text, where a date line may be printed under the
    text (government pages, old portals), and every block between the text's last paragraph
    and the body's end."""
    if body is None:
        return set()
    end: set[etree._Element] = set()
    text_seen = False  # a block of running text (20 Chinese characters of its own) reached
    filling = True  # still gathering the last blocks
    after: list[etree._Element] = []  # blocks after the last paragraph of prose, last first
    prose_found = False
    # Read from the end, as far as needed, so a long body is not counted whole.
    for el, own in _own_texts_from_end(body):
        closes = _SENTENCE_END.search(own) is not None
        han = han_count(own) if filling or closes else 0
        if filling:
            end.add(el)
            text_seen = text_seen or han >= 20
            # The last ten blocks; when a pager, tools and links follow the text inside the
            # body's block, every block after the text's last paragraph (up to 80).
            filling = not (len(end) >= 10 and (text_seen or len(end) >= 80))
        if not prose_found:
            if closes and han >= 20:
                # The five blocks right after the text's last paragraph of prose (20 Chinese
                # characters of its own and a sentence's end), where its date line is printed
                # when lists of links with text of their own follow it inside the body's block.
                end.update(after[-5:])
                prose_found = True
            else:
                after.append(el)
        if prose_found and not filling:
            break
    # A line whose pieces sit in inline runs of their own (a word processor's export:
    # ``<p><span lang=EN-US>2012</span><span>年<span lang=EN-US>11</span>月…</span></p>``)
    # has no text of its own: the block printing the pieces as one line is the end's too.
    for el in list(end):
        up = el.getparent()
        while (el.tag in _RUN_TAGS or ":" in el.tag) and up is not None and up is not body \
                and up not in end and _short_line(up):
            end.add(up)
            el, up = up, up.getparent()
    return end


def _short_line(el: etree._Element) -> bool:
    """True when ``el`` prints a line of ``_LINE_MAX`` characters or fewer, the spaces that
    push a signature's date to the right (``&nbsp;`` runs) not counted."""
    text = short_text(el, _PADDED_LINE_MAX)
    return text is not None and len("".join(text.split())) <= _LINE_MAX


_PADDED_LINE_MAX = 4 * _LINE_MAX  # a signature line right-aligned by spaces


def _own_texts_from_end(body: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """The body's blocks with text of their own and that text, last block first."""
    blocks = [el for el in body.iter("p", "div", "span", "font", "td", "center", "strong", "b",
                                     "em", "small") if el is not body]
    for el in reversed(blocks):
        own = el.text or ""
        if len(el):  # a leaf's own text is its text: no tails to gather
            own += "".join(child.tail or "" for child in el)
            if not own.strip() and any(isinstance(child.tag, str) and ":" in child.tag
                                       for child in el):
                # Words held in a word processor's smart tag (``<st1:chsdate>2012年11月28日
                # </st1:chsdate>``), an element no block list names: the line's own.
                own = short_text(el, _LINE_MAX) or ""
        if own.strip():
            yield el, own


_SENTENCE_END = re.compile(r"[。！？!?]")


_URL = re.compile(r"https?://\S+")


# A line that opens with a full date and its clock (``2024-11-03 13:48:30 出处：…``).
_DATE_FIRST = re.compile(r"\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}")
# A two-digit year before month, day and clock (``16-05-17 09:22``, a CMS's yy-MM-dd HH:mm),
# not the tail of a longer number (``106-05-18``: an ROC year).
_YY_DATE = re.compile(r"(?<![\d\-/.])(\d{2})-(\d{2})-(\d{2})(?=\s+\d{1,2}:\d{2}(?!\d))")


def _yy_year(text: str, now: datetime) -> str:
    """``text`` with a two-digit-year date line (``16-05-17 09:22``) given its century, when
    that year has passed (a later one is no year of this century's pages)."""
    match = _YY_DATE.search(text)
    if not match or has_year(text):
        return text
    year, month, day = (int(g) for g in match.groups())
    if not (2000 + year <= now.year and 1 <= month <= 12 and 1 <= day <= 31):
        return text
    return f"{text[:match.start()]}20{match[1]}-{match[2]}-{match[3]}{text[match.end():]}"


_LIST_BOX = {"ul", "ol", "dl", "table"}
_HAS_LINK = etree.XPath("boolean(descendant::a[@href])")


_CRUMB = re.compile(r"crumb|breadcrumb|position|location|path|where", re.I)


def _own_fact(el: etree._Element, read: Callable[..., str | None] = short_text) -> bool:
    """True when ``el``, inside a listing-classed block, is a labelled date line, or a day
    alone, of a list that holds no link (``<ul><li><span>上版日期：112-06-13</span></li>…``:
    a CMS's list of the page's own facts, not of other articles); or an info line naming
    the publication time and the source, itself no link nor a list entry beside one.
    ``read``: how an element's text is read (:func:`short_text`, or the date pass's
    :class:`TextReads`).
    """
    text = ascii_dates(read(el, 60) or "")
    if _PUBLISHED_LABEL.search(text) and _SOURCE_LABEL.search(text) and not _HAS_LINK(el) \
            and not _in_listing(el):
        # The story's info line (``发布时间：2019年09月12日 19:43 来源：某某社 编辑：…``) in a
        # bar classed like a footer (``title_bottom``) under the text: its own fact.
        return True
    # Labelled (``上版日期：112-06-13``), or the day alone in its entry (a list of facts
    # printed without labels: a counter, the day, the office).
    if not (_INFO_LABEL.search(text) or _date_only(text)) or _HAS_LINK(el):
        return False
    # The nearest list box or breadcrumb trail around ``el``: a trail inside a layout table
    # (a print version, an old portal's page in one big table) is judged as a trail.
    box = next((a for a in el.iterancestors()
                if a.tag in _LIST_BOX or _CRUMB.search(classes_of(a))), None)
    if box is None:
        return False
    if box.tag in _LIST_BOX and not _CRUMB.search(classes_of(box)):
        return not _HAS_LINK(box)
    # A full day and its clock closing a breadcrumb trail (``<div class="menu_bread_crumb">
    # <a>首页</a> ＞ <a>論壇</a> <span>2014年12月10日 00:01</span>``): the trail's links name
    # sections, no story's headline, so the day is the page's, not an entry's.
    return has_year(text) and bool(_HAS_TIME.search(text)) and not any(
        han_count("".join(a.itertext())) >= 6 for a in box.iter("a"))


def _loose_line(block: etree._Element, anchor: etree._Element | None = None,
                read: Callable[..., str | None] = short_text) -> str | None:
    """The first line of text lying loose in ``block`` (its own text and its children's
    tails, in no element of its own) that holds a year, read from the block's start up to
    the first child with running text (20 Chinese characters: the article's first paragraph;
    a heading does not count, nor the headline found however it is marked, ``anchor``) or
    the first loose run of it; None when there is none.
    ``read``: how an element's text is read (:func:`short_text`, or the date pass's
    :class:`TextReads`).
    """
    pieces = [(block.text or "", None)] + [(child.tail or "", child) for child in block
                                           if isinstance(child.tag, str)]
    for piece, before in pieces:
        if before is not None and before.tag not in HEADINGS and \
                not any(True for _ in before.iter(*HEADINGS)) and \
                not (anchor is not None and (before is anchor or
                                             any(a is before for a in anchor.iterancestors()))):
            shown = read(before, 400)
            if shown is None or han_count(shown) >= 20:
                return None  # past the text's first paragraph
        for line in piece.splitlines():
            line = collapse_spaces(line)
            if 6 <= len(line) <= 80 and has_year(ascii_dates(line)):
                return line
        if han_count(piece) >= 20:
            return None  # a loose paragraph of running text
    return None


def _not_this_page(el: etree._Element, text: str,
                   stamps: dict[etree._Element, bool] | None = None,
                   read: Callable[..., str | None] = short_text) -> bool:
    """True when the date ``text`` shows follows a clock's stamp label or a neighbouring
    item's (:data:`_NOT_THIS_PAGE`) in its own line, or in the short line of the block
    around it (``<li>上一篇：<a>…</a><span>2023-05-30</span></li>``). ``stamps`` keeps the
    verdict on each parent's line for one page: the date holders of one block share it.
    ``read``: how an element's text is read (:func:`short_text`, or the date pass's
    :class:`TextReads`).
    """
    stamp = _NOT_THIS_PAGE.search(text)
    if stamp:
        return not has_year(ascii_dates(text[:stamp.start()]))
    parent = el.getparent()
    if parent is None or parent.tag in ("body", "html"):
        return False
    if stamps is not None and parent in stamps:
        return stamps[parent]
    line = read(parent, 200)
    stamp = _NOT_THIS_PAGE.search(line) if line else None
    verdict = bool(stamp) and not has_year(ascii_dates(line[:stamp.start()]))
    if stamps is not None:
        stamps[parent] = verdict
    return verdict


def _links_articles(el: etree._Element) -> bool:
    """True when ``el`` holds two links of eight Chinese characters or more: entries of a
    list of other articles (``<ul class="date-list">``), never the page's date line."""
    linked = 0
    for a in el.iterdescendants("a"):
        linked += han_count("".join(a.itertext())) >= 8
        if linked >= 2:
            return True
    return False


# A line opening with the label of the publication date (``发布日期: 2010年04月29日``).
# Byline fields an info line may open with (``作者：某某 编辑：某某 ``), up to three.
_BYLINE_FIELDS = (r"(?P<by>(?:(?:作者|编辑|編輯|责任编辑|責任編輯|责编|責編|记者|記者|通讯员"
                  r"|通訊員)\s*[:：]\s*[^\s:：]{1,12}\s+){0,3})")
_PUBLISHED_LINE = re.compile(r"\s*" + _BYLINE_FIELDS
                             + r"(?:发布|發布|發佈|发表|發表)(?:时间|時間|日期)\s*[:：]")
# A portal's info line: a full day (and its clock), then the source's label (``2018-09-16
# 07:02:48 来源: 某某网``, ``作者：某某 编辑：某某 2022年01月28日 来源：本网``). No sentence of a
# text reads so; a line of it is the date line wherever a template prints it (under the
# text, before a promotion the body holds, under a disclosure box the text's block holds).
_DAY_SOURCE = re.compile(r"\s*" + _BYLINE_FIELDS
                         + r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*"
                         r"(?:\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?\s*)?(?:来源|來源)\s*[:：]")


def _published_line(el: etree._Element, read: Callable[..., str | None] = short_text) -> bool:
    """True when ``el`` is a short line opening with the publication date's label and a
    dated value (``<p>发布日期: 2010年04月29日</p>`` between the text and its notes or
    attachments, inside the body's block), or with a full day (and its clock) and the
    source's label (``2018-09-16 07:02:48 来源: 某某网``), each also after up to three byline
    fields (``作者：某某 编辑：某某 发布时间：…``): the page's date line wherever it is printed.
    ``read``: how an element's text is read (:func:`short_text`, or the date pass's
    :class:`TextReads`).
    """
    text = _line_as_read(el, 60, read)
    if not text:
        return False
    line = _PUBLISHED_LINE.match(text)
    if line is not None:
        return (bool(line["by"]) or len(text) <= 40) and has_year(ascii_dates(text))
    line = _DAY_SOURCE.match(ascii_dates(text))
    # Up to 40 characters; up to 60 when byline fields open the line.
    return line is not None and (bool(line["by"]) or len(text) <= 40)


def _line_as_read(el: etree._Element, limit: int,
                  read: Callable[..., str | None] = short_text) -> str | None:
    """The element's text with its whitespace collapsed, or None when that passes ``limit``
    characters: a line indented over several source lines (``<div>`` newline, sixteen
    spaces, ``2024-08-03 20:02``, twelve spaces) is as short as it reads. Up to 200
    characters of indentation are read past the limit; a longer element is no line.
    ``read``: how an element's text is read (:func:`short_text`, or the date pass's
    :class:`TextReads`).
    """
    raw = read(el, limit + 200)
    if raw is None:
        return None
    text = collapse_spaces(raw)
    return text if len(text) <= limit else None


# A full day and its clock alone on a line (``2018-06-14 06:50:50``, ``2015年3月2日 14:05``).
_STAMP_LINE = re.compile(r"\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                         r"\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?\s*")


def _stamp_line(el: etree._Element, read: Callable[..., str | None] = short_text) -> bool:
    """True when ``el`` is a line holding a full day and its clock and nothing else, wherever
    in the body it is printed (between the text and the related stories and comments a body
    chosen too wide holds): no sentence of the text is a bare stamp, and no event's day
    written in the text carries its clock alone on a line.
    ``read``: how an element's text is read (:func:`short_text`, or the date pass's
    :class:`TextReads`).
    """
    text = _line_as_read(el, 30, read)
    return text is not None and _STAMP_LINE.fullmatch(ascii_dates(text)) is not None


# A date's units and the day of the week printed after it (``2017年1月9日 星期一``).
# A zone's name glued to the day (``某某北京时间2010年5月25日 转载``) is the date's own word.
_DATE_UNITS = re.compile(r"(?:北京|台北|香港|京港台)时间|[年月日时分秒]"
                         r"|(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]")

# A word in Latin letters: a blog template's info line in English words (``五月 22nd, 2011 |
# Published in 某栏目 | 10 Comments``) is as long as its words, not its letters.
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _read_length(text: str) -> int:
    """The length of ``text`` with each word in Latin letters counted as one character."""
    return len(_LATIN_WORD.sub("a", text))


def _named_date_line(text: str) -> bool:
    """True when ``text`` is a date line (:func:`_date_only`) that names someone beside its
    day (a school, a paper): two Chinese characters or more besides the date's own."""
    if han_count(_DATE_UNITS.sub("", text)) < 2:
        return False
    # A reporter's byline beside the day (``• 2007-02-08 • 本刊记者 某某某``) names someone
    # too; the byline is no sentence, so the rest must be a date line.
    return _date_only(text) or _date_only(_REPORTER.sub("", text))


# A byline: a reporter's title and a name of two to four characters.
_REPORTER = re.compile(
    r"(?:本[刊报報台网網站]|特约|特約|实习|實習)?(?:记者|記者)\s*[\u4e00-\u9fff]{2,4}")


def _date_only(text: str) -> bool:
    """True when ``text`` is a date line and nothing more: a date (with its year) and at
    most a short label (``发布日期：``) or source around it, no sentence; a site's address
    printed before it (``http://www.example.com 2005年03月31日03:18 某某报``) does not count."""
    text = _URL.sub("", text).strip()  # a portal's address before its date and source
    if len(text) > 40 or not has_year(text) or "。" in text:
        return False
    if han_count(_DATE_UNITS.sub("", text)) <= 6:
        return True
    # A notice's signature: the issuing body's name and the day it signed (``某某省通信管理局
    # 2010年5月24日``, the day often written in Chinese numerals), a name of any length.
    signed = _SIGNED_DAY.fullmatch(text)
    return bool(signed) and organisation_like(signed["name"])


_SIGNED_DAY = re.compile(
    r"(?P<name>[^\d\s]{2,20}?)\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


# Words of a reader's comment block under the article (发表人邮件, 网友, 回复, 2楼).
_READER_POST = re.compile(
    r"发表人邮件|网友[:：]|评论人|回复人|留言人|跟帖|回复[:：]|评论[:：]|第?\d{1,4}楼"
    r"|(?:网友|读者|最新|热门|全部|相关)评论|评论列表|发表评论|我要评论")

# A post's counters printed in its own date line (``发表于 2004年12月27日 12:40 - (阅读:3727;
# 评论:63)``): two counts or more in a row, a read count among them. No reader's comment
# counts its own readers, so the ``评论:`` of such a run is no comment's field.
_READ_COUNT = re.compile(r"(?:阅读|閱讀|浏览|瀏覽|点击|點擊)\s*[:：]\s*\d")
_COUNTERS = re.compile(
    r"(?:(?:阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論|回复|回覆)\s*[:：]\s*\d+\s*[;；,，|/、]?\s*){2,}")


# A date as list entries print one: a full day, or a month-day with its clock.
_DATE_LIKE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
                        r"|(?<!\d)\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?\s+\d{1,2}[:：]\d{2}")


def _dated_entry(el: etree._Element, lists: dict[etree._Element, bool]) -> bool:
    """True when ``el`` lies in one of three or more sibling blocks of one tag that each
    print a date (``<li>``/``<dl>``/``<div>`` entries of a list of other stories, readers'
    comments, a teaser column): an entry's date, whatever the list's class says. Read for
    dates printed after the text, where such lists follow a story. ``lists`` keeps each
    block's verdict for one page: the dates of one list share their ancestors' verdicts."""
    node = el
    for _ in range(6):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html", "table", "tbody"):
            return False
        if node not in lists:
            _read_entries(node, parent, lists)
        if lists[node]:
            return True
        node = parent
    return False


def _read_entries(node: etree._Element, parent: etree._Element,
                  lists: dict[etree._Element, bool]) -> None:
    """Record in ``lists`` whether ``node`` and its siblings built like it (a list's entries
    are built alike, not only of one tag) are three or more, three of them printing a date."""
    shape = _shape(node)
    same = [s for s in parent if s.tag == node.tag and _shape(s) == shape]
    dated = 0
    if len(same) >= 3:
        for sibling in same:
            text = short_text(sibling, 1500)  # indented markup: whitespace counts
            dated += bool(text and _DATE_LIKE.search(text))
            if dated >= 3:
                break
    for sibling in same:
        lists[sibling] = dated >= 3


def _linked_entry(el: etree._Element) -> bool:
    """True when ``el`` is or lies in a list entry (``<li>``, ``<dd>``; six levels up at most),
    or in a small box (three levels up, 150 characters at most), that also holds another
    story's linked headline (a link of eight Chinese characters or more, ``el`` not in it,
    named like no site or public body): that story's headline over its deck and day
    (``<li><div><a>标题</a><p>摘要</p><p>2019.05.29</p>``, ``<div><a>标题</a><span>…``), however
    few the entries (a list of two related stories is no dated list of three). Asked of
    unlabelled lines only: ``<li>来源：<a>某某省人民政府办公厅网站</a> 发布时间：…`` is the
    page's info line."""
    inner = set(el.iterancestors())
    # A line printing its day in its own text may name its forum or source as a link in that
    # line (``本贴由 某某 于2005年8月12日在〖<a>某某论坛</a>〗发表``); an entry prints its day in an
    # element of its own beside the headline's link.
    own = (el.text or "") + "".join(child.tail or "" for child in el)
    loose_day = has_year(ascii_dates(own))
    node = el
    for level in range(7):
        if node is None or node.tag in ("body", "html", "table"):
            return False
        entry = node.tag in ("li", "dd")
        if entry or (level <= 3 and short_text(node, 150) is not None):
            if any(a not in inner and _story_link(a)
                   and (entry or not loose_day or el not in a.iterancestors())
                   for a in node.iter("a")):
                return True
            if entry:
                return False
        node = node.getparent()
    return False


_CARD_READ = 400  # characters of a story card (headline, deck, byline, day) read at most


def _in_story_card(el: etree._Element, anchor: etree._Element | None,
                   body: etree._Element | None) -> bool:
    """True when ``el`` lies inside a link (six levels up at most) that prints another story's
    headline besides the day: a card linked whole (``<a href><div><h2>标题</h2><p>摘要</p>
    <div><span>某某报道</span><span>2016-12-02 19:57</span></div></div></a>``), a related or
    recommended item, whatever its classes. A link holding the headline or the text is the
    page's own block (an unclosed ``<a>`` the parser stretched over it), and a link holding
    only the day (a blog's permalink on its date) names no other story."""
    for level, node in enumerate(el.iterancestors()):
        if level >= 6 or node.tag in ("body", "html"):
            return False
        if node.tag != "a" or not node.get("href"):
            continue
        if (anchor is not None and (node is anchor or node in anchor.iterancestors()
                                    or anchor in node.iterancestors())) \
                or (body is not None and (node is body or body in node.iterancestors())):
            return False
        card = short_text(node, _CARD_READ)
        if card is None:
            return False
        day = short_text(el, _CARD_READ) or ""
        rest = collapse_spaces(card.replace(day, " ", 1))
        return han_count(rest) >= 8 and not (site_like(rest) or organisation_like(rest))
    return False


def _in_feed_card(el: etree._Element, anchor: etree._Element | None) -> bool:
    """True when ``el`` lies in a small box (three levels up) printing another story's linked
    heading and nothing else besides ``el`` and other links: a feed's item (a picture, the
    story's ``<h2><a>…</a></h2>``, its source and stamp), whose stamp dates that story. Sizes
    do not count whitespace (a template indents each line of the box by dozens of spaces);
    the page's own headline, linked to itself, is no other story's."""
    mine = set(anchor.iter()) | set(anchor.iterancestors()) if anchor is not None else set()
    own = _solid_size(el, 150)
    node = el.getparent()
    for _ in range(3):
        if node is None or node.tag in ("body", "html") or own is None:
            return False
        size = _solid_size(node, 150)
        if size is None:
            return False
        links = [a for a in node.iter("a") if a not in mine]
        linked = sum(_solid_size(a, 150) or 0 for a in links)
        if size - linked - own > 12:
            return False  # a line of its own beside the links and the stamp: no feed's item
        if any(_story_link(a) and _goes_elsewhere(a) and _headed(a) for a in links):
            return True
        node = node.getparent()
    return False


def _headed(a: etree._Element) -> bool:
    """True when the link ``a`` is a heading's (``<h2><a>…</a></h2>``, ``<a><h3>…</h3></a>``):
    a card's headline, not a byline's or an app's link."""
    parent = a.getparent()
    return (parent is not None and parent.tag in HEADINGS) \
        or any(True for _ in a.iter("h1", "h2", "h3", "h4", "h5", "h6"))


def _goes_elsewhere(a: etree._Element) -> bool:
    """True when the link ``a`` leads to another page (not ``#``, not a script's call)."""
    href = (a.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:"))


def _solid_size(node: etree._Element, limit: int) -> int | None:
    """The characters ``node`` prints, whitespace not counted, or None past ``limit``."""
    size = 0
    for piece in node.itertext():
        size += len("".join(piece.split()))
        if size > limit:
            return None
    return size


def _story_link(a: etree._Element) -> bool:
    """True when the link ``a`` reads as another story's headline: eight Chinese characters or
    more, not a site's or a public body's name (a source credited as a link)."""
    text = collapse_spaces("".join(a.itertext()))
    return han_count(text) >= 8 and not (site_like(text) or organisation_like(text))


# Words naming where a reprinted text first appeared (``原文发表于…``, ``原载《某某》…``,
# ``转载自某某 …``); ``转载请注明`` after a page's date line names no earlier source.
_REPRINT = re.compile(r"原文|原载|原載|原刊|首发|首發|转载自|轉載自|转自|轉自")
_YEAR_AT = re.compile(r"(?:19|20)\d{2}\s*[-/.年]")


def _reprinted_from(text: str) -> bool:
    """True when ``text`` names the original a reprint comes from before its date
    (``（原文发表于2019年5月20日）``): that date is the original's, not this page's."""
    reprint = _REPRINT.search(text)
    year = _YEAR_AT.search(text)
    return bool(reprint and year) and reprint.start() < year.start()


_HEAD_CLASSES = {"header", "head"}


def _in_page_chrome(el: etree._Element, anchor: etree._Element | None) -> bool:
    """:func:`in_chrome`, but a header (``<header>``, ``class="head"``) that holds the
    headline (``anchor``) is the article's own head, where its byline and date line are
    printed (``<header><h1>…</h1><div>作者</div><div>2019.05.22</div></header>``), not the
    site's masthead; chrome around that header still counts."""
    if not in_chrome(el):
        return False
    if anchor is None:
        return True
    holding = set(anchor.iterancestors())
    for node in (el, *el.iterancestors()):
        classes = set(classes_of(node).lower().split())
        if node.tag in ("nav", "footer") or (CHROME & classes) - _HEAD_CLASSES:
            return True
        if (node.tag == "header" or classes & _HEAD_CLASSES) and node not in holding:
            return True
    return False


def _sole_holder(el: etree._Element) -> etree._Element:
    """The element that holds all of ``el``'s text: ``el`` itself, or, while ``el`` has one
    child element and no text of its own or after that child, that child (``<div><div
    class="top">…</div></div>``: a bare wrapper reads as the box it wraps)."""
    while len(el) == 1 and isinstance(el[0].tag, str) and not (el.text or "").strip() \
            and not (el[0].tail or "").strip():
        el = el[0]
    return el


def _in_headline_box(el: etree._Element, anchor: etree._Element | None,
                     boxes: dict[etree._Element, bool]) -> bool:
    """True when ``el`` and the headline (``anchor``) share a box that holds no running text
    (no block of 20 Chinese characters of its own besides the headline's): the headline's
    own box (``<header>`` with the byline and the date line), not the text's. ``boxes``
    keeps each box's verdict for one page."""
    if anchor is None:
        return False
    around = set(anchor.iterancestors())
    box = next((a for a in el.iterancestors() if a in around), None)
    if box is None or box.tag in ("body", "html"):
        return False
    if box not in boxes:
        headline = set(anchor.iter())
        boxes[box] = short_text(box, 600) is not None and not any(
            han_count((node.text or "") + "".join(c.tail or "" for c in node)) >= 20
            for node in box.iter() if isinstance(node.tag, str) and node not in headline)
    return boxes[box]


def _shape(el: etree._Element) -> tuple:
    """An element's build: its tag, class and its children's tags."""
    return el.tag, el.get("class"), tuple(c.tag for c in el if isinstance(c.tag, str))


def _in_reader_post(el: etree._Element, blocks: dict[etree._Element, str],
                    read: Callable[..., str | None] = short_text) -> bool:
    """True when a small block around ``el`` (three levels up at most, under 400
    characters) reads as a reader's comment: its poster's fields or floor number.
    ``blocks`` keeps each block's reading for one page (``long``, ``post`` or ``plain``):
    the dates of one comment list share their ancestors.
    ``read``: how an element's text is read (:func:`short_text`, or the date pass's
    :class:`TextReads`).
    """
    block = el
    for _ in range(3):
        block = block.getparent()
        if block is None or block.tag in ("body", "html"):
            return False
        reading = blocks.get(block)
        if reading is None:
            text = read(block, 400)
            reading = "long" if text is None else "post" if _READER_POST.search(
                _COUNTERS.sub(" ", text) if _READ_COUNT.search(text) else text) else "plain"
            blocks[block] = reading
        if reading != "plain":
            return reading == "post"
    return False


def _previous_label(el: etree._Element, read: Callable[..., str | None] = short_text) -> str:
    """The short text of the cell or span before ``el`` (a disclosure table's label).
    ``read``: how an element's text is read (:func:`short_text`, or the date pass's
    :class:`TextReads`).
    """
    previous = el.getprevious()
    if previous is None or not isinstance(previous.tag, str):
        return ""
    return (read(previous, 40) or "").strip()


_DAY_OR_TIME = re.compile(r"日期|时间")

def _labelled_by_previous(el: etree._Element,
                          read: Callable[..., str | None] = short_text) -> bool:
    """True when the cell or span before ``el`` is a date label (``生成日期：`` | ``2024-06-04``,
    the layout of government information-disclosure tables).
    ``read``: how an element's text is read (:func:`short_text`, or the date pass's
    :class:`TextReads`).
    """
    text = _previous_label(el, read)
    return bool(text) and len(text) <= 12 and bool(_INFO_LABEL.search(text + "：")) and \
        bool(_DAY_OR_TIME.search(text))


def _event_label_before(el: etree._Element,
                        read: Callable[..., str | None] = short_text) -> bool:
    """True when the block before ``el`` (or before the block holding it) is a short label
    naming an event's time (``（一）考试时间``, ``报名时间：``): a notice's field set as a label
    line over its value, so the date under it is when that happens, not the page's date.
    A table's field (``<th>开奖日期</th><td>…``) is not read here: an info table's row states
    the page's own facts as often as an event's.
    ``read``: how an element's text is read (:func:`short_text`, or the date pass's
    :class:`TextReads`).
    """
    node = el
    for _ in range(3):
        if node is None or node.tag in ("td", "th", "tr"):
            return False
        previous = node.getprevious()
        if previous is not None and previous.tag in ("td", "th", "tr"):
            return False
        text = _previous_label(node, read)
        if text:
            return bool(_EVENT_LABEL_LINE.fullmatch(text))
        node = node.getparent()
    return False


def _in_listing(el: etree._Element) -> bool:
    """True when ``el`` is an entry of a list of other articles (a link beside the date)."""
    node = el
    for _ in range(3):
        if node is None:
            return False
        if node.tag == "li":
            return any(han_count("".join(a.itertext())) >= 4 for a in node.iter("a"))
        node = node.getparent()
    return False
