"""Commands of the dedup path: check (verdict without writing), ingest, reprocess."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from crawler.cli.common import (
    UserError,
    db_option,
    emit_json,
    handle_errors,
    json_option,
    open_store,
    read_input_file,
)
from crawler.exitcodes import ExitStatus
from pipelines.dedup_settings import DedupSettings


def _settings() -> DedupSettings:
    try:
        return DedupSettings.from_settings()
    except ValueError as exc:
        raise UserError(f"bad dedup setting: {exc}", ExitStatus.USAGE) from exc


def _content_type(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "text/html"
    if suffix in (".txt", ".text"):
        return "text/plain"
    return None


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--url", help="URL the file was fetched from (helps site-specific cleaning).")
@json_option
@db_option
@handle_errors
def check(file: Path, url: str | None, as_json: bool, db_path: Path) -> None:
    """Clean FILE and tell whether the store already has its story; writes nothing.

    Prints the verdict (duplicate, related or new), the matched article and the similarity
    (the largest of resemblance and containment either way; 1.0 for an exact copy).

    Example: presswatch check copy.html --url https://example.com/a/1.html --json
    """
    from pipelines.clean import clean_document
    from pipelines.verdict import check as check_verdict

    data = read_input_file(file)
    settings = _settings()
    db = open_store(db_path)
    try:
        result = clean_document(data, url=url, content_type=_content_type(file))
    except ValueError as exc:
        raise UserError(f"{file}: cannot clean the file: {exc}", ExitStatus.NO_CONTENT) from exc
    if not (result.body or "").strip():
        raise UserError(f"{file}: no article text found ({result.reason or 'empty'}); "
                        "nothing to compare", ExitStatus.NO_CONTENT)
    verdict = check_verdict(db, result, settings=settings)
    data_out = verdict.to_dict()
    data_out["title"] = result.title
    if as_json:
        emit_json(data_out)
        return
    if verdict.article_id is None:
        click.echo(f"{verdict.verdict}: no stored article shares this text "
                   f"({verdict.candidates} candidates checked)")
        return
    kind = f" ({verdict.kind})" if verdict.kind else ""
    click.echo(f"{verdict.verdict}{kind} of article {verdict.article_id}, "
               f"similarity {verdict.similarity:.2f}")
    click.echo(f"  matched: {verdict.matched_title or '(no title)'} · {verdict.matched_url}")
    click.echo(f"  resemblance {verdict.resemblance:.2f}, item in article "
               f"{verdict.contained:.2f}, article in item {verdict.contains:.2f}")
    if verdict.more_complete:
        click.echo("  this copy is more complete: ingesting it would replace the stored body")
    if verdict.attribution:
        click.echo(f"  another outlet's report (own attribution): {verdict.attribution}")


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--url", required=True, help="URL the file was fetched from (stored as given).")
@click.option("--source", default="manual", show_default=True, help="Source name to record.")
@json_option
@db_option
@handle_errors
def ingest(file: Path, url: str, source: str, as_json: bool, db_path: Path) -> None:
    """Run the full pipeline on FILE and store it: new article, sighting, or dropped row.

    Example: presswatch ingest page.html --url https://www.nbd.com.cn/articles/1.html --source nbd
    """
    from pipelines.ingest import ingest as ingest_document

    data = read_input_file(file)
    settings = _settings()
    db = open_store(db_path, create=True)
    outcome = ingest_document(db, data=data, url=url, source=source,
                              content_type=_content_type(file), settings=settings)
    if as_json:
        emit_json(outcome.to_dict())
    elif outcome.verdict == "dropped":
        click.echo(f"dropped: {outcome.reason}" + (f" ({outcome.detail})" if outcome.detail
                                                   else ""))
    elif outcome.verdict == "duplicate":
        click.echo(f"duplicate ({outcome.kind}) of article {outcome.article_id}, similarity "
                   f"{outcome.similarity:.2f}: recorded as a sighting"
                   + (f"; {outcome.detail}" if outcome.detail else ""))
    else:
        extra = f" ({outcome.detail})" if outcome.detail else ""
        click.echo(f"{outcome.verdict}: stored as article {outcome.article_id}{extra}")
    if outcome.verdict == "dropped":
        # Only files without article text are dropped here (no relevance rules on the
        # command line): the same exit status as clean/check/seed add give them.
        raise SystemExit(int(ExitStatus.NO_CONTENT))


class PageProgress:
    """``reprocess`` progress on stderr: a line rewritten in place on a terminal, else a
    line every ``every`` seconds (a log stays short)."""

    def __init__(self, enabled: bool, *, every: float = 10.0) -> None:
        self.enabled = enabled
        self.tty = sys.stderr.isatty()
        self.every = every
        self.started = time.monotonic()
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total == 0:
            return
        now = time.monotonic()
        if done < total and now - self._last < (0.2 if self.tty else self.every):
            return
        self._last = now
        rate = done / max(now - self.started, 1e-6)
        left = (total - done) / rate if rate and done else 0
        line = (f"Reprocessing: {done}/{total} pages ({100 * done // total}%), "
                f"{rate:.1f}/s, ~{left:.0f}s left")
        if self.tty:
            click.echo("\r\033[K" + line, err=True, nl=done >= total)
        else:
            click.echo(line, err=True)


@click.command()
@click.option("--source", help="Only raw pages of this source ('reference' for references).")
@click.option("--quiet", "-q", is_flag=True, help="No progress line.")
@json_option
@db_option
@handle_errors
def reprocess(source: str | None, quiet: bool, as_json: bool, db_path: Path) -> None:
    """Re-run cleaning and dedup over stored raw pages and reference articles.

    Use after cleaning rules or dedup settings change. Articles get the body the current
    rules derive, dropped pages are judged again; running it twice changes nothing.
    Shows progress (pages done of all, rate, time left) on stderr unless -q or --json.

    Example: presswatch reprocess --source nbd
    """
    from pipelines.reprocess import reprocess as reprocess_store

    settings = _settings()
    db = open_store(db_path, write=True)
    counts = reprocess_store(db, source=source, settings=settings,
                             relevance_for=_relevance_for(),
                             progress=PageProgress(not quiet and not as_json))
    if as_json:
        emit_json(counts)
        return
    shown = ", ".join(f"{key} {value}" for key, value in sorted(counts.items())) or "nothing"
    click.echo(f"Reprocessed: {shown}.")


def _relevance_for():
    """Per-source relevance rules from the sources registry, when it is available."""
    try:
        from crawler.sources import load_sources
        from pipelines.relevance import make_relevance
    except ImportError:
        return None
    try:
        sources = load_sources()
    except Exception:  # a broken sources file must not block re-cleaning
        return None

    def relevance_for(name: str | None):
        source = sources.get(name) if hasattr(sources, "get") else None
        rules = getattr(source, "relevance", None)
        return make_relevance(rules) if rules is not None else None

    return relevance_for


commands = [check, ingest, reprocess]
