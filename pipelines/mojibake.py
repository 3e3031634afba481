"""Byte-level mojibake: detect, repair where the bytes allow it, remove what they do not.

Mirror sites that insert pinyin annotations into GBK text sometimes insert them *inside* a
double-byte character. Decoding the result misaligns every byte after it::

    燃 氣 燃 燒 器 具        c8bc 9a|e2 c8bc 9ffd c6f7 bedf
    annotation inserted:    c8bc 9a (xì) e2 c8bc 9ffd c6f7 bedf
    decoded:                燃  ?xì)  馊 紵 骶 ?          (9a+"(" is one invalid pair: "?")

The signature is a ``?`` (the lost lead byte together with the annotation's ``(``), a pinyin
syllable and ``)``, followed by a chain of characters made of misaligned bytes that ends at a
``?`` (a trail byte lost together with the next ASCII byte, often a digit or the ``&`` of an
entity) or at an ASCII letter (a trail byte in 0x40-0x7E re-aligns the stream).

Repair re-encodes the chain (GB18030), takes the annotation out and re-pairs the bytes. The
lost lead byte (and a lost trail byte) cannot be read back; they are chosen among the
characters those positions allow, by a word list (jieba's dictionary, simplified words with
frequencies) against the neighbouring characters, preferring characters the converter
changed (only converted characters carry annotations) and, when pypinyin is installed,
characters that have the annotated reading. Private-use characters that the misaligned decode
produced and the mirror dropped are modelled as an optional hidden byte pair inside the chain.
A position no candidate explains is removed; a span with nothing left is removed whole.
Stray U+FFFD and ``锟斤拷``-style sequences are removed.
"""

from __future__ import annotations

import importlib.util
import logging
import math
import os
import re
from array import array
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import opencc

from pipelines import loadcache
from pipelines.textnorm import _t2s, to_simplified

logger = logging.getLogger(__name__)

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ"
_SIGNATURE = re.compile(rf"\?(?P<py>[a-zü{_TONED}]{{1,7}}[1-5]?)\)")
_ENTITY_AFTER = re.compile(r"(?:ldquo|rdquo|lsquo|rsquo|quot|amp|lt|gt|nbsp|mdash|hellip|middot);")
_GARBAGE = re.compile(r"\ufffd+|(?:锟斤拷)+|(?:烫烫烫)+|(?:屯屯屯)+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Bytes the misaligned decode turned into private-use characters (GB18030 user-defined areas),
# which mirrors drop: the optional hidden pair inside a chain.
_PUA_LEADS = [*range(0xAA, 0xB0), *range(0xF8, 0xFF)]
_MAX_CHAIN = 60
# Bonus for a candidate that has the annotated reading (pypinyin); measured on synthetic
# damage of the test corpus (benchmarks/clean.py --mojibake).
READING_WEIGHT = 4.0
# A guessed character is kept only when it forms a word with a neighbour scoring above this
# (log of word frequency plus document evidence); below, it is left out.
SUPPORT_MIN = 0.0
LOST_READING_FACTOR = 2.0  # measured like READING_WEIGHT: fewer wrong guesses, same exact share


@dataclass
class MojibakeStats:
    repaired: int = 0
    removed: int = 0


def _decode_pair(lead: int, trail: int) -> str | None:
    try:
        char = bytes((lead, trail)).decode("gb18030")
    except UnicodeDecodeError:
        return None
    if len(char) != 1 or "\ue000" <= char <= "\uf8ff":
        return None
    return char


def jieba_dict_path() -> str | None:
    """Where jieba's ``dict.txt`` is, found without importing jieba.

    Only the word list is used; ``import jieba`` itself cost ~90 ms per process (it sets up
    its tokenizer and logging), so the package is located through its import spec.
    """
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(next(iter(spec.submodule_search_locations)), "dict.txt")
    return path if os.path.isfile(path) else None


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, int]:
    """Simplified words of one or two characters with their frequencies (jieba's
    dictionary), empty if unavailable; longer words are in :func:`_long_words`.

    Repair looks up single characters and pairs, so only this third of the 342k entries is
    loaded on a first damaged page. Kept in the cache directory (:mod:`pipelines.loadcache`,
    keyed by ``dict.txt``'s and jieba's files): read back in ~20–40 ms against ~235 ms to
    read the whole list.
    """
    path = jieba_dict_path()
    if path is None:
        logger.warning("jieba is not installed: mojibake spans will be removed, not repaired")
        return {}
    return _unpacked(loadcache.load("jieba-words-1-2", _with_package(path),
                                    lambda: _packed(_build_lexicon(path, 1, 2))))


