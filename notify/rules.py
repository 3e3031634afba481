"""What a subscription hears about, and the text of its messages. Plain functions.

:func:`run_end_hook` is what a crawl passes to ``db.runs.finish_run(on_end=...)``: inside
the transaction that ends a run it records, per subscription and per service URL, one
message naming the run's new and related articles that the subscription's rule accepts,
and one when the run turned its source unhealthy.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from db.outbox import record_message, run_articles
from db.runs import health_of, recent_finished_runs
from notify.config import Subscription
from pipelines.relevance import REGULATORS
from pipelines.textnorm import normalize_query

# English names people use for the regulators (a compliance desk writes "CSRC"); each maps
# to the alias group of pipelines.relevance.REGULATORS whose canonical name is given.
ABBREVIATIONS = {
    "pboc": "中国人民银行",
    "samr": "国家市场监督管理总局",
    "csrc": "中国证券监督管理委员会",
    "nfra": "国家金融监督管理总局",
    "cbirc": "国家金融监督管理总局",
    "ndrc": "国家发展和改革委员会",
    "mofcom": "商务部",
    "scio": "国务院新闻办公室",
    "safe": "国家外汇管理局",
    "mof": "财政部",
    "nbs": "国家统计局",
    "gacc": "海关总署",
    "miit": "工业和信息化部",
    "nmpa": "国家药品监督管理局",
}

MAX_LISTED = 20  # articles named in one message; the rest are counted


def organiser_aliases(name: str) -> tuple[str, ...]:
    """Every name of the regulator ``name`` stands for (``CSRC`` → 证监会, 中国证监会…).

    A name presswatch does not know is taken as it is.
    """
    canonical = ABBREVIATIONS.get(name.strip().lower())
    for group in REGULATORS:
        if canonical == group[0] or name in group:
            return group
    return (name,)


def matches(sub: Subscription, article: dict[str, Any]) -> bool:
    """Whether ``article`` (a row with ``status``, ``source``, ``title``, ``body``) is for
    ``sub``: its event wanted, and every criterion given (sources, organisers, words) met."""
    if article["status"] not in sub.events:
        return False
    if sub.sources and article["source"] not in sub.sources:
        return False
    text = f"{article.get('title') or ''}\n{article.get('body') or ''}".lower()
    if sub.organisers and not any(
        alias.lower() in text for name in sub.organisers for alias in organiser_aliases(name)
    ):
        return False
    return all(normalize_query(word).lower() in text for word in sub.words)


def coverage_message(articles: list[dict[str, Any]], source: str) -> tuple[str, str]:
    """(title, body) of a message about ``articles`` found by one crawl of ``source``."""
    new = sum(1 for a in articles if a["status"] == "new")
    related = len(articles) - new
    parts = [f"{new} new" if new else "", f"{related} related" if related else ""]
    title = f"presswatch: {' and '.join(p for p in parts if p)} article(s) from {source}"
    return title, "\n\n".join(article_lines(articles))


def article_lines(articles: list[dict[str, Any]]) -> list[str]:
    """One paragraph per article: title, source, time, status, link (at most MAX_LISTED)."""
    lines = []
    for a in articles[:MAX_LISTED]:
        when = a.get("published_at") or a.get("fetched_at") or "undated"
        lines.append(f"{a.get('title') or '(no title)'}\n{a['source']} · {when} · "
                     f"{a['status']}\n{a['url']}")
    if len(articles) > MAX_LISTED:
        lines.append(f"… and {len(articles) - MAX_LISTED} more")
    return lines


def digest_due(interval: int, now: float | None = None) -> datetime:
    """The end of the current digest period (periods aligned on the epoch, UTC)."""
    now = time.time() if now is None else now
    return datetime.fromtimestamp(math.ceil(now / interval) * interval, UTC)


def run_end_hook(
    subscriptions: list[Subscription], *, health_runs: int = 3
) -> Callable[[sqlite_utils.Database, int], None] | None:
    """The ``on_end`` callback recording a run's messages; None when nobody subscribed."""
    if not subscriptions:
        return None

    def record(db: sqlite_utils.Database, run_id: int) -> None:
        row = db.execute("SELECT source FROM crawl_runs WHERE id = ?", [run_id]).fetchone()
        if row is None:
            return
        source = row[0]
        articles = run_articles(db, run_id)
        unhealthy = _turned_unhealthy(db, source, run_id, health_runs)
        for sub in subscriptions:
            due = digest_due(sub.digest) if sub.digest else None
            chosen = [a for a in articles if matches(sub, a)]
            messages = []
            if chosen:
                messages.append(("coverage", *coverage_message(chosen, source),
                                 [a["id"] for a in chosen]))
            if unhealthy and "unhealthy" in sub.events and (
                not sub.sources or source in sub.sources
            ):
                messages.append(("unhealthy", f"presswatch: source {source} is unhealthy",
                                 f"{source}: {unhealthy}; the site may have changed. "
                                 f"Last run: #{run_id}.", []))
            for event, title, body, ids in messages:
                for target in sub.targets():
                    record_message(db, subscription=sub.name, target=target, event=event,
                                   title=title, body=body, run_id=run_id, source=source,
                                   article_ids=ids, due_at=due)

    return record


def _turned_unhealthy(
    db: sqlite_utils.Database, source: str, run_id: int, needed: int
) -> str | None:
    """The health warning if run ``run_id`` made ``source`` unhealthy (it was not before)."""
    runs = recent_finished_runs(db, source, needed + 1)
    if not runs or runs[0]["id"] != run_id:
        return None
    now = health_of(runs, needed)
    before = health_of(runs[1:], needed)
    return now if now and not before else None
