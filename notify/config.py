"""Who is told what: notification subscriptions from ``[notify]`` and the environment.

In the sources file (``PRESSWATCH_SOURCES_FILE``)::

    [notify]                                   # the "default" subscription
    urls = ["dingtalk://TOKEN/", "mailto://user:pass@example.com"]
    events = ["new", "related", "unhealthy"]   # the default: all three
    digest = "1h"                              # optional: one message per hour at most

    [notify.subscriptions.compliance]          # a named subscription with its own rule
    urls = ["wecom://..."]
    organisers = ["CSRC"]                      # an alias group: CSRC = 证监会 = 中国证监会…
    [notify.subscriptions.pr]
    urls = ["json://127.0.0.1:9000/hook"]
    words = ["宁德时代"]                         # every word must appear (title or body)
    sources = ["nbd", "chinanews"]

``PRESSWATCH_NOTIFY_URLS`` (space-separated Apprise URLs) replaces the default
subscription's ``urls``. Within a subscription every criterion given must hold (sources,
organisers, words), and any one item of a list is enough (any organiser, any source) except
``words``, which must all appear — the way news alerts narrow.
"""

from __future__ import annotations

import hashlib
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.sources import parse_interval, user_sources_file

EVENTS = ("new", "related", "unhealthy")
DEFAULT_NAME = "default"
_KEYS = {"urls", "events", "digest", "sources", "organisers", "words", "subscriptions"}


class NotifyConfigError(ValueError):
    """A notification setting that cannot be used; ``str()`` is one sentence."""


@dataclass(frozen=True)
class Subscription:
    """One named audience: where to send (Apprise URLs) and what it wants to hear about."""

    name: str
    urls: tuple[str, ...]
    events: frozenset[str] = frozenset(EVENTS)
    sources: tuple[str, ...] = ()
    organisers: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    digest: int | None = None  # seconds; None sends one message per run

    def targets(self) -> dict[str, str]:
        """``{target key: URL}``; the key (a hash) is what the outbox stores, never the URL."""
        return {target_key(url): url for url in self.urls}


def target_key(url: str) -> str:
    """A stable, non-secret name of one service URL (URLs carry tokens and passwords)."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def load_subscriptions(
    path: str | Path | None = None, *, environ: dict[str, str] | None = None
) -> list[Subscription]:
    """Every subscription with at least one URL, from the sources file and the environment.

    Raises :class:`NotifyConfigError` naming the file and key of a bad value.
    """
    environ = os.environ if environ is None else environ
    file = user_sources_file(path or None)
    table: dict[str, Any] = {}
    if file.is_file():
        try:
            table = tomllib.loads(file.read_text(encoding="utf-8")).get("notify", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
            raise NotifyConfigError(f"{file}: cannot be read: {exc}") from exc
    if not isinstance(table, dict):
        raise NotifyConfigError(f"{file}: notify: must be a table ([notify])")
    subscriptions = []
    default = _subscription(DEFAULT_NAME, table, file, "notify")
    env_urls = environ.get("PRESSWATCH_NOTIFY_URLS", "").split()
    if env_urls:
        default = _replace_urls(default, env_urls)
    if default.urls:
        subscriptions.append(default)
    named = table.get("subscriptions", {})
    if not isinstance(named, dict):
        raise NotifyConfigError(f"{file}: notify.subscriptions: must be a table of tables")
    for name, sub in named.items():
        key = f"notify.subscriptions.{name}"
        if not isinstance(sub, dict):
            raise NotifyConfigError(f"{file}: {key}: must be a table")
        if "subscriptions" in sub:
            raise NotifyConfigError(f"{file}: {key}.subscriptions: subscriptions do not nest")
        if name == DEFAULT_NAME:
            raise NotifyConfigError(f"{file}: {key}: 'default' is the name of the top "
                                    "[notify] table; choose another name")
        subscription = _subscription(name, sub, file, key)
        if not subscription.urls:
            raise NotifyConfigError(f"{file}: {key}.urls: give at least one Apprise URL")
        subscriptions.append(subscription)
    return subscriptions


def _replace_urls(sub: Subscription, urls: list[str]) -> Subscription:
    return Subscription(name=sub.name, urls=tuple(urls), events=sub.events, sources=sub.sources,
                        organisers=sub.organisers, words=sub.words, digest=sub.digest)


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split() if where.endswith("urls") else [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise NotifyConfigError(f"{where}: must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _subscription(name: str, table: dict[str, Any], file: Path, key: str) -> Subscription:
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise NotifyConfigError(f"{file}: {key}.{unknown[0]}: unknown key; known: "
                                f"{', '.join(sorted(_KEYS - {'subscriptions'}))}")
    where = f"{file}: {key}"
    urls = _strings(table.get("urls", []), f"{where}.urls")
    events = _strings(table.get("events", list(EVENTS)), f"{where}.events")
    bad = [e for e in events if e not in EVENTS]
    if bad:
        raise NotifyConfigError(f"{where}.events: unknown event {bad[0]!r}; "
                                f"choose from {', '.join(EVENTS)}")
    digest = None
    if table.get("digest") not in (None, "", 0):
        try:
            digest = parse_interval(table["digest"])
        except ValueError as exc:
            raise NotifyConfigError(f"{where}.digest: {exc}") from exc
    organisers = _strings(table.get("organisers", []), f"{where}.organisers")
    return Subscription(
        name=name,
        urls=urls,
        events=frozenset(events),
        sources=_strings(table.get("sources", []), f"{where}.sources"),
        organisers=organisers,
        words=_strings(table.get("words", []), f"{where}.words"),
        digest=digest,
    )
