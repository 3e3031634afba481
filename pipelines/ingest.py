"""Ingest: a fetched document to the store — clean, judge, then write in one transaction.

Used by the Scrapy item pipeline (``crawler.pipelines``), ``presswatch ingest`` and
reprocessing. Everything one item writes — its raw page, then either a new article (with its
``original`` sighting), a sighting of the article it copies, or a ``dropped`` row — is
committed in ONE transaction (a savepoint when the caller holds a group transaction), and
the duplicate lookup runs inside it: two processes ingesting copies of one story at once
are serialised by SQLite's write lock, so the second sees the first's article and records
a sighting.

Cleaning and fingerprinting (the CPU work) happen before the transaction, so the write lock
is held only for the lookup (a few index range scans) and the inserts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import sqlite_utils

from db.articles import add_sighting, get_article, insert_article, stored_article_at, update_article
from db.connection import utcnow, write_transaction
from db.dropped import record_dropped
from db.raw import save_raw
from pipelines.clean import CleanResult, clean_document
from pipelines.dedup_settings import DedupSettings
from pipelines.events import assign_event
from pipelines.fingerprint import Fingerprint, fingerprint
from pipelines.record import article_record
from pipelines.verdict import Verdict, decide, default_settings, sync_index

logger = logging.getLogger(__name__)

#: A source's relevance rule: the drop reason for a cleaned document, or None to keep it.
Relevance = Callable[[CleanResult], str | None]


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


@dataclass
class Prepared:
    """What ingest derives from a fetched document before it touches the store: the clean
    result, a drop reason if it is not kept, and the fingerprint it is judged by. CPU work
    only, so it can be done in another process (``PRESSWATCH_INGEST_WORKERS``)."""

    fetched_at: str
    result: CleanResult | None
    drop: str | None
    detail: str | None
    query: Fingerprint | None


def prepare(
    *,
    data: bytes | str,
    url: str,
    source: str,
    final_url: str | None = None,
    content_type: str | None = None,
    selectors: dict | None = None,
    fetched_at: str | None = None,
    relevance: Relevance | None = None,
    settings: DedupSettings | None = None,
) -> Prepared:
    """Clean ``data``, apply the relevance rule and fingerprint the body; no store needed.

    Expected faults become a drop reason (``clean_failed``, ``empty``, ``irrelevant`` …),
    never an exception.
    """
    settings = default_settings(settings)
    fetched_at = fetched_at or utcnow()
    store_url = final_url or url
    result: CleanResult | None = None
    drop: str | None = None
    detail: str | None = None
    try:
        result = clean_document(data, url=store_url, content_type=content_type,
                                selectors=selectors, fetched_at=fetched_at, source=source)
    except Exception as exc:  # a page the cleaner cannot read must not stop a crawl
        logger.warning("cleaning %s failed: %s", store_url, exc, exc_info=True)
        drop, detail = "clean_failed", f"{type(exc).__name__}: {exc}"
    if result is not None and not result.body.strip():
        drop = result.code or "empty"
        detail = result.reason or "no article text after cleaning"
    if result is not None and drop is None and relevance is not None:
        drop = relevance(result)
        detail = f"title: {result.title}" if drop else None
    query = fingerprint(result.body, settings) if result is not None and drop is None else None
    return Prepared(fetched_at, result, drop, detail, query)


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
    relevance: Relevance | None = None,
    keep_raw: bool = True,
    settings: DedupSettings | None = None,
    prepared: Prepared | None = None,
) -> IngestOutcome:
    """Clean ``data``, judge it and store it as a new/related article, a sighting or a drop.

    ``final_url`` (after redirects) is the URL stored for the article or sighting; the
    requested ``url`` is recorded as a sighting too. ``relevance`` returns a drop reason
    (e.g. ``"irrelevant"``) or None. ``prepared`` is :func:`prepare`'s result for the same
    arguments when it was computed elsewhere (an ingest worker process). Returns what
    happened; expected faults become a ``dropped`` outcome, never an exception.

    >>> ingest(db, data=html, url="https://www.nbd.com.cn/a/1.html", source="nbd")  # doctest: +SKIP
    IngestOutcome(verdict='duplicate', article_id=1, similarity=0.97, kind='near', ...)
    """
    settings = default_settings(settings)
    if prepared is None:
        prepared = prepare(data=data, url=url, source=source, final_url=final_url,
                           content_type=content_type, selectors=selectors,
                           fetched_at=fetched_at, relevance=relevance, settings=settings)
    fetched_at, result, query = prepared.fetched_at, prepared.result, prepared.query
    drop, detail = prepared.drop, prepared.detail
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    store_url = final_url or url

    with write_transaction(db):
        # an over-limit page is not kept: it would make the store as large as the attack
        if keep_raw and drop != "too_large":
            # The selectors go with the page so `reprocess` extracts it the same way.
            raw_meta = {**(meta or {}), **({"selectors": selectors} if selectors else {})}
            save_raw(db, url=url, body=raw, final_url=store_url, source=source,
                     fetched_at=fetched_at, http_status=http_status, headers=headers,
                     encoding=result.encoding if result is not None else None,
                     meta=raw_meta)
        if drop is not None or result is None or query is None:
            reason = drop or "clean_failed"
            record_dropped(db, store_url, reason, detail=detail, source=source, run_id=run_id)
            return IngestOutcome("dropped", None, None, None, reason, detail,
                                 result.title if result is not None else None)
        record = article_record(result, content_hash=query.content_hash, url=store_url,
                                source=source, fetched_at=fetched_at, meta=meta)
        if not keep_raw:
            record["original_text"] = result.original_text
        # Inside this transaction already: no savepoint of store()'s own.
        return _store(db, record, query, extra_urls=[url] if url != store_url else [],
                      run_id=run_id, settings=settings)


def store(
    db: sqlite_utils.Database,
    record: dict[str, Any],
    query: Fingerprint,
    *,
    extra_urls: list[str] | None = None,
    run_id: int | None = None,
    settings: DedupSettings,
) -> IngestOutcome:
    """Decide and write one fingerprinted article ``record`` (inside one transaction)."""
    with write_transaction(db):
        return _store(db, record, query, extra_urls=extra_urls, run_id=run_id,
                      settings=settings)


def _store(
    db: sqlite_utils.Database,
    record: dict[str, Any],
    query: Fingerprint,
    *,
    extra_urls: list[str] | None,
    run_id: int | None,
    settings: DedupSettings,
) -> IngestOutcome:
    """:func:`store` in the caller's transaction."""
    url, source, seen_at = record["url"], record["source"], record.get("fetched_at")
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
        record["status"] = verdict.verdict  # "new" or "related"
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
