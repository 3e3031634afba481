"""The one defaults file of presswatch.

Scrapy reads it through ``scrapy.cfg``; the ``presswatch`` command line and the scheduler
read it through :func:`crawler.config.load_settings`. Every ``PRESSWATCH_*`` setting is
documented in ``docs/settings.md`` (a test keeps the two in step). Values that can come from
the environment are read here, as strings, and parsed by the component that uses them, so a
bad value is reported by that component in one sentence instead of failing at import.
"""

from __future__ import annotations

import os

from crawler import __version__

# --- Project -------------------------------------------------------------------------------
BOT_NAME = "presswatch"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# --- Storage --------------------------------------------------------------------------------
# Path of the SQLite database; the CLI's --db overrides it.
PRESSWATCH_DB = os.environ.get("PRESSWATCH_DB", "data/presswatch.db")
# Keep every fetched response (zlib-compressed) so `presswatch reprocess` can re-run pipelines.
PRESSWATCH_RAW_ENABLED = True

# --- Sources --------------------------------------------------------------------------------
# A user's sources file, read after the built-in crawler/sources.toml; entries with the same
# name replace built-in ones. Missing file = built-in sources only.
PRESSWATCH_SOURCES_FILE = os.environ.get("PRESSWATCH_SOURCES_FILE", "sources.toml")

# --- Test and replay ------------------------------------------------------------------------
# JSON object mapping a real host name to "127.0.0.1:PORT"; the connection goes there over
# plain HTTP while URLs in items, rows and logs stay the real ones.
PRESSWATCH_HOST_MAP = os.environ.get("PRESSWATCH_HOST_MAP", "{}")

# --- Politeness -----------------------------------------------------------------------------
PRESSWATCH_CONTACT_URL = "https://github.com/presswatch/presswatch"
USER_AGENT = f"presswatch/{__version__} (+{PRESSWATCH_CONTACT_URL}; press-conference monitor)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

# --- Robustness -----------------------------------------------------------------------------
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024  # a news page over 10 MB is not an article
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5

# --- Output ---------------------------------------------------------------------------------
FEED_EXPORT_ENCODING = "utf-8"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = os.environ.get("PRESSWATCH_LOG_LEVEL", "INFO")

# --- Scheduler daemon (scheduler.py, docs/daemon.md) ----------------------------------------
# Seconds a crawl process may run before it is terminated and its run marked `killed`.
PRESSWATCH_DAEMON_CRAWL_TIMEOUT = os.environ.get("PRESSWATCH_DAEMON_CRAWL_TIMEOUT", "3600")
# Seconds running crawls get to finish after SIGTERM/SIGINT before they are terminated.
PRESSWATCH_DAEMON_STOP_GRACE = os.environ.get("PRESSWATCH_DAEMON_STOP_GRACE", "30")
# Seconds a terminated crawl gets between SIGTERM and SIGKILL.
PRESSWATCH_DAEMON_KILL_AFTER = os.environ.get("PRESSWATCH_DAEMON_KILL_AFTER", "10")
# Most seconds a start is delayed at random so sources do not fire together (capped at a
# tenth of the source's interval).
PRESSWATCH_DAEMON_JITTER = os.environ.get("PRESSWATCH_DAEMON_JITTER", "120")
# Seconds a start may be late (daemon busy, machine asleep) and still run; later ones are
# coalesced into the next.
PRESSWATCH_DAEMON_MISFIRE_GRACE = os.environ.get("PRESSWATCH_DAEMON_MISFIRE_GRACE", "600")
# Crawl processes that may run at once (each source still runs one at a time).
PRESSWATCH_DAEMON_MAX_PARALLEL = os.environ.get("PRESSWATCH_DAEMON_MAX_PARALLEL", "2")
# Rotating log file; empty = presswatch-daemon.log beside the database, "-" = stderr only.
PRESSWATCH_DAEMON_LOG_FILE = os.environ.get("PRESSWATCH_DAEMON_LOG_FILE", "")
# Command that crawls sources in a child process; the daemon appends
# `--db PATH --run-id SOURCE=ID SOURCE`. Empty = `<python> -m crawler.crawl`.
PRESSWATCH_DAEMON_CRAWL_COMMAND = os.environ.get("PRESSWATCH_DAEMON_CRAWL_COMMAND", "")
# `presswatch status` flags a source whose last N runs all failed or found zero items.
PRESSWATCH_DAEMON_HEALTH_RUNS = os.environ.get("PRESSWATCH_DAEMON_HEALTH_RUNS", "3")
# Seconds between checks of the sources files' modification time (reload without SIGHUP).
PRESSWATCH_DAEMON_RELOAD_CHECK = os.environ.get("PRESSWATCH_DAEMON_RELOAD_CHECK", "5")
# Divides every source interval: tests and benchmarks run a "1m" source each second with 60.
# Leave at 1 in production.
PRESSWATCH_DAEMON_TIME_SCALE = os.environ.get("PRESSWATCH_DAEMON_TIME_SCALE", "1")

