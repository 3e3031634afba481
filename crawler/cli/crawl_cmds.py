"""Commands around crawling: crawl (one-off, foreground), sources, demo."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

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
from crawler.exitcodes import ExitStatus
from crawler.sources import SourceConfigError, load_sources, user_sources_file
from db import open_db
from db.crawl_report import run_report
from db.runs import last_runs

COUNT_KEYS = ("pages", "new", "duplicate", "related", "dropped", "errors")
# The bundled replicas are an archive of coverage from January 2025; the demo's "now" sits
# just after it so every source's window covers its items.
DEMO_NOW = "2025-01-25T12:00:00+08:00"


class Progress:
    """A live progress line on stderr (rewritten in place on a terminal)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.tty = sys.stderr.isatty()
        self.counts: dict[str, dict[str, int]] = {}
        self.started = time.monotonic()
        self._last_line = 0.0

    def __deepcopy__(self, memo: dict) -> Progress:
        return self  # Scrapy deep-copies settings per crawler; all must report here

    def __call__(self, source: str, counts: dict[str, int]) -> None:
        self.counts[source] = dict(counts)
        if not self.enabled:
            return
        now = time.monotonic()
        if not self.tty and now - self._last_line < 10:
            return  # a log file gets a line every 10 s, not every second
        self._last_line = now
        total = {key: sum(c.get(key, 0) for c in self.counts.values()) for key in COUNT_KEYS}
        line = (f"[{now - self.started:5.0f}s] {len(self.counts)} source(s): "
                + " · ".join(f"{key} {total[key]}" for key in COUNT_KEYS))
        if self.tty:
            click.echo("\r\033[K" + line, err=True, nl=False)
        else:
            click.echo(line, err=True)

    def done(self) -> None:
        if self.enabled and self.tty and self.counts:
            click.echo("", err=True)


def _run(names: list[str], db_path: Path, overrides: dict[str, Any], progress: Progress,
         *, sequential: bool = False) -> dict[str, dict[str, Any]]:
    # Scrapy (behind the host map) is imported when a crawl runs, not with the CLI: every
    # other command, `presswatch serve` first, starts about a second sooner.
    from crawler.crawl import CrawlConfigError, run_crawl
    from crawler.middlewares.hostmap import HostMapError

    try:
        return run_crawl(names, db_path=db_path, settings_overrides=overrides,
                         progress=progress, sequential=sequential)
    except (CrawlConfigError, SourceConfigError, HostMapError) as exc:
        raise UserError(str(exc), ExitStatus.USAGE) from exc
    finally:
        progress.done()


def _summary(results: dict[str, dict[str, Any]], log_file: Path | None = None) -> None:
    """The table of runs, then one line per source that did not end ``ok`` saying why."""
    header = f"{'source':<16} {'run':>5} {'status':<8} " + " ".join(
        f"{key:>9}" for key in COUNT_KEYS)
    click.echo(header)
    for name, result in results.items():
        counts = result["counts"]
        click.echo(f"{name:<16} {result['run_id']:>5} {result['status']:<8} "
                   + " ".join(f"{counts.get(key, 0):>9}" for key in COUNT_KEYS))
    troubled = {name: r for name, r in results.items() if r["status"] != "ok"}
    for name, result in troubled.items():
        click.echo(f"{name}: {result['message']}")
    if troubled and log_file is not None:
        click.echo(f"Details in {log_file} (or run again with -v).")


def crawl_log_file(db_path: Path) -> Path:
    """Where a foreground crawl's Scrapy log goes: beside the database, as the daemon's."""
    return Path(db_path).with_name("presswatch-crawl.log")


def _log_overrides(verbose: bool, log_file: Path | None) -> dict[str, Any]:
    """Scrapy's log on the console with -v; otherwise in ``log_file`` (tracebacks too), so
    the console shows progress, the summary and one line per failed source."""
    if verbose or log_file is None:
        return {"LOG_LEVEL": "INFO" if verbose else "WARNING"}
    return {"LOG_LEVEL": "INFO", "LOG_FILE": str(log_file), "LOG_FILE_APPEND": True}


def _exit_for(results: dict[str, dict[str, Any]]) -> None:
    if any(r["status"] in ("failed", "killed") for r in results.values()):
        raise SystemExit(int(ExitStatus.FAILURE))


@click.command()
@click.argument("sources", nargs=-1)
@click.option("--verbose", "-v", is_flag=True,
              help="Show Scrapy's log (INFO, with tracebacks) on stderr instead of writing it "
                   "to presswatch-crawl.log beside the database.")
@click.option("--quiet", "-q", is_flag=True, help="No progress line, only the summary.")
@click.option("--sources-file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Sources TOML read after the built-in ones (default: ./sources.toml or "
                   "$PRESSWATCH_SOURCES_FILE).")
