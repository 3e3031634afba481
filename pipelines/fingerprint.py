"""Fingerprints for duplicate detection: plain functions over clean text (no SQL).

A text's fingerprint (:func:`fingerprint`) holds what the duplicate rules of
:mod:`pipelines.duplicates` and the index of ``db.dedup_index`` need:

1. **Exact** — :func:`content_hash` of :func:`match_text` (simplified script, letters and
   digits only): copies differing only in script, width, punctuation or spacing hash alike.
2. **Index keys** — two kinds, stored in SQLite by ``db.dedup_index`` to find candidates:

   * *LSH band keys*: a MinHash signature over character shingles cut into bands; two texts
     whose shingle sets resemble each other share a band with high probability.
   * *anchor keys*: winnowed hashes of longer character runs (content-defined sampling).
     A five-paragraph excerpt resembles the full story only weakly (Jaccard ≈ 0.3), so LSH
     misses it, but every sentence-long passage they share yields a common anchor.

3. **Shingles** — the set each candidate is verified against exactly.

Shingles are taken over :func:`dedup_text`, which also drops Latin letters from text that
is mostly Chinese: pinyin annotations (``經(jīng)濟(jì)``) that survived cleaning then cost
nothing, while the Chinese characters carry the story.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

import numpy as np

from pipelines.dedup_settings import DedupSettings
from pipelines.textnorm import fold_width, to_simplified

# Version of the key derivation; stored with each indexed article so an index built by an
# older derivation is recognised and rebuilt (`presswatch reprocess`).
ALGO_VERSION = "v1"


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


def _mix_inplace(x: np.ndarray) -> np.ndarray:
    """:func:`_mix` computed in ``x`` itself and one scratch array (no array per step)."""
    tmp = np.right_shift(x, _S30)
    x ^= tmp
    x *= _M1
    np.right_shift(x, _S27, out=tmp)
    x ^= tmp
    x *= _M2
    np.right_shift(x, _S31, out=tmp)
    x ^= tmp
    return x


def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype="<u4").astype(np.uint64)


def _kgram_hashes(cps: np.ndarray, k: int, prefix: np.ndarray | None = None) -> np.ndarray:
    """Mixed polynomial hash of every run of ``k`` code points (a short text: one run).

    The polynomial ``h(i) = Σ cps[i+j]·B^(k-1-j)`` (mod 2^64) of every run is read from the
    running sums ``S`` of :func:`_prefix_sums` as ``B^(i+k-1)·(S[i+k] − S[i])``: two array
    passes for any ``k`` (and ``S`` shared by both run lengths of a fingerprint) instead of
    two per character of the run. Exact: B is odd, so it has an inverse mod 2^64, and
    every step wraps mod 2^64 as the plain recurrence does. Texts longer than the power
    tables go the plain way.
    """
    n = len(cps)
    if n == 0:
        return np.empty(0, dtype=np.uint64)
    if n < k:
        k = n
    m = n - k + 1
    with np.errstate(over="ignore"):
        if n <= _POWERS_MAX:
            sums = prefix if prefix is not None else _prefix_sums(cps)
            h = sums[k:] - sums[:m]
            h *= _powers(n)[0][k - 1 : k - 1 + m]
        else:
            h = cps[:m].copy()  # step 0 of h = h * BASE + cps[j : m + j] from h = 0
            for j in range(1, k):
                h *= _BASE
                h += cps[j : m + j]
        h ^= np.uint64(k)
        return _mix_inplace(h)


# Powers of BASE and of its inverse for texts up to this many characters (the tables
# grow to fit, 2 × 8 bytes a character: 1 MB at most).
_POWERS_MAX = 1 << 16
_BASE_INV = np.uint64(pow(int(_BASE), -1, 1 << 64))
_POWERS: list[np.ndarray] = [np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64)]


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """(B^i, B^-i) mod 2^64 for i < at least ``n``."""
    if len(_POWERS[0]) < n:
        size = min(max(n, 2 * len(_POWERS[0]), 4096), _POWERS_MAX)
        for slot, factor in enumerate((_BASE, _BASE_INV)):
            table = np.full(size, factor, dtype=np.uint64)
            table[0] = 1
            with np.errstate(over="ignore"):
                _POWERS[slot] = np.multiply.accumulate(table, out=table)
    return _POWERS[0], _POWERS[1]


def _prefix_sums(cps: np.ndarray) -> np.ndarray:
    """``S[t] = Σ_{j<t} cps[j]·B^-j`` (mod 2^64), ``S[0] = 0``; for texts of at most
    ``_POWERS_MAX`` code points."""
    n = len(cps)
    sums = np.empty(n + 1, dtype=np.uint64)
    sums[0] = 0
    with np.errstate(over="ignore"):
        np.multiply(cps, _powers(n)[1][:n], out=sums[1:])
        np.add.accumulate(sums[1:], out=sums[1:])
    return sums


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
    return _sorted_unique(_kgram_hashes(_codepoints(text), size))


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` for a 1-d array: sort, keep each first of a run. numpy 2's
    ``unique`` hashes the values before sorting them, which on a few hundred keys cost
    more than the sort (a fifth of a fingerprint)."""
    values = np.sort(values)
    if len(values) > 1:
        keep = np.empty(len(values), dtype=bool)
        keep[0] = True
        np.not_equal(values[1:], values[:-1], out=keep[1:])
        values = values[keep]
    return values


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
            h ^= rows[:, col]  # _mix(h ^ row), in place
            _mix_inplace(h)
    return [((v & _KEY_MASK) << 1) | 1 for v in h.tolist()]


