"""Commands over the store: init, seed, search, show, stats, export."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click

from crawler.cli.common import (
    UserError,
    db_option,
    emit_json,
    handle_errors,
    json_option,
    open_store,
    read_input_file,
)
from crawler.exitcodes import ExitStatus
from db import SCHEMA_VERSION
from db.articles import get_article, sightings_of
from db.search import search as search_articles
from db.stats import iter_articles, store_stats
from pipelines.reference import load_reference, load_seed

STATUSES = click.Choice(["reference", "new", "related"])


@click.command()
@db_option
@handle_errors
def init(db_path: Path) -> None:
    """Create or migrate the database and load the bundled seed article as a reference.

    Safe to run again: nothing is loaded twice.

    Example: presswatch init --db data/presswatch.db
    """
    db = open_store(db_path, create=True)
    loaded = load_seed(db)
    state = "loaded" if loaded.created else "already present"
    click.echo(f"Database {db_path} ready (schema v{SCHEMA_VERSION}); seed article {state} "
               f"as article {loaded.article_id}.")


@click.group()
def seed() -> None:
    """Manage reference articles (stories the user already has)."""


@seed.command("add")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--url", help="Canonical URL of the story (default: reference:<file name>).")
@db_option
@handle_errors
def seed_add(file: Path, url: str | None, db_path: Path) -> None:
    """Add FILE (UTF-8 or GB18030 text) as a reference article; adding it twice does nothing.

    Example: presswatch seed add my_story.txt --url https://www.nbd.com.cn/articles/…
    """
    data = read_input_file(file)
    db = open_store(db_path, create=True)
    try:
        loaded = load_reference(db, data, url=url, name=file.name)
    except ValueError as exc:
        raise UserError(f"{file}: {exc}", ExitStatus.USAGE) from exc
    verb = "Added" if loaded.created else "Already stored:"
    click.echo(f"{verb} reference article {loaded.article_id}.")


@click.command()
@click.argument("query")
@click.option("--source", help="Only articles of this source.")
@click.option("--since", help="Published on or after (YYYY-MM-DD or ISO 8601).")
@click.option("--until", help="Published on or before (YYYY-MM-DD or ISO 8601).")
@click.option("--status", type=STATUSES, help="Only articles with this status.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000))
@json_option
@db_option
@handle_errors
def search(query: str, source: str | None, since: str | None, until: str | None,
           status: str | None, limit: int, as_json: bool, db_path: Path) -> None:
    """Full-text search of titles and bodies; every word of QUERY must occur.

    Works like a substring search for queries of any length (央行, CCC, 2.4亿) and in either
    script (認證 finds 认证). Title matches first, then newest first.

    Example: presswatch search 质量认证 --since 2025-01-01 --limit 5
    """
    if not query.split():
        raise UserError("the query is empty; give a word to search for", ExitStatus.USAGE)
    db = open_store(db_path)
    hits = search_articles(db, query, source=source, status=status, since=since,
                           until=until, limit=limit)
    if as_json:
        emit_json([hit.__dict__ for hit in hits])
        return
    if not hits:
        click.echo("No matches.", err=True)
        return
    bold = sys.stdout.isatty()
    for hit in hits:
        title = hit.title or "(no title)"
        click.echo(click.style(f"[{hit.id}] {title}", bold=bold))
        click.echo(f"    {hit.published_at or 'undated'} · {hit.source} · {hit.status} · {hit.url}")
        click.echo(f"    {hit.snippet}")


@click.command()
@click.argument("article_id", type=int)
@json_option
@db_option
@handle_errors
def show(article_id: int, as_json: bool, db_path: Path) -> None:
    """Show one article with its metadata and every place a copy of it was seen.

    Example: presswatch show 1
    """
    db = open_store(db_path)
    article = get_article(db, article_id)
    if article is None:
        raise UserError(f"no article with id {article_id}; find ids with 'presswatch search'")
    article["sightings"] = sightings_of(db, article_id)
    if as_json:
        article.pop("original_text", None)
        emit_json(article)
        return
    click.echo(click.style(article["title"] or "(no title)", bold=sys.stdout.isatty()))
    for key in ("id", "url", "source", "status", "related_to", "similarity", "media",
                "author", "published_at", "fetched_at", "content_hash"):
        if article.get(key) is not None:
            click.echo(f"{key:>13}: {article[key]}")
    click.echo()
    click.echo(article["body"])
    click.echo()
    click.echo(f"Sightings ({len(article['sightings'])}):")
    for s in article["sightings"]:
        click.echo(f"  {s['kind']:<8} {s['similarity']:.2f}  {s['seen_at']}  {s['source']}  "
                   f"{s['url']}")


@click.command()
@json_option
@db_option
@handle_errors
def stats(as_json: bool, db_path: Path) -> None:
    """Articles by source and status, sightings, dropped items and the last runs."""
    db = open_store(db_path)
    data = store_stats(db)
    if as_json:
        emit_json(data)
        return
    click.echo(f"Articles: {data['articles']} "
               + _counts(data["articles_by_status"]))
    for source, counts in data["articles_by_source"].items():
        click.echo(f"  {source:<14} {sum(counts.values()):>7}  {_counts(counts)}")
    click.echo(f"Sightings: {sum(data['sightings_by_kind'].values())} "
               + _counts(data["sightings_by_kind"]))
    click.echo(f"Dropped: {sum(data['dropped_by_reason'].values())} "
               + _counts(data["dropped_by_reason"]))
    click.echo(f"Raw pages kept: {data['raw_pages']}")
    if data["last_runs"]:
        click.echo("Last runs:")
    for run in data["last_runs"]:
        click.echo(f"  #{run['id']:<5} {run['source']:<12} {run['status']:<8} "
                   f"{run['started_at']}  pages {run['pages']}  new {run['new']}  "
                   f"dup {run['duplicate']}  related {run['related']}  dropped {run['dropped']}")


def _counts(counts: dict[str, int]) -> str:
    return "(" + ", ".join(f"{k} {v}" for k, v in counts.items()) + ")" if counts else ""


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@click.option("--source", help="Only articles of this source.")
@click.option("--status", type=STATUSES, help="Only articles with this status.")
@click.option("--since", help="Published on or after this date.")
@db_option
@handle_errors
def export(fmt: str, output: Path | None, source: str | None, status: str | None,
           since: str | None, db_path: Path) -> None:
    """Export articles as JSON lines or CSV (UTF-8).

    Example: presswatch export --format csv --status new -o new.csv
    """
    db = open_store(db_path)
    rows = iter_articles(db, source=source, status=status, since=since)
    if output is None:
        _write_rows(rows, sys.stdout, fmt)
        return
    try:
        with open(output, "w", encoding="utf-8", newline="") as stream:
            count = _write_rows(rows, stream, fmt)
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror}") from exc
    if output:
        click.echo(f"Wrote {count} articles to {output}.", err=True)


def _write_rows(rows, stream, fmt: str) -> int:
    count = 0
    writer = None
    for row in rows:
        if fmt == "jsonl":
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            if writer is None:
                writer = csv.DictWriter(stream, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
        count += 1
    return count


commands = [init, seed, search, show, stats, export]
