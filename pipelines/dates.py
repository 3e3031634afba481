"""Publication dates in the forms Chinese news pages print them, as ISO 8601 with +08:00.

Handled: ``2025-01-10 16:47:15``, ``2025/1/10 16:47``, ``2025.01.10``, ``2025年1月10日
16时47分``, ``20250110``, month-day without a year (``01-10 16:47``, ``1月10日``: the year
comes from the fetch time, or the year before when that would put the date in the future),
and relative forms (``刚刚``, ``5分钟前``, ``3小时前``, ``今天``, ``昨天``, ``前天``, ``2天前``)
relative to the fetch time. Chinese news is dated in Beijing time, so the offset is +08:00.

The one date parser of presswatch: the spiders read listing and feed dates with
:func:`parse_date_hint` (built on :func:`parse_date`), and :data:`BEIJING` is the one UTC+8
constant.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

logger = logging.getLogger(__name__)

#: China Standard Time (UTC+8, no daylight saving): how Chinese news and regulators date things.
BEIJING = timezone(timedelta(hours=8), "CST")

# The clock after a date: a zone's abbreviation may stand before it (``2014-12-25 HKT
# 22:40``), a bracket around it (``2014-12-17 (16:31)``), a half-day word before it or
# a 12-hour mark after it (``下午 1:06``, ``01:06 pm``), and the day of the week between
# the day and the clock (``2024年10月30日 星期三 11:13``, ``2024-10-30（周三）11:13``).
_TIME = (
    r"(?:\s*(?:T|\s|-)?\s*(?:[(（]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）]?\s*)?"
    r"(?:(?:HKT|CST|BJT)\s*)?[(（]?(?P<pre>上午|下午|晚上|中午)?\s*"
    r"(?P<H>[01]?\d|2[0-3])\s*[:：时]\s*(?P<M>[0-5]\d)"
    r"(?:\s*[:：分]\s*(?P<S>[0-5]\d))?(?:\s*(?P<post>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?"
)
_FULL = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>1[0-2]|0?[1-9])\s*(?:[-/.]|月)\s*"
    r"(?P<d>3[01]|[12]\d|0?[1-9])(?:\s*日|(?!\d))" + _TIME
    + r"(?:\.\d{1,6})?(?P<tz>Z|[+-](?:0\d|1[0-4]):?[0-5]\d)?"
)
_CLOCK_BEFORE = re.compile(r"(?<![\d.-])(?<!\d[:：])(?P<H>[01]?\d|2[0-3])\s*[:：]\s*(?P<M>[0-5]\d)"
                           r"(?:\s*[:：]\s*(?P<S>[0-5]\d))?\s*$")
_COMPACT = re.compile(
    r"(?<!\d)(?P<y>20\d{2})(?P<m>1[0-2]|0[1-9])(?P<d>3[01]|[12]\d|0[1-9])(?!\d)"
    r"(?:\s+(?P<H>[01]\d|2[0-3]):?(?P<M>[0-5]\d))?"
)
_MONTH_DAY = re.compile(
    r"(?<![\d年/.-])(?P<m>1[0-2]|0?[1-9])\s*(?:[-/]|月)\s*(?P<d>3[01]|[12]\d|0?[1-9])(?:\s*日)?"
    r"(?![\d/.-])" + _TIME
)
# A date with a two-digit year (``24-10-30 11:13``, ``发布时间：15-03-31``): month and day
# zero-padded, one separator throughout, and either its clock after it or, without one, set
# where only a date stands (the text's start, after a label's colon or ``时间``/``日期``/
# ``于``), so a score, a range or a code (``3-1``, ``编号 12-10-30``) is never taken for a day.
_SHORT_YEAR = re.compile(
    r"(?<![\d/.:-])(?P<y>\d{2})(?P<sep>[-/.])(?P<m>1[0-2]|0[1-9])(?P=sep)(?P<d>3[01]|[12]\d|0[1-9])"
    r"(?![\d/.:-])" + _TIME
)
_SHORT_YEAR_PLACE = re.compile(r"(?:^|[:：]|时间|時間|日期|于|於)\s*$")
# A date written month first, US style, as ASP pages print it (``7/5/2005 9:23:57 PM``):
# read month first when a 12-hour clock (AM/PM) says so or when the second number cannot be
# a month (``7/25/2005``); day first when the first cannot be a month (``25/7/2005``). An
# ambiguous pair without a 12-hour clock (``7/5/2005 21:23``) is left unread. The clock may
# stand after a space or after a dash between spaces (``30/11/2025 - 10:13``, as a French
# site's Chinese edition prints it), the dash being only a separator there as in the
# year-first form.
_SLASHED = re.compile(
    r"(?<![\d/.-])(?P<a>3[01]|[12]\d|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d{2})"
    r"(?![\d/])(?:(?:\s+|\s*[-–]\s*)(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?"
    r"(?:\s*(?P<ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?"
)
# The Minguo (ROC) calendar of Taiwan pages: year 1 is 1912. With its era name
# (``中華民國115年3月18日``, ``民國99年``) the year is read anywhere; a bare three-digit year in
# a date's form (``115.03.19``, ``115/3/19``, ``115年3月19日``) only on a page that names the
# era elsewhere (``minguo=True``), and only for years 100 up to next year, so version numbers
# and other counts are not dates.
_MINGUO_ERA = re.compile(
    r"(?:中華民國|中华民国|民國|民国)\s*(?P<y>\d{2,3})\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*"
    r"(?P<d>3[01]|[12]\d|0?[1-9])\s*日" + _TIME
)
_MINGUO_BARE = re.compile(
    r"(?<![\d.,/:-])(?P<y>1[01]\d)\s*(?P<sep>[./-]|年)\s*(?P<m>1[0-2]|0?[1-9])\s*(?:(?P=sep)|月)\s*"
    r"(?P<d>3[01]|[12]\d|0?[1-9])(?:\s*日|(?![\d.,/-]))" + _TIME
)
MINGUO_ERA_NAMES = ("中華民國", "中华民国", "民國", "民国")

# Full-width digits and date marks (``２０２４－０６－１３　１４：５４``, typed on a Chinese
# IME) and dates in Chinese numerals (``二〇二四年六月十三日``, the way notices and some
# e-papers print them) are read as their ASCII forms.
_WIDE_DIGIT = re.compile("[０-９]")
_WIDE = str.maketrans("０１２３４５６７８９－／：．　", "0123456789-/:. ")
_CN_DIGITS = "〇一二三四五六七八九"
# The year in Chinese numerals or in digits (``2024年六月十三日``: a template writing the
# month and day in words after a numeric year).
_CN_DATE = re.compile(r"(?P<y>[〇○零一二三四五六七八九]{4}|(?<!\d)(?:19|20)\d{2})\s*年\s*"
                      r"(?P<m>[一二三四五六七八九十]{1,2})\s*月\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日")


def _cn_number(text: str) -> int:
    """``十三`` → 13, ``二十`` → 20, ``七`` → 7 (a month or day in Chinese numerals)."""
    if "十" not in text:
        return _CN_DIGITS.index(text) if len(text) == 1 else -1
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS.index(tens) if tens else 1) * 10 + (_CN_DIGITS.index(ones) if ones else 0)


def _cn_date(match: re.Match[str]) -> str:
    year = match["y"] if match["y"].isdigit() else "".join(
        str(_CN_DIGITS.index(c)) for c in match["y"].replace("○", "〇").replace("零", "〇"))
    month, day = _cn_number(match["m"]), _cn_number(match["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return match.group(0)
    return f"{year}年{month}月{day}日"


def ascii_dates(text: str) -> str:
    """``text`` with full-width digits and date marks folded to ASCII and dates in Chinese
    numerals written in digits (cheap when there are none).

    >>> ascii_dates("２０２４－０６－１３　１４：５４")
    '2024-06-13 14:54'
    >>> ascii_dates("二〇二四年六月十三日")
    '2024年6月13日'
    >>> ascii_dates("2024年六月十三日")
    '2024年6月13日'
    >>> ascii_dates("2016.06.0304:40")
    '2016.06.03 04:40'
    """
    if _WIDE_DIGIT.search(text):
        text = text.translate(_WIDE)
    if "年" in text and "月" in text:
        text = _CN_DATE.sub(_cn_date, text)
    if ":" in text or "：" in text:
        text = _GLUED_CLOCK.sub(r"\1 ", text)
    return text


# A day of two-digit month and day with its clock glued on (``2016.06.0304:40``: the day's
# <span> and the clock's text side by side, set apart only by the style sheet): a day has
# two digits at most, so the four digits are the day and the hour.
_GLUED_CLOCK = re.compile(r"((?<!\d)(?:19|20)\d{2}([-/.])(?:0[1-9]|1[0-2])\2"
                          r"(?:0[1-9]|[12]\d|3[01]))(?=(?:[01]\d|2[0-3])[:：][0-5]\d)")


def _minguo(text: str, bare: bool) -> tuple[int, int, int, re.Match[str]] | None:
    """(year, month, day, match) of the first Minguo date in ``text`` in a plausible year
    range (Gregorian 1949 – next year with the era name, 2011 – next year without)."""
    named = "民國" in text or "民国" in text  # every name of the era ends with one of them
    if not (named or bare):
        return None
    last = datetime.now(BEIJING).year + 1 - 1911
    match = _MINGUO_ERA.search(text) if named else None
    if match and 38 <= int(match["y"]) <= last:
        return int(match["y"]) + 1911, int(match["m"]), int(match["d"]), match
    if bare:
        for match in _MINGUO_BARE.finditer(text):
            if 100 <= int(match["y"]) <= last:
                return int(match["y"]) + 1911, int(match["m"]), int(match["d"]), match
    return None


def bare_minguo(text: str) -> bool:
    """True when ``text`` holds a date with a bare three-digit ROC year (``115.03.19``)."""
    return _MINGUO_BARE.search(text) is not None


def _slashed(text: str) -> tuple[int, int, int, re.Match[str]] | None:
    """(year, month, day, match) of the first M/D/YYYY or D/M/YYYY date that says which it
    is, or None."""
    if "/" not in text:
        return None
    for match in _SLASHED.finditer(text):
        a, b = int(match["a"]), int(match["b"])
        if a > 12 and b <= 12:
            return int(match["y"]), b, a, match
        if a <= 12 and (b > 12 or match["ap"]):
            return int(match["y"]), a, b, match
    return None


# Months in words: English names (``Saturday, September 10th, 2005 10:56 am``) and the
# Chinese month names a translated blog template prints (``十一月 6th, 2009``).
_MONTH_WORDS = {
    **{name: k for k, name in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"), 1)},
    **{name: k for k, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)},
    "sept": 9,
    **{name: k for k, name in enumerate(
        ("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月",
         "十二月"), 1)},
    # A blog engine's month name in a Chinese locale is the month's number and 月 (WordPress's
    # default ``F j, Y`` prints ``5月 22, 2011``).
    **{f"{k}月": k for k in range(1, 13)},
    **{f"0{k}月": k for k in range(1, 10)},
}
_CLOCK_WORDS = (
    r"(?:\s*(?:at\s*)?(?P<H>[01]?\d|2[0-3])\s*:\s*(?P<M>[0-5]\d)(?:\s*:\s*(?P<S>[0-5]\d))?"
    r"\s*(?P<ap>[ap]\.?m\.?(?![a-z])|上午|下午|晚上)?)?"
)
# A month word is found first (a cheap scan of letters), then the day and year around it:
# "September 10th, 2005" / "Sep. 10, 2005" / "十一月 6th, 2009" / "5月 22, 2011" after it, or
# "10 September 2005" / "10th Sep 2005" with the day before it.
_MONTH_TOKEN = re.compile(r"[A-Za-z]{3,9}|[一二三四五六七八九十]{1,2}月"
                          r"|(?<![\d.\-/年])(?:1[0-2]|0?[1-9])月")
_DAY_YEAR_AFTER = re.compile(r"\.?\s*(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*,?\s*"
                             r"(?P<y>(?:19|20)\d{2})(?!\d)" + _CLOCK_WORDS, re.I)
_DAY_BEFORE = re.compile(r"(?<![\d.])(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+$", re.I)
_YEAR_AFTER = re.compile(r"\.?,?\s+(?P<y>(?:19|20)\d{2})(?!\d)" + _CLOCK_WORDS, re.I)
# A time printed in a zone other than Beijing's ("2012年12月10日, 格林尼治标准时间10:41",
# "10:41 GMT", "UTC+1"); Taipei and Hong Kong clocks are Beijing's.
_ZONE = re.compile(
    r"[,，]?\s*[(（]?\s*(?:(?P<utc>(?:格林尼治|格林威治)(?:标准)?时间|世界(?:标准|协调)时间|"
    r"(?<![A-Za-z])(?:GMT|UTC)(?![A-Za-z]))(?:\s*(?P<sign>[+-])\s*(?P<oh>1[0-4]|0?\d)"
    r"(?::?(?P<om>[0-5]\d))?)?|(?P<cst>北京时间|台北时间|香港时间|京港台时间))\s*[)）]?\s*"
)


_ZONE_WORDS = ("格林", "世界标准时间", "世界协调时间", "GMT", "UTC", "北京时间", "台北时间",
               "香港时间", "京港台时间")
# Any of the words, in one scan (the same test as ``any(word in text for word in _ZONE_WORDS)``).
_ZONE_WORD = re.compile("|".join(map(re.escape, _ZONE_WORDS)))


def _zone(text: str) -> tuple[str, timedelta | None]:
    """``text`` without a printed zone name, and that zone's offset (None: none printed)."""
    match = _ZONE.search(text)
    if not match:
        return text, None
    if match["cst"]:
        offset = timedelta(hours=8)
    else:
        offset = timedelta(hours=int(match["oh"] or 0), minutes=int(match["om"] or 0))
        if match["sign"] == "-":
            offset = -offset
    return text[: match.start()] + " " + text[match.end():], offset


