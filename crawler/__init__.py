"""presswatch's Scrapy project: settings, items, middlewares, the source registry and the CLI."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def package_version() -> str:
    """The installed distribution's version: pyproject.toml is its one source."""
    try:
        return version("presswatch")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "0+unknown"


__version__ = package_version()
