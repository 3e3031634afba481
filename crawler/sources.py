"""The source registry: which sites are crawled, by which spider, how often, how deep.

Built-in sources are TOML files in ``crawler/sources/`` (package data), each holding one or
more ``[sources.NAME]`` tables. The user's file (setting/env ``PRESSWATCH_SOURCES_FILE``,
default ``./sources.toml``) has the same format and is read last: a table with a built-in
name replaces that source's keys one by one (so ``[sources.nbd] enabled = false`` switches
a built-in source off), a new name adds a source. Example::

    [sources.people_finance]
    spider = "feed"                 # Scrapy spider name; defaults to the table name
    kind = "feed"                   # government | news | feed | sitemap | listing
    interval = "1h"                 # or cron = "*/30 8-20 * * *"
    start_urls = ["http://www.people.com.cn/rss/finance.xml"]
    window_days = 7                 # items older than this are not followed
    max_pages = 5                   # listing pages per crawl, a cap against pagination traps
    relevance = true                # news rules; false = keep all; or a table of terms
    [sources.people_finance.selectors]
    body = "div.rm_txt_con"         # passed to the cleaner (title, body, date, author, remove)

Every other key is kept in ``Source.options`` for the spider. A broken definition raises
:class:`SourceConfigError`, whose message names the file, the key and what is wrong.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from config import settings as settings_table
from pipelines.relevance import check_rules

logger = logging.getLogger(__name__)

KINDS = ("government", "news", "feed", "sitemap", "listing")
GENERIC_SPIDERS = ("feed", "sitemap", "listing")
_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
_INTERVAL_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_KNOWN_KEYS = frozenset(
    {
        "spider",
        "kind",
        "enabled",
        "interval",
        "cron",
        "start_urls",
        "window_days",
        "max_pages",
        "relevance",
        "selectors",
    }
)
DEFAULT_WINDOW_DAYS = 14
DEFAULT_MAX_PAGES = 5


class SourceConfigError(ValueError):
    """A source definition that cannot be used; ``str()`` is one sentence for the user."""

    def __init__(self, file: str | Path, key: str, message: str) -> None:
        self.file = str(file)
        self.key = key
        self.message = message
        super().__init__(f"{self.file}: {key}: {message}")


@dataclass(frozen=True)
class Source:
    """One crawlable source, merged from the built-in files and the user's file."""

    name: str
    spider: str
    kind: str
    enabled: bool = True
    interval: int | None = None  # seconds between crawls; None when ``cron`` is set
    cron: str | None = None
    start_urls: tuple[str, ...] = ()
    window_days: int = DEFAULT_WINDOW_DAYS
    max_pages: int = DEFAULT_MAX_PAGES
    relevance: bool | dict[str, Any] = True
    selectors: dict[str, Any] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    defined_in: str = ""

    @property
    def schedule(self) -> str:
        """Human form of the schedule: ``every 2h`` or ``cron 0 8 * * *``."""
        if self.cron:
            return f"cron {self.cron}"
        return f"every {format_interval(self.interval or 0)}"

    def option(self, key: str, default: Any = None) -> Any:
        """A spider-specific option (any key that is not a standard field)."""
        return self.options.get(key, default)


def parse_interval(value: Any) -> int:
    """Seconds from ``"30m"``, ``"2h"``, ``"1d"``, ``"90s"``, ``"1.5h"`` or a number."""
    if isinstance(value, bool):
        raise ValueError("expected a duration such as \"30m\" or \"2h\", got a boolean")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str) and (match := _INTERVAL_RE.match(value)):
        seconds = float(match.group(1)) * _UNITS[match.group(2)]
    else:
        raise ValueError(f"expected a duration such as \"30m\" or \"2h\", got {value!r}")
    if seconds < 60:
        raise ValueError(f"{value!r} is shorter than one minute; crawl politely")
    return int(seconds)


def format_interval(seconds: int) -> str:
    """``7200`` → ``2h``; the inverse of :func:`parse_interval` for round values."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _check_cron(value: Any) -> str:
    if not isinstance(value, str) or len(value.split()) != 5:
        raise ValueError(
            f"expected a crontab string with five fields such as \"0 8 * * *\", got {value!r}"
        )
    try:
        from apscheduler.triggers.cron import CronTrigger

        CronTrigger.from_crontab(value)
    except ImportError:  # pragma: no cover - apscheduler is a dependency
        pass
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a valid crontab string ({exc})") from exc
    return value


def default_intervals() -> dict[str, int]:
    """Default crawl interval per kind, from the setting ``PRESSWATCH_DEFAULT_INTERVALS``."""
    raw = settings_table.value("PRESSWATCH_DEFAULT_INTERVALS") or {}
    return {kind: parse_interval(every) for kind, every in raw.items()}


def builtin_files() -> list[Path]:
    """The built-in source files, in name order."""
    folder = resources.files("crawler").joinpath("sources")
    return sorted(
        (Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith(".toml")),
        key=lambda path: path.name,
    )


def user_sources_file(path: str | Path | None = None) -> Path:
    """The user's sources file: ``path``, else ``$PRESSWATCH_SOURCES_FILE``, else setting."""
    if path is not None:
        return Path(path)
    return Path(settings_table.value("PRESSWATCH_SOURCES_FILE")
                or settings_table.default("PRESSWATCH_SOURCES_FILE"))


