"""A headline line's text: what a line must not be to be a headline (navigation labels, info
lines, page tools) and what is trimmed from one (a ``标题：`` label, info glued after it, a
trailing subtitle or document number, letter spacing, literal tags).

Plain functions over strings (and a notice's document number read from its block), shared by
:mod:`pipelines.headline`, which chooses the headline among the page's lines, and
:mod:`pipelines.pagedate`, which knows an info line by the same marks.
"""

from __future__ import annotations

import re

from lxml import etree

from pipelines.dates import is_date_line
from pipelines.textnorm import to_simplified
from pipelines.treetext import HAN, class_finder, collapse_spaces, han_count, text_lines

# Behind a lookahead of the words' first letters: the same matches, but a position opening no
# word fails on one class test (case-blind alternatives defeat the regex engine's own
# first-character scan; class strings of utility-class templates run to hundreds of letters).
TITLE_HINT = re.compile(r"(?=[tbh])(?:title|biaoti|headline|heading|tit\d*\b|bt\d*\b)", re.I)
# Whether a class-and-id string is title-classed (TITLE_HINT, memoised per string).
title_class = class_finder(TITLE_HINT)
# Navigation labels and list headings: never a headline (also when the next article's title
# follows the label: "阅读下一篇：…").
_NAV_LABEL = re.compile(
    r"^\s*[\[【(（]?\s*(?:阅读|查看)?(?:上一篇|下一篇|上一条|下一条|上篇|下篇|相关阅读|相关新闻|相关链接"
    r"|相关文章|相关报道|延伸阅读|推荐阅读|热点推荐|热门推荐|热门文章|猜你喜欢|当前位置|您的位置|你的位置"
    r"|您现在的位置|所在位置|发表评论|网友评论|我要评论|我要留言|发表留言|读者评论|评论列表|相关评论"
    r"|相关稿件|相关附件|相关专题"
    # A recommended box's heading addressed to the reader ("为你推荐", "为您推荐：").
    r"|[为為][你您]推[荐薦](?=\s*[:：>》]|\s*$))"
    # Short generic labels only when they are the whole text or followed by a separator.
    # A share or follow box's heading ("微信分享“扫一扫”", "微博关注").
    r"|^\s*(?:(?:微信|微博|朋友圈)\s*(?:分享|扫一扫|关注)|扫一扫|扫描二维码|手机扫码)"
    r"|^\s*(?:更多|返回|首页|打印|关闭|分享|位置|正文|详情|详细(?:内容|信息)"
    # A page type's label in a breadcrumb or box ("信息详情", "文章正文").
    r"|(?:信息|新闻|文章|内容|政策|公告|通知)(?:详情|正文)"
    # A box's heading: "热点新闻", "最新文章", "图片新闻", "推荐阅读"…
    r"|(?:热点|热门|最新|推荐|精彩|今日|图片|滚动|要闻|往期|专题)(?:新闻|文章|资讯|推荐|阅读|回顾|报道)"
    # A download box's heading ("下载专区", "附件下载").
    r"|(?:附件|相关|文件|资料)?下载(?:专区|中心|列表)?)"
    r"\s*(?:$|[:：>»+]|本页|窗口|顶部|列表|到)"
)
# A breadcrumb trail anywhere in the line ("通知公告 首页 >> 校园 >> 正文", "首页 > 新闻"): the
# page's place on the site, never its headline.
_BREADCRUMB = re.compile(r"首页\s*(?:>|»|＞|›|→|-\s*>)|(?:>|»|＞|›|→)\s*(?:正文|详情|内容)\s*$")
# An info label after a date (``… 二〇一五年五月三十一日 来源：…``).
_INFO_LABEL_AFTER = r"(?:来源|稿源|作者|发布|编辑|责任编辑|浏览|点击)\s*[:：]"
# The day of the week printed after a date (``2023年8月19日 星期六``, ``（周二）``).
_WEEKDAY_MARK = r"(?:\s*[(（]?\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]\s*[)）]?)?"
# A clock after a date, with a colon or in 时分 (``19:52``, ``19时52分``).
_CLOCK_AFTER = r"\s*\d{1,2}\s*(?:[:：]|时\s*\d{2})"
# Info labels: where they start, the headline has ended ("标题 来源：新华社 作者：…"). A date
# in the headline's own tortoise-shell brackets (``早读〔2018.3.19 周一〕``, an edition's
# mark, as ``〔2024〕`` numbers a document) is its words, not the info line's.
INFO_START = re.compile(
    r"(?:来源|稿源|作者|发布时间|发布日期|发表时间|更新时间|时间|日期|责任编辑|编辑|浏览次数|浏览|"
    r"点击数|点击|阅读数|字号)\s*[:：]|(?<=\S)(?<!〔)\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)"
    # A date written with 年月日, in digits or Chinese numerals, set off by a space and ending
    # the line or followed by its clock (``标题 二〇一七年一月九日``); a date inside the
    # headline's own words (``国新办2024年12月27日举行发布会``) is none.
    r"|(?<=\S)\s+(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日" + _WEEKDAY_MARK
    + r"(?=\s*$|" + _CLOCK_AFTER + r"|\s*" + _INFO_LABEL_AFTER + ")"
    # Such a date glued to the headline with no space, when an info label or its clock
    # follows it (``标题二〇一五年五月三十一日来源：…``: a template's spans side by side;
    # ``标题 某某财经2016年12月2日19时52分``: a source's name glued to its day).
    r"|(?<=\S)(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日(?=" + _CLOCK_AFTER + r"|\s*" + _INFO_LABEL_AFTER + ")"
    # Such a date, with or without its clock, in brackets closing the line (``标题 <small>(
    # 2020年09月22日 )</small>``): the template's date after the headline.
    r"|(?<=\S)\s*[（(\[【]\s*(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年"
    r"\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日" + _WEEKDAY_MARK
    + r"(?:\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?)?\s*[)）\]】]\s*$"
    # A clock alone in brackets closing the line (``标题 【17:52】``): an instant-news page's
    # time of the story, which the date finder reads as such (pagedate._HEADLINE_CLOCK).
    r"|(?<=\S)\s*[（(\[【［]\s*(?:[01]?\d|2[0-3])\s*[:：]\s*[0-5]\d\s*[)）\]】］]\s*$"
)

