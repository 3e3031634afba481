"""Where an article's text starts and ends, once its paragraphs are clean.

Two edges that no markup marks: an editor's abstract printed as the first paragraph of the
text (``[摘要：…]``), and the publisher's trailer after the article — a run of credit lines
(``作者：…``, ``编辑：…``, ``编审：…``) followed by subscription notes and an "about us"
text. Neither is the article (the label rules of the real-page corpus leave both out).
Also at the edges, from pages of markup nobody here had seen: a summary card of fields
printed above the text (``项目名称｜…`` rows over the notice's first sentence), readers'
comments under an unmarked ``网友评论`` heading, a site's promotion lines after the last
sentence (``【某某】：最新评论…``, ``有话要说投稿…``, an e-mail address), and a profile of the
author or publisher under its name (``某某实验室`` over ``某某实验室，致力于…``). And a
site's notes kept as paragraphs (fresh6): a source tag in brackets or the headline printed
twice above the text, a reprint tag after its last stop, a story's number and a comment
widget's line, the site's copyright statement, and a care box of hotlines under a report.
And (stop 24) the heading of a site's recommended list under the text (``● 相关推荐更多>>``),
with everything after it. And (fresh8) an article's footnotes after its last paragraph, each
mark referenced inside the text (``[1]…``, ``①…``), and a reader-tip box under a report
(``人人做記者``, ``爆料熱線：``, ``SMS：`` with the numbers and addresses). And (stop 25) a
document's head over a notice's text (issuers, number, title set again, a decree's number),
an addressee over a first paragraph closed by a colon, labelled standfirsts (``核心提示：``,
``【导语】``), and issuers with no date over the attachment line.

Used by :mod:`pipelines.clean` after :mod:`pipelines.paragraphs`.
"""

from __future__ import annotations

import itertools
import re

from pipelines.charnorm import HAN_CLASS

# An abstract's label at the start of a paragraph: "[摘要：", "【内容提要】", "摘要:".
# An editor's note standing first the same way: "编者按：", "虎嗅注：" (a site's name and 注).
# A standfirst labelled the same way (核心提示：, 【导语】, 导读：) is the editors' summary too,
# and so is a label naming the article (本文导读：, 文章摘要：) and a news page's 简介：, and one
# naming the editors (编辑导语：, 编者导读：, 小编导语：, stop 36).
# The summary's label words, however a site words them (stop 38, i28c): a head (摘要, 提要,
# 导读, 导语, 提示, 要点, 看点) under a word naming the article, the issue or the point
# (核心提要, 新闻提要, 精彩导读, 本期导读, 重点提示, 核心要点, 本文看点), People's Daily's
# 核心阅读, and 划重点. A bare 提示, 要点 or 看点 is no label (温馨提示 and a notice's 要点 open
# text).
_SUMMARY_WORDS = (r"(?:(?:内容|核心|新闻)?(?:摘要|提要)|(?:内容)?简介|"
                  r"(?:核心|阅读|重点|要点|要闻|新闻)提示|(?:核心|精彩|本期|新闻)?(?:导读|导语)|"
                  r"核心阅读|(?:核心|内容)要点|(?:本文|文章|本期)(?:要点|看点)|划重点)")
_ABSTRACT = re.compile(r"^[\[【(（]?\s*(?:本文|文章|编辑|编者|小编)?"
                       r"(?:" + _SUMMARY_WORDS
                       + r"|编者按|编者注|编辑注|编者的话|[\u4e00-\u9fff]{2,4}注)"
                       r"\s*[:：\]】)）]")
# The same label set apart by markup alone (``<strong>摘要</strong>…``, a ``<span>`` of its
# own: stop 38, i28c): no colon or bracket after it, maybe a space, then the summary's
# words. Only the compound labels (never 简介, nor a word before 注), over a summary of a
# sentence or more; a word of a sentence after the label (导语是…, 摘要显示…) makes it the
# sentence's subject, no label.
_ABSTRACT_BARE = re.compile(r"[\[【(（]?\s*(?:本文|文章|编辑|编者|小编)?"
                            r"(?:" + _SUMMARY_WORDS.replace("(?:内容)?简介|", "") + r"|编者按)"
                            r"\s*(?![是的和与及中里要应为在把被将对就也都还又已显指称写说有能])"
                            r"(?=[\u4e00-\u9fff“\"])")
_ABSTRACT_BARE_MIN = 30  # characters of the paragraph: a summary, not a word opening a line


def _opens_bare_abstract(paragraph: str) -> bool:
    """True when ``paragraph`` opens with a summary's label set apart by markup alone
    (``摘要今年夏天…``) and is a summary's length, closing a sentence."""
    return len(paragraph) >= _ABSTRACT_BARE_MIN and bool(_ABSTRACT_BARE.match(paragraph)) \
        and bool(_SENTENCE_END.search(paragraph))


# A paginated story's page index printed in one line over its text (第1页：某某第2页：某某):
# the pages' titles, from the first page on.
_PAGE_INDEX = re.compile(r"第\s*1\s*页\s*[:：].{0,80}?第\s*2\s*页\s*[:：].*")
# A WeChat article's header line: the "原创" mark with the author and the account's name.
# It may close with the date and time it was posted (原创 某某 5.1w阅读 2024-12-23 10:11).
_ORIGINAL = re.compile(r"原创[^。！？，,：:|｜]{0,28}"
                       r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)?")
# An end mark alone on its line (End, -END-, — END —): a WeChat article's text stops there;
# what follows is the account's promotions.
_END_MARK = re.compile(r"[-—－=*~·\s]*(?:END|End|end)[-—－=*~·\s]*")
# A view counter on its own line (阅读数(6616), 浏览次数：12): when no sentence ends after it,
# the text is over and the page's tools (a report form, buttons) follow.
_COUNTER = re.compile(
    r"[【\[]?(?:阅读|浏览|点击|访问)(?:数|量|次数)\s*[:：(（]?\s*\d+\s*[)）】\]]?")
# An attachment's line (附件1：《…》, 附件：某某.doc) after the last sentence: a list of
# files, not the text.
_ATTACHMENT = re.compile(r"附件\s*\d{0,2}\s*[:：．.、]")
# A credit line: a role, a separator and a name or two ("编辑：李鹏", "文｜某某", "图/某某").
_ROLES = (r"作者|编辑|责编|责任编辑|值班编辑|编审|审核|审校|审稿|校对|终审|初审|复审|"
          r"[一二三]审|监制|出品|出品人|策划|统筹|排版|美编|设计|视觉|摄影|图片|视频|剪辑|主编|"
          r"执行主编|总编辑|总编|撰文|撰稿|文字|供稿|来源|题图|头图|文|图|"
          r"撰稿人|译稿人|译者|翻译|编译|资料来源|原文|综合|整理|"
          r"审核人|审稿人|核稿人|核稿")  # a school's report: 撰稿人：某某 / 审核人：某某
_CREDIT = re.compile(
    r"^[\[【(（]?\s*(?:" + _ROLES + r")"
    r"(?:\s*[/∕、]\s*(?:撰稿人|译稿人|译者|翻译|编译|撰稿|撰文|作者|编辑))?"  # 撰稿人∕译稿人：
    r"\s*[:：丨|｜/∕_＿]\s*\S"  # a magazine's underscore too (文_ 某某 摄影_ 某某)
)
_CREDIT_MAX = 40
_CREDIT_LINE_MAX = 50  # a credit line may name two people in Latin letters
_CREDIT_ROW_MAX = 3  # a credit line above the first sentence stands among the first three
# A caption or picture label printed as a line of its own: short, no punctuation, no digits
# ("座谈交流现场", "参加活动的嘉宾合影").
_CAPTION = re.compile(r"[^\d\s。！？；，、：:;,.!?|｜()（）《》“”\"'\[\]【】—-]{2,24}")
# A sentence's end, maybe with a credit in brackets after it (…原料。（某某／综合外电报导）)
# or a wire service's date code (…宴请团员。1031212).
_SENTENCE_END = re.compile(r"[。！？…][”’」』）)]?(?:\s*[（(][^（()）]{1,30}[)）]|\s*\d{4,8})?$")
_CAPTIONS_MAX = 6
# A numbered section heading: 七、其它补充事宜, （三）工作要求, 第五章 附则.
_HEADING = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|"
                      r"第[一二三四五六七八九十]{1,3}(?:章|节|部分))\s*[^。！？；，,]{1,20}")


# A paywall's notice (本文共计1561字 订阅后继续阅读; 登录后获取阅读权限): the visible text
# ends there; what follows is the subscription offer.
_PAYWALL = re.compile(r"^本文共计?\s*\d+\s*字.{0,4}(?:订阅|登录|付费)|"
                      r"^(?:订阅|登录)\s*后\s*(?:继续阅读|获取.{0,10}阅读权限|可?畅读全文)")


# A highlight line led by a dash (——以评促建，……。): a review's key points printed above its
# text, each a sentence of its own.
_HIGHLIGHT = re.compile(r"[—－]{2}\s*[^—－\s].*[。！？；]$")


def _without_highlights(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a run of two or more dash-led highlight lines at the top
    (``——以评促建……。``, ``——通过……。``), the key points printed above a review's text,
    when no other paragraph opens with a dash (a dialogue printed that way keeps its lines)
    and the text under the run is longer than the run."""
    run = 0
    while run < len(paragraphs) and _HIGHLIGHT.fullmatch(paragraphs[run]):
        run += 1
    if run < 2 or any(p.startswith(("—", "－")) for p in paragraphs[run:]):
        return paragraphs
    if sum(len(p) for p in paragraphs[run:]) <= sum(len(p) for p in paragraphs[:run]):
        return paragraphs
    return paragraphs[run:]


def opens_abstract(paragraph: str) -> bool:
    """True when ``paragraph`` opens with an abstract's label (``摘要：``, ``【导读】``,
    ``编者按：``): a summary box above the text, which :func:`trim_edges` drops."""
    return bool(_ABSTRACT.match(paragraph))


# A pointer to the column's previous or next item (阅读下一篇, 下一篇：某某, 【上一条】): the
# page's navigation; the next item's headline printed under it is no text of this one.
_NEXT_ITEM = re.compile(r"[\[【(（]?\s*(?:阅读|查看|点击)?(?:上一篇|下一篇|上一条|下一条|上篇|下篇)"
                        r"(?:文章|新闻|信息)?\s*[\]】)）]?\s*(?:[:：].{0,60})?")
# A site's registration record (京ICP备12345678号, 京公网安备 11010502000000号): the page's
# footer, never a line of an article.
_SITE_RECORD = re.compile(r"(?:ICP[备证]|公网安备)\s*[:：]?\s*\d{4,}")


def ends_text(paragraph: str, kept: list[str]) -> bool:
    """True when ``paragraph`` (a line the boilerplate rules drop) is a paywall's notice, a
    pointer to the previous or next item, the site's registration record, or the heading of
    the site's recommended list (热点推荐, 推荐阅读: trim_edges cuts there too, but this line
    never reaches it), under text already kept (a sentence or more): nothing after it is the
    article. (Stop 38, i28d: a one-sentence flash over a box of teasers in prose under such a
    heading took the teasers as its text.)"""
    return bool(_PAYWALL.match(paragraph) or _NEXT_ITEM.fullmatch(paragraph)
                or _RECOMMENDED.fullmatch(paragraph.strip())
                or (_SITE_RECORD.search(paragraph) and not _SENTENCE_END.search(paragraph))) \
        and any(_SENTENCE_END.search(p) for p in kept)


# A pointer to a related story naming its headline (相关新闻：某某道歉，直言…), a line the
# boilerplate rules drop; when the lines under it tell that story, they are its text printed
# after this one (stop 34's rule 1: a second story is no body), not this text resuming.
# (Stop 38, i28c: worded otherwise too — 推荐阅读, 相关推荐, 相关资讯, 往期回顾, 回顾, 更多新闻 —
# and led by a box bullet, ``■相关报道``.)
_RELATED_KIND = (r"(?:相关(?:新闻|阅读|报道|文章|链接|推荐|资讯)|延伸阅读|推荐阅读|往期回顾|回顾|"
                 r"更多(?:新闻|阅读))")
_POINTER_BULLET = r"[●•■◆▶►□◇·\s]*"
_RELATED_POINTER = re.compile(_POINTER_BULLET + r"[\[【]?\s*" + _RELATED_KIND
                              + r"\s*[\]】]?\s*[:：]\s*([^。！？:：]{8,60})"
                              r"|" + _POINTER_BULLET + r"[\[【]\s*" + _RELATED_KIND
                              + r"\s*[\]】]\s*([^。！？:：]{8,60})")
# The pointer alone on its line (相关报道, 【相关阅读】): the headline it names is the line
# under it; or a list of what it points to (相关文件, then documents' titles).
_LIST_KIND = (r"(?:相关(?:新闻|阅读|报道|文章|链接|文件|附件|政策|解读|稿件|推荐|资讯)|延伸阅读|"
              r"推荐阅读|往期回顾|更多(?:新闻|阅读))")
_BARE_POINTER = re.compile(_POINTER_BULLET + r"[\[【]?\s*" + _LIST_KIND + r"\s*[\]】]?\s*[:：]?")
_LISTED_LINE_MAX = 80
_POINTED_HEADLINE = re.compile(r"[^。！？:：]{8,60}")
_HAN_PAIR = re.compile(f"(?=([{HAN_CLASS}]{{2}}))")
_HAN_CHAR = re.compile(f"[{HAN_CLASS}]")
_TOLD_SHARE = 0.35  # of the headline's character pairs found in the lines under the pointer
_TOLD_MARGIN = 0.3  # more than in the text above it
_TOLD_PAIRS_MIN = 6
# Or (stop 38, i28f) the headline's words are what the lines below talk about: its pairs
# found there this many times in all, at this many times their density in the text above (a
# second story whose headline's words recur through it: 风险 six times under 三大风险, while
# the pairs found above each stand once in a passing clause).
_TOLD_HITS_MIN = 8
_TOLD_DENSITY = 5


def related_headline(paragraph: str, kept: list[str]) -> str | None:
    """The headline a related-story pointer names (``相关新闻：某某…``, ``【相关阅读】某某…``)
    under text already kept (a sentence or more), an empty string for a pointer alone on its
    line (``相关报道``: the headline is the line under it), else None."""
    if not any(_SENTENCE_END.search(p) for p in kept):
        return None
    if (match := _RELATED_POINTER.fullmatch(paragraph.strip())) is not None:
        return match.group(1) or match.group(2)
    return "" if _BARE_POINTER.fullmatch(paragraph.strip()) else None


def lists_only(lines: list[str]) -> bool:
    """True when ``lines`` (under a pointer alone on its line: ``相关文件``, ``相关报道``)
    are one or more short lines closing no sentence: the titles it points to, the last
    lines of the text, none of them the text's."""
    return bool(lines) and all(len(line) <= _LISTED_LINE_MAX and not _SENTENCE_END.search(line)
                               for line in lines)


def pointed_headline(headline: str, below: list[str]) -> tuple[str, list[str]] | None:
    """The headline a related-story pointer names and the lines under that headline: the
    pointer's own (``相关新闻：某某…``) over ``below``, or, for a pointer alone on its line
    (``headline`` empty), the first line of ``below`` when it reads as a headline (8 to 60
    characters closing no sentence) over the rest; None when there is none."""
    if headline:
        return headline, below
    if below and _POINTED_HEADLINE.fullmatch(below[0]) and not _SENTENCE_END.search(below[0]):
        return below[0], below[1:]
    return None


def tells_story(headline: str, above: list[str], below: list[str]) -> bool:
    """True when the lines ``below`` a pointer naming ``headline`` tell that story: most of
    the headline's pairs of Chinese characters are found in them, many more than in the
    text ``above`` the pointer (or recur there far more densely than above it), and they
    hold two sentences or more."""
    pairs = set(_HAN_PAIR.findall(headline))
    if len(pairs) < _TOLD_PAIRS_MIN \
            or sum(1 for p in below if _SENTENCE_END.search(p)) < 2:
        return False
    text_above, text_below = "\n".join(above), "\n".join(below)
    share_below = sum(1 for pair in pairs if pair in text_below) / len(pairs)
    share_above = sum(1 for pair in pairs if pair in text_above) / len(pairs)
    if share_below < _TOLD_SHARE:
        return False
    if share_below - share_above >= _TOLD_MARGIN:
        return True
    hits_below = sum(text_below.count(pair) for pair in pairs)
    hits_above = sum(text_above.count(pair) for pair in pairs)
    return hits_below >= _TOLD_HITS_MIN \
        and hits_below * len(text_above) >= _TOLD_DENSITY * hits_above * len(text_below)


# An editor's signature in brackets closing the text (（责编/某某）, (责任编辑：某某)): after a
# paragraph's last sentence or on a line of its own (stop 38, i28f: fresh20's miss kept the
# references, the authors' affiliations and a conference's promotion printed under it).
_EDITOR_SIGN = (r"[（(]\s*(?:责编|责任编辑|值班编辑|编辑)\s*[/／:：|｜丨]?\s*"
                r"[^（()）。！？，,；;]{1,20}[)）]")
_SIGNED_END = re.compile(r"[。！？…][”’」』]?\s*" + _EDITOR_SIGN + r"\s*$")
SIGNATURE_LINE = re.compile(r"\s*" + _EDITOR_SIGN + r"\s*")


def closed_by_signature(above: list[str], below: list[str]) -> bool:
    """True when an editor's signature standing between ``above`` and ``below`` closes the
    text: a sentence or more above it, more characters above than below, and no other
    signature below (a digest signs each of its items)."""
    return bool(below) and any(_SENTENCE_END.search(p) for p in above) \
        and sum(len(p) for p in above) > sum(len(p) for p in below) \
        and not any(_SIGNED_END.search(p) or SIGNATURE_LINE.fullmatch(p) for p in below)


