"""The daemon's settings, parsed and checked once from the settings table.

The table (``config/settings.py``) gives every value as read from the environment (a
string) or its default; here they become numbers and a command line, and a bad value is one
sentence naming the setting.
"""

from __future__ import annotations

import shlex
import sys
from dataclasses import dataclass, field
from pathlib import Path

from config.settings import value


class DaemonConfigError(Exception):
    """A daemon setting has a value that cannot be used."""


def _number(name: str, value: object, *, minimum: float, integer: bool = False) -> float:
    try:
        number = int(str(value)) if integer else float(str(value))
    except ValueError:
        kind = "a whole number" if integer else "a number"
        raise DaemonConfigError(f"setting {name} must be {kind}, not {value!r}") from None
    if number < minimum:
        raise DaemonConfigError(f"setting {name} must be at least {minimum}, not {value!r}")
    return number


def default_crawl_command() -> list[str]:
    """The crawl-core child: ``<this python> -m crawler.crawl``."""
    return [sys.executable, "-m", "crawler.crawl"]


@dataclass(frozen=True)
class DaemonConfig:
    """Everything the daemon reads from settings; build with :func:`load_config`."""

    crawl_timeout: float = 3600.0
    stop_grace: float = 30.0
    kill_after: float = 10.0
    jitter: float = 120.0
    misfire_grace: int = 600
    max_parallel: int = 2
    log_file: Path | None = None
    crawl_command: list[str] = field(default_factory=default_crawl_command)
    health_runs: int = 3
    reload_check: float = 5.0
    time_scale: float = 1.0


def load_config(db_path: Path, **overrides: object) -> DaemonConfig:
    """Parse the ``PRESSWATCH_DAEMON_*`` settings; ``overrides`` win (tests, CLI options)."""
    raw = {
        "crawl_timeout": value("PRESSWATCH_DAEMON_CRAWL_TIMEOUT"),
        "stop_grace": value("PRESSWATCH_DAEMON_STOP_GRACE"),
        "kill_after": value("PRESSWATCH_DAEMON_KILL_AFTER"),
        "jitter": value("PRESSWATCH_DAEMON_JITTER"),
        "misfire_grace": value("PRESSWATCH_DAEMON_MISFIRE_GRACE"),
        "max_parallel": value("PRESSWATCH_DAEMON_MAX_PARALLEL"),
        "log_file": value("PRESSWATCH_DAEMON_LOG_FILE"),
        "crawl_command": value("PRESSWATCH_DAEMON_CRAWL_COMMAND"),
        "health_runs": value("PRESSWATCH_DAEMON_HEALTH_RUNS"),
        "reload_check": value("PRESSWATCH_DAEMON_RELOAD_CHECK"),
        "time_scale": value("PRESSWATCH_DAEMON_TIME_SCALE"),
    }
    raw.update({key: value for key, value in overrides.items() if value is not None})
    log_file = raw["log_file"]
    if isinstance(log_file, str):
        if log_file == "-":
            log_file = None
        elif log_file == "":
            log_file = Path(db_path).with_name("presswatch-daemon.log")
        else:
            log_file = Path(log_file)
    command = raw["crawl_command"]
    if isinstance(command, str):
        try:
            command = shlex.split(command) if command.strip() else default_crawl_command()
        except ValueError as exc:
            raise DaemonConfigError(
                f"setting PRESSWATCH_DAEMON_CRAWL_COMMAND cannot be split into words: {exc}"
            ) from None
    return DaemonConfig(
        crawl_timeout=_number("PRESSWATCH_DAEMON_CRAWL_TIMEOUT", raw["crawl_timeout"],
                              minimum=0.1),
        stop_grace=_number("PRESSWATCH_DAEMON_STOP_GRACE", raw["stop_grace"], minimum=0),
        kill_after=_number("PRESSWATCH_DAEMON_KILL_AFTER", raw["kill_after"], minimum=0.1),
        jitter=_number("PRESSWATCH_DAEMON_JITTER", raw["jitter"], minimum=0),
        misfire_grace=int(_number("PRESSWATCH_DAEMON_MISFIRE_GRACE", raw["misfire_grace"],
                                  minimum=1, integer=True)),
        max_parallel=int(_number("PRESSWATCH_DAEMON_MAX_PARALLEL", raw["max_parallel"],
                                 minimum=1, integer=True)),
        log_file=log_file,
        crawl_command=list(command),
        health_runs=int(_number("PRESSWATCH_DAEMON_HEALTH_RUNS", raw["health_runs"],
                                minimum=1, integer=True)),
        reload_check=_number("PRESSWATCH_DAEMON_RELOAD_CHECK", raw["reload_check"],
                             minimum=0.1),
        time_scale=_number("PRESSWATCH_DAEMON_TIME_SCALE", raw["time_scale"], minimum=1),
    )
