"""Reference articles: the stories the user already has (the bundled seed by default)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import sqlite_utils

from db.articles import article_id_for_url, articles_with_hash, insert_article
from db.connection import write_transaction
from pipelines.dedup import content_hash

SEED_URL = "reference:seed_article.txt"
REFERENCE_SOURCE = "reference"


@dataclass
class ReferenceLoad:
    article_id: int
    created: bool


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


def load_reference(
    db: sqlite_utils.Database, data: bytes, *, url: str | None = None, name: str = "reference"
) -> ReferenceLoad:
    """Store ``data`` as a reference article unless the same text or URL is already stored."""
    text = decode_text(data)
    body = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    digest = content_hash(body)
    url = url or f"reference:{Path(name).name}"
    with write_transaction(db):
        existing = article_id_for_url(db, url) or next(iter(articles_with_hash(db, digest)), None)
        if existing is not None:
            return ReferenceLoad(existing, created=False)
        article_id = insert_article(
            db,
            {
                "url": url,
                "source": REFERENCE_SOURCE,
                "status": "reference",
                "title": None,
                "body": body,
                "original_text": text,
                "content_hash": digest,
                "meta": {"loaded_from": name},
            },
        )
    return ReferenceLoad(article_id, created=True)


def load_seed(db: sqlite_utils.Database) -> ReferenceLoad:
    """Load the bundled seed article as a reference (idempotent)."""
    return load_reference(db, bundled_seed(), url=SEED_URL, name="seed_article.txt")