def _without_tail_after_signature(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` down to the one closed by an editor's signature (``…做好。（责编/某
    某）``) when that signature closes the text (:func:`closed_by_signature`): what the
    page prints under it (references, the authors' lines, promotions) is not the text."""
    signed = [i for i, p in enumerate(paragraphs) if _SIGNED_END.search(p)]
    if len(signed) == 1 and closed_by_signature(paragraphs[:signed[0] + 1],
                                                paragraphs[signed[0] + 1:]):
        return paragraphs[:signed[0] + 1]
    return paragraphs


def _is_credit(paragraph: str) -> bool:
    return len(paragraph) <= _CREDIT_LINE_MAX and bool(_CREDIT.match(paragraph))


# A view counter over the text (被阅读次数 41692) and a video player's lines (its skip
# button ``10 Sec``, the clip's English title): over a Chinese text's first sentence, lines
# that close no sentence and hold no Chinese character but the counter's.
_TOP_COUNTER = re.compile(r"被?(?:阅读|浏览|点击|访问)(?:数|量|次数)\s*[:：(（]?\s*\d+\s*[)）]?")
# A reading-time line over the text (``全文约1500字，阅读需要4分钟``, ``预计阅读时间：3分钟``,
# ``阅读本文大约需要5分钟``): the page's, not the text, whether or not it closes a sentence.
_WORD_COUNT = r"(?:全文|本文|正文)\s*(?:共|约|大约)?\s*[\d,，.]+\s*(?:千|万)?\s*字"
_READ_TIME = (r"(?:预计|大约|约)?\s*(?:阅读|读完)\s*(?:本文|全文)?\s*(?:时间|时长)?\s*"
              r"(?:大约|大概|约|需要?|约需|大约需要?|大概需要?)?\s*[:：]?\s*(?:大约|约)?\s*"
              r"[\d.]+\s*(?:[-~～至]\s*[\d.]+\s*)?分钟")
_READING_TIME = re.compile(r"[【\[(（]?\s*(?:" + _WORD_COUNT + r"(?:\s*[，,、|｜/]?\s*" + _READ_TIME
                           + r")?|" + _READ_TIME + r")\s*[】\])）]?\s*[。.]?")
_PLAYER_LINES_MAX = 4
_LATIN_STOP = re.compile(r"[A-Za-z][.!?][\"'”’)]?$")  # an English sentence's end: a line of text
_PLAYER_LINE_MAX = 80


def _without_player_lines(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without up to four lines over the first sentence that are a view
    counter (``被阅读次数 41692``) or hold no Chinese character and close no sentence, in
    Chinese or English (a video player's ``10 Sec`` and its clip's English title, a share
    bar's names, ``Click to expand Image``), when the text under them opens with a Chinese
    sentence. The label rules start the body at the first sentence of running text."""
    top = 0
    while top < min(_PLAYER_LINES_MAX, len(paragraphs) - 1):
        line = paragraphs[top].strip()
        if _READING_TIME.fullmatch(line):
            top += 1
            continue
        if len(line) > _PLAYER_LINE_MAX or _SENTENCE_END.search(line) or _LATIN_STOP.search(line) \
                or not (_TOP_COUNTER.fullmatch(line) or not _HAN_CHAR.search(line)):
            break
        top += 1
    if not top or not (_HAN_CHAR.search(paragraphs[top]) and _SENTENCE_END.search(paragraphs[top])):
        return paragraphs
    return paragraphs[top:]


def trim_edges(paragraphs: list[str]) -> tuple[list[str], int]:
    """``paragraphs`` without a leading abstract (in the first three paragraphs) and
    without the trailer that starts at a run of two or more credit lines in the text's
    second half, when what follows the run is shorter than what precedes it. Returns the
    kept paragraphs and how many were dropped."""
    kept = _without_head_over_dateline(_without_head_over_byline(list(paragraphs)))
    if len(kept) > 2 and _ROLELESS_BYLINE.fullmatch(kept[0].strip()) \
            and text_under_byline([], kept[1:]):
        del kept[0]  # □ 某某, 某某（某某大学教授）: a writer's line over the text, no text
    if len(kept) > 1 and _ORIGINAL.fullmatch(kept[0]):
        del kept[0]  # 原创 某某 某某APP: a WeChat article's header, not text
    if len(kept) > 1 and _PAGE_INDEX.fullmatch(kept[0]):
        del kept[0]  # 第1页：…第2页：…: a paginated story's page index, not text
    while len(kept) > 1 and len(paragraphs) - len(kept) < 3 and _is_credit(kept[0]) \
            and not _SENTENCE_END.search(kept[0]):
        del kept[0]  # a credit line above the text (文｜某某, 图/某某): a byline, not text
    # The same line under a caption or a standfirst that closes no sentence, still above the
    # text's first sentence.
    for index in range(1, min(_CREDIT_ROW_MAX, len(kept) - 1)):
        if _SENTENCE_END.search(kept[index - 1]):
            break
        if _is_credit(kept[index]) and not _SENTENCE_END.search(kept[index]):
            del kept[index]
            break
    kept = _without_player_lines(kept)
    kept = _without_restated_law_title(_without_labelled_box(kept))
    kept = _without_restated_summary(_without_standfirst_over_writer(kept))
    total = sum(len(p) for p in kept)
    before = 0
    for index, paragraph in enumerate(kept):
        if before >= total / 2 and _END_MARK.fullmatch(paragraph):
            del kept[index:]  # the text's end mark: the account's promotions follow
            break
        if before and _COUNTER.fullmatch(paragraph) \
                and not any(_SENTENCE_END.search(p) for p in kept[index + 1:]) \
                and any(_SENTENCE_END.search(p) for p in kept[:index]):
            del kept[index:]  # a view counter under the text: the page's tools follow
            break
        before += len(paragraph)
    kept = _without_editors_notes(_without_tail_after_signature(kept))
    kept = _without_addressee(_without_document_head(_without_title_block(kept)))
    kept = _without_thanks_note(kept)
    kept = _without_noted_rows_after_signature(_without_attached_tables(kept))
    kept = _without_summary_card(kept)
    kept = _without_comments(kept)
    kept = _without_listing(kept)
    kept = _without_recommended(_without_second_story(_without_preview(
        _without_campaign_rules(_without_campaign_terms(_without_titled_gallery_teaser(kept))))))
    # Captions may stand under lines dropped since (the headline printed twice in one line).
    kept = _without_leading_captions(_without_site_notes(kept))
    kept = _without_tip_box(_without_calls(kept))
    kept = _without_footnotes(_without_caption_edges(_without_colophon(
        _without_empty_labels(kept))))
    # The lines over the first sentence may have hidden a head note from the rules above
    # (pictures' labels over a run of highlight lines or a standfirst): once more.
    kept = _without_editors_notes(kept)
    kept = _without_credit_pairs(_without_profile(_without_works_captions(kept)))
    kept = _without_trailing_captions(kept)
    while len(kept) > 1 and _HEADING.fullmatch(kept[-1]):
        kept.pop()  # a numbered section heading with nothing under it (七、其它补充事宜)
    sizes = [len(p) for p in kept]
    total = sum(sizes)
    before = 0
    for index in range(len(kept) - 1):
        if before >= total / 2 and _is_credit(kept[index]) and _is_credit(kept[index + 1]):
            after = total - before
            if after - sizes[index] - sizes[index + 1] < before:
                del kept[index:]
                break
        before += sizes[index]
    return kept, len(paragraphs) - len(kept)


# A reporter's byline on its own line: a media's or column's name maybe, ``记者`` and the
# names, maybe more roles and names and where it was reported (``每经记者 某某 每经编辑 某某``,
# ``【《某某周刊》记者某某】``, ``东方网·某某新闻记者某某``, ``记者—某某``, ``21世纪经济报道
# 本报记者某某 实习生某某 北京报道``); no sentence, no clause.
_REPORTER_BYLINE = re.compile(r"[^。！？!?，,；;：:]{0,30}?记者\s*[—－\-·/|｜]?\s*"
                              r"[\u4e00-\u9fff·]{2,4}[^。！？!?，,；;]{0,24}")
# A site's byline naming its writers with no role (``中央纪委国家监委网站 某某 某某某``,
# ``某某网站 某某 通讯员 某某``): the site's name, then up to three names.
_SITE_BYLINE = re.compile(r"[\u4e00-\u9fff]{2,12}(?:网站|网|日报|晚报|报|社|电视台)"
                          r"(?:\s*[\u4e00-\u9fff·]{2,3}){1,3}"
                          r"(?:\s*通讯员(?:\s*[\u4e00-\u9fff·]{2,3}){1,3})?")
# A writer's line with no role (stop 38, i28c): a newspaper's box bullet before the names
# (``□ 某某``, ``■某某 某某``), or a name over the writer's post in brackets (``某某（某某大学
# 教授）``, ``某某（作者系某某研究员）``) — a commentary's byline, not its first sentence.
_WRITER_NAMES = r"[\u4e00-\u9fff·]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{2,4}){0,2}"
_POST = (r"教授|研究员|学者|专家|院长|所长|主任|记者|编辑|博士|律师|评论员|作家|"
         r"作者|系|单位|会长|理事|委员|分析师|经济学家")
_ROLELESS_BYLINE = re.compile(r"[□■◆◇●○]\s*" + _WRITER_NAMES
                              + r"(?:\s*[（(][^（()）。！？]{2,30}[)）])?"
                              r"|" + _WRITER_NAMES + r"\s*[（(][^（()）。！？]{0,24}(?:" + _POST
                              + r")[^（()）。！？]{0,24}[)）]")
# Words of a sentence's opening, never of a byline (记者从某某获悉, 记者近日采访了…).
_REPORTER_AT_WORK = re.compile(r"获悉|了解到|采访|表示|发现|看到|注意到|走访|来到|从")
_BYLINE_MAX = 50
_HEAD_LINES_OVER_BYLINE = 5  # a kicker, the headline (maybe over two lines), a standfirst


def _reporter_byline(paragraph: str) -> bool:
    """True when ``paragraph`` is a reporter's byline alone on its line (or a writer's
    credit, ``文／某某``)."""
    if len(paragraph) > _BYLINE_MAX or _SENTENCE_END.search(paragraph):
        return False
    if _WRITER_CREDIT.match(paragraph) or _ROLELESS_BYLINE.fullmatch(paragraph):
        return True
    return bool(_REPORTER_BYLINE.fullmatch(paragraph) or _SITE_BYLINE.fullmatch(paragraph)) \
        and not _REPORTER_AT_WORK.search(paragraph)


def _without_head_over_byline(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without what stands over a reporter's byline (or a picture's credit,
    ``图/某某提供``) at the text's top — the
    headline printed again with its kicker, a subtitle, a title line of a column (up to five
    lines, none closing a sentence nor longer than a standfirst) — and without the byline:
    the label rules start the text under the byline (the headline block is the page's). Only
    when the text under the byline holds two paragraphs or more, the first closing a
    sentence (or running text closing with a caption's sentence, ``…。图为…。某某 摄``), and at
    least twice the characters above it. A paragraph closing a sentence over
    a reporter's byline may be the text's lead (a government site prints the credit under
    it): it stays, and so does the byline (a standfirst over a writer's credit, ``文_ 某某``,
    is :func:`_without_standfirst_over_writer`'s)."""
    for index in range(1, min(_HEAD_LINES_OVER_BYLINE + 1, len(paragraphs) - 2)):
        if len(paragraphs[index - 1]) > _STANDFIRST_MAX \
                or _SENTENCE_END.search(paragraphs[index - 1]):
            return paragraphs
        if not (_reporter_byline(paragraphs[index]) or picture_credit(paragraphs[index])):
            continue
        rest = paragraphs[index + 1:]
        while len(rest) > 2 and picture_credit(rest[0]):
            rest = rest[1:]  # a picture's credit under the byline (图/某某提供)
        return rest if text_under_byline(paragraphs[:index], rest) else paragraphs
    return paragraphs


# A picture's credit alone on its line (图/某某提供, 摄影：某某, 题图｜某某): under the headline
# printed again at the text's top it closes the headline block as a byline does, and under a
# byline it is the block's too.
_PICTURE_BYLINE = re.compile(r"[\[【(（]?\s*(?:图|图片|摄影|题图|头图)\s*[:：丨|｜/∕_＿]\s*"
                             r"[^。！？，,；;]{1,40}")


def picture_credit(paragraph: str) -> bool:
    """True when ``paragraph`` is a picture's credit alone on its line."""
    return bool(_PICTURE_BYLINE.fullmatch(paragraph.strip()))


_HEAD_LINES_OVER_DATELINE = 3  # a kicker, a subtitle, the headline again
_HEAD_LINE_OVER_DATELINE_MAX = 40


def _without_head_over_dateline(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the lines over a story's dateline lead at the text's top (a
    kicker or a subtitle, ``《某某》首发``, over ``某某报讯 记者某某报道：…。``): one to three
    lines of at most 40 characters closing no sentence, over a first paragraph that opens
    with its dateline (本报讯, 某某网讯, 新华社某地5月8日电) and closes a sentence, when the
    text from it holds two paragraphs or more and twice the characters above. The dateline
    opens the story: what stands over it is the headline block's."""
    for index in range(1, min(_HEAD_LINES_OVER_DATELINE + 1, len(paragraphs) - 1)):
        line = paragraphs[index - 1]
        if len(line) > _HEAD_LINE_OVER_DATELINE_MAX or _SENTENCE_END.search(line):
            return paragraphs
        if _DATELINE.match(paragraphs[index]) and _SENTENCE_END.search(paragraphs[index]):
            rest = paragraphs[index:]
            return rest if text_under_byline(paragraphs[:index], rest) else paragraphs
    return paragraphs


def head_over_byline(head: list[str]) -> bool:
    """True when ``head``, the lines kept over a reporter's byline at the text's top, may be
    a headline block (:func:`_without_head_over_byline`): one to five lines, none closing a
    sentence nor longer than a standfirst."""
    return 0 < len(head) <= _HEAD_LINES_OVER_BYLINE and not any(
        len(line) > _STANDFIRST_MAX or _SENTENCE_END.search(line) for line in head)


def text_under_byline(head: list[str], rest: list[str]) -> bool:
    """True when ``rest``, the lines under a byline with ``head`` over it, is the text: two
    paragraphs or more, the first closing a sentence (or running text closing with a
    caption's sentence), and at least twice the characters of ``head``."""
    return len(rest) >= 2 and bool(_SENTENCE_END.search(rest[0]) or closes_with_caption(rest[0])) \
        and sum(map(len, rest)) >= 2 * sum(map(len, head))


# A summary over the text that the text's first paragraph tells again (a TV news page: the
# anchor's lead over the report): both open on the same topic word, say it in other words
# (their openings part within a few characters) and introduce the same people with the same
# run of words, as a first mention does; a formula both open with (为深入贯彻落实…) is no sign.
_RESTATED_RUN = 12  # characters the two paragraphs share in a row
_RESTATED_OPENING = 2  # the same opening word ...
_RESTATED_PARTING = 6  # ... parting before this many characters
_RESTATED_REST = 3  # the text under the summary: at least three times its characters


def _shares_run(lead: str, first: str, size: int) -> bool:
    """True when ``lead`` and ``first`` hold the same ``size`` characters in a row."""
    return any(lead[start:start + size] in first for start in range(len(lead) - size + 1))


def _without_restated_summary(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a first paragraph that the second one tells again (the label
    rules leave a summary printed over the text out, marked or not): a TV news page prints
    the anchor's lead (``某病年龄越来越年轻！某某协会会长某某昨天…透露，…``) over the report
    (``某病年轻化、再添一例！某某协会会长某某11号…透露，…``). Both close a sentence, open with
    the same word and part within six characters, and share a run of twelve characters; the
    summary is a paragraph (up to 300 characters) over a text of two paragraphs or more and
    three times its length. A lead that a paragraph further down quotes is
    :func:`_without_head_over_byline`'s and the cleaning's (repeats); a first paragraph the
    next one merely continues shares no such run (tests/clean/
    test_clean_summary_told_again_by_the_text.py holds both shapes)."""
    if len(paragraphs) < 3:
        return paragraphs
    lead, first = paragraphs[0], paragraphs[1]
    if not (40 <= len(lead) <= _STANDFIRST_MAX and len(first) >= 40
            and _SENTENCE_END.search(lead) and _SENTENCE_END.search(first)):
        return paragraphs
    opening = lead[:_RESTATED_OPENING]
    if not all(_HAN_CHAR.match(char) for char in opening) \
            or not first.startswith(opening) \
            or lead[:_RESTATED_PARTING] == first[:_RESTATED_PARTING]:
        return paragraphs
    if sum(map(len, paragraphs[1:])) < _RESTATED_REST * len(lead) \
            or not _shares_run(lead, first, _RESTATED_RUN):
        return paragraphs
    return paragraphs[1:]


# A labelled box at the text's top (stop 36): its label alone on a line in brackets
# (``【名师名言】``, ``【服务格言】``) or, since stop 37, unbracketed and closed by a colon or
# not (``店主寄语：``, ``要点速览``), then two or more bullet- or dash-led lines (``■ …``,
# ``——…``), each a saying that may close a sentence, over the text. The labels leave the
# box out.
_LABELLED_BOX = re.compile(r"[【\[][^】\]\s。！？，,]{2,10}[】\]]"
                           r"|[^【\[\]】\s。！？，,、:：]{2,8}[:：]?")
_LABELLED_BOX_LINE_MAX = 160
# A box's item: led by a bullet (``■ …``) or a dash (``——…``, stop 37).
_BOX_BULLET = re.compile(r"[●■◆▲▶►•◎★☆◇□○]\s*\S|[—－]{2}\s*\S")
_LABELLED_BOX_LINES_MIN = 2
_LABELLED_BOX_REST = 2  # the text under the box: at least twice its characters


# A box's item set otherwise (stop 38, i28c): numbered from one (``①…``, ``1. …``, ``（1）…``),
# led by a middle dot, or a saying wholly in quotation marks (``“…”``, maybe with its
# speaker after a dash). One quoted saying under a bracketed label is a box too, when its
# speaker is named.
_BOX_DOT = re.compile(r"[·・]\s*\S")
_QUOTED_SAYING = re.compile(r"[“「][^“”「」]{4,158}[”」]\s*(?:[—－]{1,2}\s*[^。！？]{1,20})?")
_BOX_LABEL_WITHIN = 2  # caption lines over the box's label (a picture's, over the text)
_SIGNED_SAYING = re.compile(r"[”」]\s*[—－]{1,2}\s*[^。！？]{1,20}$")


def _box_items(paragraphs: list[str], start: int) -> int:
    """Where the items of a labelled box whose first item stands at ``start`` end: a run of
    lines of one kind — bullet- or dash-led (``■ …``, ``——…``, ``· …``), numbered from one
    (``①``, ``1.``, ``（1）``) or sayings wholly quoted (``“…”``) — each up to 160
    characters."""
    kinds = (
        lambda p, k: bool(_BOX_BULLET.match(p) or _BOX_DOT.match(p)),
        lambda p, k: _point_number(p) == k + 1,
        lambda p, k: bool(_QUOTED_SAYING.fullmatch(p.strip())),
    )
    for kind in kinds:
        end = start
        while end < len(paragraphs) and len(paragraphs[end]) <= _LABELLED_BOX_LINE_MAX \
                and kind(paragraphs[end], end - start):
            end += 1
        if end > start:
            return end
    return start


def _without_labelled_box(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a labelled box at the top: a label alone on the first line
    (bracketed, or up to eight characters with no mark but a closing colon; under up to two
    pictures' caption lines, which go too), two or more items under it (bullet- or
    dash-led, ``■ …``, ``——…``, ``· …``; numbered from one, ``①…``, ``1. …``; or sayings
    wholly in quotation marks, of which one is enough under a bracketed label when its
    speaker is named after a dash; each up to
    160 characters), then a paragraph of prose (no bullet, a comma or a sentence's end) —
    when no such line stands further down (a text that is a bulleted list keeps its items)
    and the text under the box is at least twice as long. A bracketed label over prose
    (``【新春走基层】`` over a report) is a column's tag and stays; under an unbracketed label,
    items holding a colon (a notice's ``● 时间：…``, ``● 地点：…``) are the text's."""
    top = 0
    while top < _BOX_LABEL_WITHIN and top < len(paragraphs) \
            and not _LABELLED_BOX.fullmatch(paragraphs[top].strip()) \
            and _CAPTION.fullmatch(paragraphs[top].strip()):
        top += 1
    if len(paragraphs) - top < 4 or not _LABELLED_BOX.fullmatch(paragraphs[top].strip()):
        return paragraphs
    bracketed = paragraphs[top].strip().startswith(("【", "["))
    end = _box_items(paragraphs, top + 1)
    items = paragraphs[top + 1:end]
    quoted = bool(items) and _QUOTED_SAYING.fullmatch(items[0].strip()) is not None
    # One saying alone is a box's only when its speaker is named after a dash (“…”——某某):
    # a feature may open on a quoted line under its column's tag (【走基层】 over “…！”).
    signed = quoted and _SIGNED_SAYING.search(items[0].strip()) is not None
    if len(items) < (1 if signed and bracketed else _LABELLED_BOX_LINES_MIN) \
            or end >= len(paragraphs):
        return paragraphs
    rest = paragraphs[end:]
    lead = rest[0]
    if any(_BOX_BULLET.match(p) or _BOX_DOT.match(p) for p in rest) \
            or (not quoted and _point_number(items[0]) == 1
                and any(_point_number(p) is not None for p in rest)) \
            or not (_SENTENCE_END.search(lead) or "，" in lead or "," in lead):
        return paragraphs
    if sum(map(len, rest)) < _LABELLED_BOX_REST * sum(map(len, paragraphs[:end])):
        return paragraphs
    if not bracketed and any(":" in p or "：" in p for p in items):
        return paragraphs  # a notice's items under an unbracketed label (● 时间：…) are text
    if not bracketed and quoted and len(items) < _LABELLED_BOX_LINES_MIN:
        return paragraphs
    return rest


# A regulation printed without its 公告 (stop 36, the law database's pages): its title again
# on a line, then its bracketed adoption note (``（2013年…会议通过 …批准 根据…第二次修正）``,
# maybe broken over a few lines), then its first chapter head, article or table of contents
# (``第一章 总 则``, ``第一条 …``, ``目 录``). The label rules (stop 37, rule 4) start it at the
# note, the law's own 题注; the title over it is a headline printed again. A bare version tag
# (``（2018年修订）``: a year and no day, no adoption) is no note and goes with the title
# (stop 31's rule 3).
_LAW_TITLE = re.compile(r"[^。！？；，,:：\s]{2,60}(?:条例|法|规定|办法|细则|规则|决定)"
                        r"(?:\s*[（(][^（()）]{2,12}[)）])?")
_ADOPTION_NOTE = re.compile(r"[（(][^（()）]{0,40}\d{4}\s*年[^（()）]*"
                            r"(?:通过|批准|修正|修订|公布)[^（()）]*[)）]")
_VERSION_TAG = re.compile(r"[（(]\s*\d{4}\s*年\s*(?:修正|修订)\s*(?:版|本)?\s*[)）]")
_NOTE_LINES_MAX = 4  # lines a note may be broken over (one line per adoption or amendment)
_FIRST_PART = re.compile(r"第\s*一\s*(?:章|编|条)|目\s*录")


def _without_restated_law_title(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a regulation's title printed again over its bracketed adoption
    note, when its first chapter head, first article or table of contents follows the note:
    the text starts at the note (stop 37, rule 4). A bare version tag in the note's place
    (``（2018年修订）``) goes with the title. A note standing first with no title over it is
    already the text's first line (fresh3's and fresh5's republished laws)."""
    if len(paragraphs) < 4 or not _LAW_TITLE.fullmatch(paragraphs[0].strip()):
        return paragraphs
    if _VERSION_TAG.fullmatch(paragraphs[1].strip()):
        return paragraphs[2:] if _FIRST_PART.match(paragraphs[2].strip()) else paragraphs
    for end in range(2, min(2 + _NOTE_LINES_MAX, len(paragraphs))):
        note = "".join(p.strip() for p in paragraphs[1:end])
        if _ADOPTION_NOTE.fullmatch(note):
            return paragraphs[1:] if _FIRST_PART.match(paragraphs[end].strip()) else paragraphs
        if not note.startswith(("（", "(")) or note.endswith(("）", ")")):
            break
    return paragraphs


# The writer's credit line (``文_ 某某 摄影_ 某某``, ``撰文／某某``): the role naming who wrote
# the text, first on the line (a photographer's credit under a first paragraph is a picture's).
_WRITER_CREDIT = re.compile(r"^[\[【(（]?\s*(?:文|撰文|文字|作者|撰稿)\s*[:：丨|｜/∕_＿]")
_STANDFIRST_MAX = 300  # characters: a standfirst is a paragraph, not a page
_STANDFIRST_PARAGRAPHS = 5  # over the credit line: a standfirst, a summary, pictures' captions
_CREDITS_UNDER = 1  # the credit line under the standfirst (two in a row may stand amid a text)


# A line of a standfirst's block that closes no sentence (stop 38, i28e): an account's
# promotion or follow line (``某某频道每日为你送上…，欢迎置顶关注``), a reading-time line worded
# otherwise (``本文4831个字，大概8分钟读完``), a kicker — short, no credit of its own.
_LEAD_LINE_MAX = 80


def _lead_line(paragraph: str) -> bool:
    """True when ``paragraph`` may stand among a standfirst's lines over the writer's credit
    though it closes no sentence: a short line (up to 80 characters) that is no credit."""
    return len(paragraph) <= _LEAD_LINE_MAX and not _is_credit(paragraph)


def standfirst_over_writer(head: list[str], credit: str) -> bool:
    """True when ``head``, the lines kept over ``credit`` at the text's top, is a standfirst's
    block over a writer's credit (``文/某某``, ``作者：某某``) that the cleaning read into the
    fields (:func:`_without_standfirst_over_writer`'s shape): one to five lines of up to 300
    characters, each closing a sentence or a short line that is no credit, one of them at
    least closing a sentence."""
    return bool(_WRITER_CREDIT.match(credit.strip())) \
        and 0 < len(head) <= _STANDFIRST_PARAGRAPHS \
        and all(len(p) <= _STANDFIRST_MAX and (_SENTENCE_END.search(p) or _lead_line(p))
                for p in head) \
        and any(_SENTENCE_END.search(p) for p in head)


def _without_standfirst_over_writer(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a standfirst printed over the writer's credit line at the
    text's top (a magazine's feature: a paragraph of running text, then ``文_ 某某 摄影_
    某某``, then the text): the label rules leave a standfirst above the byline out, and the
    credit line with it. Up to five paragraphs over the credit, each closing a sentence
    (a summary box read with the text may stand over the standfirst; a feature's pictures'
    captions, once their classes are gone, stand there too; among them short lines closing
    no sentence, a promotion or reading-time line, when one of them closes a sentence), and
    a text under it of two paragraphs or more, at least twice as long. (Two credit lines in
    a row under a paragraph, ``文｜某某`` over ``图｜某某``, may stand amid a text:
    tests/clean/test_clean_real_shapes.py keeps them and the paragraph.)"""
    for over in range(1, _STANDFIRST_PARAGRAPHS + 1):
        if len(paragraphs) < over + 3:
            return paragraphs
        lead = paragraphs[:over]
        if not all(len(p) <= _STANDFIRST_MAX and (_SENTENCE_END.search(p) or _lead_line(p))
                   for p in lead):
            return paragraphs
        credits = over
        while credits < over + _CREDITS_UNDER and _is_credit(paragraphs[credits]) \
                and not _SENTENCE_END.search(paragraphs[credits]):
            credits += 1
        if credits == over or not any(_SENTENCE_END.search(p) for p in lead):
            continue
        rest = paragraphs[credits:]
        if not any(_WRITER_CREDIT.match(p) for p in paragraphs[over:credits]) \
                or len(rest) < 2 or not _SENTENCE_END.search(rest[0]) \
                or sum(map(len, rest)) < 2 * sum(map(len, lead)):
            return paragraphs
        return rest
    return paragraphs


# A credit's role alone on its line, its name on the next one (作者： over 某某 某某, 供稿单位：
# over 新闻中心): a template that prints the label and the value as two blocks.
_CREDIT_LABEL = re.compile(r"[\[【(（]?\s*(?:" + _ROLES + r")(?:单位|人)?\s*[:：]\s*[\]】)）]?")
_CREDIT_VALUE_MAX = 24
# A bracketed pointer to the story's video or another copy, its address after a colon
# (（视频报道：http://…）), right above such credits.
_LINK_NOTE = re.compile(r"[（(][^（()）:：]{1,12}[:：]\s*(?:https?://|www\.)[^\s（()）]+\s*[)）]")


def _without_credit_pairs(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the credits a template prints as label and name on lines of
    their own at the very end (``作者：`` over ``某某``, ``摄影：`` over ``某某``,
    ``供稿单位：`` over ``新闻中心``) and a bracketed pointer to the story's video right above
    them, under text that closes a sentence: bylines at the end, which the label rules leave
    out. A label whose next line is longer than a name or closes a sentence is no such
    credit."""
    end = len(paragraphs)
    while end > 2 and _CREDIT_LABEL.fullmatch(paragraphs[end - 2].strip()) \
            and len(paragraphs[end - 1]) <= _CREDIT_VALUE_MAX \
            and not _SENTENCE_END.search(paragraphs[end - 1]) \
            and not _CREDIT_LABEL.fullmatch(paragraphs[end - 1].strip()):
        end -= 2
    if end == len(paragraphs):
        return paragraphs
    if end > 1 and _LINK_NOTE.fullmatch(paragraphs[end - 1].strip()):
        end -= 1
    if not any(_SENTENCE_END.search(p) for p in paragraphs[:end]):
        return paragraphs
    return paragraphs[:end]


# A field's or a box's label with nothing after it (官方声明：, 相关附件：): what it labelled
# was the page's and is gone.
_BARE_LABEL = re.compile(r"[^\s\d:：。！？，,；;、]{1,10}[:：]")


def _without_empty_labels(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the labels closing them with nothing under them, when a
    sentence stands above."""
    end = len(paragraphs)
    while end > 1 and _BARE_LABEL.fullmatch(paragraphs[end - 1]):
        end -= 1
    if end == len(paragraphs) or not any(_SENTENCE_END.search(p) for p in paragraphs[:end]):
        return paragraphs
    return paragraphs[:end]


# A site's menu bar printed as a line (首页 | 要闻 | 政务公开 |, 繁体版|English, 关于我们 |
# 联系方式): two or more short items between ASCII bars (a table's cells are joined with ｜).
_MENU = re.compile(r"\|?\s*[^|。，！？；]{1,8}(?:\s*\|\s*[^|。，！？；]{1,8})+\s*\|?")
# A line of the site's footer: its copyright or registration record (a notice's own lines
# may name an organiser or technical support: 主办单位：…, 业务受理及技术支持：…).
_FOOTER_LINE = re.compile(r"版权所有|ICP[备证]|公网安备|Copyright|©|网站标识码")


# A widget's count alone on its line over the text (a comment box's 0, a like button's 12).
_COUNT = re.compile(r"\d{1,6}")
_COUNTS_MAX = 2


def _above_footer(tail: list[str]) -> list[str]:
    """The lines after the last sentence that stand above the site's footer: none from its
    first line that closes no sentence and names a copyright or a registration record
    (版权所有, 京ICP备…), nor the menu bars, captions and bare labels right above it (关于我们 |
    联系方式); a notice's contact lines above it stay."""
    footer = next((i for i, p in enumerate(tail)
                   if _FOOTER_LINE.search(p) and not _SENTENCE_END.search(p)), None)
    if footer is None:
        return tail
    while footer and (_MENU.fullmatch(tail[footer - 1]) or _CAPTION.fullmatch(tail[footer - 1])
                      or _BARE_LABEL.fullmatch(tail[footer - 1])):
        footer -= 1
    return tail[:footer]


def _head_furniture(paragraph: str) -> bool:
    """True when ``paragraph``, a line over the first sentence, is one the rules for the
    text's top drop: a picture's or a video's caption, a credit line, a paginated story's
    page index, a WeChat article's header line."""
    return _caption_line(paragraph) or _is_credit(paragraph) \
        or bool(_PAGE_INDEX.fullmatch(paragraph) or _ORIGINAL.fullmatch(paragraph))


# A picture's caption of two short clauses, wholly in brackets (（两位专家将一同做客访谈室，
# 回答网友疑问）): no digit, no sentence mark; a caption over the text only among other
# pictures' captions there (alone, such a line may be a meeting's place and date or a note).
_BRACKETED_CLAUSES = re.compile(r"[（(][^（()）〔〕\[\]\d。！？；;:：，,]{2,30}[，,]"
                                r"[^（()）〔〕\[\]\d。！？；;:：，,]{2,30}[)）]")


def _without_caption_edges(paragraphs: list[str]) -> list[str]:
    """Caption lines (short, without punctuation or digits) before the first sentence and
    after the last one: pictures' labels, not text (at most six a side; a text with no
    sentence keeps everything). Over the text, a caption of two clauses wholly in brackets
    counts among other pictures' captions."""
    # The first and the last line closing a sentence, each looked for from its own end (a
    # long notice's hundreds of lines in between are not searched). Running text closing
    # with a caption's credit (…。图为…。某某 摄) closes a sentence too.
    def search(paragraph: str) -> bool:
        return bool(_SENTENCE_END.search(paragraph)) or closes_with_caption(paragraph)
    first = next((i for i, p in enumerate(paragraphs) if search(p)), None)
    if first is None:
        return paragraphs
    last = next(i for i in range(len(paragraphs) - 1, first - 1, -1) if search(paragraphs[i]))
    # A numbered section heading over the first sentence (第一章　总则, 第一部分…) opens the
    # text: only the lines above it may be a caption's.
    first = next((i for i in range(first) if _HEADING.fullmatch(paragraphs[i])), first)
    head = paragraphs[:first]
    tail = _above_footer(paragraphs[last + 1:])
    # Over a site's menu bar, a bare label (站内搜索：, 作者：) is the page's too; a head of
    # nothing but a count or two (a comment widget's 0) is the page's tools.
    menu = any(_MENU.fullmatch(p) for p in head)
    if head and (len(head) > _CAPTIONS_MAX
                 or not all(_CAPTION.fullmatch(p) or _info_line(p) or _MENU.fullmatch(p)
                            or (menu and _BARE_LABEL.fullmatch(p)) or _head_furniture(p)
                            or (_BRACKETED_CLAUSES.fullmatch(p)
                                and any(map(_caption_line, head)))
                            for p in head)) \
            and not (len(head) <= _COUNTS_MAX and all(_COUNT.fullmatch(p) for p in head)):
        first = 0
    # A notice's issuers alone under its text (its signing date was read as a date line), or
    # its signing date with or without them, maybe with its disclosure note (此件主动公开),
    # and the page's info lines printed under the signature (发布日期：2020-11-27).
    signed = len(tail) <= _SIGNERS_MAX + 2 and all(
        _signer(p) or _SIGNING_DATE.fullmatch(p) or _DISCLOSURE.fullmatch(p)
        or (k and _info_line(p) and (_signer(tail[0]) or _SIGNING_DATE.fullmatch(tail[0])))
        for k, p in enumerate(tail))
    promoted = [i for i, p in enumerate(tail) if _promotion(p)]
    if tail and not signed and not _furniture_lines(tail) and not _attachment_tail(tail) \
            and (len(promoted) >= _PROMOTED_MIN or any(_call(tail[i]) for i in promoted)):
        # A site's promotions under the text (【某某即时】：…, 有话要说投稿…), or one call to the
        # reader (立即下载本报App：…), followed by lines of its page: the text ends above the
        # first (and a video box's heading right above a call); the lines between it and the
        # last sentence (a list's last items, a notice's contact lines) stay.
        cut = promoted[0]
        if _call(tail[cut]):
            heads = 0
            while cut and heads < _CALL_HEADS and _CAPTION.fullmatch(tail[cut - 1]):
                cut -= 1
                heads += 1
        last += cut
    elif tail and not signed and not _furniture_lines(tail) and not _attachment_tail(tail):
        # A notice's signature (its issuers over the signing date) with lines of no
        # sentence under it (links, contact cards, file names): the text ends above it.
        signature = _signature_at(tail)
        last += _before_attachments(tail, len(tail) if signature is None else signature)
    return paragraphs[first:last + 1]


# A numbered line of an attachment list (2．某某名单, 3、某某表): short, closing no sentence.
_LISTED = re.compile(r"\d{1,2}\s*[.．、]\s*[^。！？]{1,80}")
# An attachment line written 附：某某名单 (attached:).
_ATTACHED = re.compile(r"附\s*[:：]")
# An issuer over its signing date may name a year (某县2020年公开招聘领导小组办公室).
_DATED_ISSUER = re.compile(r"[^\s。！？；，,、：:;!?|｜《》“”]{2,40}")


def _before_attachments(tail: list[str], end: int) -> int:
    """How many of the ``end`` lines kept after a notice's last sentence are its text: not
    its attachment lines closing them (``附件：…`` and the numbered names under it, or a
    downloadable file's name printed as a link, 某某名单.xls), nor the signature over or
    under them (its issuers, its signing date). Stop 34's label rule: a notice's contact
    lines above its signature are its text, its attachment lines are not, wherever they
    stand; contact lines under an attachment line keep it (it is then inside the text)."""
    def signature(line: str) -> bool:
        return _signer(line) or bool(_SIGNING_DATE.fullmatch(line) or _DISCLOSURE.fullmatch(line))

    def attachment(line: str) -> bool:
        return bool(_ATTACHMENT.match(line) or _ATTACHED.match(line) or _FILE_NAME.fullmatch(line))

    def over_signature(index: int) -> int:
        """``index`` moved up over the signature lines right above it (an issuer over its
        signing date may name a year)."""
        dated = False
        while index and (signature(tail[index - 1])
                         or (dated and _DATED_ISSUER.fullmatch(tail[index - 1])
                             and _ORGAN_END.search(tail[index - 1]))):
            index -= 1
            dated = dated or bool(_SIGNING_DATE.fullmatch(tail[index]))
        return index

    for index in range(end):
        if attachment(tail[index]) and all(
                attachment(line) or signature(line)
                or (_LISTED.fullmatch(line) and not _CONTACT.search(line))
                for line in tail[index + 1:end]):
            return over_signature(index)
    return end


_ABSTRACT_WITHIN = 3  # an abstract stands among the first three paragraphs ...
_HEAD_LINES_MAX = 6  # ... or under lines that close no sentence (a kicker, a title, a byline)


# A summary's label alone on its line (``【导读】``, ``内容提要：``, a bold ``导语`` in a block of
# its own): the summary is the paragraph under it. An editor's note (``编者按``) is not taken
# so: it may run on for paragraphs (fresh2's ia-bjreader: five, counted as the text).
_NOTE_LABEL = re.compile(r"[\[【(（]?\s*(?:本文|文章|编辑|编者|小编)?" + _SUMMARY_WORDS
                         + r"\s*[:：\]】)）]?")
_NOTE_MAX = 300  # characters: a note is a paragraph, not a page
_NOTE_REST = 2  # the text under the note: two paragraphs or more, at least twice as long
# A summary may be a few numbered points under its label (``1. …``, ``2、…``, ``（3）…``,
# ``①…``): the run of paragraphs led by consecutive numbers from one, each a note's length.
_POINT = re.compile(r"\s*(?:(\d{1,2})\s*[.．、)）]|[（(](\d{1,2})[)）]|([①-⑩]))\s*\S")
_POINTS_MAX = 6


def _point_number(paragraph: str) -> int | None:
    """The number leading ``paragraph`` as a numbered point (``2.``, ``（2）``, ``②``)."""
    found = _POINT.match(paragraph)
    if found is None:
        return None
    if found[3]:
        return ord(found[3]) - ord("①") + 1
    return int(found[1] or found[2])


def _numbered_points(paragraphs: list[str]) -> int:
    """How many paragraphs at the head of ``paragraphs`` are numbered points 1, 2, 3…,
    each closing a sentence and of a note's length (0 when the first is no point 1)."""
    count = 0
    for paragraph in paragraphs[:_POINTS_MAX]:
        if _point_number(paragraph) != count + 1 or len(paragraph) > _NOTE_MAX \
                or not _SENTENCE_END.search(paragraph):
            break
        count += 1
    return count


def _without_labelled_note(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a summary whose label stands alone on the line over it
    (``导读`` over a paragraph, ``【内容提要】`` in a block of its own, ``核心提要：`` over
    numbered points ``1. … 2. …``: all of them), among the
    first three lines or under lines that close no sentence: the label and the one paragraph
    under it, when that paragraph closes a sentence and the text under it is two paragraphs
    or more and at least twice as long (the label rules leave a labelled summary out,
    however it is set)."""
    closed = False
    for index, paragraph in enumerate(paragraphs[:_HEAD_LINES_MAX]):
        if index >= _ABSTRACT_WITHIN and closed:
            break
        if _NOTE_LABEL.fullmatch(paragraph.strip()):
            if index + 1 >= len(paragraphs):
                break
            points = _numbered_points(paragraphs[index + 1:])
            if points >= 2:
                note = "".join(paragraphs[index + 1:index + 1 + points])
                rest = paragraphs[index + 1 + points:]
                if len(rest) < _NOTE_REST or sum(map(len, rest)) < _NOTE_REST * len(note):
                    break
                return paragraphs[:index] + rest
            note, rest = paragraphs[index + 1], paragraphs[index + 2:]
            if len(note) > _NOTE_MAX or not _SENTENCE_END.search(note) \
                    or _NOTE_LABEL.fullmatch(note.strip()) or len(rest) < _NOTE_REST \
                    or sum(map(len, rest)) < _NOTE_REST * len(note):
                break
            return paragraphs[:index] + rest
        closed = closed or bool(_SENTENCE_END.search(paragraph))
    return paragraphs


def _without_editors_notes(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the notes the editors print over a text: a summary under its
    label alone on a line, pictures' captions, a standfirst of
    bullet lines, a run of dash-led highlight lines, and one paragraph opening with an
    abstract's label (``摘要：``, ``【导读】``, ``编者按：``) among the first three or under
    lines that close no sentence (a kicker, a title and a byline over it)."""
    kept = _without_labelled_note(paragraphs)
    kept = _without_highlights(_without_standfirst(_without_leading_captions(kept)))
    closed = False  # a paragraph above closes a sentence
    for index, paragraph in enumerate(kept[:_HEAD_LINES_MAX]):
        if index >= _ABSTRACT_WITHIN and closed:
            break
        if (_ABSTRACT.match(paragraph) or _opens_bare_abstract(paragraph)) \
                and len(kept) > index + 1:
            return kept[:index] + kept[index + 1:]
        closed = closed or bool(_SENTENCE_END.search(paragraph))
    return kept


# Promotion lines after the last sentence that mark the lines there as the site's.
_PROMOTED_MIN = 2


# A notice's disclosure note under its signing date: （此件主动公开）, （此件公开发布）.
_DISCLOSURE = re.compile(r"[（(]\s*此件(?:主动|不予|依申请)?公开(?:发布)?\s*[)）]")
# A notice's issuer printed as its signature: an organ's name alone on a line (no sentence
# mark, no colon, no digit but a year's: 某中学2013年某某工作领导小组).
_SIGNER = re.compile(r"(?:[^\d\s。！？；，,、：:;!?|｜《》“”]|\d{4}(?=年)){2,30}")
_SIGNERS_MAX = 4
# An organ's name ends with its kind (某某局, 某某委员会, 某某分行).
# A school's may be a team (某某学长团), a museum (某某博物馆) or carry a second name in
# brackets (某某处（某某总公司）).
_ORGAN_END = re.compile(r"(?:政府|委员会|办公厅|办公室|局|部|厅|委|院|中心|会|处|科|所|司|办|"
                        r"集团|公司|银行|支行|分行|小组|团|馆|总支)(?:[（(][^（()）]{2,12}[)）])?$")
# An info line above the text: a date and a field's label, no sentence (某会 www.… 时间：
# 2020-12-04 来源：).
_INFO_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
_INFO_MAX = 80
# A line closing with a colon right after a clause (``2018年1-12月全国吸收外资的主要特点有：``):
# it announces the lines under it. A field's label before an empty value is a word or two
# (``来源：``, ``发布时间：``), never eight Chinese characters in a row.
_ANNOUNCING = re.compile(r"[\u4e00-\u9fff]{8,}\s*[:：]\s*$")


def _signer(paragraph: str) -> bool:
    """True when ``paragraph`` is an issuer's name alone (or two run together)."""
    return bool(_SIGNER.fullmatch(paragraph)) and bool(_ORGAN_END.search(paragraph))


def _info_line(paragraph: str) -> bool:
    """True when ``paragraph`` is a page's info line printed above the text: short, with a
    date and a field's label (``时间：``), closing no sentence and holding no comma. A line
    announcing the lines under it (its last colon closing a clause) is the text's."""
    return len(paragraph) <= _INFO_MAX and bool(_INFO_DATE.search(paragraph)) \
        and ("：" in paragraph or ":" in paragraph) and not _SENTENCE_END.search(paragraph) \
        and "，" not in paragraph and not _ANNOUNCING.search(paragraph)


def _signature_at(tail: list[str]) -> int | None:
    """Where a notice's signature opens in the lines after its last sentence: up to four
    issuer lines directly over a signing date alone on its line, within the tail's first
    six lines and followed by more lines (a signature that ends the text is
    :mod:`pipelines.paragraphs`' to drop). None when there is none."""
    for index in range(1, min(len(tail) - 1, _CAPTIONS_MAX)):
        if not _SIGNING_DATE.fullmatch(tail[index]):
            continue
        start = index
        while start > 0 and index - start < _SIGNERS_MAX and _SIGNER.fullmatch(tail[start - 1]):
            start -= 1
        return start if start < index else None
    return None


# A notice's signing date alone on its line (2020年11月26日, 二〇二〇年十一月二十六日,
# 2020-11-26), and the heading of a document attached after it (附件1, 附表 2).
_NUMERAL = r"[\d〇○零一二三四五六七八九十]"
_SIGNING_DATE = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*"
                           + _NUMERAL + r"{1,3}\s*月\s*" + _NUMERAL + r"{1,3}\s*日"
                           r"|\d{4}-\d{1,2}-\d{1,2}")
_ATTACHED_HEADING = re.compile(r"附(?:件|表)\s*\d{0,2}")
# The lines of running text (closing with a sentence stop) an attached part may hold and
# still be tables and name lists rather than the measures a notice issues: a quarter.
_ATTACHED_PROSE = 0.25


def _without_attached_tables(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the tables attached after a notice's signature: from a line
    ``附件1`` (alone) that follows the signing date alone on its line (within three lines)
    to the end, when under a quarter of those lines close with a sentence stop (score
    tables, name lists). The measures a notice issues after its date are prose, and
    stay."""
    for index, paragraph in enumerate(paragraphs):
        if index < 2 or not _ATTACHED_HEADING.fullmatch(paragraph):
            continue
        if not any(_SIGNING_DATE.fullmatch(p) for p in paragraphs[max(0, index - 3):index]):
            continue
        rest = paragraphs[index + 1:]
        prose = sum(1 for p in rest if _SENTENCE_END.search(p))
        if rest and prose < _ATTACHED_PROSE * len(rest):
            return paragraphs[:index]
        break
    return _without_attachment_after_signature(paragraphs)


# A table attached under a notice's signature may carry a note or two of its own under its
# rows (``注：名单按姓氏笔画排序。``, ``备注：…``): the table's, not the text resuming.
_TABLE_NOTE = re.compile(r"[（(]?\s*(?:注|备注|说明)\s*\d{0,2}\s*[:：．.、]")
_TABLE_NOTES_MAX = 2
_TABLE_NOTE_MAX = 160
_ROWS_MIN = 3


def _without_noted_rows_after_signature(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a table printed under a notice's signature — its issuers over
    the signing date alone on its line, or the date alone, right under a line closing a
    sentence — when the lines under the date are three or more table rows (cells joined by
    ``｜``, no sentence) and at most two notes of the table's own (``注：…``): stop 34's
    rule 2 and stop 37's attached tables (stop 38, i28c: with a note under the rows, the
    note was read as the text's last sentence)."""
    for index in range(1, len(paragraphs) - _ROWS_MIN):
        if not _SIGNING_DATE.fullmatch(paragraphs[index].strip()):
            continue
        start = index
        while start > 1 and index - start < _SIGNERS_MAX and _signer(paragraphs[start - 1]):
            start -= 1
        if not _SENTENCE_END.search(paragraphs[start - 1]):
            continue
        rest = paragraphs[index + 1:]
        rows = [p for p in rest if "｜" in p and not _SENTENCE_END.search(p)]
        notes = [p for p in rest if p not in rows]
        if len(rows) >= _ROWS_MIN and 0 < len(notes) <= _TABLE_NOTES_MAX \
                and all(_TABLE_NOTE.match(p) and len(p) <= _TABLE_NOTE_MAX for p in notes) \
                and rest[0] in rows:
            return paragraphs[:start]
        return paragraphs
    return paragraphs


# A notice whose text says it issues what it attaches (现将《…办法》印发给你们): the attached
# measures printed after its signature are its body, as the label rules say.
_ISSUING = re.compile(r"印发|颁布|发布|公布")


def _without_attachment_after_signature(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the document a notice attaches, printed after its signature:
    from an attachment line (``附件：某某范围``) right under a sentence (or under a site's
    promotion lines right under it, which go too), when a signing date
    alone on its line follows it (after up to four issuer lines) and more lines follow the
    date. A notice that says it issues what it attaches (印发, 发布) keeps it."""
    for index in range(1, len(paragraphs) - 2):
        if not _ATTACHMENT.match(paragraphs[index]):
            continue
        # A site's promotion lines may stand between the sentence and the attachment line
        # (【某某即时】：…, 加入某某粉丝团): the text ends above them.
        above = index
        while above > 1 and _promotion(paragraphs[above - 1]):
            above -= 1
        if not _SENTENCE_END.search(paragraphs[above - 1]):
            continue
        date = index + 1
        while date < len(paragraphs) - 1 and date - index <= _SIGNERS_MAX \
                and _signer(paragraphs[date]):
            date += 1
        if date < len(paragraphs) - 1 and _SIGNING_DATE.fullmatch(paragraphs[date]):
            # What a notice issues is prose; tables and name lists after the date (under a
            # quarter of their lines closing a sentence) are attached, whatever the text says.
            rest = paragraphs[date + 1:]
            prose = sum(1 for p in rest if _SENTENCE_END.search(p))
            if prose < _ATTACHED_PROSE * len(rest) \
                    or not any(_ISSUING.search(p) for p in paragraphs[:above]):
                return paragraphs[:above]
        break
    return paragraphs


# A notice's addressee line above its text (``某区人民政府，市直各单位：``, ``各市、自治州人民
# 政府、某新区管委会，省直有关单位：``): bodies named one after another, each opening with 各 or
# 有关 or closing with an organ's word, the line closed by a colon. The label rules start the
# body at the first sentence of running text, as the earlier splits' notices do.
# The bodies may come in groups split by semicolons (…民政局；各司（局），…), and a line may
# name party groups (某某党组), colleges (大专院校) or, over a reply to a proposal, the
# deputy or member who made it (某某代表：, 某某委员：).
_ADDRESSEE = re.compile(r"[^。！？:：]{2,160}[:：]")
_ADDRESSEE_ITEM = re.compile(r"(?:各|有关).*|.*(?:政府|单位|部门|机关|机构|委员会|管委会|委|办|"
                             r"局|厅|处|室|院|所|司|署|部|省|市|区|县|学校|高校|院校|公司|企业|集团|中心|组织|"
                             r"团体|部队|兵团|街道|乡|镇|社区|会|党组|代表|委员)")


_LIST_COMMA = re.compile(r"[，,、；;]")
_BRACKETED_NOTE = re.compile(r"[（(][^（()）]{0,20}[)）]")

def _is_addressee(paragraph: str) -> bool:
    """True when ``paragraph`` is an addressee line: names of bodies (bracketed notes left
    out) separated by commas, each one ``_ADDRESSEE_ITEM``, closed by a colon."""
    if not _ADDRESSEE.fullmatch(paragraph):
        return False
    items = _LIST_COMMA.split(_BRACKETED_NOTE.sub("", paragraph[:-1]))
    return all(_ADDRESSEE_ITEM.fullmatch(item.strip()) for item in items)


# A notice's document number on its own line (财会〔2018〕33号, 税委会﹝2017﹞25号).
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔﹝［\[【(（]\s*\d{4}\s*[〕﹞］\]】)）]"
                         r"\s*第?\s*\d{1,4}\s*号")


# A notice's first paragraph may close with a colon announcing its measures (为…，现将有关
# 事项通知如下：): running text of this length with a comma in it.
_ANNOUNCING_MIN = 30
# ... or, however short and without a comma, with the words announcing a decision or what
# follows (经省政府研究决定：, 现通知如下：, 现批复如下：): an appointment notice's text opens so.
_DECISION_CLAUSE = re.compile(r"[^。！？；;:：，,]{0,24}(?:决定|如下)\s*[:：]")


def _opens_text(paragraph: str, after: str | None = None) -> bool:
    """True when ``paragraph`` is running text: it closes a sentence, or it is a clause of
    some length with a comma that closes with a colon announcing what follows. ``after``:
    the paragraph under it; when it closes a sentence, a shorter announcing clause opens
    the text too (``经…会议研究，决定：`` over the decision). A clause closing with the words
    that announce a decision or what follows (``经省政府研究决定：``, ``现通知如下：``) opens it
    with no comma and whatever follows (decisions closed by semicolons)."""
    if _SENTENCE_END.search(paragraph) or _DECISION_CLAUSE.fullmatch(paragraph):
        return True
    if not paragraph.endswith(("：", ":")) or ("，" not in paragraph and "," not in paragraph):
        return False
    return len(paragraph) >= _ANNOUNCING_MIN or (
        after is not None and bool(_SENTENCE_END.search(after)))


def _without_addressee(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a notice's addressee line as its first (or second) line when
    running text (a sentence) follows it: the line names who the notice goes to, it is not
    the text. A document number standing above it (``财会〔2018〕33号``) goes with it."""
    for index, paragraph in enumerate(paragraphs[:2]):
        # A credit line printed between the addressee and the text (文｜某某) goes with it.
        start = index + 1
        while start < len(paragraphs) - 1 and _is_credit(paragraphs[start]) \
                and not _SENTENCE_END.search(paragraphs[start]):
            start += 1
        if _is_addressee(paragraph) and len(paragraphs) > start \
                and _opens_text(paragraphs[start], (paragraphs[start + 1:] or [None])[0]) \
                and not any(_SENTENCE_END.search(p) for p in paragraphs[:index]):
            head = [p for p in paragraphs[:index] if not _DOC_NUMBER.fullmatch(p)]
            return head + paragraphs[start:]
    return paragraphs


# A document's head printed over its text (a red-header notice: the issuers, the document
# number, the title set again, a decree's number): lines of no sentence, each one of these.
_HEAD_KIND = re.compile(r".{2,60}(?:通知|意见|公告|决定|办法|通报|批复|函|规定|方案|计划|要点|报告|"
                        r"公示|通告|细则|纲要|请示|条例|令)[》」）)]?")
_DECREE_NUMBER = re.compile(r"[（(]?第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*号[)）]?")
# A head's issuer may be a party body, a university or college (共青团某某大学), or the red
# head's line naming the issuer's documents (某某委员会文件).
_HEAD_ISSUER_END = re.compile(r"(?:党组|党委|大学|学院|文件)$")
_HEAD_MAX = 6
_HEAD_LINE_MAX = 80


def _head_line(paragraph: str) -> bool:
    """True when ``paragraph`` is a line of a document's head: its number (``某发〔2017〕26号``,
    ``第 652 号``), an issuer's name (``某县人力资源和社会保障局``) or its title
    (``关于…的通知``, ``某某国务院令``), with no sentence and no comma in it."""
    line = paragraph.strip()
    if len(line) > _HEAD_LINE_MAX or _SENTENCE_END.search(line) or "，" in line \
            or "," in line:
        return False
    if _DOC_NUMBER.fullmatch(line) or _DECREE_NUMBER.fullmatch(line):
        return True
    if _SIGNER.fullmatch(line) and (_ORGAN_END.search(line) or _HEAD_ISSUER_END.search(line)):
        return True
    return bool(_HEAD_KIND.fullmatch(line))


def _without_document_head(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a document's head above its text: up to six head lines at the
    top (issuers, document or decree number, the title set again) holding a title, or a
    number and an issuer, maybe under them the addressee line, when running text follows (a
    sentence, or a clause closed by a colon announcing what follows). An issuer's name alone
    or a document number alone over the text is no head (a number with an addressee under
    it goes with the addressee: ``_without_addressee``)."""
    count = 0
    while count < min(_HEAD_MAX, len(paragraphs) - 1) and _head_line(paragraphs[count]):
        count += 1
    if not count:
        return paragraphs
    head = [p.strip() for p in paragraphs[:count]]
    titled = any(_DECREE_NUMBER.fullmatch(p) or _HEAD_KIND.fullmatch(p) for p in head)
    numbered = any(_DOC_NUMBER.fullmatch(p) for p in head)
    if not titled and not (numbered and count > 1):
        return paragraphs  # an issuer alone, or a number alone (fresh7's guard): they stay
    start = count + 1 if _is_addressee(paragraphs[count]) else count
    if start < len(paragraphs) and _opens_text(paragraphs[start],
                                               (paragraphs[start + 1:] or [None])[0]):
        return paragraphs[start:]
    return paragraphs


# A document's colophon (版记) under its text: the subject words, the copies' addressees, the
# offices in charge, the printing office and date, the number of copies (主题词：…, 抄送：…,
# 主办：…, 某某办公室 2010年11月24日印发, 共印28份).
_COLOPHON = re.compile(r"(?:主题词|抄送|抄报|主办|督办|分送|报送)\s*[:：].{0,160}|"
                       r".{0,40}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发|"
                       r"共印\s*\d+\s*份")


def _without_colophon(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a document's colophon at the very end (``主题词：…``,
    ``抄送：…``, ``主办：…``, ``…年…月…日印发``, ``共印28份``), when it holds its printing
    line or its copies' addressees and text closing a sentence stands above it."""
    start = len(paragraphs)
    while start > 1 and _COLOPHON.fullmatch(paragraphs[start - 1].strip()):
        start -= 1
    run = paragraphs[start:]
    if not any("印发" in p or p.lstrip().startswith(("抄送", "抄报", "共印")) for p in run):
        return paragraphs
    if not any(_SENTENCE_END.search(p) for p in paragraphs[:start]):
        return paragraphs
    return paragraphs[:start]


# An acknowledgement in brackets closing a report (（此稿写作过程中，某某给予支持帮助，在此
# 特别致谢）): the writer's note, not the report's text.
_THANKS_NOTE = re.compile(r"[（(][^（()）]{4,400}(?:致谢|感谢|谢意|鸣谢)[。！]?[)）]")


def _without_thanks_note(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a closing acknowledgement note under text that ends with a
    sentence."""
    if len(paragraphs) > 1 and _THANKS_NOTE.fullmatch(paragraphs[-1]) \
            and _SENTENCE_END.search(paragraphs[-2]):
        return paragraphs[:-1]
    return paragraphs


# A downloadable file's name as a link prints it (某某信息.xlsx, 某某通知 (1).pdf).
_FILE_NAME = re.compile(r"[^。！？\n]{1,120}\."
                        r"(?:pdf|docx?|xlsx?|wps|et|ofd|pptx?|zip|rar|7z|txt|csv)", re.IGNORECASE)


def _attachment_tail(tail: list[str]) -> bool:
    """True when the lines after a notice's last sentence are its attachments: they open
    with the attachment line (``附件：…``; the signature and the attached tables follow it)
    or are all attachment lines and file names (links to the documents), or open with up
    to four issuer lines and no signing date over the attachment line. The label rules end
    the body at the last sentence, before the signature and what is attached."""
    if _ATTACHMENT.match(tail[0]):
        return True
    # A signature with no date under it (某某厅某某厅, one or two issuer lines) over the
    # attachment line: the signature goes with what is attached.
    signers = 0
    while signers < min(_SIGNERS_MAX, len(tail) - 1) and _signer(tail[signers]):
        signers += 1
    if signers and _ATTACHMENT.match(tail[signers]):
        return True
    return all(_ATTACHMENT.match(p) or _FILE_NAME.fullmatch(p) for p in tail)


# A site's run of promotions and tools after the text may be longer than a few captions.
_FURNITURE_MAX = 12


def _furniture_lines(tail: list[str]) -> bool:
    """True when the lines after the last sentence are not the text: up to six captions,
    addresses or attachment lines, or up to twelve lines of a site's furniture around its
    promotions."""
    if len(tail) <= _CAPTIONS_MAX and (_furniture_tail(tail)
                                       or all(_ATTACHMENT.match(p) for p in tail)):
        return True
    return len(tail) <= _FURNITURE_MAX and any(_promotion(p) for p in tail) \
        and _furniture_tail(tail)


# A site's promotion line: a bracketed column name with its pitch (【某某】：最新评论),
# a banner in double angle brackets (<<即时新闻动起来>>), a call to send, follow or download.
_PROMOTION = re.compile(
    r"^[【\[][^】\]]{1,12}[】\]]\s*[:：]|[<＜]{2}[^<>＜＞]{1,20}[>＞]{2}|"
    r"投稿|订阅|关注|下载|客户端|公众号|粉丝团|按赞|加入会员|频道"
)
# An e-mail address or a web address alone on its line.
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+")


# A reprint or contribution note closing with an address (本文属于原创文章，如若转载，请注明
# 来源：…https://…; 投稿请寄editor@…): the site's, among its promotions.
_REPRINT_NOTE = re.compile(r"(?:投稿|转载|来源|原文).{0,60}(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
                           r"(?:https?://|www\.)\S+)\s*$")
# Contact labels: a notice's closing lines, text whatever else follows them.
_CONTACT = re.compile(r"(?:联系|电话|地址|邮编|传真|邮箱|手机)[^:：]{0,6}[:：]")
_TOOL_MAX = 16


def _furniture_tail(tail: list[str]) -> bool:
    """True when the lines after the last sentence are all captions and bare addresses, or
    all furniture of a site around at least one promotion line: promotions, addresses,
    short tool lines (``转寄``, ``对此新闻评分：``, ``（目前平均0颗星）``), attachment lines and
    reprint notes closing with an address — never contact lines."""
    if all(_CAPTION.fullmatch(p) or _ADDRESS.fullmatch(p) or _WIDGET.fullmatch(p)
           or _PAGER.fullmatch(p) for p in tail):
        return True  # captions, a link's address, a story's number, a comment widget's line,
        # a pager's page numbers (1 2 3 下一页)
    if not any(_promotion(p) for p in tail) or any(_CONTACT.search(p) for p in tail):
        return False
    return all(_promotion(p) or _ADDRESS.fullmatch(p) or _CAPTION.fullmatch(p)
               or (len(p) <= _TOOL_MAX and not _SENTENCE_END.search(p))
               or _ATTACHMENT.match(p) or _REPRINT_NOTE.search(p) for p in tail)


# A call to the reader under the text (stop 27): download, open, follow, join, like,
# subscribe, watch, scan, read on (立即下载, 追踪, 加入, 赞好, 订阅, 收看, 扫码, 阅读, 更多…请看) …
_CALLS = (r"下载|安装|订阅|追踪|关注|加入|赞好|收看|观看|收听|点击|点此|按此|扫码|扫描|扫一扫|"
          r"长按|请看|阅读|查看|更多|download|subscribe|follow|like|join")
_CALL = re.compile(_CALLS, re.IGNORECASE)
# … naming, in the same clause after it, where: an app, a channel or page of the site's, a
# video, a QR code, the whole story (下载本报App, 关注某某微信公众号, 请看视频, 阅读全文; not
# 引发关注，相关视频…) …
_CALLED = re.compile(rf"(?:{_CALLS})[^，,。！？；;]{{0,20}}?"
                     r"(?:[Aa][Pp][Pp](?![a-z])|客户端|频道|专页|专栏|公众号|视频|影片|影音|直播|"
                     r"二维码|小程序|微博|微信|抖音|播客|podcast|facebook|youtube|instagram|twitter|"
                     r"plurk|telegram|whatsapp|全文|原文)",
                     re.IGNORECASE)
# … or pointing there with a short link (one opaque token on a short host: a link shortener's
# address, https://abc.ly/3xQ7kPz), or opening with a column's name in brackets (【某某】…立即收看).
_SHORT_LINK = re.compile(r"(?:https?://)?(?:www\.)?[a-z0-9-]{1,12}\.[a-z]{2,3}/[A-Za-z0-9_-]{4,12}"
                         r"/?\s*[)）]?$")
_COLUMN = re.compile(r"[【\[][^】\]]{1,12}[】\]](?=\S)")
# The longest such call taken for the site's (a pitch of a sentence or two before it); one
# longer than a short promotion line must end with its address or a link's few words after
# a colon (…立即下载：https://…, …观看发布会回放：直播回放) or open with a column's name.
_CALL_MAX = 120
_ADDRESS_END = re.compile(r"(?:https?://|www\.)\S+$|[:：]\s*[^\s:：，,。！？；;]{1,8}$")


def _promotion(paragraph: str) -> bool:
    """True for a site's promotion line (no sentence end): a short one naming a
    contribution, a subscription, a follow, a download, a fan club or a channel, or a call to
    the reader naming an app, a channel, a video or a QR code, pointing to a short link or
    under a column's name in brackets."""
    if _SENTENCE_END.search(paragraph):
        return False
    if len(paragraph) <= _CREDIT_MAX and _PROMOTION.search(paragraph):
        return True
    return _call(paragraph)


def promotion_line(paragraph: str) -> bool:
    """True for a site's promotion line (:func:`_promotion`): read by the block rules that
    look past such lines between a story's last sentence and what is printed under it."""
    return _promotion(paragraph)


# A "read more" button's words left as a line (看全文, 【查看全文】, 展开更多).
_FOLD_WORDS = re.compile(r"[\[【(（<《]?\s*(?:点击)?(?:查看|阅读|看|展开)(?:全文|更多|全部)"
                         r"\s*[\]】)）>》]?")
_SITE_LINE_MAX = 120


def site_lines_only(paragraphs: list[str]) -> bool:
    """True when ``paragraphs`` (the lines under an editor's line, 责任编辑：…, closing a
    text) are each the site's: a "read more" button's words, or a call naming an app, a
    channel, a QR code or the whole story (想了解更多…，扫码下载某某APP阅读吧。), sentence
    end or not. The editor's line closes the text; such lines are no text resuming."""
    return bool(paragraphs) and all(
        len(p) <= _SITE_LINE_MAX and (_FOLD_WORDS.fullmatch(p) or _CALLED.search(p))
        for p in paragraphs)


def _call(paragraph: str) -> bool:
    """True for a call to the reader that is no sentence of the text: it asks to download,
    follow, subscribe, watch or read on, and names an app, a channel, a video or a QR code,
    points to a short link or stands under a column's name in brackets; a line longer than
    a short promotion ends with its address (or a link's few words after a colon) or opens
    with the column's name."""
    size = len(paragraph)
    if size > _CALL_MAX or _SENTENCE_END.search(paragraph) or not _CALL.search(paragraph):
        return False
    column = _COLUMN.match(paragraph)
    if size > _CREDIT_MAX and not column and not _ADDRESS_END.search(paragraph):
        return False
    return bool(_CALLED.search(paragraph) or _SHORT_LINK.search(paragraph) or column)


# Caption lines right above a site's calls that go with them (最新影片推介 over the video's
# call): at most two.
_CALL_HEADS = 2


def _without_calls(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the site's calls to the reader at the very end (a run of call
    lines, with up to two caption lines right above each), under text that closes a sentence:
    whatever stands between the text and them (a story's number, a widget's line, a
    notice's attachment list) is left to the rules after."""
    end = len(paragraphs)
    while end > 1 and _call(paragraphs[end - 1]):
        end -= 1
        heads = 0
        while end > 1 and heads < _CALL_HEADS and _CAPTION.fullmatch(paragraphs[end - 1]):
            end -= 1
            heads += 1
    if end == len(paragraphs) or not any(_SENTENCE_END.search(p) for p in paragraphs[:end]):
        return paragraphs
    return paragraphs[:end]


# A field of a summary card: cells joined by ｜ (a table's row), or a label alone (``公告信息：``).
_CARD_LABEL = re.compile(r"[^。！？；，,]{2,20}[:：]")
_CARD_MIN = 3


def _without_summary_card(paragraphs: list[str]) -> list[str]:
    """A summary card of fields printed above the text (a table's rows, ``项目名称｜…``, and
    labels of their own, ``公告概要：``): not the text, when the first paragraph after it is
    running prose (40 characters or more, with a comma or a full stop; it may end with a
    colon announcing what follows). A text that opens with a field list and no prose (an
    award notice's numbered fields) keeps it."""
    card = 0
    rows = 0
    for paragraph in paragraphs:
        if "｜" in paragraph and len(paragraph) <= 160 and "。" not in paragraph:
            rows += 1
        elif not _CARD_LABEL.fullmatch(paragraph):
            break
        card += 1
    if card < _CARD_MIN or rows < 2 or card >= len(paragraphs):
        return paragraphs
    prose = paragraphs[card]
    if len(prose) >= 40 and ("，" in prose or "。" in prose) and "｜" not in prose:
        return paragraphs[card:]
    return paragraphs


# The heading of readers' comments (网友评论, 最新评论（12）, 读者留言：, 某某的评论).
_COMMENTS = re.compile(
    r"(?:网友|读者|用户|最新|热门|精彩|全部|相关|[^\s，。：:]{1,10}的)?(?:评论|留言|跟贴|跟帖)(?:区|列表)?"
    r"\s*(?:[（(]\s*\d+\s*[)）])?\s*[:：]?"
)
# A comment's header: who and when (网友1 2014-12-14 10:20:05, 1楼, 匿名用户 10:20).
# (某某的评论 over September 19th, 2005 at 7:32 pm: a blog's trackback.)
_COMMENTER = re.compile(r".{0,24}(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}:\d{2}).{0,24}|"
                        r"\d+\s*楼.*")


# A comment's header with no heading above the comments: a name or a few words (no
# sentence mark) beside a full date and a clock (某某 发表评论于 2012-11-20 23:06:09).
_STAMPED = re.compile(r"(?=[^。！？，]{0,20}\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2})"
                      r"[^。！？，]*[^\W\d_][^。！？，]*")
_STAMPED_MAX = 50
# A clock's range (12:30-14:00, 9:00至11:30): a session's or an office's hours in a notice's
# schedule lines, never a comment's time.
_CLOCK_RANGE = re.compile(r"\d{1,2}:\d{2}\s*[-—–~～至到]\s*\d{1,2}:\d{2}")
_STAMPED_MIN = 2


# A sentence's end mark anywhere in a line (the text's last paragraph may close with a
# byline after its sentence: 。□记者某某).
_SENTENCE_MARK = re.compile(r"[。！？]")


def _without_comments(paragraphs: list[str]) -> list[str]:
    """Readers' comments printed under the text without a marked block: from a comment
    heading after the text's first sentence, when it is the last line, one of the three
    lines under it is a commenter's name and time, or no line under it holds a sentence's
    end mark (a comment box's count and prompts: 已有0人参与, 文明上网，理性发言); and, with no
    heading, from the first of two or more comment headers (a name beside a full date and
    clock, no sentence) after two sentences of text."""
    stamped = [i for i, p in enumerate(paragraphs)
               if len(p) <= _STAMPED_MAX and _STAMPED.fullmatch(p)
               and not _CLOCK_RANGE.search(p)]
    if len(stamped) >= _STAMPED_MIN and sum(
            1 for p in paragraphs[:stamped[0]] if _SENTENCE_END.search(p)) >= 2:
        return paragraphs[:stamped[0]]
    for index in range(1, len(paragraphs)):
        if not _COMMENTS.fullmatch(paragraphs[index]):
            continue
        if not any(_SENTENCE_END.search(p) for p in paragraphs[:index]):
            continue
        below = paragraphs[index + 1:index + 4]
        if not below or any(len(p) <= 40 and _COMMENTER.fullmatch(p) for p in below) \
                or not any(_SENTENCE_MARK.search(p) for p in paragraphs[index + 1:]):
            return paragraphs[:index]
    return paragraphs


# A work's size as a gallery's caption prints it (96*180cm, 48×180cm×2, 尺寸：3.0cm*3.0cm).
_WORK_SIZE = re.compile(r"(?:尺寸|规格|尺幅)?\s*[:：]?\s*\d+(?:\.\d+)?\s*(?:cm|CM|厘米|mm|MM)?"
                        r"(?:\s*[*×xX]\s*\d+(?:\.\d+)?\s*(?:cm|CM|厘米|mm|MM)?){1,2}")
_GALLERY_HEADING = re.compile(r"[^。！？，,]{0,16}(?:图片|作品|欣赏|图集|图录)[^。！？，,]{0,8}")
_CAPTION_LINE_MAX = 30
_WORK_SIZES_MIN = 3


def _without_works_captions(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a gallery of works under the text: from the caption over the
    first of three or more size lines (``草书《某某》`` over ``96*180cm``) to the end, every
    line short (a work's title, its size, a seal's words), and the gallery's heading over
    it (``展览作品高清图片``). An exhibition's page shows the works after its text; their
    captions are no sentence of it."""
    end = len(paragraphs)
    start = end
    while start > 0 and len(paragraphs[start - 1]) <= _CAPTION_LINE_MAX:
        start -= 1
    sizes = [i for i in range(start, end) if _WORK_SIZE.fullmatch(paragraphs[i].strip())]
    if len(sizes) < _WORK_SIZES_MIN:
        return paragraphs
    first = sizes[0] - 1 if sizes[0] > start else sizes[0]
    if first > start and _GALLERY_HEADING.fullmatch(paragraphs[first - 1].strip()):
        first -= 1
    if not any(_SENTENCE_END.search(p) for p in paragraphs[:first]):
        return paragraphs
    return paragraphs[:first]


_PROFILE_MAX = 4
# A name alone on its line: no sentence punctuation, no comma (digits and Latin letters may
# be part of it: 360烽火实验室).
_NAME = re.compile(r"[^\s。！？；，、：:;,.!?|｜()（）]{2,20}")
_PROFILE_SHARE = 0.4


_PROFILE_WORDS = re.compile(r"^关于|(?:简介|介绍)$")
# A background box's label alone on its line (链接, 【知识链接】, 名词解释：): the term under it
# and its explanation are the article's own box (the label rules count it), not a profile.
# The box's label may name the background (背景, 新闻背景), a piece of knowledge (知识点,
# 科普小知识, 相关知识, 小贴士) or a dictionary's entry (释义, 词条, 百科, 新闻词典) too (stop 38,
# i28c: labels other than the ones seen ended the text on the label's line).
_BOX_LABEL = re.compile(r"[\[【]?\s*(?:(?:知识|背景|新闻|资料|名词)?链接|名词解释|"
                        r"(?:科普|健康|安全|法律|生活)?小(?:知识|贴士)|(?:新闻)?背景(?:资料|知识)?|"
                        r"知识点|相关知识|释义|词条|百科|新闻词典|知识卡片)"
                        r"\s*[\]】]?\s*[:：]?")

def _without_profile(paragraphs: list[str]) -> list[str]:
    """A profile of the author or publisher under the text: a name alone on its line
    (``某某实验室``, ``作者简介``) over at most four paragraphs, the first opening with
    that name (``某某实验室，致力于…``), together under 40 % of the text."""
    total = sum(len(p) for p in paragraphs)
    start = max(1, len(paragraphs) - 1 - _PROFILE_MAX)
    for index in range(start, len(paragraphs) - 1):
        name = paragraphs[index].strip()
        if not _NAME.fullmatch(name):
            continue
        named = _PROFILE_WORDS.sub("", name)
        opens_with_name = len(named) >= 2 and named != "作者" \
            and paragraphs[index + 1].startswith(named)
        if not opens_with_name and name not in ("作者简介", "作者介绍"):
            continue
        if not any(_SENTENCE_END.search(p) for p in paragraphs[:index]) \
                or _BOX_LABEL.fullmatch(paragraphs[index - 1].strip()):
            continue
        if sum(len(p) for p in paragraphs[index:]) < _PROFILE_SHARE * total:
            return paragraphs[:index]
    return paragraphs


# The heading of a site's recommended list (● 相关推荐 更多>>, 猜你喜欢, 推荐阅读): what the site
# recommends, never the story (a closing second story is headed otherwise: 相关新闻, 延伸阅读).
# (And the same heading telling the reader what they may like: 您可能对这些感兴趣：, 你可能也喜欢.)
_RECOMMENDED = re.compile(r"[●•■◆▶►>》·\s]*"
                          r"(?:相关推荐|推荐阅读|猜你喜欢|猜您喜欢|热门推荐|热点推荐|精彩推荐|"
                          r"[您你](?:可能|也许|或许)[还也]?会?(?:对这些|对以下|对下列)?(?:感兴趣|喜欢)"
                          r"的?(?:文章|内容|新闻|资讯)?)"
                          r"\s*(?:[:：]|更多\s*[>》]*|[>》]+)?\s*")
# A recommended list's heading naming what it recommends (热门车型推荐, 相关图集推荐, 精彩视频推荐):
# the list under it when no line after it closes a sentence (a section of the text headed
# 热门景点推荐 goes on in sentences).
_RECOMMENDED_KIND = re.compile(r"[●•■◆▶►>》·\s]*(?:相关|热门|热点|精彩|编辑|为您|为你)"
                               r"[\u4e00-\u9fff]{1,4}推荐\s*(?:[:：]|更多\s*[>》]*|[>》]+)?\s*")
# A heading naming other stories, videos or links as related ones (相关视频：, 延伸阅读,
# 【相关新闻】): the list under it when no line after it holds a sentence's end mark.
_RELATED_HEADING = re.compile(r"[●•■◆▶►>》·\s]*[\[【]?\s*(?:相关|延伸|更多|往期)"
                              r"(?:阅读|新闻|报道|视频|链接|文章|专题|资讯|图集|图片)"
                              r"\s*[\]】]?\s*(?:[:：]|更多\s*[>》]*|[>》]+)?\s*")
# An advertisement's label alone on its line (广告, 【推广】, AD): the slot under it, when no
# line after it holds a sentence's end mark (an ad's slogan closes none).
_AD_LABEL = re.compile(r"[\[【(（]?\s*(?:广告|推广|赞助|AD|Ad|Advertisement|ADVERTISEMENT|"
                       r"Sponsored)\s*[\]】)）]?")
# A label with nothing after it, right above such a heading (标签：, 关键词：, Tags:).
_EMPTY_LABEL = re.compile(r"(?:标签|关键词|关键字|Tags?)\s*[:：]\s*", re.IGNORECASE)


# The heading of a preview of the next issue or event (【某某讲堂第二期预告】, 下期预告：),
# and the lines of fields it prints (演讲嘉宾：某某, 时间：…).
_PREVIEW = re.compile(r"[【\[(（]?[^。！？，,；;：:]{0,16}预告[】\])）]?\s*[:：]?")
_FIELD_LINE = re.compile(r"[^，,。！？：:]{1,8}[:：]\s*\S.*")
_PREVIEW_FIELDS_MAX = 8
_PREVIEW_CALL_MAX = 60


# A pointer to a gallery printed under the text (▼详情请戳下方图集, 点击下方视频): a line
# closing no sentence; with a title after its colon (▼详情请戳下方图集：某某公开！…) it names
# another piece's gallery.
_GALLERY_POINTER = re.compile(r"[▼↓▽]?\s*(?:详情|更多)?[^。！？!?：:]{0,8}(?:下方|下面|以下)的?"
                              r"(?:图集|组图|视频|相册)")
_GALLERY_TITLE = re.compile(r"\s*[:：]\s*[^\s:：].{3,60}")
_TEASER_PARAGRAPHS_MAX = 2  # a teaser over another piece's gallery: a paragraph or two


def _gallery_pointer(line: str) -> str | None:
    """``"bare"`` for a pointer to a gallery alone on its line, ``"titled"`` for one naming
    the gallery's title after a colon, else None."""
    line = line.strip()
    match = _GALLERY_POINTER.match(line)
    if match is None or _SENTENCE_END.search(line):
        return None
    if match.end() == len(line):
        return "bare"
    return "titled" if _GALLERY_TITLE.fullmatch(line[match.end():]) else None


def _without_titled_gallery_teaser(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` cut at a pointer to the text's gallery (``▼详情请戳下方图集``) when what
    follows it is another piece's teaser: a paragraph or two over a pointer naming that
    piece's title (``▼详情请戳下方图集：某某公开！…``), the site's lines under it. The label
    rules end the text before the pointer; a text that goes on after its gallery and points to
    another gallery with no title of its own (the same piece's second part) is kept whole
    (tests/clean/test_clean_gallery_teaser_under_the_text.py holds both)."""
    pointers = [(index, kind) for index, line in enumerate(paragraphs)
                if (kind := _gallery_pointer(line)) is not None]
    for (before, kind), (after, next_kind) in itertools.pairwise(pointers):
        teaser = paragraphs[before + 1:after]
        if kind == "bare" and next_kind == "titled" \
                and 1 <= len(teaser) <= _TEASER_PARAGRAPHS_MAX \
                and any(_SENTENCE_END.search(p) for p in teaser) \
                and any(_SENTENCE_END.search(p) for p in paragraphs[:before]):
            return paragraphs[:before]
    return paragraphs


def _without_preview(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a preview of the next issue printed under the text: its
    heading (``【某某讲堂第二期预告】``) over nothing but lines of fields (``演讲嘉宾：…``,
    ``嘉宾简介：…``), under a sentence; and a short call to join right above it (``欢迎加入
    某某微信群，参与某某讲堂！``). The next issue's announcement is another item, not this
    text's end."""
    for index in range(1, len(paragraphs)):
        if not _PREVIEW.fullmatch(paragraphs[index].strip()):
            continue
        fields = paragraphs[index + 1:]
        if not fields or len(fields) > _PREVIEW_FIELDS_MAX \
                or not all(_FIELD_LINE.fullmatch(p.strip()) for p in fields):
            return paragraphs
        end = index
        if end > 1 and len(paragraphs[end - 1]) <= _PREVIEW_CALL_MAX \
                and _CALL.search(paragraphs[end - 1]) and _SENTENCE_END.search(paragraphs[end - 2]):
            end -= 1
        return paragraphs[:end] if _SENTENCE_END.search(paragraphs[end - 1]) else paragraphs
    return paragraphs


# A campaign's terms under the text: its closing line reserving the right to interpret the
# rules (活动最终解释权归某某所有。), its bracketed section heads ([报名资格], 【参赛作品要求】),
# the lines of fields or the heading over them (第六季某某征稿信息, 投稿地址：…) and a call to
# take part right above (快来报名参加学员选拔！).
_TERMS_LINE = re.compile(r"[^。！？!?]{0,20}解释权[^。！？!?]{0,4}归[^。！？!?]{1,30}所有"
                         r"\s*[。.！!]?")
_TERMS_HEAD = re.compile(r"[\[【][^\]】。！？!?，,；;]{2,12}[\]】]")
_TERMS_HEADS_MIN = 2  # bracketed section heads: a block of rules, not a sentence's note
_TERMS_BLOCK_MAX = 40  # paragraphs from the first head to the terms line
_TERMS_TOP_MAX = 4  # field or heading lines over the first head
_TERMS_TOP_LINE_MAX = 60
_TERMS_PROMOTIONS_MAX = 6  # a site's promotion lines between the text and the block
_TAKE_PART = re.compile(r"(?:快来|赶快|赶紧|欢迎|立即|马上|速来)[^。！？!?]{0,12}"
                        r"(?:报名|参加|参与|投稿|参赛|加入)")


def _without_campaign_terms(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a campaign's terms printed under the text (a call for entries
    after an interview with one of its judges): the last line reserves the right to interpret
    the rules (``活动最终解释权归某某所有。``) and at least two bracketed section heads
    (``[报名资格]``, ``[入选名额]``) stand above it; the block starts at the first head, or at
    the lines of fields and the heading no sentence closes right over it (``第六季某某征稿
    信息``, ``投稿地址：…``), or at the short call to take part over those (``快来报名参加
    选拔！``). Only under a sentence. The rules of an event are another item than the text
    (a notice's own last article on who interprets it is no block of heads, and stays)."""
    if len(paragraphs) < 4 or not _TERMS_LINE.fullmatch(paragraphs[-1].strip()):
        return paragraphs
    last = len(paragraphs) - 1
    heads = [k for k in range(max(1, last - _TERMS_BLOCK_MAX), last)
             if _TERMS_HEAD.fullmatch(paragraphs[k].strip())]
    if len(heads) < _TERMS_HEADS_MIN:
        return paragraphs
    start = heads[0]
    for _ in range(_TERMS_TOP_MAX):
        above = paragraphs[start - 1].strip() if start > 1 else ""
        if not above or len(above) > _TERMS_TOP_LINE_MAX or not (
                _FIELD_LINE.fullmatch(above) or not _SENTENCE_END.search(above)):
            break
        start -= 1
    if start > 1 and len(paragraphs[start - 1]) <= _TERMS_TOP_LINE_MAX \
            and _TAKE_PART.search(paragraphs[start - 1]):
        start -= 1
    # A site's promotion lines between the text and the block (【某某即时】：…, 有话要说投稿…,
    # 加入某某粉丝团) go with it.
    promoted = 0
    while start > 1 and promoted < _TERMS_PROMOTIONS_MAX and _promotion(paragraphs[start - 1]):
        start -= 1
        promoted += 1
    return paragraphs[:start] if _SENTENCE_END.search(paragraphs[start - 1]) else paragraphs


# The same terms printed without bracketed heads (stop 37): a heading of the rules alone on
# its line (活动规则, 参赛须知：) or an exclaimed call to take part (快来报名参加吧！) over short
# lines (numbered rules, field rows) down to the terms line.
_RULES_HEAD = re.compile(r"(?:活动|参赛|参与|征稿|投稿|报名|评选|比赛|大赛)"
                         r"(?:规则|须知|细则|说明|办法|要求|方式|信息|详情)\s*[:：]?")
_TAKE_PART_MAX = 40
_TAKE_PART_CALL = re.compile(r"(?:快来|赶快|赶紧|速来|马上|立即)[^。！？!?]{0,12}"
                     r"(?:报名|参加|参与|投稿|参赛|加入)[^。！？!?]{0,8}[！!]")
_RULES_LINES_MAX = 12
_RULE_LINE_MAX = 80
_RULES_REST = 2  # the text above the rules: at least twice their characters


def _without_campaign_rules(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a campaign's terms printed with no bracketed heads under the
    text: the last line reserves the right to interpret the rules (``活动最终解释权归某某
    所有。``), and up to twelve lines above it, each of 80 characters at most, stand under a
    heading of the rules alone on its line (``活动规则``, ``参赛须知：``) or an exclaimed
    call to take part (``快来报名参加吧！``). The line above closes a sentence and the text
    above holds twice the rules' characters at least: a campaign's own page, whose text is
    its rules, keeps them."""
    if len(paragraphs) < 4 or not _TERMS_LINE.fullmatch(paragraphs[-1].strip()):
        return paragraphs
    last = len(paragraphs) - 1
    start = None
    for k in range(last - 1, max(0, last - _RULES_LINES_MAX) - 1, -1):
        line = paragraphs[k].strip()
        if len(line) > _RULE_LINE_MAX:
            break
        if _RULES_HEAD.fullmatch(line) \
                or (len(line) <= _TAKE_PART_MAX and _TAKE_PART_CALL.search(line)):
            start = k
    if start is None or start < 1 or not _SENTENCE_END.search(paragraphs[start - 1]):
        return paragraphs
    rules = sum(len(p) for p in paragraphs[start:])
    if sum(len(p) for p in paragraphs[:start]) < _RULES_REST * rules:
        return paragraphs
    return paragraphs[:start]


# A reprinted story's source credit glued after its last sentence (…“这是客观事实。”据上海
# 《青年报》, …。据新华社): the story ends there.
_SOURCE_CREDIT = re.compile(r"(?<=[。！？”’」』])\s*据\s*(?:[^。！？，,、：:《》\s]{0,8}"
                            r"《[^《》]{1,16}》|[^。！？，,、：:《》\s]{2,10}(?:报|网|社|台))$")
# A story's dateline lead-in (本报讯（记者某某）, 某某网讯, 新华社北京5月8日电): a new story opens.
_DATELINE = re.compile(r"(?:本报讯|本刊讯|[^\s，,。！？]{0,12}[社网报台]讯|"
                       r"[^\s，,。！？]{0,12}\d{1,2}月\d{1,2}日电)")
_STORY_HEADS_MAX = 5  # heading lines between the credit and the next story's lead-in
_STORY_PROMOTIONS_MAX = 6  # a site's promotion lines under the credit


def _without_second_story(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` up to a reprinted story's source credit glued after its last sentence
    (``…。据上海《青年报》``), the credit cut off, when another story follows it: up to five
    heading lines, then a paragraph opening with its own dateline lead-in (``本报讯（记者
    某某）…``). Stop 34's label rule: a second story after the text is not body."""
    for index in range(1, len(paragraphs) - 1):
        credit = _SOURCE_CREDIT.search(paragraphs[index])
        if credit is None:
            continue
        # A site's promotion lines under the credit (【某某即时】：…, 加入某某粉丝团) are no
        # heading of the next story: they are looked past.
        top = index + 1
        while top < len(paragraphs) and top - index <= _STORY_PROMOTIONS_MAX \
                and _promotion(paragraphs[top]):
            top += 1
        after = paragraphs[top:top + 1 + _STORY_HEADS_MAX]
        if any(_DATELINE.match(p) for p in after):
            return [*paragraphs[:index], paragraphs[index][:credit.start()].rstrip()]
    return _without_headed_story(paragraphs)


# The headline of another story printed under the text: a line of 8 to 40 characters closing
# no sentence (maybe two: a headline and its subtitle).
_STORY_HEADLINE = re.compile(r"[^。！？!?]{8,40}")
_STORY_HEADLINES_MAX = 2
_STORY_SENTENCES_MIN = 2  # sentences of the page's own text above the other headline


def _without_headed_story(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` up to another story's headline printed under the text: one or two
    headline lines (8 to 40 characters, no sentence closed) right over a paragraph opening
    with its own dateline lead-in (``本报讯（记者某某）…``, ``新华社某地5月8日电``), under
    two sentences of text or more. Stop 34's label rule: a second story is not body. A
    dateline paragraph under a sentence (an editor's note over the story it introduces) is
    not cut, and neither is a section head too short for a headline."""
    for index in range(3, len(paragraphs)):
        if not _DATELINE.match(paragraphs[index]):
            continue
        start = index
        while index - start < _STORY_HEADLINES_MAX and start > 1 \
                and _STORY_HEADLINE.fullmatch(paragraphs[start - 1].strip()) \
                and not _SENTENCE_END.search(paragraphs[start - 1]):
            start -= 1
        if start < index and sum(1 for p in paragraphs[:start]
                                 if _SENTENCE_END.search(p)) >= _STORY_SENTENCES_MIN:
            return paragraphs[:start]
    return paragraphs


# Another story's own info line under its headline: a date (maybe with its clock and a
# field or two: ``2026-11-21 10:00 来源：某报``), or a source's or a writer's field alone
# (``来源：某某日报``, ``作者：某某``), short and closing no sentence.
_STORY_DATE_LINE = re.compile(
    r"(?:(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*)?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*"
    r"\d{1,2}\s*日?(?:\s*\d{1,2}\s*[:：时]\s*\d{2}(?:\s*[:：分]\s*\d{2})?\s*秒?)?"
    r"(?:\s*[|｜/]?\s*(?:来源|作者|编辑|记者|稿源|发布者?)\s*[:：][^。！？，,]{0,30})*")
# A day alone in 年月日 is a notice's signing date (an attachment's heading or the issuer
# over it), not a story's info line.
_SIGNING_DAY = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_STORY_FIELD_LINE = re.compile(r"(?:来源|作者|稿源|文章来源)\s*[:：][^。！？，,：:]{1,30}")


def _story_byline(line: str) -> bool:
    """True when ``line`` is a reporter's byline naming its role (``记者 某某 通讯员 某某``)
    or a writer's credit (``文／某某``): a site's name over names is not asked (a line of
    any words closing with 社 or 报 and a few characters reads as one)."""
    if len(line) > _BYLINE_MAX or _SENTENCE_END.search(line):
        return False
    return bool(_WRITER_CREDIT.match(line)) or (
        bool(_REPORTER_BYLINE.fullmatch(line)) and not _REPORTER_AT_WORK.search(line))


def story_under_info_line(paragraphs: list[str]) -> int | None:
    """Where another story printed under the text starts, told by its own info line: a
    headline line (8 to 40 characters, closing no sentence, no issuer's name) right over a
    date line, a source's field alone on its line or a reporter's byline, over two paragraphs
    closing a sentence each (a table's rows of a number, a date and a sentence are no
    story), under two sentences of the page's own text or more (an ``<h3>``
    headline, ``2026-11-21 来源：某报``, its text). A section head is never followed by a
    date, a source or a byline: the page's own info line stands above its text, where no two
    sentences come first. Stop 34's label rule: a second story is not body. Read on the
    extracted lines, before the info line is dropped as furniture. None when there is none."""
    for index in range(3, len(paragraphs) - 3):
        head, info, text, more = (p.strip() for p in paragraphs[index:index + 4])
        if not ((_STORY_DATE_LINE.fullmatch(info) and not _SIGNING_DAY.fullmatch(info))
                or _STORY_FIELD_LINE.fullmatch(info) or _story_byline(info)):
            continue
        if not _STORY_HEADLINE.fullmatch(head) or _SENTENCE_END.search(head) \
                or _signer(head) or _DOC_NUMBER.fullmatch(head) or _SENTENCE_END.search(info) \
                or not _SENTENCE_END.search(text) or not _SENTENCE_END.search(more):
            continue
        if sum(1 for p in paragraphs[:index] if _SENTENCE_END.search(p.strip())) \
                >= _STORY_SENTENCES_MIN:
            return index
    return None


def _tells_pointed_story(above: list[str], below: list[str]) -> bool:
    """True when ``below``, the lines under a related heading alone on its line (``更多新闻``,
    ``【相关报道】``), open with a headline and go on telling that story (stop 34's rule 1: a
    second story printed after the text; stop 38, i28c: the heading with no headline on its
    own line, as for a pointer)."""
    pointed = pointed_headline("", below)
    return pointed is not None and tells_story(pointed[0], above, pointed[1])


def _without_recommended(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` cut at the heading of a site's recommended list under the text (and an
    empty label line right above it), when a sentence of text comes before: what follows is
    the site's (teasers, its statement about itself), not the story. A heading that names
    what it recommends (热门车型推荐), a related heading (相关视频：) and an advertisement's
    label alone (广告) cut only when no sentence closes after them."""
    for index in range(1, len(paragraphs)):
        line = paragraphs[index]
        if not _RECOMMENDED.fullmatch(line) and not (
                _RECOMMENDED_KIND.fullmatch(line)
                and not any(_SENTENCE_END.search(p) for p in paragraphs[index + 1:])) \
                and not ((_RELATED_HEADING.fullmatch(line) or _AD_LABEL.fullmatch(line))
                         and not any(_SENTENCE_MARK.search(p) for p in paragraphs[index + 1:])) \
                and not (_RELATED_HEADING.fullmatch(line)
                         and _tells_pointed_story(paragraphs[:index], paragraphs[index + 1:])):
            continue
        if not any(_SENTENCE_END.search(p) for p in paragraphs[:index]):
            return paragraphs
        if index > 1 and _EMPTY_LABEL.fullmatch(paragraphs[index - 1]):
            index -= 1
        return paragraphs[:index]
    return paragraphs


# A story's number alone on its line (3450132), a comment widget's credit line (blog
# comments powered by Disqus) or a like button's step (+1): the page's furniture under the
# text.
_WIDGET = re.compile(r"\d{1,10}|[+＋]\s*1|(?:blog\s+)?comments\s+powered\s+by\s+\w+",
                     re.IGNORECASE)
# A pager's line: two or more page numbers or page links (1 2, 上一页 1 2 3 下一页).
_PAGER = re.compile(r"(?:(?:上一页|下一页|首页|尾页|末页|\d{1,3})\s*){2,}")
# A source tag alone in brackets above the text (（某网北京时间…首发 - 支持此文作者/记者）);
# a document's number or adoption note in brackets (（某发〔2024〕1号）) is the text's.
_TAG_LINE = re.compile(r"[（(][^（()）。！？〔〕]{0,40}(?:首发|转载|来源|稿源|记者)"
                       r"[^（()）。！？〔〕]{0,20}[)）]")
# A reprint tag after the last stop of a paragraph ([某网首发，转载请注明出处]- 支持此文作者(…)).
_REPRINT_TAG = re.compile(r"(?<=[。！？”」』])\s*[\[【(（][^\]】)）]{0,20}转载[^\]】)）]{0,20}"
                          r"[\]】)）][^。！？]{0,40}$")
# The names a site's copyright statement goes by as its heading (articlebody sets aside a
# block that opens with one; here, the heading line under the text).
STATEMENT_WORDS = "版权与免责声明|版权及免责声明|免责声明|版权声明|法律声明"
# The heading of a site's copyright statement (某网版权与免责声明) under the text.
_STATEMENT = re.compile(rf"[^。！？，,]{{0,8}}(?:{STATEMENT_WORDS})\s*[:：]?")
_SITE = re.compile(r"本网|本站|转载|版权")
# A hotline's line (自杀防治咨询安心专线：0800-788995): a care box printed under a report.
_HOTLINE = re.compile(r"[^。！？，]{1,16}(?:专线|專線|热线|熱線)\s*[:：]?\s*[\d-]{3,}.{0,12}")
_BOX_LINE_MAX = 40
_BOX_HEAD_MAX = 3


def _without_site_notes(paragraphs: list[str]) -> list[str]:
    """A site's notes around a text, each kept by the page as a paragraph of the article:
    the headline printed twice in one line above it (``标题标题``), a source tag alone in
    brackets above it, a reprint tag after a paragraph's last stop, the site's copyright
    statement under it (a ``…版权与免责声明`` heading over clauses about 本网/本站), and a
    care box under a report (two or more hotline lines with their short heading lines and
    the site's promotions)."""
    kept = _without_head_notes(paragraphs)
    kept = [_REPRINT_TAG.sub("", p) or p for p in kept]
    return _without_care_box(_without_statement(kept))


def _without_head_notes(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without up to two lines above the text that are the headline printed
    twice in one line or a source tag alone in brackets."""
    kept = list(paragraphs)
    for _ in range(2):
        if len(kept) < 2:
            break
        first = kept[0]
        half = len(first) // 2
        if (len(first) % 2 == 0 and half >= 6 and first[:half] == first[half:]
                and not _SENTENCE_END.search(first)) or _TAG_LINE.fullmatch(first):
            del kept[0]
    return kept


def _without_statement(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` cut at a site's copyright statement under the text: its heading line
    over a line about the site, after at least one sentence."""
    for index in range(1, len(paragraphs) - 1):
        if _STATEMENT.fullmatch(paragraphs[index]) and _SITE.search(paragraphs[index + 1]) \
                and any(_SENTENCE_END.search(p) for p in paragraphs[:index]):
            return paragraphs[:index]
    return paragraphs


def _without_care_box(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` cut at a care box under a report: two or more hotline lines, the short
    heading lines above them (at most three) and only short lines after them."""
    hotlines = [i for i, p in enumerate(paragraphs) if _HOTLINE.fullmatch(p)]
    if len(hotlines) < 2 or hotlines[0] == 0:
        return paragraphs
    start = hotlines[0]
    while start > 1 and hotlines[0] - start < _BOX_HEAD_MAX \
            and len(paragraphs[start - 1]) <= _BOX_LINE_MAX:
        start -= 1
    rest = paragraphs[start:]
    if all(_HOTLINE.fullmatch(p) or len(p) <= _BOX_LINE_MAX for p in rest) \
            and any(_SENTENCE_END.search(p) for p in paragraphs[:start]):
        return paragraphs[:start]
    return paragraphs


# A listed item's date alone on its line (2022-3-23, 2022/03/23 10:20).
_ITEM_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_ITEM_LINE_MAX = 60
_ITEM_LINES_MAX = 4
_ITEMS_MIN = 3


def _without_listing(paragraphs: list[str]) -> list[str]:
    """A list of other stories under the text, each item a few short lines closed by its
    date alone (a headline, maybe its column, ``2022-3-23``): from the first item to the
    end, when three or more items of two to four lines follow one another to the text's
    end (a few short lines may close it), none of their lines closes with ``。``, and two
    sentences of text come before them. The list's heading lines are then captions after
    the last sentence."""
    dates = [i for i, p in enumerate(paragraphs) if _ITEM_DATE.fullmatch(p)]
    if len(dates) < _ITEMS_MIN or len(paragraphs) - 1 - dates[-1] > _ITEM_LINES_MAX:
        return paragraphs
    run = [dates[-1]]
    for index in reversed(dates[:-1]):
        if not 2 <= run[0] - index <= _ITEM_LINES_MAX:
            break
        run.insert(0, index)
    if len(run) < _ITEMS_MIN:
        return paragraphs
    start = run[0] - (run[1] - run[0]) + 1
    items = paragraphs[start:]
    if start < 1 or any(len(p) > _ITEM_LINE_MAX or p.endswith("。") for p in items):
        return paragraphs
    if sum(1 for p in paragraphs[:start] if _SENTENCE_END.search(p)) < 2:
        return paragraphs
    return paragraphs[:start]


# A footnote's mark (fresh8): [1], ［2］, 〔3〕, 【4】 or a circled ① … ⑳, maybe after 注.
_NOTE_MARK = re.compile(r"注?\s*(?:[\[［〔【]\s*(\d{1,2})\s*[\]］〕】]|([①-⑳]))")
_CIRCLED_ONE = ord("①")


def _note_number(match: re.Match[str]) -> int:
    return int(match.group(1)) if match.group(1) else ord(match.group(2)) - _CIRCLED_ONE + 1


def _without_footnotes(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without an article's footnotes printed after its last paragraph: a
    run of paragraphs at the very end, each opening with the next note mark from 1 on
    (``[1]…``, ``[2]…`` or ``①…``, ``②…``), where every mark also stands inside the text
    above, after the first character of a paragraph and in the same order (the references
    that make them the article's footnotes, not a list of its own). The label rules end the
    body at the article's last sentence, before them. Notes not referenced from the text
    (``注1：当期数据为初步数。``, a report's ``注：…``) and notes followed by more text stay."""
    end = len(paragraphs)
    start = end
    while start > 1:
        if _NOTE_MARK.match(paragraphs[start - 1]) is None:
            break
        start -= 1
    if start == end:
        return paragraphs
    numbers = [_note_number(_NOTE_MARK.match(p)) for p in paragraphs[start:]]
    if numbers != list(range(1, len(numbers) + 1)):
        return paragraphs
    text = "\n".join(paragraphs[:start])
    if not any(_SENTENCE_END.search(p) for p in paragraphs[:start]):
        return paragraphs
    position = 0
    for note in paragraphs[start:]:
        mark = _NOTE_MARK.match(note).group(0).lstrip("注 \u3000")
        at = text.find(mark, position)
        # A reference stands inside a paragraph, never as its first characters.
        while at != -1 and (at == 0 or text[at - 1] == "\n"):
            at = text.find(mark, at + 1)
        if at == -1:
            return paragraphs
        position = at + len(mark)
    return paragraphs[:start]


# A reader-tip box under a report (fresh8): the site invites tips (爆料, 报料, 新闻线索) by
# phone, fax, SMS, WhatsApp or e-mail, one channel a line or a label over its number.
_TIP_WORD = re.compile(r"爆料|报料|報料|新闻线索|新聞線索|人人做记者|人人做記者")
_CHANNEL = re.compile(
    r"WhatsApp|Whatsapp|whatsapp|SMS|MMS|Signal|Telegram|WeChat|微信|电邮|電郵|电子邮件|"
    r"電子郵件|邮箱|郵箱|[Ee]-?mail|传真|傳真|热线|熱線|电话|電話|网址|網址|连结|連結|链接|鏈接")
_PHONE = re.compile(r"(?:[(（]?\+?\d{2,4}[)）]?[\s-]?)?\d{3,4}[\s-]?\d{3,5}")
_LABEL = re.compile(r"[^。！？，,；;:：]{1,16}[:：]")
_TIP_LINE_MAX = 60


def _tip_line(paragraph: str) -> bool:
    """True for a line of a reader-tip box: a tip word's short line, a channel's label, a
    phone number or an address alone or after its label, or the site's promotion."""
    line = paragraph.strip()
    if _PHONE.fullmatch(line) or _ADDRESS.fullmatch(line):
        return True
    label = _LABEL.match(line)
    value = line[label.end():].strip() if label else line
    if label and (not value or _PHONE.fullmatch(value) or _ADDRESS.fullmatch(value)):
        return True  # a label alone (传真：, 爆料方法：) or over its number or address
    if len(line) > _TIP_LINE_MAX:
        return False
    if _TIP_WORD.search(line):  # a sentence of the text may name a tip: not without a number
        return not _SENTENCE_END.search(line) or bool(_PHONE.search(line) or _ADDRESS.search(line))
    if _SENTENCE_END.search(line):
        return False
    return bool(_CHANNEL.search(line) and len(line) <= _TOOL_MAX) or _promotion(line)


def _without_tip_box(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a reader-tip box at the very end: a run of tip lines that
    names a tip word (爆料, 报料, 新闻线索, 人人做记者) and at least one number or address,
    under text that closes a sentence. A notice's contact lines (联系人：…, 联系电话：…) name
    no tip word and stay; so does a sentence of the text that names a tip without a number."""
    start = len(paragraphs)
    while start > 1 and _tip_line(paragraphs[start - 1]):
        start -= 1
    run = paragraphs[start:]
    if not run or not any(_TIP_WORD.search(p) for p in run):
        return paragraphs
    if not any(_PHONE.search(p) or _ADDRESS.search(p) for p in run):
        return paragraphs
    if not any(_SENTENCE_END.search(p) for p in paragraphs[:start]):
        return paragraphs
    return paragraphs[:start]


# A contents list's heading line (目录, 目 录, 目次) and its entries: a part, chapter or
# section heading (第一部分 某某概况, 一、部门主要职责, （二）…, 1. …, 《收支预算总表》), no
# sentence in it, maybe a page number after dots (……3).
_CONTENTS_HEAD = re.compile(r"[目].{0,2}[录次]|contents|CONTENTS|Contents")
_CONTENTS_ENTRY = re.compile(
    r"(?:第[一二三四五六七八九十百\d]{1,4}(?:部分|章|节|篇|编)|[一二三四五六七八九十]{1,3}[、.．]|"
    r"[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}(?:\.\d{1,2})*[、.．]|《)"
    r"[^。！？；;]{0,40}?(?:[.．…·]{2,}\s*\d{1,3})?")
_CONTENTS_HEAD_WITHIN = 6
_CONTENTS_ENTRIES_MIN = 2
_CONTENTS_REPEATS_MIN = 2


def _squeezed(line: str) -> str:
    """``line`` without whitespace, ideographic and no-break spaces included (both are
    ``str.isspace``, which ``str.split`` splits at)."""
    return "".join(line.split())


def contents_lines(raw: list[str]) -> range:
    """The raw lines of a contents list printed above a document's text (a budget's or a
    report's ``目录`` over ``第一部分 …`` and ``一、…`` lines), as a range of indices to skip;
    an empty range when there is none. A list is a run of heading-only lines at the top,
    under a ``目录`` line among the first lines — or, with no such line, at the very top
    when two or more of its lines are printed again further down as the text's own
    headings. The run stops at the first line that repeats one of its own lines (the text's
    first heading) or at the first line that is not a heading; a line with a sentence must
    follow it, so a report whose first heading stands directly over its prose keeps it, and
    a page that is only a contents list is left alone."""
    lines = [_squeezed(line) for line in raw[:400]]
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None:
        return range(0)
    head = next((i for i in range(first, min(len(lines), first + _CONTENTS_HEAD_WITHIN))
                 if _CONTENTS_HEAD.fullmatch(lines[i])), None)
    start = first if head is None else head + 1
    entries: set[str] = set()
    stop = start
    while stop < len(lines):
        line = lines[stop]
        if not line:
            stop += 1
            continue
        if line in entries or not _CONTENTS_ENTRY.fullmatch(line):
            break
        entries.add(line)
        stop += 1
    if len(entries) < _CONTENTS_ENTRIES_MIN or stop >= len(lines):
        return range(0)
    if not any(_SENTENCE_END.search(line) for line in lines[stop:stop + 12]):
        return range(0)
    if head is None:
        later = set(lines[stop:])
        if len(entries) < 3 or len(entries & later) < _CONTENTS_REPEATS_MIN:
            return range(0)
    return range(head if head is not None else start, stop)


# A standfirst's bullet line (●某某交出惨淡中报…): a bullet, a point of the story, no stop.
_BULLET = re.compile(r"[●■◆▲▶►•◎★☆◇□○]\s*\S")
_BULLET_LINE_MAX = 80
_STANDFIRST_GAP_MAX = 24  # a widget's or a split line's length between the bullet lines
_STANDFIRST_BULLETS_MIN = 2
_POINT_HAN_MIN = 10  # a point of the story is a clause, not a field (◎片名 …, ◎年代 2005)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _is_bullet_line(paragraph: str) -> bool:
    return len(paragraph) <= _BULLET_LINE_MAX and bool(_BULLET.match(paragraph)) \
        and not _SENTENCE_END.search(paragraph) \
        and len(_HAN.findall(paragraph)) >= _POINT_HAN_MIN


# A title block printed over a text (a speech's, an interview's, a bulletin's, a resolution's):
# its title lines, then a subtitle opening with a dash (``——在某某会议上的讲话``,
# ``——某某就某某答记者问``) or a bracketed line dating it (``（2019年2月16日，某地）``,
# ``（某某司2012年7月）``, ``（2016年10月27日某某会议通过）``), then maybe the speaker's or
# issuer's lines. None of it is running text (the labels start at the first sentence).
_DASH_SUBTITLE = re.compile(r"[—－]{1,2}\s*[^。！？\s][^。！？]{1,80}")
# A document's date is one day: a bracket giving a span of days (（2026年12月11－12日，某地）)
# heads an event's agenda, whose name the labels keep as its first line.
_DATED_NOTE = re.compile(r"(?![（(][^（()）]*\d\s*[－—~～至-]\s*\d)"
                         r"[（(][^（()）。！？]{0,40}\d{4}\s*年(?:\s*\d{1,2}\s*月)?"
                         r"(?:\s*\d{1,2}\s*日)?[^（()）。！？]{0,40}[)）]")
# A numbered first heading under the block (一、…, （一）…, 第一章 …) opens the text: the
# labels start a report at its first numbered heading.
_NUMBERED = re.compile(r"[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|"
                       r"第[一二三四五六七八九十]{1,3}(?:章|节|部分)|\d{1,2}[.、．]\s*\D")
# A law's or regulation's adoption note (stop 37, rule 4): a day, the adoption, a state organ
# (``（2015年3月20日某市人民代表大会常务委员会第十次会议通过 …批准）``). The text starts there;
# the lines over it go. A party body's (``…中央委员会第六次全体会议通过``) stays the block's.
_LAW_NOTE = re.compile(r"[（(][^（()）]*\d\s*日[^（()）]*(?:通过|批准|修正|修订|公布)"
                       r"[^（()）]*[)）]")
_LAW_ORGAN = re.compile(r"人民代表大会|人大|常务委员会|人民政府|国务院")
_TITLE_BLOCK_MAX = 6  # lines down to the subtitle or the dated line
_TITLE_LINE_MAX = 80
_SPEAKER_LINES_MAX = 3
_SPEAKER_LINE_MAX = 40


def _without_title_block(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a title block over the text: up to six lines at the top that
    close no sentence, the last of them a dash-led subtitle or a bracketed dated line, and
    under it up to three short lines with no comma and no stop (the speaker's office and
    name; a numbered heading, ``一、…``, opens the text and stays) — when what follows has a
    comma or closes a sentence
    and the text under the block is longer than it. A dash-led line under a sentence, or one
    that closes a sentence itself (``——分级负责、分工处理。``), is the text's own. A law's
    adoption note as the dated line (a day, 通过 or 批准…, a people's congress or government
    naming it) is the law's text (stop 37, rule 4): only the lines over it go."""
    mark = None
    for index, paragraph in enumerate(paragraphs[:_TITLE_BLOCK_MAX]):
        line = paragraph.strip()
        if _SENTENCE_END.search(line) or len(line) > _TITLE_LINE_MAX:
            break
        if _DASH_SUBTITLE.fullmatch(line) or _DATED_NOTE.fullmatch(line):
            mark = index
    if mark is None:
        return paragraphs
    start = mark + 1
    while start < len(paragraphs) - 1 and start - mark <= _SPEAKER_LINES_MAX:
        line = paragraphs[start].strip()
        if len(line) > _SPEAKER_LINE_MAX or _SENTENCE_END.search(line) or "，" in line \
                or "," in line or _DASH_SUBTITLE.fullmatch(line) or _DATED_NOTE.fullmatch(line) \
                or _NUMBERED.match(line):
            break
        start += 1
    if start >= len(paragraphs):
        return paragraphs
    first = paragraphs[start]
    if not (_SENTENCE_END.search(first) or "，" in first or "," in first
            or _NUMBERED.match(first.strip())) \
            or sum(map(len, paragraphs[start:])) <= sum(map(len, paragraphs[:start])):
        return paragraphs
    note = paragraphs[mark].strip()
    if _LAW_NOTE.fullmatch(note) and _LAW_ORGAN.search(note):
        return paragraphs[mark:]  # a law's adoption note: its text starts there (rule 4)
    return paragraphs[start:]


def _without_standfirst(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a standfirst of bullet lines above the text (``●…`` points of
    the story, each a short clause of ten Han characters or more without a stop — not a
    card's fields such as ``◎年代 2005``), with the short lines a widget or a split line
    left between them (a stock quote's ``相关公司股票走势``, ``，直接导致…``): two or more
    bullet lines at the top, then a paragraph of prose that is no bullet line, and no bullet
    line further down (a text that is a bulleted list keeps its first items) — the text under
    them at least twice their length."""
    last = None
    bullets = 0
    stop = 0
    for stop, paragraph in enumerate(paragraphs):
        if _is_bullet_line(paragraph):
            last, bullets = stop, bullets + 1
        elif _BULLET.match(paragraph) or len(paragraph) > _STANDFIRST_GAP_MAX \
                or _SENTENCE_END.search(paragraph):
            break
    else:
        return paragraphs
    if last is None or bullets < _STANDFIRST_BULLETS_MIN:
        return paragraphs
    rest = paragraphs[last + 1:]
    lead = paragraphs[stop]
    if _BULLET.match(lead) or not _SENTENCE_END.search(lead) \
            or any(_BULLET.match(p) for p in rest):
        return paragraphs
    if sum(map(len, rest)) < 2 * sum(map(len, paragraphs[:last + 1])):
        return paragraphs
    return rest


# A picture's caption printed as a paragraph above the text: it ends with the picture's
# credit in brackets (…演出。（某报图片）, …现场。（新华社记者某某摄）, （资料图）).
_PICTURE_CREDIT = re.compile(r"[（(][^（()）]{0,24}(?:图片|图|照片|摄|供图|截图|截屏)[)）]$")
# ... or it opens by pointing at the picture (图为…, 上图：…, 图：…).
# (Stop 38, i28c: pointed at otherwise too — 图说：, 图片说明：, 图｜, 【图】, 图1, a
# bracket opening on 图为, an arrow or triangle leading the line, ▲…, ↑….)
_PICTURE_POINTER = re.compile(
    r"(?:[▲△▼↑↓]\s*|[（(]\s*(?=图为)|[【\[]\s*图\s*[】\]]|"
    r"(?:图为|图中为|[上下左右]图(?:为|[:：])|图片?(?:来源|说明)?\s*[:：|｜丨]|图注[:：]|图说\s*[:：]|"
    r"图\s*\d{1,2}(?:\s+|\s*[:：．、])))\s*\S")
# ... or it is a short label wholly in brackets (a picture's (某某现身机场), a series' name),
# never a numbered heading ((一), (2)), a document number ((某字〔2026〕12号)) nor a clause
# (no digit, no sentence mark, no comma).
_BRACKETED_CAPTION = re.compile(r"[（(](?![一二三四五六七八九十]+[)）])"
                                r"[^（()）〔〕\[\]\d。！？，,；;:：]{1,24}[)）]")


# ... or the credit names the picture first, in brackets (…一带。（图翻摄自某某地图）,
# （图片来源：某某图库）, （某某码头。图片来源：某某网站）), or after the caption's last stop
# without them (…的研究兴趣。图片来源：某某, …擦上了指甲油。某某摄). (A first paragraph
# closing with ``图为…。`` is no such caption: labels keep one as the text's start.)
_NAMED_CREDIT = re.compile(
    r"[（(][^（()）]{0,80}?(?:图片?|照片)\s*(?:来源|来自|翻摄|提供|[:：/／])[^（()）]{0,40}[)）]$|"
    r"[。！？]\s*(?:图片?|照片)\s*(?:来源|来自|提供)\s*[:：][^。！？]{1,40}$|"
    r"[。！？]\s*[^。！？，,；;：:]{2,20}(?<!拍)摄$|"
    # ... or a video's title over its player, no stop nor comma, closing with the clip's
    # source in brackets (某某坠楼 家属：二人关系很好（来源：某某视频）).
    r"^[^。！？，,；;（()）]{4,40}[（(]\s*(?:视频)?来源\s*[:：][^（()）。，,]{1,20}[)）]$")


# A paragraph of running text (a sentence with a comma) closing with a caption sentence
# (…，…成效。图为该市干部在某地检查。某某 摄): the text's paragraph, the picture's caption
# only at its end (the labels keep it as the text's first paragraph).
_RUNNING_THEN_CAPTION = re.compile(r"[，,][^。！？]*[。！？]\s*图中?为")


def closes_with_caption(paragraph: str) -> bool:
    """True when ``paragraph`` is running text (a sentence with a comma) closing with a
    picture's caption sentence (``…，…成效。图为该市干部在某地检查。某某 摄``): the text's
    paragraph, kept whole wherever it stands, though its last line names the photographer
    (a paragraph that only points at the picture, ``图为…``, is a caption)."""
    return not _PICTURE_POINTER.match(paragraph) and bool(_RUNNING_THEN_CAPTION.search(paragraph))


def _caption_line(paragraph: str) -> bool:
    """True when ``paragraph`` reads as a picture's caption: it ends with the picture's
    credit (in brackets, or after its last stop), opens or closes by pointing at the picture
    (``图为…``, ``上图：…``), or is a short label wholly in brackets — and is not running text
    that closes with the caption sentence (``…，…。图为…。某某 摄``)."""
    return bool(_PICTURE_CREDIT.search(paragraph) or _PICTURE_POINTER.match(paragraph)
                or _BRACKETED_CAPTION.fullmatch(paragraph) or _NAMED_CREDIT.search(paragraph)) \
        and not closes_with_caption(paragraph)
_LEADING_CAPTIONS_MAX = 3
_CREDITS_AMID = 2  # credit lines between the captions over the text
_LEADING_CAPTION_MAX = 200  # characters: a caption is a sentence or two


def _without_leading_captions(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the pictures' captions above the text: up to three leading
    paragraphs, each ending with a picture's credit in brackets or opening by pointing at
    the picture (``图为…``), when a paragraph of prose that is neither follows them and the
    text under them is longer than they are (a photo story whose paragraphs are all
    captions keeps them). A credit line printed under a caption (``文｜某某`` between two
    pictures' captions, or between the captions and the text) goes with them."""
    count = captions = 0
    for index, paragraph in enumerate(paragraphs[:_LEADING_CAPTIONS_MAX + _CREDITS_AMID + 1]):
        if len(paragraph) <= _LEADING_CAPTION_MAX and _caption_line(paragraph):
            captions += 1
        elif not (captions and index < len(paragraphs) - 1 and _is_credit(paragraph)
                  and not _SENTENCE_END.search(paragraph)):
            break
        count += 1
    if not captions or captions > _LEADING_CAPTIONS_MAX or count == len(paragraphs):
        return paragraphs
    rest = paragraphs[count:]
    if not _SENTENCE_END.search(rest[0]) or _caption_line(rest[0]) \
            or sum(map(len, rest)) <= sum(map(len, paragraphs[:count])):
        return paragraphs
    return rest


def _without_trailing_captions(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the pictures' captions under the text (stop 38, i28c; stop 31's
    rule 2, a caption-only paragraph is no body at either edge): up to three closing
    paragraphs that open by pointing at the picture (``图为…``, ``图说：…``, ``▲…``), each a
    caption's length closing a sentence (a pointer to a gallery, ``▼详情请戳下方图集：…``,
    closes none and stays), under a text of two sentences or more that is longer than they are.
    (Captions known by their credit go earlier, with the site's lines.)"""
    count = 0
    while count < _LEADING_CAPTIONS_MAX and count < len(paragraphs) - 1:
        line = paragraphs[-1 - count]
        if len(line) > _LEADING_CAPTION_MAX or not _PICTURE_POINTER.match(line) \
                or not _SENTENCE_END.search(line) or closes_with_caption(line):
            break
        count += 1
    if not count:
        return paragraphs
    rest = paragraphs[:-count]
    if sum(len(_SENTENCE_MARK.findall(p)) for p in rest) < 2 \
            or sum(map(len, rest)) <= sum(map(len, paragraphs[-count:])):
        return paragraphs
    return rest
