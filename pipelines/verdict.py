"""The verdict: what the store says about a cleaned document, and the index it reads.

``decide`` compares a fingerprinted body with the stored articles (exact hash first, then
the candidates the dedup index proposes, verified exactly) and returns a :class:`Verdict`
without writing. ``check`` is the read-only entry point for ``presswatch check``;
``sync_index`` keeps the dedup index in step with ``articles`` (in the caller's
transaction). Ingest, reprocess and the reference loader all build on these.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from typing import Any

import sqlite_utils

from db import dedup_index
from db.connection import write_transaction
from pipelines.clean import CleanResult
from pipelines.dedup_settings import DedupSettings
from pipelines.duplicates import Comparison, classify, compare, is_more_complete, stored_names
from pipelines.fingerprint import ALGO_VERSION, Fingerprint, fingerprint, index_keys

logger = logging.getLogger(__name__)

MAX_CANDIDATE_BODY = 2_000_000  # characters; a stored body beyond this is not verified


@dataclass
class Verdict:
    """What the store says about a cleaned item (no writes made)."""

    verdict: str  # "duplicate" | "related" | "new"
    article_id: int | None  # the matched article (duplicate / related)
    similarity: float | None  # max of resemblance and both containments; 1.0 when exact
    kind: str | None = None  # duplicate sightings: "exact" | "near"
    resemblance: float | None = None
    contained: float | None = None  # share of the item found in the matched article
    contains: float | None = None  # share of the matched article found in the item
    matched_title: str | None = None
    matched_url: str | None = None
    more_complete: bool = False  # the item should replace the article's body
    candidates: int = 0
    # Why a duplicate-level overlap is another outlet's report (pipelines.attribution).
    attribution: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def algo_name(settings: DedupSettings) -> str:
    """The key derivation in force: an index built with another one must be rebuilt."""
    s = settings
    return (f"{ALGO_VERSION}:sh{s.shingle_size}:p{s.num_perm}:b{s.bands}:"
            f"a{s.anchor_size}w{s.anchor_window}")


def sync_index(
    db: sqlite_utils.Database,
    settings: DedupSettings,
    *,
    known: tuple[str, Fingerprint] | None = None,
) -> int:
    """Bring the dedup index up to date with ``articles`` (in the caller's transaction).

    ``known`` is a body and its fingerprint (the item just stored): its keys are reused
    instead of being derived a second time (~2 ms an article on the ingest path).
    """
    algo = algo_name(settings)
    stored, queued = dedup_index.state(db)  # one statement: the usual answer is "in step"

    def keys_for(body: str) -> tuple[list[int], int]:
        if known is not None and body == known[0]:
            return known[1].keys, known[1].size
        return index_keys(body, settings)

    if stored is not None and stored != algo:
        logger.warning("dedup index built with %s, settings now give %s: rebuilding", stored, algo)
        return dedup_index.rebuild(db, lambda body: index_keys(body, settings), algo)
    done = dedup_index.sync(db, keys_for) if queued else 0
    if stored is None:
        with write_transaction(db):
            dedup_index.set_algo(db, algo)
    return done


def default_settings(settings: DedupSettings | None) -> DedupSettings:
    """``settings``, or the configured ones when None."""
    return settings if settings is not None else DedupSettings.from_settings()


def decide(
    db: sqlite_utils.Database,
    query: Fingerprint,
    body: str,
    settings: DedupSettings,
    *,
    extra_ids: list[int] | None = None,
    older_than: int | None = None,
) -> Verdict:
    """Compare a fingerprinted body with the store; reads only.

    ``extra_ids`` are articles to verify besides the index candidates (ones not indexed
    yet, for a read-only check). ``older_than`` limits the comparison to articles with a
    smaller id (what the store held when that article was ingested: ``reprocess``).
    """
    if not query.text:
        return Verdict("new", None, None)
    exact = dedup_index.exact_matches(db, query.content_hash)
    if older_than is not None:
        exact = [row for row in exact if row["id"] < older_than]
    if exact:
        row = exact[0]
        return Verdict("duplicate", row["id"], 1.0, kind="exact", resemblance=1.0,
                       contained=1.0, contains=1.0, matched_title=row["title"],
                       matched_url=row["url"], candidates=len(exact))
    found = dedup_index.candidates(
        db, query.keys, max_postings=settings.max_postings, limit=settings.max_candidates,
        min_shared=min(settings.min_shared_keys, len(query.keys)),
    )
    ids = [article_id for article_id, _ in found]
    ids += [i for i in extra_ids or [] if i not in ids]
    if older_than is not None:
        ids = [i for i in ids if i < older_than]
    rows = {row["id"]: row for row in dedup_index.stored_texts(db, ids)}
    comparisons: list[tuple[Comparison, int]] = []
    stored: dict[int, Fingerprint] = {}
    for article_id, row in rows.items():
        text = row["body"] or ""
        if len(text) > MAX_CANDIDATE_BODY:
            continue
        fp = fingerprint(text, settings, keys=False)
        stored[article_id] = fp
        comparisons.append((compare(query, fp, article_id), fp.size))
    verdict, best = classify(query, comparisons, settings, stored=stored,
                             names=lambda article_id: stored_names(rows[article_id]))
    if best is None:
        return Verdict("new", None, None, candidates=len(rows))
    row = rows[best.article_id]
    more_complete = (
        verdict == "duplicate"
        and not best.exact
        and best.candidate_in_query >= settings.duplicate_containment
        and query.size > stored[best.article_id].size
        and is_more_complete(body, stored[best.article_id], settings)
    )
    return Verdict(
        verdict,
        best.article_id,
        round(best.score, 4),
        kind=("exact" if best.exact else "near") if verdict == "duplicate" else None,
        resemblance=round(best.resemblance, 4),
        contained=round(best.query_in_candidate, 4),
        contains=round(best.candidate_in_query, 4),
        matched_title=row["title"],
        matched_url=row["url"],
        more_complete=more_complete,
        candidates=len(rows),
        attribution=best.attribution,
    )


def check(
    db: sqlite_utils.Database,
    result: CleanResult,
    *,
    settings: DedupSettings | None = None,
) -> Verdict:
    """The verdict for a cleaned item (a ``CleanResult``) against the store, without writing.

    Articles written by other programs and not indexed yet are verified directly.

    >>> check(db, clean_document(html)).verdict  # doctest: +SKIP
    'duplicate'
    """
    settings = default_settings(settings)
    query = fingerprint(result.body, settings)
    unindexed = dedup_index.queued_articles(db)
    return decide(db, query, result.body, settings, extra_ids=unindexed)
