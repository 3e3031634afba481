"""``presswatch events``: press conferences and every article reporting on each."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from crawler.cli.common import (
    UserError,
    db_option,
    emit_json,
    handle_errors,
    json_option,
    open_store,
    parse_when,
)
from crawler.exitcodes import ExitStatus
from db.events import has_events, list_events
from pipelines.dates import BEIJING


def _since(value: str | None) -> str | None:
    """``--since`` (validated by ``parse_when``: dates, date-times, ages such as 7d) as the
    Beijing-time date events are kept by; a one-line usage error for anything else."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(parse_when(value)).replace(tzinfo=UTC)
    except click.BadParameter as exc:
        raise UserError(f"--since: {exc.message}", ExitStatus.USAGE) from exc
    return moment.astimezone(BEIJING).date().isoformat()


@click.command()
@click.option("--since", help="Only events on or after: YYYY-MM-DD, ISO 8601 date-time, or an "
                             "age (7d, 12h); Beijing time.")
@json_option
@db_option
@handle_errors
def events(since: str | None, as_json: bool, db_path: Path) -> None:
    """List press-conference events (newest first) with the articles reporting on each.

    An article joins an event from its text: the conference's date, organiser (国新办,
    证监会, 市场监管总局 …), speakers and the answers it quotes; copies are sightings of
    those articles. --json prints an array of objects with id, date, organiser, title,
    speakers and articles (article ids). Reads only.

    Example: presswatch events --since 2025-01-01 --json
    """
    day = _since(since)
    db = open_store(db_path)
    rows = list_events(db, since=day) if has_events(db) else []
    if as_json:
        emit_json([{
            "id": e["id"], "date": e["date"], "organiser": e["organiser"], "title": e["title"],
            "speakers": e["speakers"], "participants": e["participants"],
            "articles": e["articles"],
            "coverage": [{k: m[k] for k in ("id", "source", "media", "title", "url", "status",
                                            "published_at", "sightings", "basis")}
                         for m in e["members"]],
        } for e in rows])
        return
    if not rows:
        click.echo("No events." + (f" (since {day})" if day else ""), err=True)
        return
    bold = sys.stdout.isatty()
    for e in rows:
        speakers = "、".join(e["speakers"])
        click.echo(click.style(f"[{e['id']}] {e['date'] or 'undated'} {e['organiser'] or ''} "
                               f"{e['title'] or '(no title)'}", bold=bold))
        if speakers:
            click.echo(f"    speakers: {speakers}")
        for m in e["members"]:
            copies = m["sightings"] - 1
            click.echo(f"    #{m['id']:<6} {m['status']:<9} {m['media'] or m['source']:<10} "
                       f"{m['title'] or '(no title)'}"
                       + (f"  (+{copies} copies)" if copies > 0 else ""))


commands = [events]
