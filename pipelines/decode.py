"""Bytes of a fetched page or file to text, choosing the encoding carefully.

Chinese sites often declare the wrong charset: pages that say ``gb2312`` are UTF-8 and pages
that say ``utf-8`` are GBK. A declaration is therefore only a candidate; it is used when the
bytes actually decode with it (nearly) cleanly. Every GBK-family label (``gb2312``, ``gbk``,
``x-gbk``, ``cp936``) is decoded as GB18030, its superset, so characters outside GB2312
(``燚``, ``堃``, traditional characters in GBK) survive. Decoding never raises: undecodable
bytes become U+FFFD and are counted.
"""

from __future__ import annotations

import codecs
import logging
import re

from pipelines.textnorm import to_simplified

logger = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_GB_FAMILY = {"gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "gb_2312-80", "csgb2312",
              "euc-cn", "x-euc-cn", "gb18030", "chinese", "csgbk", "iso-ir-58"}
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)""", re.I
)
# A declaration is trusted when at most this share of the bytes fails to decode with it:
# a few broken bytes are common in real pages (truncated last character, one bad ad snippet).
_MAX_BAD_SHARE = 0.002
# A page with broken UTF-8 sequences is still UTF-8 when at least this share of its
# multi-byte sequences is valid and there are enough of them to judge (see _looks_utf8).
_MIN_UTF8_SHARE = 0.6
_MIN_UTF8_SEQUENCES = 10
# Only the head of a page carries <meta charset>; 4 KB is what browsers prescan (1024) plus
# margin for long <head> blocks of comments and scripts on portal pages.
_PRESCAN = 4096
# The codecs chosen here, looked up once at import: a codec's first lookup imports its
# module (a search of the import path, 0.3–6 ms), else paid inside the first page of each.
for _codec in ("gb18030", "gb2312", "big5hkscs"):
    codecs.lookup(_codec)


def normalize_encoding(label: str | None) -> str | None:
    """A charset label as a Python codec name, GBK family mapped to GB18030; None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _GB_FAMILY:
        return "gb18030"
    if label in {"big5", "big5-hkscs", "x-big5", "cn-big5"}:
        return "big5hkscs"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in {"gbk", "gb2312", "gb18030", "cp936"}:
        return "gb18030"
    return name


def _charset_from_header(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def _charset_from_meta(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_PRESCAN])
    return match.group(1).decode("ascii", "replace") if match else None


def _decoded(data: bytes, encoding: str) -> tuple[str | None, int]:
    """The text of a clean decode of ``data`` (None when it is not clean) and the number of
    U+FFFD decoding it produces (0 for a clean decode; every byte for an unknown codec)."""
    try:
        return data.decode(encoding), 0
    except UnicodeDecodeError:
        return None, data.decode(encoding, errors="replace").count("\ufffd")
    except LookupError:
        return None, len(data)


def _bad_bytes(data: bytes, encoding: str) -> int:
    """Number of U+FFFD produced by decoding ``data`` (0 for a clean decode)."""
    return _decoded(data, encoding)[1]


def _few_bad(bad: int, data: bytes) -> bool:
    """True when ``bad`` replacement characters are few enough for ``data`` to be read in
    the encoding that gave them (a stray or cut sequence, not the wrong code page)."""
    return bad <= len(data) * _MAX_BAD_SHARE


def _acceptable(data: bytes, encoding: str) -> bool:
    return _few_bad(_bad_bytes(data, encoding), data)


def utf8_share(data: bytes) -> tuple[int, int]:
    """``(valid, invalid)``: multi-byte UTF-8 sequences that decode, and broken ones.

    Each maximal invalid subsequence counts once (Python's ``replace`` handler follows the
    Unicode "maximal subpart" practice), so a page's few damaged characters weigh what they
    are: a few, against thousands of good ones.
    """
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return non_ascii - invalid, invalid


