"""Reads for the places users look: the Atom feed, the article page, Datasette's queries.

The canned queries ``presswatch serve`` offers are SQL too, so they live here
(:data:`CANNED_QUERIES`); ``web/metadata.py`` only describes them.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

#: name -> (title, SQL). ``presswatch_search(q, limit)`` is registered by web/plugin.py:
#: presswatch's own search as JSON ``[{"id", "snippet", "title_match"}]``, best first.
CANNED_QUERIES: dict[str, tuple[str, str]] = {
    "search": (
        "Search titles and bodies (any length, either script: 束, 认证, 認證)",
        """select a.id, a.title, a.source, a.media, a.published_at, a.status,
  json_extract(j.value, '$.snippet') as snippet, a.url
from json_each(presswatch_search(:q, 100)) j
join articles a on a.id = json_extract(j.value, '$.id')
order by j.key""",
    ),
    "latest": (
        "Latest coverage: new and related articles, newest found first",
        """select id, title, source, media, published_at, fetched_at, status, related_to, url
from articles where status in ('new', 'related')
order by fetched_at desc, id desc limit 100""",
    ),
    "copies": (
        "Copies of an article: every URL where it was seen",
        """select s.kind, s.similarity, s.source, s.seen_at, s.url, s.run_id
from sightings s where s.article_id = :id
order by s.seen_at, s.id""",
    ),
    "related": (
        "Related coverage: articles that quote a stored story (give an id, or leave empty)",
        """select r.id, r.title, r.source, r.similarity, r.published_at,
  o.id as story_id, o.title as story_title, r.url
from articles r join articles o on o.id = r.related_to
where r.status = 'related' and (:id = '' or r.related_to = :id)
order by r.fetched_at desc, r.id desc limit 200""",
    ),
    "press_conferences": (
        "Press conferences (events) and how many articles covered each, newest first",
        """select e.id, e.date, e.organiser, e.title, e.speakers,
  count(ea.article_id) as articles,
  (select count(*) from sightings s join event_articles x on x.article_id = s.article_id
     where x.event_id = e.id and s.kind != 'original') as copies,
  group_concat(coalesce(a.media, a.source), ' · ') as outlets
from events e join event_articles ea on ea.event_id = e.id
join articles a on a.id = ea.article_id
where (:since = '' or e.date >= :since)
group by e.id order by e.date desc, e.id desc limit 200""",
    ),
    "event_coverage": (
        "One press conference: every article reporting on it, with its copies",
        """select a.id, a.title, a.media, a.source, a.status, a.published_at, ea.basis,
  (select count(*) from sightings s where s.article_id = a.id and s.kind != 'original')
    as copies, a.url
from event_articles ea join articles a on a.id = ea.article_id
where ea.event_id = :id order by a.published_at, a.id""",
    ),
    "dropped_by_reason": (
        "Dropped pages by reason: how many, and the latest",
        """select reason, count(*) as pages, max(dropped_at) as latest,
  (select d2.url from dropped d2 where d2.reason = d.reason order by d2.id desc limit 1)
    as latest_url
from dropped d group by reason order by pages desc""",
    ),
    "source_health": (
        "Source health: each source's runs, failures and last result",
        """select r.source, count(*) as runs,
  sum(r.status in ('failed', 'killed')) as failed_runs,
  max(r.started_at) as last_run,
  (select r2.status from crawl_runs r2 where r2.source = r.source
     order by r2.id desc limit 1) as last_status,
  (select r2.message from crawl_runs r2 where r2.source = r.source
     order by r2.id desc limit 1) as last_message,
  max(case when r.status = 'ok' then r.finished_at end) as last_ok,
  sum(r.new) as new, sum(r.related) as related, sum(r.dropped) as dropped
from crawl_runs r group by r.source order by r.source""",
    ),
}


def _rows(cursor: Any) -> list[dict[str, Any]]:
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def feed_articles(
    db: sqlite_utils.Database,
    *,
    found_since: str | None = None,
    since: str | None = None,
    source: str | None = None,
    limit: int = 100,
) -> list[dict[str, Any]]:
    """New and related articles for the feed, newest found (``fetched_at``) first.

    ``found_since`` compares with ``fetched_at``, ``since`` with ``published_at``, both as
    instants (any ISO 8601 form SQLite's ``datetime()`` reads).
    """
    # '+status': walk articles_fetched_at newest first and stop at the limit, rather than
    # take every new article by the status index and sort them all.
    clauses, params = ["+status IN ('new', 'related')"], []
    for sql, value in (("datetime(fetched_at) >= datetime(?)", found_since),
                       ("datetime(published_at) >= datetime(?)", since),
                       ("source = ?", source)):
        if value:
            clauses.append(sql)
            params.append(value)
    # The ids first (index articles_fetched_at, no body read), then the rows: sorting rows
    # with their bodies read every body in the store.
    cursor = db.execute(
        "SELECT id, url, source, title, published_at, fetched_at, body_updated_at, media, "
        "author, status, related_to, similarity, body FROM articles WHERE id IN ("
        f"SELECT id FROM articles WHERE {' AND '.join(clauses)} "
        "ORDER BY fetched_at DESC, id DESC LIMIT ?) ORDER BY fetched_at DESC, id DESC",
        [*params, int(limit)],
    )
    return _rows(cursor)


def related_to(db: sqlite_utils.Database, article_id: int) -> list[dict[str, Any]]:
    """Articles stored as ``related`` coverage of ``article_id``, most similar first."""
    cursor = db.execute(
        "SELECT id, title, source, media, published_at, similarity, url FROM articles "
        "WHERE related_to = ? ORDER BY similarity DESC, id",
        [article_id],
    )
    return _rows(cursor)


def article_title(db: sqlite_utils.Database, article_id: int) -> str | None:
    row = db.execute("SELECT title FROM articles WHERE id = ?", [article_id]).fetchone()
    return row[0] if row else None


def table_names(db: sqlite_utils.Database) -> list[str]:
    """Every table and view of the store (Datasette hides the ones not described)."""
    return [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name"
    )]
