"""presswatch's Scrapy project: settings, items, middlewares, the source registry and the CLI."""

__version__ = "0.1.0"