# A source's name and its full day set off by bars after the headline (``标题 某某日报 |
# 2020年09月29日 | 编辑：…``), the day closing the line or followed by a bar, its clock or a
# label: the template's info line inside the headline's element. (Not in INFO_START: the
# date finders cut a title-classed line there, and the part after it is read as it was.)
_BARRED_INFO = re.compile(
    r"(?<=\S)\s+[^\s|｜]{2,16}\s*[|｜]\s*(?=(?:19|20)\d{2}\s*(?:[-/.]|年)\s*\d{1,2}\s*(?:[-/.]|月)"
    r"\s*\d{1,2}(?!\d)\s*日?" + _WEEKDAY_MARK + r"(?:\s*$|\s*[|｜]|" + _CLOCK_AFTER + r"|\s*"
    + _INFO_LABEL_AFTER + "))"
)


# A label waiting for its value (``内容概述：``, ``关联稿件：``), a row of page tools
# (``评论 邮件 纠错``, ``【推荐】【打印】【关闭】``) or a byline ending with its date
# (``某某 报道 2012年08月02日``): never a headline.
_LABEL_OR_TOOLS = re.compile(
    r"[:：]\s*$|^\s*(?:\S{1,2}\s+){2,}\S{1,2}\s*$|(?:【[^【】]{1,8}】\s*){3,}"
    r"|(?:报道|撰稿|记者|作者)\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*$"
    # A comment box's counter ("《标题》已有1件评论", "评论(12)").
    r"|已有\s*\d+\s*[件条个位]\s*(?:评论|留言|跟帖)|(?:评论|留言|跟帖)\s*[(（]\s*\d+\s*[)）]\s*$"
    # A font-size tool with its label (``字体大小：小 中 大``, ``字号：[ 大 中 小 ]``,
    # ``[字体：大 中 小] 打印本页``).
    r"|^\s*[\[【(（]?\s*(?:字体|字號|字体大小|字號大小|字号|字型|文字)\s*[:：]?\s*[\[【(（]?\s*[大中小]"
    r"\s*[大中小]\s*[大中小]"
    # A script's placeholder (``正在读取评论……``, ``加载中...``) or an advertisement's
    # contact line (``某某频道招商：024-23186593``).
    r"|^\s*(?:正在|努力)?(?:读取|加载|载入)\S{0,4}?(?:中)?\s*[.…。·]*\s*$"
    r"|^\s*\S{0,10}?(?:招商|热线|电话|咨询|联系)\S{0,4}\s*[:：]\s*\(?0\d{2,3}\)?\s*-?\s*\d{7,8}"
    # A reading-time hint, its figures filled by a script or not (``提示：全文字，阅读需要分钟``,
    # ``全文1520字，阅读约需4分钟``), a gallery's instruction (``点击图片可浏览相关图片``) and
    # a row of download or print links (``下载文字版 下载图片版``, ``[推荐此文给朋友] …打印版``).
    # A source's name and its reporters (``某某网某某频道 记者 某某 某某``): a byline.
    r"|(?:^|\s)(?:记者|通讯员|实习生)\s+[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}\s*$"
    r"|全文\s*\d*\s*字\s*[，,]?\s*阅读\S{0,3}?\s*\d*\s*分钟"
    r"|^\s*点击(?:图片|图像|大图)\S{0,2}(?:浏览|查看|观看)"
    r"|^\s*(?:下载\S{1,4}版\s*){2,}$|推荐此文给\S{0,2}朋友|请点击打印\S?\s*\S{0,3}打印版"
    # A disclosure table's field label without its colon ("成文日期", "索引号"), or a field
    # with its value (``公文种类：命令（令）``: the table's row printed as one line).
    r"|^\s*(?:(?:成文|发布|发文|生效|废止|印发|公开|更新|实施)(?:日期|时间)|索引号|文号|发文字号|发文机关"
    r"|发布机构|主题分类|公开方式|公开范围|公开时限|有效性|时效性|所属机构|信息分类|体裁分类|组配分类"
    r"|主题词|关键词|信息来源|公文种类|文种)\s*(?:$|[:：])")
