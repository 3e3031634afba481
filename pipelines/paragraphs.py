"""Paragraph-level cleaning: one list of raw lines to the article's clean paragraphs.

Per paragraph: mojibake repair (:mod:`pipelines.mojibake`), entities and invisible characters
(:mod:`pipelines.charnorm`), pinyin annotations (:mod:`pipelines.pinyin`), OpenCC t2s and
width folding (:mod:`pipelines.textnorm`); metadata lines (dateline, byline, source) moved
into fields (:mod:`pipelines.metadata`); boilerplate and spam (:mod:`pipelines.boilerplate`);
repeated paragraphs, a truncated lead, a notice's title lines and signature; Chinese
punctuation. :mod:`pipelines.clean` decides what the lines are (HTML or text) and calls this.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from itertools import compress
from operator import ne

from pipelines import charnorm, pinyin
from pipelines.boilerplate import BoilerplateRules
from pipelines.cleanresult import COUNT_KEYS, CleanResult
from pipelines.metadata import read_byline, read_metadata_line
from pipelines.mojibake import DocContext, MojibakeStats, context_for, repair_mojibake
from pipelines.textedges import (
    SIGNATURE_LINE,
    closed_by_signature,
    closes_with_caption,
    contents_lines,
    ends_text,
    head_over_byline,
    lists_only,
    opens_abstract,
    picture_credit,
    pointed_headline,
    promotion_line,
    related_headline,
    site_lines_only,
    standfirst_over_writer,
    tells_story,
    text_under_byline,
)
from pipelines.textnorm import fold_width, to_simplified

_STRAY_QUESTION = re.compile(rf"(?<=[{charnorm.HAN_CLASS}])\?+(?=[{charnorm.HAN_CLASS}])")
_FULL_WIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]")
# What the four repairs before OpenCC act on: mojibake needs a "?" or a garbage marker
# (U+FFFD, 锟斤拷, 烫烫烫, 屯屯屯), entities a "&" or ";", annotations a parenthesis, and
# invisible characters fail str.isprintable() or are spaces. Most paragraphs hold none of
# them and skip the four calls (~3 µs a paragraph in a loop).
_MAY_REPAIR = re.compile("[?\ufffd锟烫屯&;(（]")
_KEY_STRIP = re.compile(r"[\s，。、；：？！“”‘’（）《》,.;:?!\"'()\-—…·]")
_WORD = re.compile(r"\w")  # a line holding no letter, digit or character is no text
# A plain-text first line is a headline when it is this short and does not end a sentence.
_TITLE_MAX = 64
# A picture's caption: running text (a comma, then a stop) up to its last stop, and the
# credit after it — no stop, short (``本报记者 某某 摄``, ``（某某 供图）``).
_CLOSED_LINE = re.compile(r"[。！？!?][”」』）)]?\s*$")  # a line closing a sentence
_CAPTION_PROSE = re.compile(r"(.*[，,].*[。！？][”」』）)]?)"
                            r"\s*([^。！？]{0,24}(?:摄影?|供图|图)[^。！？]{0,4})")


def _record_conversions(before: str, after: str, conversions: Counter) -> None:
    """Count ``(traditional, simplified)`` character pairs that OpenCC changed."""
    if before == after:
        return
    if len(before) == len(after):
        # Only the differing positions, selected and counted by C iterators (a Python loop
        # over every character cost a quarter of the whole cleaning time).
        conversions.update(compress(zip(before, after, strict=True), map(ne, before, after)))
    else:  # a phrase conversion changed the length: count character by character
        conversions.update((a, b) for a in before if (b := to_simplified(a)) != a)


def normalize_paragraph(
    text: str, counts: dict[str, int], conversions: Counter, context: DocContext | None = None
) -> str:
    """Character-level cleaning of one paragraph, up to (not including) punctuation fixes."""
    if not text.isprintable() or " " in text or _MAY_REPAIR.search(text):
        stats = MojibakeStats()
        text = repair_mojibake(text, stats, context)
        counts["mojibake_repaired"] += stats.repaired
        counts["mojibake_removed"] += stats.removed
        text, fixed = charnorm.fix_entities(text)
        counts["entities_fixed"] += fixed
        text = charnorm.remove_invisible(text)
        text, removed = pinyin.remove_annotations(text)
        counts["pinyin_removed"] += removed
    simple = to_simplified(text)
    _record_conversions(text, simple, conversions)
    # fold_width() uses str.translate, slow on long text: only call it when there is work.
    text = fold_width(simple) if _FULL_WIDTH.search(simple) else simple
    text = pinyin.fullwidth_parentheses(text)
    return text


def finish_paragraph(text: str, *, join_han_spaces: bool = True) -> str:
    text = charnorm.fix_punctuation(text, join_han_spaces=join_han_spaces)
    if "?" in text:
        # A "?" left between Chinese characters is damage, never punctuation (that became "？").
        text = _STRAY_QUESTION.sub("", text)
    return text.strip()


def _key(paragraph: str) -> str:
    return _KEY_STRIP.sub("", paragraph)


# A speaker's or a turn's label on a line of its own (``问：``, ``答：``, ``主持人 王华：``,
# ``李明：``): a press conference's transcript prints it again at every turn, so it is never
# a repeat to drop.
_TURN_LABEL = re.compile(r"[^\s:：。，！？]{1,10}(?:\s[^\s:：。，！？]{1,6})?\s*[:：]")


# A transcript's turn may say again, word for word, what an earlier turn said: a line of at
# most this many characters under a turn's label.
_SAID_AGAIN_MAX = 60
# A paragraph at least this long (key characters) found inside another one is a repeat.
_MIN_REPEAT = 15


# Containment is checked against this many earlier paragraphs (a lead repeats near the top;
# bounding it keeps a 5 MB page linear).
_REPEAT_WINDOW = 60


# A truncated lead is followed by its full paragraph within this many kept paragraphs (a
# byline or a dateline may sit between them).
_LEAD_GAP = 3


def _contained(key: str, keys: list[str]) -> bool:
    # One search of the window's keys joined by a line break (a key holds no whitespace, so
    # a match never spans two keys): a test per key cost a fifth of a long notice's cleaning.
    return len(key) >= _MIN_REPEAT and key in "\n".join(keys[-_REPEAT_WINDOW:])


# A table's row, its cells joined by a bar (:func:`pipelines.blocktext.grid_rows`), closing
# no sentence; and a line of running text (a sentence, or longer than a table's caption).
_ROW = re.compile(r"[^|｜。！？]+(?:[|｜][^|｜。！？]+)+")
# A field line of a list's item (``薪资范围：…``, ``报名条件：…``): a short label and a colon.
_ITEM_FIELD = re.compile(r"[\u4e00-\u9fff]{2,8}\s*[:：]\s*\S.{0,158}")
# A list's item heading (``3、跟单员（2人）``, ``（三）…``, ``三、…``).
_ITEM_FIELDS_MAX = 8
_ITEM_HEAD = re.compile(r"(?:\d{1,2}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|"
                        r"[一二三四五六七八九十]{1,3}\s*、)\s*\S")


def _field_of_new_item(text: str, key: str, keys: list[str], paragraphs: list[str]) -> bool:
    """True when ``text``, a field line said before under an item's heading (the same
    ``薪资范围：…`` under each job of a list, at most eight lines under it), is said again
    under a new item's heading: since its last time a numbered item heading that is no
    repeat stands (a page printed twice over repeats its item headings too). A signature's
    ``主任：某某`` printed over the text and again under it is no item's field."""
    if not _ITEM_FIELD.fullmatch(text) or key not in keys:
        return False
    last = len(keys) - 1 - keys[::-1].index(key)
    return any(_ITEM_HEAD.match(p) for p in paragraphs[max(0, last - _ITEM_FIELDS_MAX):last]) \
        and any(_ITEM_HEAD.match(p) for p in paragraphs[last + 1:])
