"""Every setting of presswatch in one table: name, default, type, help, and whether the
environment may set it.

Read through :func:`value` (environment, then the given Scrapy settings or overrides, then
the default); ``crawler/settings.py`` gives Scrapy the same values (:func:`scrapy_values`),
``docs/settings.md`` is checked against :data:`SETTINGS` by ``tests/config``, and a test
fails on any ``PRESSWATCH_`` name used in the code that is not in the table. Values from the
environment stay strings: the component that uses a setting parses it and reports a bad
value in one sentence naming the setting.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import metadata
from typing import Any


@dataclass(frozen=True)
class Setting:
    """One setting: its name, default, type (as documented) and one line of help."""

    name: str
    default: Any
    type: str  # "str", "path", "int", "float", "bool", "json", "dict", "list", "callable"
    help: str
    env: bool = False  # also read from the environment variable of the same name
    group: str = "scrapy"


def _group(group: str, *rows: Setting) -> tuple[Setting, ...]:
    return tuple(Setting(r.name, r.default, r.type, r.help, r.env, group) for r in rows)


S = Setting
CONTACT_URL = "https://github.com/presswatch/presswatch"
try:  # the installed distribution's version (pyproject.toml), for the User-Agent
    VERSION = metadata.version("presswatch")
except metadata.PackageNotFoundError:  # running from a checkout that is not installed
    VERSION = "0+unknown"

SETTINGS: tuple[Setting, ...] = (
    *_group(
        "storage",
        S("PRESSWATCH_DB", "data/presswatch.db", "path",
          "the SQLite database; `--db` overrides it", env=True),
        S("PRESSWATCH_RAW_ENABLED", True, "bool",
          "keep every fetched response, zlib-compressed, in `raw_pages` so `presswatch "
          "reprocess` can re-run cleaning and dedup"),
        S("PRESSWATCH_BUSY_TIMEOUT", "15000", "int",
          "milliseconds a command waits for another writer before it reports the database "
          "as locked", env=True),
        # Group commit of a crawl process (crawler/store.py; measured in docs/crawling.md).
        S("PRESSWATCH_COMMIT_ITEMS", 50, "int",
          "a crawl commits its writes after this many items (1 = every item on its own); a "
          "killed crawl loses at most this open group, whose pages the next crawl fetches "
          "again because the store does not know them"),
        S("PRESSWATCH_COMMIT_SECONDS", 1.0, "float",
          "and at the latest this many seconds after the group's first write, so other "
          "writers and readers of the file never wait longer"),
    ),
    *_group(
        "sources",
        S("PRESSWATCH_SOURCES_FILE", "sources.toml", "path",
          "your sources file, read after the built-in `crawler/sources/*.toml`; a table "
          "with a built-in name overrides it key by key", env=True),
        S("PRESSWATCH_DEFAULT_INTERVALS",
          {"government": "2h", "news": "30m", "feed": "30m", "sitemap": "1h", "listing": "1h"},
          "dict", "time between crawls for a source that gives neither `interval` nor `cron`"),
        S("PRESSWATCH_HOST_MAP", "{}", "json",
          "JSON object mapping a real host to `ADDRESS:PORT`: requests go there over plain "
          "HTTP (replicas, tests, `presswatch demo`); URLs in items, rows and logs stay the "
          "real ones", env=True),
        S("PRESSWATCH_NOW", "", "str",
          "\"now\" for `window_days`, ISO 8601; empty = the clock. Archived replicas set it "
          "so their dated items count as recent", env=True),
    ),
    *_group(
        "crawling",
        S("PRESSWATCH_CONTACT_URL", CONTACT_URL, "str",
          "put in the User-Agent so site owners can reach the operator"),
        S("PRESSWATCH_RETRY_BACKOFF_BASE", 1.0, "float",
          "seconds; retry *n* waits BASE × 2ⁿ when the server sends no `Retry-After`"),
        S("PRESSWATCH_RETRY_MAX_DELAY", 60.0, "float",
          "cap on any retry wait, `Retry-After` included"),
        # The request policy (crawler/middlewares/policy.py; docs/security.md). Turning it
        # off lets a hostile page make the crawler fetch local files and internal services.
        S("PRESSWATCH_POLICY_ENABLED", True, "bool",
          "the request policy ([security.md](security.md)): every request, redirect hop and "
          "robots.txt request must be http(s), to a host of the source, and not to an IP "
          "literal or a name resolving to a loopback/private/link-local/multicast address "
          "unless mapped in `PRESSWATCH_HOST_MAP`; refused ones become `dropped` rows with "
          "reason `blocked`. Off = a hostile page can make the crawler fetch internal "
          "services"),
        S("PRESSWATCH_POLICY_RESOLVER", "", "str",
          "dotted path of a `callable(host) -> addresses` (plain or `async`) the policy "
          "resolves names with; for tests that must never send a packet. Empty = Scrapy's "
          "threaded, cached resolver, the one the downloader connects with, so the address "
          "checked is the address used", env=True),
        S("PRESSWATCH_CONDITIONAL_ENABLED", True, "bool",
          "send `If-None-Match` / `If-Modified-Since` for listing and feed pages; a 304 "
          "costs nothing more"),
        S("PRESSWATCH_INGEST_ENABLED", True, "bool",
          "the item pipeline: clean, judge and store every fetched article (off = fetch "
          "only, e.g. to measure bare crawling)"),
        S("PRESSWATCH_FAILURES_ENABLED", True, "bool",
          "record every failed request and spider error as a `dropped` row, and count pages"),
        S("PRESSWATCH_RUNS_ENABLED", True, "bool",
          "record each crawl in `crawl_runs` (items, failures and conditional requests work "
          "without it)"),
        S("PRESSWATCH_RUN_TRIGGER", "manual", "str",
          "what started a crawl that creates its own run row (`manual`; the daemon passes "
          "the run it created instead)"),
        S("PRESSWATCH_PROGRESS_INTERVAL", 1.0, "float",
          "seconds between counter updates of a running crawl's run row"),
        S("PRESSWATCH_PROGRESS", None, "callable",
          "callable `(source, counts)` for live progress (set by `presswatch crawl`)"),
        S("PRESSWATCH_INGEST_WORKERS", "0", "int",
          "worker processes that clean and fingerprint items while the crawl downloads (the "
          "writes stay in the crawl process's commit groups); 0 = all in the crawl process "
          "(measured in crawling.md)", env=True),
        S("PRESSWATCH_LOG_LEVEL", "INFO", "str",
          "log level of a crawl process (Scrapy's `LOG_LEVEL`); the daemon sets WARNING for "
          "its children unless you set it", env=True),
    ),
    *_group(
        "cleaning",
        S("PRESSWATCH_CLEAN_MAX_BYTES", str(5 * 1024 * 1024), "int",
          "documents larger than this many bytes are refused by the cleaner with a reason",
          env=True),
        S("PRESSWATCH_CLEAN_RULES_FILE", "", "path",
          "a TOML boilerplate / spam rules file added to `pipelines/rules/boilerplate.toml`, "
          "with optional per-source sections", env=True),
        S("PRESSWATCH_CACHE_DIR", "", "path",
          "where tables built once from installed data files are kept (mojibake repair's "
          "word list, readings, traditional characters; rebuilt when their sources "
          "change); empty = `$XDG_CACHE_HOME/presswatch`, else `~/.cache/presswatch`",
          env=True),
    ),
    *_group(
        "notify",
        S("PRESSWATCH_NOTIFY_ENABLED", True, "bool",
          "off: crawls record and send no notifications (`presswatch demo` turns them off)"),
        S("PRESSWATCH_NOTIFY_URLS", "", "str",
          "Apprise URLs of the default subscription, space-separated; replaces `[notify] "
          "urls`", env=True),
        S("PRESSWATCH_NOTIFY_RETRY_DELAY", "60", "float",
          "seconds before an undelivered message is tried again; doubled after each "
          "failure, at most 6 hours; a retry happens at the first crawl (daemon or manual) "
          "or `presswatch notify send` after that", env=True),
        # Longer than any send (Apprise's own timeouts are a few seconds).
        S("PRESSWATCH_NOTIFY_LEASE", "300", "float",
          "seconds a sending process holds a claimed message; if it dies (kill -9) the next "
          "run takes the message after this; keep it longer than a send", env=True),
    ),
    # The sweep behind each dedup default is in docs/dedup.md. Changing a *_SIZE, NUM_PERM,
    # BANDS or ANCHOR_WINDOW value changes the index keys: the index is rebuilt on next use.
    *_group(
        "dedup",
        # 5 keeps the shared vocabulary of one regulator's press releases (市场监管总局,
        # 高质量发展) from looking like shared passages.
        S("PRESSWATCH_DEDUP_SHINGLE_SIZE", 5, "int",
          "characters per shingle of normalised text", env=True),
        # 64/16 puts the LSH threshold near Jaccard 0.5; lower resemblance is found through
        # anchors.
        S("PRESSWATCH_DEDUP_NUM_PERM", 64, "int", "MinHash permutations", env=True),
        S("PRESSWATCH_DEDUP_BANDS", 16, "int",
          "LSH bands (`NUM_PERM` must be a multiple)", env=True),
        # Any shared passage of 12 + 32 - 1 = 43 normalised characters (about one sentence)
        # yields a shared anchor; ~2/33 keys per character (~120 for a 2,000-character story).
        S("PRESSWATCH_DEDUP_ANCHOR_SIZE", 12, "int",
          "characters per anchor run (excerpt candidates)", env=True),
        S("PRESSWATCH_DEDUP_ANCHOR_WINDOW", 32, "int", "winnowing window of anchors", env=True),
        S("PRESSWATCH_DEDUP_MAX_POSTINGS", 200, "int",
          "an index key held by more articles is boilerplate and ignored", env=True),
        S("PRESSWATCH_DEDUP_MAX_CANDIDATES", 24, "int",
          "candidates verified exactly per item (highest key overlap first)", env=True),
        # On the evaluation set every true match shares >= 4 keys (a 74-character quote: 4-5
        # anchors); in a 100k synthetic store chance matches share exactly 1, up to 86 per item.
        S("PRESSWATCH_DEDUP_MIN_SHARED_KEYS", 2, "int",
          "index keys a candidate must share with the item", env=True),
        S("PRESSWATCH_DEDUP_DUPLICATE_RESEMBLANCE", 0.5, "float",
          "Jaccard resemblance that makes a near copy", env=True),
        S("PRESSWATCH_DEDUP_DUPLICATE_CONTAINMENT", 0.8, "float",
          "containment that makes an excerpt or a spam-injected copy a duplicate", env=True),
        S("PRESSWATCH_DEDUP_MIN_EXCERPT_CHARS", 80, "int",
          "shortest contained text that counts as a copy", env=True),
        S("PRESSWATCH_DEDUP_RELATED_CONTAINMENT", 0.12, "float",
          "containment that makes an article related", env=True),
        S("PRESSWATCH_DEDUP_RELATED_MIN_CHARS", 60, "int",
          "shared characters needed for related", env=True),
        S("PRESSWATCH_DEDUP_COMPLETE_GAIN", 0.2, "float",
          "share of story text a copy must add to replace a stored body", env=True),
        # Story paragraphs vs a 2-paragraph excerpt: >= 0.19 on the evaluation set.
        S("PRESSWATCH_DEDUP_TOPIC_OVERLAP", 0.15, "float",
          "share of an added paragraph's characters found in the stored text for it to "
          "count as story text", env=True),
        # Garbled spans are <= 7 characters, the shortest own lead of the evaluation set ~20
        # (sweep: docs/dedup.md).
        S("PRESSWATCH_DEDUP_ATTRIBUTION_MIN_RUN", 10, "int",
          "two reports, not a copy: item and article both have a dateline/byline/asking "
          "reporter in an unshared passage of at least this many normalised characters "
          "(pipelines/attribution.py)", env=True),
    ),
    *_group(
        "daemon",
        S("PRESSWATCH_DAEMON_CRAWL_TIMEOUT", "3600", "float",
          "seconds a crawl process may run before it is terminated and its run marked "
          "`killed`", env=True),
        S("PRESSWATCH_DAEMON_STOP_GRACE", "30", "float",
          "seconds running crawls get to finish after SIGTERM / SIGINT", env=True),
        S("PRESSWATCH_DAEMON_KILL_AFTER", "10", "float",
          "seconds between SIGTERM and SIGKILL for a crawl being stopped", env=True),
        S("PRESSWATCH_DAEMON_JITTER", "120", "float",
          "most seconds a start is delayed at random (capped at a tenth of the interval)",
          env=True),
        S("PRESSWATCH_DAEMON_MISFIRE_GRACE", "600", "int",
          "seconds a start may be late and still run; later ones are coalesced", env=True),
        S("PRESSWATCH_DAEMON_MAX_PARALLEL", "2", "int",
          "crawl processes at once (one per source at most)", env=True),
        S("PRESSWATCH_DAEMON_LOG_FILE", "", "path",
          "rotating log file; empty = `presswatch-daemon.log` beside the database, `-` = "
          "stderr only", env=True),
        S("PRESSWATCH_DAEMON_CRAWL_COMMAND", "", "str",
          "the child command; the daemon appends `--db PATH --run-id SOURCE=ID SOURCE`. "
          "Empty = `python -m crawler.crawl`", env=True),
        S("PRESSWATCH_DAEMON_HEALTH_RUNS", "3", "int",
          "`presswatch status` flags a source whose last N runs all failed or found nothing",
          env=True),
        S("PRESSWATCH_DAEMON_RELOAD_CHECK", "5", "float",
          "seconds between checks of the sources files for changes", env=True),
        S("PRESSWATCH_DAEMON_TIME_SCALE", "1", "float",
          "divides every interval (tests use 60 so `\"1m\"` means one second); leave at 1",
          env=True),
    ),
    # Scrapy's own settings, as presswatch sets them (docs/crawling.md#settings says why).
    *_group(
        "scrapy",
        S("BOT_NAME", "presswatch", "str", "Scrapy project name"),
        S("SPIDER_MODULES", ["spiders"], "list", "where Scrapy finds spiders"),
        S("NEWSPIDER_MODULE", "spiders", "str", "where `scrapy genspider` puts new spiders"),
        S("SPIDER_LOADER_CLASS", "spiders.SourceSpiderLoader", "str",
          "`scrapy crawl NAME` accepts source names too (a source on a generic spider)"),
        S("USER_AGENT", f"presswatch/{VERSION} (+{CONTACT_URL}; press-conference monitor)",
          "str",
          "an honest User-Agent naming the contact URL"),
        S("ROBOTSTXT_OBEY", True, "bool", "obey robots.txt"),
        S("CONCURRENT_REQUESTS", 16, "int", "requests in flight in all"),
        S("CONCURRENT_REQUESTS_PER_DOMAIN", 2, "int", "requests in flight per site"),
        S("CONCURRENT_ITEMS", 4, "int",
          "items and requests of one response handled at once; Scrapy's 100 starts 100 "
          "asyncio tasks per response (~2 CPU ms a page) although our item pipeline "
          "ingests one item at a time"),
        S("DOWNLOAD_DELAY", 0.5, "float", "seconds between requests to one site"),
        S("AUTOTHROTTLE_ENABLED", True, "bool", "adapt the delay to the site's latency"),
        S("AUTOTHROTTLE_START_DELAY", 1.0, "float", "AutoThrottle's first delay"),
        S("AUTOTHROTTLE_MAX_DELAY", 30.0, "float", "AutoThrottle's longest delay"),
        S("AUTOTHROTTLE_TARGET_CONCURRENCY", 1.0, "float", "requests in flight per site"),
        S("COOKIES_ENABLED", False, "bool", "news pages need no session"),
        S("TELNETCONSOLE_ENABLED", False, "bool", "no telnet console port"),
        S("REMOTE_CONTROL_ENABLED", False, "bool", "no remote-control port"),
        S("DOWNLOAD_TIMEOUT", 30, "int", "seconds before a request fails as `timeout`"),
        S("DOWNLOAD_MAXSIZE", 10 * 1024 * 1024, "int",
          "a response over 10 MB is not an article (`too_large`)"),
        S("DOWNLOAD_WARNSIZE", 2 * 1024 * 1024, "int", "log responses over 2 MB"),
        S("DOWNLOAD_FAIL_ON_DATALOSS", True, "bool",
          "a cut-off body is dropped as `truncated` instead of stored"),
        S("RETRY_ENABLED", True, "bool", "retry transient failures"),
        S("RETRY_TIMES", 3, "int", "retries per request"),
        S("RETRY_HTTP_CODES", [500, 502, 503, 504, 522, 524, 408, 429], "list",
          "HTTP answers that are retried"),
        S("REDIRECT_MAX_TIMES", 5, "int", "redirects followed per request"),
        S("FEED_EXPORT_ENCODING", "utf-8", "str", "feed exports in UTF-8"),
        S("TWISTED_REACTOR", "twisted.internet.asyncioreactor.AsyncioSelectorReactor", "str",
          "the asyncio reactor (async item pipeline)"),
        # Only http(s): Scrapy's file, data, s3 and ftp handlers are off, so no link or
        # redirect can read a local file or talk another protocol (the policy refuses first).
        S("DOWNLOAD_HANDLERS", {
            "http": "crawler.middlewares.hostmap.HostMapDownloadHandler",
            "https": "crawler.middlewares.hostmap.HostMapDownloadHandler",
            "file": None,
            "data": None,
            "s3": None,
            "ftp": None,
        }, "dict", "hosts in `PRESSWATCH_HOST_MAP` connect to the mapped address"),
        S("DOWNLOADER_MIDDLEWARES", {
            # What a crawl may fetch (DESIGN.md): first of all, so it judges every request,
            # redirect hop and robots.txt request before Scrapy's offsite and robots steps.
            "crawler.middlewares.policy.RequestPolicyMiddleware": 10,
            # Scrapy's retry re-queues at once; ours waits (Retry-After or backoff).
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "crawler.middlewares.retry.BackoffRetryMiddleware": 550,
            # Nearest the downloader, so it sees the raw 304 and adds validators last.
            "crawler.middlewares.conditional.ConditionalRequestMiddleware": 950,
            # Before Scrapy's redirects (600): a redirect back onto its own chain is a loop.
            "crawler.middlewares.failures.RedirectLoopMiddleware": 610,
        }, "dict", "presswatch's downloader middlewares"),
        S("SPIDER_MIDDLEWARES", {
            # Every request a spider yields gets an errback recording failures as dropped rows.
            "crawler.middlewares.failures.ErrbackMiddleware": 50,
        }, "dict", "presswatch's spider middlewares"),
        S("ITEM_PIPELINES", {"crawler.pipelines.IngestPipeline": 300}, "dict",
          "the item pipeline (`PRESSWATCH_INGEST_ENABLED`)"),
        S("EXTENSIONS", {"crawler.extensions.RunRecorder": 100}, "dict",
          "the run recorder (`PRESSWATCH_RUNS_ENABLED`)"),
        S("ADDONS", {"crawler.addons.SkipSwitchedOff": 0}, "dict",
          "Scrapy components switched off (cookies, remote control, telnet) are not "
          "imported: ~0.3 s less start-up per crawl process"),
    ),
)
del S

BY_NAME: dict[str, Setting] = {setting.name: setting for setting in SETTINGS}


def setting(name: str) -> Setting:
    """The table's row for ``name``; KeyError for a name that is not a setting."""
    return BY_NAME[name]