# A disclosure table's first field, its label set letter-spaced as in the table's cell
# (``索 引 号：014501068/2020-03955 发文机关：…``, ``文 号：无``): the table printed as one line.
_FIELD_LABEL = re.compile(r"\s*(?:索引号|文号|发文字号|发文机关|发布机构|主题分类|组配分类|信息分类"
                          r"|公开方式|成文日期|发布日期)\s*[:：]")
_SPACED_HAN = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# Markup a CMS printed as text inside a headline ("…力量<div>——热烈祝贺…"): a line break.
_TRAILING_MARKS = re.compile(r"(?:\s*[-_|–(（])+\s*$")
_LEADING_MARKS = re.compile(r"^\s*(?:[-_|｜–]+\s*)+")
# A form's field label before the headline (``留言标题：…``, ``主题：…``): the value is the
# headline.
_TITLE_LABEL = re.compile(r"^\s*[\u4e00-\u9fff]{0,4}(?:标题|题目|主题)\s*[:：]\s*(?=\S)")
# A republished story's first headline, as its source printed it (``原标题：某某``, ``（原题：
# 某某）``): the page's own headline is the one it gave the story, never this line.
_FIRST_HEADLINE = re.compile(r"^\s*[\[【(（]?\s*原(?:标题|题目|题)\s*[:：]")
# A platform's badge set before the headline in the heading (``<h1><span>原创</span> <span>标题
# </span></h1>``): the post's kind, never the headline's first word.
_BADGE = re.compile(r"^\s*(?:原创|原創|转载|轉載|置顶|置頂)\s+(?=\S)")
_LITERAL_TAG = re.compile(r"<\s*/?\s*(?:br|div|p|span|font|strong|b)\b[^<>]{0,80}>", re.I)
# A government document's number printed under its title: "（浙金罚决字〔2024〕52号）".
_DOC_NUMBER = r"[（(]?[^（）()\s]{0,20}[〔\[【]\s*\d{4}\s*[〕\]】][^（）()\s]{0,8}号[）)]?"
_DOC_NUMBER_LINE = re.compile(_DOC_NUMBER)
# Where a headline printed over several lines ends: at a subtitle line ("——热烈祝贺…") or
# a document number line. A kicker above the main line stays (it is read as part of it).
_SUBTITLE_LINE = re.compile(rf"(?:——|--|－－|—).*|{_DOC_NUMBER}")
# A document number in brackets closing a headline's line.
TRAILING_NUMBER = re.compile(
    r"\s*[（(][^（）()\s]{0,20}[〔\[【]\s*\d{4}\s*[〕\]】][^（）()\s]{0,8}号[）)]$")
# The same endings on a headline stated in one line (<meta>, JSON-LD): the main part.
STATED_SUBTITLE = re.compile(rf"\s*(?:——.*|{_DOC_NUMBER})$")
# Paired brackets a headline's words open and close (a document's title in ``《》``, a quote).
_BRACKET_PAIRS = (("《", "》"), ("〈", "〉"), ("“", "”"), ("「", "」"), ("『", "』"), ("（", "）"),
                  ("(", ")"), ("〔", "〕"), ("【", "】"))


