"""presswatch's Scrapy project: settings, items, middlewares, the source registry and the CLI."""

from __future__ import annotations

from config.settings import VERSION


def package_version() -> str:
    """The installed distribution's version: pyproject.toml is its one source (read once,
    by the settings table, ``config.settings.VERSION``)."""
    return VERSION


__version__ = package_version()
