"""Notifications of new coverage through Apprise, recorded in an outbox and sent once.

- ``notify.config``: subscriptions from ``[notify]`` in the sources file and
  ``PRESSWATCH_NOTIFY_URLS``;
- ``notify.rules``: which articles a subscription wants, the messages' text, and the hook
  that records them in the transaction ending a crawl run;
- ``notify.deliver``: claiming, sending and marking outbox rows (``db/outbox.py``).

The two functions below are what the crawl process and the daemon call.
"""

from __future__ import annotations

import logging
from pathlib import Path

import sqlite_utils

from notify.config import NotifyConfigError, Subscription, load_subscriptions

logger = logging.getLogger(__name__)

__all__ = ["NotifyConfigError", "Subscription", "deliver_now", "run_end_hook_for"]


def _health_runs(value: object) -> int:
    try:
        return max(1, int(str(value)))
    except ValueError:
        return 3


def run_end_hook_for(sources_file: str | Path | None, health_runs: object = 3):
    """The ``on_end`` hook for ``db.runs.finish_run`` (None when nobody subscribed).

    Raises :class:`NotifyConfigError` when ``[notify]`` or ``PRESSWATCH_NOTIFY_URLS`` is
    wrong, so a crawl refuses to start rather than finding news nobody will hear of.
    """
    from notify.rules import run_end_hook

    return run_end_hook(load_subscriptions(sources_file), health_runs=_health_runs(health_runs))


def number_setting(name: str) -> float:
    """A numeric ``PRESSWATCH_NOTIFY_*`` setting: the environment, else its default (the
    settings table, ``config/settings.py``).

    Raises :class:`NotifyConfigError` for a value that is not a number of seconds >= 0.
    """
    from config.settings import default, value

    raw = str(value(name) or default(name))
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if value < 0:
        raise NotifyConfigError(f"setting {name} must be a number of seconds, not {raw!r}")
    return value


def deliver_now(db: sqlite_utils.Database, sources_file: str | Path | None) -> None:
    """Send every due outbox message; failures are logged and retried on a later run."""
    from notify.deliver import deliver_pending

    try:
        subscriptions = load_subscriptions(sources_file)
        lease = number_setting("PRESSWATCH_NOTIFY_LEASE")
        retry = number_setting("PRESSWATCH_NOTIFY_RETRY_DELAY")
    except NotifyConfigError as exc:
        logger.error("notifications not sent: %s", exc)
        return
    if not subscriptions:
        return
    report = deliver_pending(db, subscriptions, lease=lease, retry_delay=retry)
    if report.delivered or report.failed:
        logger.info("notifications: %d delivered, %d to retry later", report.delivered,
                    report.failed)