# Cheap tests first: a year, and a month word's letters (most text has neither).
_WORD_DATE_HINT = re.compile(r"(?:19|20)\d\d")


def _word_date(text: str) -> tuple[int, int, int, re.Match[str]] | None:
    """(year, month, day, the match holding the clock) of the first date with its month in
    words, or None."""
    if not _WORD_DATE_HINT.search(text):
        return None
    for token in _MONTH_TOKEN.finditer(text):
        month = _MONTH_WORDS.get(token.group().lower())
        if month is None:
            continue
        after = _DAY_YEAR_AFTER.match(text, token.end())
        if after:
            return int(after["y"]), month, int(after["d"]), after
        before = _DAY_BEFORE.search(text, max(0, token.start() - 8), token.start())
        year = _YEAR_AFTER.match(text, token.end()) if before else None
        if before and year:
            return int(year["y"]), month, int(before["d"]), year
    return None


def _word_hms(match: re.Match[str]) -> tuple[int, int, int]:
    if match["H"] is None:
        return 0, 0, 0
    hour = int(match["H"])
    meridiem = (match["ap"] or "").lower().replace(".", "")
    if meridiem in ("pm", "下午", "晚上") and hour < 12:
        hour += 12
    elif meridiem in ("am", "上午") and hour == 12:
        hour = 0
    return hour, int(match["M"]), int(match["S"] or 0)


