"""A real threaded HTTP server on 127.0.0.1 that serves replica sites, for tests and demos.

Spiders keep the real sites' URLs; ``PRESSWATCH_HOST_MAP`` sends their connections here and
the real host arrives in the ``Host`` header, so one server serves every replica.

File layout (package data, so ``presswatch demo`` works from an installed package)::

    crawler/replicas/<real host>/<url path>
    crawler/replicas/www.nbd.com.cn/columns/3/         -> .../columns/3/index.html
    crawler/replicas/www.scio.gov.cn/xwfb/a/b.htm      -> served for /xwfb/a/b.htm
    crawler/replicas/<real host>/_site.json            (optional)

A URL path ending in ``/`` serves ``index.html``, else ``index.htm``, else ``index.shtml``.
Files are sent as raw bytes: a GBK file stays GBK. ``_site.json`` may hold::

    {"routes": {"/list.jsp?page=2": "list_2.html", "/old/a.htm": "new/a.htm"},
     "headers": {"/rss/*.xml": {"Content-Type": "application/rss+xml"},
                 "*.htm": {"Content-Type": "text/html"}},
     "default_content_type": "text/html; charset=utf-8"}

``routes`` maps a path with its query (or without, as a fallback) to a file under the host
folder; ``headers`` adds headers to paths matching a glob (later matches win).
Every answer has an ``ETag`` (hash of the bytes) and a ``Last-Modified`` (file time), and
conditional requests (``If-None-Match`` / ``If-Modified-Since``) get ``304``.

Programmatic use in tests::

    with ReplicaServer() as server:                       # port=0: a free port
        env = {"PRESSWATCH_HOST_MAP": json.dumps(server.host_map(["www.nbd.com.cn"]))}
        ...run the crawl...
        assert server.fetched("www.nbd.com.cn", prefix="/articles/") == []
        server.add_route("www.nbd.com.cn", "/articles/new.html", body=b"<html>...</html>")
        server.fault("www.nbd.com.cn", "/articles/a.html", statuses=[500, 200])
        server.fault("www.nbd.com.cn", "/slow.html", stall=5)          # sleep 5 s first
        server.fault("www.nbd.com.cn", "/reset.html", reset=True)      # TCP reset
        server.fault("www.nbd.com.cn", "/loop.html", redirect_loop=True)
        server.fault("www.nbd.com.cn", "/cut.html", truncate=200)      # 200 bytes, then close
        server.fault("www.nbd.com.cn", "/big.html", huge=30 * 2**20)   # 30 MB body
        server.fault("www.nbd.com.cn", "/moved.html", redirect="/articles/a.html")

Faults match the path with its query; ``statuses`` are used one per request, then the
normal answer (add ``retry_after=N`` to send ``Retry-After``). ``requests`` is the full log
(:class:`LoggedRequest`), ``fetched(host)`` the paths asked for, in order.

From a shell: ``python -m crawler.replica --port 8801`` serves the bundled replicas and
prints the ``PRESSWATCH_HOST_MAP`` value to use.
"""

from __future__ import annotations

import argparse
import email.utils
import fnmatch
import hashlib
import json
import logging
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

logger = logging.getLogger(__name__)

INDEX_FILES = ("index.html", "index.htm", "index.shtml")
CONTENT_TYPES = {
    ".xml": "application/xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".json": "application/json",
    ".txt": "text/plain; charset=utf-8",
    ".css": "text/css",
    ".js": "application/javascript",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".pdf": "application/pdf",
}


def bundled_root() -> Path:
    """Folder of the replicas shipped with presswatch (``crawler/replicas``)."""
    return Path(str(resources.files("crawler").joinpath("replicas")))


@dataclass
class LoggedRequest:
    """One request the server answered."""

    host: str
    path: str  # with the query, e.g. "/list.jsp?page=2"
    method: str
    status: int
    headers: dict[str, str]
    at: float = field(default_factory=time.time)


@dataclass
class Route:
    """A programmatic answer that overrides the files."""

    body: bytes | None = None
    file: Path | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Fault:
    """A misbehaviour injected for one path (see the module docstring)."""

    statuses: list[int] = field(default_factory=list)
    retry_after: int | None = None
    stall: float = 0.0
    reset: bool = False
    redirect_loop: bool = False
    redirect: str | None = None
    truncate: int | None = None
    huge: int | None = None


