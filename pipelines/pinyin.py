"""Removal of pinyin annotations that mirror sites insert after converted characters.

A mirror copy of the seed reads ``經(jīng)濟(jì)``: every character its converter changed is
followed by its reading in ASCII parentheses. An annotation is a parenthesised pinyin
syllable (tone marks, or a tone digit 1-5) right after a Han character. Everything else in
parentheses is a real parenthetical and stays; when its content is Chinese its ASCII
parentheses become full-width ``（）``, the correct punctuation in Chinese text, while Latin
ones such as ``(CCC)`` or ``(2024-2030年)`` are left as they are.
"""

from __future__ import annotations

import re

from pipelines.charnorm import HAN_CLASS

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_CHARS = f"a-zü{_TONED}"
# One syllable: letters with at least one tone mark, or letters followed by a tone digit.
SYLLABLE = (
    rf"(?:[a-zü]*[{_TONED}][{_PINYIN_CHARS}]*|[a-zü]{{1,6}}[1-5])"
)
_ANNOTATION = re.compile(rf"(?<=[{HAN_CLASS}])\(\s*{SYLLABLE}\s*\)")
_FULLWIDTH_ANNOTATION = re.compile(rf"(?<=[{HAN_CLASS}])（\s*{SYLLABLE}\s*）")
_PAREN = re.compile(r"\(([^()]{1,200})\)")
_HAN_RE = re.compile(f"[{HAN_CLASS}]")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")


def remove_annotations(text: str) -> tuple[str, int]:
    """Strip ``(jīng)``-style annotations after Han characters; returns (text, removed).

    >>> remove_annotations("經(jīng)濟(jì)認(rèn)證(中國強(qiáng)制性)")
    ('經濟認證(中國強制性)', 4)
    """
    if "(" not in text and "（" not in text:
        return text, 0
    n1 = n2 = 0
    if "(" in text:
        text, n1 = _ANNOTATION.subn("", text)
    if "（" in text:
        text, n2 = _FULLWIDTH_ANNOTATION.subn("", text)
    return text, n1 + n2


def fullwidth_parentheses(text: str) -> str:
    """ASCII parentheses around Chinese content become ``（）``; Latin content keeps ASCII.

    Content counts as Chinese when it has more Han characters than Latin letters and digits,
    so ``企(事)业`` becomes ``企（事）业`` while ``(2024-2030年)`` and ``(CCC)`` stay.

    >>> fullwidth_parentheses("CCC认证(中国强制性产品认证)管理(2024-2030年)")
    'CCC认证（中国强制性产品认证）管理(2024-2030年)'
    """
    if "(" not in text:
        return text

    def convert(match: re.Match[str]) -> str:
        inner = match.group(1)
        han = len(_HAN_RE.findall(inner))
        latin = len(_LATIN_OR_DIGIT.findall(inner))
        if han >= 1 and han > latin:
            return f"（{inner}）"
        return match.group(0)

    return _PAREN.sub(convert, text)