# --- Deduplication (pipelines/dedup.py; the sweep behind each default is in docs/dedup.md) -
# Each may also be set in the environment. Changing a *_SIZE, NUM_PERM, BANDS or
# ANCHOR_WINDOW value changes the index keys: the index is rebuilt on next use.
# Shingle length (characters of normalised text) for resemblance/containment.
PRESSWATCH_DEDUP_SHINGLE_SIZE = 5
# MinHash permutations and LSH bands (NUM_PERM must be a multiple of BANDS).
PRESSWATCH_DEDUP_NUM_PERM = 64
PRESSWATCH_DEDUP_BANDS = 16
# Anchors for excerpt candidates: winnowed hashes of ANCHOR_SIZE-character runs with window
# ANCHOR_WINDOW; any shared passage of SIZE + WINDOW - 1 characters yields a common anchor.
PRESSWATCH_DEDUP_ANCHOR_SIZE = 12
PRESSWATCH_DEDUP_ANCHOR_WINDOW = 32
# A key shared by more articles than this is boilerplate and ignored.
PRESSWATCH_DEDUP_MAX_POSTINGS = 200
# Candidates verified exactly per item, and the index keys a candidate must share.
PRESSWATCH_DEDUP_MAX_CANDIDATES = 24
PRESSWATCH_DEDUP_MIN_SHARED_KEYS = 2
# duplicate: Jaccard >= RESEMBLANCE, or one text contained in the other >= CONTAINMENT
# (the contained text at least MIN_EXCERPT_CHARS long).
PRESSWATCH_DEDUP_DUPLICATE_RESEMBLANCE = 0.5
PRESSWATCH_DEDUP_DUPLICATE_CONTAINMENT = 0.8
PRESSWATCH_DEDUP_MIN_EXCERPT_CHARS = 80
# related: larger containment >= RELATED_CONTAINMENT and >= RELATED_MIN_CHARS shared.
PRESSWATCH_DEDUP_RELATED_CONTAINMENT = 0.12
PRESSWATCH_DEDUP_RELATED_MIN_CHARS = 60
# A copy replaces the stored body when the story paragraphs it adds (>= 50 characters,
# >= TOPIC_OVERLAP of their distinct characters in the stored text) are >= COMPLETE_GAIN of it.
PRESSWATCH_DEDUP_COMPLETE_GAIN = 0.2
PRESSWATCH_DEDUP_TOPIC_OVERLAP = 0.15
# Two reports, not a copy: item and article both have a dateline/byline/asking reporter in an
# unshared passage of >= this many normalised characters (pipelines/attribution.py).
PRESSWATCH_DEDUP_ATTRIBUTION_MIN_RUN = 10

# --- Cleaning (pipelines/clean.py; docs/cleaning.md) ---------------------------------------
# Documents larger than this many bytes are refused by clean_document() with a reason.
PRESSWATCH_CLEAN_MAX_BYTES = os.environ.get("PRESSWATCH_CLEAN_MAX_BYTES", str(5 * 1024 * 1024))
# A TOML boilerplate/spam rules file added to pipelines/rules/boilerplate.toml ("" = none).
PRESSWATCH_CLEAN_RULES_FILE = os.environ.get("PRESSWATCH_CLEAN_RULES_FILE", "")

