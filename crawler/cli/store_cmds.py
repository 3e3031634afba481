"""Commands over the store: init, seed, search, show, stats, export."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

from crawler.cli.common import (
    UserError,
    busy_timeout_ms,
    check_folder,
    db_option,
    emit_json,
    found_since_option,
    handle_errors,
    json_option,
    open_store,
    read_input_file,
    since_option,
    until_option,
)
from crawler.exitcodes import ExitStatus
from db import SCHEMA_VERSION, open_db
from db.articles import get_article, list_references, sightings_of
from db.events import event_of, has_events
from db.search import search as search_articles
from db.stats import iter_articles, store_stats
from pipelines.reference import load_reference, load_seed, remove_reference
from pipelines.textnorm import normalize_query

STATUSES = click.Choice(["reference", "new", "related"])


@click.command()
@db_option
@handle_errors
def init(db_path: Path) -> None:
    """Create or migrate the database and load the bundled seed article as a reference.

    Safe to run again: nothing is loaded twice.

    Example: presswatch init --db data/presswatch.db
    """
    check_folder(db_path)
    db = open_db(db_path, create=True, busy_timeout_ms=busy_timeout_ms())
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
    """Add FILE (UTF-8 or GB18030 text, or HTML) as a reference article.

    Adding the same text or URL twice does nothing. When the text duplicates an article
    already stored (an excerpt or another copy of it), it is added and a warning names
    that article: 'presswatch seed remove ID' takes it back out.

    Example: presswatch seed add my_story.txt --url https://www.nbd.com.cn/articles/…
    """
    data = read_input_file(file)
    db = open_store(db_path, create=True)
    try:
        loaded = load_reference(db, data, url=url, name=file.name)
    except ValueError as exc:
        raise UserError(f"{file}: {exc}", ExitStatus.NO_CONTENT) from exc
    if not loaded.created:
        click.echo(f"Already stored: reference article {loaded.article_id}.")
        return
    click.echo(f"Added reference article {loaded.article_id}.")
    if loaded.duplicates is not None:
        click.echo(f"Warning: it duplicates article {loaded.duplicates} "
                   f"({loaded.duplicates_title or 'no title'}, similarity "
                   f"{loaded.similarity:.2f}); remove it with 'presswatch seed remove "
                   f"{loaded.article_id}' if that was not meant.", err=True)


@seed.command("list")
@json_option
@db_option
@handle_errors
def seed_list(as_json: bool, db_path: Path) -> None:
    """List reference articles: id, title, date, length and copies sighted.

    Example: presswatch seed list
    """
    rows = list_references(open_store(db_path))
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo("No reference articles; add one with 'presswatch seed add FILE'.")
        return
    for row in rows:
        click.echo(f"[{row['id']}] {row['title'] or '(no title)'}")
        click.echo(f"    {row['published_at'] or 'undated'} · {row['chars']} characters · "
                   f"{row['copies']} cop{'y' if row['copies'] == 1 else 'ies'} sighted · "
                   f"{row['url']}")


@seed.command("remove")
@click.argument("article_id", type=int)
@db_option
@handle_errors
def seed_remove(article_id: int, db_path: Path) -> None:
    """Remove reference article ARTICLE_ID (and its sightings) from the store.

    Only reference articles can be removed this way; 'presswatch seed list' shows them.
    The bundled seed comes back with 'presswatch init'.

    Example: presswatch seed remove 4
    """
    db = open_store(db_path, write=True)
    if not remove_reference(db, article_id):
        raise UserError(f"no reference article with id {article_id}; "
                        "'presswatch seed list' shows them", ExitStatus.USAGE)
    click.echo(f"Removed reference article {article_id}.")


@click.command()
@click.argument("query")
@click.option("--source", help="Only articles of this source.")
@since_option
@until_option
@found_since_option
@click.option("--status", type=STATUSES, help="Only articles with this status.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000))
@json_option
@db_option
@handle_errors
def search(query: str, source: str | None, since: str | None, until: str | None,
           found_since: str | None, status: str | None, limit: int, as_json: bool,
           db_path: Path) -> None:
    """Full-text search of titles and bodies; every word of QUERY must occur.

    Works like a substring search for queries of any length (央行, CCC, 2.4亿) and in either
    script (認證 finds 认证). Title matches first, then the rest; most recently stored first
    within each group.

    Example: presswatch search 质量认证 --since 2025-01-01 --limit 5
    """
    if not query.split():
        raise UserError("the query is empty; give a word to search for", ExitStatus.USAGE)
    db = open_store(db_path)
    hits = search_articles(db, query, source=source, status=status, since=since,
                           until=until, found_since=found_since, limit=limit,
                           normalize=normalize_query)
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
    event = event_of(db, article_id) if has_events(db) else None
    article["event"] = ({k: event[k] for k in ("id", "date", "organiser", "title", "basis")}
                        if event else None)
    if as_json:
        article.pop("original_text", None)
        emit_json(article)
        return
    click.echo(click.style(article["title"] or "(no title)", bold=sys.stdout.isatty()))
    for key in ("id", "url", "source", "status", "related_to", "similarity", "media",
                "author", "published_at", "fetched_at", "content_hash"):
        if article.get(key) is not None:
            click.echo(f"{key:>13}: {article[key]}")
    if event:
        click.echo(f"{'event':>13}: [{event['id']}] {event['date'] or 'undated'} "
                   f"{event['organiser'] or ''} {event['title'] or ''}".rstrip())
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
@since_option
@found_since_option
@click.option("--bom/--no-bom", default=None,
              help="Start CSV with a UTF-8 byte order mark so spreadsheet programs (Excel) "
                   "read Chinese correctly [default: on for CSV, off for JSON lines].")
@db_option
@handle_errors
def export(fmt: str, output: Path | None, source: str | None, status: str | None,
           since: str | None, found_since: str | None, bom: bool | None,
           db_path: Path) -> None:
    """Export articles as JSON lines or CSV (UTF-8), oldest first.

    CSV starts with a UTF-8 byte order mark unless --no-bom: Excel otherwise shows the
    Chinese text as mojibake.

    Example: presswatch export --format csv --status new -o new.csv
    """
    db = open_store(db_path)
    rows = iter_articles(db, source=source, status=status, since=since,
                         found_since=found_since)
    encoding = "utf-8-sig" if (fmt == "csv" if bom is None else bom) else "utf-8"
    if output is None:
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding=encoding, newline="",
                                  write_through=True)
        try:
            _write_rows(rows, stream, fmt)
        finally:
            stream.detach()
        return
    try:
        with open(output, "w", encoding=encoding, newline="") as stream:
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
