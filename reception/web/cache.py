"""A rendered-response cache that can never serve stale data.

Every write transaction bumps the store's generation (see ``Store.transaction``); an entry is
served only while the generation it was rendered at is still current. Reads of a film page
then cost one tiny query instead of a dozen plus a template render. Entries carry an ETag, so
browsers and proxies revalidate with ``If-None-Match`` and get 304s.

Anyone can send any address, so the cache is bounded in bytes as well as entries, and keyed
only on the query parameters the route reads (sorted): ``?junk=1`` and ``?junk=2`` are one
entry, and an address no route serves is never kept.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.routing import BaseRoute, Route

from reception.store import Store

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

UNCACHED_PREFIXES = ("/static/", "/docs", "/redoc", "/openapi.json")
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
Key = tuple[bytes, str, str]


def route_parameters(routes: Iterable[Any]) -> Iterator[tuple[re.Pattern[str], frozenset[str]]]:
    """Each GET route's path pattern and the query parameters it reads (its dependencies'
    included), through included routers, in the order the app matches them."""
    for route in routes:
        included = getattr(route, "original_router", None)
        if included is not None:
            yield from route_parameters(included.routes)
        elif isinstance(route, Route) and "GET" in (route.methods or ()):
            yield route.path_regex, frozenset(_query_names(getattr(route, "dependant", None)))


def _query_names(dependant: Any) -> set[str]:
    """Query parameter names a FastAPI route's dependant reads, through its dependencies."""
    if dependant is None:
        return set()
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


@dataclass(frozen=True, slots=True)
class Entry:
    generation: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: bytes

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(k) + len(v) for k, v in self.headers) + 200


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

    def __init__(
        self,
        app: ASGIApp,
        store: Store,
        routes: Sequence[BaseRoute],
        max_entries: int = 2048,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.app = app
        self.store = store
        self.routes = routes  # the app's routes, read at request time (routers added later)
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.size = 0
        self.entries: OrderedDict[Key, Entry] = OrderedDict()
        # keyed by host too: pages carry absolute URLs in their JSON-LD
        self._table: list[tuple[re.Pattern[str], frozenset[str]]] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        key = None
        if (
            scope["type"] == "http"
            and scope["method"] == "GET"
            and not path.startswith(UNCACHED_PREFIXES)
        ):
            key = self._key(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        # The route reads the query its entry is kept under: links it builds from the query
        # (a list's "next") carry no one's junk parameters into the cache.
        scope = {**scope, "query_string": key[2].encode("latin-1")}
        generation = self.store.generation()
        entry = self.entries.get(key)
        if entry is not None and entry.generation == generation:
            self.entries.move_to_end(key)
            await self._replay(scope, entry, send)
            return
        await self._render_and_keep(scope, receive, send, key, generation)

    def _key(self, scope: Scope) -> Key | None:
        """Host, path and the route's own parameters, sorted; None when no route serves it."""
        if self._table is None:
            self._table = list(route_parameters(self.routes))
        path = scope.get("path", "")
        known = next((names for pattern, names in self._table if pattern.match(path)), None)
        if known is None:
            return None
        query = scope.get("query_string", b"").decode("latin-1")
        pairs = parse_qsl(query, keep_blank_values=True, encoding="latin-1")
        kept = sorted((pair for pair in pairs if pair[0] in known), key=lambda pair: pair[0])
        headers = dict(scope.get("headers") or [])
        return headers.get(b"host", b""), path, urlencode(kept, encoding="latin-1")

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
        key: Key,
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
        key: Key,
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
        self._keep(key, Entry(generation, headers, body, etag))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    def _keep(self, key: Key, entry: Entry) -> None:
        """Keep ``entry``, dropping the least recently used past either bound; a response
        larger than an eighth of the byte bound is served but not kept."""
        old = self.entries.pop(key, None)
        if old is not None:
            self.size -= old.size
        if entry.size > self.max_bytes // 8:
            return
        self.entries[key] = entry
        self.size += entry.size
        while len(self.entries) > self.max_entries or self.size > self.max_bytes:
            _, dropped = self.entries.popitem(last=False)
            self.size -= dropped.size
