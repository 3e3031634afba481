"""``presswatch events``: press conferences and every article reporting on each."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import click

from crawler.cli.common import (
    UserError,
    db_option,
    emit_json,
    handle_errors,
    json_option,
    open_store,
)
from crawler.exitcodes import ExitStatus
from db.events import has_events, list_events


def _since(value: str | None) -> str | None:
    """``--since`` as ``YYYY-MM-DD``; a one-line usage error for anything else."""
    if value is None:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError as exc:
        raise UserError(f"--since must be a date such as 2025-01-10 (ISO 8601), not {value!r}",
                        ExitStatus.USAGE) from exc


@click.command()
@click.option("--since", help="Only events on or after this date (YYYY-MM-DD or ISO 8601).")
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