# A relative day is a date only when no word goes on from it: "今日新闻网", "今日头条" and
# "昨日重现" are names ("今天下午" still reads as today).
_RELATIVE_DAY = re.compile(
    r"(?P<word>今天|今日|昨天|昨日|前天)(?:(?![\u4e00-\u9fff])|(?=上午|下午|晚上|中午|凌晨|早上|早晨))"
    + _TIME)
_AGO = re.compile(r"(?P<n>\d{1,3})\s*(?P<unit>秒|分钟|小时|天)前")
_JUST_NOW = re.compile(r"刚刚")


def fetch_relative(text: str) -> bool:
    """True when ``text`` dates itself only from the moment it was read (``今日 15:23``,
    ``昨天``, ``5分钟前``, ``刚刚``): :func:`parse_date` counts back from the fetch time, which
    is the page's own day only when the page was fetched the day it printed that word."""
    text = ascii_dates(text)
    if not (_RELATIVE_DAY.search(text) or _AGO.search(text) or _JUST_NOW.search(text)):
        return False
    return parse_date(text, allow_relative=False) is None


def as_beijing(value: str | datetime | None) -> datetime:
    """A fetch time (ISO string or datetime; naive means UTC) in Beijing time; now if None."""
    if value is None:
        return datetime.now(BEIJING)
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            logger.debug("unreadable fetched_at %r, using now", value)
            return datetime.now(BEIJING)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(BEIJING)


