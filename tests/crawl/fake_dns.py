"""Resolvers for crawl tests that must never send a packet anywhere but loopback.

``LoopbackResolver`` (Scrapy's ``TWISTED_DNS_RESOLVER``) answers every name with 127.0.0.1, so even
a broken policy could only connect to this machine; ``link_local`` (the policy's
``PRESSWATCH_POLICY_RESOLVER``) answers with the cloud metadata address, which the policy
must refuse before anything connects.
"""

from __future__ import annotations

from typing import Any

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer


class LoopbackResolver(CachingThreadedResolver):
    """Every name resolves to 127.0.0.1; no DNS query leaves the process."""

    def getHostByName(self, name: str, timeout: Any = ()) -> defer.Deferred:
        return defer.succeed("127.0.0.1")


def link_local(host: str) -> list[str]:
    """Every name resolves to 169.254.169.254 (cloud metadata)."""
    return ["169.254.169.254"]