@lru_cache(maxsize=1)
def _long_words() -> dict[str, int]:
    """jieba's words of three or four characters (loaded only if one is ever asked for)."""
    path = jieba_dict_path()
    if path is None:
        return {}
    return _unpacked(loadcache.load("jieba-words-3-4", _with_package(path),
                                    lambda: _packed(_build_lexicon(path, 3, 4))))


def _word_frequency(word: str) -> int:
    """jieba's frequency of ``word`` (at most four characters), 0 when it is not a word."""
    if len(word) <= 2:
        return _lexicon().get(word, 0)
    return _long_words().get(word, 0) if len(word) <= 4 else 0


def _with_package(path: str) -> list[str]:
    """A data file and its package's ``__init__.py`` (standing for the package's version):
    the sources a cached table built from that file is keyed by."""
    package = os.path.join(os.path.dirname(path), "__init__.py")
    return [path, package] if os.path.isfile(package) else [path]


def _packed(words: dict[str, int]) -> tuple[str, bytes]:
    """The words joined by newlines (a word never holds one) and their frequencies as
    64-bit integers: read back ~15 % faster than the dict itself (one split, no per-entry
    decoding)."""
    return "\n".join(words), array("q", words.values()).tobytes()


def _unpacked(packed: tuple[str, bytes]) -> dict[str, int]:
    """The dict of :func:`_packed`'s pair, in the same order."""
    text, counts = packed
    if not text:
        return {}
    freqs = array("q")
    freqs.frombytes(counts)
    return dict(zip(text.split("\n"), freqs.tolist(), strict=True))


def _build_lexicon(path: str, shortest: int = 1, longest: int = 4) -> dict[str, int]:
    """jieba's ``dict.txt``: the words of ``shortest`` to ``longest`` characters."""
    words: dict[str, int] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, freq, _ = line.split(" ", 2)
            if shortest <= len(word) <= longest:
                words[word] = int(freq)
    return words


def _pinyin_table_path() -> str | None:
    """Where pypinyin's table of readings (``pinyin_dict.py``) is, without importing it."""
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(next(iter(spec.submodule_search_locations)), "pinyin_dict.py")
    return path if os.path.isfile(path) else None


@lru_cache(maxsize=1)
def _readings() -> dict[int, str] | None:
    """pypinyin's table of readings by code point, or None when pypinyin is missing.

    Kept in the cache directory like :func:`_lexicon` (keyed by the table's file).
    """
    path = _pinyin_table_path()
    if path is None:
        return None
    return loadcache.load("pypinyin-readings", _with_package(path),
                          lambda: _build_readings(path))


def _build_readings(path: str) -> dict[int, str] | None:
    """The table's module run by itself: ``import pypinyin`` would also load its phrase
    dictionary and segmenter (~1 s more per process) that nothing here uses.
    """
    table = importlib.util.spec_from_file_location("pypinyin.pinyin_dict", path)
    if table is None or table.loader is None:
        return None
    module = importlib.util.module_from_spec(table)
    try:
        table.loader.exec_module(module)
    except (OSError, SyntaxError):
        return None
    return module.pinyin_dict


@lru_cache(maxsize=4096)
def _simple(char: str) -> str:
    return to_simplified(char)


def _is_common(char: str) -> bool:
    """True when the character (simplified) is in GB2312, the common set of Chinese text."""
    simple = _simple(char)
    try:
        simple.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1)
