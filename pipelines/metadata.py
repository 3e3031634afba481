"""Metadata printed in the text itself: dateline, media name, reporters and editors.

Copies often carry these as lines of their own: a dateline ``每日经济新闻 2025-01-10 16:47:15``,
a byline ``每经记者 李宣璋 每经编辑 陈星``, ``（记者 王五 通讯员 赵六）``, ``来源：中国新闻网``,
``责任编辑：陈星``. :func:`read_metadata_line` recognises such a line (on simplified text) and
says what it holds, so the cleaner can move it out of the body into fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from pipelines.dates import parse_date
from pipelines.regexhint import hint_for

_NAME = r"[\u4e00-\u9fff·]{2,4}"
_NAMES = rf"{_NAME}(?:\s*[、，,/\s]\s*{_NAME})*"
# "每经记者", "本报记者", "新华社记者", "记者", "实习记者", "特约记者", "见习记者".
_REPORTER_ROLE = r"(?:[\u4e00-\u9fff]{0,4}记者|通讯员|撰稿|文|作者)"
_EDITOR_ROLE = r"(?:[\u4e00-\u9fff]{0,4}编辑|责编|编审|审校|校对|审核)"
_SOURCE = re.compile(
    r"(?:来源|稿源|文章来源|信息来源|出处)\s*[:：]\s*(?P<media>[^\s|丨,，。]{2,20})"
)
# Brackets, and the box bullets newspapers print before a byline ("□本报记者 某某"); a
# class removed with re.sub costs a tenth of str.translate with a table.
_BRACKETS = re.compile("[()（）【】\\[\\]□■◆◇●○▲△]")
# Words that follow a role without being a name ("记者 提问", "编辑 部"), and a summary's
# label naming the editors ("编辑导语：", "编辑导读"): the summary's, no credit.
_NOT_NAMES = {"提问", "表示", "介绍", "了解", "获悉", "注意", "发现", "采访", "报道", "部门",
              "导语", "导读"}
# A dateline is short: a media name, a date, maybe a time and a source; ~40 characters.
_DATELINE_MAX = 48
_UI_JUNK = re.compile(
    r"[【\[](?:[^】\]]{0,12}(?:字体|字号|打印|关闭|收藏|分享|纠错|大\s*中\s*小)[^】\]]{0,12})[】\]]"
    r"|(?:打印本页|关闭窗口|分享到|字体[:：]?\s*大\s*中\s*小|打印|关闭)"
)
# Most lines hold none of the literals that furniture needs: they skip the substitution.
_UI_JUNK_HINT = hint_for([_UI_JUNK])
_BYLINE_MAX = 60
# What a dateline may hold besides its media name: dates, times, relative days, labels.
_DATE_WORDS = re.compile(
    r"(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*[:：时]\s*\d{2}"
    r"(?:\s*[:：分]\s*\d{2})?秒?|今天|今日|昨天|昨日|前天|刚刚|\d+\s*(?:秒|分钟|小时|天)前"
    r"|发布时间|发布日期|时间|日期|[:：|丨]"
)
_COUNTS_AND_LABELS = re.compile(
    r"(?:阅读|浏览|点击)(?:量|数|次数)?\s*[:：]?\s*\d+\s*次?|来源|作者|字号|\s+"
)
_MEDIA = re.compile(r"^(?P<media>[\u4e00-\u9fffA-Za-z]{2,14})\s*$")
# What is left of a date that was a span (``2018年1-12月全国…``: the ``1-12`` read as a day, the
# ``月`` after it left over): no media name opens with a date's unit.
_DATE_REMNANT = re.compile(r"^[月日号]")


@dataclass
class LineMeta:
    """What one metadata line holds; empty fields when the line does not carry them."""

    media: str | None = None
    published_at: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.media or self.published_at or self.authors or self.editors)


_NAME_RE = re.compile(_NAME)
_EDITOR_ROLE_RE = re.compile(_EDITOR_ROLE)
_NAME_SEPARATORS = re.compile(r"[\s、，,/]+")
# Words between a role and its names (``记者 某某 摄``, ``发自北京``) and the role's colon.
_ROLE_WORDS = re.compile(r"摄|报道|发自\S{0,6}|[:：|丨]")
# A line that is only a source field.
_SOURCE_LINE = re.compile(r"\s*(?:来源|稿源|文章来源|信息来源)\s*[:：]\s*\S+\s*")

# A source field standing on its own in a byline, not the tail of a longer label.
_BYLINE_SOURCE = re.compile(r"(?<![\u4e00-\u9fff])" + _SOURCE.pattern)
# A bracketed item on a byline's line (``[打印]``, ``【责任编辑：某某】``).
_TOOL_IN_BRACKETS = re.compile(r"[\[【][^\]】\[【]{0,20}[\]】]")
_ROLE_WORD = re.compile(r"记者|编辑|责编|编审|审校|校对|审核|通讯员|撰稿|作者|摄|文\s*[:：|丨/／]")


def _split_names(names: str) -> list[str]:
    parts = [p for p in _NAME_SEPARATORS.split(names) if p]
    return [p for p in parts if p not in _NOT_NAMES]


# ``文`` is a role only when no Chinese character follows it (``文｜某某``, ``文 某某``):
# ``文章标签 …`` and ``文件下载：`` are a tag line and a download line, not bylines.
_ROLE = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<role>[\u4e00-\u9fff]{0,4}?(?:记者|编辑)|责编|编审|审校|校对|审核"
    r"|通讯员|撰稿|作者|文(?![\u4e00-\u9fff]))\s*[:：|丨]?\s*"
)


# A medium's name (a site, paper, station, channel or app: ``某某网某某频道``, ``某某日报``),
# then a space and a reporter's role: a byline that names its medium first.
_MEDIUM_BEFORE_REPORTER = re.compile(
    r"(?P<media>[\u4e00-\u9fffA-Za-z]{1,12}(?:网|报|社|台|频道|客户端|杂志|新闻))\s+"
    r"(?=[\u4e00-\u9fff]{0,4}?(?:记者|通讯员))"
)


def read_byline(line: str) -> LineMeta | None:
    """Reporters and editors of a byline such as ``每经记者 李宣璋 每经编辑 陈星``, else None.

    The whole line must be roles and names (plus 摄, 报道 and brackets), so a sentence that
    mentions a reporter (``束为在回答记者提问时表示``) is not taken for a byline.
    """
    if len(line) > _BYLINE_MAX + 4:
        return None
    # A page's tool printed in brackets on the line (``[打印]``, ``【进入论坛】``), one that
    # names no role, is no part of it.
    if "[" in line or "【" in line:
        line = _TOOL_IN_BRACKETS.sub(
            lambda m: m[0] if _ROLE_WORD.search(m[0]) else " ", line)
    text = _BRACKETS.sub("", line).strip()
    if not text or len(text) > _BYLINE_MAX:
        return None
    # A source field printed in the byline (``编辑：某某 来源：某某网``) names the media, not
    # a person: it is read apart (``图片来源：…`` is the pictures' credit, no field).
    source = _BYLINE_SOURCE.search(text)
    if source:
        text = (text[: source.start()] + " " + text[source.end() :]).strip()
    # The first role must open the line (below); most lines have none there, and one match
    # at position 0 costs far less than finding every role of a sentence.
    if _ROLE.match(text) is None:
        # A medium's name set apart before its reporters (``某某网某某频道 记者 某某 某某``):
        # the medium, then the byline.
        medium = _MEDIUM_BEFORE_REPORTER.match(text)
        if medium is None:
            return None
        meta = read_byline(text[medium.end() :])
        if meta is not None and not meta.media:
            meta.media = medium["media"]
        return meta
    roles = list(_ROLE.finditer(text))
    if not roles or text[: roles[0].start()].strip():
        return None
    meta = LineMeta()
    for k, role in enumerate(roles):
        stop = roles[k + 1].start() if k + 1 < len(roles) else len(text)
        chunk = _ROLE_WORDS.sub(" ", text[role.end() : stop]).strip()
        if not chunk:
            continue
        names = _split_names(chunk)
        if not names or not all(_NAME_RE.fullmatch(n) for n in names):
            return None
        is_editor = _EDITOR_ROLE_RE.fullmatch(role["role"]) is not None
        target = meta.editors if is_editor else meta.authors
        target.extend(n for n in names if n not in target)
    if not (meta.authors or meta.editors):
        return None
    if source:
        meta.media = source["media"]
    return meta


def read_dateline(line: str, *, fetched_at: str | datetime | None = None) -> LineMeta | None:
    """Media and time of a dateline such as ``每日经济新闻 2025-01-10 16:47:15``, else None."""
    if len(line) > _DATELINE_MAX + 40:  # furniture below cannot make a paragraph a dateline
        return None
    # Page furniture printed on the same line: 【字体：大 中 小】【打印本页】【关闭窗口】.
    if _UI_JUNK_HINT is None or _UI_JUNK_HINT.search(line):
        line = _UI_JUNK.sub(" ", line)
    text = line.strip()
    if not text or len(text) > _DATELINE_MAX:
        return None
    # A "，" or "。" survives every substitution below (no date, label or source name holds
    # one) and is no media name: such a line is a sentence, without the three scans.
    if "，" in text or "。" in text:
        return None
    source = _SOURCE.search(text)
    rest = text.replace(source.group(0), " ") if source else text
    # What is left once the date, time and labels are taken out must be a short name or
    # nothing; otherwise the line is a sentence that mentions a date ("1月10日，国新办…").
    # Checked before the date is parsed: it is the cheaper test, and most short lines fail
    # it (the result is the same in either order).
    rest = _DATE_WORDS.sub(" ", rest)
    rest = _COUNTS_AND_LABELS.sub(" ", rest).strip()
    if rest and not (" " not in rest and _MEDIA.match(rest)):
        return None
    if rest and (_DATE_REMNANT.match(rest) or _announces(text, rest)):
        return None  # a sentence opening with a date span, or a clause announcing a list
    published = parse_date(text, fetched_at=fetched_at)
    if not published:
        return None
    meta = LineMeta(published_at=published, media=source["media"] if source else None)
    if rest:
        meta.media = meta.media or rest
    return meta


def _announces(text: str, rest: str) -> bool:
    """True when the words left besides the dates close ``text`` before a colon
    (``2018年1-12月全国吸收外资的主要特点有：``): a clause announcing the lines under it, the
    text's first line, not a media name after a date."""
    line = text.rstrip()
    return line[-1:] in (":", "：") and line[:-1].rstrip().endswith(rest)


def read_source_line(line: str) -> str | None:
    """The media of a short ``来源：新华社`` line, else None."""
    text = line.strip()
    if len(text) > _DATELINE_MAX:
        return None
    match = _SOURCE.search(text)
    return match["media"] if match else None


def read_metadata_line(line: str, *, fetched_at: str | datetime | None = None) -> LineMeta | None:
    """Whatever metadata ``line`` carries when the line is only metadata, else None."""
    meta = read_dateline(line, fetched_at=fetched_at) or read_byline(line)
    if meta:
        return meta
    media = read_source_line(line)
    if media and _SOURCE_LINE.fullmatch(line):
        return LineMeta(media=media)
    return None