def _iso(y: int, m: int, d: int, hh: int = 0, mm: int = 0, ss: int = 0) -> str | None:
    try:
        return datetime(y, m, d, hh, mm, ss, tzinfo=BEIJING).isoformat()
    except ValueError:
        return None


def _hms(match: re.Match[str]) -> tuple[int, int, int]:
    if match.group("H") is None:
        return 0, 0, 0
    hour = int(match.group("H"))
    groups = match.groupdict()
    half = (groups.get("pre") or groups.get("post") or "").lower().replace(".", "")
    if (half in ("pm", "下午", "晚上") and hour < 12) or (half == "中午" and hour < 6):
        hour += 12
    elif half in ("am", "上午") and hour == 12:
        hour = 0
    return hour, int(match.group("M")), int(match.group("S") or 0)


def parse_date(
    text: str,
    *,
    fetched_at: str | datetime | None = None,
    allow_relative: bool = True,
    year: int | None = None,
    minguo: bool = False,
) -> str | None:
    """The first date in ``text`` as ISO 8601 with +08:00, or None.

    ``minguo``: the page names the Minguo era, so a bare three-digit year (``115.03.19``) is
    one of it.

    A month-day without a year (``10-08 12:00``) takes ``year`` when the page states one
    elsewhere (URL, ``<meta>``, other dates), else the fetch time's year; either way it
    never lands after the fetch time (then it is the year before). A time without an offset
    is Beijing clock time and is never shifted.

    >>> parse_date("每日经济新闻 2025-01-10 16:47:15")
    '2025-01-10T16:47:15+08:00'
    >>> parse_date("昨天 09:30", fetched_at="2025-01-11T02:00:00Z")
    '2025-01-10T09:30:00+08:00'
    """
    if not text:
        return None
    read, zone = _as_read(text)
    return _parse(read, zone, fetched_at, allow_relative, year, minguo)