_CAPTION_MAX = 30


def _running(text: str) -> bool:
    """True for a line of running text (a sentence, or a line longer than a table's
    caption, not a row): what stands between two tables and makes the second one new."""
    return not _ROW.fullmatch(text) and (bool(_STOP.search(text)) or len(text) > _CAPTION_MAX)


_UP_TO_COLON = re.compile(r"^.*?[:：]")
_EDITOR_LABEL = re.compile(r"^[\[【(（]?责任编辑")
_CLAUSE_END = re.compile(r"[。！？；…]$")
_ATTACHMENT_HEAD = re.compile(r"附件|附\s*[:：]")
_STOP = re.compile(r"[。！？]")

def clean_paragraphs(
    raw: list[str],
    result: CleanResult,
    *,
    rules: BoilerplateRules,
    fetched_at: str | datetime | None,
    first_line_may_be_title: bool,
) -> None:
    """Clean ``raw`` lines into ``result.paragraphs``: each paragraph normalised, metadata
    lines moved into fields, boilerplate and spam dropped, repeats and a truncated lead
    folded, a notice's title lines and signature dropped; counts and conversions recorded."""
    counts = result.counts
    conversions: Counter = Counter()
    seen: set[str] = set()
    keys: list[str] = []  # _key of each kept paragraph, in order
    # Keys of summary boxes at the top (摘要：…), which trim_edges drops: the text's opening
    # they quote is no repeat of them.
    abstracts: set[str] = set()
    title_key = _key(result.title) if result.title else None
    paragraphs: list[str] = []
    cut: int | None = None  # where a paywall's notice ended the text
    editor_at: int | None = None  # where an editor's line (责任编辑：…) stood under a sentence
    signed: list[int] = []  # where an editor's signature in brackets stood on its own line
    said_again = False  # the last turn's words were a repeat (dropped or kept)
    again_at: int | None = None  # where the last turn's repeated words were kept
    # Where the table under the last line of running text starts (in ``keys``), and whether
    # that line was new: a row repeating an earlier table's row is this table's own.
    table_at = 0
    text_new = False
    context = context_for("\n".join(raw)) if any("?" in line for line in raw) else None
    captions: list[str] = []  # captions' prose dropped with their credit lines
    related: list[tuple[int, str]] = []  # where a pointer named a related story's headline
    # Where a reporter's byline, read into the fields, stood under lines closing no sentence
    # at the text's top (a headline printed again, its deck): those lines are the headline
    # block's, as when the byline is left in the text (textedges._without_head_over_byline).
    byline_at: int | None = None
    standfirst = False  # the lines over that byline are a standfirst's block over a writer
    contents = contents_lines(raw)  # a document's contents list above its text
    for index, line in enumerate(raw):
        if index in contents:
            counts["boilerplate_removed"] += 1
            continue
        text = normalize_paragraph(line, counts, conversions, context)
        if not text:
            continue
        if SIGNATURE_LINE.fullmatch(text) and any(_STOP.search(p) for p in paragraphs):
            signed.append(len(paragraphs))
        meta = read_metadata_line(text, fetched_at=fetched_at)
        if editor_at is None and _EDITOR_LABEL.match(text) \
                and any(_STOP.search(p) for p in paragraphs):
            editor_at = len(paragraphs)
        if (meta and index < 6) or (meta and (meta.authors or meta.editors)):
            if meta.authors and byline_at is None and (
                    head_over_byline(paragraphs) or standfirst_over_writer(paragraphs, text)):
                # Or a standfirst's block over a writer's credit (``文/某某``): a teaser, a
                # reading-time and a promotion line, closing sentences or not (stop 38, i28e).
                byline_at = len(paragraphs)
                standfirst = not head_over_byline(paragraphs)
            result.merge_meta(meta)
            counts["metadata_lines_removed"] += 1
            continue
        if rules.is_boilerplate(text) and not closes_with_caption(text):
            byline = read_byline(_UP_TO_COLON.sub("", text))
            if byline and _EDITOR_LABEL.match(text):
                result.merge_meta(byline)
            counts["boilerplate_removed"] += 1
            if ("摄" in text or "图" in text) \
                    and (caption := _CAPTION_PROSE.fullmatch(text)) is not None:
                captions.append(finish_paragraph(caption[1]))
            if cut is None and ends_text(text, paragraphs):
                cut = len(paragraphs)  # a paywall: the offer under it is no text
            if (headline := related_headline(text, paragraphs)) is not None:
                related.append((len(paragraphs), headline))
            continue
        text, spam = rules.remove_spam(text)
        counts["spam_removed"] += spam
        if rules.is_spam_line(text):
            counts["spam_removed"] += 1
            continue
        spaced = text
        text = finish_paragraph(text)
        if not text or not _WORD.search(text):
            continue
        if (
            first_line_may_be_title
            and result.title is None
            and not paragraphs
            and len(text) <= _TITLE_MAX
            and not _CLAUSE_END.search(text)
            and charnorm.han_count(text) >= 4
            and len(raw) > index + 1
        ):
            result.title = finish_paragraph(spaced, join_han_spaces=False)
            title_key = _key(text)
            continue
        key = _key(text)
        turn = bool(paragraphs) and bool(_TURN_LABEL.fullmatch(paragraphs[-1])) \
            and len(text) <= _SAID_AGAIN_MAX and bool(_STOP.search(text[-1:])) \
            and not said_again and key != title_key
        window = [k for k in keys if k not in abstracts] if abstracts else keys
        label = bool(_TURN_LABEL.fullmatch(text))
        repeat = (key in seen and not label) or bool(title_key and key == title_key) \
            or _contained(key, window)
        # A table's row printed again in another table (the same contact listed under each
        # section of a Q&A) is that table's row, not a repeat: when new running text stands
        # between the two tables and the row is not already in this one. A page printed twice
        # over repeats its running text too, and its tables' rows still go.
        if repeat and text_new and key in seen and _ROW.fullmatch(text) \
                and key not in keys[table_at:]:
            repeat = False
        # A field line said again under each item of a list (the same pay line under each
        # job) is that item's.
        if repeat and key in seen and _field_of_new_item(text, key, keys, paragraphs):
            repeat = False
        running = _running(text)
        # A short line said again at a new turn of a transcript (a judge's ``检察员，请发表对该组
        # 证据的质证意见。`` under ``[审判员 某某]：``) is that turn's words, not a repeat — unless
        # the turn before was a repeat too: a transcript printed twice over, whose first
        # repeated line, kept so, goes when the next turn's words prove a repeat.
        if repeat and not turn:
            counts["repeated_paragraphs_removed"] += 1
            said_again = True
            text_new = text_new and not running
            if again_at is not None:
                del paragraphs[again_at], keys[again_at]
                counts["repeated_paragraphs_removed"] += 1
                again_at = None
            continue
        if repeat or not label:
            said_again, again_at = repeat, None
        # A truncated lead ("1月10日，国新办举行……") kept earlier is replaced by the full
        # paragraph it was cut from, printed right under it. A pull quote above the body
        # repeats a sentence from much further down: it is kept (the page prints it first).
        start = max(0, len(keys) - _LEAD_GAP)
        # A line at the top that opens the headline (its first line, printed again over the
        # text) is no truncated lead, even when a later paragraph quotes those words:
        # ``_drop_title_lines`` judges it with the title's other lines.
        shorter = [k for k in range(start, len(keys))
                   if len(keys[k]) >= _MIN_REPEAT and keys[k] in key
                   and not (k <= 1 and title_key and title_key.startswith(keys[k]))]
        for k in reversed(shorter):
            del paragraphs[k], keys[k]
            counts["repeated_paragraphs_removed"] += 1
            again_at = None
        seen.add(key)
        if len(keys) < 3 and opens_abstract(text):
            abstracts.add(key)
        keys.append(key)
        paragraphs.append(text)
        if running:
            table_at, text_new = len(keys), not repeat
        if repeat:
            again_at = len(paragraphs) - 1
    if captions and not any(_CLOSED_LINE.search(text) for text in paragraphs):
        # Nothing but pictures' captions (and maybe lines closing no sentence: a widget's
        # links, a channel's slogans): a photo set whose text is its caption (one paragraph
        # of running text over the photographer's credit). An empty text is the worst answer
        # for a page with a headline and a caption: the captions' prose is the text, their
        # credits are not, nor the lines that close no sentence.
        counts["boilerplate_removed"] += len(paragraphs)
        paragraphs = captions
        keys = [_key(text) for text in captions]
        counts["boilerplate_removed"] -= len(captions)
    for at, headline in related:
        # The lines under a pointer naming a related story that tell that story: its text,
        # printed under this one (a brief followed in one element by a story it links to).
        # A pointer alone on its line over nothing but titles (相关文件, then documents'
        # names) closing the text: a list of links, not the text.
        if (cut is None or at < cut) and at <= len(paragraphs) \
                and ((not headline and lists_only(paragraphs[at:]))
                     or ((pointed := pointed_headline(headline, paragraphs[at:])) is not None
                         and tells_story(pointed[0], paragraphs[:at], pointed[1]))):
            cut = at
            break
    if len(signed) == 1 and (cut is None or signed[0] < cut) \
            and closed_by_signature(paragraphs[:signed[0]], paragraphs[signed[0]:]):
        cut = signed[0]  # （责编/某某） on its line under the text: what follows is not text
    if editor_at is not None and (cut is None or editor_at < cut) \
            and site_lines_only(paragraphs[editor_at:]):
        cut = editor_at  # only the site's buttons and calls under the editor's line
    if cut is not None:
        # Lines under a paywall were still read for metadata (责任编辑：…), never kept.
        counts["boilerplate_removed"] += len(paragraphs) - cut
        del paragraphs[cut:], keys[cut:]
    if byline_at:
        # A picture's credit under the byline (图/某某提供) is the headline block's too.
        under = byline_at
        while len(paragraphs) - under > 2 and picture_credit(paragraphs[under]):
            under += 1
        if (standfirst or head_over_byline(paragraphs[:byline_at])) \
                and text_under_byline(paragraphs[:byline_at], paragraphs[under:]):
            counts["boilerplate_removed"] += under
            del paragraphs[:under], keys[:under]
    _drop_title_lines(paragraphs, keys, title_key, counts)
    _drop_near_title(paragraphs, keys, title_key, counts, result.title)
    _drop_title_tail(paragraphs, keys, result.title, counts)
    _drop_signature(paragraphs, keys, counts)
    result.paragraphs = paragraphs
    result.conversions = {f"{a}→{b}": n for (a, b), n in conversions.most_common()}


