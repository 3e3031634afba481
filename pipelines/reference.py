"""Reference articles: the stories the user already has (the bundled seed by default).

A reference goes through the same cleaner as crawled pages (``pipelines.clean``): its body is
the clean simplified text, ``original_text`` the file as given. It is fingerprinted and
indexed like any article (the dedup index follows the ``articles`` table through triggers),
so every copy of it found later is a sighting. Loading is idempotent, and loading the same
URL again after the cleaning rules changed re-derives the stored body
(``presswatch init`` does this for the seed; ``presswatch reprocess`` for every reference,
from ``original_text``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import sqlite_utils

from db.articles import (
    article_id_for_url,
    articles_with_hash,
    delete_article,
    get_article,
    insert_article,
    reference_articles,
    update_article,
)
from db.connection import utcnow, write_transaction
from pipelines.clean import CleanResult, clean_document
from pipelines.dedup_settings import DedupSettings
from pipelines.events import assign_event
from pipelines.fingerprint import fingerprint
from pipelines.record import article_fields
from pipelines.verdict import check as check_verdict
from pipelines.verdict import sync_index

logger = logging.getLogger(__name__)

SEED_URL = "reference:seed_article.txt"
REFERENCE_SOURCE = "reference"


@dataclass
class ReferenceLoad:
    article_id: int
    created: bool
    updated: bool = False
    # A new reference whose text the store already holds in another article (an excerpt,
    # another copy): that article's id, title and the similarity, for a warning.
    duplicates: int | None = None
    duplicates_title: str | None = None
    similarity: float | None = None


def bundled_seed() -> bytes:
    """The seed article shipped with presswatch (a damaged mirror copy, kept as given)."""
    return resources.files("crawler.reference").joinpath("seed_article.txt").read_bytes()


def decode_text(data: bytes) -> str:
    """Decode a reference file: UTF-8 (with or without BOM), else GB18030."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError("the file is neither UTF-8 nor GB18030 text")


def _clean_reference(data: bytes | str, url: str, name: str) -> tuple[CleanResult, str]:
    """``(CleanResult, original text)``; ValueError when nothing usable is left."""
    text = data if isinstance(data, str) else decode_text(data)
    html = text.lstrip()[:1].startswith("<") or Path(name).suffix.lower() in (".html", ".htm")
    result = clean_document(data, url=url, content_type="text/html" if html else "text/plain")
    if not (result.body or "").strip():
        raise ValueError(f"no article text left after cleaning ({result.reason or 'empty'})")
    return result, result.original_text or text


TITLE_MAX = 40  # characters of an opening clause used as a title
_CLAUSE_END = "。！？!?；;：:，,"


def opening_title(body: str) -> str | None:
    """A title for a text without one: the opening clause of its first paragraph.

    Plain-text references (the bundled seed among them) carry no headline; showing
    "(no title)" in search and ``seed list`` tells the user nothing. The first clause
    of the lead names who said what (市场监管总局副局长束为在回答…记者提问时表示); longer
    openings are cut at ``TITLE_MAX`` characters with an ellipsis.
    """
    first = next((p.strip() for p in (body or "").split("\n") if p.strip()), "")
    if not first:
        return None
    cut = len(first)
    for index, char in enumerate(first):
        if char in _CLAUSE_END and index >= 8:
            cut = index
            break
    clause = first[:cut].strip()
    return clause if len(clause) <= TITLE_MAX else clause[:TITLE_MAX].rstrip() + "…"


def _fields(result: CleanResult) -> dict[str, Any]:
    """A reference's stored fields: the article's, titled by its opening when untitled."""
    return {**article_fields(result), "title": result.title or opening_title(result.body)}


def load_reference(
    db: sqlite_utils.Database,
    data: bytes | str,
    *,
    url: str | None = None,
    name: str = "reference",
    settings: DedupSettings | None = None,
) -> ReferenceLoad:
    """Store ``data`` as a reference article unless the same text or URL is already stored.

    When the URL is already a reference whose body the current cleaner derives differently,
    the stored body (and title, date, media, author) is updated. Raises ValueError when the
    file is not text or holds no article.
    """
    url = url or f"reference:{Path(name).name}"
    settings = settings or DedupSettings.from_settings()
    result, original = _clean_reference(data, url, name)
    fp = fingerprint(result.body, settings, keys=False)
    with write_transaction(db):
        existing = article_id_for_url(db, url)
        if existing is not None:
            updated = _refresh(db, existing, result, fp.content_hash, original)
            sync_index(db, settings)
            return ReferenceLoad(existing, created=False, updated=updated)
        same = articles_with_hash(db, fp.content_hash)
        if same:
            return ReferenceLoad(same[0], created=False)
        verdict = check_verdict(db, result, settings=settings)
        article_id = insert_article(
            db,
            {
                "url": url,
                "source": REFERENCE_SOURCE,
                "status": "reference",
                **_fields(result),
                "original_text": original,
                "content_hash": fp.content_hash,
                "meta": {"loaded_from": name},
            },
        )
        assign_event(db, {**_fields(result), "id": article_id, "related_to": None,
                          "fetched_at": utcnow()})
        sync_index(db, settings)
    logger.info("reference %s stored as article %s", url, article_id)
    if verdict.verdict == "duplicate":
        return ReferenceLoad(article_id, created=True, duplicates=verdict.article_id,
                             duplicates_title=verdict.matched_title,
                             similarity=verdict.similarity)
    return ReferenceLoad(article_id, created=True)


def _refresh(db: sqlite_utils.Database, article_id: int, result: CleanResult, digest: str,
             original: str | None) -> bool:
    """Re-derive a reference's stored fields from a fresh cleaning; True when changed."""
    article = get_article(db, article_id)
    if article is None or article["status"] != "reference":
        return False
    fresh = {**_fields(result), "content_hash": digest}
    if original is not None:
        fresh["original_text"] = original
    changes = {k: v for k, v in fresh.items() if article.get(k) != v}
    if changes:
        update_article(db, article_id, changes)
        logger.info("reference article %s re-derived (%s)", article_id, ", ".join(changes))
    return bool(changes)


def refresh_references(db: sqlite_utils.Database, *,
                       settings: DedupSettings | None = None) -> int:
    """Re-clean every reference from its ``original_text``; return how many changed."""
    changed = 0
    for ref in reference_articles(db):
        if not ref["original_text"]:
            continue
        try:
            result, _ = _clean_reference(ref["original_text"], ref["url"], ref["url"])
        except ValueError as exc:
            logger.warning("reference %s kept as stored: %s", ref["url"], exc)
            continue
        digest = fingerprint(result.body, settings, keys=False).content_hash
        with write_transaction(db):
            changed += _refresh(db, ref["id"], result, digest, None)
            if settings is not None:
                sync_index(db, settings)
    return changed


def load_seed(db: sqlite_utils.Database) -> ReferenceLoad:
    """Load the bundled seed article as a reference (idempotent; re-derives its body)."""
    return load_reference(db, bundled_seed(), url=SEED_URL, name="seed_article.txt")


def remove_reference(db: sqlite_utils.Database, article_id: int,
                     settings: DedupSettings | None = None) -> bool:
    """Delete reference article ``article_id`` (with its sightings) and drop it from the
    dedup and search indexes; False when no reference has that id (nothing changes).

    Articles related to it keep their own rows; their ``related_to`` is cleared.
    """
    article = get_article(db, article_id)
    if article is None or article["status"] != "reference":
        return False
    with write_transaction(db):
        delete_article(db, article_id)
        sync_index(db, settings or DedupSettings.from_settings())
    logger.info("reference article %s (%s) removed", article_id, article["url"])
    return True