def leaves_open(text: str) -> bool:
    """True when ``text`` opens a bracket it does not close (``关于印发《某某准则第9号``): a
    headline broken inside a document's title, whose next line (``——某某和列报》的通知``)
    goes on with the title's own dash rather than opening a subtitle."""
    return any(text.count(left) > text.count(right) for left, right in _BRACKET_PAIRS)


def closes_unopened(text: str) -> bool:
    """True when ``text`` closes a bracket it did not open (``——某某和补植》的通知``): the
    second line of a title broken inside its brackets."""
    return any(text.count(right) > text.count(left) for left, right in _BRACKET_PAIRS)


def closes_open(before: str, line: str) -> bool:
    """True when ``line`` closes the bracket the headline's lines ``before`` it leave open
    (``关于印发《某某准则第9号`` | ``——某某和列报》的通知``): the same title, broken inside
    its document's name, not a subtitle or an info line under it."""
    return leaves_open(before) and not leaves_open(before + line)


def main_part(stated: str) -> str:
    """A headline stated in one line without its subtitle or document number
    (:data:`STATED_SUBTITLE`) — ``stated`` itself when the dash falls inside a bracket the
    words before it leave open and the rest closes (``关于印发《某某准则第9号——某某和列报》的
    通知``: one title)."""
    cut = STATED_SUBTITLE.search(stated)
    if cut is None or closes_open(stated[:cut.start()], stated[cut.start():]):
        return stated
    return stated[:cut.start()]


def document_number(el: etree._Element | None) -> str | None:
    """The document number line printed in the headline's own block, under the headline
    (``国家…信息公开表<br>（浙金罚决字〔2024〕52号）``): the first line of the document's
    text, which the headline leaves out."""
    if el is None:
        return None
    lines = text_lines(el, 300) or []
    return next((line for line in lines[1:] if _DOC_NUMBER_LINE.fullmatch(line)), None)


def document_number_after(el: etree._Element | None, title: str) -> str | None:
    """:func:`document_number`, or the document number that closes the headline's own
    block after the headline ``title`` with no line break between (``国家…信息公开表
    （浙金罚决字〔2024〕52号）`` printed in one block, a newline in its source): the first line
    of the document's text."""
    found = document_number(el)
    if found is not None or el is None:
        return found
    words = "".join("".join(el.itertext()).split())
    wanted = "".join(title.split())
    rest = words[len(wanted):] if wanted and words.startswith(wanted) else ""
    return rest if rest and _DOC_NUMBER_LINE.fullmatch(rest) else None


def unspaced(line: str) -> str:
    """A headline set letter-spaced (``一 名 休 班 警 涉 嫌 … 被 捕``): eight or more pieces,
    nearly all single characters, joined again. A row of page tools (``评论 邮件 纠错``,
    ``小 中 大``) has fewer pieces or longer ones."""
    pieces = line.split()
    if len(pieces) >= 8 and sum(len(p) == 1 and bool(HAN.match(p)) for p in pieces) \
            >= 0.8 * len(pieces):
        return "".join(pieces)
    return line


# A byline printed as its own line in the headline's block, under the headline
# (``耕地保护不容有失`` / ``本刊记者 某某某``): the reporter's, never the headline's words.
_BYLINE_LINE = re.compile(
    r"\s*(?:本刊|本报|本台|本网|本站|本社)?(?:特约|见习|实习|首席)?(?:记者|通讯员|撰稿人?|撰文)"
    r"\s*[:：]?\s*[\u4e00-\u9fff·]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{2,4}){0,4}\s*")
# A row of page tools set off by bars (``字型：∣發言∣列印∣轉寄``, ``打印 | 关闭 | 收藏``): three
# or more pieces of at most four characters, the first perhaps a label with its colon.
_TOOL_ROW = re.compile(r"\s*(?:\S{1,4}\s*[:：]?\s*)?(?:[∣|｜丨│]\s*\S{1,4}\s*){2,}")


# Page tools in brackets closing the headline's line (``标题【打印】``, ``标题 [关闭窗口]``,
# ``标题【字体：大 中 小】``): links printed in the heading's block, never its words.
_TRAILING_TOOLS = re.compile(
    r"(?:\s*[【\[［]\s*(?:打印|列印|关闭|關閉|收藏|推荐|推薦|分享|纠错|糾錯|评论|評論|返回|顶部|頂部"
    r"|打印本页|打印本頁|打印此页|关闭窗口|關閉窗口|返回顶部|返回頂部|加入收藏|我要纠错|我要評論|我要评论"
    r"|(?:字体|字號|字号)\s*[:：]?\s*[大中小\s]+)\s*[】\]］])+\s*$")


