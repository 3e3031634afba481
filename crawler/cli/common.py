"""Options and error handling shared by every ``presswatch`` command."""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from crawler.exitcodes import ExitStatus
from crawler.settings import PRESSWATCH_DB
from db import DatabaseError, open_db
from db.connection import DEFAULT_BUSY_TIMEOUT_MS, translate_error


class UserError(click.ClickException):
    """An expected fault, reported as ``Error: <sentence>`` with a chosen exit code."""

    def __init__(self, message: str, exit_code: int = ExitStatus.FAILURE) -> None:
        super().__init__(message)
        self.exit_code = int(exit_code)

    def show(self, file: Any = None) -> None:
        click.echo(f"Error: {self.format_message()}", err=True)


def db_option(func: Callable) -> Callable:
    """``--db PATH`` (env ``PRESSWATCH_DB``, default ``./data/presswatch.db``)."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=lambda: os.environ.get("PRESSWATCH_DB") or PRESSWATCH_DB,
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
    raw = os.environ.get("PRESSWATCH_BUSY_TIMEOUT", str(DEFAULT_BUSY_TIMEOUT_MS))
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


def open_store(db_path: Path, *, create: bool = False):
    """Open the database for a command; read commands ask for an existing file."""
    return open_db(db_path, create=create, busy_timeout_ms=busy_timeout_ms())


def read_input_file(path: Path) -> bytes:
    """Bytes of a file given on the command line, or a one-sentence UserError."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise UserError(f"no such file: {path}", ExitStatus.USAGE) from exc
    except IsADirectoryError as exc:
        raise UserError(f"{path} is a folder; give a file", ExitStatus.USAGE) from exc
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}") from exc


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
