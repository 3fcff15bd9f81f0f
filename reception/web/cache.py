"""A rendered-response cache that can never serve stale data.

Every write transaction bumps the store's generation (see ``Store.transaction``); an entry is
served only while the generation it was rendered at is still current. Reads of a film page
then cost one tiny query instead of a dozen plus a template render. Entries carry an ETag, so
browsers and proxies revalidate with ``If-None-Match`` and get 304s.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from reception.store import Store

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

UNCACHED_PREFIXES = ("/static/", "/docs", "/redoc", "/openapi.json")


@dataclass(frozen=True, slots=True)
class Entry:
    generation: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: bytes


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """Whether an ``If-None-Match`` header names ``etag`` (weak comparison, lists, ``*``)."""
    if not if_none_match:
        return False
    wanted = etag.removeprefix("W/")
    return any(
        tag == "*" or tag.removeprefix("W/") == wanted
        for tag in (part.strip() for part in if_none_match.split(","))
    )


class PageCache:
    """ASGI middleware: serve GET 200 responses from memory while the store is unchanged."""

    def __init__(self, app: ASGIApp, store: Store, max_entries: int = 2048) -> None:
        self.app = app
        self.store = store
        self.max_entries = max_entries
        self.entries: OrderedDict[tuple[bytes, str, bytes], Entry] = OrderedDict()
        # keyed by host too: pages carry absolute URLs in their JSON-LD

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or path.startswith(UNCACHED_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        key = (headers.get(b"host", b""), path, scope.get("query_string", b""))
        generation = self.store.generation()
        entry = self.entries.get(key)
        if entry is not None and entry.generation == generation:
            self.entries.move_to_end(key)
            await self._replay(scope, entry, send)
            return
        await self._render_and_keep(scope, receive, send, key, generation)

    async def _replay(self, scope: Scope, entry: Entry, send: Send) -> None:
        request_headers = dict(scope.get("headers") or [])
        if_none_match = request_headers.get(b"if-none-match", b"").decode("latin-1")
        if etag_matches(if_none_match, entry.etag.decode("latin-1")):
            headers = [(k, v) for k, v in entry.headers if k in (b"etag", b"cache-control")]
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": 200, "headers": entry.headers})
        await send({"type": "http.response.body", "body": entry.body})

    async def _render_and_keep(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        key: tuple[bytes, str, bytes],
        generation: int,
    ) -> None:
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                if message["status"] == 200:
                    return  # held back until the body is known, to add the ETag
            elif start.get("status") == 200 and message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    await self._finish(start, b"".join(chunks), key, generation, send)
                return
            await send(message)

        await self.app(scope, receive, capture)

    async def _finish(
        self,
        start: Message,
        body: bytes,
        key: tuple[bytes, str, bytes],
        generation: int,
        send: Send,
    ) -> None:
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        etag = (
            dict(headers).get(b"etag")
            or ('"' + hashlib.sha256(body).hexdigest()[:32] + '"').encode()
        )
        if b"etag" not in dict(headers):
            headers.append((b"etag", etag))
        headers.append((b"content-length", str(len(body)).encode()))
        self.entries[key] = Entry(generation, headers, body, etag)
        self.entries.move_to_end(key)
        while len(self.entries) > self.max_entries:
            self.entries.popitem(last=False)
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})
