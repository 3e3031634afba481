"""Send requests for mapped hosts to local replica servers, keeping the real URLs.

``PRESSWATCH_HOST_MAP`` (setting or environment) is a JSON object mapping a real host name
to ``"127.0.0.1:PORT"``::

    PRESSWATCH_HOST_MAP='{"www.nbd.com.cn": "127.0.0.1:8801", "www.scio.gov.cn": "127.0.0.1:8801"}'

The redirection happens in the download handler, the very last step before the socket:
the request, the response, robots.txt handling, per-domain concurrency slots, logs, items
and database rows all see the real URL (``https://www.nbd.com.cn/...``); only the TCP
connection goes to the mapped address, over plain HTTP, with the real host in the ``Host``
header so one replica server can serve several sites. A ``Location`` pointing back at the
mapped address is rewritten to the real host. (A downloader middleware could not do this
without the request passing the scheduler, robots.txt and slot logic a second time with
the local URL.)
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.http import Request, Response

from config import settings as settings_table

logger = logging.getLogger(__name__)

_TARGET_RE = re.compile(r"^[A-Za-z0-9.\-]+:\d{1,5}$|^\[[0-9a-fA-F:]+\]:\d{1,5}$")


class HostMapError(ValueError):
    """``PRESSWATCH_HOST_MAP`` is not a JSON object of ``host: "address:port"``."""


def parse_host_map(raw: str | dict[str, Any] | None) -> dict[str, str]:
    """``{real host: "address:port"}`` from the setting's JSON text (or a dict).

    Raises :class:`HostMapError` with one sentence when the value is malformed.

    Example::

        >>> parse_host_map('{"www.nbd.com.cn": "127.0.0.1:8801"}')
        {'www.nbd.com.cn': '127.0.0.1:8801'}
    """
    if raw is None or raw == "":
        return {}
    if isinstance(raw, str):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise HostMapError(
                f"PRESSWATCH_HOST_MAP is not valid JSON ({exc.msg} at character {exc.pos}); "
                'give an object such as {"www.nbd.com.cn": "127.0.0.1:8801"}'
            ) from exc
    else:
        data = raw
    if not isinstance(data, dict):
        raise HostMapError(
            'PRESSWATCH_HOST_MAP must be a JSON object such as {"www.nbd.com.cn": '
            '"127.0.0.1:8801"}'
        )
    result = {}
    for host, target in data.items():
        if not isinstance(target, str) or not _TARGET_RE.match(target):
            raise HostMapError(
                f"PRESSWATCH_HOST_MAP maps {host!r} to {target!r}; give \"ADDRESS:PORT\" "
                "such as \"127.0.0.1:8801\""
            )
        result[str(host).lower()] = target
    return result


def host_map_from(settings: Any) -> dict[str, str]:
    """The host map of Scrapy ``settings``; the environment variable wins when set."""
    return parse_host_map(settings_table.value("PRESSWATCH_HOST_MAP", settings))


def mapped_url(url: str, host_map: dict[str, str]) -> tuple[str, str] | None:
    """``(local URL, real Host header)`` for a mapped URL, or None if its host is not mapped."""
    parts = urlsplit(url)
    target = host_map.get((parts.hostname or "").lower())
    if target is None:
        return None
    return urlunsplit(("http", target, parts.path or "/", parts.query, "")), parts.netloc


class HostMapDownloadHandler(HTTP11DownloadHandler):
    """HTTP(S) download handler that connects to the mapped address for mapped hosts."""

    lazy = False  # load at start, so a malformed host map is reported before crawling

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        try:
            self.host_map = host_map_from(crawler.settings)
        except HostMapError as exc:
            logger.error("%s", exc)
            raise
        if self.host_map:
            logger.info("host map: %s", ", ".join(f"{h} -> {t}" for h, t in self.host_map.items()))

    async def download_request(self, request: Request) -> Response:
        target = mapped_url(request.url, self.host_map) if self.host_map else None
        if target is None:
            return await super().download_request(request)
        local_url, real_netloc = target
        headers = request.headers.copy()
        headers[b"Host"] = real_netloc.encode("ascii", "ignore")
        local_prefix = "/".join(local_url.split("/", 3)[:3])  # "http://ADDRESS:PORT"
        real = urlsplit(request.url)
        real_prefix = f"{real.scheme}://{real.netloc}"
        try:
            response = await super().download_request(
                request.replace(url=local_url, headers=headers))
        except Exception as exc:
            # "Getting http://127.0.0.1:8801/a.html took longer than 30 seconds": rows and
            # logs name the real URL, never the mapped address
            exc.args = tuple(arg.replace(local_prefix, real_prefix) if isinstance(arg, str)
                             else arg for arg in exc.args)
            raise
        location = response.headers.get(b"Location")
        if location and location.startswith(local_prefix.encode()):
            response.headers[b"Location"] = (
                real_prefix.encode() + location[len(local_prefix):])
        return response.replace(url=request.url)