@json_option
@db_option
@handle_errors
def crawl(sources: tuple[str, ...], verbose: bool, quiet: bool, sources_file: Path | None,
          as_json: bool, db_path: Path) -> None:
    """Crawl SOURCES now (default: every enabled source), in the foreground.

    Shows a live progress line (pages, new / duplicate / related / dropped, errors), then a
    summary per source and, for each source that failed, one line saying why (e.g.
    "nbd: www.nbd.com.cn did not resolve — offline?"). Scrapy's log, tracebacks included,
    goes to presswatch-crawl.log beside the database (-v: to the console). Each source's
    crawl is a crawl_runs row ('presswatch runs').
    Exit status 1 when a source's crawl failed, 2 for an unknown source or a broken
    sources file.

    Example: presswatch crawl scio samr --db data/presswatch.db
    """
    from crawler.crawl import CrawlConfigError, select_sources

    try:  # an unknown source or a broken file is refused before a store is made
        select_sources(list(sources), sources_file)
    except (CrawlConfigError, SourceConfigError) as exc:
        raise UserError(str(exc), ExitStatus.USAGE) from exc
    prepare_store(db_path)
    log_file = None if verbose else crawl_log_file(db_path)
    overrides = _log_overrides(verbose, log_file)
    if sources_file is not None:
        overrides["PRESSWATCH_SOURCES_FILE"] = str(sources_file)
    results = _run(list(sources), db_path, overrides, Progress(not quiet and not as_json))
    if as_json:
        emit_json(results)
    else:
        _summary(results, log_file)
    _exit_for(results)


@click.command("sources")
@click.argument("names", nargs=-1)
@click.option("--check", is_flag=True,
              help="Live self-check against the sites: start page, entries, next page, one "
                   "article; ok/warn/fail per source (exit 1 if any fails).")
@json_option
@click.option("--sources-file", type=click.Path(dir_okay=False, path_type=Path),
              help="Sources TOML read after the built-in ones (default: ./sources.toml or "
                   "$PRESSWATCH_SOURCES_FILE).")
@db_option
@handle_errors
def sources_cmd(names: tuple[str, ...], check: bool, as_json: bool, sources_file: Path | None,
                db_path: Path) -> None:
    """List crawl sources: spider, kind, schedule, enabled, and the last run if any.

    Built-in sources come from the package; ./sources.toml (or $PRESSWATCH_SOURCES_FILE)
    adds sources or overrides them by name. A broken definition is reported with its file,
    key and problem (exit status 2).

    With --check [SOURCE ...] (default: every enabled source) each source is crawled live
    into a scratch database, never your store, and reported ok/warn/fail with the reason:
    start page status, entries found, next page found, one article's title/date/length.
    A JavaScript challenge page is reported as such, not worked around.

    Example: presswatch sources --json;  presswatch sources --check pbc csrc
    """
    try:
        sources = load_sources(sources_file)
    except SourceConfigError as exc:
        raise UserError(str(exc), ExitStatus.USAGE) from exc
    if check:
        _check(sources, list(names), sources_file, as_json)
        return
    if names:
        raise UserError("source names are taken only with --check", ExitStatus.USAGE)
    runs: dict[str, dict[str, Any]] = {}
    if Path(db_path).exists():
        db = open_store(db_path)
        runs = last_runs(db)
        db.close()
    rows = []
    for name, source in sources.items():
        run = runs.get(name)
        rows.append({
            "name": name, "spider": source.spider, "kind": source.kind,
            "enabled": source.enabled, "interval": source.interval, "cron": source.cron,
            "schedule": source.schedule, "start_urls": list(source.start_urls),
            "window_days": source.window_days, "max_pages": source.max_pages,
            "defined_in": source.defined_in,
            "last_run": None if run is None else {
                key: run[key] for key in ("id", "status", "started_at", "finished_at", "new",
                                          "dropped", "errors")},
        })
    if as_json:
        emit_json(rows)
        return
    user_file = sources_file or user_sources_file()
    click.echo(f"{len(rows)} source(s) (user file: {user_file}"
               f"{'' if Path(user_file).is_file() else ', not present'})")
    for row in rows:
        run = row["last_run"]
        last = (f"last run {run['id']} {run['status']} {run['finished_at'] or run['started_at']}"
                if run else "never run")
        state = "enabled " if row["enabled"] else "disabled"
        click.echo(f"{row['name']:<16} {state} {row['schedule']:<18} {row['spider']:<10} "
                   f"{row['kind']:<10} {last}")


