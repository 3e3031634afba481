"""Scrapy's settings module (``scrapy.cfg`` points here): the values of the settings table.

Every setting — presswatch's ``PRESSWATCH_*`` and the Scrapy settings presswatch chooses —
is one row of :data:`config.settings.SETTINGS` (name, default, type, help). That table is
the one defaults file; it sits in the bottom-layer ``config`` package so that ``pipelines/``
can read it without importing ``crawler/`` (docs/architecture.md). This module only gives
Scrapy the same values, with the environment applied for settings marked *env*.
"""

from __future__ import annotations

from config.settings import scrapy_values

globals().update(scrapy_values())
