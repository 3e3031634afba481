"""The one path from a fetched document to the store: clean, judge, deduplicate, write.

Used by the Scrapy item pipeline, ``presswatch ingest``, ``presswatch reprocess`` and the
reference loader. Everything one item writes — its raw page, then either a new article
(with its ``original`` sighting), a sighting of the article it copies, or a ``dropped`` row —
is committed in ONE ``BEGIN IMMEDIATE`` transaction, and the duplicate lookup runs inside
that transaction: two processes ingesting copies of one story at once are serialised by
SQLite's write lock, so the second sees the first's article and records a sighting.

Cleaning and fingerprinting (the CPU work) happen before the transaction, so the write lock
is held only for the lookup (a few index range scans) and the inserts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import sqlite_utils

from db import dedup_index
from db.articles import (
    add_sighting,
    article_id_for_url,
    articles_with_body_url,
    get_article,
    insert_article,
    stored_article_at,
    update_article,
)
from db.connection import utcnow, write_transaction
from db.dropped import record_dropped
from db.raw import count_raw, iter_raw, save_raw
from pipelines.dedup import (
    ALGO_VERSION,
    Comparison,
    DedupSettings,
    Fingerprint,
    classify,
    compare,
    fingerprint,
    index_keys,
    is_more_complete,
    stored_names,
)
from pipelines.events import assign_event, rebuild_events
from pipelines.rejudge import redo_links, rehome_sighting

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


@dataclass
class IngestOutcome:
    verdict: str  # "new" | "related" | "duplicate" | "dropped"
    article_id: int | None  # the new article, or the matched one for duplicate/related
    similarity: float | None
    kind: str | None  # sighting kind for duplicates: "exact" | "near"
    reason: str | None  # for dropped: e.g. "empty", "irrelevant", "too_large"
    detail: str | None
    title: str | None

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
    stored = dedup_index.get_algo(db)

    def keys_for(body: str) -> tuple[list[int], int]:
        if known is not None and body == known[0]:
            return known[1].keys, known[1].size
        return index_keys(body, settings)

    if stored is not None and stored != algo:
        logger.warning("dedup index built with %s, settings now give %s: rebuilding", stored, algo)
        return dedup_index.rebuild(db, lambda body: index_keys(body, settings), algo)
    done = dedup_index.sync(db, keys_for)
    if stored is None:
        with write_transaction(db):
            dedup_index.set_algo(db, algo)
    return done


def _settings(settings: DedupSettings | None) -> DedupSettings:
    return settings if settings is not None else DedupSettings.from_settings()


# --- the verdict --------------------------------------------------------------------------


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
    result: Any,
    *,
    url: str | None = None,
    settings: DedupSettings | None = None,
) -> Verdict:
    """The verdict for a cleaned item (a ``CleanResult``) against the store, without writing.

    Articles written by other programs and not indexed yet are verified directly.

    >>> check(db, clean_document(html)).verdict  # doctest: +SKIP
    'duplicate'
    """
    settings = _settings(settings)
    query = fingerprint(result.body, settings)
    unindexed = dedup_index.queued_articles(db)
    return decide(db, query, result.body, settings, extra_ids=unindexed)


# --- ingest -------------------------------------------------------------------------------


def _clean(data: bytes | str, **kwargs: Any) -> Any:
    from pipelines.clean import clean_document  # written in parallel; imported when used

    return clean_document(data, **kwargs)


def _article_record(result: Any, fp: Fingerprint, *, url: str, source: str,
                    fetched_at: str | None, meta: dict | None) -> dict[str, Any]:
    info = {k: v for k, v in {
        "editors": list(getattr(result, "editors", None) or []),
        "extracted_by": getattr(result, "extracted_by", None),
        "encoding": getattr(result, "encoding", None),
    }.items() if v}
    if meta:
        info.update(meta)
    authors = getattr(result, "authors", None) or []
    return {
        "url": url,
        "source": source,
        "title": result.title,
        "published_at": result.published_at,
        "fetched_at": fetched_at,
        "media": result.media,
        "author": "、".join(authors) if authors else None,
        "content_hash": fp.content_hash,
        "body": result.body,
        "meta": info,
    }


def ingest(
    db: sqlite_utils.Database,
    *,
    data: bytes | str,
    url: str,
    source: str,
    final_url: str | None = None,
    content_type: str | None = None,
    selectors: dict | None = None,
    fetched_at: str | None = None,
    http_status: int | None = None,
    headers: dict | None = None,
    meta: dict | None = None,
    run_id: int | None = None,
    relevance: Callable[[Any], str | None] | None = None,
    keep_raw: bool = True,
    settings: DedupSettings | None = None,
) -> IngestOutcome:
    """Clean ``data``, judge it and store it as a new/related article, a sighting or a drop.

    ``final_url`` (after redirects) is the URL stored for the article or sighting; the
    requested ``url`` is recorded as a sighting too. ``relevance`` returns a drop reason
    (e.g. ``"irrelevant"``) or None. Returns what happened; expected faults become a
    ``dropped`` outcome, never an exception.

    >>> ingest(db, data=html, url="https://www.nbd.com.cn/a/1.html", source="nbd")  # doctest: +SKIP
    IngestOutcome(verdict='duplicate', article_id=1, similarity=0.97, kind='near', ...)
    """
    settings = _settings(settings)
    fetched_at = fetched_at or utcnow()
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    store_url = final_url or url
    result, drop, detail = None, None, None
    try:
        result = _clean(data, url=store_url, content_type=content_type, selectors=selectors,
                        fetched_at=fetched_at, source=source)
    except Exception as exc:  # a page the cleaner cannot read must not stop a crawl
        logger.warning("cleaning %s failed: %s", store_url, exc, exc_info=True)
        drop, detail = "clean_failed", f"{type(exc).__name__}: {exc}"
    if result is not None and not (result.body or "").strip():
        drop = result.code or "empty"
        detail = result.reason or "no article text after cleaning"
    if drop is None and relevance is not None:
        drop = relevance(result)
        detail = f"title: {result.title}" if drop else None
    query = fingerprint(result.body, settings) if drop is None else None

    with write_transaction(db):
        # an over-limit page is not kept: it would make the store as large as the attack
        if keep_raw and drop != "too_large":
            # The selectors go with the page so `reprocess` extracts it the same way.
            raw_meta = {**(meta or {}), **({"selectors": selectors} if selectors else {})}
            save_raw(db, url=url, body=raw, final_url=store_url, source=source,
                     fetched_at=fetched_at, http_status=http_status, headers=headers,
                     encoding=getattr(result, "encoding", None), meta=raw_meta)
        if drop is not None:
            record_dropped(db, store_url, drop, detail=detail, source=source, run_id=run_id)
            return IngestOutcome("dropped", None, None, None, drop, detail,
                                 getattr(result, "title", None))
        record = _article_record(result, query, url=store_url, source=source,
                                 fetched_at=fetched_at, meta=meta)
        if not keep_raw:
            record["original_text"] = getattr(result, "original_text", None)
        return store(db, record, query, extra_urls=[url] if url != store_url else [],
                     run_id=run_id, settings=settings)


def store(
    db: sqlite_utils.Database,
    record: dict[str, Any],
    query: Fingerprint,
    *,
    extra_urls: list[str] | None = None,
    run_id: int | None = None,
    settings: DedupSettings,
    status_if_new: str = "new",
) -> IngestOutcome:
    """Decide and write one fingerprinted article ``record`` (inside one transaction)."""
    url, source, seen_at = record["url"], record["source"], record.get("fetched_at")
    with write_transaction(db):
        sync_index(db, settings)
        own = stored_article_at(db, url)
        verdict = decide(db, query, record["body"], settings)
        if own is not None and verdict.article_id != own:
            # The same URL fetched again: it stays that article whatever its text now says.
            verdict = Verdict("duplicate", own, verdict.similarity, kind="near")
        if verdict.verdict == "duplicate":
            article_id = verdict.article_id
            for sighted in [url, *(extra_urls or [])]:
                add_sighting(db, article_id, url=sighted, source=source,
                             similarity=verdict.similarity or 0.0, kind=verdict.kind or "near",
                             seen_at=seen_at, run_id=run_id)
            if verdict.more_complete:
                _take_body(db, article_id, record, query)
            detail = "more complete copy: body replaced" if verdict.more_complete else None
        else:
            record["status"] = "related" if verdict.verdict == "related" else status_if_new
            record["related_to"] = verdict.article_id
            record["similarity"] = verdict.similarity
            article_id = insert_article(db, record, run_id=run_id)
            assign_event(db, {**record, "id": article_id})
            for sighted in extra_urls or []:
                add_sighting(db, article_id, url=sighted, source=source, similarity=1.0,
                             kind="original", seen_at=seen_at, run_id=run_id)
            detail = (f"shares text with article {verdict.article_id}"
                      if verdict.verdict == "related" else None)
        sync_index(db, settings, known=(record["body"], query))
    logger.info("%s: %s (article %s, similarity %s)", url, verdict.verdict, article_id,
                verdict.similarity)
    return IngestOutcome(verdict.verdict, article_id, verdict.similarity, verdict.kind, None,
                         detail, record.get("title"))


def _take_body(db: sqlite_utils.Database, article_id: int, record: dict[str, Any],
               query: Fingerprint) -> None:
    """The article keeps the more complete text of a copy, and says where it came from."""
    article = get_article(db, article_id)
    if article is None:
        return
    now = utcnow()
    meta = article["meta"]
    meta.setdefault("body_history", []).append(
        {"from_url": article["body_url"] or article["url"], "to_url": record["url"], "at": now,
         "old_chars": len(article["body"] or ""), "new_chars": len(record["body"])}
    )
    changes: dict[str, Any] = {
        "body": record["body"],
        "content_hash": query.content_hash,
        "body_url": record["url"],
        "body_updated_at": now,
        "meta": meta,
    }
    for key in ("title", "published_at", "media", "author"):
        if not article.get(key) and record.get(key):
            changes[key] = record[key]
    update_article(db, article_id, changes)
    logger.info("article %s: body replaced by the more complete copy at %s", article_id,
                record["url"])


# --- reprocess ----------------------------------------------------------------------------


def reprocess(
    db: sqlite_utils.Database,
    *,
    source: str | None = None,
    settings: DedupSettings | None = None,
    relevance_for: Callable[[str | None], Callable[[Any], str | None] | None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Re-run cleaning and dedup over the stored raw pages (and references); return counts.

    ``progress(done, total)`` is called after each raw page (and once before the first).

    * an article whose body came from a raw page gets the body the current rules derive
      (and, for its own page, title and metadata), re-indexed;
    * a page that was dropped, or never stored, goes through the full decision again
      (a page dropped again for the same reason adds no second row);
    * a page stored as a sighting is judged again: it moves to the article it now copies, or
      becomes its own new/related article (``rehomed``); reference articles are re-derived
      from ``original_text``;
    * every article's ``related_to`` link and every event are redone (``links_changed``,
      ``events_changed``: pipelines.rejudge, pipelines.events);
    * the index is rebuilt when the key derivation changed.

    Running it twice changes nothing the second time. Counts: ``updated``, ``unchanged``,
    ``new``, ``related``, ``duplicate``, ``dropped``, ``failed``, ``rehomed``,
    ``references_updated``, ``links_changed``, ``events_changed``.
    """
    from pipelines.reference import REFERENCE_SOURCE, refresh_references

    settings = _settings(settings)
    counts: dict[str, int] = {}
    with write_transaction(db):
        sync_index(db, settings)
    if source in (None, REFERENCE_SOURCE):
        counts["references_updated"] = refresh_references(db, settings=settings)
    total = count_raw(db, source=source) if progress is not None else 0
    if progress is not None:
        progress(0, total)
    for done, raw in enumerate(iter_raw(db, source=source), start=1):
        relevance = relevance_for(raw["source"]) if relevance_for else None
        outcome = _reprocess_page(db, raw, settings, relevance)
        counts[outcome] = counts.get(outcome, 0) + 1
        if progress is not None:
            progress(done, max(total, done))
    with write_transaction(db):
        sync_index(db, settings)
        links = redo_links(db, decide=decide, settings=settings)
        events = rebuild_events(db)
    if links:
        counts["links_changed"] = links
    changed = sum(events[k] for k in ("moved", "created", "deleted", "updated"))
    if changed:
        counts["events_changed"] = changed
    return counts