def default(name: str) -> Any:
    """The default of ``name`` (a fresh copy for lists and dicts)."""
    value_ = BY_NAME[name].default
    return type(value_)(value_) if isinstance(value_, list | dict) else value_


def value(name: str, settings: Mapping[str, Any] | Any | None = None,
          environ: Mapping[str, str] | None = None) -> Any:
    """The value of setting ``name``: the environment (for settings marked ``env``), then
    ``settings`` (a Scrapy ``Settings`` or a mapping of overrides), then the default.
    """
    row = BY_NAME[name]
    environ = os.environ if environ is None else environ
    if row.env and name in environ:
        return environ[name]
    if settings is not None:
        given = settings.get(name)
        if given is not None:
            return given
    return default(name)


def scrapy_values(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Every setting as Scrapy's settings module gives it (environment applied)."""
    values = {row.name: value(row.name, environ=environ) for row in SETTINGS}
    values["LOG_LEVEL"] = values["PRESSWATCH_LOG_LEVEL"]
    return values


# --- docs/settings.md is generated from the table ------------------------------------------

GROUPS: dict[str, tuple[str, str]] = {
    # group: (section title, text under it)
    "storage": ("Storage", ""),
    "sources": ("Sources ([crawling.md](crawling.md))", ""),
    "crawling": (
        "Crawling ([crawling.md](crawling.md), [security.md](security.md))",
        "Each presswatch Scrapy component has its own switch and is off (`NotConfigured`) "
        "when it is false; none depends on another (docs/architecture.md).",
    ),
    "cleaning": ("Cleaning ([cleaning.md](cleaning.md))", ""),
    "notify": (
        "Notifications ([web.md](web.md#notifications))",
        "Subscriptions themselves (URLs, events, rules, digest) are the `[notify]` table of "
        "the sources file.",
    ),
    "dedup": (
        "Deduplication ([dedup.md](dedup.md), which shows the measurement behind each "
        "default)",
        "Changing a `*_SIZE`, `NUM_PERM`, `BANDS` or `ANCHOR_WINDOW` value changes the index "
        "keys; the index is rebuilt on next use.",
    ),
    "daemon": ("Daemon ([daemon.md](daemon.md))", ""),
    "scrapy": (
        "Scrapy settings",
        "Scrapy's own settings as presswatch sets them; [crawling.md](crawling.md#settings) "
        "explains the choices for politeness and robustness.",
    ),
}

DOCS_HEAD = """# Settings

<!-- Generated from config/settings.py by `python -m config.settings > docs/settings.md`;
edit the table there, not this file (tests/config checks they agree). -->

Every presswatch setting, its default and what it does, from the one table of settings
(`config/settings.py`). Scrapy reads it through `crawler/settings.py` (`scrapy.cfg`); the
`presswatch` commands and the daemon read it too. Settings marked *(env)* are also read from
the environment variable of the same name, which wins over the value given to a crawl with
`python -m crawler.crawl --set NAME=VALUE` or `scrapy crawl SOURCE -s NAME=VALUE`.
"""


def _shown(row: Setting) -> str:
    text = "empty" if row.default in ("", None) else f"`{row.default!s}`"
    if isinstance(row.default, dict):
        text = ", ".join(f"{k}: `{v}`" for k, v in row.default.items())
    return f"{text} (env)" if row.env else text


def markdown() -> str:
    """docs/settings.md: one table per group, in the table's order."""
    parts = [DOCS_HEAD]
    for group, (title, text) in GROUPS.items():
        rows = [row for row in SETTINGS if row.group == group]
        if group == "scrapy":
            rows = [row for row in rows if not isinstance(row.default, dict | list)]
        parts.append(f"\n## {title}\n")
        if text:
            parts.append(f"\n{text}\n")
        parts.append("\n| setting | default | what it does |\n|---|---|---|\n")
        parts.extend(f"| `{row.name}` | {_shown(row)} | {row.help} |\n" for row in rows)
    return "".join(parts)


if __name__ == "__main__":
    print(markdown(), end="")
