"""Any copy of a news article (HTML or plain text, bytes in any encoding) to clean text.

The one entry point of cleaning, used by the item pipeline, ``presswatch clean`` and the
reference loader. Stages, in order, each in its own module:

1. bytes to text (:mod:`pipelines.decode`), HTML to title/date/paragraphs
   (:mod:`pipelines.extract`) or plain-text lines;
2. per paragraph: mojibake repair (:mod:`pipelines.mojibake`), entities and invisible
   characters (:mod:`pipelines.charnorm`), pinyin annotations (:mod:`pipelines.pinyin`),
   OpenCC t2s and width folding (:mod:`pipelines.textnorm`, the project's canonical form);
3. metadata lines (dateline, byline, source) moved into fields (:mod:`pipelines.metadata`);
4. boilerplate and spam (:mod:`pipelines.boilerplate`), repeated paragraphs, Chinese
   punctuation.

Nothing here raises on bad input: an empty result carries ``reason``.
"""

from __future__ import annotations

import logging
import os
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime
from itertools import compress
from operator import ne
from typing import Any

from pipelines import charnorm, pinyin
from pipelines.boilerplate import BoilerplateRules, default_rules
from pipelines.dates import parse_date
from pipelines.decode import bom_encoding, decode_html
from pipelines.extract import Extracted, extract
from pipelines.htmlparse import looks_like_html, parse_html
from pipelines.metadata import LineMeta, read_byline, read_metadata_line
from pipelines.mojibake import DocContext, MojibakeStats, context_for, repair_mojibake
from pipelines.pagefacts import saved_from_url
from pipelines.textnorm import fold_width, to_simplified

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_COUNT_KEYS = (
    "pinyin_removed", "mojibake_repaired", "mojibake_removed", "entities_fixed",
    "boilerplate_removed", "spam_removed", "repeated_paragraphs_removed",
    "metadata_lines_removed", "undecodable_bytes",
)
# Share of control characters above which decoded "text" is taken for binary data.
_BINARY_SHARE = 0.05
_STRAY_QUESTION = re.compile(rf"(?<=[{charnorm.HAN_CLASS}])\?+(?=[{charnorm.HAN_CLASS}])")
_FULL_WIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]")
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32)])
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_KEY_STRIP = re.compile(r"[\s，。、；：？！“”‘’（）《》,.;:?!\"'()\-—…·]")
# A plain-text first line is a headline when it is this short and does not end a sentence.
_TITLE_MAX = 64


@dataclass
class CleanResult:
    """A cleaned article: fields, clean simplified paragraphs, and what cleaning did."""

    title: str | None = None
    published_at: str | None = None
    media: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    original_text: str = ""
    conversions: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_COUNT_KEYS, 0))
    extracted_by: str = "text"
    encoding: str | None = None
    #: why the result is empty: a sentence for people ...
    reason: str | None = None
    #: ... and its ``dropped`` code (``db.dropped.REASONS``): empty, too_large, binary,
    #: not_article, clean_failed
    code: str | None = None

    @property
    def body(self) -> str:
        """Paragraphs joined by blank lines: the form stored in ``articles.body``."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict of every field plus ``body``."""
        data = asdict(self)
        data["body"] = self.body
        return data


def max_bytes_setting() -> int:
    """``PRESSWATCH_CLEAN_MAX_BYTES`` from the environment, else the default (5 MB)."""
    raw = os.environ.get("PRESSWATCH_CLEAN_MAX_BYTES")
    if raw:
        try:
            return int(raw)
        except ValueError:
            logger.warning("PRESSWATCH_CLEAN_MAX_BYTES=%r is not a number; using 5 MB", raw)
    return DEFAULT_MAX_BYTES


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16/32 text (a page re-saved by Word): NULs are half its bytes
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) * _BINARY_SHARE


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


def _finish_paragraph(text: str, *, join_han_spaces: bool = True) -> str:
    text = charnorm.fix_punctuation(text, join_han_spaces=join_han_spaces)
    if "?" in text:
        # A "?" left between Chinese characters is damage, never punctuation (that became "？").
        text = _STRAY_QUESTION.sub("", text)
    return text.strip()