# The end of a notice: its issuing bodies, one a line, over the date it was signed.
_ISSUER = re.compile(
    r"[\u4e00-\u9fff（）()·、]{2,30}(?:政府|委员会|办公厅|办公室|局|部|厅|委|院|中心|会|处|所|司|"
    r"集团|公司|银行|支行|分行|小组)"
)
_SIGNED = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# The signing date under a signature may also be printed in Chinese numerals (二〇二〇年四月
# 十日, 二O一O年十一月三日) or with dashes or dots (2018-12-7, 2017.4.19); and the signer may be
# a school, a college's office, a bureau's section or a site's name (深圳中学, 某学院学生科,
# 某某党委, 某某考点, 某某人力资源网).
# A school's signature may be dated to the month (深圳市教育局 over 2011年10月), its year's
# zero written as a digit among Chinese numerals (二0一二年四月二十七日); its signer may name
# a year (某中学2013年某某工作领导小组), end with an office's short form (校党办), a team
# (某某学长团) or a bracketed second name (某某处（某某总公司）).
_SIGNED_END = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
    r"|[〇○O0零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日"
    r"|\d{4}[-./]\d{1,2}[-./]\d{1,2}"
)
_SIGNER_END = re.compile(
    r"[\u4e00-\u9fff（）()·、\d]{2,30}(?:政府|委员会|办公厅|办公室|局|部|厅|委|院|中心|会|处|所|司|"
    r"集团|公司|银行|支行|分行|小组|学校|中学|小学|大学|学院|党委|党组|组|科|站|队|室|考点|网|"
    r"办|团|馆|总支)(?:[（(][\u4e00-\u9fff]{2,12}[)）])?"
)
_ATTACHMENT = re.compile(r"附件\s*[:：]?|附\s*[:：]|\d{1,2}\s*[.、．]")
# A notice's contact line (联系人：…, 联系电话：…, 邮箱：…, 地址：…).
_CONTACT_LINE = re.compile(r"(?:联系|电话|地址|邮编|传真|邮箱|电子邮箱|手机)[^:：]{0,6}[:：]\s*\S")
# What a notice prints after its signature: the print colophon (``某某办公室 2017年5月10日印发``,
# ``共印28份``) and the annexed forms (``附表1``, ``附件2``).
_ANNEX_START = re.compile(
    r".{0,30}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发|共印\s*\d+\s*份|附(?:表|件)\s*\d{0,2}"
)
# A signer's name broken over two lines, the first ending mid-name on a connective
# (``省某某局新型冠状病毒感染的`` over ``肺炎疫情防控工作领导小组``): no line of text ends so
# without a mark.
_SIGNER_FIRST_PART = re.compile(r"[\u4e00-\u9fff（）()·、]{2,30}[的之与和及暨]")


