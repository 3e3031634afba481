"""The request policy's decision function, with an injected resolver: no packet is sent."""

from __future__ import annotations

import asyncio

import pytest

from crawler.middlewares.policy import (
    address_refusal,
    check_url,
    is_ip_literal,
)

SITE = {"www.hostile.cn", "hostile.cn"}
MAP = {"www.hostile.cn": "127.0.0.1:8801"}


def fixed_dns(answers: dict[str, list[str]]):
    """A resolver that answers from a table and records what it was asked."""
    asked: list[str] = []

    async def resolve(host: str) -> list[str]:
        asked.append(host)
        if host not in answers:
            raise OSError(f"no such host {host}")
        return answers[host]

    resolve.asked = asked  # type: ignore[attr-defined]
    return resolve


def decide(url: str, *, hosts=SITE, host_map=MAP, dns=None):
    resolver = dns or fixed_dns({})
    return asyncio.run(check_url(url, allowed_hosts=hosts, host_map=host_map, resolve=resolver))


@pytest.mark.parametrize("url", [
    "https://www.hostile.cn/a/1.html",
    "http://www.hostile.cn:80/list/index_2.html",
    "https://WWW.HOSTILE.CN/a/2.html",
])
def test_mapped_source_hosts_are_allowed_without_resolving(url):
    dns = fixed_dns({})
    assert decide(url, dns=dns).allowed
    assert dns.asked == []


@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "file:///dev/zero", "ftp://www.hostile.cn/x", "data:text/html,hi",
    "s3://bucket/key", "gopher://www.hostile.cn/", "javascript:alert(1)",
])
def test_non_http_schemes_are_blocked(url):
    verdict = decide(url)
    assert not verdict.allowed
    assert (verdict.reason, verdict.why) == ("blocked", "scheme")
    assert url in verdict.detail


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:9999/secret.html", "http://127.0.0.2/", "http://[::1]:9999/",
    "http://2130706433/", "http://0x7f.1/", "http://0177.0.0.1/", "http://127.1/",
    "http://0x7f000001/", "http://169.254.169.254/latest/meta-data/", "http://[::ffff:127.0.0.1]/",
    "http://localhost:9999/", "http://admin.localhost/", "http://[fe80::1%25eth0]/",
    "http://127.0.0.1./",
])
def test_ip_literals_and_local_names_are_blocked_even_if_listed_as_source_hosts(url):
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname
    verdict = decide(url, hosts=SITE | {host})
    assert not verdict.allowed and verdict.why == "ip_literal", verdict
    assert verdict.reason == "blocked"


@pytest.mark.parametrize("url", [
    "http://www.hostile.cn@127.0.0.1:9999/",
    "http://user:pw@www.hostile.cn/",
    "http://www.hostile.cn%40127.0.0.1/",
    "http://www.hostile.cn\\@127.0.0.1/",
])
def test_user_at_host_tricks_are_blocked(url):
    verdict = decide(url)
    assert not verdict.allowed and verdict.reason == "blocked", verdict


@pytest.mark.parametrize("url", [
    "https://www.elsewhere.cn/", "https://hostile.cn.evil.com/", "https://evilhostile.cn/",
])
def test_hosts_outside_the_source_are_blocked(url):
    verdict = decide(url, dns=fixed_dns({"www.elsewhere.cn": ["93.184.216.34"]}))
    assert not verdict.allowed and verdict.why == "off_site"


def test_subdomains_of_a_source_host_are_allowed_when_public():
    dns = fixed_dns({"finance.hostile.cn": ["93.184.216.34"]})
    assert decide("https://finance.hostile.cn/a.html", dns=dns).allowed
    assert dns.asked == ["finance.hostile.cn"]


@pytest.mark.parametrize(("address", "kind"), [
    ("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("192.168.0.9", "private"),
    ("172.16.5.4", "private"), ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
    ("224.0.0.1", "multicast"), ("::1", "loopback"), ("0.0.0.0", "private"),
    ("::ffff:10.0.0.1", "private"), ("100.64.0.1", "not global"), ("fd00::1", "private"),
])
def test_source_names_resolving_to_internal_addresses_are_blocked(address, kind):
    dns = fixed_dns({"news.hostile.cn": ["93.184.216.34", address]})
    verdict = decide("https://news.hostile.cn/a.html", dns=dns)
    assert not verdict.allowed and verdict.why == "private_address"
    assert address in verdict.detail
    assert address_refusal(address) == kind


def test_a_mapped_host_is_allowed_although_its_target_is_loopback():
    host_map = {"news.hostile.cn": "127.0.0.1:8801"}
    dns = fixed_dns({"news.hostile.cn": ["127.0.0.1"]})
    assert decide("https://news.hostile.cn/a.html", host_map=host_map, dns=dns).allowed
    assert dns.asked == []


def test_a_mapped_host_outside_the_source_is_still_blocked():
    host_map = {**MAP, "www.other.cn": "127.0.0.1:8802"}
    verdict = decide("https://www.other.cn/", host_map=host_map)
    assert not verdict.allowed and verdict.why == "off_site"


def test_an_unresolvable_source_host_is_a_dns_error_not_fetched():
    verdict = decide("https://gone.hostile.cn/")
    assert not verdict.allowed
    assert (verdict.reason, verdict.permanent) == ("dns_error", False)


def test_a_plain_function_resolver_works_too():
    verdict = asyncio.run(check_url("https://news.hostile.cn/", allowed_hosts=SITE, host_map={},
                                    resolve=lambda host: ["192.168.1.1"]))
    assert verdict.why == "private_address"


@pytest.mark.parametrize(("host", "literal"), [
    ("127.0.0.1", True), ("::1", True), ("[::1]", True), ("2130706433", True),
    ("0x7f.1", True), ("1.2.3.4.", True), ("www.8.cn", False), ("123.cn", False),
    ("cn.123", True), ("www.hostile.cn", False), ("", False),
])
def test_ip_literal_detection_follows_what_resolvers_accept(host, literal):
    assert is_ip_literal(host) is literal
