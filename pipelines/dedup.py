"""Duplicate detection: plain functions over clean text (no Scrapy, no SQL)."""

from __future__ import annotations

import hashlib
import unicodedata

from pipelines.textnorm import fold_width, to_simplified


def match_text(text: str) -> str:
    """Text reduced to what identifies a story: simplified script, letters and digits only.

    Punctuation, whitespace and symbols are dropped, Latin letters lower-cased, so copies that
    differ only in script, width or punctuation reduce to the same string.
    """
    text = to_simplified(fold_width(text)).lower()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")


def content_hash(text: str) -> str:
    """SHA-1 of :func:`match_text`: equal for exact copies after normalisation."""
    return hashlib.sha1(match_text(text).encode("utf-8")).hexdigest()
