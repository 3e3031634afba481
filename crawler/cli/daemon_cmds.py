"""Commands around the scheduler: daemon (also ``python scheduler.py``), runs, status."""

from __future__ import annotations

from pathlib import Path

import click

from crawler.cli.common import (
    UserError,
    db_option,
    emit_json,
    handle_errors,
    json_option,
    open_store,
    prepare_store,
)
from crawler.daemon.config import DaemonConfigError, load_config
from crawler.daemon.core import parse_time
from crawler.daemon.lock import DaemonAlreadyRunning
from crawler.daemon.run import run_daemon
from crawler.daemon.status import daemon_status
from crawler.exitcodes import ExitStatus
from db.runs import list_runs

LOG_LEVELS = click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False)


@click.command("daemon")
@click.option("--once", is_flag=True,
              help="Crawl every due source once and exit (for cron or a systemd timer).")
@click.option("--sources", "sources_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Sources file (default $PRESSWATCH_SOURCES_FILE or ./sources.toml).")
@click.option("--log-level", type=LOG_LEVELS, default="INFO", show_default=True)
@click.option("--log-file", help="Rotating log file; '-' for stderr only "
              "(default: presswatch-daemon.log beside the database).")
@db_option
@handle_errors
def daemon(
    once: bool, sources_file: Path | None, log_level: str, log_file: str | None, db_path: Path
) -> None:
    """Crawl every enabled source on its schedule until stopped.

    Each crawl runs in its own process with a timeout. SIGTERM or Ctrl-C stops cleanly
    (running crawls get a grace period); SIGHUP or editing the sources file reloads it.
    One daemon per database: a second one exits with status 2.

    Example: presswatch daemon --db data/presswatch.db --log-level INFO
    """
    from crawler.sources import SourceConfigError, load_sources

    try:
        # A broken configuration is refused before a store is made for it.
        load_config(db_path, log_file=log_file)
        load_sources(sources_file)
        prepare_store(db_path)
        status = run_daemon(db_path, once=once, sources_file=sources_file,
                            log_level=log_level, log_file=log_file)
    except DaemonAlreadyRunning as exc:
        raise UserError(str(exc), ExitStatus.USAGE) from exc
    except (DaemonConfigError, SourceConfigError) as exc:
        raise UserError(f"{exc}; fix it and start the daemon again", ExitStatus.USAGE) from exc
    raise SystemExit(status)



@click.command()
@click.option("--source", help="Only runs of this source.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 100_000))
@json_option
@db_option
@handle_errors
def runs(source: str | None, limit: int, as_json: bool, db_path: Path) -> None:
    """Crawl history, newest first: status, duration and counts of each run.

    Example: presswatch runs --source scio --limit 5
    """
    from crawler.liveness import shown_with_dead_runs

    rows = shown_with_dead_runs(list_runs(open_store(db_path), source=source, limit=limit))
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo("No runs yet." if not source else f"No runs of {source} yet.")
        return
    click.echo(f"{'id':>6}  {'source':<16} {'status':<8} {'started (UTC)':<20} {'took':>7}  "
               f"{'pages':>5} {'items':>5} {'new':>4} {'dup':>4} {'rel':>4} {'drop':>4} "
               f"{'err':>4}  message")
    for row in rows:
        click.echo(
            f"{row['id']:>6}  {row['source']:<16.16} {row['status']:<8} "
            f"{(row['started_at'] or '')[:19]:<20} {_took(row):>7}  {row['pages']:>5} "
            f"{row['items']:>5} {row['new']:>4} {row['duplicate']:>4} {row['related']:>4} "
            f"{row['dropped']:>4} {row['errors']:>4}  {row['message'] or ''}"
        )


def _took(row: dict) -> str:
    start, end = parse_time(row["started_at"]), parse_time(row["finished_at"])
    if not start or not end:
        return "-"
    seconds = (end - start).total_seconds()
    return f"{seconds:.0f}s" if seconds < 600 else f"{seconds / 60:.0f}m"


@click.command()
@click.option("--sources", "sources_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Sources file (default $PRESSWATCH_SOURCES_FILE or ./sources.toml).")
@json_option
@db_option
@handle_errors
def status(sources_file: Path | None, as_json: bool, db_path: Path) -> None:
    """Per source: schedule, last run and outcome, next run, health; and the daemon's PID.

    A source is flagged when its last runs all failed or all found zero items (see
    PRESSWATCH_DAEMON_HEALTH_RUNS): the site has probably changed. Also flagged: a listing
    that gave 0 entries, a listing whose earlier crawls found a next page and the latest
    did not, a run whose articles all came out without a date or headline, and a walk left
    unfinished (the next crawl catches up).

    Example: presswatch status --json
    """
    from crawler.sources import SourceConfigError, load_sources

    try:
        config = load_config(db_path)
        sources = load_sources(sources_file)
    except (DaemonConfigError, SourceConfigError) as exc:
        raise UserError(str(exc), ExitStatus.USAGE) from exc
    db = open_store(db_path)
    report = daemon_status(db, db_path, sources, jitter=config.jitter,
                           health_runs=config.health_runs, time_scale=config.time_scale)
    if as_json:
        emit_json(report)
        return
    info = report["daemon"]
    click.echo(f"Daemon: running (PID {info['pid']})" if info["running"] else
               "Daemon: not running")
    disabled = [row["source"] for row in report["sources"] if row["schedule"] == "disabled"]
    for row in report["sources"]:
        if row["schedule"] == "disabled":
            continue
        last = row["last_run"]
        last_text = (f"{last['status']} at {last['started_at']} ({last['items']} items, "
                     f"{last['new']} new)" if last else "never")
        click.echo(f"\n{row['source']}: {row['schedule']}")
        click.echo(f"  last run: {last_text}")
        click.echo(f"  next run: {row['next_run'] or '-'}")
        if row["health"]:
            click.echo(f"  WARNING: {row['health']}; the site may have changed")
        for warning in row.get("warnings") or ():
            click.echo(f"  WARNING: {warning}")
    if disabled:
        click.echo(f"\nDisabled: {', '.join(disabled)}")


commands = [daemon, runs, status]