def without_tools(line: str) -> str:
    """``line`` without the page tools in brackets closing it (``什么是4G？ 【打印】``), or
    ``line`` itself when nothing else is left."""
    tools = _TRAILING_TOOLS.search(line)
    if not tools or not tools.start() or _LABEL_OR_TOOLS.search(to_simplified(line)):
        return line  # no tools, or a row of tools (``页面功能 【我来说两句】【推荐】【打印】``)
    rest = line[: tools.start()].rstrip()
    return line if rest.endswith(("】", "]", "］")) else rest


# An icon font's glyph (a private-use character: ``<span class="iconfont">\ue602</span>``)
# at a line's edge: a picture, not the line's words.
_ICON_EDGE = re.compile(r"^[\ue000-\uf8ff\s]+|[\ue000-\uf8ff\s]+$")


def headline_text(text: str, min_han: int = 4) -> str | None:
    """``text`` (lines separated by ``\\n``) as a headline: the main line(s) before a
    subtitle or document number line, with info glued after it cut off; None for a
    navigation label, an info line or a fragment (fewer than ``min_han`` Chinese
    characters)."""
    lines = [unspaced(line) for line in
             (collapse_spaces(_ICON_EDGE.sub("", piece))
              for piece in _LITERAL_TAG.sub("\n", text).split("\n")) if line]
    for index in range(1, len(lines)):
        # A subtitle, a document number or the date line under the headline ends it — but a
        # line closing a bracket the lines before it leave open (``关于印发《某某准则第9号`` |
        # ``——某某和列报》的通知``, broken by ``<br>``) is the same title's.
        if closes_open("".join(lines[:index]), lines[index]):
            continue
        if _SUBTITLE_LINE.fullmatch(lines[index]) or is_date_line(lines[index], words=8) \
                or _BYLINE_LINE.fullmatch(to_simplified(lines[index])):
            lines = lines[:index]
            break
    # Lines joined by a space (a kicker and its headline are two clauses), but a line
    # closing a bracket left open goes on with no space, as the title is written.
    text = "".join(line if not index else ("" if closes_open("".join(lines[:index]), line)
                                           else " ") + line for index, line in enumerate(lines))
    # The labels are matched in simplified script: a Taiwan or Hong Kong page prints
    # "下載專區", "記者", "發布時間：" (the conversion keeps the length but for rare phrases).
    plain = to_simplified(text)
    if len(plain) != len(text):
        plain = text
    if _FIRST_HEADLINE.match(plain):
        return None  # the story's first headline, where it was first published
    label = _TITLE_LABEL.match(plain)
    if label:
        text, plain = text[label.end():], plain[label.end():]
    badge = _BADGE.match(plain)
    if badge:
        text, plain = text[badge.end():], plain[badge.end():]
    if _NAV_LABEL.match(plain) or _LABEL_OR_TOOLS.search(plain) or _BREADCRUMB.search(plain) \
            or _DOC_NUMBER_LINE.fullmatch(text.strip()) or is_date_line(plain) \
            or _TOOL_ROW.fullmatch(plain) or _FIELD_LABEL.match(_SPACED_HAN.sub("", plain)):
        return None  # a label, a tool row, a document number alone, a date line
    tools = _TRAILING_TOOLS.search(plain)
    if tools and tools.start():
        text, plain = text[: tools.start()], plain[: tools.start()]
    match = INFO_START.search(plain)
    barred = _BARRED_INFO.search(plain) if "|" in plain or "｜" in plain else None
    if barred and (match is None or barred.start() < match.start()):
        match = barred
    if match:
        text = text[: match.start()].rstrip(" |丨:：-—_")
    # A blog template's separator after the headline ("标题- -", "标题 |"): never part of it.
    text = _TRAILING_MARKS.sub("", text)
    # A template's separator before an empty headline slot ("-某某新闻网"): never part of it.
    text = _LEADING_MARKS.sub("", text)
    # The document number printed in brackets after the title on the same line
    # ("…信息公开表(金罚决字〔2024〕36号)") is the document's, not the headline's.
    text = TRAILING_NUMBER.sub("", text)
    if len(text) < 4 or han_count(text) < min_han:
        return None
    return text


# Headings, and the blocks that may carry a title class.
