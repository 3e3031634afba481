"""Duplicate detection: plain functions over clean text (no Scrapy, no SQL).

How a story is recognised, cheapest test first:

1. **Exact** — :func:`content_hash` of :func:`match_text` (simplified script, letters and
   digits only): copies differing only in script, width, punctuation or spacing.
2. **Candidates** — two kinds of index keys per text (:func:`fingerprint`), stored in SQLite
   by ``db.dedup_index``:

   * *LSH band keys*: a MinHash signature over character shingles cut into bands; two texts
     whose shingle sets resemble each other share a band with high probability.
   * *anchor keys*: winnowed hashes of longer character runs (content-defined sampling).
     A five-paragraph excerpt resembles the full story only weakly (Jaccard ≈ 0.3), so LSH
     misses it, but every sentence-long passage they share yields a common anchor.

3. **Verification** — each candidate's shingle set is compared exactly with the item's:
   resemblance (Jaccard) and containment in both directions. :func:`classify` turns those
   into ``duplicate`` / ``related`` / ``new`` with the thresholds of :class:`DedupSettings`.

Shingles are taken over :func:`dedup_text`, which also drops Latin letters from text that
is mostly Chinese: pinyin annotations (``經(jīng)濟(jì)``) that survived cleaning then cost
nothing, while the Chinese characters carry the story.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np

from config import settings as settings_table
from pipelines.attribution import attributed_differently, describe
from pipelines.textnorm import fold_width, to_simplified

logger = logging.getLogger(__name__)

# Version of the key derivation; stored with each indexed article so an index built by an
# older derivation is recognised and rebuilt (`presswatch reprocess`).
ALGO_VERSION = "v1"


def _default(field_name: str) -> Any:
    return settings_table.default(f"PRESSWATCH_DEDUP_{field_name}")


@dataclass(frozen=True)
class DedupSettings:
    """Tuning of duplicate detection; defaults come from the sweep in ``docs/dedup.md``.

    Every field is the setting ``PRESSWATCH_DEDUP_<FIELD>``, whose default is in the one
    settings table (``config/settings.py``): see :meth:`from_settings`.
    """

    # Shingle length in characters of dedup text. 5 keeps the shared vocabulary of one
    # regulator's press releases (市场监管总局, 高质量发展) from looking like shared passages.
    shingle_size: int = _default("SHINGLE_SIZE")
    # MinHash permutations and LSH bands (rows per band = num_perm / bands). 64/16 puts the
    # LSH threshold near Jaccard 0.5; lower resemblance is found through anchors.
    num_perm: int = _default("NUM_PERM")
    bands: int = _default("BANDS")
    # Anchors: winnowed hashes of `anchor_size`-character runs, window `anchor_window`:
    # any shared passage of 12 + 32 - 1 = 43 normalised characters (about one sentence)
    # yields a shared anchor; ~2/33 keys per character (~120 for a 2,000-character story).
    anchor_size: int = _default("ANCHOR_SIZE")
    anchor_window: int = _default("ANCHOR_WINDOW")
    # An anchor or band key shared by more articles than this is boilerplate: ignored.
    max_postings: int = _default("MAX_POSTINGS")
    # At most this many candidates are verified per item (highest key overlap first).
    max_candidates: int = _default("MAX_CANDIDATES")
    # Candidates must share this many keys. On the evaluation set every true match shares
    # >= 4 (a 74-character quote: 4-5 anchors); in a 100k synthetic store the chance
    # matches (one common 12-character run) share exactly 1 and were up to 86 per item.
    min_shared_keys: int = _default("MIN_SHARED_KEYS")
    # duplicate: resemblance >= duplicate_resemblance, or one text contained in the other
    # at >= duplicate_containment while the contained text has >= min_excerpt_chars.
    duplicate_resemblance: float = _default("DUPLICATE_RESEMBLANCE")
    duplicate_containment: float = _default("DUPLICATE_CONTAINMENT")
    min_excerpt_chars: int = _default("MIN_EXCERPT_CHARS")
    # related: the larger containment >= related_containment and at least
    # related_min_chars characters of shared text (in shingles).
    related_containment: float = _default("RELATED_CONTAINMENT")
    related_min_chars: int = _default("RELATED_MIN_CHARS")
    # A duplicate replaces the stored body when it adds on-topic paragraphs worth at least
    # this share of the stored text (see :func:`completes`).
    complete_gain: float = _default("COMPLETE_GAIN")
    # An added paragraph is on-topic when this share of its distinct characters occur in
    # the stored text (story paragraphs vs a 2-paragraph excerpt: >= 0.19 on the eval set).
    topic_overlap: float = _default("TOPIC_OVERLAP")
    # Attribution (pipelines.attribution): an item and an article that both have an
    # attribution marker (dateline, byline, asking reporter) in a passage of at least this
    # many normalised characters the other does not share are two outlets' reports: a
    # duplicate-level overlap of their quoted speech makes them `related`. Garbled spans are
    # <= 7 characters, the shortest own lead of the evaluation set ~20 (sweep: docs/dedup.md).
    attribution_min_run: int = _default("ATTRIBUTION_MIN_RUN")

    def __post_init__(self) -> None:
        if self.num_perm % self.bands:
            raise ValueError(
                "PRESSWATCH_DEDUP_NUM_PERM must be a multiple of PRESSWATCH_DEDUP_BANDS"
            )
        for name in ("shingle_size", "num_perm", "bands", "anchor_size", "anchor_window",
                     "max_postings", "max_candidates", "min_shared_keys",
                     "attribution_min_run"):
            if getattr(self, name) < 1:
                raise ValueError(f"PRESSWATCH_DEDUP_{name.upper()} must be at least 1")

    @classmethod
    def from_settings(
        cls, settings: Mapping[str, Any] | None = None, *, environ: Mapping[str, str] | None = None
    ) -> DedupSettings:
        """Read ``PRESSWATCH_DEDUP_*``: the environment, then ``settings`` (overrides), then
        the table's defaults (``config/settings.py``). Raises ValueError with the setting's
        name for a bad value.
        """
        values: dict[str, Any] = {}
        for f in fields(cls):
            name = f"PRESSWATCH_DEDUP_{f.name.upper()}"
            raw = settings_table.value(name, settings, environ)
            kind = int if isinstance(f.default, int) else float
            try:
                values[f.name] = kind(raw)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"{name} must be a number, got {raw!r}") from exc
        return cls(**values)


# --- normalisation ------------------------------------------------------------------------


def match_text(text: str) -> str:
    """Text reduced to what identifies a story: simplified script, letters and digits only.

    Punctuation, whitespace and symbols are dropped, Latin letters lower-cased, so copies that
    differ only in script, width or punctuation reduce to the same string.
    """
    if _WIDE.search(text):  # translate() costs ~0.4 ms per 3,000 characters: only if needed
        text = fold_width(text)
    return _NOT_WORD.sub("", to_simplified(text).lower())


def content_hash(text: str) -> str:
    """SHA-1 of :func:`match_text`: equal for exact copies after normalisation."""
    return hashlib.sha1(match_text(text).encode("utf-8")).hexdigest()


_LATIN = re.compile(r"[a-z\u00c0-\u024f\u1e00-\u1eff]+")
_WIDE = re.compile(r"[\uff10-\uff5a\u3000]")
_NOT_CJK = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")


def dedup_text(text: str) -> str:
    """:func:`match_text`, and without Latin letters when the text is mostly Chinese.

    Latin runs in Chinese news are pinyin annotations, stray mojibake or short acronyms;
    dropping them makes annotated and clean copies share every shingle.

    >>> dedup_text("質(zhì)量認(rèn)證, CCC")
    '质量认证'
    """
    return _drop_pinyin(match_text(text))


def _drop_pinyin(text: str) -> str:
    # Pinyin adds one Latin run per annotated character, English text (spaces already
    # removed) is one long run without Chinese: Chinese when CJK characters >= Latin runs.
    if not text or not _LATIN.search(text):
        return text
    cjk = len(text) - sum(map(len, _NOT_CJK.findall(text)))  # few runs in Chinese text
    if cjk and cjk >= len(_LATIN.findall(text)):
        text = _LATIN.sub("", text)
    return text


# --- hashing ------------------------------------------------------------------------------

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_BASE = np.uint64(0x100000001B3)
_S30, _S27, _S31 = np.uint64(30), np.uint64(27), np.uint64(31)


def _mix(x: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser on an array of uint64 (wrapping arithmetic)."""
    x = x ^ (x >> _S30)
    x = x * _M1
    x = x ^ (x >> _S27)
    x = x * _M2
    return x ^ (x >> _S31)