def _merge_meta(result: CleanResult, meta: LineMeta) -> None:
    result.media = result.media or meta.media
    result.published_at = result.published_at or meta.published_at
    result.authors.extend(a for a in meta.authors if a not in result.authors)
    result.editors.extend(e for e in meta.editors if e not in result.editors)


def _key(paragraph: str) -> str:
    return _KEY_STRIP.sub("", paragraph)


# A paragraph at least this long (key characters) found inside another one is a repeat.
_MIN_REPEAT = 15


# Containment is checked against this many earlier paragraphs (a lead repeats near the top;
# bounding it keeps a 5 MB page linear).
_REPEAT_WINDOW = 60


# A truncated lead is followed by its full paragraph within this many kept paragraphs (a
# byline or a dateline may sit between them).
_LEAD_GAP = 3


def _contained(key: str, keys: list[str]) -> bool:
    return len(key) >= _MIN_REPEAT and any(key in kept for kept in keys[-_REPEAT_WINDOW:])


def _clean_paragraphs(
    raw: list[str],
    result: CleanResult,
    *,
    rules: BoilerplateRules,
    fetched_at: str | datetime | None,
    first_line_may_be_title: bool,
) -> None:
    counts = result.counts
    conversions: Counter = Counter()
    seen: set[str] = set()
    keys: list[str] = []  # _key of each kept paragraph, in order
    title_key = _key(result.title) if result.title else None
    paragraphs: list[str] = []
    context = context_for("\n".join(raw)) if any("?" in line for line in raw) else None
    for index, line in enumerate(raw):
        text = normalize_paragraph(line, counts, conversions, context)
        if not text:
            continue
        meta = read_metadata_line(text, fetched_at=fetched_at)
        if (meta and index < 6) or (meta and (meta.authors or meta.editors)):
            _merge_meta(result, meta)
            counts["metadata_lines_removed"] += 1
            continue
        if rules.is_boilerplate(text):
            byline = read_byline(re.sub(r"^.*?[:：]", "", text))
            if byline and re.match(r"^[\[【(（]?责任编辑", text):
                _merge_meta(result, byline)
            counts["boilerplate_removed"] += 1
            continue
        text, spam = rules.remove_spam(text)
        counts["spam_removed"] += spam
        if rules.is_spam_line(text):
            counts["spam_removed"] += 1
            continue
        spaced = text
        text = _finish_paragraph(text)
        if not text or not re.search(r"\w", text):
            continue
        if (
            first_line_may_be_title
            and result.title is None
            and not paragraphs
            and len(text) <= _TITLE_MAX
            and not re.search(r"[。！？；…]$", text)
            and charnorm.han_count(text) >= 4
            and len(raw) > index + 1
        ):
            result.title = _finish_paragraph(spaced, join_han_spaces=False)
            title_key = _key(text)
            continue
        key = _key(text)
        if key in seen or (title_key and key == title_key) or _contained(key, keys):
            counts["repeated_paragraphs_removed"] += 1
            continue
        # A truncated lead ("1月10日，国新办举行……") kept earlier is replaced by the full
        # paragraph it was cut from, printed right under it. A pull quote above the body
        # repeats a sentence from much further down: it is kept (the page prints it first).
        start = max(0, len(keys) - _LEAD_GAP)
        shorter = [k for k in range(start, len(keys))
                   if len(keys[k]) >= _MIN_REPEAT and keys[k] in key]
        for k in reversed(shorter):
            del paragraphs[k], keys[k]
            counts["repeated_paragraphs_removed"] += 1
        seen.add(key)
        keys.append(key)
        paragraphs.append(text)
    _drop_title_lines(paragraphs, keys, title_key, counts)
    _drop_signature(paragraphs, keys, counts)
    result.paragraphs = paragraphs
    result.conversions = {f"{a}→{b}": n for (a, b), n in conversions.most_common()}


# The end of a notice: its issuing bodies, one a line, over the date it was signed.
_ISSUER = re.compile(
    r"[\u4e00-\u9fff（）()·、]{2,30}(?:政府|委员会|办公厅|办公室|局|部|厅|委|院|中心|会|处|所|司|"
    r"集团|公司|银行|小组)"
)
_SIGNED = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_ATTACHMENT = re.compile(r"附件\s*[:：]?|\d{1,2}\s*[.、．]")


