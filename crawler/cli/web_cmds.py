"""Commands where users look: serve (Datasette), feed (Atom), notify (Apprise)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from crawler.cli.common import UserError, db_option, handle_errors, open_store, parse_when
from crawler.exitcodes import ExitStatus
from db.views import feed_articles
from web.atom import build_feed


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 exposes the store to your network).")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port, printed at start).")
@db_option
@handle_errors
def serve(host: str, port: int, db_path: Path) -> None:
    """Browse and search the store in Datasette, read-only, with the Atom feed at /feed.atom.

    Internal tables are hidden; canned queries: search (any length, either script),
    latest coverage, copies of an article, related coverage, dropped by reason, source
    health. Needs the web extra: pip install 'presswatch[web]'.

    Example: presswatch serve --db data/presswatch.db --port 8001
    """
    try:
        import datasette  # noqa: F401
    except ImportError as exc:
        raise UserError("Datasette is not installed; install the web extra: "
                        "pip install -e '.[web]'", ExitStatus.USAGE) from exc
    from web.serve import ServeError, bind, make_datasette
    from web.serve import serve as run_server

    open_store(db_path).close()  # missing, corrupt, too old or new: one sentence, exit 2/1
    try:
        app = make_datasette(db_path)
        sock = bind(host, port)
    except ServeError as exc:
        raise UserError(str(exc)) from exc
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    click.echo(f"Serving {db_path} as '{db_path.stem}' at http://{shown}:{bound_port}/ "
               f"(feed: http://{shown}:{bound_port}/feed.atom); Ctrl-C stops.", err=True)
    sys.stderr.flush()
    run_server(app, sock)


@click.command()
@click.option("--since", metavar="WHEN", default=None,
              callback=lambda ctx, param, value: value and parse_when(value),
              help="Only articles presswatch found (fetched_at) on or after: YYYY-MM-DD, "
                   "ISO 8601 date-time, or an age (7d, 12h); times without a zone are "
                   "Beijing time.")
@click.option("--published-since", metavar="WHEN",
              callback=lambda ctx, param, value: value and parse_when(value),
              help="Only articles published on or after WHEN (same forms as --since).")
@click.option("--source", help="Only articles of this source.")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@db_option
@handle_errors
def feed(since: str | None, published_since: str | None, source: str | None, limit: int,
         output: Path | None, db_path: Path) -> None:
    """Atom 1.0 feed of new and related articles, newest found first.

    --since is by the time presswatch found an article (fetched_at), so "what is new since
    I last looked" works whatever date the page claims; --published-since by publication.

    Example: presswatch feed --since 2025-01-10T00:00:00+08:00 -o new.atom
    """
    db = open_store(db_path)
    rows = feed_articles(db, found_since=since, since=published_since, source=source,
                         limit=limit)
    db.close()
    body = build_feed(rows, feed_id=f"tag:presswatch,2025:{db_path.stem}/feed",
                      title=f"presswatch: new coverage ({source})" if source
                      else "presswatch: new coverage")
    if output is None:
        sys.stdout.buffer.write(body + b"\n")
        return
    try:
        output.write_bytes(body + b"\n")
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror}") from exc
    click.echo(f"Wrote {len(rows)} entries to {output}.", err=True)


commands = [serve, feed]
