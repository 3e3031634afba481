"""Scrapy components of presswatch, one job per module.

- :mod:`crawler.middlewares.hostmap` sends mapped hosts to local replicas
  (``PRESSWATCH_HOST_MAP``) while every URL stays the real one;
- :mod:`crawler.middlewares.retry` retries 429/5xx and network faults with backoff,
  honouring ``Retry-After``;
- :mod:`crawler.middlewares.conditional` makes listing/feed requests conditional
  (ETag/Last-Modified) so an unchanged page costs one 304;
- :mod:`crawler.middlewares.failures` turns every failed page into a ``dropped`` row.
"""
