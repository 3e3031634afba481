"""Sending what the outbox holds, through Apprise, each message once.

Called after a crawl's runs have ended (``crawler.crawl``, so by the daemon's crawls and by
``presswatch crawl``) and by ``presswatch notify test``. Apprise is the transport (one URL
scheme per service: ``dingtalk://``, ``wecom://``, ``feishu://``, ``mailto://``,
``tgram://``, ``json://`` webhooks…); the delivery record is ours (``db/outbox.py``).
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlite_utils

from db.outbox import FIRST_BACKOFF, claim_due, mark_delivered, mark_failed
from notify.config import Subscription

logger = logging.getLogger(__name__)

#: seconds a claimed message stays reserved for its sender; a sender killed meanwhile
#: leaves it to the next run once the lease has passed
DEFAULT_LEASE = 300.0

Sender = Callable[[str, str, str], tuple[bool, str]]


@dataclass
class DeliveryReport:
    delivered: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def apprise_send(url: str, title: str, body: str) -> tuple[bool, str]:
    """Send one message to one Apprise URL; (ok, error text)."""
    import apprise  # imported when sending: loading its service plugins takes ~0.3 s

    app = apprise.Apprise()
    if not app.add(url):
        return False, "Apprise does not understand this URL (see `presswatch notify list`)"
    logs = apprise.LogCapture(level=logging.WARNING, fmt="%(message)s")
    with logs as captured:
        ok = app.notify(title=title, body=body)
    text = captured.getvalue().strip().splitlines() if not ok else []
    return bool(ok), (text[-1] if text else "the service did not accept the message")


def owner_name() -> str:
    """Who claims messages: host, process and a random part (unique per call)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def deliver_pending(
    db: sqlite_utils.Database,
    subscriptions: list[Subscription],
    *,
    send: Sender = apprise_send,
    lease: float = DEFAULT_LEASE,
    retry_delay: float = FIRST_BACKOFF,
) -> DeliveryReport:
    """Claim every due message of a configured subscription, send it, record the outcome.

    A digest subscription's due messages to one URL go out as one message. Messages of a
    subscription or URL no longer configured stay pending (``presswatch notify pending``
    shows them) rather than being dropped.
    """
    report = DeliveryReport()
    by_name = {sub.name: sub for sub in subscriptions}
    owner = owner_name()
    rows = claim_due(db, owner, lease_seconds=lease, subscriptions=list(by_name))
    groups: dict[tuple[str, str, int], list[dict]] = {}
    unknown: list[int] = []
    for row in rows:
        sub = by_name[row["subscription"]]
        if row["target"] not in sub.targets():
            unknown.append(row["id"])
            continue
        key = (sub.name, row["target"], 0 if sub.digest else row["id"])
        groups.setdefault(key, []).append(row)
    if unknown:
        mark_failed(db, unknown, owner, "its service URL is no longer configured",
                    first_backoff=retry_delay)
    for (name, target, _), group in groups.items():
        url = by_name[name].targets()[target]
        title, body = _compose(group)
        try:
            ok, error = send(url, title, body)
        except Exception as exc:  # a transport bug must not lose the claim's bookkeeping
            ok, error = False, f"{type(exc).__name__}: {exc}"
        ids = [row["id"] for row in group]
        if ok:
            report.delivered += mark_delivered(db, ids, owner)
        else:
            mark_failed(db, ids, owner, error, first_backoff=retry_delay)
            report.failed += len(ids)
            report.errors.append(f"{name}: {error}")
            logger.warning("notification to subscription %s failed: %s", name, error)
    return report


def _compose(group: list[dict]) -> tuple[str, str]:
    if len(group) == 1:
        return group[0]["title"], group[0]["body"]
    title = f"presswatch digest: {len(group)} update(s)"
    body = "\n\n".join(f"## {row['title']}\n\n{row['body']}" for row in group)
    return title, body
