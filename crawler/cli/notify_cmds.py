"""``presswatch notify list/test/pending/send``: notification subscriptions and the outbox."""

from __future__ import annotations

import re
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
from db.outbox import pending_messages, record_message
from notify.config import NotifyConfigError, Subscription, load_subscriptions

sources_file_option = click.option(
    "--sources-file", type=click.Path(dir_okay=False, path_type=Path),
    help="Sources file with the [notify] table (default: $PRESSWATCH_SOURCES_FILE or "
         "./sources.toml).",
)


def _subscriptions(sources_file: Path | None) -> list[Subscription]:
    try:
        return load_subscriptions(sources_file)
    except NotifyConfigError as exc:
        raise UserError(str(exc), ExitStatus.USAGE) from exc


def _masked(url: str) -> str:
    """A URL with its secrets hidden: the scheme, and the host when it is a host name or
    address; credentials, tokens (many services put them where the host goes) and paths
    masked."""
    match = re.match(r"^([a-z0-9+.-]+://)(?:[^@/]*@)?([^/?]*)", url, flags=re.I)
    if not match:
        return "…"
    scheme, host = match.groups()
    if not re.fullmatch(r"([\w-]+(\.[\w-]+)+|localhost|\[[0-9a-f:]+\])(:\d+)?", host, re.I):
        host = host[:2] + "…"
    return f"{scheme}{host}/…"


def _deliver(db: object, subs: list[Subscription]) -> None:
    """Deliver what is due, say how it went; exit 1 when something failed."""
    from notify import number_setting
    from notify.deliver import deliver_pending

    try:
        lease = number_setting("PRESSWATCH_NOTIFY_LEASE")
        retry = number_setting("PRESSWATCH_NOTIFY_RETRY_DELAY")
    except NotifyConfigError as exc:
        raise UserError(str(exc), ExitStatus.USAGE) from exc
    report = deliver_pending(db, subs, lease=lease, retry_delay=retry)
    click.echo(f"Delivered {report.delivered} message(s); {report.failed} failed.")
    for error in report.errors:
        click.echo(f"  {error}", err=True)
    if report.failed:
        raise UserError("some messages were not delivered; they stay in the outbox and are "
                        "retried by later crawls ('presswatch notify pending')")


@click.group()
def notify() -> None:
    """Notifications of new coverage through Apprise URLs (DingTalk, WeCom, Feishu, email,
    Telegram, webhooks…): list subscriptions, send a test, see what is undelivered."""


@notify.command("list")
@sources_file_option
@json_option
@handle_errors
def notify_list(sources_file: Path | None, as_json: bool) -> None:
    """Every subscription: its service URLs (secrets masked), events, rule and digest.

    Example: presswatch notify list --sources-file sources.toml
    """
    subs = _subscriptions(sources_file)
    data = [{"name": s.name, "urls": [_masked(u) for u in s.urls],
             "events": sorted(s.events), "sources": list(s.sources),
             "organisers": list(s.organisers), "words": list(s.words),
             "digest_seconds": s.digest} for s in subs]
    if as_json:
        emit_json(data)
        return
    if not data:
        click.echo("No subscriptions: set PRESSWATCH_NOTIFY_URLS or add [notify] to the "
                   "sources file (see README, Notifications).", err=True)
        return
    for sub in data:
        rule = [f"{key} {', '.join(sub[key])}" for key in ("sources", "organisers", "words")
                if sub[key]]
        click.echo(f"{sub['name']}: events {', '.join(sub['events'])}"
                   + (f"; {'; '.join(rule)}" if rule else "; everything")
                   + (f"; digest every {sub['digest_seconds']}s" if sub["digest_seconds"]
                      else ""))
        for url in sub["urls"]:
            click.echo(f"    {url}")


@notify.command("test")
@click.option("--subscription", "-s", "names", multiple=True,
              help="Only this subscription (repeatable; default: all).")
@sources_file_option
@db_option
@handle_errors
def notify_test(names: tuple[str, ...], sources_file: Path | None, db_path: Path) -> None:
    """Send a test message to every service URL now, through the outbox like real ones.

    Exit status 1 if any URL failed (the message is then retried by later crawls).

    Example: presswatch notify test -s compliance
    """
    from notify.config import target_key

    subs = _subscriptions(sources_file)
    unknown = sorted(set(names) - {s.name for s in subs})
    if unknown:
        raise UserError(f"no subscription named {unknown[0]!r}; see 'presswatch notify list'",
                        ExitStatus.USAGE)
    subs = [s for s in subs if not names or s.name in names]
    if not subs:
        raise UserError("no subscriptions to test: set PRESSWATCH_NOTIFY_URLS or add "
                        "[notify] urls to the sources file", ExitStatus.USAGE)
    db = open_store(db_path, create=True)
    for sub in subs:
        for url in sub.urls:
            record_message(db, subscription=sub.name, target=target_key(url), event="test",
                           title="presswatch test message",
                           body=f"Subscription {sub.name!r} of {db_path.stem} reaches this "
                                "service.")
    _deliver(db, subs)


@notify.command("pending")
@json_option
@db_option
@handle_errors
def notify_pending(as_json: bool, db_path: Path) -> None:
    """Messages recorded but not yet delivered, with attempts, next try and last error.

    Example: presswatch notify pending --json
    """
    db = open_store(db_path)
    rows = [] if "notify_outbox" not in db.table_names() else pending_messages(db)
    db.close()
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo("Nothing pending: every recorded message was delivered.", err=True)
        return
    for row in rows:
        click.echo(f"#{row['id']} {row['subscription']} {row['event']} run {row['run_id']}: "
                   f"{row['title']}")
        click.echo(f"    attempts {row['attempts']}, next try {row['due_at']}"
                   + (f", claimed by {row['claimed_by']} until {row['lease_until']}"
                      if row["claimed_by"] else "")
                   + (f", last error: {row['last_error']}" if row["last_error"] else ""))


@notify.command("send")
@sources_file_option
@db_option
@handle_errors
def notify_send(sources_file: Path | None, db_path: Path) -> None:
    """Deliver every due message now (crawls do this after each run; use it from cron or
    after fixing a URL).

    Example: presswatch notify send
    """
    subs = _subscriptions(sources_file)
    db = open_store(db_path, write=True)
    _deliver(db, subs)


commands = [notify]
