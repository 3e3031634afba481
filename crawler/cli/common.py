"""Options and error handling shared by every ``presswatch`` command."""

from __future__ import annotations

import functools
import json
import sqlite3
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from config import settings as settings_table
from crawler.exitcodes import ExitStatus
from db import SCHEMA_VERSION, DatabaseError, open_db
from db.connection import translate_error
from pipelines.dates import instant_utc


class UserError(click.ClickException):
    """An expected fault, reported as ``Error: <sentence>`` with a chosen exit code."""

    def __init__(self, message: str, exit_code: int = ExitStatus.FAILURE) -> None:
        super().__init__(message)
        self.exit_code = int(exit_code)

    def show(self, file: Any = None) -> None:
        click.echo(f"Error: {self.format_message()}", err=True)


def default_db_path() -> Path:
    """The database when a command gets no ``--db``: the one given before the command
    (``presswatch --db X status``), else ``$PRESSWATCH_DB``, else ``./data/presswatch.db``."""
    ctx = click.get_current_context(silent=True)
    given = ctx.find_root().params.get("db_path") if ctx is not None else None
    return Path(given or settings_table.value("PRESSWATCH_DB")
                or settings_table.default("PRESSWATCH_DB"))


def db_option(func: Callable) -> Callable:
    """``--db PATH`` (env ``PRESSWATCH_DB``, default ``./data/presswatch.db``).

    Also accepted before the command name (the group's own ``--db``); given in both
    places, the one after the command wins.
    """
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=default_db_path,
        show_default="./data/presswatch.db or $PRESSWATCH_DB",
        help="SQLite database file.",
    )(func)


def json_option(func: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(
        func
    )


def handle_errors(func: Callable) -> Callable:
    """Turn known faults (database, files, interrupted) into one line and an exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DatabaseError as exc:
            raise UserError(str(exc), exc.exit_code) from exc
        except sqlite3.Error as exc:
            raise UserError(str(translate_error(exc, kwargs.get("db_path", "?")))) from exc
        except KeyboardInterrupt as exc:
            raise UserError("interrupted") from exc
        except BrokenPipeError:
            sys.stderr.close()  # output piped into `head`: not an error
            return None

    return wrapper


def busy_timeout_ms() -> int:
    """How long a command waits for another writer: env ``PRESSWATCH_BUSY_TIMEOUT`` (ms)."""
    raw = str(settings_table.value("PRESSWATCH_BUSY_TIMEOUT"))
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if value < 0:
        raise UserError(
            f"PRESSWATCH_BUSY_TIMEOUT must be a whole number of milliseconds, not {raw!r}",
            ExitStatus.USAGE,
        )
    return value


def open_store(db_path: Path, *, create: bool = False, write: bool = False):
    """Open the database for a command.

    Read commands (the default) open an existing file read-only and never change it.
    ``write`` opens an existing database for writing (migrating it). ``create`` (the
    commands that collect: init, ingest, crawl, daemon, seed add) makes a missing one
    complete — schema and the bundled reference article — and says so in one line.
    """
    if not create and not write:
        return open_db(db_path, read_only=True, busy_timeout_ms=busy_timeout_ms())
    if not create or Path(db_path).exists():
        return open_db(db_path, create=False, busy_timeout_ms=busy_timeout_ms())
    return create_store(db_path)


DEFAULT_FOLDER = Path("data")


def check_folder(db_path: Path) -> None:
    """Refuse (exit 2) a new database in a missing folder other than the default ./data."""
    parent = Path(db_path).parent
    if not parent.exists() and parent.resolve() != DEFAULT_FOLDER.resolve():
        raise UserError(
            f"the folder {parent} does not exist; create it first (only the default "
            f"./{DEFAULT_FOLDER}/ is made for you)",
            ExitStatus.USAGE,
        )


def create_store(db_path: Path):
    """Create a complete store at ``db_path`` (which does not exist) and say so on stderr.

    Only the default folder (``./data``) is made when missing; any other missing folder
    is a usage error, so a mistyped ``--db`` does not scatter folders.
    """
    from pipelines.reference import load_seed

    check_folder(db_path)
    db = open_db(db_path, create=True, busy_timeout_ms=busy_timeout_ms())
    loaded = load_seed(db)
    click.echo(f"Created the database {db_path} (schema v{SCHEMA_VERSION}) with the seed "
               f"article as reference article {loaded.article_id}.", err=True)
    return db


def prepare_store(db_path: Path) -> None:
    """Make sure a collecting command's database exists and is complete (then close it)."""
    open_store(db_path, create=True).close()


def read_input_file(path: Path) -> bytes:
    """Bytes of a file given on the command line, or a one-sentence UserError.

    Only regular files, at most ``PRESSWATCH_CLEAN_MAX_BYTES`` of them, read in bounded
    memory (``pipelines.localfile``): a FIFO, device or folder is refused at once (exit 2),
    an over-limit file before anything is read whole or stored (exit 1).
    """
    from pipelines.clean import max_bytes_setting
    from pipelines.localfile import LocalFileError, read_local_file

    try:
        return read_local_file(path, limit=max_bytes_setting())
    except LocalFileError as exc:
        raise UserError(str(exc), ExitStatus.USAGE if exc.usage else ExitStatus.NO_CONTENT
                        ) from exc


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# --- dates on the command line --------------------------------------------------------------

def parse_when(value: str, *, end_of_day: bool = False,
               now: datetime | None = None) -> str:
    """A date argument as ``YYYY-MM-DD HH:MM:SS`` in UTC (:func:`pipelines.dates.instant_utc`);
    ``click.BadParameter`` for anything else."""
    try:
        return instant_utc(value, end_of_day=end_of_day, now=now)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def since_option(func: Callable) -> Callable:
    """``--since WHEN``: published on or after WHEN (validated; exit 2 on garbage)."""
    return click.option(
        "--since", callback=lambda ctx, param, value: value and parse_when(value),
        help="Published on or after: YYYY-MM-DD, ISO 8601 date-time, or an age (7d, 12h); "
             "times without a zone are Beijing time.",
    )(func)


def until_option(func: Callable) -> Callable:
    """``--until WHEN``: published on or before WHEN; a bare date includes that day."""
    return click.option(
        "--until",
        callback=lambda ctx, param, value: value and parse_when(value, end_of_day=True),
        help="Published on or before (a bare date includes the whole day).",
    )(func)


def found_since_option(func: Callable) -> Callable:
    """``--found-since WHEN``: found by presswatch (``fetched_at``) at or after WHEN."""
    return click.option(
        "--found-since", "found_since", metavar="WHEN",
        callback=lambda ctx, param, value: value and parse_when(value),
        help="Found by presswatch (fetched_at) on or after: YYYY-MM-DD, ISO 8601 date-time, "
             "or an age (7d, 12h); times without a zone are Beijing time.",
    )(func)
