"""presswatch spiders: one module per source family, plus the generic ones.

``feed`` (RSS/Atom), ``sitemap`` (incl. news sitemaps) and ``listing`` (list page + CSS/XPath
selectors) are configured purely in TOML; site spiders (``scio``, ``samr``, …) subclass
:class:`spiders.base.PresswatchSpider` and keep the real site's URLs in code.

:class:`SourceSpiderLoader` (setting ``SPIDER_LOADER_CLASS``) lets ``scrapy crawl NAME``
take a *source* name as well as a spider name: a source whose ``spider`` is another spider
(``spider = "feed"``) is loaded as a subclass of that spider named after the source, so
``scrapy crawl people_finance`` works like ``scrapy crawl feed -a source=people_finance``
and ``scrapy list`` shows every source.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from scrapy.spiderloader import SpiderLoader

logger = logging.getLogger(__name__)


class SourceSpiderLoader(SpiderLoader):
    """Spider loader that also resolves source names from ``crawler.sources``."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self._sources_path = settings.get("PRESSWATCH_SOURCES_FILE")

    def _sources(self) -> dict[str, Any]:
        from crawler.sources import load_sources

        path = self._sources_path
        return load_sources(path if path and Path(path).is_file() else None)

    def load(self, spider_name: str) -> type:
        if spider_name in self._spiders:
            return self._spiders[spider_name]
        source = self._sources().get(spider_name)
        if source is None or source.spider not in self._spiders:
            return super().load(spider_name)  # raises KeyError("Spider not found: ...")
        base = self._spiders[source.spider]
        return type(f"{base.__name__}_{spider_name}", (base,),
                    {"name": spider_name, "source_name": spider_name,
                     "__module__": base.__module__})

    def list(self) -> list[str]:
        names = set(super().list())
        try:
            names.update(self._sources())
        except ValueError as exc:  # a broken sources file: list the spiders, say why
            logger.error("%s", exc)
        return sorted(names)
