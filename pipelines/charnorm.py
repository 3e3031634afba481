"""Character-level repairs of extracted text: entities, invisible characters, punctuation.

These run on every paragraph before annotation removal and simplification. Width folding
itself is :func:`pipelines.textnorm.fold_width` (the project's one definition); this module
adds what a page needs before that: entities (also ones that lost their ``&``, a common
scraper bug: ``?ldquo;``), the characters that only take space (nbsp, ``\\u3000``,
zero-width joiners and BOMs), and half-width ``, : ; ? !`` written between Chinese characters.
"""

from __future__ import annotations

import html
import re

# Entity names that appear in Chinese news text. A name without its "&" is only restored from
# this list (and only when followed by ";"), so ordinary words such as "amp;" in code samples
# are the rare exception rather than a risk for prose.
_NAMED = (
    "ldquo|rdquo|lsquo|rsquo|quot|amp|lt|gt|nbsp|ensp|emsp|thinsp|mdash|ndash|hellip|middot"
    "|bull|times|divide|deg|plusmn|copy|reg|trade|permil|yen|rarr|larr|uarr|darr|laquo|raquo"
    "|sup2|sup3|frac12|frac14|sect|para|cent|pound|euro|zwj|zwnj|shy"
)
_LOST_AMP = re.compile(rf"(?<![&A-Za-z0-9])\??(?P<name>{_NAMED});")
_NUMERIC_LOST_AMP = re.compile(r"(?<![&A-Za-z0-9])\??#(?P<num>x[0-9a-fA-F]{2,6}|[0-9]{2,7});")
_AMP_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")

# Invisible or space-like characters: zero-width space/joiners, word joiner, BOM, soft hyphen.
# (A regex, not str.translate: translate with a dict costs ~70 µs on a 200-character paragraph.)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f]")
_SPACES = re.compile(r"[\s\u00a0\u3000\u2002\u2003\u2009\u202f\u205f]+")

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = r"，。、；：？！“”‘’（）《》〈〉【】…—·"
_HALF_TRIGGER = re.compile(r"[,:;?!]")
_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
# ", : ; ? !" after a Han character or Chinese closing mark, and before a Han character, a
# Chinese opening mark or the end of the paragraph.
_HALF_PUNCT = re.compile(
    rf"(?<=[{_HAN}”’）》】])\s*([,:;?!])\s*(?=[{_HAN}“‘（《【0-9A-Za-z]|$)"
    rf"|(?<=[0-9%])\s*([,;?!])\s*(?=[{_HAN}“‘（《【])"
)
# A space between two Chinese characters (or Chinese punctuation) is an artefact of markup.
# Kept after a news-agency dateline ("中新网北京1月17日电 国家统计局…"), where it is typography.
_SPACE_IN_HAN = re.compile(rf"(?<=[{_HAN}{_CJK_PUNCT}])(?<!日电) (?=[{_HAN}{_CJK_PUNCT}])")
# Full-width "．" and "％" in numbers ("４３．８５％" after width folding: "43．85％").
# Spaces next to Chinese punctuation are never meaningful ("增长5% ，规模").
_SPACE_AT_PUNCT = re.compile(r"\s+(?=[，。、；：？！”’）》】])|(?<=[，。、；：？！“‘（《【])\s+")
_NUMBER_DOT = re.compile(r"(?<=[0-9])．(?=[0-9])")
_PERCENT = re.compile(r"(?<=[0-9])％")


def fix_entities(text: str) -> tuple[str, int]:
    """Decode HTML entities, including ones that lost their ``&``; returns (text, count).

    >>> fix_entities("燃气?ldquo;减压阀&rdquo;")
    ('燃气“减压阀”', 2)
    """
    count = 0

    def restore(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return html.unescape(f"&{match.group('name')};")

    def restore_num(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return html.unescape(f"&#{match.group('num')};")

    if "&" in text:
        count += len(_AMP_ENTITY.findall(text))
        # Twice: "&amp;ldquo;" (double-escaped, frequent in feeds) becomes "“".
        text = html.unescape(html.unescape(text))
    if ";" in text:
        text = _LOST_AMP.sub(restore, text)
        text = _NUMERIC_LOST_AMP.sub(restore_num, text)
    return text, count


def remove_invisible(text: str) -> str:
    """Drop zero-width characters; nbsp, ``\\u3000`` and runs of whitespace become one space."""
    if text.isprintable() and " " not in text:
        return text  # no invisible or space characters at all (str.isprintable runs in C)
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text).strip()


def fix_punctuation(text: str, *, join_han_spaces: bool = True) -> str:
    """Half-width ``, : ; ? !`` between Chinese characters to full width; drop spaces there.

    >>> fix_punctuation("表示,质量认证 是什么?今后")
    '表示，质量认证是什么？今后'
    """
    # Each regex only runs when its trigger character is present: lookbehind scans over a
    # whole paragraph cost ~20 µs each, most paragraphs need none of them.
    if _HALF_TRIGGER.search(text):
        text = _HALF_PUNCT.sub(lambda m: _HALF_TO_FULL[m.group(1) or m.group(2)], text)
    if "．" in text:
        text = _NUMBER_DOT.sub(".", text)
    if "％" in text:
        text = _PERCENT.sub("%", text)
    if " " in text:
        text = _SPACE_AT_PUNCT.sub("", text)
        if join_han_spaces:
            text = _SPACE_IN_HAN.sub("", text)
    return text


_HAN_CHAR = re.compile(f"[{_HAN}]")

def han_count(text: str) -> int:
    """Number of Chinese (Han) characters in ``text``."""
    return len(_HAN_CHAR.findall(text))


HAN_CLASS = _HAN