def _looks_utf8(data: bytes) -> bool:
    """True when the bytes read as UTF-8 with multi-byte text: entirely valid, or with
    broken sequences a small minority of the multi-byte ones.

    GBK/GB18030 text decoded as UTF-8 is mostly broken: in the cleaning corpus at most
    26% of a page's sequences happen to be valid UTF-8, and at most 39% of any excerpt of
    20-200 characters with 10 valid ones (5,000 random excerpts per length), while a UTF-8
    page keeps 97% with 0.3% of its bytes damaged, 92% with 1% and 68% with 5%. Hence 60%.
    Deciding by "any invalid byte" (over 0.2%) turned such pages into GB18030 garbage.
    """
    if data.isascii():
        return False
    valid, invalid = utf8_share(data)
    if invalid == 0:
        return valid > 0
    return valid >= _MIN_UTF8_SEQUENCES and valid >= _MIN_UTF8_SHARE * (valid + invalid)


def _mostly_hanzi(text: str, four_byte_apart: bool = False) -> bool:
    """True when most non-ASCII characters are common Chinese characters or punctuation.

    With ``four_byte_apart`` (``text`` decoded as GB18030) the characters GB18030 writes in
    four bytes are left out of the weighing: a page's table of labels in other scripts
    (Thai, Hangul … of an emoji picker) is written so, and another code page misread as
    GB18030 never gives them (a four-byte sequence needs an ASCII digit as its second byte),
    so they are no sign against the page being GB18030.
    """
    wide = _ASCII_RUN.sub("", text)
    if not wide:
        return False
    # Every GB2312 character outside ASCII is two bytes: what encodes, halved, is the count
    # (one C call; a Python loop over 60,000 characters cost 50 ms a page).
    common = len(wide.encode("gb2312", errors="ignore")) // 2
    weighed = len(wide)
    if four_byte_apart:
        # Every non-ASCII character is two or four bytes in GB18030: what the encoding adds
        # over two bytes a character, halved, counts the four-byte ones. Replaced bytes
        # (U+FFFD, four bytes too) still weigh against.
        four_byte = (len(wide.encode("gb18030")) - 2 * len(wide)) // 2
        weighed = len(wide) - four_byte + wide.count("\ufffd")
    return common >= 0.8 * weighed


_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