def _drop_signature(paragraphs: list[str], keys: list[str], counts: Counter) -> None:
    """A notice's signature (``教育部办公厅`` over ``2024年5月30日``) and the list of its
    attachments above it (``附件：1.…``, ``2.…``) end no body: they are not the text (the
    label rules of the real-page corpus leave them out too). A date under anything but an
    issuing body (a table's last cell, a contact line) stays."""
    if len(paragraphs) < 3 or not _SIGNED.fullmatch(paragraphs[-1].strip()):
        return
    issuers = 0
    while (issuers < 4 and len(paragraphs) - 2 - issuers > 0
           and _ISSUER.fullmatch(paragraphs[-2 - issuers].strip())):
        issuers += 1
    if not issuers:
        return
    end = len(paragraphs) - 1 - issuers
    start = end
    while start > 1 and len(paragraphs[start - 1]) <= 80 and "。" not in paragraphs[start - 1] \
            and _ATTACHMENT.match(paragraphs[start - 1]):
        start -= 1
    if start < end and not paragraphs[start].startswith("附件"):
        start = end  # numbered lines that are not an attachment list stay
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
    joined = ""
    for count, key in enumerate(keys[:6], 1):
        joined += key
        if joined == title_key:
            if count >= 2:
                del paragraphs[:count], keys[:count]
                counts["repeated_paragraphs_removed"] += count
            return
        if not title_key.startswith(joined):
            return


def _empty(result: CleanResult, reason: str, code: str) -> CleanResult:
    result.paragraphs = []
    result.reason = reason
    result.code = code
    return result


def _normalize_field(text: str | None) -> str | None:
    if not text:
        return None
    counts = dict.fromkeys(_COUNT_KEYS, 0)
    # Headlines keep their spaces: "证监会：推动资金入市 提升投资价值" separates two clauses.
    value = _finish_paragraph(normalize_paragraph(text, counts, Counter()), join_han_spaces=False)
    return value or None


def clean_document(
    data: bytes | str,
    *,
    url: str | None = None,
    content_type: str | None = None,
    selectors: dict[str, str] | None = None,
    fetched_at: str | datetime | None = None,
    rules: BoilerplateRules | None = None,
    source: str | None = None,
    max_bytes: int | None = None,
) -> CleanResult:
    """Clean one document: HTML page or plain text, as bytes (any encoding) or str.

    ``selectors`` (keys ``title``, ``body``, ``date``, ``author``, ``remove``; CSS, or XPath
    when starting with ``/``) come from the source definition; without them a general
    extractor is used. ``fetched_at`` dates relative forms (``昨天``, ``01-10 16:47``).
    ``rules`` defaults to the built-in rules plus ``PRESSWATCH_CLEAN_RULES_FILE``; ``source``
    adds that source's ``[sources.NAME]`` rules. Input over ``max_bytes`` (default setting
    ``PRESSWATCH_CLEAN_MAX_BYTES``, 5 MB) is refused. Never raises for bad input: the
    result is empty and ``reason`` says why.

    >>> clean_document("每日經(jīng)濟(jì)新聞 2025-01-10 16:47:15\\n質(zhì)量認(rèn)證好。").body
    '质量认证好。'
    """
    if isinstance(data, bytearray | memoryview):
        data = bytes(data)
    elif not isinstance(data, bytes | str):
        return _empty(CleanResult(), f"cannot clean a {type(data).__name__}", "clean_failed")
    try:
        return _clean_document(
            data, url=url, content_type=content_type, selectors=selectors, fetched_at=fetched_at,
            rules=rules, source=source, max_bytes=max_bytes,
        )
    except Exception as exc:  # a bug must not stop a crawl: the item is dropped with a reason
        logger.warning("cleaning %s failed", url or "document", exc_info=True)
        return _empty(CleanResult(), f"cleaning failed: {type(exc).__name__}: {exc}",
                      "clean_failed")