def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype="<u4").astype(np.uint64)


def _kgram_hashes(cps: np.ndarray, k: int) -> np.ndarray:
    """Mixed polynomial hash of every run of ``k`` code points (a short text: one run)."""
    n = len(cps)
    if n == 0:
        return np.empty(0, dtype=np.uint64)
    if n < k:
        k = n
    h = np.zeros(n - k + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * _BASE + cps[j : n - k + 1 + j]
        return _mix(h ^ np.uint64(k))


# Python's \w is exactly Unicode letters (L*), numbers (N*) and "_", so this keeps the
# characters match_text keeps (a regex is ~10x faster than a per-character category test).
_NOT_WORD = re.compile(r"[\W_]+")

_SEED_CACHE: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _perm_seeds(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    seeds = _SEED_CACHE.get(num_perm)
    if seeds is None:
        # Fixed seeds: signatures must be identical in every process and release.
        rng = np.random.default_rng(20250110)
        a = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64) | np.uint64(1)
        b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)
        seeds = (a, b)
        _SEED_CACHE[num_perm] = seeds
    return seeds


def shingle_positions(text: str, size: int) -> np.ndarray:
    """The hash of the shingle starting at every position of dedup text ``text``."""
    return _kgram_hashes(_codepoints(text), size)


def shingles(text: str, size: int) -> np.ndarray:
    """Sorted unique 64-bit hashes of the character shingles of dedup text ``text``."""
    return np.unique(_kgram_hashes(_codepoints(text), size))