def _as_read(text: str) -> tuple[str, timedelta | None]:
    """``text`` as :func:`parse_date` reads it (digits and date marks folded, a printed zone's
    name taken out) and that zone's offset (None: none printed)."""
    text = ascii_dates(text)
    return _zone(text) if _ZONE_WORD.search(text) else (text, None)


def _parse(text: str, zone: timedelta | None, fetched_at: str | datetime | None,
           allow_relative: bool, year: int | None, minguo: bool) -> str | None:
    """:func:`parse_date` on ``text`` as read (:func:`_as_read`). Each pattern is searched
    only when the text holds what it cannot match without (a year's ``19``/``20``, a
    month-day's separator, ``前`` of ``5分钟前``); the fetch time is read only for a relative
    date."""
    match = _FULL.search(text) if "19" in text or "20" in text else None
    if match:
        hms = _hms(match)
        if match["H"] is None:
            # The clock printed before the day ("19:05 2020/02/28", a Hong Kong layout).
            before = _CLOCK_BEFORE.search(text, max(0, match.start() - 12), match.start())
            if before:
                hms = _hms(before)
        iso = _iso(int(match["y"]), int(match["m"]), int(match["d"]), *hms)
        if iso and zone is not None and match["H"] is not None and not match["tz"]:
            # A clock time printed with its zone's name: converted to Beijing time.
            stated = datetime.fromisoformat(iso[:19]).replace(tzinfo=timezone(zone))
            return stated.astimezone(BEIJING).isoformat()
        if iso and match["tz"] and match["H"] is not None:
            # A stated offset (meta tags: "2025-01-14T09:30:00Z"): convert to Beijing time.
            tz = "+00:00" if match["tz"] == "Z" else match["tz"]
            if ":" not in tz:
                tz = f"{tz[:3]}:{tz[3:]}"
            stated = datetime.fromisoformat(iso[:19] + tz)
            iso = stated.astimezone(BEIJING).isoformat()
        return iso
    match = _COMPACT.search(text) if "20" in text else None
    if match:
        hh = int(match["H"]) if match["H"] else 0
        mm = int(match["M"]) if match["M"] else 0
        return _iso(int(match["y"]), int(match["m"]), int(match["d"]), hh, mm)
    era = _minguo(text, minguo)
    if era:
        return _iso(*era[:3], *_hms(era[3]))
    slashed = _slashed(text)
    if slashed:
        return _iso(*slashed[:3], *_word_hms(slashed[3]))
    worded = _word_date(text)
    if worded:
        year_, month, day, match = worded
        iso = _iso(year_, month, day, *_word_hms(match))
        if iso and zone is not None and match["H"] is not None:
            stated = datetime.fromisoformat(iso[:19]).replace(tzinfo=timezone(zone))
            return stated.astimezone(BEIJING).isoformat()
        return iso
    if not allow_relative:
        return None
    match = _RELATIVE_DAY.search(text)
    if match:
        now = as_beijing(fetched_at)
        back = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}[match["word"]]
        day = now - timedelta(days=back)
        return _iso(day.year, day.month, day.day, *_hms(match))
    match = _AGO.search(text) if "前" in text else None
    if match:
        now = as_beijing(fetched_at)
        unit = {"秒": "seconds", "分钟": "minutes", "小时": "hours", "天": "days"}[match["unit"]]
        when = now - timedelta(**{unit: int(match["n"])})
        when = when.replace(microsecond=0)
        if unit == "days":
            when = when.replace(hour=0, minute=0, second=0)
        return when.isoformat()
    if "刚刚" in text:
        return as_beijing(fetched_at).replace(microsecond=0).isoformat()
    match = next((m for m in _SHORT_YEAR.finditer(text) if m["H"] is not None
                  or _SHORT_YEAR_PLACE.search(text, max(0, m.start() - 4), m.start())), None) \
        if "-" in text or "/" in text or "." in text else None
    if match:
        # This century's year; one after the fetch's is no year of this century's pages
        # (as pagedate's ``_yy_year`` reads a stamp: ``98-05-17 09:22`` is no date).
        full = 2000 + int(match["y"])
        if full <= as_beijing(fetched_at).year:
            return _iso(full, int(match["m"]), int(match["d"]), *_hms(match))
        return None
    match = _MONTH_DAY.search(text) if "-" in text or "/" in text or "月" in text else None
    if match:
        now = as_beijing(fetched_at)
        m, d = int(match["m"]), int(match["d"])
        year = year or now.year
        hms = _hms(match)
        if match["H"] is None:
            # The clock printed before the month-day (``19:05 02-28``, as before a full day).
            before = _CLOCK_BEFORE.search(text, max(0, match.start() - 12), match.start())
            if before:
                hms = _hms(before)
        iso = _iso(year, m, d, *hms)
        # A month-day after the fetch is from the year before (fetched in January, printed
        # "12-30"; or a stated year whose month-day is still to come).
        if iso and datetime.fromisoformat(iso) > now:
            iso = _iso(year - 1, m, d, *hms)
        return iso
    return None