def _clean_document(
    data: bytes | str,
    *,
    url: str | None,
    content_type: str | None,
    selectors: dict[str, str] | None,
    fetched_at: str | datetime | None,
    rules: BoilerplateRules | None,
    source: str | None,
    max_bytes: int | None,
) -> CleanResult:
    result = CleanResult()
    limit = max_bytes if max_bytes is not None else max_bytes_setting()
    size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)
    if size == 0 or not data.strip():
        return _empty(result, "empty input", "empty")
    if size > limit:
        return _empty(result, f"input of {size} bytes is over the {limit}-byte limit",
                      "too_large")
    if isinstance(data, bytes):
        # a UTF-16/32 page is full of NUL bytes: its byte-order mark is checked first
        if bom_encoding(data) is None and _looks_binary(data):
            return _empty(result, "binary data", "binary")
        text, result.encoding = decode_html(data, content_type)
        result.counts["undecodable_bytes"] = text.count("\ufffd")
    else:
        text = data
    head = text[:8192]
    if len(_CONTROL.findall(head)) > len(head) * _BINARY_SHARE:
        return _empty(result, "binary data", "binary")
    try:
        rules = (rules or default_rules()).for_source(source)
    except ValueError as exc:  # a broken user rules file: say so, clean with nothing
        return _empty(result, str(exc), "clean_failed")
    if looks_like_html(text, content_type):
        return _clean_html(text, result, selectors=selectors, fetched_at=fetched_at, rules=rules,
                           url=url)
    return _clean_lines(text, result, fetched_at=fetched_at, rules=rules)


def _clean_lines(
    text: str, result: CleanResult, *, fetched_at: str | datetime | None, rules: BoilerplateRules
) -> CleanResult:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    result.original_text = "\n".join(lines)
    result.extracted_by = "text"
    _clean_paragraphs(lines, result, rules=rules, fetched_at=fetched_at,
                      first_line_may_be_title=True)
    if not result.paragraphs:
        return _empty(result, "no article text found", "not_article")
    return result


def _clean_html(
    text: str,
    result: CleanResult,
    *,
    selectors: dict[str, str] | None,
    fetched_at: str | datetime | None,
    rules: BoilerplateRules,
    url: str | None = None,
) -> CleanResult:
    root = parse_html(text)
    if root is None:
        return _empty(result, "no article text found", "not_article")
    try:
        found: Extracted = extract(root, selectors=selectors, fetched_at=fetched_at,
                                   url=url or saved_from_url(text))
    except (ValueError, RecursionError) as exc:  # pathological markup
        logger.warning("extraction failed: %s", exc)
        return _empty(result, "no article text found", "not_article")
    result.extracted_by = found.method
    result.original_text = "\n".join(found.paragraphs)
    result.title = _normalize_field(found.title)
    result.published_at = found.published_at
    if found.author_text:
        byline = read_byline(_normalize_field(found.author_text) or "")
        if byline:
            _merge_meta(result, byline)
    _clean_paragraphs(found.paragraphs, result, rules=rules, fetched_at=fetched_at,
                      first_line_may_be_title=False)
    if found.date_text and not result.published_at:
        result.published_at = parse_date(found.date_text, fetched_at=fetched_at)
    if found.source_text and not result.media:
        media = _normalize_field(found.source_text)
        if media and not re.search(r"\d{4}", media):
            result.media = media
    if not result.paragraphs:
        return _empty(result, "no article text found", "not_article")
    return result


def clean_text(text: str, **kwargs: Any) -> CleanResult:
    """Clean plain text (no markup is looked for); same keywords as :func:`clean_document`."""
    result = CleanResult()
    if not text or not text.strip():
        return _empty(result, "empty input", "empty")
    limit = kwargs.get("max_bytes") or max_bytes_setting()
    if len(text.encode("utf-8", "surrogatepass")) > limit:
        return _empty(result, f"input is over the {limit}-byte limit", "too_large")
    try:
        rules = (kwargs.get("rules") or default_rules()).for_source(kwargs.get("source"))
    except ValueError as exc:
        return _empty(result, str(exc), "clean_failed")
    try:
        return _clean_lines(text, result, fetched_at=kwargs.get("fetched_at"), rules=rules)
    except Exception as exc:  # as in clean_document: never raise
        logger.warning("cleaning text failed", exc_info=True)
        return _empty(CleanResult(), f"cleaning failed: {type(exc).__name__}: {exc}",
                      "clean_failed")