# A signing date that names the month only (2018年9月), as a school's rules are signed.
_SIGNED_MONTH = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?")
# The heading of a part attached under the signature, with its title (附：某某规定, 附件1：
# 某某表), and the words of a text that says it issues what it attaches (印发, 发布).
_ANNEX_TITLED = re.compile(r"附(?:件|表)?\s*\d{0,2}\s*[:：]\s*\S.{0,79}")
_ISSUES = re.compile(r"印发|颁布|发布|公布")
_PROMOTIONS_OVER_SIGNER = 6  # a site's promotion lines between the text and the signature


# The heading of a part printed after the signature alone on its line (附件2, 附件).
_PART_HEADING = re.compile(r"附件\s*(\d{0,2})")
# An item of the attachment list over the signature (附件：1.某某细则, 2.某某细则).
_LISTED_PART = re.compile(r"(?:附件\s*[:：]\s*)?(\d{1,2})\s*[.、．]\s*(\S.{1,59})")
# A title the text names in book-title marks.
_NAMED_TITLE = re.compile(r"《([^《》]{2,60})》")
_ISSUED_PROSE = 0.5  # lines of the part closing a sentence: measures, not forms or tables
_ISSUED_LINES_MIN = 3


def _issued_part(paragraphs: list[str], index: int) -> bool:
    """True when the part whose heading (``附件2``) stands at ``index``, right under the
    signature, is what the notice says it issues: its title — the line under the heading,
    or the attachment list's item of that number (``2.某某细则``) — is one the text names in
    book-title marks in a paragraph saying it issues it (``现将《某某细则》印发给你们``), and
    at least half of the part's lines close a sentence (measures, not a form). A 印发 notice
    printed with what it issues is one body (the label rules)."""
    heading = _PART_HEADING.fullmatch(paragraphs[index].strip())
    if heading is None:
        return False
    titles = [p.strip() for p in paragraphs[index + 1:index + 2]]
    for line in paragraphs[:index]:
        item = _LISTED_PART.fullmatch(line.strip())
        if item and heading.group(1) and int(item.group(1)) == int(heading.group(1)):
            titles.append(item.group(2).strip())
    named = {title for p in paragraphs[:index] if _ISSUES.search(p)
             for title in _NAMED_TITLE.findall(p)}
    if not named.intersection(titles):
        return False
    part = paragraphs[index + 1:]
    prose = sum(1 for p in part if _STOP.search(p))
    return len(part) >= _ISSUED_LINES_MIN and prose >= _ISSUED_PROSE * len(part)