def date_reading(text: str, *, fetched_at: str | datetime | None = None) -> tuple[str | None, bool]:
    """(``parse_date(text, fetched_at=fetched_at)``, whether any reading may find a date).

    The second is False when :func:`parse_date` finds no date in ``text`` however it is
    asked: ``allow_relative=False`` only stops it before the relative days, and
    ``minguo=True`` changes nothing when the text as it reads it (digits folded, a zone's
    name taken out) holds no bare ROC year. A caller that runs several tests on a line
    before asking for its date can drop a line holding none first, at the price of one
    reading.

    >>> date_reading("共3页 第1页")
    (None, False)
    >>> date_reading("发布时间：2024-06-13 14:54")
    ('2024-06-13T14:54:00+08:00', True)
    """
    if not text:
        return None, False
    read, zone = _as_read(text)
    found = _parse(read, zone, fetched_at, True, None, False)
    if found is not None:
        return found, True
    return None, _MINGUO_BARE.search(read) is not None


def has_year(text: str, *, minguo: bool = False) -> bool:
    """True when ``text`` holds a date with its year (``2019-09-05``, ``20190905``,
    ``7/25/2005``, ``民國115年3月18日``)."""
    text = ascii_dates(text)
    return bool(_FULL.search(text) or _COMPACT.search(text) or _minguo(text, minguo)
                or _slashed(text) or _word_date(text))


