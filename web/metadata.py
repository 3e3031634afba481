"""Datasette metadata for a presswatch store: what is shown, described, faceted and queried.

Built for the database name Datasette gives the store (the file's stem). Tables not in
:data:`PUBLIC_TABLES` — search and dedup indexes, queues, the outbox, other components'
bookkeeping — are hidden; they stay reachable by SQL.
"""

from __future__ import annotations

from typing import Any

from db.views import CANNED_QUERIES

PUBLIC_TABLES: dict[str, dict[str, Any]] = {
    "articles": {
        "description": "One row per story. Duplicates are sightings, not new rows.",
        "facets": ["source", "status", "media"],
        "sort_desc": "id",
        "label_column": "title",
        "columns": {
            "url": "Canonical URL of the first copy stored",
            "source": "The presswatch source that found it",
            "title": "Headline",
            "published_at": "Publication time given by the page (ISO 8601, +08:00)",
            "fetched_at": "When presswatch found it (ISO 8601, UTC)",
            "media": "Publishing medium (每日经济新闻, 新华社…)",
            "author": "Reporters or editors named by the page",
            "status": "reference (a story you have), new, or related (quotes a stored story)",
            "related_to": "For related articles: the closest stored story",
            "similarity": "How much of related_to it contains (0–1)",
            "content_hash": "Hash of the normalised text",
            "body": "Clean simplified text; paragraphs separated by blank lines",
            "body_url": "Where the current body came from (a fuller copy replaces an excerpt)",
            "meta": "JSON: editors, cleaning counts, conversions, provenance",
            "original_text": "The text as received, original script",
        },
    },
    "sightings": {
        "description": "Every URL where a copy of an article was seen.",
        "facets": ["kind", "source"],
        "sort_desc": "seen_at",
        "columns": {
            "article_id": "The article this is a copy of",
            "kind": "original (where it was first stored), exact or near copy",
            "similarity": "Similarity to the stored article (0–1)",
            "run_id": "The crawl run that saw it",
        },
    },
    "crawl_runs": {
        "description": "One row per crawl of one source: when, outcome and counts.",
        "facets": ["source", "status", "trigger"],
        "sort_desc": "id",
        "columns": {
            "status": "running, ok, partial (some pages failed), failed or killed",
            "trigger": "daemon or manual",
            "message": "Outcome in words",
        },
    },
    "dropped": {
        "description": "Fetched pages not stored, with a reason code, so nothing vanishes.",
        "facets": ["reason", "source"],
        "sort_desc": "id",
        "columns": {
            "reason": "A code from the documented set (irrelevant, http_error, blocked…)",
            "detail": "Numbers and messages",
            "permanent": "1: the URL is not fetched again",
        },
    },
    "events": {
        "description": "One row per press conference: its date, organiser, topic and "
                       "speakers. Which articles covered it: event_articles, or the "
                       "press_conferences and event_coverage queries.",
        "facets": ["organiser", "date"],
        "sort_desc": "date",
        "label_column": "title",
        "columns": {
            "date": "Date of the conference (not of publication), YYYY-MM-DD",
            "organiser": "Who held it (国务院新闻办公室, 中国证券监督管理委员会…)",
            "title": "Topic, as the coverage names it",
            "speakers": "Officials who spoke (JSON list)",
            "participants": "Every regulator the coverage names (JSON list)",
        },
    },
    "event_articles": {
        "description": "Which press conference each article reports on (one per article).",
        "facets": ["basis"],
        "columns": {
            "basis": "How it joined: new (first report), date+organiser, speakers, "
                     "co-hosted (国新办 with the ministry speaking), quotes (shares answers)",
        },
    },
    "raw_pages": {
        "description": "Fetched responses, zlib-compressed, for re-running the pipelines.",
        "sort_desc": "id",
    },
}

QUERY_DESCRIPTIONS = {
    "search": "presswatch's own search: every word must occur, in title or body; "
              "one- and two-character words and traditional script work. Titles first, "
              "then newest.",
    "copies": "Give an article id (see its page, or the articles table).",
    "related": "Leave id empty for all related coverage.",
    "press_conferences": "since: a date (YYYY-MM-DD), or empty for all.",
    "event_coverage": "Give an event id (see press_conferences or the events table).",
}


def build_metadata(database: str, tables: list[str]) -> dict[str, Any]:
    """Datasette metadata for the store called ``database`` holding ``tables``."""
    described = {name: dict(spec) for name, spec in PUBLIC_TABLES.items() if name in tables}
    hidden = {name: {"hidden": True} for name in tables if name not in PUBLIC_TABLES}
    queries = {}
    for name, (title, sql) in CANNED_QUERIES.items():
        query: dict[str, Any] = {"title": title, "sql": sql}
        if name in QUERY_DESCRIPTIONS:
            query["description"] = QUERY_DESCRIPTIONS[name]
        queries[name] = query
    return {
        "title": "presswatch",
        "description_html": (
            "Coverage of Chinese regulators' press conferences. "
            f'<a href="/{database}/search">Search</a> · '
            f'<a href="/{database}/latest">latest coverage</a> · '
            f'<a href="/{database}/press_conferences">press conferences</a> · '
            f'<a href="/{database}/source_health">source health</a> · '
            '<a href="/feed.atom">Atom feed</a>'
        ),
        "plugins": {"presswatch": {"database": database}},
        "databases": {
            database: {
                "description": "The presswatch store (read-only here).",
                "tables": {**hidden, **described},
                "queries": queries,
            }
        },
    }