def _check(sources: dict[str, Any], names: list[str], sources_file: Path | None,
           as_json: bool) -> None:
    """``sources --check``: run :mod:`crawler.check` and print its report."""
    from crawler.check import check_sources

    unknown = [n for n in names if n not in sources]
    if unknown:
        raise UserError(f"no such source: {', '.join(unknown)} (known: {', '.join(sources)})",
                        ExitStatus.USAGE)
    names = names or [n for n, s in sources.items() if s.enabled]
    overrides: dict[str, Any] = {"LOG_LEVEL": "WARNING"}
    if sources_file is not None:
        overrides["PRESSWATCH_SOURCES_FILE"] = str(sources_file)

    def run(which: list[str], path: Path, settings: dict[str, Any]) -> dict[str, Any]:
        prepare_store(path)
        return _run(which, path, settings, Progress(False))

    results = check_sources(names, sources, overrides, run)
    if as_json:
        emit_json(results)
    else:
        for name, r in results.items():
            article = r["article"]
            art = (f"{(article['title'] or '(no title)')[:40]} | "
                   f"{article['published_at'] or '(no date)'} | {article['length']} chars"
                   if article else "-")
            click.echo(f"{name:<14} {r['verdict'].upper():<5} start page {r['start_page']}, "
                       f"{r['entries']} entries, next page {r['next_page'] or 'none'}")
            click.echo(f"{'':<14} article: {art}")
            for reason in r["reasons"]:
                click.echo(f"{'':<14} - {reason}")
    if any(r["verdict"] == "fail" for r in results.values()):
        raise SystemExit(int(ExitStatus.FAILURE))


@click.command()
@click.option("--keep", type=click.Path(file_okay=False, path_type=Path),
              help="Keep the scratch database in this folder instead of a temporary one.")
@click.option("--verbose", "-v", is_flag=True, help="Show Scrapy's log (INFO) on stderr.")
@json_option
@handle_errors
def demo(keep: Path | None, verbose: bool, as_json: bool) -> None:
    """Crawl every built-in source from bundled replica sites into a scratch database.

    Serves the replicas shipped with presswatch on 127.0.0.1, points the real spiders at
    them (PRESSWATCH_HOST_MAP), loads the seed article as reference, crawls, and prints
    what was stored, sighted and dropped. Never touches the live sites or your database.

    Example: presswatch demo
    """
    from crawler.replica import ReplicaServer
    from pipelines.reference import load_seed

    try:
        names = list(load_sources(user=False))
    except SourceConfigError as exc:
        raise UserError(str(exc), ExitStatus.USAGE) from exc
    folder_ctx = tempfile.TemporaryDirectory(prefix="presswatch-demo-") if keep is None else None
    folder = Path(folder_ctx.name) if folder_ctx else keep
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "demo.db"
    empty_sources = folder / "no-user-sources.toml"
    empty_sources.write_text("# the demo crawls built-in sources only\n", encoding="utf-8")
    try:
        db = open_db(db_path)
        load_seed(db)
        db.close()
        with ReplicaServer() as server:
            host_map = json.dumps(server.host_map())
            os.environ["PRESSWATCH_HOST_MAP"] = host_map  # the env wins over settings
            overrides = {
                **_log_overrides(verbose, crawl_log_file(db_path)),
                "PRESSWATCH_HOST_MAP": host_map,
                "PRESSWATCH_SOURCES_FILE": str(empty_sources),
                "PRESSWATCH_NOW": DEMO_NOW,
                "PRESSWATCH_NOTIFY_ENABLED": False,  # replicas' news is nobody's news
                # local replicas: no need to be gentle with our own server
                "AUTOTHROTTLE_ENABLED": False,
                "DOWNLOAD_DELAY": 0,
                # one request at a time, one source after another: the same ids and
                # verdicts on every run, so the output matches the README's
                "CONCURRENT_REQUESTS": 1,
                "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
            }
            if not as_json:
                click.echo(f"Serving {len(server.hosts())} replica site(s) on "
                           f"127.0.0.1:{server.port}; crawling {len(names)} built-in "
                           f"source(s) into {db_path}", err=True)
            results = _run(sorted(names), db_path, overrides, Progress(not as_json),
                           sequential=True)
        db = open_db(db_path)
        report = run_report(db, [r["run_id"] for r in results.values()])
        db.close()
    finally:
        if folder_ctx is not None:
            folder_ctx.cleanup()
    if as_json:
        emit_json({"runs": results, **report})
        return
    _summary(results, crawl_log_file(db_path) if keep is not None else None)
    click.echo(f"\nStored {len(report['stored'])} article(s):")
    for row in report["stored"]:
        click.echo(f"  [{row['id']}] {row['source']:<10} {row['published_at'] or 'undated':<25} "
                   f"{row['status']:<7} {row['title'] or '(no title)'}")
    click.echo(f"\nSighted {len(report['sighted'])} cop(ies) of known articles:")
    for row in report["sighted"]:
        click.echo(f"  {row['url']} -> article {row['article_id']} ({row['article_status']}, "
                   f"{row['kind']}, similarity {row['similarity']})")
    click.echo(f"\nDropped {len(report['dropped'])} page(s):")
    for row in report["dropped"]:
        click.echo(f"  {row['reason']:<14} {row['url']}")
    if keep is not None:
        click.echo(f"\nThe demo database is kept at {db_path}.")


commands = [crawl, sources_cmd, demo]