# --- Crawling (crawler/middlewares, crawler/extensions.py, spiders/; docs/crawling.md) -----
# `scrapy crawl NAME` accepts source names too (a source on a generic spider, e.g. "feed").
SPIDER_LOADER_CLASS = "spiders.SourceSpiderLoader"
# Requests for hosts in PRESSWATCH_HOST_MAP connect to the mapped address; URLs stay real.
# Only http(s): Scrapy's file, data, s3 and ftp handlers are off, so no link or redirect can
# read a local file or talk another protocol (the request policy refuses them first).
DOWNLOAD_HANDLERS = {
    "http": "crawler.middlewares.hostmap.HostMapDownloadHandler",
    "https": "crawler.middlewares.hostmap.HostMapDownloadHandler",
    "file": None,
    "data": None,
    "s3": None,
    "ftp": None,
}
DOWNLOADER_MIDDLEWARES = {
    # What a crawl may fetch (DESIGN.md): first of all, so it judges every request, redirect
    # hop and robots.txt request before Scrapy's offsite (50) and robots.txt (100) steps.
    "crawler.middlewares.policy.RequestPolicyMiddleware": 10,
    # Scrapy's retry re-queues at once; ours waits (Retry-After or exponential backoff).
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.retry.BackoffRetryMiddleware": 550,
    # Nearest the downloader, so it sees the raw 304 and adds validators last.
    "crawler.middlewares.conditional.ConditionalRequestMiddleware": 950,
    # Before Scrapy's redirects (600): a redirect back onto its own chain is a loop.
    "crawler.middlewares.failures.RedirectLoopMiddleware": 610,
}
SPIDER_MIDDLEWARES = {
    # Every request a spider yields gets an errback that records failures as dropped rows.
    "crawler.middlewares.failures.ErrbackMiddleware": 50,
}
ITEM_PIPELINES = {"pipelines.item_pipelines.IngestPipeline": 300}
EXTENSIONS = {"crawler.extensions.RunRecorder": 100}
# A failed page is dropped with its reason instead of storing a silently cut-off body.
DOWNLOAD_FAIL_ON_DATALOSS = True
# Default time between crawls per source kind, when a source gives neither interval nor cron.
PRESSWATCH_DEFAULT_INTERVALS = {
    "government": "2h",
    "news": "30m",
    "feed": "30m",
    "sitemap": "1h",
    "listing": "1h",
}
# Retry waits: Retry-After when the server sends it, else BASE * 2**attempt seconds; capped.
PRESSWATCH_RETRY_BACKOFF_BASE = 1.0
PRESSWATCH_RETRY_MAX_DELAY = 60.0
# Send If-None-Match / If-Modified-Since for listing and feed pages (304 = nothing new).
PRESSWATCH_CONDITIONAL_ENABLED = True
# Record each crawl in crawl_runs (counters written every PROGRESS_INTERVAL seconds).
PRESSWATCH_RUNS_ENABLED = True
PRESSWATCH_PROGRESS_INTERVAL = 1.0
# The request policy (crawler/middlewares/policy.py; docs/security.md): http(s) only, the
# source's hosts only, no IP literals or names resolving to internal addresses unless mapped.
# Turning it off lets a hostile page make the crawler fetch local files and internal services.
PRESSWATCH_POLICY_ENABLED = True
# Dotted path of a resolver callable(host) -> addresses, for tests; "" = Scrapy's resolver
# (threaded and cached, the one the downloader connects with).
PRESSWATCH_POLICY_RESOLVER = os.environ.get("PRESSWATCH_POLICY_RESOLVER", "")
# Optional callable(source, counts) called with live counters (set by `presswatch crawl`).
PRESSWATCH_PROGRESS = None
# "Now" for source windows (window_days), ISO 8601; empty = the clock. Archived replicas
# (presswatch demo, tests) set it so their dated items count as recent.
PRESSWATCH_NOW = os.environ.get("PRESSWATCH_NOW", "")
# Scrapy's remote-control extension opens a port; presswatch has no use for it.
REMOTE_CONTROL_ENABLED = False
# Worker processes that ingest items while the crawl downloads (0 = in the crawl process).
# On 2 cores they do not pay: 1 worker = in-process rate, 2 are slower (SQLite write lock);
# see benchmarks/crawl.py and docs/crawling.md. For machines with more cores.
PRESSWATCH_INGEST_WORKERS = os.environ.get("PRESSWATCH_INGEST_WORKERS", "0")


# --- notifications (notify/; docs/settings.md) -------------------------------------------------
# Off: crawls record and send no notifications (`presswatch demo` turns them off).
PRESSWATCH_NOTIFY_ENABLED = True
# Apprise URLs of the default subscription, space-separated (replaces [notify] urls).
PRESSWATCH_NOTIFY_URLS = os.environ.get("PRESSWATCH_NOTIFY_URLS", "")
# Seconds before a failed message is retried; doubled per failure, at most 6 hours.
PRESSWATCH_NOTIFY_RETRY_DELAY = os.environ.get("PRESSWATCH_NOTIFY_RETRY_DELAY", "60")
# Seconds a sender holds a claimed message; a sender killed meanwhile leaves it to the next
# run after this. Longer than any send (Apprise's own timeouts are a few seconds).
PRESSWATCH_NOTIFY_LEASE = os.environ.get("PRESSWATCH_NOTIFY_LEASE", "300")