# Date segments of article URLs: /2019/0905/, /2019-09/05/, /201909/05/, /2019/09/05/,
# /20190905/, t20190905_123.html, content_20190905.htm, /11-22-2014/; /2019/ or /201909/
# give the year.
_URL_DAY = (
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d{2})[/_-]?(?P<m>0[1-9]|1[0-2])[/_-]?"
               r"(?P<d>0[1-9]|[12]\d|3[01])(?![\d])"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/"),
    # A whole path segment written month first, US style: /article/11-22-2014/19750/.
    re.compile(r"/(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])-(?P<y>(?:19|20)\d{2})/"),
)
_URL_YEAR = re.compile(r"(?<=[/_t])(?P<y>(?:19|20)\d{2})(?:0[1-9]|1[0-2])?(?=[/_-])")


_URL_HOST = re.compile(r"^[a-z]+://[^/]+", re.I)

def url_date(url: str | None) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) printed in an article URL's path, (year, None, None) when only the
    year (or year and month) is there, or None.

    >>> url_date("http://www.gov.cn/xinwen/2019-09/05/content_5427467.htm")
    (2019, 9, 5)
    >>> url_date("http://www.csrc.gov.cn/pub/newsite/zjhxwfb/xwdd/201910/t20191008_363636.html")
    (2019, 10, 8)
    """
    if not url:
        return None
    path = _URL_HOST.sub("", url.strip()).split("?")[0].split("#")[0]
    for pattern in _URL_DAY:
        for match in pattern.finditer(path):
            y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
            if _iso(y, m, d):
                return y, m, d
    match = _URL_YEAR.search(path)
    return (int(match["y"]), None, None) if match else None


# Words of a date line's label (``发布时间：``, ``发表于``, ``来源：``): what may stand beside the
# date in a line that is only a date line.
_LINE_LABEL = re.compile(
    r"(?:发布|發布|发表|發表|更新|上传|上傳|刊登|刊发)(?:时间|時間|日期|于|於)|(?:时间|時間|日期|来源|來源"
    r"|稿源|出处|出處|作者|编辑|編輯|责编|責編)\s*[:：]|发表于|發表於")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
# The day of the week after a day, set apart from any word after it (``2017年1月9日星期一``,
# ``2024-10-30（周三）``): part of the date line, not a word beside it.
_WEEKDAY_AFTER = re.compile(
    r"(?<=[日\d])\s*[(（]?\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]\s*[)）]?(?![\u4e00-\u9fff])")
_ADDRESS = re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|edu|tw|hk)\S*",
                      re.I | re.A)


def is_date_line(text: str, words: int = 4) -> bool:
    """True when ``text`` is a date line however it is marked up: a date with its year, and
    beside it at most a clock, a label (``发布时间：``, ``发表于``), the site's address and a
    few words (a source, a tool link); never a headline that opens or ends with a date
    (``2024年12月27日新闻发布会``: without a label, at most ``words`` Chinese characters
    stand apart from the date, none glued to it).

    >>> is_date_line("2018-10-26 16:42")
    True
    >>> is_date_line("【2014/12/13 聯合晚報】")
    True
    >>> is_date_line("2024年12月27日新闻发布会")
    False
    """
    text = _WEEKDAY_AFTER.sub(" ", ascii_dates(text))
    if len(text) > 80 or "。" in text:
        return False
    dates = list(_FULL.finditer(text))
    if not dates:
        return False
    rest = _ADDRESS.sub(" ", _FULL.sub(" ", text))
    labelled = _LINE_LABEL.search(rest) is not None
    rest = _LINE_LABEL.sub(" ", rest)
    han = len(_HAN_CHAR.findall(rest))
    if labelled:
        return han <= 12
    glued = any(_HAN_CHAR.match(text, m.end())
                or (m.start() and _HAN_CHAR.match(text, m.start() - 1)) for m in dates)
    return han <= words and not glued


def date_text(text: str) -> str | None:
    """The first absolute date (with its year) in ``text`` as printed there, or None.

    >>> date_text("[2025-01-23 12:31] 国新办举行发布会")
    '2025-01-23 12:31'
    """
    match = _FULL.search(text) or _COMPACT.search(text)
    return match.group(0).strip() if match else None


def parse_date_hint(value: str | datetime | None) -> datetime | None:
    """A listing/feed date as an aware datetime (Beijing time when no zone is given).

    Accepts ISO 8601, RFC 822 (RSS), and every absolute form :func:`parse_date` reads
    (``2025-01-10``, ``2025/01/10 16:47``, ``2025年01月10日 16:47``, ``[2025-01-10]``);
    None when nothing date-like is found.

    >>> parse_date_hint("Fri, 10 Jan 2025 16:47:15 +0800").isoformat()
    '2025-01-10T16:47:15+08:00'
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=BEIJING)
    text = value.strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=BEIJING)
    except ValueError:
        pass
    try:
        parsed = parsedate_to_datetime(text)  # RSS: "Fri, 10 Jan 2025 16:47:15 +0800"
        if parsed is not None:
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=BEIJING)
    except (TypeError, ValueError, IndexError):
        pass
    iso = parse_date(text, allow_relative=False)
    return datetime.fromisoformat(iso) if iso else None