def _drop_annex(paragraphs: list[str], keys: list[str], counts: Counter) -> None:
    """What follows a notice's signature (issuing bodies over a date) when it opens with a
    print colophon or an annexed form's heading: not the text. And a part attached under
    the signature by a titled heading (``附：某某规定``, the signature a school's name over
    ``2018年9月``), the signature with it, under a text that closes a sentence and does not
    say it issues what it attaches (a 印发 notice's measures are its body, as the label rules
    say): the label rules leave attachments and signatures out, wherever they stand."""
    for index in range(2, len(paragraphs) - 1):
        date = paragraphs[index].strip()
        if (_SIGNED.fullmatch(date)
                and _ISSUER.fullmatch(paragraphs[index - 1].strip())
                and _ANNEX_START.fullmatch(paragraphs[index + 1].strip())
                and not _issued_part(paragraphs, index + 1)):
            counts["boilerplate_removed"] += len(paragraphs) - index - 1
            del paragraphs[index + 1:], keys[index + 1:]
            return
        if not (_SIGNED_MONTH.fullmatch(date)
                and _SIGNER_END.fullmatch(paragraphs[index - 1].strip())
                and _ANNEX_TITLED.fullmatch(paragraphs[index + 1].strip())):
            continue
        # A site's promotion lines between the text and the signature (【某某即时】：…,
        # 加入某某粉丝团) go with it.
        top = index - 1
        while top > 1 and index - 1 - top < _PROMOTIONS_OVER_SIGNER \
                and promotion_line(paragraphs[top - 1].strip()):
            top -= 1
        if _STOP.search(paragraphs[top - 1][-3:]) \
                and not any(_ISSUES.search(p) for p in paragraphs[:top]):
            counts["boilerplate_removed"] += len(paragraphs) - top
            del paragraphs[top:], keys[top:]
            return


