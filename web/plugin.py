"""The Datasette plugin of ``presswatch serve``: a few hook functions over ``db/``.

- ``prepare_connection`` registers ``presswatch_search(q [, limit])`` on the store's
  connections: presswatch's own search (``db.search``, read-only mode) as JSON
  ``[{"id", "snippet", "title_match"}]``, so 束, 认证 and 認證 work in SQL — the canned
  ``search`` query and ``?_search=`` on ``articles`` use it;
- ``filters_from_request`` answers ``?_search=`` on ``articles`` with that function instead
  of Datasette's own FTS clause (the trigram index finds nothing for one- and
  two-character words, the most common Chinese queries); other tables and databases get
  Datasette's behaviour, whose default hook this module re-exports and replaces;
- ``register_routes`` adds the Atom feed (``/feed.atom``) and a readable article page
  (``/article/ID``);
- ``render_cell`` links article titles to that page.

:func:`install` registers the plugin with Datasette's plugin manager (once per process).
"""

from __future__ import annotations

import json
import sys
from typing import Any

import sqlite_utils
from datasette import filters as datasette_filters
from datasette import hookimpl
from datasette.filters import FilterArguments, through_filters, where_filters
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from db.articles import get_article, sightings_of
from db.search import search
from db.views import article_title, feed_articles, related_to
from pipelines.dates import instant_utc
from pipelines.textnorm import normalize_query
from web.atom import build_feed

NAME = "presswatch"
SEARCH_CAP = 1000  # matches ?_search= on the articles table considers (newest first)

# Datasette's other two default filters, re-exported so that registering this module in
# place of ``datasette.filters`` keeps them (a module's hook functions are found by name;
# Datasette's own search_filters must therefore NOT be a name in this module).
__all__ = ["install", "through_filters", "where_filters"]


def install() -> None:
    """Register this module with Datasette, replacing its default filters module."""
    from datasette.plugins import pm

    if pm.get_plugin(NAME) is not None:
        return
    if pm.get_plugin("datasette.filters") is not None:
        pm.unregister(name="datasette.filters")
    pm.register(sys.modules[__name__], name=NAME)


def store_name(datasette: Any) -> str | None:
    return (datasette.plugin_config(NAME) or {}).get("database")


def _wrap(conn: Any) -> sqlite_utils.Database:
    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


def search_json(conn: Any, query: Any, limit: Any = 50) -> str:
    """``presswatch_search``: hits of ``query`` as a JSON array, best first."""
    if not isinstance(query, str) or not query.strip():
        return "[]"
    try:
        cap = max(1, min(int(limit), 10_000))
    except (TypeError, ValueError):
        cap = 50
    hits = search(_wrap(conn), query, limit=cap, read_only=True, normalize=normalize_query)
    return json.dumps([{"id": h.id, "snippet": h.snippet, "title_match": h.title_match}
                       for h in hits], ensure_ascii=False)


@hookimpl
def prepare_connection(conn: Any, database: str, datasette: Any) -> None:
    if database == store_name(datasette):
        conn.create_function("presswatch_search", -1,
                             lambda *args: search_json(conn, *args[:2]))


@hookimpl(specname="filters_from_request")
def search_filters(request: Any, database: str, table: str, datasette: Any) -> Any:
    """``?_search=`` on the store's ``articles`` by presswatch's search; else Datasette's."""
    query = request.args.get("_search")
    if not (table == "articles" and query and database == store_name(datasette)):
        return datasette_filters.search_filters(request, database, table, datasette)

    async def inner() -> FilterArguments:
        return FilterArguments(
            ["id in (select json_extract(value, '$.id') "
             f"from json_each(presswatch_search(:search, {SEARCH_CAP})))"],
            {"search": query},
            [f'search matches "{query}" (presswatch search, newest {SEARCH_CAP} matches)'],
            {"supports_search": True, "search": query},
        )

    return inner


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [(r"^/feed\.atom$", feed_view), (r"^/article/(?P<id>[0-9]+)$", article_view)]


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str,
                datasette: Any) -> Any:
    if database != store_name(datasette) or column != "title" or not isinstance(value, str):
        return None
    keys = row.keys() if hasattr(row, "keys") else []
    if "id" not in keys or table not in (None, "articles"):
        return None
    href = datasette.urls.path(f"/article/{row['id']}")
    return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')


def _store(datasette: Any) -> Any:
    name = store_name(datasette)
    if name is None or name not in datasette.databases:
        raise NotFound("no presswatch store is served here")
    return datasette.get_database(name)


async def feed_view(datasette: Any, request: Any) -> Response:
    """``/feed.atom[?since=ISO&source=S&limit=N]``: new and related articles, newest found
    first; ``since`` is by the time presswatch found them."""
    since = request.args.get("since")
    try:
        found_since = instant_utc(since) if since else None
        limit = max(1, min(int(request.args.get("limit", 100)), 1000))
    except ValueError as exc:
        return Response.text(f"Bad request: {exc}", status=400)
    source = request.args.get("source") or None
    db = _store(datasette)
    rows = await db.execute_fn(lambda conn: feed_articles(
        _wrap(conn), found_since=found_since, source=source, limit=limit))
    self_url = datasette.absolute_url(request, datasette.urls.path("/feed.atom"))
    body = build_feed(
        rows, feed_id=f"tag:presswatch,2025:{db.name}/feed", self_url=self_url,
        title=f"presswatch: new coverage ({source})" if source else "presswatch: new coverage",
        article_url=lambda i: datasette.absolute_url(request, datasette.urls.path(
            f"/article/{i}")),
    )
    return Response(body, content_type="application/atom+xml; charset=utf-8")


async def article_view(datasette: Any, request: Any) -> Response:
    """``/article/ID``: title, time, media, body in paragraphs, every copy, related coverage."""
    article_id = int(request.url_vars["id"])
    db = _store(datasette)

    def read(conn: Any) -> dict[str, Any] | None:
        store = _wrap(conn)
        article = get_article(store, article_id)
        if article is None:
            return None
        article["sightings"] = sightings_of(store, article_id)
        article["related"] = related_to(store, article_id)
        if article["related_to"]:
            article["story_title"] = article_title(store, article["related_to"])
        return article

    article = await db.execute_fn(read)
    if article is None:
        raise NotFound(f"no article with id {article_id}")
    paragraphs = [p.strip() for p in (article["body"] or "").split("\n\n") if p.strip()]
    return Response.html(await datasette.render_template(
        "presswatch_article.html",
        {"article": article, "paragraphs": paragraphs, "database": db.name},
        request=request,
    ))
