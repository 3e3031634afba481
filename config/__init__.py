"""The bottom layer of presswatch: the one table of settings (no other project imports).

Every layer reads settings — the store's path, cleaning limits, dedup thresholds, the Scrapy
components' switches — so the table sits below all of them (docs/architecture.md). It lives
in a package of its own rather than in ``crawler/``, which holds the Scrapy adapters and
the command line, so ``pipelines/`` can read it without importing anything above it.
``crawler/settings.py`` hands the same table to Scrapy (``scrapy.cfg`` points there).
"""