def _traditional_chars() -> list[str]:
    """Characters of GBK that OpenCC simplifies (the ones that get annotations), common ones.

    Kept in the cache directory, keyed by OpenCC's package and ``t2s`` profile files (and,
    as every cached table, the Python version, whose codecs decode the pairs).
    """
    sources = [opencc.__file__ or "", _t2s().config]
    return loadcache.load("gbk-traditional", [p for p in sources if os.path.isfile(p)],
                          _build_traditional_chars)


def _build_traditional_chars() -> list[str]:
    """Every GBK pair's character that is Han, changed by OpenCC and common (GB2312)."""
    out = []
    for lead in range(0x81, 0xFF):
        for trail in (*range(0x40, 0x7F), *range(0x80, 0xFF)):
            char = _decode_pair(lead, trail)
            if char and _HAN.match(char) and _simple(char) != char and _is_common(char):
                out.append(char)
    return out


def _reading_matches(char: str, syllable: str) -> bool:
    readings = _readings()
    if not readings or not syllable:
        return False
    return syllable in readings.get(ord(char), "").split(",")


_DIGITS = re.compile(r"[0-9]+")


class DocContext:
    """Characters and character pairs of the whole document (simplified, digits as ``0``).

    A cache language model: the words of the document being repaired are the best evidence
    of what a damaged span said (``等`` before a number, ``器`` of ``充电器``), next to the
    general word list.
    """

    def __init__(self, text: str = "") -> None:
        simple = _DIGITS.sub("0", to_simplified(text)) if text else ""
        self.chars = Counter(simple)
        self.pairs = Counter(simple[i : i + 2] for i in range(len(simple) - 1))

    def char_bonus(self, char: str) -> float:
        return 1.0 * math.log1p(self.chars.get(char, 0))

    def pair_bonus(self, pair: str) -> float:
        return 3.0 * math.log1p(self.pairs.get(pair, 0))


_NO_CONTEXT = DocContext()


@lru_cache(maxsize=16)
def context_for(text: str) -> DocContext:
    """The :class:`DocContext` of a document (cached: one document is cleaned per call)."""
    return DocContext(text)


def _pair_score(left: str, right: str, context: DocContext) -> float:
    """Evidence that two adjacent (simplified) characters belong together."""
    freq = _word_frequency(left + right)
    return (math.log1p(freq) if freq else 0.0) + context.pair_bonus(left + right)


def _unigram(char: str, context: DocContext) -> float:
    return math.log1p(_word_frequency(char)) * 0.05 + context.char_bonus(char)


@dataclass
class _Slot:
    candidates: list[str]
    uncertain: bool  # chosen by the word list, not read from bytes
    annotated: bool = False  # the character that carried the annotation (a converted one)
    syllable: str = ""
    lost_whole: bool = False  # both bytes lost: only the reading tells the character


def _converted(chars: list[str]) -> list[str]:
    return [c for c in chars if _simple(c) != c]


