"""Redo what earlier verdicts decided, after the rules changed (``presswatch reprocess``).

Verdicts are written once, at ingest: a page judged a copy became a sighting of an article,
a related article got its ``related_to`` link, an article joined an event. When the rules
change (e.g. attribution-aware verdicts: another outlet's report of the same answer is no
longer a copy), those decisions are redone here:

* :func:`rehome_sighting` — a page stored as a sighting is judged again: still a copy of
  its article (nothing changes), a copy of another article (the sighting moves), or not a
  copy at all (it becomes its own new or related article, with its event);
* :func:`redo_links` — every article's ``status`` / ``related_to`` / ``similarity`` is
  judged again against the articles stored before it (what the store held when it was
  ingested); an article is never deleted, one the rules now call a copy of an older one
  is marked ``related`` to it;
* events are redone by :func:`pipelines.events.rebuild_events`.

All of it is deterministic in id order, so a second run changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import sqlite_utils

from db.articles import (
    articles_for_links,
    move_sightings,
    remove_sightings,
    sighting_owner,
    update_article,
)
from pipelines.dedup_settings import DedupSettings
from pipelines.fingerprint import Fingerprint, fingerprint

logger = logging.getLogger(__name__)


def rehome_sighting(
    db: sqlite_utils.Database,
    *,
    store_url: str,
    requested_url: str,
    body: str,
    make_record: Callable[[Fingerprint], dict[str, Any]],
    decide: Callable[..., Any],
    store: Callable[..., Any],
    settings: DedupSettings,
) -> str:
    """Judge a page stored as a sighting again (inside the caller's transaction).

    ``make_record`` builds the article record of the page (used when it becomes an article);
    ``decide`` and ``store`` are the verdict and write functions of the ingest path.
    Returns ``"unchanged"`` or ``"rehomed"``.
    """
    owner = sighting_owner(db, store_url)
    if owner is None or not body.strip():
        return "unchanged"
    query = fingerprint(body, settings)
    verdict = decide(db, query, body, settings)
    urls = list(dict.fromkeys([store_url, requested_url]))
    if verdict.verdict == "duplicate":
        if verdict.article_id == owner:
            return "unchanged"
        move_sightings(db, urls, verdict.article_id, similarity=verdict.similarity or 0.0,
                       kind=verdict.kind or "near")
        logger.info("reprocess: %s is a copy of article %s, not %s", store_url,
                    verdict.article_id, owner)
        return "rehomed"
    remove_sightings(db, urls)
    outcome = store(db, make_record(query), query,
                    extra_urls=[u for u in urls if u != store_url], settings=settings)
    logger.info("reprocess: %s was a sighting of article %s, now %s article %s", store_url,
                owner, outcome.verdict, outcome.article_id)
    return "rehomed"


def redo_links(db: sqlite_utils.Database, *, decide: Callable[..., Any],
               settings: DedupSettings) -> int:
    """Judge every non-reference article again against older ones; return how many changed."""
    changed = 0
    for article in articles_for_links(db):
        body = article["body"] or ""
        verdict = decide(db, fingerprint(body, settings), body, settings,
                         older_than=article["id"])
        if verdict.verdict in ("related", "duplicate") and verdict.article_id is not None:
            wanted = {"status": "related", "related_to": verdict.article_id,
                      "similarity": verdict.similarity}
        else:
            wanted = {"status": "new", "related_to": None, "similarity": None}
        changes = {k: v for k, v in wanted.items() if article[k] != v}
        if changes:
            update_article(db, article["id"], changes)
            changed += 1
    return changed
