"""A real webhook receiver on 127.0.0.1 for Apprise's ``json://`` URLs."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def free_port() -> int:
    """A port nothing listens on now (so a json:// URL to it is refused until started)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Webhook:
    """Records the JSON messages it acknowledged (answered 200).

    ``hang`` makes it take a request and never answer it until :meth:`release`: the
    sender is then between sending and hearing back. Requests it never answered are not
    counted as received — the service did not accept them.
    """

    def __init__(self, port: int = 0, *, hang: bool = False) -> None:
        self.messages: list[dict[str, Any]] = []
        self.arrived = threading.Event()
        self._release = threading.Event()
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                payload = json.loads(self.rfile.read(length))
                hook.arrived.set()
                if hang:
                    hook._release.wait(60)
                    return  # never answered: not accepted
                hook.messages.append({"path": self.path, **payload})
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str = "hook") -> str:
        return f"json://127.0.0.1:{self.port}/{path}"

    def release(self) -> None:
        self._release.set()

    def close(self) -> None:
        self.release()
        self.server.shutdown()
        self.server.server_close()
