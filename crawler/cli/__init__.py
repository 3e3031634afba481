"""The ``presswatch`` command line: thin commands over ``db/``, ``pipelines/`` and Scrapy.

Each module of this package defines ``commands``, a list of Click commands, registered here.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import click

from crawler import __version__

COMMAND_MODULES = ("store_cmds", "daemon_cmds", "dedup_cmds", "clean_cmd", "crawl_cmds",
                   "web_cmds", "notify_cmds")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="presswatch")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help="SQLite database file for the command (also accepted after it).")
def main(db_path: Path | None) -> None:
    """presswatch: collect, clean and deduplicate coverage of Chinese regulators' press
    conferences into SQLite.

    Every command takes --db PATH, before or after the command name (env PRESSWATCH_DB,
    default ./data/presswatch.db). Shell completion: see README ("Shell completion").
    """


for _name in COMMAND_MODULES:
    for _command in importlib.import_module(f"crawler.cli.{_name}").commands:
        main.add_command(_command)
