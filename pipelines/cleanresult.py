"""What cleaning returns: the article's fields, its clean paragraphs and what was done.

Its own module so that the document driver (:mod:`pipelines.clean`) and the paragraph stage
(:mod:`pipelines.paragraphs`) share it without importing each other.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from pipelines.metadata import LineMeta

COUNT_KEYS = (
    "pinyin_removed", "mojibake_repaired", "mojibake_removed", "entities_fixed",
    "boilerplate_removed", "spam_removed", "repeated_paragraphs_removed",
    "metadata_lines_removed", "undecodable_bytes",
)


@dataclass
class CleanResult:
    """A cleaned article: fields, clean simplified paragraphs, and what cleaning did."""

    title: str | None = None
    published_at: str | None = None
    media: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    original_text: str = ""
    conversions: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNT_KEYS, 0))
    extracted_by: str = "text"
    encoding: str | None = None
    #: why the result is empty: a sentence for people ...
    reason: str | None = None
    #: ... and its ``dropped`` code (``db.dropped.REASONS``): empty, too_large, binary,
    #: not_article, clean_failed
    code: str | None = None

    @property
    def body(self) -> str:
        """Paragraphs joined by blank lines: the form stored in ``articles.body``."""
        return "\n\n".join(self.paragraphs)

    def merge_meta(self, meta: LineMeta) -> None:
        """Fill fields from a metadata line; what is already known is kept."""
        self.media = self.media or meta.media
        self.published_at = self.published_at or meta.published_at
        self.authors.extend(a for a in meta.authors if a not in self.authors)
        self.editors.extend(e for e in meta.editors if e not in self.editors)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict of every field plus ``body``."""
        data = asdict(self)
        data["body"] = self.body
        return data
