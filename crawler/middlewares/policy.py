"""What a crawl may fetch: one policy for every request, redirect hop and robots.txt.

A crawled site is untrusted input (DESIGN.md, "What a crawl may fetch"). Its links, next
pages and redirects may point anywhere: ``file:///etc/passwd``, an internal service on
``127.0.0.1``, a cloud metadata address, ``localhost``. :func:`check_url` is the single
decision, in order:

1. the scheme is ``http`` or ``https``;
2. the URL carries no ``user@`` part (``http://www.site.cn@127.0.0.1/`` connects to
   127.0.0.1, whatever the name in front of the ``@``);
3. the host is not an IP address in any spelling — dotted, IPv6 ``[::1]``, and the forms
   ``inet_aton`` (so the resolver) accepts: ``2130706433``, ``0x7f.1``, ``0177.0.0.1``,
   ``127.1`` — and not ``localhost``, unless the host is mapped in ``PRESSWATCH_HOST_MAP``;
4. the host belongs to the source: one of its start URLs' hosts or declared extra hosts
   (``allowed_hosts``), or a subdomain of one (the spider's ``site_hosts``);
5. a mapped host is fetched from its mapped address (the explicit replay override); any
   other name is resolved — through Scrapy's caching resolver, in a thread, never blocking
   the reactor — and refused if an address is loopback, private, link-local, multicast,
   reserved or otherwise not global. The connection then uses the answer cached by that
   same resolver, so a name cannot pass the check with one address and connect to another.
   A name that does not resolve is refused (``dns_error``) rather than left to a second
   lookup by the downloader.

:class:`RequestPolicyMiddleware` applies it as the first downloader middleware: it sees
start URLs, listing and next pages, articles, robots.txt requests (Scrapy downloads them
through the same middleware chain) and every redirect hop (a followed redirect is a new
request that passes the chain again). A redirect Scrapy would not follow (``file://``,
``ftp://``…) is refused from the 3xx answer itself. A refused request raises
:class:`RequestBlocked` before anything is sent; the errback records it as a ``dropped`` row
(reason ``blocked``, the target and why in ``detail``) and the stats count it under
``presswatch/policy/<why>``. Scrapy's non-HTTP download handlers (file, data, s3, ftp) are
switched off in ``crawler/settings.py`` as a second line.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.misc import load_object

from crawler.middlewares.hostmap import host_map_from

logger = logging.getLogger(__name__)

#: async (or plain) callable: host name -> its addresses as strings
Resolver = Callable[[str], Awaitable[Iterable[str]] | Iterable[str]]

ALLOWED_SCHEMES = frozenset({"http", "https"})
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
# The WHATWG URL standard treats a host whose last label is a number (decimal, 0x-hex or
# octal) as an IPv4 address, and so does inet_aton() behind getaddrinfo(): "2130706433",
# "0x7f.1", "127.1" and "0177.0.0.1" all connect to 127.0.0.1.
_NUMERIC_LABEL = re.compile(r"^(?:0x[0-9a-f]*|[0-9]+)$", re.I)


@dataclass(frozen=True)
class Verdict:
    """The policy's answer for one URL.

    ``reason`` is the ``dropped`` code of a refusal (``blocked``, or ``dns_error`` for a
    name that does not resolve), ``why`` a short key for stats (``scheme``,
    ``credentials``, ``ip_literal``, ``off_site``, ``private_address``, ``unresolved``),
    ``detail`` one sentence naming the target.
    """

    allowed: bool
    why: str = "ok"
    detail: str = ""
    reason: str = "blocked"
    #: a structural refusal is the same next time; an address answer may change
    permanent: bool = True


ALLOWED = Verdict(True)


class RequestBlocked(IgnoreRequest):
    """A request the policy refused; nothing was sent. Recorded as a ``dropped`` row."""

    def __init__(self, verdict: Verdict, *, url: str) -> None:
        super().__init__(verdict.detail)
        self.verdict = verdict
        #: the URL the spider asked for (first of a redirect chain): the row's URL
        self.url = url


def is_ip_literal(host: str) -> bool:
    """True for an IP address in any spelling a resolver or browser accepts.

    >>> [is_ip_literal(h) for h in ("127.0.0.1", "::1", "2130706433", "0x7f.1", "www.a.cn")]
    [True, True, True, True, False]
    """
    host = host.strip("[]").rstrip(".").lower()
    if not host:
        return False
    try:
        ipaddress.ip_address(host.split("%", 1)[0])  # "fe80::1%eth0" is link-local too
        return True
    except ValueError:
        pass
    return bool(_NUMERIC_LABEL.match(host.rsplit(".", 1)[-1]))


def address_refusal(address: str) -> str | None:
    """Why connecting to ``address`` is refused (its kind), or None for a public address.

    >>> address_refusal("169.254.169.254"), address_refusal("93.184.216.34")
    ('link-local', None)
    """
    try:
        ip = ipaddress.ip_address(address.strip("[]").split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    for kind, flag in (("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
                       ("multicast", ip.is_multicast), ("private", ip.is_private),
                       ("unspecified", ip.is_unspecified), ("reserved", ip.is_reserved)):
        if flag:
            return kind
    if not ip.is_global:  # shared address space 100.64/10, documentation ranges, ...
        return "not global"
    return None


def host_belongs(host: str, allowed_hosts: Iterable[str]) -> bool:
    """True when ``host`` is one of ``allowed_hosts`` or a subdomain of one."""
    host = host.rstrip(".").lower()
    return any(host == h or host.endswith("." + h) for h in allowed_hosts)


def static_verdict(url: str, *, allowed_hosts: Iterable[str],
                   host_map: dict[str, str]) -> Verdict | None:
    """Every check that needs no name resolution; None when the host must be resolved.

    Parses the URL as Scrapy's downloader does (``urlsplit``), so the host judged is the
    host connected to.
    """
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError as exc:
        return Verdict(False, "malformed", f"{url}: not a valid URL ({exc})")
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        return Verdict(False, "scheme", f"{url}: scheme {scheme or '(none)'!r} is not http/https")
    if "@" in parts.netloc:
        return Verdict(False, "credentials",
                       f"{url}: a user@host address connects to {host or '(no host)'}")
    if not host:
        return Verdict(False, "malformed", f"{url}: no host")
    mapped = host in host_map
    if not mapped and (is_ip_literal(host) or host == "localhost"
                       or host.endswith(".localhost")):
        return Verdict(False, "ip_literal",
                       f"{url}: host {host} is an IP address or local name, not a site")
    allowed = set(allowed_hosts)
    if allowed and not host_belongs(host, allowed):
        return Verdict(False, "off_site", f"{url}: host {host} is not a host of this source")
    return ALLOWED if mapped else None


def resolved_verdict(url: str, host: str, addresses: Iterable[str]) -> Verdict:
    """Refuse ``url`` if any address ``host`` resolved to is not a public one."""
    addresses = list(addresses)
    if not addresses:
        return Verdict(False, "unresolved", f"{url}: host {host} has no address",
                       reason="dns_error", permanent=False)
    for address in addresses:
        kind = address_refusal(address)
        if kind is not None:
            return Verdict(False, "private_address",
                           f"{url}: host {host} resolves to {kind} address {address}",
                           permanent=False)
    return ALLOWED


async def check_url(url: str, *, allowed_hosts: Iterable[str], host_map: dict[str, str],
                    resolve: Resolver) -> Verdict:
    """The policy's decision for one URL (see the module docstring for the rules).

    ``allowed_hosts``: the source's hosts (empty = any host, the other rules still apply);
    ``host_map``: parsed ``PRESSWATCH_HOST_MAP``; ``resolve``: host -> addresses, a
    coroutine function or a plain function (called directly; pass a thread-backed one).

    >>> import asyncio
    >>> fake_dns = lambda host: ["10.0.0.7"]
    >>> asyncio.run(check_url("https://www.a.cn/x", allowed_hosts={"www.a.cn"},
    ...                       host_map={}, resolve=fake_dns)).detail
    'https://www.a.cn/x: host www.a.cn resolves to private address 10.0.0.7'
    """
    verdict = static_verdict(url, allowed_hosts=allowed_hosts, host_map=host_map)
    if verdict is not None:
        return verdict
    host = (urlsplit(url).hostname or "").lower()
    try:
        answer = resolve(host)
        if asyncio.iscoroutine(answer) or isinstance(answer, Awaitable):
            answer = await answer
        addresses = [str(a) for a in answer]
    except Exception as exc:  # a name that does not resolve is not fetched at all
        return Verdict(False, "unresolved",
                       f"{url}: host {host} does not resolve ({type(exc).__name__}: {exc})",
                       reason="dns_error", permanent=False)
    return resolved_verdict(url, host, addresses)


async def resolve_with_reactor(host: str) -> list[str]:
    """Resolve through the reactor's resolver (Scrapy's caching, threaded one).

    The downloader connects through the same resolver and its cache, so the address
    checked is the address used.
    """
    from scrapy.utils.defer import maybe_deferred_to_future
    from twisted.internet import reactor

    return [await maybe_deferred_to_future(reactor.resolve(host))]


def redirect_target(request: Any, response: Any) -> str | None:
    """The absolute URL a 3xx answer points at, or None when it is not a redirect."""
    if response.status not in REDIRECT_CODES:
        return None
    location = response.headers.get(b"Location")
    if not location:
        return None
    return urljoin(request.url, location.decode("latin-1").strip())


class RequestPolicyMiddleware:
    """Downloader middleware applying :func:`check_url` to every request; see module docs.

    Settings: ``PRESSWATCH_POLICY_ENABLED`` (default True), ``PRESSWATCH_POLICY_RESOLVER``
    (dotted path of a resolver callable; empty = Scrapy's resolver) and
    ``PRESSWATCH_HOST_MAP``. The source's hosts come from the spider's ``site_hosts``
    (``PresswatchSpider``), else its ``allowed_domains``, else its ``start_urls``.
    """

    def __init__(self, crawler: Any, *, resolve: Resolver | None = None) -> None:
        settings = crawler.settings
        if not settings.getbool("PRESSWATCH_POLICY_ENABLED", True):
            raise NotConfigured
        self.crawler = crawler
        self.stats = crawler.stats
        self.host_map = host_map_from(settings)
        if resolve is None:
            path = settings.get("PRESSWATCH_POLICY_RESOLVER") or ""
            resolve = load_object(path) if path else resolve_with_reactor
        self.resolve = resolve
        # per-host resolver answers, so one lookup serves a whole crawl
        self._answers: dict[str, list[str] | Exception] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> RequestPolicyMiddleware:
        return cls(crawler)

    def allowed_hosts(self) -> set[str]:
        spider = getattr(self.crawler, "spider", None)
        hosts = getattr(spider, "site_hosts", None)
        if hosts is None:
            hosts = getattr(spider, "allowed_domains", None) or {
                urlsplit(u).hostname or "" for u in getattr(spider, "start_urls", ())}
        return {h.lower() for h in hosts if h}

    async def _resolve_cached(self, host: str) -> list[str]:
        """``self.resolve`` once per host and crawl (a failure is remembered too)."""
        if host not in self._answers:
            try:
                answer = self.resolve(host)
                if asyncio.iscoroutine(answer) or isinstance(answer, Awaitable):
                    answer = await answer
                self._answers[host] = [str(a) for a in answer]
            except Exception as exc:
                self._answers[host] = exc
        answer = self._answers[host]
        if isinstance(answer, Exception):
            raise answer
        return answer

    async def verdict(self, url: str) -> Verdict:
        """:func:`check_url` for ``url`` with this crawl's hosts, map and resolver."""
        return await check_url(url, allowed_hosts=self.allowed_hosts(),
                               host_map=self.host_map, resolve=self._resolve_cached)

    def refuse(self, request: Any, verdict: Verdict, *, hop_from: str | None = None) -> None:
        """Count and raise :class:`RequestBlocked` for ``request``.

        The row's URL is the page the spider asked for (first of a redirect chain); a
        refused redirect hop says so in ``detail``: ``redirect from A to B: why``.
        """
        chain = request.meta.get("redirect_urls") or []
        first = chain[0] if chain else request.url
        hop_from = hop_from or (chain[-1] if chain else None)
        if hop_from is not None:
            verdict = replace(verdict, detail=f"redirect from {hop_from} to {verdict.detail}")
        self.stats.inc_value(f"presswatch/policy/{verdict.why}")
        logger.warning("refused (%s) %s", verdict.why, verdict.detail)
        raise RequestBlocked(verdict, url=first)

    async def process_request(self, request: Any, spider: Any = None) -> None:
        verdict = await self.verdict(request.url)
        if not verdict.allowed:
            self.refuse(request, verdict)

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        """A 3xx that Scrapy leaves unfollowed (``file:``, ``ftp:``…) is refused too."""
        if request.meta.get("dont_redirect"):
            return response
        target = redirect_target(request, response)
        if target is None:
            return response
        scheme = urlsplit(target).scheme.lower()
        if scheme not in ALLOWED_SCHEMES:
            verdict = Verdict(False, "scheme",
                              f"{target}: scheme {scheme or '(none)'!r} is not http/https")
            self.refuse(request, verdict, hop_from=request.url)
        return response
