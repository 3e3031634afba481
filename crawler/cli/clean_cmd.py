"""``presswatch clean FILE``: run extraction and cleaning on a local file and print it."""

from __future__ import annotations

from pathlib import Path

import click

from crawler.cli.common import UserError, emit_json, handle_errors, json_option, read_input_file
from crawler.exitcodes import ExitStatus


def _summary(result) -> dict:
    data = result.to_dict()
    data["conversions_count"] = sum(result.conversions.values())
    return data


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--url", help="URL the file was fetched from (kept for the record).")
@click.option("--source", help="Source name: adds its [sources.NAME] boilerplate rules.")
@click.option(
    "--selector",
    "selectors",
    multiple=True,
    metavar="KEY=EXPR",
    help="Source selector (title, body, date, author, remove): CSS, or XPath starting with /.",
)
@click.option("--fetched-at", help="Fetch time (ISO 8601) for relative dates such as 昨天.")
@click.option("--rules", "rules_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Extra boilerplate rules file (default $PRESSWATCH_CLEAN_RULES_FILE).")
@json_option
@handle_errors
def clean(
    file: Path,
    url: str | None,
    source: str | None,
    selectors: tuple[str, ...],
    fetched_at: str | None,
    rules_file: Path | None,
    as_json: bool,
) -> None:
    """Extract and clean FILE (HTML page or text, any encoding) and print the article.

    Prints title, date, media, reporters, editors, the clean simplified paragraphs and what
    was removed or repaired. Exit 2 when the file cannot be read, 1 when no article text
    could be extracted from it.

    Example: presswatch clean page.html --json
    """
    from pipelines.boilerplate import RulesError, load_rules
    from pipelines.clean import clean_document

    data = read_input_file(file)
    parsed: dict[str, str] = {}
    for item in selectors:
        key, sep, expr = item.partition("=")
        if not sep or key not in {"title", "body", "date", "author", "remove"}:
            raise UserError(
                f"--selector {item!r} must be KEY=EXPR with KEY one of title, body, date, "
                "author, remove",
                ExitStatus.USAGE,
            )
        parsed[key] = expr
    rules = None
    try:
        rules = load_rules(rules_file) if rules_file else None
    except RulesError as exc:
        raise UserError(str(exc), ExitStatus.USAGE) from exc
    result = clean_document(
        data, url=url, selectors=parsed or None, fetched_at=fetched_at, rules=rules,
        source=source,
    )
    if result.reason and not result.paragraphs:
        raise UserError(f"{file}: {result.reason}", ExitStatus.NO_CONTENT)
    if as_json:
        emit_json(_summary(result))
        return
    click.echo(f"title:        {result.title or '-'}")
    click.echo(f"published_at: {result.published_at or '-'}")
    click.echo(f"media:        {result.media or '-'}")
    click.echo(f"authors:      {', '.join(result.authors) or '-'}")
    click.echo(f"editors:      {', '.join(result.editors) or '-'}")
    click.echo(f"extracted_by: {result.extracted_by}  encoding: {result.encoding or '-'}")
    done = ", ".join(f"{k}={v}" for k, v in result.counts.items() if v)
    conversions = sum(result.conversions.values())
    click.echo(f"cleaning:     {done or 'nothing to fix'}; {conversions} characters simplified")
    click.echo("")
    click.echo(result.body)


commands = [clean]
