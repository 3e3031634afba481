"""Reprocess: re-derive the store from the kept raw pages after a cleaning or dedup rule changed.

``presswatch reprocess`` runs :func:`reprocess`. Each raw page is cleaned again with the
selectors it was crawled with; an article whose body came from that page gets the body the
current rules derive, a page that was dropped or never stored goes through the full
decision again (:func:`pipelines.ingest.store`), and references are re-derived from their
``original_text``. Running it twice changes nothing the second time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import sqlite_utils

from db.articles import article_id_for_url, articles_with_body_url, get_article, update_article
from db.connection import write_transaction
from db.dropped import record_dropped, was_dropped
from db.raw import count_raw, iter_raw
from pipelines.clean import CleanResult, clean_document
from pipelines.dedup_settings import DedupSettings
from pipelines.events import rebuild_events
from pipelines.fingerprint import Fingerprint, fingerprint
from pipelines.ingest import Relevance, store
from pipelines.record import article_fields, article_record
from pipelines.reference import REFERENCE_SOURCE, refresh_references
from pipelines.rejudge import redo_links, rehome_sighting
from pipelines.verdict import decide, default_settings, sync_index

logger = logging.getLogger(__name__)


def reprocess(
    db: sqlite_utils.Database,
    *,
    source: str | None = None,
    settings: DedupSettings | None = None,
    relevance_for: Callable[[str | None], Relevance | None] | None = None,
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
    settings = default_settings(settings)
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
                    relevance: Relevance | None) -> str:
    url = raw["url"]
    store_url = raw["final_url"] or url
    headers = {k.lower(): v for k, v in (raw["headers"] or {}).items()}
    try:
        result = clean_document(raw["body"], url=store_url,
                                content_type=headers.get("content-type"),
                                fetched_at=raw["fetched_at"], source=raw["source"],
                                selectors=(raw["meta"] or {}).get("selectors"))
    except Exception as exc:
        logger.warning("reprocess: cleaning %s failed: %s", store_url, exc)
        return "failed"
    body = result.body
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
                make_record=lambda q: article_record(
                    result, content_hash=q.content_hash, url=store_url,
                    source=raw["source"] or "unknown", fetched_at=raw["fetched_at"],
                    meta=raw["meta"] or None),
                decide=decide, store=store, settings=settings)
        drop = None if body.strip() else (result.code or "empty")
        if drop is None and relevance is not None:
            drop = relevance(result)
        if drop is not None:
            if was_dropped(db, store_url, drop):
                return "unchanged"
            record_dropped(db, store_url, drop, source=raw["source"],
                           detail="reprocess", run_id=None)
            return "dropped"
        query = fingerprint(body, settings)
        record = article_record(result, content_hash=query.content_hash, url=store_url,
                                source=raw["source"] or "unknown",
                                fetched_at=raw["fetched_at"], meta=raw["meta"] or None)
        outcome = store(db, record, query, extra_urls=[url] if url != store_url else [],
                        settings=settings)
    return outcome.verdict


def _refresh_body(db: sqlite_utils.Database, article_id: int, result: CleanResult,
                  query: Fingerprint, *, own_url: str) -> bool:
    """Give a stored article the body (and, for its own page, fields) of a fresh cleaning."""
    article = get_article(db, article_id)
    if article is None:
        return False
    changes: dict[str, Any] = {}
    if article["body"] != result.body:
        changes["body"] = result.body
    if article["content_hash"] != query.content_hash:
        changes["content_hash"] = query.content_hash
    if article["url"] == own_url:
        fresh = article_fields(result)
        del fresh["body"]
        changes.update({k: v for k, v in fresh.items() if v and article.get(k) != v})
    if changes:
        update_article(db, article_id, changes)
    return bool(changes)