def minhash(shingle_set: np.ndarray, num_perm: int) -> np.ndarray:
    """MinHash signature: for each of ``num_perm`` hash functions, the minimum over the set.

    The shingle hashes are already well mixed 64-bit values, so each hash function is a
    multiply-add ``a·x + b mod 2^64`` with a random odd ``a`` (multiply-shift hashing);
    vectorised with numpy this is ~20x faster than datasketch's ``MinHash.update_batch`` on
    the same shingles (see ``docs/dedup.md``).
    """
    if len(shingle_set) == 0:
        return np.full(num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
    a, b = _perm_seeds(num_perm)
    with np.errstate(over="ignore"):
        values = np.multiply.outer(a, shingle_set)  # ~10x faster than broadcasting `*`
        values += b[:, None]
        return values.min(axis=1)


_KEY_MASK = (1 << 62) - 1


def band_keys(signature: np.ndarray, bands: int) -> list[int]:
    """One key per LSH band (odd integers), band number folded in."""
    rows = signature.reshape(bands, -1)
    with np.errstate(over="ignore"):
        h = np.arange(1, bands + 1, dtype=np.uint64) * _M1
        for col in range(rows.shape[1]):
            h = _mix(h ^ rows[:, col])
    return [((int(v) & _KEY_MASK) << 1) | 1 for v in h]


def anchor_keys(text: str, size: int, window: int) -> list[int]:
    """Winnowed hashes of ``size``-character runs (even integers), sorted and unique.

    Winnowing (Schleimer et al., 2003) keeps the minimum hash of every ``window``
    consecutive runs, so two texts sharing any passage of ``size + window - 1`` characters
    share at least one anchor, at a density of about ``2 / (window + 1)`` keys per character.
    """
    h = _kgram_hashes(_codepoints(text), size)
    if len(h) > window:
        windows = np.lib.stride_tricks.sliding_window_view(h, window)
        h = h[np.unique(windows.argmin(axis=1) + np.arange(len(windows)))]
    return sorted({(int(v >> np.uint64(2)) & _KEY_MASK) << 1 for v in h})


# --- fingerprints and comparison ----------------------------------------------------------


@dataclass
class Fingerprint:
    """Everything dedup needs to know about one text."""

    text: str  # dedup text (see dedup_text)
    content_hash: str
    shingles: np.ndarray
    band_keys: list[int] = field(default_factory=list)
    anchor_keys: list[int] = field(default_factory=list)

    @property
    def keys(self) -> list[int]:
        return self.band_keys + self.anchor_keys

    @property
    def size(self) -> int:
        return len(self.text)


def fingerprint(
    text: str, settings: DedupSettings | None = None, *, keys: bool = True
) -> Fingerprint:
    """Fingerprint a clean body; ``keys=False`` skips the index keys (verification only)."""
    settings = settings or DedupSettings()
    matched = match_text(text)
    norm = _drop_pinyin(matched)
    sh = shingles(norm, settings.shingle_size)
    digest = hashlib.sha1(matched.encode("utf-8")).hexdigest()  # == content_hash(text)
    fp = Fingerprint(text=norm, content_hash=digest, shingles=sh)
    if keys and norm:
        fp.band_keys = band_keys(minhash(sh, settings.num_perm), settings.bands)
        fp.anchor_keys = anchor_keys(norm, settings.anchor_size, settings.anchor_window)
    return fp


def index_keys(text: str, settings: DedupSettings | None = None) -> tuple[list[int], int]:
    """The index keys of a stored body and its dedup-text length (for ``db.dedup_index``)."""
    fp = fingerprint(text, settings)
    return fp.keys, fp.size


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
