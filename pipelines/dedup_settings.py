"""The tuning of duplicate detection: one frozen dataclass read from the settings table.

Its fields are used both where a text is fingerprinted (:mod:`pipelines.fingerprint`:
shingle size, MinHash permutations, LSH bands, anchors) and where two fingerprints are
judged (:mod:`pipelines.duplicates`: thresholds), so it sits below both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from config import settings as settings_table


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
