"""Whose report is it? Attribution and own framing of two texts that share quoted speech.

Press conferences are quoted word for word by every outlet, so text overlap alone cannot tell
a copy of a stored report from another outlet's report of the same answer. What differs is
the text *around* the shared quotes:

* a **copy** keeps the original's attribution (its byline, its media name, its reporter
  asking the question) or strips it, and adds at most spam, boilerplate or a headline;
* **another report** has attribution of its own, in text the stored article does not have:
  a dateline (``中新网1月10日电``, ``新华社北京1月10日电（记者…）``), a byline (``记者 …``,
  ``本报记者``), its media name, who asked the question (``有记者提问`` where the original
  has ``《每日经济新闻》记者在发布会现场提问``), its own framing sentences.

This module finds each text's *own runs* — passages of at least ``min_run`` normalised
characters that no shared shingle covers, so garbled spans (a few characters each) never
count — and the attribution markers inside them. Two texts are attributed differently when
the item has an own run with an attribution marker that does not name the article's author
or media, AND the article has own text that is attributed (a marker in it, or a known
author/media). One-sided cases stay copies: a copy that strips the byline has no own
attribution, a copy keeping the original's byline names the original; a more complete copy
of a stored excerpt has the byline the excerpt lacked, but the excerpt has no own text.

Everything works on :func:`pipelines.fingerprint.dedup_text` (simplified script, letters and digits
only), the form shingles are taken from. Plain functions, no Scrapy, no SQL.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

#: Per-position shingle hashes of a dedup text (``pipelines.fingerprint.shingle_positions``
#: with the shingle size in force): passed in by ``pipelines.duplicates``, which imports
#: this module.
Hasher = Callable[[str], np.ndarray]

# Attribution markers as they read in dedup text (punctuation and spaces removed):
# datelines (1月10日电, 中新网讯, 本报讯, 专电), reporters (记者, 通讯员: 本报记者, 有记者提问,
# 《X》记者), and reports attributed to a medium (据新华社报道). Not 本网/本站/来源 alone:
# content farms' boilerplate (本网转载…, 来源：…) says them about the copied story.
_MARKER = re.compile(
    r"\d{1,2}月\d{1,2}日(?:电|讯)|[社网报台]讯|专电|记者|通讯员"
    r"|据[\u3400-\u9fff]{2,10}?(?:报道|消息)"
)
# Characters of context kept on each side of a marker (to show, and to look for names in).
_CONTEXT = 8


@dataclass(frozen=True)
class OwnAttribution:
    """An attribution marker inside text the other side does not share."""

    marker: str  # the marker as matched, e.g. "1月10日电", "记者"
    context: str  # the marker with up to 8 characters either side, in dedup text
    run_chars: int  # length of the own run it sits in


def coverage(text: str, other: np.ndarray, hasher: Hasher) -> np.ndarray:
    """Boolean mask over ``text``: True where a shingle shared with ``other`` covers it.

    ``other`` is the other text's sorted unique shingle hashes (``Fingerprint.shingles``,
    sorted by ``np.unique``); ``hasher`` gives ``text``'s shingle hash at every position.
    """
    n = len(text)
    if n == 0:
        return np.zeros(0, dtype=bool)
    hashes = hasher(text)
    width = n - len(hashes) + 1  # the shingle size, or n for a text shorter than a shingle
    if len(other) == 0:
        return np.zeros(n, dtype=bool)
    # `other` is sorted (np.unique): a binary search per shingle is ~10x faster than np.isin,
    # which sorts both arrays again.
    at = np.minimum(np.searchsorted(other, hashes), len(other) - 1)
    starts = np.flatnonzero(other[at] == hashes)
    delta = np.bincount(starts, minlength=n + 1)[: n + 1]
    delta -= np.bincount(np.minimum(starts + width, n), minlength=n + 1)[: n + 1]
    return np.cumsum(delta)[:n] > 0


def _runs(covered: np.ndarray, min_run: int, gap: int) -> list[tuple[int, int]]:
    """Uncovered runs, merged across covered stretches of at most ``gap`` characters."""
    if len(covered) == 0:
        return []
    padded = np.concatenate(([True], covered, [True]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    runs: list[list[int]] = []
    for start, end in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
        if runs and start - runs[-1][1] <= gap:
            runs[-1][1] = end
        else:
            runs.append([start, end])
    return [(s, e) for s, e in runs if e - s >= min_run]


def own_runs(text: str, other: np.ndarray, hasher: Hasher, min_run: int,
             gap: int) -> list[tuple[int, int]]:
    """``(start, end)`` of every passage of ``text`` of ``min_run``+ characters not shared.

    A shared phrase of at most ``gap`` characters inside such a passage (shingle size + 3:
    two words of common vocabulary, ``中长期资金``) does not cut it in two; quoted sentences
    do.
    """
    return _runs(coverage(text, other, hasher), min_run, gap)


def _names_other(run: str, match: re.Match[str], names: list[str]) -> bool:
    """Whether the marker's context names one of ``names`` (or abbreviates one: 每经记者
    for 每日经济新闻 — the characters before 记者 appear in order in the name)."""
    lo, hi = max(0, match.start() - _CONTEXT), min(len(run), match.end() + _CONTEXT)
    context = run[lo:hi]
    if any(name in context for name in names):
        return True
    before = run[max(0, match.start() - 4) : match.start()]
    for length in range(2, len(before) + 1):
        short = before[-length:]
        for name in names:
            rest = iter(name[1:])
            if short[0] == name[0] and all(ch in rest for ch in short[1:]):
                return True
    return False


def own_attribution(
    text: str,
    other: np.ndarray,
    hasher: Hasher,
    min_run: int,
    gap: int,
    *,
    other_names: Iterable[str] = (),
) -> OwnAttribution | None:
    """The first attribution marker in an own run of ``text`` (see the module docstring).

    A marker whose context names one of ``other_names`` (the other side's author or media,
    in dedup text, or an abbreviation of the media) is the other side's attribution kept by
    a copy, so it does not count.
    """
    if not _MARKER.search(text):
        return None  # no attribution anywhere: nothing to place (no coverage computed)
    names = [n for n in other_names if n and len(n) >= 2]
    covered = coverage(text, other, hasher)
    for start, end in _runs(covered, min_run, gap):
        run = text[start:end]
        for match in _MARKER.finditer(run):
            if covered[start + match.start() : start + match.end()].all():
                continue  # the marker itself is in shared text: not this side's own
            if _names_other(run, match, names):
                continue
            lo, hi = max(0, match.start() - _CONTEXT), min(len(run), match.end() + _CONTEXT)
            return OwnAttribution(match.group(0), run[lo:hi], end - start)
    return None


def attributed_differently(
    query_text: str,
    query_shingles: np.ndarray,
    stored_text: str,
    stored_shingles: np.ndarray,
    *,
    hasher: Hasher,
    min_run: int,
    gap: int,
    stored_names: Iterable[str] = (),
) -> tuple[OwnAttribution, OwnAttribution] | None:
    """The item's own attribution and the stored article's own text when they are two
    reports, else None.

    Two reports: the item has attribution of its own (not naming the stored article's
    author or media, ``stored_names`` in dedup text), and the stored article has text of its
    own that is attributed — a marker in it, or a known author/media for the article (many
    cleaned bodies lost their byline to the ``author`` column). A stored text without own
    text (an excerpt of the item: the item is a more complete copy) is never another report.
    """
    names = [n for n in stored_names if n and len(n) >= 2]
    mine = own_attribution(query_text, stored_shingles, hasher, min_run, gap,
                           other_names=names)
    if mine is None:
        return None
    theirs = own_attribution(stored_text, query_shingles, hasher, min_run, gap)
    if theirs is None and names:
        runs = own_runs(stored_text, query_shingles, hasher, min_run, gap)
        if runs:
            start, end = max(runs, key=lambda r: r[1] - r[0])
            theirs = OwnAttribution("", stored_text[start : start + 2 * _CONTEXT], end - start)
    if theirs is None:
        return None
    return mine, theirs


def describe(found: tuple[OwnAttribution, OwnAttribution] | None) -> str | None:
    """One line for ``check --json`` and logs: what each side attributes the text to."""
    if found is None:
        return None
    mine, theirs = found
    return f"item: …{mine.context}… / article: …{theirs.context}…"
