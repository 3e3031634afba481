"""The one builder of an article's stored fields from a cleaned document.

Every writer of ``articles`` rows — ingest (a new article), reprocess (a re-derived body)
and the reference loader — takes the fields from here, so a field added to
:class:`~pipelines.clean.CleanResult` reaches the store the same way everywhere.
"""

from __future__ import annotations

from typing import Any

from pipelines.clean import CleanResult

AUTHOR_SEPARATOR = "、"


def article_fields(result: CleanResult) -> dict[str, Any]:
    """The article columns cleaning derives: title, date, media, author, body."""
    return {
        "title": result.title,
        "published_at": result.published_at,
        "media": result.media,
        "author": AUTHOR_SEPARATOR.join(result.authors) if result.authors else None,
        "body": result.body,
    }


def article_meta(result: CleanResult, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """The ``meta`` JSON of an article: how it was extracted, plus the caller's provenance."""
    info: dict[str, Any] = {k: v for k, v in {
        "editors": list(result.editors),
        "extracted_by": result.extracted_by,
        "encoding": result.encoding,
    }.items() if v}
    if meta:
        info.update(meta)
    return info


def article_record(result: CleanResult, *, content_hash: str, url: str, source: str,
                   fetched_at: str | None, meta: dict[str, Any] | None = None
                   ) -> dict[str, Any]:
    """A complete ``articles`` row (without status) for a cleaned page seen at ``url``."""
    return {
        "url": url,
        "source": source,
        **article_fields(result),
        "fetched_at": fetched_at,
        "content_hash": content_hash,
        "meta": article_meta(result, meta),
    }
