"""Duplicate rules: how an item's fingerprint compares with stored articles', and the
verdict (no SQL).

Each candidate found through the index keys (:mod:`pipelines.fingerprint`) is verified
exactly: :func:`compare` gives resemblance (Jaccard) and containment in both directions of
the two shingle sets; :func:`classify` turns those into ``duplicate`` / ``related`` /
``new`` with the thresholds of :class:`~pipelines.dedup_settings.DedupSettings`, counting
another outlet's report of the same quotes as related (:func:`own_attribution_conflict`).
:func:`is_more_complete` says when a duplicate should replace the stored body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from pipelines.attribution import attributed_differently, describe
from pipelines.dedup_settings import DedupSettings
from pipelines.fingerprint import Fingerprint, dedup_text, shingle_positions, shingles


@dataclass
class Comparison:
    """Exact comparison of an item (query) with one stored article (candidate)."""

    article_id: int
    resemblance: float  # |Q ∩ C| / |Q ∪ C|
    query_in_candidate: float  # |Q ∩ C| / |Q|: 1.0 when the item is an excerpt of the article
    candidate_in_query: float  # |Q ∩ C| / |C|: 1.0 when the item contains the whole article
    shared: int  # shingles in common (≈ characters of shared text)
    exact: bool = False
    # Set when a duplicate-level overlap was judged another outlet's report (see classify).
    attribution: str | None = None

    @property
    def score(self) -> float:
        return max(self.resemblance, self.query_in_candidate, self.candidate_in_query)


def compare(query: Fingerprint, candidate: Fingerprint, article_id: int) -> Comparison:
    """Resemblance and containment in both directions of two shingle sets."""
    exact = bool(query.text) and query.text == candidate.text
    q, c = query.shingles, candidate.shingles
    if len(q) == 0 or len(c) == 0:
        return Comparison(article_id, float(exact), float(exact), float(exact), 0, exact)
    shared = len(np.intersect1d(q, c, assume_unique=True))
    union = len(q) + len(c) - shared
    return Comparison(
        article_id,
        resemblance=shared / union,
        query_in_candidate=shared / len(q),
        candidate_in_query=shared / len(c),
        shared=shared,
        exact=exact,
    )


def is_duplicate(cmp: Comparison, query_size: int, candidate_size: int,
                 settings: DedupSettings) -> bool:
    """Near-copy test on one comparison (see :class:`DedupSettings`)."""
    if cmp.exact or cmp.resemblance >= settings.duplicate_resemblance:
        return True
    if cmp.query_in_candidate >= settings.duplicate_containment:
        return query_size >= settings.min_excerpt_chars or query_size >= candidate_size
    if cmp.candidate_in_query >= settings.duplicate_containment:
        return candidate_size >= settings.min_excerpt_chars or candidate_size >= query_size
    return False


def is_related(cmp: Comparison, settings: DedupSettings) -> bool:
    return (
        max(cmp.query_in_candidate, cmp.candidate_in_query) >= settings.related_containment
        and cmp.shared >= settings.related_min_chars
    )


def classify(
    query: Fingerprint,
    comparisons: list[tuple[Comparison, int]],
    settings: DedupSettings,
    *,
    stored: Mapping[int, Fingerprint] | None = None,
    names: Callable[[int], Iterable[str]] | None = None,
) -> tuple[str, Comparison | None]:
    """Verdict over verified candidates: ``(verdict, best comparison)``.

    ``comparisons`` pairs each comparison with the candidate's dedup-text length. With
    ``stored`` (candidate fingerprints by article id), a duplicate-level candidate whose
    attribution differs from the item's (:func:`own_attribution_conflict`) is another
    outlet's report: it counts as related, not duplicate. ``names(article_id)`` gives a
    candidate's author and media (a copy keeping them is still a copy); asked only for
    duplicate-level candidates.

    The best duplicate is the one with the highest score (ties: the oldest article); failing
    that, the related candidate sharing the most text.
    """
    dups = []
    for cmp, size in comparisons:
        if not is_duplicate(cmp, query.size, size, settings):
            continue
        if stored is not None and cmp.article_id in stored and not cmp.exact:
            cmp.attribution = own_attribution_conflict(
                query, stored[cmp.article_id], settings,
                names=names(cmp.article_id) if names else (),
            )
        if cmp.attribution is None:
            dups.append(cmp)
    if dups:
        return "duplicate", max(dups, key=lambda c: (c.exact, round(c.score, 4), -c.article_id))
    rel = [c for c, _ in comparisons if is_related(c, settings)]
    if rel:
        return "related", max(rel, key=lambda c: (c.shared, -c.article_id))
    return "new", None


_WORK_TITLE = re.compile(r"《([^《》]{2,16})》")


def stored_names(row: Mapping[str, Any]) -> list[str]:
    """Who a stored article is attributed to: its author(s), media, and the media named in
    《…》 in its body (``《每日经济新闻》记者``). Used to recognise a copy that kept them."""
    names = [part for part in re.split(r"[、,，;；/\s]+", row.get("author") or "") if part]
    if row.get("media"):
        names.append(row["media"])
    names += _WORK_TITLE.findall(row.get("body") or "")
    return list(dict.fromkeys(names))


def own_attribution_conflict(
    query: Fingerprint, stored: Fingerprint, settings: DedupSettings,
    *, names: Iterable[str] = (),
) -> str | None:
    """Why the item and the stored article are two reports, or None when it may be a copy.

    Both must carry attribution of their own outside the shared text
    (:func:`pipelines.attribution.attributed_differently`).
    """
    size = settings.shingle_size
    found = attributed_differently(
        query.text, query.shingles, stored.text, stored.shingles,
        hasher=lambda text: shingle_positions(text, size),
        min_run=settings.attribution_min_run, gap=size + 3,
        stored_names=[dedup_text(n) for n in names if n],
    )
    return describe(found)


# --- more complete copies -----------------------------------------------------------------


# Spam, ads, share bars and footers are short lines; the paragraphs a more complete copy
# adds are news paragraphs. On the evaluation texts every story paragraph has >= 60
# normalised characters and every spam/boilerplate line < 45.
MIN_ADDED_PARAGRAPH = 50


def completes(query_body: str, stored: Fingerprint, settings: DedupSettings) -> int:
    """Characters of story text that ``query_body`` adds to the stored story.

    A copy that contains the stored text is either a more complete version (the stored one
    was an excerpt) or the same story with spam injected. Paragraphs of the copy that are not
    in the stored text count as added only when they look like story paragraphs: at least
    :data:`MIN_ADDED_PARAGRAPH` characters long, and at least ``topic_overlap`` of their
    distinct characters also occur in the stored text (an unrelated block shares less).
    """
    vocabulary = set(stored.text)
    added = 0
    for para in re.split(r"\n\s*\n|\n", query_body):
        norm = dedup_text(para)
        if len(norm) < MIN_ADDED_PARAGRAPH:
            continue
        sh = shingles(norm, settings.shingle_size)
        inside = len(np.intersect1d(sh, stored.shingles, assume_unique=True)) / max(1, len(sh))
        if inside >= 0.5:
            continue
        chars = set(norm)
        if len(chars & vocabulary) / len(chars) >= settings.topic_overlap:
            added += len(norm)
    return added


def is_more_complete(query_body: str, stored: Fingerprint, settings: DedupSettings) -> bool:
    """True when the copy should replace the stored body (see :func:`completes`)."""
    gain = completes(query_body, stored, settings)
    return gain >= max(settings.min_excerpt_chars, settings.complete_gain * stored.size)