class ReplicaServer:
    """Threaded HTTP server for replica sites; a context manager. See the module docstring."""

    def __init__(self, root: str | Path | None = None, *, port: int = 0,
                 address: str = "127.0.0.1") -> None:
        self.root = Path(root) if root is not None else bundled_root()
        self.address = address
        self._port = port
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._routes: dict[tuple[str, str], Route] = {}
        self._faults: dict[tuple[str, str], Fault] = {}
        self._site_config: dict[str, dict[str, Any]] = {}
        self.requests: list[LoggedRequest] = []
        self.started_at = email.utils.formatdate(time.time() - 3600, usegmt=True)

    # ----- life cycle -------------------------------------------------------------------
    def start(self) -> ReplicaServer:
        server = self

        class Handler(_ReplicaHandler):
            replica = server

        self._httpd = ThreadingHTTPServer((self.address, self._port), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.1},
                                        name="replica-server", daemon=True)
        self._thread.start()
        logger.info("replica server on %s:%d serving %s", self.address, self.port, self.root)
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> ReplicaServer:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the replica server is not running")
        return self._httpd.server_address[1]

    # ----- what tests use ---------------------------------------------------------------
    def hosts(self) -> list[str]:
        """Host names with a replica folder under the root."""
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if p.is_dir() and "." in p.name)

    def host_map(self, hosts: list[str] | None = None) -> dict[str, str]:
        """``PRESSWATCH_HOST_MAP`` value sending ``hosts`` (default: every replica) here."""
        target = f"{self.address}:{self.port}"
        return {host: target for host in (hosts if hosts is not None else self.hosts())}

    def url(self, host: str, path: str = "/") -> str:
        """Local URL of a replica path (for fetching it directly, with a Host header)."""
        return f"http://{self.address}:{self.port}{path}"

    def add_route(self, host: str, path: str, *, body: bytes | str | None = None,
                  file: str | Path | None = None, status: int = 200,
                  headers: dict[str, str] | None = None,
                  content_type: str | None = None) -> None:
        """Answer ``path`` (with its query) of ``host`` with ``body`` or ``file``."""
        if isinstance(body, str):
            body = body.encode("utf-8")
        route_headers = dict(headers or {})
        if content_type:
            route_headers["Content-Type"] = content_type
        with self._lock:
            self._routes[(host, path)] = Route(body=body, file=Path(file) if file else None,
                                               status=status, headers=route_headers)

    def remove_route(self, host: str, path: str) -> None:
        with self._lock:
            self._routes.pop((host, path), None)

    def fault(self, host: str, path: str, **kwargs: Any) -> None:
        """Misbehave on ``path`` of ``host``: statuses, retry_after, stall, reset,
        redirect_loop, redirect, truncate, huge (see the module docstring)."""
        with self._lock:
            self._faults[(host, path)] = Fault(**kwargs)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def fetched(self, host: str | None = None, *, prefix: str = "",
                method: str | None = "GET") -> list[str]:
        """Paths requested (of ``host``, starting with ``prefix``), in order."""
        with self._lock:
            return [r.path for r in self.requests
                    if (host is None or r.host == host) and r.path.startswith(prefix)
                    and (method is None or r.method == method)]

    def clear_log(self) -> None:
        with self._lock:
            self.requests.clear()

    # ----- internals used by the handler ------------------------------------------------
    def _log(self, entry: LoggedRequest) -> None:
        with self._lock:
            self.requests.append(entry)

    def _take_fault(self, host: str, path: str) -> tuple[Fault | None, int | None]:
        """The fault for a path and the status to use now (consuming one of ``statuses``)."""
        with self._lock:
            fault = self._faults.get((host, path)) or self._faults.get((host, path.split("?")[0]))
            status = fault.statuses.pop(0) if fault and fault.statuses else None
            return fault, status

    def _route(self, host: str, path: str) -> Route | None:
        with self._lock:
            return self._routes.get((host, path)) or self._routes.get((host, path.split("?")[0]))

    def site_config(self, host: str) -> dict[str, Any]:
        if host not in self._site_config:
            config_file = self.root / host / "_site.json"
            config: dict[str, Any] = {}
            if config_file.is_file():
                try:
                    config = json.loads(config_file.read_text(encoding="utf-8"))
                except (OSError, ValueError) as exc:
                    logger.error("ignoring %s: %s", config_file, exc)
            self._site_config[host] = config
        return self._site_config[host]

    def resolve(self, host: str, path: str) -> Path | None:
        """The file answering ``path`` (with query) of ``host``, or None."""
        base = (self.root / host).resolve()
        if not base.is_dir():
            return None
        routes = self.site_config(host).get("routes", {})
        plain = path.split("?")[0]
        target = routes.get(path) or routes.get(plain)
        candidate = base / target.lstrip("/") if target else base / unquote(plain).lstrip("/")
        candidate = candidate.resolve()
        if base != candidate and base not in candidate.parents:
            return None  # ../ escape
        if candidate.is_dir():
            for name in INDEX_FILES:
                if (candidate / name).is_file():
                    return candidate / name
            return None
        if candidate.name.startswith("_site."):
            return None
        return candidate if candidate.is_file() else None

    def headers_for(self, host: str, path: str, file: Path | None) -> dict[str, str]:
        config = self.site_config(host)
        suffix = file.suffix.lower() if file else ""
        default = config.get("default_content_type", "text/html; charset=utf-8")
        headers = {"Content-Type": CONTENT_TYPES.get(suffix, default)}
        plain = path.split("?")[0]
        for pattern, extra in config.get("headers", {}).items():
            if fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(plain, pattern):
                headers.update(extra)
        return headers