def _reprocess_page(db: sqlite_utils.Database, raw: dict[str, Any], settings: DedupSettings,
                    relevance: Callable[[Any], str | None] | None) -> str:
    url = raw["url"]
    store_url = raw["final_url"] or url
    headers = {k.lower(): v for k, v in (raw["headers"] or {}).items()}
    try:
        result = _clean(raw["body"], url=store_url, content_type=headers.get("content-type"),
                        fetched_at=raw["fetched_at"], source=raw["source"],
                        selectors=(raw["meta"] or {}).get("selectors"))
    except Exception as exc:
        logger.warning("reprocess: cleaning %s failed: %s", store_url, exc)
        return "failed"
    body = result.body or ""
    with write_transaction(db):
        owners = articles_with_body_url(db, store_url)
        if owners:
            if not body.strip():
                return "unchanged"  # never blank a stored article on a worse rule
            query = fingerprint(body, settings, keys=False)
            changed = False
            for article_id in owners:
                changed |= _refresh_body(db, article_id, result, query, own_url=store_url)
            sync_index(db, settings)
            return "updated" if changed else "unchanged"
        if article_id_for_url(db, store_url) is not None:
            # A sighting: judged again, it may belong elsewhere or be its own article.
            return rehome_sighting(
                db, store_url=store_url, requested_url=url, body=body,
                make_record=lambda q: _article_record(
                    result, q, url=store_url, source=raw["source"] or "unknown",
                    fetched_at=raw["fetched_at"], meta=raw["meta"] or None),
                decide=decide, store=store, settings=settings)
        drop = None if body.strip() else (result.code or "empty")
        if drop is None and relevance is not None:
            drop = relevance(result)
        if drop is not None:
            if dedup_index.was_dropped(db, store_url, drop):
                return "unchanged"
            record_dropped(db, store_url, drop, source=raw["source"],
                           detail="reprocess", run_id=None)
            return "dropped"
        query = fingerprint(body, settings)
        record = _article_record(result, query, url=store_url, source=raw["source"] or "unknown",
                                 fetched_at=raw["fetched_at"], meta=raw["meta"] or None)
        outcome = store(db, record, query, extra_urls=[url] if url != store_url else [],
                        settings=settings)
    return outcome.verdict


def _refresh_body(db: sqlite_utils.Database, article_id: int, result: Any, query: Fingerprint,
                  *, own_url: str) -> bool:
    article = get_article(db, article_id)
    if article is None:
        return False
    changes: dict[str, Any] = {}
    if article["body"] != result.body:
        changes["body"] = result.body
    if article["content_hash"] != query.content_hash:
        changes["content_hash"] = query.content_hash
    if article["url"] == own_url:
        authors = getattr(result, "authors", None) or []
        fresh = {"title": result.title, "published_at": result.published_at,
                 "media": result.media, "author": "、".join(authors) if authors else None}
        changes.update({k: v for k, v in fresh.items() if v and article.get(k) != v})
    if changes:
        update_article(db, article_id, changes)
    return bool(changes)