_AGE = re.compile(r"(\d+)\s*([dhw])", re.IGNORECASE)
_AGE_UNITS = {"d": "days", "h": "hours", "w": "weeks"}
_ISO_ARGUMENT = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?"
                           r"(Z|[+-]\d{2}:?\d{2})?)?")


_BARE_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

def instant_utc(value: str, *, end_of_day: bool = False, now: datetime | None = None) -> str:
    """A date given by a user as ``YYYY-MM-DD HH:MM:SS`` in UTC, the form SQLite's
    ``datetime()`` gives, so the store compares instants rather than strings.

    Accepts ISO 8601 dates and date-times (``2025-01-10``, ``2025-01-10T08:30``,
    ``2025-01-10 08:30:00+00:00``) and relative ages (``7d``, ``12h``, ``2w``: that long
    before now). A value without a zone is Beijing time, the zone of the sources. With
    ``end_of_day`` a bare date means the end of that day. Raises ValueError (one sentence)
    for anything else.

    >>> instant_utc("2025-01-10", end_of_day=True)
    '2025-01-10 15:59:59'
    """
    text = value.strip()
    age = _AGE.fullmatch(text)
    if age:
        moment = (now or datetime.now(UTC)) - timedelta(
            **{_AGE_UNITS[age.group(2).lower()]: int(age.group(1))})
        return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    bare_date = _BARE_DATE.fullmatch(text) is not None
    if not _ISO_ARGUMENT.fullmatch(text):
        raise ValueError(
            f"{value!r} is not a date; give YYYY-MM-DD, an ISO 8601 date-time such as "
            "2025-01-10T08:30 or 2025-01-10T08:30+08:00, or an age such as 7d or 12h"
        )
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a real date or time ({exc})") from exc
    if bare_date and end_of_day:
        moment = moment.replace(hour=23, minute=59, second=59)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BEIJING)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