def _slots(
    chain: bytes, lost_trail: bool, syllable: str, tail_syllable: str | None
) -> list[list[_Slot]]:
    """Ways to re-pair the chain's bytes (without / with one hidden private-use pair).

    The first slot is the annotated character whose lead byte was lost; with
    ``lost_trail`` the last slot's trail byte was lost; ``tail_syllable`` is the reading of
    an annotation that follows the chain (so the last character was a converted one).
    """
    layouts: list[list[_Slot]] = []

    def build(seq: bytes, gap_at: int | None) -> list[_Slot] | None:
        slots: list[_Slot] = []
        if not seq:
            if lost_trail:
                slots.append(_Slot(_traditional_chars(), True, True, syllable, lost_whole=True))
            return slots
        trail = seq[0]
        cands = _converted([c for lead in range(0x81, 0xFF)
                            if (c := _decode_pair(lead, trail)) and _HAN.match(c)
                            and _is_common(c)])
        slots.append(_Slot(cands, True, True, syllable))
        i = 1
        while i < len(seq):
            if i == gap_at:
                if i + 1 >= len(seq):
                    return None
                lead, trail = seq[i], seq[i + 1]
                a = [c for t in _PUA_LEADS if (c := _decode_pair(lead, t)) and _is_common(c)]
                b = [c for ld in range(0xA1, 0xFF)
                     if (c := _decode_pair(ld, trail)) and _is_common(c)]
                slots += [_Slot(a, True), _Slot(b, True)]
                i += 2
                continue
            if i + 1 < len(seq):
                char = _decode_pair(seq[i], seq[i + 1])
                if char is None:
                    return None
                slots.append(_Slot([char], False))
                i += 2
            else:
                if not lost_trail:
                    return None
                lead = seq[i]
                cands = [c for t in range(0x40, 0xFF)
                         if (c := _decode_pair(lead, t)) and _is_common(c)]
                if tail_syllable is not None:
                    cands = _converted(cands)
                slots.append(_Slot(cands, True, tail_syllable is not None, tail_syllable or ""))
                i += 1
        return slots

    plain = build(chain, None)
    if plain is not None:
        layouts.append(plain)
    # Hidden pair hypotheses only where a read character is rare (a sign of wrong pairing).
    for gap in range(1, len(chain) - 1, 2):
        char = _decode_pair(chain[gap], chain[gap + 1])
        if char is not None and _is_common(char) and plain is not None:
            continue
        layout = build(chain, gap)
        if layout is not None:
            layouts.append(layout)
    return layouts


def _best_path(
    slots: list[_Slot], left: str, rights: list[str], context: DocContext
) -> tuple[float, list[str], list[bool]]:
    """Viterbi over the slots; returns (score, chars, supported flags)."""
    left_s = _simple(left) if left else ""
    states: dict[str, tuple[float, list[str]]] = {left_s: (0.0, [])}
    for slot in slots:
        new: dict[str, tuple[float, list[str]]] = {}
        for cand in slot.candidates:
            simple = _simple(cand)
            base = _unigram(simple, context) if slot.uncertain else 0.5
            if slot.annotated and _reading_matches(cand, slot.syllable):
                # A character lost whole (no byte left) is known only by its reading.
                base += READING_WEIGHT * (LOST_READING_FACTOR if slot.lost_whole else 1.0)
            if not _is_common(cand):
                base -= 3.0
            best = None
            for prev, (score, path) in states.items():
                value = score + base + (_pair_score(prev, simple, context) if prev else 0.0)
                if best is None or value > best[0]:
                    best = (value, [*path, cand])
            if best is not None and best[0] > new.get(simple, (-1e9, []))[0]:
                new[simple] = best
        states = new
        if not states:
            return -1e9, [], []

    def end_bonus(char: str) -> float:
        return max((_pair_score(char, _simple(r), context) for r in rights if r), default=0.0)

    score, path = max(
        ((s + end_bonus(c), p) for c, (s, p) in states.items()), key=lambda x: x[0]
    )
    # A chosen (uncertain) character is supported when it forms a word with a neighbour in
    # the word list or in the document.
    simple = [left_s, *(_simple(c) for c in path)]
    supported = []
    for k, slot in enumerate(slots):
        if not slot.uncertain:
            supported.append(_is_common(path[k]))
            continue
        s = simple[k + 1]
        nexts = [simple[k + 2]] if k + 2 < len(simple) else [_simple(r) for r in rights if r]
        ok = bool(
            (simple[k] and _pair_score(simple[k], s, context) > SUPPORT_MIN)
            or any(_pair_score(s, n, context) > SUPPORT_MIN for n in nexts)
        )
        supported.append(ok)
    return score, path, supported


