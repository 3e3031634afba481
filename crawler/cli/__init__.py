"""The ``presswatch`` command line: thin commands over ``db/``, ``pipelines/`` and Scrapy.

Each module of this package defines ``commands``, a list of Click commands, registered here
in ``COMMAND_MODULES``; a module is imported only when one of its commands runs
(:mod:`crawler.cli.lazy`), so ``--help`` and light commands start fast.
"""

from __future__ import annotations

from pathlib import Path

import click

from crawler import __version__
from crawler.cli.lazy import LazyGroup

COMMAND_MODULES = ("store_cmds", "daemon_cmds", "dedup_cmds", "clean_cmd", "crawl_cmds",
                   "web_cmds", "notify_cmds", "events_cmds")


@click.group(cls=LazyGroup, package="crawler.cli", modules=COMMAND_MODULES,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="presswatch")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help="SQLite database file for the command (also accepted after it).")
def main(db_path: Path | None) -> None:
    """presswatch: collect, clean and deduplicate coverage of Chinese regulators' press
    conferences into SQLite.

    Every command takes --db PATH, before or after the command name (env PRESSWATCH_DB,
    default ./data/presswatch.db). Shell completion: see README ("Shell completion").
    """