def read_tables(file: Path) -> dict[str, dict[str, Any]]:
    """The ``[sources.NAME]`` tables of one TOML file (raw, not yet validated)."""
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SourceConfigError(file, "(syntax)", f"not valid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise SourceConfigError(file, "(file)", "not UTF-8 text") from exc
    except OSError as exc:
        raise SourceConfigError(file, "(file)", f"cannot be read: {exc.strerror}") from exc
    # [notify] belongs to the notifications (notify/config.py), which read the same file.
    unknown = sorted(set(data) - {"sources", "notify"})
    if unknown:
        raise SourceConfigError(
            file, unknown[0], "unknown top-level key; define sources as [sources.NAME] tables"
        )
    tables = data.get("sources", {})
    if not isinstance(tables, dict):
        raise SourceConfigError(file, "sources", "must be a table of [sources.NAME] tables")
    for name, table in tables.items():
        if not isinstance(table, dict):
            raise SourceConfigError(file, f"sources.{name}", "must be a table of settings")
    return tables


def load_sources(
    path: str | Path | None = None, *, builtin: bool = True, user: bool = True
) -> dict[str, Source]:
    """All sources: the built-in files, then the user's file (``path`` or the setting).

    A missing user file means built-in sources only (a missing explicit ``path`` is an
    error); ``user=False`` reads the built-in files only. Raises :class:`SourceConfigError`.

    Example::

        >>> sources = load_sources()
        >>> sources["scio"].interval
        7200
    """
    merged: dict[str, dict[str, Any]] = {}
    origin: dict[str, Path] = {}
    files = builtin_files() if builtin else []
    user_file = user_sources_file(path)
    if not user:
        pass
    elif user_file.is_file():
        files.append(user_file)
    elif path is not None:
        raise SourceConfigError(user_file, "(file)", "no such file")
    for file in files:
        for name, table in read_tables(file).items():
            if file != user_file and name in merged:
                raise SourceConfigError(
                    file, f"sources.{name}", f"is already defined in {origin[name]}"
                )
            base = dict(merged.get(name, {}))
            # a new schedule replaces the old one, whichever form each has
            if "cron" in table or "interval" in table:
                base.pop("cron", None)
                base.pop("interval", None)
            merged[name] = {**base, **table}
            origin[name] = file
    intervals = default_intervals()
    return {name: _build(name, merged[name], origin[name], intervals) for name in sorted(merged)}


def _build(name: str, table: Mapping[str, Any], file: Path, intervals: dict[str, int]) -> Source:
    """Validate one merged table into a :class:`Source`."""

    def fail(key: str, message: str) -> SourceConfigError:
        return SourceConfigError(file, f"sources.{name}.{key}" if key else f"sources.{name}",
                                 message)

    if not _NAME_RE.match(name):
        raise fail("", "a source name is lower-case letters, digits and _, starting with a letter")
    spider = table.get("spider", name)
    if not isinstance(spider, str) or not spider:
        raise fail("spider", "must be a spider name (text)")
    default_kind = spider if spider in GENERIC_SPIDERS else "news"
    kind = table.get("kind", default_kind)
    if kind not in KINDS:
        raise fail("kind", f"must be one of {', '.join(KINDS)}, got {kind!r}")
    enabled = table.get("enabled", True)
    if not isinstance(enabled, bool):
        raise fail("enabled", "must be true or false")

    interval: int | None = None
    cron: str | None = None
    if "interval" in table and "cron" in table:
        raise fail("cron", "give either interval or cron, not both")
    if "cron" in table:
        try:
            cron = _check_cron(table["cron"])
        except ValueError as exc:
            raise fail("cron", str(exc)) from exc
    else:
        try:
            interval = (
                parse_interval(table["interval"])
                if "interval" in table
                else intervals.get(kind, 3600)
            )
        except ValueError as exc:
            raise fail("interval", str(exc)) from exc

    start_urls = table.get("start_urls", [])
    if isinstance(start_urls, str):
        start_urls = [start_urls]
    if not isinstance(start_urls, list) or not all(isinstance(u, str) for u in start_urls):
        raise fail("start_urls", "must be a list of URLs")
    for url in start_urls:
        if not re.match(r"^https?://[^/\s]+", url):
            raise fail("start_urls", f"{url!r} is not an http(s) URL")
    if spider in GENERIC_SPIDERS and not start_urls:
        raise fail("start_urls", f"the {spider} spider needs at least one start URL")

    numbers = {}
    for key, default in (("window_days", DEFAULT_WINDOW_DAYS), ("max_pages", DEFAULT_MAX_PAGES)):
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise fail(key, f"must be a whole number of at least 1, got {value!r}")
        numbers[key] = value

    relevance = table.get("relevance", kind != "government")
    if isinstance(relevance, dict):
        try:
            check_rules(relevance)
        except ValueError as exc:
            raise fail("relevance", str(exc)) from exc
    elif not isinstance(relevance, bool):
        raise fail("relevance", "must be true, false or a table of terms")

    selectors = table.get("selectors", {})
    if not isinstance(selectors, dict):
        raise fail("selectors", "must be a table such as { links = \"ul.list a\" }")
    for key, value in selectors.items():
        if not isinstance(value, str | list) or (
            isinstance(value, list) and not all(isinstance(v, str) for v in value)
        ):
            raise fail(f"selectors.{key}", "must be a CSS or XPath selector (text)")
    if spider == "listing" and "links" not in selectors:
        raise fail("selectors.links", "the listing spider needs a selector for article links")

    options = {key: value for key, value in table.items() if key not in _KNOWN_KEYS}
    return Source(
        name=name,
        spider=spider,
        kind=kind,
        enabled=enabled,
        interval=interval,
        cron=cron,
        start_urls=tuple(start_urls),
        window_days=numbers["window_days"],
        max_pages=numbers["max_pages"],
        relevance=relevance,
        selectors=dict(selectors),
        options=options,
        defined_in=str(file),
    )