def anchor_keys(text: str, size: int, window: int) -> list[int]:
    """Winnowed hashes of ``size``-character runs (even integers), sorted and unique.

    Winnowing (Schleimer et al., 2003) keeps the minimum hash of every ``window``
    consecutive runs, so two texts sharing any passage of ``size + window - 1`` characters
    share at least one anchor, at a density of about ``2 / (window + 1)`` keys per character.
    """
    return _anchor_keys(_codepoints(text), size, window)


def _anchor_keys(cps: np.ndarray, size: int, window: int,
                 prefix: np.ndarray | None = None) -> list[int]:
    h = _kgram_hashes(cps, size, prefix)
    if len(h) > window:
        # every run of `window` hashes as a strided view of `h` (sliding_window_view's
        # checks cost more than the argmin over ~1,000 windows)
        windows = np.ndarray((len(h) - window + 1, window), dtype=h.dtype, buffer=h,
                             strides=(h.itemsize, h.itemsize))
        # The first minimum of each window: positions never decrease from one window to
        # the next (the minimum stays until it leaves or a smaller value enters), so their
        # distinct values are the positions where they change, already in order.
        at = windows.argmin(axis=1) + np.arange(len(windows))
        changed = np.empty(len(at), dtype=bool)
        changed[0] = True
        np.not_equal(at[1:], at[:-1], out=changed[1:])
        h = h[at[changed]]
    # (v >> 2) & mask, shifted left: even keys below 2**63, so no uint64 overflows.
    keys = ((h >> np.uint64(2)) & np.uint64(_KEY_MASK)) << np.uint64(1)
    return _sorted_unique(keys).tolist()


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
    cps = _codepoints(norm)  # shared by the shingles and the anchors
    prefix = _prefix_sums(cps) if 0 < len(cps) <= _POWERS_MAX else None
    sh = _sorted_unique(_kgram_hashes(cps, settings.shingle_size, prefix))
    digest = hashlib.sha1(matched.encode("utf-8")).hexdigest()  # == content_hash(text)
    fp = Fingerprint(text=norm, content_hash=digest, shingles=sh)
    if keys and norm:
        fp.band_keys = band_keys(minhash(sh, settings.num_perm), settings.bands)
        fp.anchor_keys = _anchor_keys(cps, settings.anchor_size, settings.anchor_window,
                                      prefix)
    return fp


def index_keys(text: str, settings: DedupSettings | None = None) -> tuple[list[int], int]:
    """The index keys of a stored body and its dedup-text length (for ``db.dedup_index``)."""
    fp = fingerprint(text, settings)
    return fp.keys, fp.size