def _detect(data: bytes) -> str:
    """Encoding by content: UTF-8 when valid, GB18030 or Big5 when they read as Chinese,
    else charset-normalizer (short GBK text is easily taken for Korean by detectors, and
    this project reads Chinese pages)."""
    if _looks_utf8(data):
        return "utf-8"
    sample = data[:65536]
    for candidate in ("gb18030", "big5hkscs"):
        if _few_bad(_bad_bytes(sample, candidate), sample):
            text = sample.decode(candidate, errors="replace")
            if candidate == "gb18030" and _mostly_hanzi(text, four_byte_apart=True):
                return candidate
            if candidate == "big5hkscs" and _mostly_hanzi(to_simplified(text)):
                return candidate
    # Traditional characters written in GB18030 (a Hong Kong or Taiwan page saved as GBK)
    # are outside GB2312: read simplified, they are common. Asked only after Big5 failed to
    # read as Chinese, so a Big5 page is never taken for GB18030 here.
    if _few_bad(_bad_bytes(sample, "gb18030"), sample) \
            and _mostly_hanzi(to_simplified(sample.decode("gb18030", errors="replace")),
                              four_byte_apart=True):
        return "gb18030"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        guess = normalize_encoding(best.encoding) if best is not None else None
    except Exception:  # detection is a heuristic; never let it break decoding
        logger.debug("charset detection failed", exc_info=True)
        guess = None
    for candidate in (guess, "gb18030", "big5hkscs"):
        if candidate and _acceptable(data, candidate):
            return candidate
    return guess or "gb18030"


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` announces, or None.

    >>> bom_encoding("新闻".encode("utf-16"))
    'utf-16-le'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def choose_encoding(data: bytes, content_type: str | None = None) -> str:
    """The encoding to decode ``data`` with: BOM, header, meta (each verified), detection."""
    return _chosen(data, content_type)[0]


def _chosen(data: bytes, content_type: str | None) -> tuple[str, str | None]:
    """:func:`choose_encoding`, and the page's text when a declared encoding was verified by
    a clean decode (the same text a decode with ``errors="replace"`` gives: nothing there
    to replace), so :func:`decode_html` does not decode the page twice."""
    bom = bom_encoding(data)
    if bom is not None:
        return bom, None
    declared = [
        normalize_encoding(_charset_from_header(content_type)),
        normalize_encoding(_charset_from_meta(data)),
    ]
    for encoding in declared:
        if not encoding:
            continue
        if encoding in {"ascii", "iso8859-1", "cp1252"} and not data.isascii():
            # Latin-1 "decodes" any bytes: never a sign the declaration is right for CJK text.
            continue
        if encoding == "gb18030" and _looks_utf8(data):
            # GB18030 also decodes most UTF-8 byte strings (into nonsense); UTF-8 validity of
            # multi-byte text is a much stronger signal than the label.
            logger.debug("page declares %s but is UTF-8", encoding)
            return "utf-8", None
        text, bad = _decoded(data, encoding)
        if _few_bad(bad, data):
            return encoding, text
        logger.debug("declared charset %s does not decode the page", encoding)
    return _detect(data), None


# Windows-1252's characters for the bytes 0x80–0x9F, mapped back to the Latin-1 code points
# of those bytes: a page decoded as Windows-1252 (a browser's Latin-1) encodes back too.
_CP1252_BACK = {ord(bytes([b]).decode("cp1252")): b
                for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_HEAD_SCAN = 20_000  # characters: a Chinese page prints a Chinese character well before
_LATIN1_MIN = 40  # misread characters at least: a page's worth, not a name with an accent
_LATIN1_SHARE = 0.9


def _read_as_latin1(text: str) -> bytes | None:
    """The bytes ``text`` was read from when it is a page decoded as Latin-1 (or
    Windows-1252) and saved again: no Chinese character in its head, and nine in ten of its
    non-ASCII characters Latin-1 ones (``ÖÐ¹ú`` for GBK's ``中国``, ``ä¸­å›½`` for UTF-8's);
    else None. A Western page's accents are too few to pass, and its bytes would not read
    as Chinese anyway (the caller checks)."""
    if _HAN_CHAR.search(text, 0, _HEAD_SCAN):
        return None
    wide = _ASCII_RUN.sub("", text).translate(_CP1252_BACK)
    if len(wide) < _LATIN1_MIN:
        return None
    latin = len(wide.encode("latin-1", errors="ignore"))
    if latin < _LATIN1_SHARE * len(wide):
        return None
    return text.translate(_CP1252_BACK).encode("latin-1", errors="replace")


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page bytes; returns ``(text, encoding_used)`` and never raises.

    Order: byte-order mark, the HTTP ``Content-Type`` charset, ``<meta charset>`` or
    ``http-equiv``, each used only if the bytes decode with it; then content detection
    (UTF-8 validity, charset-normalizer). GBK/GB2312 labels decode as GB18030.

    >>> decode_html("新闻".encode("gbk"), "text/html; charset=gb2312")
    ('新闻', 'gb18030')
    """
    if isinstance(data, str):  # already text: nothing to decode
        return data, "unicode"
    if not data:
        return "", "utf-8"
    encoding, text = _chosen(data, content_type)
    if text is None:
        text = data.decode(encoding, errors="replace")
    if encoding == "utf-8" and (bytes_back := _read_as_latin1(text)) is not None:
        # A page once decoded as Latin-1 and saved again as UTF-8 (a fetching library's
        # default for a response naming no charset): its bytes are the first decoding's
        # characters; encoded back, they are the page's own bytes, decoded here as any.
        again, used = decode_html(bytes_back)
        if _mostly_hanzi(again):
            logger.debug("page re-encoded through Latin-1; read again as %s", used)
            return again, used
    if encoding in {"utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"}:
        text = text.lstrip("\ufeff")
    bad = text.count("\ufffd")
    if bad:
        logger.debug("decoded with %s, %d undecodable bytes replaced", encoding, bad)
    return text, encoding


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a plain-text file (no markup to declare a charset): same rules, no meta."""
    return decode_html(data, None)