def _drop_signature(paragraphs: list[str], keys: list[str], counts: Counter) -> None:
    """A notice's signature (``教育部办公厅`` over ``2024年5月30日``) and the list of its
    attachments above it (``附件：1.…``, ``2.…``) end no body: they are not the text (the
    label rules of the real-page corpus leave them out too). A date under anything but an
    issuing body (a table's last cell, a contact line) stays."""
    _drop_annex(paragraphs, keys, counts)
    if len(paragraphs) < 3 or not _SIGNED_END.fullmatch(paragraphs[-1].strip()):
        return
    if _CONTACT_LINE.match(paragraphs[-2].strip()):
        # A signing date right under the notice's contact lines, its issuer not printed
        # (联系电话：… over 2023年1月17日): the date is the signature's, not the text's.
        del paragraphs[-1], keys[-1]
        counts["boilerplate_removed"] += 1
        return
    issuers = 0
    while (issuers < 4 and len(paragraphs) - 2 - issuers > 0
           and _SIGNER_END.fullmatch(paragraphs[-2 - issuers].strip())):
        issuers += 1
    if not issuers:
        return
    if (issuers < 4 and len(paragraphs) - 2 - issuers > 0
            and _SIGNER_FIRST_PART.fullmatch(paragraphs[-2 - issuers].strip())):
        issuers += 1  # the first line of a signer's name broken over two lines
    end = len(paragraphs) - 1 - issuers
    start = end
    while start > 1 and len(paragraphs[start - 1]) <= 80 and "。" not in paragraphs[start - 1] \
            and _ATTACHMENT.match(paragraphs[start - 1]):
        start -= 1
    if start < end and not _ATTACHMENT_HEAD.match(paragraphs[start]) \
            and not (start > 0 and _CONTACT_LINE.match(paragraphs[start - 1].strip())):
        # Numbered lines that are not an attachment list stay. Under the notice's contact
        # lines (its last section) they are that list, its bare ``附件：`` head dropped earlier.
        start = end
    del paragraphs[start:], keys[start:]
    counts["boilerplate_removed"] += 1 + issuers + (end - start)


