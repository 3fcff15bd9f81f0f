"""A real HTTP server on a loopback port for fetcher tests, with hostile routes of our own.

Each route is a function of the request handler; the server runs in a thread and is shut down
when the ``serving`` context ends. Nothing here reaches beyond 127.0.0.1.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Site:
    base: str
    hits: Counter[str] = field(default_factory=Counter)
    headers: dict[str, dict[str, str]] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.base + path


def send(
    handler: BaseHTTPRequestHandler,
    body: bytes,
    status: int = 200,
    content_type: str = "text/html; charset=utf-8",
    **headers: str,
) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.end_headers()
    handler.wfile.write(body)


def redirect(location: str) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return route


def page(body: bytes, content_type: str = "text/html; charset=utf-8") -> Route:
    return lambda handler: send(handler, body, content_type=content_type)


def gzip_bomb(megabytes: int = 200) -> Route:
    """A small gzip body that inflates to ``megabytes`` of zeros."""
    compressed = gzip.compress(b"\0" * (megabytes * 1024 * 1024), compresslevel=9)

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Encoding", "gzip")
        handler.send_header("Content-Length", str(len(compressed)))
        handler.end_headers()
        handler.wfile.write(compressed)

    return route


def endless(handler: BaseHTTPRequestHandler) -> None:
    """A body that never ends (no length, HTTP/1.0 style: until the connection closes)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    chunk = b"<p>and more</p>" * 4096
    try:
        while True:
            handler.wfile.write(chunk)
    except OSError:
        return


def slow_loris(handler: BaseHTTPRequestHandler) -> None:
    """Headers at once, then one byte every half second, forever."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    try:
        for _ in range(100000):
            handler.wfile.write(b"x")
            handler.wfile.flush()
            time.sleep(0.5)
    except OSError:
        return


@contextmanager
def serving(routes: dict[str, Route]) -> Iterator[Site]:
    """Serve ``routes`` on 127.0.0.1 at a free port; 404 for anything else."""
    site = Site(base="")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            site.hits[path] += 1
            site.headers[path] = {k.lower(): v for k, v in self.headers.items()}
            route = routes.get(path)
            if route is None:
                send(self, b"not here", status=404, content_type="text/plain")
            else:
                route(self)

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
