"""Any copy of a news article (HTML or plain text, bytes in any encoding) to clean text.

The one entry point of cleaning, used by the item pipeline, ``presswatch clean`` and the
reference loader. Stages, in order, each in its own module:

1. size and binary checks, a browser's single-file archive unwrapped (:mod:`pipelines.mhtml`),
   bytes to text (:mod:`pipelines.decode`);
2. HTML to title/date/paragraphs (:mod:`pipelines.extract`), or plain-text lines;
3. the lines to clean paragraphs and fields (:mod:`pipelines.paragraphs`: mojibake, pinyin,
   OpenCC t2s, metadata lines, boilerplate, repeats, punctuation).

The result type is :class:`pipelines.cleanresult.CleanResult`.

Nothing here raises on bad input: an empty result carries ``reason``.
"""

from __future__ import annotations

import gc
import logging
import re
from datetime import datetime
from typing import Any

from config import settings as settings_table
from pipelines.boilerplate import BoilerplateRules, default_rules
from pipelines.cleanresult import CleanResult
from pipelines.dates import parse_date
from pipelines.decode import bom_encoding, decode_html
from pipelines.extract import Extracted, extract
from pipelines.htmlparse import looks_like_html, parse_html
from pipelines.metadata import read_byline
from pipelines.mhtml import unwrap_mhtml
from pipelines.pagefacts import saved_from_url
from pipelines.paragraphs import clean_paragraphs, normalize_field
from pipelines.textedges import story_under_info_line, trim_edges

logger = logging.getLogger(__name__)

# Share of control characters above which decoded "text" is taken for binary data.
_BINARY_SHARE = 0.05
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32)])
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def max_bytes_setting() -> int:
    """``PRESSWATCH_CLEAN_MAX_BYTES`` (the settings table: environment, else its default)."""
    raw = settings_table.value("PRESSWATCH_CLEAN_MAX_BYTES")
    if raw in ("", None):
        raw = settings_table.default("PRESSWATCH_CLEAN_MAX_BYTES")
    try:
        return int(raw)
    except (TypeError, ValueError):
        fallback = int(settings_table.default("PRESSWATCH_CLEAN_MAX_BYTES"))
        logger.warning("PRESSWATCH_CLEAN_MAX_BYTES=%r is not a number; using %d bytes",
                       raw, fallback)
        return fallback


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16/32 text (a page re-saved by Word): NULs are half its bytes
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) * _BINARY_SHARE


def _empty(result: CleanResult, reason: str, code: str) -> CleanResult:
    result.paragraphs = []
    result.reason = reason
    result.code = code
    return result


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
    paused = gc.isenabled()
    if paused:  # no cyclic garbage is made here: see _settle_collector
        gc.disable()
    try:
        return _clean_document(
            data, url=url, content_type=content_type, selectors=selectors, fetched_at=fetched_at,
            rules=rules, source=source, max_bytes=max_bytes,
        )
    except Exception as exc:  # a bug must not stop a crawl: the item is dropped with a reason
        logger.warning("cleaning %s failed", url or "document", exc_info=True)
        return _empty(CleanResult(), f"cleaning failed: {type(exc).__name__}: {exc}",
                      "clean_failed")
    finally:
        if paused:
            gc.enable()
            _settle_collector()


def _settle_collector() -> None:
    """Run, at the end of a cleaning, the young collection its allocations made due.

    A page's cleaning makes no reference cycles (its trees, lists and dicts are freed by
    their reference counts), so Python's cyclic collector has nothing of it to free. Left on
    during the call, it still starts every few hundred allocations and moves the page's live
    temporaries into older generations; those count toward the next collection of the whole
    process heap, which (tens of ms when other libraries share the process) then falls
    inside the cleaning of whichever page tips it. :func:`clean_document` keeps the
    collector off for the call; here, once the page is freed, runs the collection the next
    allocation would start (the young generation, or the young two, as the automatic rule
    picks them), so the counters are left as the call found them plus its own work. A full
    collection, which the automatic rule starts only when the old generation has grown by a
    quarter, is left to that rule."""
    threshold, count = gc.get_threshold(), gc.get_count()
    if threshold[0] and count[0] > threshold[0]:
        gc.collect(1 if count[1] > threshold[1] else 0)


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
    if isinstance(data, bytes) and (archive := unwrap_mhtml(data)) is not None:
        # A browser's single-file archive (.mht): the page it holds, with its part's charset
        # and the address it was saved from.
        data, part_type, location = archive
        content_type = part_type or content_type
        url = url or location
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
    clean_paragraphs(lines, result, rules=rules, fetched_at=fetched_at,
                      first_line_may_be_title=True)
    result.paragraphs, dropped = trim_edges(result.paragraphs)
    result.counts["boilerplate_removed"] += dropped
    if not result.paragraphs:
        return _empty(result, "no article text found", "not_article")
    return result


_YEAR_DIGITS = re.compile(r"\d{4}")  # a source field holding a year is a date line

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
                                   url=url or saved_from_url(text), markup=text)
    except (ValueError, RecursionError) as exc:  # pathological markup
        logger.warning("extraction failed: %s", exc)
        return _empty(result, "no article text found", "not_article")
    result.extracted_by = found.method
    result.original_text = "\n".join(found.paragraphs)
    result.title = normalize_field(found.title)
    result.published_at = found.published_at
    if found.author_text:
        byline = read_byline(normalize_field(found.author_text) or "")
        if byline:
            result.merge_meta(byline)
    lines = found.paragraphs
    if (story := story_under_info_line(lines)) is not None:
        # Another story under the text, headed by its own info line (dropped below as
        # furniture, so read here on the extracted lines).
        result.counts["boilerplate_removed"] += len(lines) - story
        lines = lines[:story]
    clean_paragraphs(lines, result, rules=rules, fetched_at=fetched_at,
                      first_line_may_be_title=False)
    result.paragraphs, dropped = trim_edges(result.paragraphs)
    result.counts["boilerplate_removed"] += dropped
    if found.date_text and not result.published_at:
        result.published_at = parse_date(found.date_text, fetched_at=fetched_at)
    if found.source_text and not result.media:
        media = normalize_field(found.source_text)
        if media and not _YEAR_DIGITS.search(media):
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