def _drop_title_lines(paragraphs: list[str], keys: list[str], title_key: str | None,
                      counts: Counter) -> None:
    """The headline printed again at the top of the text, broken over lines (a notice's
    title set in three centred lines: ``教育部办公厅关于举办`` | ``2024年高校…`` |
    ``…的通知``): those lines are not body. A single line equal to the title is handled
    with the other repeats."""
    if not title_key:
        return
    # A notice's document number may stand above its title (道人社通〔2018〕31号): it stays
    # (the addressee rule of pipelines/textedges.py takes it), the title lines under it go.
    top = 1 if len(keys) > 2 and _DOC_NUMBER.fullmatch(paragraphs[0].strip()) else 0
    joined = ""
    for count, key in enumerate(keys[top:top + 6], 1):
        joined += key
        if joined == title_key:
            if count >= 2:
                del paragraphs[top:top + count], keys[top:top + count]
                counts["repeated_paragraphs_removed"] += count
            return
        if not title_key.startswith(joined):
            return


# A notice's document number on its own line (财会〔2018〕33号, 道人社通〔2018〕31号).
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔﹝［\[【(（]\s*\d{4}\s*[〕﹞］\]】)）]"
                         r"\s*第?\s*\d{1,4}\s*号")
# A notice's kind printed on its own line under its title (补充公告, 更正公告, 通知).
_DOC_KIND = re.compile(r"\w{0,6}(?:公告|通知|通告|公示|公报|决定|批复|意见|函)")
# A line is the headline printed again with a word changed (``某工程（施工）`` on the page,
# ``某工程施工招标`` over the text) when the two share their start for this share of the
# shorter one, at least ``_NEAR_TITLE_MIN`` characters, and differ in length by at most
# ``_NEAR_TITLE_SLACK``.
_NEAR_TITLE_SHARE = 0.8
# A project's or a file's number in brackets, letters and digits (``（AB2025C001）``).
_BRACKETED_CODE = re.compile(r"[（(]\s*(?=[A-Za-z0-9-]*\d)[A-Za-z0-9-]{4,24}\s*[)）]")
_NEAR_TITLE_MIN = 10
_NEAR_TITLE_SLACK = 6
# A subtitle after the headline on the text's first line: at most this many characters.
_SUBTITLE_MAX = 24
# A line opening with a question or exclamation, then a clause with no mark of its own.
_ASKED_HEADLINE = re.compile(r"([^。！？!?]{2,60}[？！?!])\s*([^。！？；，、,.!?;]+)")


