"""``presswatch sources --check``: a live self-check of each source against its site.

Each source is crawled for real (its spider, settings, request policy and host map) into
a scratch database that is thrown away, stopping after the first article. The verdict per
source comes from what that crawl recorded (``db.crawl_state.check_facts``):

- ``fail``: the start page could not be fetched (the reason: HTTP status, network error),
  or it gave no entry (the reason, including "the site answered with a JavaScript
  challenge" when it did — presswatch does not work around challenges);
- ``warn``: entries were found only by the article-URL fallback, no next page was found
  (for a source with ``max_pages`` > 1), or the article came out without a title or date;
- ``ok`` otherwise. The report holds the start page, entries, next page and one article's
  title, date and length — what a bug report needs.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from db import open_db
from db.crawl_state import check_facts


def judge(source: Any, facts: dict[str, Any], status: str) -> dict[str, Any]:
    """Verdict (``ok``/``warn``/``fail``) and reasons for one source from its crawl facts."""
    listings, article, dropped = facts["listings"], facts["article"], facts["dropped"]
    reasons: list[str] = []
    verdict = "ok"
    start_drops = [d for d in dropped if d["url"] in source.start_urls
                   or (d["reason"] != "no_entries" and not listings)]
    if not listings:
        detail = "; ".join(f"{d['reason']}: {d['detail'] or ''}".strip(": ")
                           for d in start_drops[:2]) or f"crawl {status}"
        return {"verdict": "fail", "reasons": [f"start page not read ({detail})"],
                "start_page": "failed", "entries": 0, "next_page": None, "article": article}
    entries = sum(item["entries"] for item in listings)
    empty = [d for d in dropped if d["reason"] == "no_entries"]
    if entries == 0:
        detail = empty[0]["detail"] if empty else "no article links"
        return {"verdict": "fail", "reasons": [f"no entries on the start page: {detail}"],
                "start_page": "ok", "entries": 0, "next_page": None, "article": article}
    if any(item["fallback"] for item in listings):
        verdict = "warn"
        reasons.append("entries found only by the article-URL fallback (selectors stale?)")
    next_page = next((item["next_url"] for item in listings if item["next_url"]), None)
    if next_page is None and source.max_pages > 1:
        verdict = "warn"
        reasons.append("no next page found on the start page")
    if article is None:
        verdict = "warn"
        reasons.append("no article stored from the first entries (all known, filtered or "
                       "failed)")
    else:
        if not article["title"]:
            verdict = "warn"
            reasons.append("the article came out without a headline")
        if not article["published_at"]:
            verdict = "warn"
            reasons.append("the article came out without a date")
    return {"verdict": verdict, "reasons": reasons, "start_page": "ok", "entries": entries,
            "next_page": next_page, "article": article}


def check_sources(names: list[str], sources: dict[str, Any], overrides: dict[str, Any],
                  run: Any) -> dict[str, dict[str, Any]]:
    """Check ``names``; ``run(names, db_path, overrides)`` runs the crawls (the CLI's)."""
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="presswatch-check-") as scratch:
        db_path = Path(scratch) / "check.db"
        settings = dict(overrides)
        settings.update({"CLOSESPIDER_ITEMCOUNT": 1, "PRESSWATCH_CONDITIONAL_ENABLED": False})
        crawled = run(names, db_path, settings)
        db = open_db(db_path)
        try:
            for name in names:
                status = (crawled.get(name) or {}).get("status", "failed")
                results[name] = {"source": name, **judge(sources[name],
                                                         check_facts(db, name), status)}
        finally:
            db.close()
    return results
