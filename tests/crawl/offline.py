"""Run a presswatch entry point on a machine where no host name resolves.

The Scrapy resolver below fails every lookup the way a machine without a network does
(``DNSLookupError``), so the real error path — robots.txt middleware, retries, errbacks,
run recording, console output — runs without a packet leaving the machine::

    python tests/crawl/offline.py cli crawl nbd -q --db x.db      # presswatch crawl ...
    python tests/crawl/offline.py crawl --db x.db nbd              # python -m crawler.crawl ...
"""

from __future__ import annotations

import sys
from typing import Any

from twisted.internet import defer
from twisted.internet.error import DNSLookupError
from twisted.internet.interfaces import IResolverSimple
from zope.interface import implementer

import crawler.settings as project_settings

# this module, by the name it runs under (``__main__`` as a script): Scrapy imports it by name
project_settings.TWISTED_DNS_RESOLVER = f"{__name__}.OfflineResolver"
project_settings.RETRY_TIMES = 1  # the same path, fewer retry waits


@implementer(IResolverSimple)
class OfflineResolver:
    """Every name fails to resolve (no DNS query is sent)."""

    def __init__(self, reactor: Any) -> None:
        self.reactor = reactor

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> OfflineResolver:
        return cls(reactor)

    def install_on_reactor(self) -> None:
        self.reactor.installResolver(self)

    def getHostByName(self, name: str, timeout: Any = ()) -> defer.Deferred:
        return defer.fail(DNSLookupError(f"no results for hostname lookup: {name}"))


if __name__ == "__main__":
    entry = sys.argv.pop(1)
    if entry == "cli":
        from crawler.cli import main

        main(prog_name="presswatch")
    else:
        from crawler.crawl import main as crawl_main

        sys.exit(crawl_main())