def _drop_near_title(paragraphs: list[str], keys: list[str], title_key: str | None,
                     counts: Counter, title: str | None = None) -> None:
    """A notice's own centred title over its text, worded a little differently from the
    page's headline (a tender notice: ``某工程施工招标`` over ``补充公告``, the page's title
    ``某工程（施工）``): the title line, and the notice's kind on the line under it, are not
    body when text follows them. A line that is only the headline's first words (an
    event's name heading its agenda, as the labels of the opened splits keep it) stays.
    A project's or a file's number in brackets in the headline (``某某采购项目（AB2025C001）
    结果公告``) and not in the line (``某某采购项目成交公告``) is no word of the wording."""
    if len(keys) < 2 or not title_key:
        return
    if title and (plain := _BRACKETED_CODE.sub("", title)) != title \
            and not _BRACKETED_CODE.search(paragraphs[0]):
        title_key = _key(plain)
    key = keys[0]
    asked = _ASKED_HEADLINE.fullmatch(paragraphs[0].strip())
    if asked and len(title_key) >= 4 and _key(asked.group(1)) == title_key \
            and len(_key(asked.group(2))) <= _SUBTITLE_MAX:
        # A headline closed by its own question or exclamation mark printed again over the
        # text with its subtitle on the same line (``什么是4G？ 它是下一代移动通信技术`` under
        # ``<h1>什么是4G？</h1>``): no body. A first line that only opens with the
        # headline's words runs on as one sentence and stays.
        del paragraphs[:1], keys[:1]
        counts["repeated_paragraphs_removed"] += 1
        return
    if _STOP.search(paragraphs[0]) or paragraphs[0].rstrip().endswith(("：", ":")):
        return  # a sentence, or a clause announcing what follows (…，具体事宜如下：): text
    if title_key.startswith(key) or abs(len(key) - len(title_key)) > _NEAR_TITLE_SLACK:
        return  # the headline's opening words alone (an event's name over its agenda) stay
    common = 0
    for a, b in zip(key, title_key, strict=False):
        if a != b:
            break
        common += 1
    if common < max(_NEAR_TITLE_MIN, _NEAR_TITLE_SHARE * min(len(key), len(title_key))):
        return
    count = 2 if len(keys) > 2 and _DOC_KIND.fullmatch(keys[1]) else 1
    del paragraphs[:count], keys[:count]
    counts["repeated_paragraphs_removed"] += count


# Where a headline parts into a kicker (or its writer's name) and its main words: a space,
# a colon, a bar or a dash (``简单道理捅破神话 某某鞋的气垫"伤机"``, ``某某：我是怎样…的``).
_TITLE_PARTS = re.compile(r"\s+|[：:｜|丨]\s*|\s*——\s*")
_TITLE_TAIL_MIN = 6  # characters of the main words printed again


def _drop_title_tail(paragraphs: list[str], keys: list[str], title: str | None,
                     counts: Counter) -> None:
    """The headline's main words printed again over the text without the kicker or name
    the headline opens with (``<h1>某某：我是怎样…的</h1>`` over ``我是怎样…的``): the first
    line, when it closes no sentence, equals the headline's part after a space, colon, bar
    or dash, and two lines or more follow it. The headline's opening words alone stay
    (:func:`_drop_near_title`)."""
    if len(keys) < 3 or not title or len(keys[0]) < _TITLE_TAIL_MIN \
            or _STOP.search(paragraphs[0]):
        return
    key = keys[0]
    for part in _TITLE_PARTS.finditer(title.strip()):
        if part.start() and _key(title[part.end():]) == key:
            del paragraphs[:1], keys[:1]
            counts["repeated_paragraphs_removed"] += 1
            return


def normalize_field(text: str | None) -> str | None:
    """A headline, source or byline cleaned like a paragraph, spaces between clauses kept."""
    if not text:
        return None
    counts = dict.fromkeys(COUNT_KEYS, 0)
    # Headlines keep their spaces: "证监会：推动资金入市 提升投资价值" separates two clauses.
    value = finish_paragraph(normalize_paragraph(text, counts, Counter()), join_han_spaces=False)
    return value or None