def _chain_end(text: str, start: int) -> tuple[int, bytes, bool]:
    """Scan the misaligned chain after ``)``: (end index, its bytes, ended by a lost byte)."""
    data = bytearray()
    i = start
    while i < len(text) and i - start < _MAX_CHAIN:
        char = text[i]
        if char == "?":
            return i + 1, bytes(data), True
        if "\x40" <= char <= "\x7e":
            data.append(ord(char))  # an ASCII trail byte: the stream is aligned again after it
            return i + 1, bytes(data), False
        try:
            encoded = char.encode("gb18030")
        except UnicodeEncodeError:
            break
        if len(encoded) != 2:
            break
        data.extend(encoded)
        i += 1
    return i, bytes(data), False


def repair_mojibake(
    text: str, stats: MojibakeStats | None = None, context: DocContext | None = None
) -> str:
    """Repair or remove misaligned-GBK spans (see the module docstring); counts in ``stats``.

    ``context`` is the whole document (:class:`DocContext`), the strongest evidence for
    the characters the bytes cannot tell.

    >>> repair_mojibake("攔截?zé)o證")
    '攔截無證'
    """
    stats = stats if stats is not None else MojibakeStats()
    if "?" in text and ")" in text:
        text = _repair_spans(text, stats, context or _NO_CONTEXT)
    if "\ufffd" in text or "锟斤拷" in text or "烫烫烫" in text or "屯屯屯" in text:
        text, n = _GARBAGE.subn("", text)
        stats.removed += n
    return text


_TAIL_ANNOTATION = re.compile(rf"(?P<py>[a-zü{_TONED}]{{1,7}}[1-5]?)\)")


# Memo of span repairs; each entry keeps its document's context alive, so the size is
# bounded for a long-running crawl (256 documents' contexts: a few MB).
@lru_cache(maxsize=256)
def _repair_one(
    left: str, chain: bytes, lost_trail: bool, syllable: str, tail: str | None,
    rights: tuple[str, ...], context: DocContext,
) -> tuple[str, bool] | None:
    """(repaired text, complete) for one span, or None when nothing can be read back."""
    if not _lexicon():
        return None
    best: tuple[float, list[str], list[bool]] | None = None
    for slots in _slots(chain, lost_trail, syllable, tail):
        if not slots:
            continue
        result = _best_path(slots, left, list(rights), context)
        if best is None or result[0] > best[0]:
            best = result
    if not best or not best[1] or not any(best[2]):
        return None
    kept = "".join(c for c, ok in zip(best[1], best[2], strict=True) if ok)
    return kept, all(best[2])


def _repair_spans(text: str, stats: MojibakeStats, context: DocContext) -> str:
    out: list[str] = []
    pos = 0
    for match in _SIGNATURE.finditer(text):
        if match.start() < pos:
            continue
        left = text[match.start() - 1] if match.start() > 0 else ""
        if not left or left.isspace() or left in "?)":
            continue
        if left.isdigit():
            left = "0"  # the document context counts digits as "0" ("70万", "5.4万")
        end, chain, lost_trail = _chain_end(text, match.end())
        tail = None
        if lost_trail:
            # "…裙?jié)日": the "?" took the last trail byte and the "(" of the next, intact
            # annotation, whose rest is still there.
            tail_match = _TAIL_ANNOTATION.match(text, end)
            if tail_match:
                tail = _strip_tone_digit(tail_match["py"])
                end = tail_match.end()
        right = text[end] if end < len(text) else ""
        # A "?" that ended the chain may also have swallowed one ASCII byte (a digit: "等3类").
        rights = (right, "0") if lost_trail and tail is None else (right,)
        repaired = _repair_one(
            left, chain, lost_trail, _strip_tone_digit(match["py"]), tail, rights, context
        )
        out.append(text[pos : match.start()])
        if repaired:
            out.append(repaired[0])
            stats.repaired += 1
            if not repaired[1]:
                stats.removed += 1
        else:
            stats.removed += 1
        if lost_trail and tail is None and _ENTITY_AFTER.match(text, end):
            out.append("&")  # the "?" also swallowed the "&" of the entity that follows
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _strip_tone_digit(syllable: str) -> str:
    return syllable.rstrip("12345")
