"""Character-level normalisation shared by cleaning, deduplication and search.

One definition of "the same characters" for the whole project:

* traditional script is converted to simplified with OpenCC's phrase-aware ``t2s`` profile;
* full-width Latin letters and digits (``ＣＣＣ``, ``２０２４``) become ASCII, and the
  ideographic space becomes a plain space, while Chinese full-width punctuation (``，：；？！``)
  is kept, because it is the correct punctuation of Chinese text.

Stored titles and bodies are in this form (the cleaner produces it), and search queries are
put in it before matching, so ``認證`` finds ``认证`` and ``ＣＣＣ`` finds ``CCC``.
"""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

from pipelines import t2skeys

# U+FF10-FF19 digits, U+FF21-FF3A upper-case and U+FF41-FF5A lower-case Latin letters sit at
# a fixed offset of 0xFEE0 from ASCII; U+3000 is the ideographic space.
_WIDTH_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}
_WIDTH_TABLE.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})
_WIDTH_TABLE.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})
_WIDTH_TABLE[0x3000] = 0x20
# Any character fold_width changes: most text has none, and a search costs far less than
# str.translate with a dict (~0.4 ms per 3,000 characters).
_WIDE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    # Loading the profile parses OpenCC's dictionaries (~20 ms): once per process.
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Convert traditional Chinese to simplified, phrase by phrase; other text is unchanged.

    Text holding none of the characters OpenCC needs to change anything (most simplified
    text) is returned as it is without the call: :mod:`pipelines.t2skeys` says why that
    is exact; the search costs ~0.7 µs a paragraph against ~5 µs for OpenCC.
    """
    if not text:
        return text
    converter = _t2s()
    may_change = t2skeys.may_change(converter.config)
    if may_change is not None and may_change.search(text) is None:
        return text
    return converter.convert(text)


def fold_width(text: str) -> str:
    """Full-width Latin letters and digits to ASCII and U+3000 to a space; punctuation kept.

    >>> fold_width("ＣＣＣ认证，２０２４年")
    'CCC认证，2024年'
    """
    return text.translate(_WIDTH_TABLE) if _WIDE.search(text) else text


def normalize_query(text: str) -> str:
    """Put a search query in the form of stored text: width-folded, simplified, lower-case.

    >>> normalize_query(" 認證ＣＣＣ ")
    '认证ccc'
    """
    return to_simplified(fold_width(text)).strip().lower()