class _ReplicaHandler(BaseHTTPRequestHandler):
    """Request handler; ``replica`` is set on a per-server subclass."""

    replica: ReplicaServer
    protocol_version = "HTTP/1.1"
    # headers and body go out in two writes; with Nagle on, the body waits for the client's
    # delayed ACK (~40 ms per keep-alive request)
    disable_nagle_algorithm = True
    server_version = "presswatch-replica/1"

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("replica: " + format, *args)

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_GET(self) -> None:
        self._answer(head=False)

    # ----- answering --------------------------------------------------------------------
    def _answer(self, *, head: bool) -> None:
        replica = self.replica
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        path = urlsplit(self.path).path or "/"
        query = urlsplit(self.path).query
        full = f"{path}?{query}" if query else path
        fault, status = replica._take_fault(host, full)
        logged = LoggedRequest(host, full, self.command, 0, dict(self.headers.items()))
        # Logged on arrival, so the log is in request order even when a client sends its next
        # request before this thread has finished; the status is filled in as it is sent.
        replica._log(logged)
        try:
            self._answer_with(replica, host, full, fault, status, head, logged)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True

    def _answer_with(self, replica: ReplicaServer, host: str, full: str, fault: Fault | None,
                     status: int | None, head: bool, logged: LoggedRequest) -> None:
        if fault and fault.stall:
            replica._stopping.wait(fault.stall)
        if fault and fault.reset:
            logged.status = -1
            # SO_LINGER 0: close() sends RST instead of FIN, like a dropped connection
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        if status is not None:
            extra = {"Retry-After": str(fault.retry_after)} if fault and fault.retry_after else {}
            body = f"<html><body><h1>{status}</h1></body></html>".encode()
            self._send(status, body, {"Content-Type": "text/html; charset=utf-8", **extra},
                       head, logged)
            return
        if fault and (fault.redirect_loop or fault.redirect):
            target = fault.redirect or full  # a loop: the page redirects to itself
            self._send(302, b"", {"Location": target}, head, logged)
            return
        if fault and fault.huge:
            self._send_huge(fault.huge, head, logged)
            return

        route = replica._route(host, full)
        file: Path | None = None
        if route is not None:
            file = route.file
            body = route.body if route.body is not None else (file.read_bytes() if file else b"")
            headers = {**replica.headers_for(host, full, file), **route.headers}
            code = route.status
            modified = replica.started_at
        else:
            file = replica.resolve(host, full)
            if file is None:
                body = b"<html><body><h1>404 Not Found</h1></body></html>"
                self._send(404, body, {"Content-Type": "text/html; charset=utf-8"}, head, logged)
                return
            body = file.read_bytes()
            headers = replica.headers_for(host, full, file)
            code = 200
            modified = email.utils.formatdate(int(file.stat().st_mtime), usegmt=True)

        if code == 200:
            etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
            headers.setdefault("ETag", etag)
            headers.setdefault("Last-Modified", modified)
            if self._not_modified(headers["ETag"], headers["Last-Modified"]):
                self._send(304, b"", {"ETag": headers["ETag"]}, head, logged, body_allowed=False)
                return
        if fault and fault.truncate is not None:
            # announce the whole body, send part of it, close: a truncated transfer
            logged.status = code
            self.send_response(code)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body[: fault.truncate])
            self.wfile.flush()
            self.close_connection = True
            return
        self._send(code, body, headers, head, logged)

    def _not_modified(self, etag: str, last_modified: str) -> bool:
        match = self.headers.get("If-None-Match")
        if match is not None:
            return etag in [tag.strip() for tag in match.split(",")] or match.strip() == "*"
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                return (email.utils.parsedate_to_datetime(since)
                        >= email.utils.parsedate_to_datetime(last_modified))
            except (TypeError, ValueError):
                return False
        return False

    def _send(self, code: int, body: bytes, headers: dict[str, str], head: bool,
              logged: LoggedRequest, body_allowed: bool = True) -> None:
        logged.status = code
        self.send_response(code)
        for key, value in headers.items():
            self.send_header(key, value)
        if body_allowed:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and body_allowed and body:
            self.wfile.write(body)

    def _send_huge(self, size: int, head: bool, logged: LoggedRequest) -> None:
        """A page of ``size`` bytes, streamed (the client is expected to give up early)."""
        logged.status = 200
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        if head:
            return
        chunk = b"<p>" + "填充内容".encode() * 4000 + b"</p>\n"
        sent = 0
        while sent < size and not self.replica._stopping.is_set():
            piece = chunk[: size - sent]
            self.wfile.write(piece)
            sent += len(piece)


def main(argv: list[str] | None = None) -> int:
    """``python -m crawler.replica``: serve replicas until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m crawler.replica",
                                     description="Serve replica sites on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8801)
    parser.add_argument("--root", help="replica folder (default: the bundled replicas)")
    args = parser.parse_args(argv)
    with ReplicaServer(args.root, port=args.port) as server:
        print(f"Serving {server.root} on 127.0.0.1:{server.port}. Use:")
        print(f"  export PRESSWATCH_HOST_MAP='{json.dumps(server.host_map())}'")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
